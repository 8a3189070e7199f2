#include "api/apiclient.h"
#include "api/embeddings.h"
#include "fakeembeddings.h"
#include "fakeserver.h"
#include "knowledge/embeddingjob.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;

// ApiClient::embeddings and EmbeddingJob against the fake server's /embeddings routes.
class TestEmbeddings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void requestShapeAndUrl_data();
    void requestShapeAndUrl();
    void floatAndBase64AreTheSameVectors();
    void sharedWordsAreNearer();
    void dimensionsAreHonoured();
    void tooFewDimensionsIsRefused();
    void batchesAreConcurrentAndBounded();
    void transientFaultIsRetried();
    void authFailureStopsTheJob();
    void unreadableReply();
    void costFromDocumentedPrice();
    void emptyInputFinishes();

private:
    void useEndpoint(Endpoint::Kind kind);
    EmbeddingJob::Result runJob(const QStringList &inputs, int dimensions = 0,
                                const QString &model = EmbeddingJob::defaultModel(),
                                int batchSize = EmbeddingJob::DefaultBatchSize);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

namespace {

double cosine(const QList<float> &a, const QList<float> &b)
{
    double dot = 0, na = 0, nb = 0;
    for (qsizetype i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    return dot / std::sqrt(na * nb);
}

} // namespace

void TestEmbeddings::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_client = makeJobTestClient();
    useEndpoint(Endpoint::Kind::DeepInfra);
}

void TestEmbeddings::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestEmbeddings::useEndpoint(Endpoint::Kind kind)
{
    pointAt(m_client.get(), *m_server, kind);
}

EmbeddingJob::Result TestEmbeddings::runJob(const QStringList &inputs, int dimensions,
                                            const QString &model, int batchSize)
{
    EmbeddingJob job(m_client.get(), model, inputs, dimensions);
    job.setBatchSize(batchSize);
    QSignalSpy finished(&job, &EmbeddingJob::finished);
    job.start();
    if (!finished.wait(30000))
        return {};
    [&] { QCOMPARE(finished.size(), 1); }();
    return job.result();
}

void TestEmbeddings::requestShapeAndUrl_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("model");
    QTest::newRow("deepinfra") << int(Endpoint::Kind::DeepInfra) << u"/v1/openai/embeddings"_s
                               << u"Qwen/Qwen3-Embedding-0.6B"_s;
    QTest::newRow("litellm") << int(Endpoint::Kind::OpenAI) << u"/embeddings"_s
                             << u"deepinfra/Qwen/Qwen3-Embedding-0.6B"_s;
}

void TestEmbeddings::requestShapeAndUrl()
{
    QFETCH(int, kind);
    QFETCH(QString, path);
    QFETCH(QString, model);
    useEndpoint(Endpoint::Kind(kind));
    const EmbeddingJob::Result result = runJob({ u"alpha beta"_s, u"gamma"_s }, 256, model);
    QVERIFY(result.ok());
    QCOMPARE(m_server->requestCount(), 1);
    const FakeServer::Request request = m_server->requests().constFirst();
    QCOMPARE(request.path, path.toUtf8());
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer test-key"));
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("model"_L1).toString(), model); // openai-kind: as typed
    QCOMPARE(body.value("input"_L1).toArray().size(), 2);
    QCOMPARE(body.value("encoding_format"_L1).toString(), u"base64"_s);
    QCOMPARE(body.value("dimensions"_L1).toInt(), 256);
    QCOMPARE(result.vectors.size(), 2);
    QCOMPARE(result.vectors.at(0).size(), 256);
    QCOMPARE(result.promptTokens, 3);
}

void TestEmbeddings::floatAndBase64AreTheSameVectors()
{
    EmbeddingsRequest request;
    request.model = EmbeddingJob::defaultModel();
    request.inputs = { u"the quick brown fox"_s };
    request.dimensions = 64;
    QList<QList<float>> answers;
    for (const bool base64 : { false, true }) {
        request.base64 = base64;
        JsonReply *reply = m_client->embeddings(request);
        QSignalSpy finished(reply, &JsonReply::finished);
        QVERIFY(finished.wait(10000));
        EmbeddingsReply parsed;
        ApiError error;
        QVERIFY(EmbeddingsReply::parse(finished.constFirst().constFirst().toJsonDocument(), 1,
                                       &parsed, &error));
        answers.append(parsed.vectors.constFirst());
    }
    QCOMPARE(answers.at(0).size(), 64);
    for (qsizetype i = 0; i < 64; ++i)
        QVERIFY(std::abs(answers.at(0).at(i) - answers.at(1).at(i)) < 1e-6);
    QCOMPARE(answers.at(1),
             FakeEmbeddings::vectorFor(request.model, request.inputs.constFirst(), 64));
}

