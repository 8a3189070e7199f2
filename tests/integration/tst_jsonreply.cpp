#include "api/apiclient.h"
#include "fakeserver.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

struct Watch
{
    explicit Watch(JsonReply *reply)
        : finished(reply, &JsonReply::finished)
        , failed(reply, &JsonReply::failed)
        , retrying(reply, &JsonReply::retrying)
    {
    }
    int terminals() const { return int(finished.count() + failed.count()); }
    QJsonDocument document() const { return finished.first().first().toJsonDocument(); }
    ApiError error() const { return failed.first().first().value<ApiError>(); }

    QSignalSpy finished;
    QSignalSpy failed;
    QSignalSpy retrying;
};

const QString Reranker = u"Qwen/Qwen3-Reranker-0.6B"_s;

QJsonObject nativeRerankBody(int documents, int queries)
{
    QJsonArray docs;
    for (int i = 0; i < documents; ++i)
        docs.append(u"document number %1 about cats"_s.arg(i));
    QJsonArray qs;
    for (int i = 0; i < queries; ++i)
        qs.append(u"cats"_s);
    return { { "queries"_L1, qs }, { "documents"_L1, docs } };
}

} // namespace

// Counts every request the client asks the network for: "nothing was sent" must mean no
// connection was even attempted, whatever the server would have answered.
class CountingNetworkManager : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

class TestJsonReply : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void getModels_data();
    void getModels();
    void postNativeRerank();
    void postCohereRerank();
    void retryThenSuccess_data();
    void retryThenSuccess();
    void failures_data();
    void failures();
    void stall();
    void hugeReplyBounded();
    void hugeErrorPageNotDownloaded();
    void redirectLoopNamed();
    void gzipBombNamed();
    void endlessHeaderBounded();
    void lateHeaderAccepted();
    void cancelEmitsNothing();
    void refusedWithoutKeyOrConsent();
    void keyOnlyForEndpointOrigin();

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<CountingNetworkManager> m_nam;
    std::unique_ptr<ApiClient> m_client;
};

void TestJsonReply::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestJsonReply::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<CountingNetworkManager>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(m_server->baseUrl() + "/v1/openai"_L1);
    m_client->setEndpoint(endpoint);
    m_client->setApiKey(u"json-key"_s);
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 40;
    policy.maxRetries = 2;
    policy.stallTimeoutMs = 5000;
    m_client->setPolicy(policy);
}

void TestJsonReply::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

void TestJsonReply::getModels_data()
{
    QTest::addColumn<bool>("nativeList");
    QTest::newRow("openai list") << false;
    QTest::newRow("native /models/list") << true;
}

void TestJsonReply::getModels()
{
    QFETCH(bool, nativeList);
    const Endpoint &endpoint = m_client->endpoint();
    JsonReply *reply
        = m_client->getJson(nativeList ? endpoint.modelsListUrl() : endpoint.modelsUrl());
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);

    const QJsonDocument doc = watch.document();
    if (nativeList) {
        QVERIFY(doc.isArray());
        QVERIFY(!doc.array().isEmpty());
        QVERIFY(doc.array().first().toObject().contains("model_name"_L1));
    } else {
        QCOMPARE(doc.object().value("object"_L1).toString(), u"list"_s);
        QVERIFY(!doc.object().value("data"_L1).toArray().isEmpty());
    }
    QVERIFY(watch.finished.first().at(1).toLongLong() >= 0);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(!reply->isRunning());
    const FakeServer::Request sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("GET"));
    QCOMPARE(sent.path, nativeList ? QByteArray("/models/list") : QByteArray("/v1/openai/models"));
    QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer json-key"));
}

void TestJsonReply::postNativeRerank()
{
    const QUrl url = m_client->endpoint().rerankUrl(u"deepinfra/"_s + Reranker);
    JsonReply *reply = m_client->postJson(url, nativeRerankBody(5, 5));
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);

    const QJsonObject result = watch.document().object();
    const QJsonArray scores = result.value("scores"_L1).toArray();
    QCOMPARE(scores.size(), 5);
    for (const QJsonValue &score : scores)
        QVERIFY(score.toDouble() >= 0.0 && score.toDouble() <= 1.0);
    QVERIFY(result.value("input_tokens"_L1).toInt() > 0);
    const FakeServer::Request sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.path, QByteArray("/v1/inference/Qwen/Qwen3-Reranker-0.6B"));
    QCOMPARE(QJsonDocument::fromJson(sent.body).object(), nativeRerankBody(5, 5));
}

void TestJsonReply::postCohereRerank()
{
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::OpenAI;
    endpoint.baseUrl = QUrl(m_server->baseUrl());
    m_client->setEndpoint(endpoint);
    const QJsonObject body{ { "model"_L1, u"deepinfra/"_s + Reranker },
                            { "query"_L1, u"cats"_s },
                            { "documents"_L1,
                              QJsonArray{ u"dogs"_s, u"cats purr"_s, u"fish"_s } } };
    JsonReply *reply = m_client->postJson(endpoint.rerankUrl(Reranker), body);
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.document().object().value("results"_L1).toArray().size(), 3);
    QCOMPARE(m_server->requests().first().path, QByteArray("/rerank"));
}

