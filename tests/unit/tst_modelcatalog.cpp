#include "models/catalogcache.h"
#include "models/modelcatalog.h"
#include "models/modelfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestModelCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void documentedTable();
    void typeFilter();
    void findNormalisesId();
    void parseOpenAiList_data();
    void parseOpenAiList();
    void mergeLive();
    void addCustom();
    void visionMarkedOnEntries();
    void reasoningSupport_data();
    void reasoningSupport();
    void estimateCost_data();
    void estimateCost();
    void documentedParseError();
    void parseNativeList();
    void mergeNative();
    void setLiveReplaces();
    void deprecatedFromLive();
    void cacheRoundTrip();
    void cachePerEndpoint();
    void cacheFreshness_data();
    void cacheFreshness();
    void fuzzy_data();
    void fuzzy();
    void fuzzyRanking();
};

static QStringList ids(const QList<ModelInfo> &models)
{
    QStringList list;
    for (const ModelInfo &info : models)
        list.append(info.id);
    return list;
}

void TestModelCatalog::documentedTable()
{
    ModelCatalog catalog;
    const QStringList chat = ids(catalog.models(ModelInfo::Type::Chat));
    const QStringList expectedChat = {
        u"meta-llama/Meta-Llama-3-8B-Instruct"_s, u"meta-llama/Meta-Llama-3-70B-Instruct"_s,
        u"meta-llama/Llama-2-70b-chat-hf"_s,      u"meta-llama/Llama-2-7b-chat-hf"_s,
        u"meta-llama/Llama-2-13b-chat-hf"_s,      u"codellama/CodeLlama-34b-Instruct-hf"_s,
        u"mistralai/Mistral-7B-Instruct-v0.1"_s,  u"jondurbin/airoboros-l2-70b-gpt4-1.4.1"_s,
    };
    QCOMPARE(chat, expectedChat);
    QCOMPARE(catalog.models().size(), 11);
    for (const ModelInfo &info : catalog.models()) {
        QCOMPARE(info.source, ModelInfo::Source::Documented);
        QVERIFY(!info.displayName.isEmpty());
        QVERIFY(info.contextLength > 0);
    }
    QVERIFY(catalog.find(ModelCatalog::defaultChatModel()).has_value());
}

void TestModelCatalog::typeFilter()
{
    ModelCatalog catalog;
    const QStringList rerank = ids(catalog.models(ModelInfo::Type::Rerank));
    QCOMPARE(rerank,
             QStringList({ u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-4B"_s,
                           u"Qwen/Qwen3-Reranker-8B"_s }));
    QVERIFY(catalog.models(ModelInfo::Type::Embeddings).isEmpty());

    const auto small = catalog.find(u"Qwen/Qwen3-Reranker-0.6B"_s);
    QVERIFY(small);
    QCOMPARE(small->priceInPerMTok, std::optional<double>(0.01));
    // The 4B price is unknown in the shipped table until a live list fills it in.
    QVERIFY(!catalog.find(u"Qwen/Qwen3-Reranker-4B"_s)->priceInPerMTok);
}

