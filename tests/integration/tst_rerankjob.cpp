#include "api/apiclient.h"
#include "fakeserver.h"
#include "rerank/rerankjob.h"
#include "rerank/rerankrun.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Small = u"Qwen/Qwen3-Reranker-0.6B"_s;
const QString Medium = u"Qwen/Qwen3-Reranker-4B"_s;
const QString Large = u"Qwen/Qwen3-Reranker-8B"_s;

RerankSet makeSet(int documents, int batchSize = 64)
{
    static const QStringList words{ u"apple"_s,  u"river"_s, u"orchard"_s, u"harvest"_s,
                                    u"engine"_s, u"stone"_s, u"cider"_s,   u"tree"_s };
    RerankSet set;
    set.query = u"apple orchard harvest"_s;
    set.batchSize = batchSize;
    for (int i = 0; i < documents; ++i) {
        QString text = u"document %1:"_s.arg(i);
        for (int w = 0; w < 1 + i % 5; ++w)
            text += u' ' + words.at((i * 7 + w * 3) % words.size());
        set.documents << RerankDocument{ text, -1 };
    }
    return set;
}

// Scored indices, sorted order and uniqueness of one result.
void checkRanked(const RerankResult &result, int expectedCount)
{
    QCOMPARE(result.ranked.size(), expectedCount);
    QSet<int> seen;
    for (qsizetype i = 0; i < result.ranked.size(); ++i) {
        const RerankScore &s = result.ranked.at(i);
        QVERIFY(!seen.contains(s.index));
        seen.insert(s.index);
        QVERIFY(s.score >= 0.0 && s.score <= 1.0);
        if (i > 0) {
            const RerankScore &previous = result.ranked.at(i - 1);
            QVERIFY(previous.score > s.score
                    || (previous.score == s.score && previous.index < s.index));
        }
    }
}

} // namespace

class TestRerankJob : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void threeModelsThousandDocuments();
    void atMostFourRequestsInFlight();
    void nativeRequestShape();
    void bodiesCarryTextExactly_data();
    void bodiesCarryTextExactly();
    void utf8TextsGoOutAsTheirText_data();
    void utf8TextsGoOutAsTheirText();
    void transientFaultIsRetried();
    void permanentFaultKeepsOtherBatches();
    void unreadableReplyLeavesBatchUnscored();
    void failingModelDoesNotAffectOthers();
    void cohereEndpoint();
    void topNIsAppliedOnTheClient();
    void cohereResultOrders_data();
    void cohereResultOrders();
    void cancelKeepsWhatWasScored();
    void missingKeySendsNothing();
    void emptySetFinishes();

private:
    void useEndpoint(Endpoint::Kind kind);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestRerankJob::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_client = makeJobTestClient();
    useEndpoint(Endpoint::Kind::DeepInfra);
}

void TestRerankJob::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestRerankJob::useEndpoint(Endpoint::Kind kind)
{
    pointAt(m_client.get(), *m_server, kind);
}

