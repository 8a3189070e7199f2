#include "api/apiclient.h"
#include "eval/agreement.h"
#include "eval/judge.h"
#include "fakeserver.h"
#include "models/modelcatalog.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Model = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;

// What the fake server answers for a pair (tests/fakeserver: share of query words in the doc).
struct Pair
{
    QString query;
    QString doc;
    int expected; // the fake judge's grade; −1: unparseable
};

} // namespace

// Judge labels (issue 14) against the fake server: suggested grades from a chat model.
class TestJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen());
        m_client = std::make_unique<ApiClient>();
        m_client->setApiKey(u"test-key"_s);
        RequestPolicy policy;
        policy.backoffBaseMs = 10;
        policy.backoffMaxMs = 40;
        m_client->setPolicy(policy);
        Endpoint endpoint;
        endpoint.name = u"Fake"_s;
        endpoint.kind = Endpoint::Kind::DeepInfra;
        endpoint.baseUrl = QUrl(m_server->baseUrl() + u"/v1/openai"_s);
        m_client->setEndpoint(endpoint);

        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
        m_store = std::make_unique<EvalStore>(m_db.get());
        m_setId = m_store->createSet(u"judge"_s);
        QVERIFY(m_setId > 0);
        // q1: four candidates, d1 judged by a person (grade 3).
        // q2: three candidates, none judged; d7 has no grade in the reply.
        QVERIFY(m_store->addQuery(m_setId, 0, { u"q1"_s, u"red apple pie recipe"_s, {} }));
        QVERIFY(m_store->addQuery(m_setId, 1, { u"q2"_s, u"solar panel cost"_s, {} }));
        const QList<Eval::Document> docs{
            { u"d1"_s, u"Pie"_s, u"A red apple pie recipe with cinnamon."_s }, // 4/4 → 3
            { u"d2"_s, {}, u"Apple pie, baked."_s },                           // 2/4 → 2
            { u"d3"_s, {}, u"How to plant an apple tree."_s },                 // 1/4 → 1
            { u"d4"_s, {}, u"Stock market news."_s },                          // 0 → 0
            { u"d5"_s, {}, u"The cost of a solar panel in 2024."_s },          // 3/3 → 3
            { u"d6"_s, {}, u"Solar eclipses explained."_s },                   // 1/3 → 1
            { u"d7"_s, {}, u"Solar panel cost [unjudgeable]"_s },              // no grade
        };
        for (const Eval::Document &doc : docs)
            QVERIFY(m_store->addDocument(m_setId, doc));
        QVERIFY(m_store->setJudgment(m_setId, u"q1"_s, u"d1"_s, 3));
        QVERIFY(m_store->setCandidates(m_setId, u"q1"_s,
                                       { { u"d1"_s, 1, 0.9 },
                                         { u"d2"_s, 2, 0.8 },
                                         { u"d3"_s, 3, 0.7 },
                                         { u"d4"_s, 4, 0.6 } }));
        QVERIFY(m_store->setCandidates(
            m_setId, u"q2"_s, { { u"d5"_s, 1, 0.9 }, { u"d6"_s, 2, 0.8 }, { u"d7"_s, 3, 0.7 } }));

        ModelInfo priced;
        priced.id = Model;
        priced.type = ModelInfo::Type::Chat;
        priced.priceInPerMTok = 1.0;
        priced.priceOutPerMTok = 2.0;
        m_catalog.mergeLive({ priced });
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
        m_client.reset();
        m_server.reset();
    }

    void storesSuggestedGrades()
    {
        Judge judge(m_client.get(), m_store.get(), m_setId, Model, &m_catalog);
        judge.setMaxInFlight(2);
        const Judge::Estimate estimate = judge.prepare();
        QCOMPARE(estimate.queries, 2);
        QCOMPARE(estimate.candidates, 7);
        QCOMPARE(estimate.humanJudged, 1);
        QCOMPARE(estimate.alreadySuggested, 0);
        QCOMPARE(estimate.toAsk, 6);            // every candidate but the judged d1
        QVERIFY(estimate.inputTokens > 6 * 50); // the system prompt is ~100 tokens
        QCOMPARE(estimate.outputTokens, 6 * Judge::ReplyTokens);
        QVERIFY(estimate.cost);
        QCOMPARE(*estimate.cost, (estimate.inputTokens * 1.0 + estimate.outputTokens * 2.0) / 1e6);
        QCOMPARE(m_server->requestCount(), 0); // estimating sends nothing

        QSignalSpy progress(&judge, &Judge::progress);
        QSignalSpy finished(&judge, &Judge::finished);
        judge.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        const Judge::Outcome outcome = judge.outcome();
        QCOMPARE(outcome.asked, 6);
        QCOMPARE(outcome.stored, 5);
        QCOMPARE(outcome.unparseable, 1);
        QCOMPARE(outcome.failed, 0);
        QVERIFY(!outcome.cancelled);
        QCOMPARE(outcome.unparseableReplies.size(), 1);
        QVERIFY(outcome.promptTokens > 0);
        QVERIFY(outcome.cost && *outcome.cost > 0);
        QCOMPARE(m_server->requestCount(), 6);
        const auto last = progress.constLast().at(0).value<Judge::Progress>();
        QCOMPARE(last.done, 6);
        QCOMPARE(last.total, 6);
        QCOMPARE(last.stored, 5);

        // The request: non-streaming, the system prompt and the rendered template.
        const QJsonObject body
            = QJsonDocument::fromJson(m_server->requests().constFirst().body).object();
        QCOMPARE(body.value("stream"_L1).toBool(true), false);
        QCOMPARE(body.value("model"_L1).toString(), Model);
        const QJsonArray messages = body.value("messages"_L1).toArray();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages.at(0)["content"_L1].toString(), JudgePrompt::defaultSystemPrompt());
        QVERIFY(
            messages.at(1)["content"_L1].toString().contains(u"<query>\nred apple pie recipe"_s));

        const Eval::Qrels suggested = m_store->qrels(m_setId, Eval::JudgmentSource::Suggested);
        QCOMPARE(suggested.value(u"q1"_s).value(u"d2"_s, -9), 2);
        QCOMPARE(suggested.value(u"q1"_s).value(u"d3"_s, -9), 1);
        QCOMPARE(suggested.value(u"q1"_s).value(u"d4"_s, -9), 0);
        QCOMPARE(suggested.value(u"q2"_s).value(u"d5"_s, -9), 3);
        QCOMPARE(suggested.value(u"q2"_s).value(u"d6"_s, -9), 1);
        QVERIFY(!suggested.value(u"q2"_s).contains(u"d7"_s)); // unparseable: not stored
        QVERIFY(!suggested.value(u"q1"_s).contains(u"d1"_s)); // judged by a person
        // Human grades are untouched.
        QCOMPARE(m_store->qrels(m_setId).value(u"q1"_s).size(), 1);
    }

    void resumeSkipsDonePairs()
    {
        {
            Judge first(m_client.get(), m_store.get(), m_setId, Model);
            first.setLimit(2);
            QCOMPARE(first.prepare().toAsk, 2);
            QSignalSpy finished(&first, &Judge::finished);
            first.start();
            QVERIFY(finished.wait(30000));
            QCOMPARE(first.outcome().stored, 2);
        }
        m_server->clearRequests();
        Judge again(m_client.get(), m_store.get(), m_setId, Model);
        const Judge::Estimate estimate = again.prepare();
        QCOMPARE(estimate.alreadySuggested, 2);
        QCOMPARE(estimate.toAsk, 4);
        QSignalSpy finished(&again, &Judge::finished);
        again.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_server->requestCount(), 4);
        // Nothing left but the unparseable pair, which is asked again.
        Judge third(m_client.get(), m_store.get(), m_setId, Model);
        QCOMPARE(third.prepare().toAsk, 1);
    }

    void cancelKeepsWhatFinished()
    {
        // Two at a time; cancelled when the first grade is stored, the other request in flight
        // ends cancelled.
        Judge judge(m_client.get(), m_store.get(), m_setId, Model);
        judge.setMaxInFlight(2);
        judge.prepare();
        QSignalSpy progress(&judge, &Judge::progress);
        QSignalSpy finished(&judge, &Judge::finished);
        connect(&judge, &Judge::progress, &judge, [&judge](const Judge::Progress &p) {
            if (p.stored == 1)
                judge.cancel();
        });
        judge.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.size(), 1);
        const Judge::Outcome outcome = judge.outcome();
        QVERIFY(outcome.cancelled);
        QCOMPARE(outcome.stored, 1);
        QCOMPARE(outcome.notAsked, 5); // the one in flight and the four never sent
        QVERIFY(m_server->requestCount() <= 2);
        QCOMPARE(m_store->qrels(m_setId, Eval::JudgmentSource::Suggested).value(u"q1"_s).size(), 1);
        // finished() comes once, even when cancelled again.
        judge.cancel();
        QCOMPARE(finished.size(), 1);
    }

    // start() without prepare(): the set is read on a worker first, prepared() says what will be
    // sent, then the requests go; cancel() while it reads finishes at once and sends nothing.
    void startPreparesInTheBackground()
    {
        {
            Judge judge(m_client.get(), m_store.get(), m_setId, Model);
            QSignalSpy prepared(&judge, &Judge::prepared);
            QSignalSpy finished(&judge, &Judge::finished);
            judge.start();
            QVERIFY(judge.isRunning());
            QVERIFY(judge.isPreparing());
            QCOMPARE(m_server->requestCount(), 0);
            judge.cancel();
            QCOMPARE(finished.size(), 1);
            QVERIFY(judge.outcome().cancelled);
            QVERIFY(!judge.isRunning());
            QThreadPool::globalInstance()->waitForDone();
            QCoreApplication::processEvents();
            QCOMPARE(prepared.size(), 0);
            QCOMPARE(m_server->requestCount(), 0);
        }
        Judge judge(m_client.get(), m_store.get(), m_setId, Model);
        QSignalSpy prepared(&judge, &Judge::prepared);
        QSignalSpy finished(&judge, &Judge::finished);
        judge.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(prepared.size(), 1);
        QCOMPARE(prepared.constFirst().at(0).value<Judge::Estimate>().toAsk, 6);
        QCOMPARE(judge.outcome().asked, 6);
        QCOMPARE(judge.outcome().stored, 5); // one reply has no grade (see storesSuggestedGrades)
        QCOMPARE(m_server->requestCount(), 6);
    }

    void failedRequestsAreCountedNotStored()
    {
        m_server->setDefaultFault(u"status=400"_s);
        Judge judge(m_client.get(), m_store.get(), m_setId, Model);
        judge.prepare();
        QSignalSpy finished(&judge, &Judge::finished);
        judge.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(judge.outcome().failed, 6);
        QCOMPARE(judge.outcome().stored, 0);
        QVERIFY(judge.outcome().firstError.isError());
        QVERIFY(m_store->qrels(m_setId, Eval::JudgmentSource::Suggested).isEmpty());
    }

    void agreementAndConfirm()
    {
        // Ask for the judged pair too (agreement needs both grades).
        Judge judge(m_client.get(), m_store.get(), m_setId, Model);
        judge.setIncludeJudged(true);
        QCOMPARE(judge.prepare().toAsk, 7);
        QSignalSpy finished(&judge, &Judge::finished);
        judge.start();
        QVERIFY(finished.wait(30000));
        QCOMPARE(judge.outcome().stored, 6);

        JudgeLabels::Counts counts = JudgeLabels::counts(m_store.get(), m_setId);
        QCOMPARE(counts.human, 1);
        QCOMPARE(counts.suggested, 6);
        QCOMPARE(counts.both, 1);
        const QList<Agreement::GradePair> pairs = JudgeLabels::gradePairs(m_store.get(), m_setId);
        QCOMPARE(pairs.size(), 1);
        QCOMPARE(pairs.first().human, 3);
        QCOMPARE(pairs.first().suggested, 3);

        QSignalSpy changed(m_store.get(), &EvalStore::setChanged);
        const QList<Eval::Judgment> confirmed
            = JudgeLabels::confirmSuggested(m_store.get(), m_setId);
        QCOMPARE(confirmed.size(), 5); // d1 keeps its human grade and its suggestion
        QCOMPARE(changed.size(), 1);
        counts = JudgeLabels::counts(m_store.get(), m_setId);
        QCOMPARE(counts.human, 6);
        QCOMPARE(counts.suggested, 1);
        QCOMPARE(m_store->qrels(m_setId).value(u"q1"_s).value(u"d2"_s, -9), 2);

        QVERIFY(JudgeLabels::undoConfirm(m_store.get(), m_setId, confirmed));
        counts = JudgeLabels::counts(m_store.get(), m_setId);
        QCOMPARE(counts.human, 1);
        QCOMPARE(counts.suggested, 6);
        QCOMPARE(m_store->qrels(m_setId, Eval::JudgmentSource::Suggested)
                     .value(u"q1"_s)
                     .value(u"d2"_s, -9),
                 2);
    }

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EvalStore> m_store;
    ModelCatalog m_catalog;
    qint64 m_setId = 0;
};

QTEST_GUILESS_MAIN(TestJudge)
#include "tst_judge.moc"