void TestModelCatalog::findNormalisesId()
{
    ModelCatalog catalog;
    const auto found = catalog.find(u"deepinfra/meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QVERIFY(found);
    QCOMPARE(found->id, u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QVERIFY(!catalog.find(u"meta-llama/meta-llama-3-8b-instruct"_s)); // exact, case matters
    QVERIFY(!catalog.find(u"no/such-model"_s));
}

void TestModelCatalog::parseOpenAiList_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("displayName");
    QTest::addColumn<int>("contextLength");
    QTest::addColumn<double>("priceIn"); // -1 = unknown
    QTest::addColumn<double>("priceOut");

    QTest::newRow("deepinfra metadata")
        << R"({"object":"list","data":[{"id":"meta-llama/Meta-Llama-3-70B-Instruct","object":"model","created":1,"owned_by":"deepinfra","metadata":{"description":"Big","context_length":8192,"max_tokens":4096,"pricing":{"input_tokens":0.35,"output_tokens":0.4},"tags":["chat"]}}]})"_ba
        << u"meta-llama/Meta-Llama-3-70B-Instruct"_s << int(ModelInfo::Type::Chat)
        << u"Meta-Llama-3-70B-Instruct"_s << 8192 << 0.35 << 0.4;
    QTest::newRow("metadata null")
        << R"({"object":"list","data":[{"id":"org/some-model","object":"model","metadata":null}]})"_ba
        << u"org/some-model"_s << int(ModelInfo::Type::Chat) << u"some-model"_s << 0 << -1.0
        << -1.0;
    QTest::newRow("litellm no metadata, prefixed id")
        << R"({"object":"list","data":[{"id":"deepinfra/Qwen/Qwen3-Reranker-8B","object":"model"}]})"_ba
        << u"Qwen/Qwen3-Reranker-8B"_s << int(ModelInfo::Type::Rerank) << u"Qwen3-Reranker-8B"_s
        << 0 << -1.0 << -1.0;
    QTest::newRow("no hint defaults to chat")
        << R"({"data":[{"id":"BAAI/bge-large-en-v1.5","metadata":{"pricing":{"input_tokens":0.01}}}]})"_ba
        << u"BAAI/bge-large-en-v1.5"_s << int(ModelInfo::Type::Chat) << u"bge-large-en-v1.5"_s << 0
        << 0.01 << -1.0;
    QTest::newRow("embedding from tags")
        << R"({"data":[{"id":"BAAI/bge-m3","metadata":{"tags":["embeddings"]}}]})"_ba
        << u"BAAI/bge-m3"_s << int(ModelInfo::Type::Embeddings) << u"bge-m3"_s << 0 << -1.0 << -1.0;
    QTest::newRow("embed in id")
        << R"({"data":[{"id":"intfloat/e5-embed-large","metadata":null}]})"_ba
        << u"intfloat/e5-embed-large"_s << int(ModelInfo::Type::Embeddings) << u"e5-embed-large"_s
        << 0 << -1.0 << -1.0;
    QTest::newRow("reranker from tags, prices as strings")
        << R"({"data":[{"id":"acme/scorer","metadata":{"tags":["reranker"],"pricing":{"input_tokens":"0.02","output_tokens":"0"}}}]})"_ba
        << u"acme/scorer"_s << int(ModelInfo::Type::Rerank) << u"scorer"_s << 0 << 0.02 << 0.0;
}

void TestModelCatalog::parseOpenAiList()
{
    QFETCH(QByteArray, json);
    const QList<ModelInfo> models = parseOpenAiModelList(QJsonDocument::fromJson(json).object());
    QCOMPARE(models.size(), 1);
    const ModelInfo &info = models.first();
    QTEST(info.id, "id");
    QTEST(int(info.type), "type");
    QTEST(info.displayName, "displayName");
    QTEST(info.contextLength, "contextLength");
    QCOMPARE(info.source, ModelInfo::Source::Live);
    QFETCH(double, priceIn);
    QFETCH(double, priceOut);
    QCOMPARE(info.priceInPerMTok.value_or(-1.0), priceIn);
    QCOMPARE(info.priceOutPerMTok.value_or(-1.0), priceOut);
}

void TestModelCatalog::mergeLive()
{
    ModelCatalog catalog;
    QSignalSpy changed(&catalog, &ModelCatalog::changed);
    const QByteArray json = R"({"object":"list","data":[
        {"id":"Qwen/Qwen3-Reranker-4B","metadata":{"context_length":40960,"pricing":{"input_tokens":0.025,"output_tokens":0},"tags":[]}},
        {"id":"meta-llama/Meta-Llama-3-8B-Instruct","metadata":null},
        {"id":"deepinfra/google/gemma-2-9b-it","metadata":{"pricing":{"input_tokens":0.03,"output_tokens":0.06}}},
        {"id":"google/gemma-2-9b-it","metadata":null}
    ]})"_ba;
    catalog.mergeLive(parseOpenAiModelList(QJsonDocument::fromJson(json).object()));
    QCOMPARE(changed.size(), 1);

    // Deduplicated by id: one new model only.
    QCOMPARE(catalog.models().size(), 12);

    const auto qwen = catalog.find(u"Qwen/Qwen3-Reranker-4B"_s);
    QVERIFY(qwen);
    QCOMPARE(qwen->source, ModelInfo::Source::Documented);
    QCOMPARE(qwen->type, ModelInfo::Type::Rerank);
    QCOMPARE(qwen->displayName, u"Qwen3 Reranker 4B"_s);
    QCOMPARE(qwen->priceInPerMTok, std::optional<double>(0.025));
    QCOMPARE(qwen->contextLength, 40960);

    // An empty live entry does not wipe documented facts.
    const auto llama = catalog.find(u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QVERIFY(llama);
    QCOMPARE(llama->contextLength, 8192);
    QVERIFY(!llama->description.isEmpty());
    QCOMPARE(llama->source, ModelInfo::Source::Documented);

    const auto gemma = catalog.find(u"google/gemma-2-9b-it"_s);
    QVERIFY(gemma);
    QCOMPARE(gemma->source, ModelInfo::Source::Live);
    QCOMPARE(gemma->priceOutPerMTok, std::optional<double>(0.06));
}