void TestJsonReply::retryThenSuccess_data()
{
    QTest::addColumn<QStringList>("faults");
    QTest::newRow("429") << QStringList{ u"status=429"_s };
    QTest::newRow("503 then 500") << QStringList{ u"status=503"_s, u"status=500"_s };
    QTest::newRow("cut body") << QStringList{ u"cut=1"_s };
}

void TestJsonReply::retryThenSuccess()
{
    QFETCH(QStringList, faults);
    for (const QString &fault : faults)
        m_server->enqueueFault(fault);
    JsonReply *reply
        = m_client->postJson(m_client->endpoint().rerankUrl(Reranker), nativeRerankBody(3, 3));
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.document().object().value("scores"_L1).toArray().size(), 3);
    QCOMPARE(watch.retrying.count(), faults.size());
    QCOMPARE(reply->attempts(), faults.size() + 1);
    QCOMPARE(m_server->requestCount(), faults.size() + 1);
}

void TestJsonReply::failures_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("queries");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("requests");

    QTest::newRow("401") << u"status=401"_s << 2 << Kind::Auth << u"Not authenticated"_s << 1;
    QTest::newRow("402") << u"status=402"_s << 2 << Kind::Payment << u"Insufficient balance"_s << 1;
    QTest::newRow("404") << u"status=404"_s << 2 << Kind::NotFound << u"Model not found"_s << 1;
    QTest::newRow("422 from the server's own check")
        << QString() << 1 << Kind::InvalidRequest
        << u"documents: queries and documents must have the same length"_s << 1;
    QTest::newRow("429 exhausted")
        << u"status=429"_s << 2 << Kind::RateLimited << u"Model busy, retry later"_s << 3;
    QTest::newRow("502 exhausted") << u"status=502"_s << 2 << Kind::Server << u"Bad Gateway"_s << 3;
    QTest::newRow("html") << u"html"_s << 2 << Kind::Protocol
                          << u"the server sent a web page instead of data"_s << 1;
    QTest::newRow("notjson") << u"notjson"_s << 2 << Kind::Protocol
                             << u"the reply is not valid JSON"_s << 1;
    QTest::newRow("truncated json")
        << u"malformed"_s << 2 << Kind::Protocol << u"the reply is not valid JSON"_s << 1;
}

void TestJsonReply::failures()
{
    QFETCH(QString, fault);
    QFETCH(int, queries);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    QFETCH(int, requests);

    m_server->setDefaultFault(fault);
    JsonReply *reply = m_client->postJson(m_client->endpoint().rerankUrl(Reranker),
                                          nativeRerankBody(2, queries));
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 0);
    QCOMPARE(watch.error().kind, kind);
    QCOMPARE(watch.error().message, message);
    QCOMPARE(m_server->requestCount(), requests);
    QCOMPARE(watch.retrying.count(), requests - 1);
}

void TestJsonReply::stall()
{
    RequestPolicy policy = m_client->policy();
    policy.stallTimeoutMs = 300;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"stall"_s);
    JsonReply *reply = m_client->getJson(m_client->endpoint().modelsUrl());
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.error().kind, Kind::Timeout);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestJsonReply::hugeReplyBounded()
{
    RequestPolicy policy = m_client->policy();
    policy.maxReplyBytes = 100 * 1024;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"huge=50000000"_s);
    JsonReply *reply = m_client->getJson(m_client->endpoint().modelsUrl());
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.error().kind, Kind::TooLarge);
    QVERIFY(watch.error().message.contains("after 100 KiB"_L1));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestJsonReply::hugeErrorPageNotDownloaded()
{
    RequestPolicy policy = m_client->policy();
    policy.maxRetries = 3;
    m_client->setPolicy(policy);
    // A 500 with a 500 MB page, on every attempt.
    m_server->setDefaultFault(u"status=500;huge=500000000"_s);
    const qint64 sentBefore = FakeServer::generatedBytesSent();
    JsonReply *reply = m_client->getJson(m_client->endpoint().modelsUrl());
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 60000);
    QCOMPARE(watch.error().kind, Kind::Server);
    QCOMPARE(watch.error().httpStatus, 500);
    QCOMPARE(m_server->requestCount(), 4); // still retried: a 500 may pass
    // Each attempt read 64 KiB of the page and hung up; the server wrote a little ahead of
    // that, never the pages (4 x 500 MB).
    const qint64 sentMiB = (FakeServer::generatedBytesSent() - sentBefore) / (1024 * 1024);
    QVERIFY2(sentMiB < 50, qPrintable(QString::number(sentMiB)));
}

