#include "api/apiclient.h"
#include "eval/evalimport.h"
#include "eval/evalrunner.h"
#include "fakeserver.h"
#include "models/modelcatalog.h"
#include "store/database.h"
#include "store/evalstore.h"
#include "testclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString Small = u"Qwen/Qwen3-Reranker-0.6B"_s;
const QString Medium = u"Qwen/Qwen3-Reranker-4B"_s;
const QString Large = u"Qwen/Qwen3-Reranker-8B"_s;
const QString SampleDir = QStringLiteral(SIFT_SOURCE_DIR "/tests/data/eval-sample");

// Each query's scores in document order (replies may come in any order).
Eval::Run byDocument(Eval::Run run)
{
    for (QList<Eval::ScoredDoc> &docs : run) {
        std::sort(docs.begin(), docs.end(), [](const Eval::ScoredDoc &a, const Eval::ScoredDoc &b) {
            return a.docno < b.docno;
        });
    }
    return run;
}

int pairsIn(const Eval::Run &run)
{
    int pairs = 0;
    for (const QList<Eval::ScoredDoc> &docs : run)
        pairs += int(docs.size());
    return pairs;
}

// The documents of every rerank request.
int documentsSent(const QList<FakeServer::Request> &requests)
{
    int sent = 0;
    for (const FakeServer::Request &request : requests)
        sent += int(
            QJsonDocument::fromJson(request.body).object().value("documents"_L1).toArray().size());
    return sent;
}

} // namespace