void TestModelCatalog::addCustom()
{
    ModelCatalog catalog;
    QSignalSpy changed(&catalog, &ModelCatalog::changed);
    catalog.addCustom(u"deepinfra/acme/my-finetune"_s, ModelInfo::Type::Chat);
    QCOMPARE(changed.size(), 1);
    const auto custom = catalog.find(u"acme/my-finetune"_s);
    QVERIFY(custom);
    QCOMPARE(custom->source, ModelInfo::Source::Custom);
    QCOMPARE(custom->displayName, u"my-finetune"_s);
    QVERIFY(!custom->estimateCost(10, 10));

    // Adding a known id changes nothing.
    catalog.addCustom(u"Qwen/Qwen3-Reranker-8B"_s, ModelInfo::Type::Chat);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(catalog.find(u"Qwen/Qwen3-Reranker-8B"_s)->type, ModelInfo::Type::Rerank);
    catalog.addCustom(u"   "_s, ModelInfo::Type::Chat);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(catalog.models().size(), 12);

    // A live entry for a custom id turns it into a live one with prices.
    catalog.mergeLive(parseOpenAiModelList(
        QJsonDocument::fromJson(
            R"({"data":[{"id":"acme/my-finetune","metadata":{"pricing":{"input_tokens":1,"output_tokens":2}}}]})")
            .object()));
    QCOMPARE(catalog.find(u"acme/my-finetune"_s)->source, ModelInfo::Source::Live);
    QCOMPARE(catalog.models().size(), 12);
}

// Every entry says whether it accepts images, so the picker and `sift models` can show it: from
// the live list's tags, models.json's vision list, or the name; never for the documented table's
// text models.
void TestModelCatalog::visionMarkedOnEntries()
{
    ModelCatalog catalog;
    for (const ModelInfo &info : catalog.models())
        QVERIFY2(!info.vision, qPrintable(info.id));
    catalog.mergeLive(parseOpenAiModelList(QJsonDocument::fromJson(R"({"data":[
        {"id":"acme/seer-7b","metadata":{"tags":["vision"]}},
        {"id":"google/gemma-3-27b-it","metadata":null},
        {"id":"Qwen/Qwen2.5-VL-7B-Instruct","metadata":null},
        {"id":"google/gemma-2-9b-it","metadata":null},
        {"id":"meta-llama/Meta-Llama-3-8B-Instruct","metadata":{"tags":["vision"]}}
    ]})")
                                               .object()));
    QVERIFY(catalog.find(u"acme/seer-7b"_s)->vision);                // tagged
    QVERIFY(catalog.find(u"google/gemma-3-27b-it"_s)->vision);       // listed in models.json
    QVERIFY(catalog.find(u"Qwen/Qwen2.5-VL-7B-Instruct"_s)->vision); // named
    QVERIFY(!catalog.find(u"google/gemma-2-9b-it"_s)->vision);
    // A documented entry the live list tags: the tag counts.
    QVERIFY(catalog.find(u"meta-llama/Meta-Llama-3-8B-Instruct"_s)->vision);
    catalog.addCustom(u"acme/llava-next"_s, ModelInfo::Type::Chat);
    QVERIFY(catalog.find(u"acme/llava-next"_s)->vision);
    QVERIFY(catalog.acceptsImages(u"acme/llava-next"_s));
    // The cache keeps the mark.
    const ModelInfo cached = modelInfoFromJson(modelInfoToJson(*catalog.find(u"acme/seer-7b"_s)));
    QVERIFY(cached.vision);
}