void TestRerankJob::threeModelsThousandDocuments()
{
    RerankSet set = makeSet(1000, 64);
    set.models = { Small, Medium, Large };
    RerankRun run(m_client.get(), set);
    QSignalSpy finished(&run, &RerankRun::finished);
    QSignalSpy modelProgress(&run, &RerankRun::modelProgress);
    QSignalSpy progress(&run, &RerankRun::progress);
    run.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.size(), 1);

    const QList<RerankResult> results
        = finished.constFirst().constFirst().value<QList<RerankResult>>();
    QCOMPARE(results.size(), 3);
    for (qsizetype m = 0; m < results.size(); ++m) {
        const RerankResult &r = results.at(m);
        QCOMPARE(r.model, set.models.at(m));
        QCOMPARE(r.state, RerankResult::State::Complete);
        QVERIFY(r.unscored.isEmpty());
        QCOMPARE(r.documentCount, 1000);
        checkRanked(r, 1000);
        QVERIFY(r.inputTokens > 0);
        // The native reply reports its cost: summed, not estimated.
        QVERIFY(r.cost.has_value());
        QVERIFY(*r.cost > 0);
        QVERIFY(!r.costEstimated);
        QVERIFY(r.latencyMs >= 0);
    }
    // The models score differently: the rankings are not all identical.
    QVERIFY(results.at(0).ranked != results.at(2).ranked);
    // 16 batches of 64 (the last one 40) per model.
    QCOMPARE(m_server->requestCount(), 3 * 16);
    // Each model's progress reached its total; the run's progress reached models × documents.
    QHash<QString, int> lastDone;
    for (const QList<QVariant> &args : std::as_const(modelProgress)) {
        QCOMPARE(args.at(2).toInt(), 1000);
        lastDone[args.at(0).toString()] = args.at(1).toInt();
    }
    QCOMPARE(lastDone.value(Small), 1000);
    QCOMPARE(lastDone.value(Medium), 1000);
    QCOMPARE(lastDone.value(Large), 1000);
    QCOMPARE(progress.constLast().at(0).toInt(), 3000);
    QCOMPARE(progress.constLast().at(1).toInt(), 3000);
    QCOMPARE(run.results().size(), 3);
}

void TestRerankJob::atMostFourRequestsInFlight()
{
    // Every reply waits 100 ms, so all requests the job allows are open at the same time.
    m_server->setDefaultFault(u"slow-first=100"_s);
    RerankJob job(m_client.get(), makeSet(1000, 64), Small);
    int received = 0;
    int answered = 0;
    int maxOpen = 0;
    connect(m_server.get(), &FakeServer::requestReceived, this, [&] {
        ++received;
        maxOpen = std::max(maxOpen, received - answered);
    });
    QList<int> firsts;
    connect(&job, &RerankJob::batchFinished, this, [&](int first, int count) {
        ++answered;
        firsts << first;
        QVERIFY(count == 64 || (first == 960 && count == 40));
    });
    QSignalSpy progress(&job, &RerankJob::progress);
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(maxOpen, RerankJob::DefaultMaxInFlight);
    QCOMPARE(received, 16);
    QCOMPARE(answered, 16);
    std::sort(firsts.begin(), firsts.end());
    for (int i = 0; i < firsts.size(); ++i)
        QCOMPARE(firsts.at(i), i * 64);
    QCOMPARE(progress.size(), 16);
    QCOMPARE(progress.constLast().at(0).toInt(), 1000);
    QCOMPARE(progress.constLast().at(1).toInt(), 1000);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toInt() > progress.at(i - 1).at(0).toInt());
    checkRanked(job.result(), 1000);
}

void TestRerankJob::nativeRequestShape()
{
    RerankSet set = makeSet(10, 4);
    set.instruction = u"Find documents about fruit"_s;
    RerankJob job(m_client.get(), set, u"deepinfra/"_s + Small);
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.result().state, RerankResult::State::Complete);
    const QList<FakeServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 3); // 4 + 4 + 2
    QSet<int> sizes;
    for (const FakeServer::Request &request : requests) {
        QCOMPARE(request.method, QByteArray("POST"));
        // LiteLLM's provider prefix is stripped for DeepInfra's own URL.
        QCOMPARE(request.path, QByteArray("/v1/inference/Qwen/Qwen3-Reranker-0.6B"));
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer test-key"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonArray queries = body.value(u"queries"_s).toArray();
        const QJsonArray documents = body.value(u"documents"_s).toArray();
        QCOMPARE(queries.size(), documents.size());
        for (const QJsonValue &q : queries)
            QCOMPARE(q.toString(), set.query);
        QCOMPARE(body.value(u"instruction"_s).toString(), set.instruction);
        sizes.insert(int(documents.size()));
        const int first = documents.first().toString().section(u':', 0, 0).mid(9).toInt();
        QCOMPARE(documents.first().toString(), set.documents.at(first).text);
    }
    QCOMPARE(sizes, (QSet<int>{ 4, 2 }));
    checkRanked(job.result(), 10);
}