class TestEvalRunner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen());
        m_client = makeJobTestClient();
        useEndpoint(Endpoint::Kind::DeepInfra);

        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
        m_store = std::make_unique<EvalStore>(m_db.get());
        EvalImport::Source source;
        source.folder = SampleDir;
        source.candidatesFile = SampleDir + u"/firststage.trec"_s;
        source.depth = 30; // 20 queries × 30 = 600 pairs per model
        const EvalImport::Result imported = EvalImport::run(m_store.get(), source);
        QVERIFY2(imported.ok, qPrintable(imported.error));
        m_setId = imported.setId;
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
        m_client.reset();
        m_server.reset();
    }

    void scoresEveryPairThenAnswersFromTheCache()
    {
        // First run: every pair is missing.
        QList<EvalRunner::Outcome> first;
        {
            EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Small, Large }, &m_catalog);
            runner.setBatchSize(16);
            QSignalSpy prepared(&runner, &EvalRunner::prepared);
            runner.prepare();
            QVERIFY(prepared.wait(30000));
            const QList<EvalRunner::Estimate> estimates = runner.estimates();
            QCOMPARE(estimates.size(), 2);
            for (const EvalRunner::Estimate &estimate : estimates) {
                QCOMPARE(estimate.queries, 20);
                QCOMPARE(estimate.pairs, 600);
                QCOMPARE(estimate.missingPairs, 600);
                // 600 pairs of 20 queries, 16 to a request (of one query or two).
                QCOMPARE(estimate.requests, 38);
                QVERIFY(estimate.tokens > 600 * 5);
                QCOMPARE(estimate.allTokens, estimate.tokens);
                QVERIFY(estimate.cost && *estimate.cost > 0);
            }
            // The larger model costs more per token (documented prices).
            QVERIFY(*estimates.at(1).cost > *estimates.at(0).cost);
            QCOMPARE(m_server->requestCount(), 0); // estimating sends nothing

            QSignalSpy progress(&runner, &EvalRunner::progress);
            QSignalSpy finished(&runner, &EvalRunner::finished);
            runner.start();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.size(), 1);
            first = runner.outcomes();
            QCOMPARE(m_server->requestCount(), 2 * 38);
            const auto last = progress.constLast().at(0).value<EvalRunner::Progress>();
            QCOMPARE(last.pairsDone, last.pairsTotal);
            QCOMPARE(last.queriesDone, 20);
        }
        QCOMPARE(first.size(), 2);
        for (const EvalRunner::Outcome &outcome : first) {
            QCOMPARE(outcome.state, RerankResult::State::Complete);
            QCOMPARE(outcome.scored, 600);
            QCOMPARE(outcome.fromCache, 0);
            QCOMPARE(outcome.run.size(), 20);
            QCOMPARE(pairsIn(outcome.run), 600);
            QVERIFY(outcome.inputTokens > 0);
            QVERIFY(outcome.cost && *outcome.cost > 0);
        }
        QCOMPARE(m_store->cachedScoreCount(), 1200);
        // A row per query and model, not per pair; nothing in the per-pair tables of old.
        QCOMPARE(rowsIn(u"eval_query_scores"_s), 2 * 20);
        QCOMPARE(rowsIn(u"eval_score_cache"_s), 0);
        // The models disagree somewhere (their scores depend on the model).
        QVERIFY(first.at(0).run.value(u"q1"_s) != first.at(1).run.value(u"q1"_s));

        // Second run: nothing is missing, no request is sent, the runs are the same.
        m_server->clearRequests();
        EvalRunner again(m_client.get(), m_store.get(), m_setId, { Small, Large }, &m_catalog);
        QSignalSpy finished(&again, &EvalRunner::finished);
        again.start(); // prepares first
        QVERIFY(finished.wait(30000));
        QCOMPARE(m_server->requestCount(), 0);
        for (const EvalRunner::Estimate &estimate : again.estimates()) {
            QCOMPARE(estimate.missingPairs, 0);
            QCOMPARE(estimate.requests, 0);
            QCOMPARE(estimate.cost, 0.0);
            QVERIFY(estimate.allCost && *estimate.allCost > 0);
        }
        const QList<EvalRunner::Outcome> second = again.outcomes();
        for (int m = 0; m < 2; ++m) {
            QCOMPARE(second.at(m).state, RerankResult::State::Complete);
            QCOMPARE(second.at(m).fromCache, 600);
            QCOMPARE(second.at(m).scored, 0);
            for (auto it = first.at(m).run.cbegin(); it != first.at(m).run.cend(); ++it) {
                QList<Eval::ScoredDoc> a = it.value();
                QList<Eval::ScoredDoc> b = second.at(m).run.value(it.key());
                const auto byDoc = [](const Eval::ScoredDoc &x, const Eval::ScoredDoc &y) {
                    return x.docno < y.docno;
                };
                std::sort(a.begin(), a.end(), byDoc);
                std::sort(b.begin(), b.end(), byDoc);
                QCOMPARE(a, b);
            }
        }

        // Adding a model asks only for that model's pairs.
        EvalRunner third(m_client.get(), m_store.get(), m_setId, { Small, Medium, Large });
        third.setBatchSize(16);
        QSignalSpy thirdFinished(&third, &EvalRunner::finished);
        third.start();
        QVERIFY(thirdFinished.wait(60000));
        QCOMPARE(m_server->requestCount(), 38);
        for (const FakeServer::Request &request : m_server->requests())
            QVERIFY(request.path.endsWith(Medium.toUtf8()));
    }

    void scoresAreTheServersForEachPair()
    {
        useEndpoint(Endpoint::Kind::OpenAI); // Cohere's /rerank
        EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Large });
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        const EvalRunner::Outcome outcome = runner.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Complete);
        // Ask the server directly for one query's scores and compare.
        const Eval::Query q1 = m_store->queries(m_setId).at(0);
        const QList<Eval::ScoredDoc> scored = outcome.run.value(q1.id);
        QVERIFY(!scored.isEmpty());
        const Eval::Document doc = *m_store->document(m_setId, scored.at(0).docno);
        const QString text = doc.title.isEmpty() ? doc.text : doc.title + u"\n"_s + doc.text;
        bool found = false;
        for (const FakeServer::Request &request : m_server->requests()) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            if (body.value("query"_L1).toString() != q1.text)
                continue;
            const QJsonArray documents = body.value("documents"_L1).toArray();
            for (qsizetype i = 0; i < documents.size(); ++i)
                found = found || documents.at(i).toString() == text;
        }
        QVERIFY(found);
    }

    void cancelledRunResumesWhereItStopped()
    {
        int cachedAtCancel = 0;
        {
            EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Small });
            runner.setBatchSize(10);
            runner.setMaxInFlight(1);
            QSignalSpy finished(&runner, &EvalRunner::finished);
            connect(&runner, &EvalRunner::progress, &runner,
                    [&runner](const EvalRunner::Progress &progress) {
                        if (progress.pairsDone >= 100)
                            runner.cancel();
                    });
            runner.start();
            QVERIFY(finished.wait(60000));
            QCOMPARE(finished.size(), 1);
            const EvalRunner::Outcome outcome = runner.outcomes().at(0);
            QCOMPARE(outcome.state, RerankResult::State::Cancelled);
            QVERIFY(outcome.scored >= 100);
            QVERIFY(outcome.scored < 600);
            QCOMPARE(outcome.scored + outcome.unscored, 600);
            cachedAtCancel = int(m_store->cachedScoreCount(Small));
            QCOMPARE(cachedAtCancel, outcome.scored);
        }
        m_server->clearRequests();
        EvalRunner resumed(m_client.get(), m_store.get(), m_setId, { Small });
        resumed.setBatchSize(10);
        QSignalSpy prepared(&resumed, &EvalRunner::prepared);
        QSignalSpy finished(&resumed, &EvalRunner::finished);
        resumed.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(resumed.estimates().at(0).missingPairs, 600 - cachedAtCancel);
        const EvalRunner::Outcome outcome = resumed.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Complete);
        QCOMPARE(outcome.fromCache, cachedAtCancel);
        QCOMPARE(outcome.scored, 600 - cachedAtCancel);
        const int sent = documentsSent(m_server->requests());
        QCOMPARE(sent, 600 - cachedAtCancel);
    }

    void scoresOfARunThatNeverFinishedStillAnswer()
    {
        // A runner that goes while requests are in flight (the window closed) writes the scores
        // it has: the next run asks only for the others.
        int written = 0;
        {
            auto runner = std::make_unique<EvalRunner>(m_client.get(), m_store.get(), m_setId,
                                                       QStringList{ Small });
            runner->setBatchSize(10);
            runner->setMaxInFlight(1);
            int done = 0;
            connect(runner.get(), &EvalRunner::progress, this,
                    [&done](const EvalRunner::Progress &progress) { done = progress.pairsDone; });
            runner->start();
            QTRY_VERIFY_WITH_TIMEOUT(done >= 100, 60000);
            QVERIFY(done < 600);
            runner.reset(); // writes what it has
            written = int(m_store->cachedScoreCount(Small));
            QVERIFY(written >= 100);
        }
        m_server->clearRequests();
        EvalRunner resumed(m_client.get(), m_store.get(), m_setId, { Small });
        QSignalSpy finished(&resumed, &EvalRunner::finished);
        resumed.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(resumed.estimates().at(0).missingPairs, 600 - written);
        const EvalRunner::Outcome outcome = resumed.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Complete);
        QCOMPARE(outcome.fromCache, written);
        QCOMPARE(pairsIn(outcome.run), 600);
        QCOMPARE(m_store->cachedScoreCount(Small), 600);
        QCOMPARE(rowsIn(u"eval_query_scores"_s), 20);
    }

    void scoresAreInTheFileBeforeTheRunEnds()
    {
        // A crash loses at most the last FlushMs of replies: while a run is still under way,
        // what it flushed is in the file, and a new runner (another process after a crash)
        // asks only for the rest.
        FakeFault slow;
        slow.slowFirstMs = 100;
        m_server->setDefaultFault(slow);
        EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Small });
        runner.setBatchSize(10);
        runner.setMaxInFlight(1);
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->cachedScoreCount(Small) > 0, 30000);
        QVERIFY(finished.isEmpty());
        const int flushed = int(m_store->cachedScoreCount(Small));
        QVERIFY(flushed < 600);

        EvalRunner next(m_client.get(), m_store.get(), m_setId, { Small });
        QSignalSpy prepared(&next, &EvalRunner::prepared);
        next.prepare();
        QVERIFY(prepared.wait(30000));
        // More may have been flushed meanwhile, never less.
        QVERIFY(next.estimates().at(0).missingPairs <= 600 - flushed);
        QVERIFY(next.estimates().at(0).missingPairs > 0);
        runner.cancel();
        QVERIFY(finished.size() == 1 || finished.wait(30000));
    }

    void partlyCachedQueriesSendOnlyTheirMissingPairs()
    {
        // q1 has 10 of its 30 documents in its cache row; q2 has 5 only as per-pair rows of a
        // file from before schema 18 (which answer still). Only the other 585 pairs are sent.
        QVERIFY(!m_store->hasLegacyScores());
        const QString endpoint = m_client->endpoint().rerankUrl(Small).toString();
        const Eval::Candidates candidates = m_store->candidates(m_setId);
        QHash<QString, QByteArray> hashes;
        for (const EvalStore::DocumentDigest &digest :
             m_store->candidateDigests(m_setId, candidates))
            hashes.insert(digest.id, digest.textHash);
        QHash<QString, Eval::Query> queries;
        for (const Eval::Query &query : m_store->queries(m_setId))
            queries.insert(query.id, query);
        QVERIFY(queries.contains(u"q1"_s) && queries.contains(u"q2"_s));
        const Eval::Query q1 = queries.value(u"q1"_s);
        const Eval::Query q2 = queries.value(u"q2"_s);
        QHash<QString, double> cached; // doc id of q1 → score
        QList<QueryScores::Entry> entries;
        for (int i = 0; i < 10; ++i) {
            const QString doc = candidates.value(q1.id).at(i).docId;
            cached.insert(doc, 10.0 + i);
            entries.append({ QueryScores::docKey(hashes.value(doc)), 10.0 + i });
        }
        QVERIFY(m_store->storeQueryScores(
            { { EvalStore::queryCacheKey(EvalStore::cacheKeyPrefix(endpoint, Small, q1.instruction),
                                         EvalStore::textHash(q1.text)),
                { Small, entries } } }));
        QHash<QString, double> legacy; // doc id of q2 → score
        for (int i = 0; i < 5; ++i) {
            const QString doc = candidates.value(q2.id).at(i).docId;
            legacy.insert(doc, 20.0 + i);
            QSqlQuery insert(m_db->connection());
            insert.prepare(u"INSERT INTO eval_score_cache (key, model, score, created)"
                           " VALUES (?, ?, ?, 1)"_s);
            insert.addBindValue(EvalStore::cacheKeyFromPrefix(
                EvalStore::cacheKeyPrefix(endpoint, Small, q2.instruction),
                EvalStore::textHash(q2.text), hashes.value(doc)));
            insert.addBindValue(Small);
            insert.addBindValue(20.0 + i);
            QVERIFY(insert.exec());
        }
        QCOMPARE(m_store->cachedScoreCount(Small), 15);

        EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Small });
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.estimates().at(0).missingPairs, 585);
        const EvalRunner::Outcome outcome = runner.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Complete);
        QCOMPARE(outcome.fromCache, 15);
        QCOMPARE(outcome.scored, 585);
        QCOMPARE(pairsIn(outcome.run), 600);
        const int sent = documentsSent(m_server->requests());
        QCOMPARE(sent, 585);
        for (const auto &[run, expected] : { std::pair(outcome.run.value(q1.id), cached),
                                             std::pair(outcome.run.value(q2.id), legacy) }) {
            QCOMPARE(run.size(), 30);
            for (const Eval::ScoredDoc &doc : run) {
                if (expected.contains(doc.docno))
                    QCOMPARE(doc.score, expected.value(doc.docno));
                else
                    QVERIFY(doc.score < 10.0); // the fake server's, not a cached one
            }
        }
        // q1's new scores were merged into its row; q2's per-pair scores moved into its row
        // with its new ones.
        QCOMPARE(m_store->cachedScoreCount(Small), 600);
        QCOMPARE(rowsIn(u"eval_query_scores"_s), 20);
        QCOMPARE(rowsIn(u"eval_score_cache"_s), 0);

        m_server->clearRequests();
        EvalRunner again(m_client.get(), m_store.get(), m_setId, { Small });
        QSignalSpy againFinished(&again, &EvalRunner::finished);
        again.start();
        QVERIFY(againFinished.wait(60000));
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(byDocument(again.outcomes().at(0).run), byDocument(outcome.run));
    }

    void rejectedKeyStopsTheModel()
    {
        m_server->setRequiredKey("another-key");
        EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Small });
        runner.setMaxInFlight(1);
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        const EvalRunner::Outcome outcome = runner.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Failed);
        QCOMPARE(outcome.error.kind, ApiError::Kind::Auth);
        QCOMPARE(outcome.unscored, 600);
        QCOMPARE(m_server->requestCount(), 1); // not one request per query
        QCOMPARE(m_store->cachedScoreCount(), 0);
    }

    void failedBatchesLeaveAPartialRun()
    {
        // The first request is refused (400: not retried, and not an error every other request
        // would hit): its 512 pairs (queries 1–17 and 2 of query 18's 30) stay unscored, the
        // other queries are kept.
        m_server->enqueueFault(FakeFault{ .status = 400 });
        EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Small });
        runner.setMaxInFlight(1);
        QSignalSpy progress(&runner, &EvalRunner::progress);
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        const EvalRunner::Outcome outcome = runner.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Partial);
        QCOMPARE(outcome.unscored, EvalRunner::PackedBatchSize);
        QCOMPARE(outcome.scored, 600 - EvalRunner::PackedBatchSize);
        QCOMPARE(outcome.run.size(), 3);
        const auto last = progress.constLast().at(0).value<EvalRunner::Progress>();
        QCOMPARE(last.pairsDone, 600);
        QCOMPARE(last.queriesDone, 20);
    }

    void packsPairsOfSeveralQueriesIntoOneRequest()
    {
        // DeepInfra's native body has a query per pair: 600 pairs of 20 queries go in requests
        // of 512 pairs whatever query they belong to, and each score lands on its own pair.
        EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Small });
        QSignalSpy progress(&runner, &EvalRunner::progress);
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.estimates().at(0).requests, 2);
        QCOMPARE(m_server->requestCount(), 2);
        const QHash<QString, QString> queryIds = queryIdsByText();
        const QHash<QString, QString> docIds = docIdsByText();
        QSet<QPair<QString, QString>> sent;
        int mixed = 0;
        for (const FakeServer::Request &request : m_server->requests()) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonArray queries = body.value("queries"_L1).toArray();
            const QJsonArray documents = body.value("documents"_L1).toArray();
            QCOMPARE(queries.size(), documents.size());
            QVERIFY(documents.size() <= EvalRunner::PackedBatchSize);
            QSet<QString> distinct;
            for (qsizetype i = 0; i < queries.size(); ++i) {
                distinct.insert(queries.at(i).toString());
                sent.insert({ queryIds.value(queries.at(i).toString()),
                              docIds.value(documents.at(i).toString()) });
            }
            mixed += distinct.size() > 1 ? 1 : 0;
        }
        QVERIFY(mixed >= 2);
        // Every candidate pair of the set was sent once, with its own query.
        const Eval::Candidates candidates = m_store->candidates(m_setId);
        QCOMPARE(sent.size(), 600);
        for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
            for (qsizetype c = 0; c < std::min<qsizetype>(it.value().size(), 30); ++c)
                QVERIFY(sent.contains({ it.key(), it.value().at(c).docId }));
        }
        const EvalRunner::Outcome outcome = runner.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Complete);
        QCOMPARE(outcome.scored, 600);
        const auto last = progress.constLast().at(0).value<EvalRunner::Progress>();
        QCOMPARE(last.pairsDone, 600);
        QCOMPARE(last.queriesDone, 20);
        // The scores of a run that sends one query per request (Cohere's shape: the fake
        // server scores a pair alike on both routes).
        QCOMPARE(byDocument(outcome.run), scoresOneQueryPerRequest(Small));
        QCOMPARE(m_store->cachedScoreCount(Small), 1200); // both endpoints' keys
    }

    void retriesAPackedBatch()
    {
        // The first request meets a 503: it is sent again, the same body, and its 512 pairs of
        // several queries are scored like the others.
        m_server->enqueueFault(FakeFault{ .status = 503 });
        EvalRunner runner(m_client.get(), m_store.get(), m_setId, { Small }, &m_catalog);
        runner.setMaxInFlight(1);
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_server->requestCount(), 3);
        const QList<FakeServer::Request> requests = m_server->requests();
        QCOMPARE(requests.at(1).body, requests.at(0).body);
        QCOMPARE(QJsonDocument::fromJson(requests.at(1).body)
                     .object()
                     .value("queries"_L1)
                     .toArray()
                     .size(),
                 EvalRunner::PackedBatchSize);
        const EvalRunner::Outcome outcome = runner.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Complete);
        QCOMPARE(outcome.scored, 600);
        QCOMPARE(outcome.unscored, 0);
        QVERIFY(outcome.inputTokens > 0);
        QVERIFY(outcome.cost && *outcome.cost > 0);
        QCOMPARE(m_store->cachedScoreCount(Small), 600);
        QCOMPARE(byDocument(outcome.run), scoresOneQueryPerRequest(Small));
    }

    void sendsAQuerysCandidatesInOneCohereRequest()
    {
        // Cohere's /rerank takes one query per request: each query's 150 candidates go in one
        // request (not in batches of 64), never mixed with another query's.
        const qint64 setId = m_store->createSet(u"wide"_s);
        QVERIFY(m_store->inTransaction([&] {
            for (int q = 0; q < 3; ++q) {
                m_store->addQuery(setId, q, { u"w%1"_s.arg(q), u"apple river %1"_s.arg(q), {} });
                QList<Eval::Candidate> list;
                for (int c = 0; c < 150; ++c) {
                    const QString id = u"w%1-%2"_s.arg(q).arg(c);
                    m_store->addDocument(setId, { id, {}, u"apple text %1 %2"_s.arg(q).arg(c) });
                    list << Eval::Candidate{ id, c + 1, std::nullopt };
                }
                m_store->setCandidates(setId, u"w%1"_s.arg(q), list);
            }
            return true;
        }));
        useEndpoint(Endpoint::Kind::OpenAI);
        EvalRunner runner(m_client.get(), m_store.get(), setId, { Small });
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.estimates().at(0).requests, 3);
        QCOMPARE(m_server->requestCount(), 3);
        QSet<QString> queries;
        for (const FakeServer::Request &request : m_server->requests()) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            QCOMPARE(body.value("documents"_L1).toArray().size(), 150);
            queries.insert(body.value("query"_L1).toString());
        }
        QCOMPARE(queries.size(), 3);
        const EvalRunner::Outcome outcome = runner.outcomes().at(0);
        QCOMPARE(outcome.state, RerankResult::State::Complete);
        QCOMPARE(outcome.scored, 450);
        for (int q = 0; q < 3; ++q) {
            const QList<Eval::ScoredDoc> docs = outcome.run.value(u"w%1"_s.arg(q));
            QCOMPARE(docs.size(), 150);
            for (const Eval::ScoredDoc &doc : docs)
                QVERIFY(doc.docno.startsWith(u"w%1-"_s.arg(q)));
        }

        // A batch size set by the caller still caps each request.
        m_server->clearRequests();
        m_store->clearCache();
        EvalRunner capped(m_client.get(), m_store.get(), setId, { Small });
        capped.setBatchSize(100);
        QSignalSpy cappedFinished(&capped, &EvalRunner::finished);
        capped.start();
        QVERIFY(cappedFinished.wait(60000));
        QCOMPARE(m_server->requestCount(), 6);
        QCOMPARE(byDocument(capped.outcomes().at(0).run), byDocument(outcome.run));
    }

    void packsOnlyQueriesOfTheSameInstruction()
    {
        // A request has one instruction: the middle query's own instruction keeps its pairs
        // out of its neighbours' requests (which would otherwise share one).
        const qint64 setId = m_store->createSet(u"instructions"_s);
        QVERIFY(m_store->inTransaction([&] {
            for (int q = 0; q < 3; ++q) {
                m_store->addQuery(setId, q,
                                  { u"i%1"_s.arg(q), u"apple river %1"_s.arg(q),
                                    q == 1 ? u"Find recipes."_s : QString() });
                QList<Eval::Candidate> list;
                for (int c = 0; c < 20; ++c) {
                    const QString id = u"i%1-%2"_s.arg(q).arg(c);
                    m_store->addDocument(setId, { id, {}, u"apple text %1 %2"_s.arg(q).arg(c) });
                    list << Eval::Candidate{ id, c + 1, std::nullopt };
                }
                m_store->setCandidates(setId, u"i%1"_s.arg(q), list);
            }
            return true;
        }));
        EvalRunner runner(m_client.get(), m_store.get(), setId, { Small });
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.estimates().at(0).requests, 3);
        QCOMPARE(m_server->requestCount(), 3);
        for (const FakeServer::Request &request : m_server->requests()) {
            const QJsonObject body = QJsonDocument::fromJson(request.body).object();
            const QJsonArray queries = body.value("queries"_L1).toArray();
            QCOMPARE(queries.size(), 20);
            const bool own = queries.at(0).toString() == u"apple river 1"_s;
            QCOMPARE(body.value("instruction"_L1).toString(), own ? u"Find recipes."_s : QString());
            for (const QJsonValue &query : queries)
                QCOMPARE(query.toString(), queries.at(0).toString());
        }
        QCOMPARE(runner.outcomes().at(0).scored, 60);
        QCOMPARE(runner.outcomes().at(0).state, RerankResult::State::Complete);
    }

    void setsImportedBeforeKeptDigestsFindTheirScores()
    {
        // Scores cached through the digests kept at import, then the digests gone (a set
        // imported before schema 16): the run computes them from the texts, finds every score
        // and estimates the same tokens.
        EvalRunner first(m_client.get(), m_store.get(), m_setId, { Small });
        QSignalSpy firstFinished(&first, &EvalRunner::finished);
        first.start();
        QVERIFY(firstFinished.wait(60000));
        QCOMPARE(first.outcomes().at(0).scored, 600);
        QSqlQuery clear(m_db->connection());
        QVERIFY(clear.exec(u"UPDATE eval_documents SET text_hash = NULL, tokens = NULL"_s));
        m_server->clearRequests();
        EvalRunner again(m_client.get(), m_store.get(), m_setId, { Small });
        QSignalSpy finished(&again, &EvalRunner::finished);
        again.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(m_server->requestCount(), 0);
        QCOMPARE(again.outcomes().at(0).fromCache, 600);
        QCOMPARE(again.estimates().at(0).allTokens, first.estimates().at(0).allTokens);
        QCOMPARE(byDocument(again.outcomes().at(0).run), byDocument(first.outcomes().at(0).run));
    }

    void writesOffTheCallersConnection()
    {
        // The runner's store on a read-only connection (as the GUI thread's would be if it may
        // not write): the scores and the system are written by the runner's writer thread on
        // its own connection, not through the caller's (whose writes would fail here, and
        // block the GUI thread anywhere else).
        Database readOnly;
        QVERIFY(readOnly.openReadOnly(m_db->path()).ok());
        EvalStore store(&readOnly);
        QSignalSpy storageErrors(&store, &EvalStore::storageError);
        QSignalSpy changed(&store, &EvalStore::setChanged);
        EvalRunner runner(m_client.get(), &store, m_setId, { Small });
        QSignalSpy modelFinished(&runner, &EvalRunner::modelFinished);
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        QVERIFY(finished.wait(60000));
        QCOMPARE(runner.outcomes().at(0).state, RerankResult::State::Complete);
        QCOMPARE(storageErrors.size(), 0);
        QCOMPARE(modelFinished.size(), 1);
        QCOMPARE(changed.size(), 1);
        // Committed before modelFinished(): readable at once on any connection.
        QCOMPARE(store.cachedScoreCount(Small), 600);
        QCOMPARE(pairsIn(store.loadRun(m_setId, Small)), 600);
    }