void TestModelCatalog::reasoningSupport_data()
{
    using Support = ModelCatalog::Support;
    QTest::addColumn<QString>("id");
    QTest::addColumn<Support>("support");
    QTest::newRow("documented text model")
        << u"meta-llama/Meta-Llama-3-8B-Instruct"_s << Support::Unsupported;
    QTest::newRow("live text model") << u"google/gemma-2-9b-it"_s << Support::Unsupported;
    QTest::newRow("live, tagged") << u"acme/deep-thought"_s << Support::Supported;
    QTest::newRow("listed in models.json") << u"openai/gpt-oss-120b"_s << Support::Supported;
    QTest::newRow("listed, LiteLLM prefix") << u"deepinfra/Qwen/QwQ-32B"_s << Support::Supported;
    QTest::newRow("named R1") << u"deepseek-ai/DeepSeek-R1-Distill-Qwen-32B"_s
                              << Support::Supported;
    QTest::newRow("named Thinking")
        << u"Qwen/Qwen3-235B-A22B-Thinking-2507"_s << Support::Supported;
    QTest::newRow("custom id") << u"acme/house-model"_s << Support::Unknown;
    QTest::newRow("never seen") << u"acme/other"_s << Support::Unknown;
    QTest::newRow("not R1") << u"acme/r10-chat"_s << Support::Unknown;
}

void TestModelCatalog::reasoningSupport()
{
    QFETCH(QString, id);
    QFETCH(ModelCatalog::Support, support);
    ModelCatalog catalog;
    catalog.mergeLive(parseOpenAiModelList(QJsonDocument::fromJson(R"({"data":[
        {"id":"google/gemma-2-9b-it","metadata":{"tags":["text-generation"]}},
        {"id":"acme/deep-thought","metadata":{"tags":["text-generation","reasoning"]}}
    ]})")
                                               .object()));
    catalog.addCustom(u"acme/house-model"_s, ModelInfo::Type::Chat);
    QCOMPARE(catalog.reasoningSupport(id), support);
    if (const auto info = catalog.find(id))
        QCOMPARE(info->reasoning, support == ModelCatalog::Support::Supported);
}

void TestModelCatalog::estimateCost_data()
{
    QTest::addColumn<double>("priceIn"); // -1 = unknown
    QTest::addColumn<double>("priceOut");
    QTest::addColumn<int>("input");
    QTest::addColumn<int>("output");
    QTest::addColumn<double>("expected"); // -1 = nullopt

    QTest::newRow("both prices") << 0.35 << 0.4 << 1000000 << 500000 << 0.55;
    QTest::newRow("small call") << 0.1 << 0.1 << 12 << 2 << 1.4e-6;
    QTest::newRow("no prices") << -1.0 << -1.0 << 10 << 10 << -1.0;
    QTest::newRow("rerank: input only") << 0.01 << -1.0 << 2000000 << 0 << 0.02;
    QTest::newRow("missing output price used") << 0.01 << -1.0 << 10 << 5 << -1.0;
    QTest::newRow("zero tokens") << 1.0 << 1.0 << 0 << 0 << 0.0;
}

void TestModelCatalog::estimateCost()
{
    QFETCH(double, priceIn);
    QFETCH(double, priceOut);
    QFETCH(int, input);
    QFETCH(int, output);
    QFETCH(double, expected);
    ModelInfo info;
    if (priceIn >= 0)
        info.priceInPerMTok = priceIn;
    if (priceOut >= 0)
        info.priceOutPerMTok = priceOut;
    const std::optional<double> cost = info.estimateCost(input, output);
    if (expected < 0) {
        QVERIFY(!cost);
    } else {
        QVERIFY(cost);
        QVERIFY2(qAbs(*cost - expected) < 1e-12, qPrintable(QString::number(*cost)));
    }
}