void TestRerankJob::bodiesCarryTextExactly_data()
{
    QTest::addColumn<Endpoint::Kind>("kind");
    QTest::newRow("native") << Endpoint::Kind::DeepInfra;
    QTest::newRow("cohere") << Endpoint::Kind::OpenAI;
}

void TestRerankJob::bodiesCarryTextExactly()
{
    // Bodies are written without QJsonDocument (JsonText): text that needs escaping must reach
    // the server unchanged, and the bytes must be what QJsonDocument would have written.
    QFETCH(Endpoint::Kind, kind);
    useEndpoint(kind);
    RerankSet set;
    set.query = u"\"quoted\" C:\\dir\n\ttab \u00e9t\u00e9 \u4e2d\u6587 \U0001F600"_s;
    set.instruction = u"Judge \"relevance\"\r\n\\ strictly\x01"_s;
    set.batchSize = 3;
    set.documents
        = { { u"plain"_s, -1 },
            { u"back\\slash \"and\" quote"_s, -1 },
            { QString(u"nul\0bell\abs\bff\fesc\x1b end"_s), -1 },
            { u"Gr\u00fc\u00dfe \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u2028"_s, -1 },
            { QString(), -1 } };
    RerankJob job(m_client.get(), set, Small);
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.result().state, RerankResult::State::Complete);
    const QList<FakeServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 2);
    QStringList received;
    for (const FakeServer::Request &request : requests) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        const QJsonArray documents = body.value(u"documents"_s).toArray();
        for (const QJsonValue &document : documents)
            received << document.toString();
        QCOMPARE(body.value(u"instruction"_s).toString(), set.instruction);
        QJsonObject expected{ { u"documents"_s, documents },
                              { u"instruction"_s, set.instruction } };
        if (kind == Endpoint::Kind::OpenAI) {
            QCOMPARE(body.value(u"query"_s).toString(), set.query);
            expected.insert(u"model"_s, Small);
            expected.insert(u"query"_s, set.query);
        } else {
            QJsonArray queries;
            for (qsizetype i = 0; i < documents.size(); ++i)
                queries.append(set.query);
            QCOMPARE(body.value(u"queries"_s).toArray(), queries);
            expected.insert(u"queries"_s, queries);
        }
        QCOMPARE(request.body, QJsonDocument(expected).toJson(QJsonDocument::Compact));
    }
    QStringList sent;
    for (const RerankDocument &document : std::as_const(set.documents))
        sent << document.text;
    QCOMPARE(received, sent);
}

void TestRerankJob::utf8TextsGoOutAsTheirText_data()
{
    bodiesCarryTextExactly_data();
}

void TestRerankJob::utf8TextsGoOutAsTheirText()
{
    // The evaluation runner hands the texts over in UTF-8 (setUtf8Texts): the bodies must be
    // byte for byte what the same texts as QString give, bytes that are not UTF-8 included
    // (sent as QString::fromUtf8 reads them). Without a ranked list the job still completes.
    QFETCH(Endpoint::Kind, kind);
    useEndpoint(kind);
    const QList<QByteArray> utf8{ "plain",
                                  "back\\slash \"and\" quote",
                                  QByteArray("nul\0bell\abs\bff\fesc\x1b end", 23),
                                  "Gr\xc3\xbc\xc3\x9f \xe4\xb8\xad \xe2\x80\xa8",
                                  "bad \xff\xfe \xc3 and \xed\xa0\x80 end",
                                  QByteArray() };
    RerankSet set;
    set.query = u"apple \"orchard\""_s;
    set.instruction = u"Judge"_s;
    set.batchSize = 4;
    for (const QByteArray &text : utf8)
        set.documents << RerankDocument{ QString::fromUtf8(text), -1 };
    const auto bodies = [this](const RerankSet &documents, const QList<QByteArray> &texts) {
        const qsizetype before = m_server->requests().size();
        RerankJob job(m_client.get(), documents, Small);
        if (!texts.isEmpty()) {
            job.setUtf8Texts(texts);
            job.setKeepRanking(false); // as the evaluation runner does: no ranked list
        }
        QSignalSpy finished(&job, &RerankJob::finished);
        job.start();
        if (!finished.wait(10000) || job.result().state != RerankResult::State::Complete
            || job.result().ranked.size() != (texts.isEmpty() ? documents.documents.size() : 0))
            return QList<QByteArray>();
        QList<QByteArray> sent;
        for (const FakeServer::Request &request : m_server->requests().mid(before))
            sent << request.body;
        std::sort(sent.begin(), sent.end());
        return sent;
    };
    const QList<QByteArray> expected = bodies(set, {});
    QCOMPARE(expected.size(), 2);
    RerankSet counted = set;
    for (RerankDocument &document : counted.documents)
        document.text.clear();
    QCOMPARE(bodies(counted, utf8), expected);
}