void TestEmbeddings::sharedWordsAreNearer()
{
    const EmbeddingJob::Result result
        = runJob({ u"how to prune apple trees in winter"_s, u"pruning apple trees"_s,
                   u"the river engine stalls at high speed"_s },
                 512);
    QVERIFY(result.ok());
    const double near = cosine(result.vectors.at(0), result.vectors.at(1));
    const double far = cosine(result.vectors.at(0), result.vectors.at(2));
    QVERIFY2(near > far + 0.2, qPrintable(u"near %1, far %2"_s.arg(near).arg(far)));
    QVERIFY(std::abs(cosine(result.vectors.at(0), result.vectors.at(0)) - 1.0) < 1e-5);
}

void TestEmbeddings::dimensionsAreHonoured()
{
    for (const int size : { 32, 1024, 2048 }) {
        const EmbeddingJob::Result result = runJob({ u"text"_s }, size);
        QVERIFY(result.ok());
        QCOMPARE(result.vectors.constFirst().size(), size);
    }
    const EmbeddingJob::Result native = runJob({ u"text"_s }, 0);
    QCOMPARE(native.vectors.constFirst().size(), FakeEmbeddings::NativeDimensions);
}

void TestEmbeddings::tooFewDimensionsIsRefused()
{
    const EmbeddingJob::Result result = runJob({ u"text"_s }, 8);
    QCOMPARE(result.error.kind, ApiError::Kind::InvalidRequest);
    QVERIFY2(result.error.message.contains(u"dimensions"_s), qPrintable(result.error.message));
    QCOMPARE(m_server->requestCount(), 1); // a 422 is not retried
    QVERIFY(result.vectors.constFirst().isEmpty());
}

void TestEmbeddings::batchesAreConcurrentAndBounded()
{
    QStringList inputs;
    for (int i = 0; i < 100; ++i)
        inputs << u"passage number %1 about topic %2"_s.arg(i).arg(i % 7);
    m_server->setDefaultFault(u"slow-first=50"_s);
    int inFlight = 0;
    int most = 0;
    EmbeddingJob job(m_client.get(), EmbeddingJob::defaultModel(), inputs, 64);
    job.setBatchSize(10);
    job.setMaxInFlight(3);
    connect(m_server.get(), &FakeServer::requestReceived, this, [&] {
        ++inFlight;
        most = std::max(most, inFlight);
    });
    connect(&job, &EmbeddingJob::progress, this, [&] { --inFlight; });
    QSignalSpy finished(&job, &EmbeddingJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    QVERIFY(job.result().ok());
    QCOMPARE(m_server->requestCount(), 10);
    QVERIFY2(most <= 3 && most >= 2, qPrintable(QString::number(most)));
    for (qsizetype i = 0; i < inputs.size(); ++i)
        QCOMPARE(job.result().vectors.at(i),
                 FakeEmbeddings::vectorFor(EmbeddingJob::defaultModel(), inputs.at(i), 64));
}

void TestEmbeddings::transientFaultIsRetried()
{
    m_server->enqueueFault(u"status=503"_s);
    m_server->enqueueFault(u"status=429,retry-after=0"_s);
    const EmbeddingJob::Result result = runJob({ u"one"_s, u"two"_s });
    QVERIFY(result.ok());
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(result.vectors.size(), 2);
}

void TestEmbeddings::authFailureStopsTheJob()
{
    m_server->setRequiredKey("another-key");
    QStringList inputs;
    for (int i = 0; i < 50; ++i)
        inputs << u"text %1"_s.arg(i);
    const EmbeddingJob::Result result = runJob(inputs, 0, EmbeddingJob::defaultModel(), 5);
    QCOMPARE(result.error.kind, ApiError::Kind::Auth);
    QVERIFY(m_server->requestCount() <= EmbeddingJob::DefaultMaxInFlight);
}

void TestEmbeddings::unreadableReply()
{
    m_server->setDefaultFault(u"malformed"_s);
    const EmbeddingJob::Result result = runJob({ u"one"_s });
    QVERIFY(result.error.isError());
    QVERIFY(result.vectors.constFirst().isEmpty());
}

void TestEmbeddings::costFromDocumentedPrice()
{
    const EmbeddingJob::Result result = runJob({ u"one two three"_s, u"four"_s });
    QCOMPARE(result.promptTokens, 4);
    QVERIFY(result.cost);
    QVERIFY(std::abs(*result.cost - 4 * 0.002e-6) < 1e-15);
    const EmbeddingJob::Result unknown = runJob({ u"x"_s }, 0, u"some/unknown-embedder"_s);
    QVERIFY(unknown.ok());
    QVERIFY(!unknown.cost);
}

void TestEmbeddings::emptyInputFinishes()
{
    const EmbeddingJob::Result result = runJob({});
    QVERIFY(result.ok());
    QCOMPARE(m_server->requestCount(), 0);
}

QTEST_GUILESS_MAIN(TestEmbeddings)
#include "tst_embeddings.moc"