void TestModelCatalog::documentedParseError()
{
    QString error;
    QVERIFY(parseDocumentedModels("{not json", &error).isEmpty());
    QVERIFY(!error.isEmpty());
    const QList<ModelInfo> models = parseDocumentedModels(
        R"({"models":[{"id":"a/b","type":"rerank"},{"id":""},{"id":"c/d"}]})", &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(0).type, ModelInfo::Type::Rerank);
    QCOMPARE(models.at(0).displayName, u"b"_s);
    QCOMPARE(models.at(1).type, ModelInfo::Type::Chat);
}

QTEST_GUILESS_MAIN(TestModelCatalog)
#include "tst_modelcatalog.moc"

void TestModelCatalog::parseNativeList()
{
    const QByteArray json = R"([
        {"model_name":"Qwen/Qwen3-Reranker-0.6B","type":"reranker","deprecated":false,
         "pricing":{"cents_per_input_token":1e-6,"cents_per_output_token":0}},
        {"model_name":"BAAI/bge-large-en-v1.5","type":"embeddings","deprecated":false},
        {"model_name":"stability/sdxl","type":"text-to-image"},
        {"model_name":"Gryphe/MythoMax-L2-13b","type":"text-generation","deprecated":true,
         "pricing":{"cents_per_input_token":"1e-5","cents_per_output_token":"1e-5"}},
        {"model_name":""}
    ])"_ba;
    const QList<ModelInfo> models = parseNativeModelList(QJsonDocument::fromJson(json).array());
    QCOMPARE(ids(models),
             QStringList({ u"Qwen/Qwen3-Reranker-0.6B"_s, u"BAAI/bge-large-en-v1.5"_s,
                           u"stability/sdxl"_s, u"Gryphe/MythoMax-L2-13b"_s }));
    QCOMPARE(models.at(0).type, ModelInfo::Type::Rerank);
    // 1e-6 cents per token = $0.01 per 1M tokens.
    QCOMPARE(qRound(models.at(0).priceInPerMTok.value_or(-1) * 1000), 10);
    QCOMPARE(models.at(0).priceOutPerMTok, std::optional<double>(0.0));
    QCOMPARE(models.at(1).type, ModelInfo::Type::Embeddings);
    QVERIFY(!models.at(1).priceInPerMTok);
    QCOMPARE(models.at(2).type, ModelInfo::Type::Other);
    QCOMPARE(models.at(3).type, ModelInfo::Type::Chat);
    QVERIFY(models.at(3).deprecated);
    QCOMPARE(qRound(models.at(3).priceOutPerMTok.value_or(-1) * 100), 10);
    for (const ModelInfo &info : models)
        QCOMPARE(info.source, ModelInfo::Source::Live);
}

void TestModelCatalog::mergeNative()
{
    // The OpenAI list guesses "chat" for a model without tags; the native list knows better.
    const QByteArray openAi = R"({"data":[
        {"id":"acme/ranker-x","metadata":{"pricing":{"input_tokens":0.2,"output_tokens":0}}},
        {"id":"acme/talker","metadata":null}
    ]})"_ba;
    const QByteArray native = R"([
        {"model_name":"acme/ranker-x","type":"reranker","deprecated":true,
         "pricing":{"cents_per_input_token":5e-5}},
        {"model_name":"acme/talker","type":"text-generation","description":"Talks.",
         "pricing":{"cents_per_input_token":1e-5,"cents_per_output_token":2e-5}},
        {"model_name":"acme/only-native","type":"text-generation"}
    ])"_ba;
    const QList<ModelInfo> merged
        = mergeNativeModelList(parseOpenAiModelList(QJsonDocument::fromJson(openAi).object()),
                               parseNativeModelList(QJsonDocument::fromJson(native).array()));
    QCOMPARE(ids(merged),
             QStringList({ u"acme/ranker-x"_s, u"acme/talker"_s, u"acme/only-native"_s }));
    QCOMPARE(merged.at(0).type, ModelInfo::Type::Rerank);
    QVERIFY(merged.at(0).deprecated);
    // The OpenAI list's own price wins over the native one.
    QCOMPARE(merged.at(0).priceInPerMTok, std::optional<double>(0.2));
    QCOMPARE(merged.at(1).description, u"Talks."_s);
    QCOMPARE(qRound(merged.at(1).priceOutPerMTok.value_or(-1) * 10), 2);
}

