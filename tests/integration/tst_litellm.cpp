#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "fakeserver.h"
#include "models/modelcatalog.h"
#include "models/modelfetcher.h"
#include "rerank/rerankjob.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// A LiteLLM proxy endpoint (kind openai) end to end against the fake server's LiteLLM routes:
// streaming chat, the models list and Cohere-style rerank, with the proxy's virtual key, and
// costs estimated from catalog prices because the proxy reports none.
class TestLiteLlm : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void models_data();
    void models();
    void chatStreams_data();
    void chatStreams();
    void rerank_data();
    void rerank();
    void wrongKeyIsAuthError();

private:
    void useBase(const QString &path);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ModelCatalog> m_catalog;
};

static const QByteArray VirtualKey = "sk-litellm-virtual-1234";

void TestLiteLlm::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<RerankResult>();
}

void TestLiteLlm::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_server->setRequiredKey(VirtualKey);
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    m_client->setApiKey(QString::fromUtf8(VirtualKey));
    m_catalog = std::make_unique<ModelCatalog>();
    useBase(u"/v1"_s);
}

void TestLiteLlm::cleanup()
{
    m_catalog.reset();
    m_client.reset();
    m_nam.reset();
    m_server.reset();
    m_dir.reset();
}

void TestLiteLlm::useBase(const QString &path)
{
    Endpoint proxy;
    proxy.name = u"LiteLLM proxy"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(m_server->baseUrl() + path);
    m_client->setEndpoint(proxy);
}

void TestLiteLlm::models_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::newRow("/v1") << u"/v1"_s << u"/v1/models"_s;
    QTest::newRow("root") << QString() << u"/models"_s;
}

void TestLiteLlm::models()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    useBase(base);
    ModelFetcher fetcher(m_client.get(), m_catalog.get());
    fetcher.setCache(CatalogCache(m_dir->path()));
    QSignalSpy finished(&fetcher, &ModelFetcher::finished);
    fetcher.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<ModelFetcher::Origin>(), ModelFetcher::Origin::Live);
    QCOMPARE(m_server->requestCount(), 1);
    const FakeServer::Request request = m_server->requests().first();
    QCOMPARE(QString::fromUtf8(request.path), path);
    QCOMPARE(request.headers.value("authorization"), "Bearer " + VirtualKey);
    QVERIFY(m_catalog->find(u"Gryphe/MythoMax-L2-13b"_s));
    QCOMPARE(m_catalog->find(u"Qwen/Qwen3-Reranker-8B"_s)->type, ModelInfo::Type::Rerank);
}

void TestLiteLlm::chatStreams_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("sent");
    QTest::newRow("/v1") << u"/v1"_s << u"meta-llama/Meta-Llama-3-8B-Instruct"_s
                         << u"/v1/chat/completions"_s << u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    // Issue 19 item 6: a proxy's model names are its own aliases: "deepinfra/…" is sent as
    // typed, in chat as in rerank (only deepinfra-kind endpoints strip it).
    QTest::newRow("root, deepinfra/ prefix")
        << QString() << u"deepinfra/meta-llama/Meta-Llama-3-8B-Instruct"_s << u"/chat/completions"_s
        << u"deepinfra/meta-llama/Meta-Llama-3-8B-Instruct"_s;
}

void TestLiteLlm::chatStreams()
{
    QFETCH(QString, base);
    QFETCH(QString, model);
    QFETCH(QString, path);
    QFETCH(QString, sent);
    useBase(base);
    // Live prices for the model, as a DeepInfra list would give them.
    m_catalog->setLive(parseOpenAiModelList(QJsonDocument::fromJson(R"({"data":[
        {"id":"meta-llama/Meta-Llama-3-8B-Instruct",
         "metadata":{"pricing":{"input_tokens":0.03,"output_tokens":0.06}}}]})")
                                                .object()));
    m_server->setChunkSize(2);
    ChatSession session(m_client.get());
    session.setCatalog(m_catalog.get());
    session.setModel(model);
    QSignalSpy deltas(&session, &ChatSession::replyDelta);
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    QVERIFY(session.send(u"hello proxy"_s));
    QVERIFY(finished.wait(10000));

    const Message &reply = session.messages().last();
    QCOMPARE(reply.content, u"Hello! You said: hello proxy"_s);
    QVERIFY2(deltas.size() > 3, "streamed in pieces");
    QCOMPARE(QString::fromUtf8(m_server->requests().first().path), path);
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value("model"_L1).toString(), sent);
    QVERIFY(body.value("stream"_L1).toBool());
    // The proxy sends usage without estimated_cost: the cost is tokens × price, estimated.
    QVERIFY(reply.usage.promptTokens > 0);
    QVERIFY(reply.cost.has_value());
    QVERIFY(reply.costEstimated);
    const double expected
        = (reply.usage.promptTokens * 0.03 + reply.usage.completionTokens * 0.06) / 1e6;
    QVERIFY(qAbs(*reply.cost - expected) < 1e-12);
}

void TestLiteLlm::rerank_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::newRow("/v1") << u"/v1"_s << u"/v1/rerank"_s;
    QTest::newRow("root") << QString() << u"/rerank"_s;
}

void TestLiteLlm::rerank()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    useBase(base);
    RerankSet set;
    set.query = u"cats"_s;
    for (const QString &text : { u"dogs bark"_s, u"cats purr"_s, u"a cat sleeps"_s })
        set.documents.append(RerankDocument{ text, {} });
    RerankJob job(m_client.get(), set, u"deepinfra/Qwen/Qwen3-Reranker-0.6B"_s);
    job.setModelInfo(m_catalog->find(u"Qwen/Qwen3-Reranker-0.6B"_s));
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    const RerankResult result = finished.first().first().value<RerankResult>();
    QCOMPARE(result.state, RerankResult::State::Complete);
    QCOMPARE(result.ranked.size(), 3);
    QCOMPARE(QString::fromUtf8(m_server->requests().first().path), path);
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value("query"_L1).toString(), u"cats"_s);
    // The proxy's own model name goes through as given (a LiteLLM model_name may carry the
    // provider prefix).
    QCOMPARE(body.value("model"_L1).toString(), u"deepinfra/Qwen/Qwen3-Reranker-0.6B"_s);
    // No cost from the proxy: estimated from the documented $0.01 per 1M input tokens.
    QVERIFY(result.inputTokens > 0);
    QVERIFY(result.cost.has_value());
    QVERIFY(result.costEstimated);
    QVERIFY(qAbs(*result.cost - result.inputTokens * 0.01 / 1e6) < 1e-12);
}

void TestLiteLlm::wrongKeyIsAuthError()
{
    m_client->setApiKey(u"sk-wrong"_s);
    ModelFetcher fetcher(m_client.get(), m_catalog.get());
    fetcher.setCache(CatalogCache(m_dir->path()));
    QSignalSpy finished(&fetcher, &ModelFetcher::finished);
    QSignalSpy notices(&fetcher, &ModelFetcher::notice);
    fetcher.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(fetcher.lastError().kind, ApiError::Kind::Auth);
    QCOMPARE(notices.size(), 1);
}

QTEST_GUILESS_MAIN(TestLiteLlm)
#include "tst_litellm.moc"
