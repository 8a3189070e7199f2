#include "models/modelcatalog.h"

#include <QJsonDocument>
#include <QSignalSpy>
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
    void estimateCost_data();
    void estimateCost();
    void documentedParseError();
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