private:
    void useEndpoint(Endpoint::Kind kind) { pointAt(m_client.get(), *m_server, kind); }
    int rowsIn(const QString &table)
    {
        QSqlQuery query(m_db->connection());
        return query.exec(u"SELECT COUNT(*) FROM "_s + table) && query.next()
            ? query.value(0).toInt()
            : -1;
    }

    QHash<QString, QString> queryIdsByText()
    {
        QHash<QString, QString> ids;
        for (const Eval::Query &query : m_store->queries(m_setId))
            ids.insert(query.text, query.id);
        return ids;
    }

    // Candidate documents by the text sent for them (title and text, as the runner sends).
    QHash<QString, QString> docIdsByText()
    {
        QHash<QString, QString> ids;
        const QHash<QString, Eval::Document> docs = m_store->candidateDocuments(m_setId);
        for (auto it = docs.cbegin(); it != docs.cend(); ++it) {
            const Eval::Document &doc = it.value();
            ids.insert(doc.title.isEmpty() ? doc.text : doc.title + u"\n"_s + doc.text, it.key());
        }
        return ids;
    }

    // The model's run from Cohere's /rerank (one query per request; other cache keys), every
    // query's scores sorted by document: what each pair must score.
    Eval::Run scoresOneQueryPerRequest(const QString &model)
    {
        useEndpoint(Endpoint::Kind::OpenAI);
        EvalRunner runner(m_client.get(), m_store.get(), m_setId, { model });
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        const bool done = finished.wait(60000);
        useEndpoint(Endpoint::Kind::DeepInfra);
        return done ? byDocument(runner.outcomes().at(0).run) : Eval::Run();
    }

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EvalStore> m_store;
    ModelCatalog m_catalog;
    qint64 m_setId = 0;
};

QTEST_GUILESS_MAIN(TestEvalRunner)
#include "tst_evalrunner.moc"