void TestModelCatalog::setLiveReplaces()
{
    ModelCatalog catalog;
    catalog.addCustom(u"acme/mine"_s, ModelInfo::Type::Rerank);
    const auto live = [](const char *json) {
        return parseOpenAiModelList(QJsonDocument::fromJson(json).object());
    };
    catalog.setLive(live(R"({"data":[{"id":"one/a"},{"id":"meta-llama/Llama-2-7b-chat-hf",
        "metadata":{"context_length":9999}}]})"));
    QVERIFY(catalog.find(u"one/a"_s));
    QCOMPARE(catalog.find(u"meta-llama/Llama-2-7b-chat-hf"_s)->contextLength, 9999);

    QSignalSpy changed(&catalog, &ModelCatalog::changed);
    catalog.setLive(live(R"({"data":[{"id":"two/b"},{"id":"two/b"},{"id":"deepinfra/two/b"}]})"));
    QCOMPARE(changed.size(), 1);
    // The previous endpoint's models and numbers are gone; custom ids and the table stay.
    QVERIFY(!catalog.find(u"one/a"_s));
    QCOMPARE(catalog.find(u"meta-llama/Llama-2-7b-chat-hf"_s)->contextLength, 4096);
    QCOMPARE(catalog.find(u"acme/mine"_s)->source, ModelInfo::Source::Custom);
    QCOMPARE(catalog.find(u"acme/mine"_s)->type, ModelInfo::Type::Rerank);
    QCOMPARE(ids(catalog.models()).count(u"two/b"_s), 1);
    QCOMPARE(catalog.models().size(), 11 + 1 + 1);

    catalog.setLive({});
    QCOMPARE(catalog.models().size(), 12);
}

void TestModelCatalog::deprecatedFromLive()
{
    ModelCatalog catalog;
    catalog.setLive(parseOpenAiModelList(QJsonDocument::fromJson(R"({"data":[
        {"id":"meta-llama/Llama-2-13b-chat-hf","metadata":{"tags":["deprecated"]}},
        {"id":"old/model","metadata":{"deprecated":true}}]})")
                                             .object()));
    QVERIFY(catalog.find(u"meta-llama/Llama-2-13b-chat-hf"_s)->deprecated);
    QCOMPARE(catalog.find(u"meta-llama/Llama-2-13b-chat-hf"_s)->source,
             ModelInfo::Source::Documented);
    QVERIFY(catalog.find(u"old/model"_s)->deprecated);
    QVERIFY(!catalog.find(u"meta-llama/Llama-2-7b-chat-hf"_s)->deprecated);
}

void TestModelCatalog::cacheRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CatalogCache cache(dir.filePath(u"sub/dir"_s));
    Endpoint endpoint;
    QVERIFY(!cache.load(endpoint));

    ModelInfo info;
    info.id = u"acme/model"_s;
    info.displayName = u"Acme Model"_s;
    info.type = ModelInfo::Type::Rerank;
    info.source = ModelInfo::Source::Live;
    info.contextLength = 1234;
    info.maxOutputTokens = 56;
    info.priceInPerMTok = 0.5;
    info.deprecated = true;
    info.description = u"Ranks. \u00e9"_s;
    const QDateTime when = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC);
    QVERIFY(cache.save(endpoint, { info }, when));

    const auto entry = cache.load(endpoint);
    QVERIFY(entry);
    QCOMPARE(entry->fetchedAt, when);
    QCOMPARE(entry->models.size(), 1);
    const ModelInfo &back = entry->models.first();
    QCOMPARE(back.id, info.id);
    QCOMPARE(back.displayName, info.displayName);
    QCOMPARE(back.type, info.type);
    QCOMPARE(back.source, ModelInfo::Source::Live);
    QCOMPARE(back.contextLength, 1234);
    QCOMPARE(back.maxOutputTokens, 56);
    QCOMPARE(back.priceInPerMTok, std::optional<double>(0.5));
    QVERIFY(!back.priceOutPerMTok);
    QVERIFY(back.deprecated);
    QCOMPARE(back.description, info.description);

    // A damaged file is no cache, not a crash.
    QFile file(cache.fileFor(endpoint));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("{\"version\":1,\"fetched_at\":\"yesterday\"");
    file.close();
    QVERIFY(!cache.load(endpoint));
}