void TestRerankJob::transientFaultIsRetried()
{
    m_server->enqueueFault(u"status=503"_s);
    RerankJob job(m_client.get(), makeSet(1000, 64), Medium);
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    QVERIFY(finished.wait(60000));
    const RerankResult result = finished.constFirst().constFirst().value<RerankResult>();
    QCOMPARE(result.state, RerankResult::State::Complete);
    checkRanked(result, 1000);
    QCOMPARE(m_server->requestCount(), 16 + 1);
}

void TestRerankJob::permanentFaultKeepsOtherBatches()
{
    // One request at a time, so the first batch takes every queued fault: 1 try + 3 retries.
    for (int i = 0; i <= m_client->policy().maxRetries; ++i)
        m_server->enqueueFault(u"status=503"_s);
    RerankJob job(m_client.get(), makeSet(200, 50), Small);
    job.setMaxInFlight(1);
    QSignalSpy finished(&job, &RerankJob::finished);
    QSignalSpy progress(&job, &RerankJob::progress);
    job.start();
    QVERIFY(finished.wait(30000));
    const RerankResult result = job.result();
    QCOMPARE(result.state, RerankResult::State::Partial);
    checkRanked(result, 150);
    QCOMPARE(result.unscored.size(), 50);
    for (int i = 0; i < 50; ++i) {
        QCOMPARE(result.unscored.at(i).index, i);
        QCOMPARE(result.unscored.at(i).error.kind, ApiError::Kind::Server);
        QCOMPARE(result.unscored.at(i).error.httpStatus, 503);
    }
    for (const RerankScore &s : result.ranked)
        QVERIFY(s.index >= 50);
    QCOMPARE(result.firstError().httpStatus, 503);
    QCOMPARE(progress.constLast().at(0).toInt(), 200);
    QCOMPARE(m_server->requestCount(), 4 + 3);
    // What was scored is still paid for.
    QVERIFY(result.cost.has_value() && *result.cost > 0);
}

void TestRerankJob::unreadableReplyLeavesBatchUnscored()
{
    m_server->enqueueFault(u"notjson"_s);
    RerankJob job(m_client.get(), makeSet(30, 10), Small);
    job.setMaxInFlight(1);
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(job.result().state, RerankResult::State::Partial);
    QCOMPARE(job.result().unscored.size(), 10);
    QCOMPARE(job.result().unscored.constFirst().error.kind, ApiError::Kind::Protocol);
    checkRanked(job.result(), 20);
}

void TestRerankJob::failingModelDoesNotAffectOthers()
{
    RerankSet set = makeSet(300, 64);
    set.models = { Small, u"fault/status=500"_s };
    RerankRun run(m_client.get(), set);
    QSignalSpy modelFinished(&run, &RerankRun::modelFinished);
    QSignalSpy finished(&run, &RerankRun::finished);
    run.start();
    QVERIFY(finished.wait(60000));
    QCOMPARE(modelFinished.size(), 2);
    const QList<RerankResult> results = run.results();
    QCOMPARE(results.at(0).state, RerankResult::State::Complete);
    checkRanked(results.at(0), 300);
    const RerankResult &failed = results.at(1);
    QCOMPARE(failed.state, RerankResult::State::Failed);
    QVERIFY(failed.ranked.isEmpty());
    QCOMPARE(failed.unscored.size(), 300);
    QCOMPARE(failed.firstError().kind, ApiError::Kind::Server);
    QVERIFY(!failed.cost.has_value());
    QCOMPARE(failed.inputTokens, 0);
}