void TestJsonReply::redirectLoopNamed()
{
    // Same origin, so followed (with the key), five times, then refused.
    const QString self = m_server->baseUrl() + u"/v1/openai/models"_s;
    m_server->setDefaultFault(u"redirect="_s + self);
    JsonReply *reply = m_client->getJson(m_client->endpoint().modelsUrl());
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.error().kind, Kind::Protocol);
    QVERIFY2(watch.error().message.contains("too many redirects"_L1),
             qPrintable(watch.error().message));
    QVERIFY2(!watch.error().userMessage().contains("not sent there"_L1),
             qPrintable(watch.error().userMessage()));
    QCOMPARE(m_server->requestCount(), 6);
}

void TestJsonReply::gzipBombNamed()
{
    // 2 GB of zeros in about 12 MB of gzip: Qt's inflater guard stops it; Sift names it.
    m_server->setDefaultFault(u"gzip-bomb=2000000000"_s);
    JsonReply *reply = m_client->getJson(m_client->endpoint().modelsUrl());
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 30000);
    QCOMPARE(watch.error().kind, Kind::TooLarge);
    QVERIFY2(watch.error().message.contains("decompressed"_L1), qPrintable(watch.error().message));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestJsonReply::endlessHeaderBounded()
{
    // Header lines that never end: stopped at the header budget, not at the stall timer.
    RequestPolicy policy = m_client->policy();
    policy.stallTimeoutMs = 60000;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"many-headers=100000000000"_s);
    const qint64 sentBefore = FakeServer::generatedBytesSent();
    JsonReply *reply
        = m_client->postJson(m_client->endpoint().rerankUrl(Reranker), nativeRerankBody(3, 3));
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 30000);
    QCOMPARE(watch.error().kind, Kind::Protocol);
    QVERIFY2(watch.error().message.contains("endless header"_L1),
             qPrintable(watch.error().message));
    QCOMPARE(m_server->requestCount(), 1); // not retried
    const qint64 sent = FakeServer::generatedBytesSent() - sentBefore;
    QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
}

void TestJsonReply::lateHeaderAccepted()
{
    // A rerank server that answers (header and all) only when done is not an endless header.
    RequestPolicy policy = m_client->policy();
    policy.stallTimeoutMs = 60000;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"slow-first=3000"_s);
    JsonReply *reply
        = m_client->postJson(m_client->endpoint().rerankUrl(Reranker), nativeRerankBody(3, 3));
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 30000);
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.document().object().value("scores"_L1).toArray().size(), 3);
}

void TestJsonReply::cancelEmitsNothing()
{
    m_server->setDefaultFault(u"slow-first=300"_s);
    JsonReply *reply = m_client->getJson(m_client->endpoint().modelsUrl());
    Watch watch(reply);
    QSignalSpy received(m_server.get(), &FakeServer::requestReceived);
    QVERIFY(received.wait(5000));
    reply->cancel();
    QVERIFY(!reply->isRunning());
    // The server answers after 300 ms; the cancelled request must stay silent.
    QVERIFY(!watch.finished.wait(800));
    QCOMPARE(watch.terminals(), 0);
    QCOMPARE(watch.retrying.count(), 0);
}

void TestJsonReply::refusedWithoutKeyOrConsent()
{
    m_nam->created = 0;
    m_client->setApiKey(QString());
    JsonReply *noKey = m_client->getJson(m_client->endpoint().modelsUrl());
    Watch noKeyWatch(noKey);
    QTRY_COMPARE_WITH_TIMEOUT(noKeyWatch.terminals(), 1, 10000);
    QCOMPARE(noKeyWatch.error().kind, Kind::NoKey);

    Endpoint insecure;
    insecure.baseUrl = QUrl(u"http://example.invalid/v1/openai"_s);
    m_client->setEndpoint(insecure);
    m_client->setApiKey(u"json-key"_s);
    JsonReply *plain = m_client->postJson(insecure.rerankUrl(Reranker), nativeRerankBody(1, 1));
    Watch plainWatch(plain);
    QTRY_COMPARE_WITH_TIMEOUT(plainWatch.terminals(), 1, 10000);
    QCOMPARE(plainWatch.error().kind, Kind::Insecure);
    QCOMPARE(m_server->requestCount(), 0);
    // Not a byte left Sift: no connection was attempted for either request.
    QCOMPARE(m_nam->created, 0);

    // A key with a line break is never sent (it would write headers of its own).
    m_client->setApiKey(u"json-key\r\nX-Injected: yes"_s);
    QVERIFY(!m_client->hasApiKey());
}

QTEST_GUILESS_MAIN(TestJsonReply)

void TestJsonReply::keyOnlyForEndpointOrigin()
{
    // An openai-kind endpoint may call URLs without a key; a URL on another origin must never
    // receive the endpoint's key.
    Endpoint endpoint = m_client->endpoint();
    endpoint.kind = Endpoint::Kind::OpenAI;
    m_client->setEndpoint(endpoint);
    FakeServer other;
    QVERIFY(other.listen());
    JsonReply *reply = m_client->getJson(QUrl(other.baseUrl() + "/v1/models"_L1));
    Watch watch(reply);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(other.requestCount(), 1);
    QVERIFY(!other.requests().first().headers.contains("authorization"));
}

#include "tst_jsonreply.moc"