void TestModelCatalog::cachePerEndpoint()
{
    QTemporaryDir dir;
    const CatalogCache cache(dir.path());
    Endpoint deepInfra;
    Endpoint proxy;
    proxy.name = u"Proxy"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(u"http://localhost:4000"_s);
    Endpoint moved = proxy;
    moved.baseUrl = QUrl(u"http://localhost:4001"_s);
    QVERIFY(cache.fileFor(deepInfra) != cache.fileFor(proxy));
    QVERIFY(cache.fileFor(proxy) != cache.fileFor(moved));

    ModelInfo a;
    a.id = u"a/a"_s;
    QVERIFY(cache.save(proxy, { a }));
    QVERIFY(!cache.load(deepInfra));
    QVERIFY(!cache.load(moved));
    QCOMPARE(cache.load(proxy)->models.first().id, u"a/a"_s);
    cache.remove(proxy);
    QVERIFY(!cache.load(proxy));
}

void TestModelCatalog::cacheFreshness_data()
{
    QTest::addColumn<qint64>("ageSecs");
    QTest::addColumn<bool>("fresh");
    QTest::newRow("just now") << qint64(0) << true;
    QTest::newRow("an hour") << qint64(3600) << true;
    QTest::newRow("a day less a second") << qint64(86399) << true;
    QTest::newRow("a day") << qint64(86400) << false;
    QTest::newRow("a week") << qint64(7 * 86400) << false;
    QTest::newRow("in the future") << qint64(-600) << false;
}

void TestModelCatalog::cacheFreshness()
{
    QFETCH(qint64, ageSecs);
    QFETCH(bool, fresh);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CatalogCache::Entry entry;
    entry.fetchedAt = now.addSecs(-ageSecs);
    QCOMPARE(CatalogCache::isFresh(entry, now), fresh);
    QVERIFY(!CatalogCache::isFresh(CatalogCache::Entry(), now));
}

void TestModelCatalog::fuzzy_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("matches");
    const QString llama = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    const QString llamaName = u"Llama 3 8B Instruct"_s;
    QTest::newRow("empty") << QString() << llama << llamaName << true;
    QTest::newRow("substring") << u"llama-3"_s << llama << llamaName << true;
    QTest::newRow("case") << u"LLAMA"_s << llama << llamaName << true;
    QTest::newRow("scattered") << u"ml38b"_s << llama << llamaName << true;
    QTest::newRow("terms any order") << u"8b llama"_s << llama << llamaName << true;
    QTest::newRow("name only") << u"3 8B Instruct"_s << u"x/y"_s << llamaName << true;
    QTest::newRow("out of order") << u"b8"_s << u"x/8b"_s << u"z"_s << false;
    QTest::newRow("missing letter") << u"qwen"_s << llama << llamaName << false;
    QTest::newRow("one term missing") << u"llama qwen"_s << llama << llamaName << false;
    QTest::newRow("longer than text") << u"abcdef"_s << u"abc"_s << u"ab"_s << false;
    QTest::newRow("spaces only") << u"   "_s << llama << llamaName << true;
}

void TestModelCatalog::fuzzy()
{
    QFETCH(QString, query);
    QFETCH(QString, id);
    QFETCH(QString, name);
    QFETCH(bool, matches);
    QCOMPARE(ModelFilter::matchScore(query, id, name) >= 0, matches);
}

void TestModelCatalog::fuzzyRanking()
{
    using ModelFilter::fuzzyScore;
    // A substring beats scattered letters; a prefix or word start beats the middle of a word.
    QVERIFY(fuzzyScore(u"rerank", u"Qwen/Qwen3-Reranker-0.6B")
            > fuzzyScore(u"rerank", u"r/e-r-a-n-k"));
    QVERIFY(fuzzyScore(u"qwen", u"Qwen/Qwen3-Reranker-4B") > fuzzyScore(u"wen", u"Qwen/x"));
    QVERIFY(fuzzyScore(u"mist", u"mistralai/Mistral-7B") > fuzzyScore(u"mist", u"a/amistb"));
    QVERIFY(fuzzyScore(u"l38", u"meta-llama/Llama-3-8B") > fuzzyScore(u"l38", u"hello/x3y8"));
}