void TestRerankJob::cohereEndpoint()
{
    useEndpoint(Endpoint::Kind::OpenAI);
    RerankSet set = makeSet(150, 64);
    set.instruction = u"Be strict"_s;
    const QString proxyModel = u"deepinfra/"_s + Small; // LiteLLM's name, sent unchanged
    RerankJob job(m_client.get(), set, proxyModel);
    ModelInfo info;
    info.id = Small;
    info.priceInPerMTok = 0.01;
    job.setModelInfo(info);
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    QVERIFY(finished.wait(30000));
    const RerankResult result = job.result();
    QCOMPARE(result.state, RerankResult::State::Complete);
    checkRanked(result, 150);
    QVERIFY(result.inputTokens > 0);
    // Cohere's shape has no cost: estimated from the price.
    QVERIFY(result.costEstimated);
    QVERIFY(result.cost.has_value());
    QVERIFY(qFuzzyCompare(*result.cost, double(result.inputTokens) * 0.01 / 1e6));

    const QList<FakeServer::Request> requests = m_server->requests();
    QCOMPARE(requests.size(), 3);
    for (const FakeServer::Request &request : requests) {
        QCOMPARE(request.path, QByteArray("/rerank"));
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        QCOMPARE(body.value(u"model"_s).toString(), proxyModel);
        QCOMPARE(body.value(u"query"_s).toString(), set.query);
        QCOMPARE(body.value(u"instruction"_s).toString(), set.instruction);
        QVERIFY(!body.contains(u"queries"_s));
    }

    // Same documents through the native route score the same: indices were mapped right.
    useEndpoint(Endpoint::Kind::DeepInfra);
    RerankJob native(m_client.get(), set, Small);
    QSignalSpy nativeFinished(&native, &RerankJob::finished);
    native.start();
    QVERIFY(nativeFinished.wait(30000));
    QCOMPARE(native.result().ranked, result.ranked);

    // Without a price there is no cost to show.
    useEndpoint(Endpoint::Kind::OpenAI);
    RerankJob unpriced(m_client.get(), makeSet(5, 64), u"custom/reranker"_s);
    QSignalSpy unpricedFinished(&unpriced, &RerankJob::finished);
    unpriced.start();
    QVERIFY(unpricedFinished.wait(10000));
    QCOMPARE(unpriced.result().state, RerankResult::State::Complete);
    QVERIFY(!unpriced.result().cost.has_value());
}

void TestRerankJob::topNIsAppliedOnTheClient()
{
    RerankSet all = makeSet(100, 16);
    RerankJob full(m_client.get(), all, Large);
    QSignalSpy fullFinished(&full, &RerankJob::finished);
    full.start();
    QVERIFY(fullFinished.wait(10000));

    RerankSet top = all;
    top.topN = 5;
    RerankJob cut(m_client.get(), top, Large);
    QSignalSpy cutFinished(&cut, &RerankJob::finished);
    cut.start();
    QVERIFY(cutFinished.wait(10000));
    QCOMPARE(cut.result().ranked, full.result().ranked.first(5));
    QCOMPARE(cut.result().state, RerankResult::State::Complete);
    for (const FakeServer::Request &request : m_server->requests())
        QVERIFY(!QJsonDocument::fromJson(request.body).object().contains(u"top_n"_s));
}

void TestRerankJob::cohereResultOrders_data()
{
    QTest::addColumn<FakeFault>("fault");
    QTest::newRow("sorted by score (Cohere)")
        << FakeFault{ .rerankOrder = FakeFault::RerankOrder::Score };
    QTest::newRow("input order, top_n ignored (LiteLLM's DeepInfra)")
        << FakeFault{ .rerankOrder = FakeFault::RerankOrder::Input, .ignoreTopN = true };
    QTest::newRow("reversed indices")
        << FakeFault{ .rerankOrder = FakeFault::RerankOrder::Reversed };
    QTest::newRow("sorted, on a kept-alive connection")
        << FakeFault{ .keepAlive = true, .rerankOrder = FakeFault::RerankOrder::Score };
}

void TestRerankJob::cohereResultOrders()
{
    QFETCH(FakeFault, fault);
    // The reference: native scores, which come in document order by definition.
    RerankSet set = makeSet(150, 64);
    set.topN = 10;
    RerankJob native(m_client.get(), set, Small);
    QSignalSpy nativeFinished(&native, &RerankJob::finished);
    native.start();
    QVERIFY(nativeFinished.wait(30000));

    useEndpoint(Endpoint::Kind::OpenAI);
    m_server->setDefaultFault(fault);
    RerankJob proxy(m_client.get(), set, Small);
    QSignalSpy finished(&proxy, &RerankJob::finished);
    proxy.start();
    QVERIFY(finished.wait(30000));
    const RerankResult result = proxy.result();
    QCOMPARE(result.state, RerankResult::State::Complete);
    QVERIFY(result.unscored.isEmpty());
    // Whatever order the proxy answers in, each score lands on its own document.
    QCOMPARE(result.ranked, native.result().ranked);
    checkRanked(result, 10);
}

void TestRerankJob::cancelKeepsWhatWasScored()
{
    m_server->setDefaultFault(u"slow-first=300"_s);
    RerankJob job(m_client.get(), makeSet(1000, 64), Small);
    QSignalSpy received(m_server.get(), &FakeServer::requestReceived);
    QSignalSpy finished(&job, &RerankJob::finished);
    QSignalSpy batches(&job, &RerankJob::batchFinished);
    job.start();
    QVERIFY(received.wait(10000));
    job.cancel();
    QCOMPARE(finished.size(), 1); // at once, not when the server answers
    const RerankResult result = job.result();
    QCOMPARE(result.state, RerankResult::State::Cancelled);
    QCOMPARE(result.ranked.size() + result.unscored.size(), 1000);
    QCOMPARE(result.unscored.constLast().error.kind, ApiError::Kind::Cancelled);
    QVERIFY(!job.isRunning());
    // Nothing follows once the replies were due: no batch, no second finished(), and no request
    // beyond those already on the wire when cancel() ran (16 batches would follow otherwise).
    QVERIFY(!batches.wait(600));
    QCOMPARE(finished.size(), 1);
    QVERIFY(m_server->requestCount() <= RerankJob::DefaultMaxInFlight);
    job.cancel(); // a second cancel is harmless
    QCOMPARE(finished.size(), 1);
}

void TestRerankJob::missingKeySendsNothing()
{
    m_client->setApiKey({});
    RerankSet set = makeSet(500, 64);
    set.models = { Small, Medium };
    RerankRun run(m_client.get(), set);
    QSignalSpy finished(&run, &RerankRun::finished);
    run.start();
    QVERIFY(finished.wait(10000));
    for (const RerankResult &result : run.results()) {
        QCOMPARE(result.state, RerankResult::State::Failed);
        QCOMPARE(result.unscored.size(), 500);
        QCOMPARE(result.firstError().kind, ApiError::Kind::NoKey);
    }
    QCOMPARE(m_server->requestCount(), 0);
}

void TestRerankJob::emptySetFinishes()
{
    RerankJob job(m_client.get(), RerankSet{}, Small);
    QSignalSpy finished(&job, &RerankJob::finished);
    job.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(job.result().state, RerankResult::State::Complete);
    QVERIFY(job.result().ranked.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);

    RerankRun run(m_client.get(), RerankSet{});
    QSignalSpy runFinished(&run, &RerankRun::finished);
    run.start();
    QVERIFY(runFinished.wait(5000));
}

QTEST_GUILESS_MAIN(TestRerankJob)
#include "tst_rerankjob.moc"
