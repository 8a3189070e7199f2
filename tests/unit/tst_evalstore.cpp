#include "chat/tokenestimate.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

class TestEvalStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
        m_store = std::make_unique<EvalStore>(m_db.get());
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
        m_dir.reset();
    }

    void setsAreCreatedListedRenamedAndDeleted()
    {
        QSignalSpy listChanged(m_store.get(), &EvalStore::setListChanged);
        const qint64 id = m_store->createSet(u"scifact"_s, u"/data/scifact"_s, 0);
        QVERIFY(id > 0);
        QCOMPARE(listChanged.size(), 1);
        QCOMPARE(m_store->createSet(u"scifact"_s), 0); // names are unique
        QCOMPARE(m_store->uniqueName(u"scifact"_s), u"scifact (2)"_s);
        QCOMPARE(m_store->findSet(u"scifact"_s), id);

        QVERIFY(m_store->addQuery(id, 0, { u"q2"_s, u"second"_s, {} }));
        QVERIFY(m_store->addQuery(id, 1, { u"q1"_s, u"first"_s, u"Find evidence"_s }));
        QVERIFY(m_store->addDocument(id, { u"d1"_s, u"Title"_s, u"Text one"_s }));
        QVERIFY(m_store->addDocument(id, { u"d2"_s, {}, u"Text two"_s }));
        QVERIFY(!m_store->addDocument(id, { u"d2"_s, {}, u"again"_s }));
        QVERIFY(m_store->setJudgment(id, u"q1"_s, u"d1"_s, 2));
        QVERIFY(m_store->setJudgment(id, u"q1"_s, u"d2"_s, -1));
        QVERIFY(m_store->setJudgment(id, u"q1"_s, u"d2"_s, 1, Eval::JudgmentSource::Suggested));

        const QList<EvalSetSummary> sets = m_store->listSets();
        QCOMPARE(sets.size(), 1);
        QCOMPARE(sets.at(0).name, u"scifact"_s);
        QCOMPARE(sets.at(0).source, u"/data/scifact"_s);
        QCOMPARE(sets.at(0).queryCount, 2);
        QCOMPARE(sets.at(0).documentCount, 2);
        QCOMPARE(sets.at(0).judgmentCount, 2); // human ones

        // Queries keep the file's order, not the ids'.
        const QList<Eval::Query> queries = m_store->queries(id);
        QCOMPARE(queries.size(), 2);
        QCOMPARE(queries.at(0).id, u"q2"_s);
        QCOMPARE(queries.at(1).instruction, u"Find evidence"_s);

        const Eval::Qrels human = m_store->qrels(id);
        QCOMPARE(human.value(u"q1"_s).value(u"d1"_s), 2);
        QCOMPARE(human.value(u"q1"_s).value(u"d2"_s), -1);
        QCOMPARE(m_store->qrels(id, Eval::JudgmentSource::Suggested).value(u"q1"_s).size(), 1);
        QCOMPARE(m_store->judgments(id, u"q1"_s).size(), 3);
        QVERIFY(m_store->removeJudgment(id, u"q1"_s, u"d2"_s, Eval::JudgmentSource::Suggested));
        QCOMPARE(m_store->judgments(id).size(), 2);

        const std::optional<Eval::Document> doc = m_store->document(id, u"d1"_s);
        QVERIFY(doc);
        QCOMPARE(doc->title, u"Title"_s);
        QCOMPARE(doc->text, u"Text one"_s);
        QVERIFY(!m_store->document(id, u"nope"_s));

        QVERIFY(m_store->renameSet(id, u"SciFact"_s));
        QCOMPARE(m_store->set(id)->name, u"SciFact"_s);
        QVERIFY(m_store->deleteSet(id));
        QVERIFY(m_store->listSets().isEmpty());
        QCOMPARE(m_store->documentCount(id), 0); // cascaded
        QVERIFY(m_store->judgments(id).isEmpty());
    }

    void candidatesComeFromJudgedDocumentsTheSetHas()
    {
        const qint64 id = m_store->createSet(u"s"_s);
        QVERIFY(m_store->addQuery(id, 0, { u"q1"_s, u"query"_s, {} }));
        QVERIFY(m_store->addDocument(id, { u"d1"_s, {}, u"one"_s }));
        QVERIFY(m_store->addDocument(id, { u"d2"_s, {}, u"two"_s }));
        QVERIFY(m_store->setJudgment(id, u"q1"_s, u"d2"_s, 1));
        QVERIFY(m_store->setJudgment(id, u"q1"_s, u"d1"_s, 0));
        QVERIFY(m_store->setJudgment(id, u"q1"_s, u"missing"_s, 3)); // not in the corpus
        QVERIFY(m_store->setJudgment(id, u"q9"_s, u"d1"_s, 3));      // no such query
        QVERIFY(m_store->fillCandidatesFromJudgments(id));
        const Eval::Candidates candidates = m_store->candidates(id);
        QCOMPARE(candidates.size(), 1);
        const QList<Eval::Candidate> list = candidates.value(u"q1"_s);
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(0), (Eval::Candidate{ u"d1"_s, 1, std::nullopt }));
        QCOMPARE(list.at(1), (Eval::Candidate{ u"d2"_s, 2, std::nullopt }));
        QCOMPARE(m_store->set(id)->candidateCount, 2);

        // A first stage replaces them, with its scores.
        QVERIFY(m_store->setCandidates(id, u"q1"_s, { { u"d2"_s, 0, 9.5 }, { u"d1"_s, 0, 3.0 } }));
        QCOMPARE(m_store->candidates(id).value(u"q1"_s).at(0),
                 (Eval::Candidate{ u"d2"_s, 1, 9.5 }));
        QVERIFY(m_store->setFirstStage(id, u"bm25"_s, 100));
        QCOMPARE(m_store->set(id)->firstStage, u"bm25"_s);
        QCOMPARE(m_store->set(id)->depth, 100);
    }

    void systemsKeepTheirRuns()
    {
        const qint64 id = m_store->createSet(u"s"_s);
        Eval::Run run;
        run[u"q1"_s] = { { u"d1"_s, 0.9 }, { u"d2"_s, 0.1 } };
        run[u"q2"_s] = { { u"d3"_s, -2.5 } };
        EvalSystemInfo info;
        info.name = u"Qwen/Qwen3-Reranker-8B"_s;
        info.kind = EvalSystemInfo::Kind::Reranker;
        info.model = info.name;
        info.inputTokens = 1234;
        info.cost = 0.5;
        info.latencyMs = 77;
        QVERIFY(m_store->saveSystem(id, info, run) > 0);
        // Saving again under the same name replaces it.
        run[u"q2"_s] = { { u"d3"_s, 1.5 } };
        QVERIFY(m_store->saveSystem(id, info, run) > 0);
        const QList<EvalSystemInfo> systems = m_store->systems(id);
        QCOMPARE(systems.size(), 1);
        QCOMPARE(systems.at(0).kind, EvalSystemInfo::Kind::Reranker);
        QCOMPARE(systems.at(0).inputTokens, 1234);
        QCOMPARE(systems.at(0).cost, 0.5);
        Eval::Run loaded = m_store->loadRun(id, info.name);
        QCOMPARE(loaded.size(), 2);
        QCOMPARE(loaded.value(u"q2"_s), (QList<Eval::ScoredDoc>{ { u"d3"_s, 1.5 } }));
        QCOMPARE(loaded.value(u"q1"_s).size(), 2);
        QVERIFY(m_store->deleteSystem(id, info.name));
        QVERIFY(m_store->loadRun(id, info.name).isEmpty());
    }

    void cacheKeysSeparateEveryField()
    {
        const QByteArray key
            = EvalStore::cacheKey(u"http://e/rerank"_s, u"m"_s, u"i"_s, u"q"_s, u"d"_s);
        QCOMPARE(key.size(), 16);
        QCOMPARE(EvalStore::cacheKey(u"http://e/rerank"_s, u"m"_s, u"i"_s, u"q"_s, u"d"_s), key);
        // Moving text from one field to the next is another pair.
        QVERIFY(EvalStore::cacheKey(u"http://e/rerank"_s, u"m"_s, u"i"_s, u"qd"_s, u""_s) != key);
        QVERIFY(EvalStore::cacheKey(u"http://e/rerank"_s, u"m"_s, u""_s, u"iq"_s, u"d"_s) != key);
        QVERIFY(EvalStore::cacheKey(u"http://other/rerank"_s, u"m"_s, u"i"_s, u"q"_s, u"d"_s)
                != key);
        QVERIFY(EvalStore::cacheKey(u"http://e/rerank"_s, u"m2"_s, u"i"_s, u"q"_s, u"d"_s) != key);
        // The bytes of a key never change: caches already in history files must still answer
        // (SHA-256 of each field with its 64-bit length in front, the first 16 bytes).
        QCOMPARE(key.toHex(), "d546437b6be9309c3244cee4341bb6bd"_ba);
        const QByteArray prefix = EvalStore::cacheKeyPrefix(u"http://e/rerank"_s, u"m"_s, u"i"_s);
        QCOMPARE(EvalStore::cacheKeyFromPrefix(prefix, EvalStore::textHash(u"q"_s),
                                               EvalStore::textHash(u"d"_s)),
                 key);
    }

    void keptDigestsGiveTheSameCacheKeys()
    {
        // A document's hash and token estimate are kept at import; a run's keys from them are
        // the bytes a key from the text itself was (caches in history files still answer).
        const qint64 id = m_store->createSet(u"digests"_s);
        QVERIFY(m_store->addQuery(id, 0, { u"q1"_s, u"apple orchard"_s, {} }));
        QVERIFY(m_store->addDocument(id, { u"d1"_s, u"Cider"_s, u"Pressed apples, été"_s }));
        QVERIFY(m_store->addDocument(id, { u"d2"_s, {}, u"A river"_s }));
        QVERIFY(m_store->addDocument(id, { u"other"_s, {}, u"not a candidate"_s }));
        QVERIFY(m_store->setCandidates(id, u"q1"_s,
                                       { Eval::Candidate{ u"d1"_s, 1, std::nullopt },
                                         Eval::Candidate{ u"d2"_s, 2, std::nullopt } }));
        const QString endpoint
            = u"https://api.deepinfra.com/v1/inference/Qwen/Qwen3-Reranker-0.6B"_s;
        const QString model = u"Qwen/Qwen3-Reranker-0.6B"_s;
        const auto check = [&] {
            QList<EvalStore::DocumentDigest> digests
                = m_store->candidateDigests(id, m_store->candidates(id));
            // Others of the set may come along (read with the candidates in one pass).
            digests.removeIf([](const auto &digest) { return !digest.id.startsWith(u'd'); });
            std::sort(digests.begin(), digests.end(),
                      [](const auto &a, const auto &b) { return a.id < b.id; });
            QCOMPARE(digests.size(), 2);
            QCOMPARE(digests.at(0).id, u"d1"_s);
            const QString sent = u"Cider\nPressed apples, été"_s;
            QCOMPARE(EvalStore::rerankText(u"Cider"_s, u"Pressed apples, été"_s), sent);
            QCOMPARE(digests.at(0).textHash, EvalStore::textHash(sent));
            QCOMPARE(digests.at(0).tokens, qint64(TokenEstimate::forText(sent)));
            QCOMPARE(digests.at(0).sentText, sent.toUtf8());
            QCOMPARE(digests.at(1).textHash, EvalStore::textHash(u"A river"_s));
            QCOMPARE(digests.at(1).sentText, "A river"_ba);
            const QByteArray key = EvalStore::cacheKeyFromPrefix(
                EvalStore::cacheKeyPrefix(endpoint, model, {}),
                EvalStore::textHash(u"apple orchard"_s), digests.at(0).textHash);
            QCOMPARE(key, EvalStore::cacheKey(endpoint, model, {}, u"apple orchard"_s, sent));
            // SHA-256 of the fields with their lengths, as before schema 16 (computed apart).
            QCOMPARE(key.toHex(), "48ec662d5f23112da55ab3d1be2d5b5d"_ba);
        };
        check();
        if (QTest::currentTestFailed())
            return;
        // Documents imported before the digests were kept: computed from their texts, alike.
        QSqlQuery clear(m_db->connection());
        QVERIFY(clear.exec(u"UPDATE eval_documents SET text_hash = NULL, tokens = NULL"_s));
        check();
        if (QTest::currentTestFailed())
            return;
        // The same when the candidates are a few documents of many (looked up by id rather
        // than read with the set's every document).
        for (int i = 0; i < 10; ++i)
            QVERIFY(m_store->addDocument(id, { u"x%1"_s.arg(i), {}, u"not a candidate"_s }));
        check();
    }

    void cacheStoresAndFindsScores()
    {
        const QByteArray a = EvalStore::cacheKey(u"e"_s, u"m"_s, {}, u"q"_s, u"a"_s);
        const QByteArray b = EvalStore::cacheKey(u"e"_s, u"m"_s, {}, u"q"_s, u"b"_s);
        const QByteArray c = EvalStore::cacheKey(u"e"_s, u"n"_s, {}, u"q"_s, u"a"_s);
        QVERIFY(m_store->storeScores(u"m"_s, { { a, 0.25 }, { b, 0.75 } }));
        QVERIFY(m_store->storeScores(u"n"_s, { { c, 0.5 } }));
        QVERIFY(m_store->storeScores(u"m"_s, { { a, 0.3 } })); // overwritten
        const QHash<QByteArray, double> found
            = m_store->cachedScores({ a, b, QByteArray(16, 'x') });
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.value(a), 0.3);
        QCOMPARE(found.value(b), 0.75);
        QCOMPARE(m_store->cachedScoreCount(), 3);
        QCOMPARE(m_store->cachedScoreCount(u"m"_s), 2);
        QVERIFY(m_store->clearCache(u"m"_s));
        QCOMPARE(m_store->cachedScoreCount(), 1);

        // The cache is in the file: a new connection sees it.
        m_store.reset();
        m_db->close();
        QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
        m_store = std::make_unique<EvalStore>(m_db.get());
        QCOMPARE(m_store->cachedScores({ c }).value(c), 0.5);
    }

    void stagedScoresAnswerBeforeAndAfterTheirFold()
    {
        const QByteArray a = EvalStore::cacheKey(u"e"_s, u"m"_s, {}, u"q"_s, u"a"_s);
        const QByteArray b = EvalStore::cacheKey(u"e"_s, u"m"_s, {}, u"q"_s, u"b"_s);
        const QByteArray c = EvalStore::cacheKey(u"e"_s, u"n"_s, {}, u"q"_s, u"c"_s);
        QVERIFY(m_store->storeScores(u"m"_s, { { a, 0.1 } }));
        // Staged: appended as they come, the last one of a key wins, over the cache's too.
        QVERIFY(m_store->stageScores(u"m"_s, { { b, 0.75 }, { a, 0.3 } }));
        QVERIFY(m_store->stageScores(u"m"_s, { { a, 0.4 } }));
        QVERIFY(m_store->stageScores(u"n"_s, { { c, 0.5 } }));
        QCOMPARE(m_store->stagedScoreCount(), 4);
        const auto check = [&] {
            const QHash<QByteArray, double> found
                = m_store->cachedScores({ a, b, c, QByteArray(16, 'x') });
            QCOMPARE(found.size(), 3);
            QCOMPARE(found.value(a), 0.4);
            QCOMPARE(found.value(b), 0.75);
            QCOMPARE(found.value(c), 0.5);
            QCOMPARE(m_store->cachedScoreCount(), 3);
            QCOMPARE(m_store->cachedScoreCount(u"m"_s), 2);
        };
        check();

        // Staged rows are in the file: a run that quit or crashed before its fold loses none.
        m_store.reset();
        m_db->close();
        QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
        m_store = std::make_unique<EvalStore>(m_db.get());
        check();

        QVERIFY(m_store->foldStagedScores());
        QCOMPARE(m_store->stagedScoreCount(), 0);
        check();
        QVERIFY(m_store->foldStagedScores()); // nothing staged: nothing changes
        check();

        // Clearing a model's cache clears its staged scores too.
        QVERIFY(m_store->stageScores(u"m"_s, { { b, 0.9 } }));
        QVERIFY(m_store->clearCache(u"m"_s));
        QCOMPARE(m_store->cachedScoreCount(), 1);
        QCOMPARE(m_store->stagedScoreCount(), 0);
        QVERIFY(m_store->cachedScores({ a, b }).isEmpty());
        QCOMPARE(m_store->cachedScores({ c }).value(c), 0.5);
    }

    void workerConnectionSeesTheSameFile()
    {
        const qint64 id = m_store->createSet(u"shared"_s);
        Database worker;
        QVERIFY(worker.openWorkerConnection(m_db->path()).ok());
        EvalStore other(&worker);
        QCOMPARE(other.findSet(u"shared"_s), id);
        QVERIFY(other.addQuery(id, 0, { u"q"_s, u"text"_s, {} }));
        QCOMPARE(m_store->queries(id).size(), 1);

        // A file at an older schema is not migrated by a worker: it refuses instead.
        Database old;
        const QString oldPath = m_dir->filePath(u"old.db"_s);
        Database::Options options;
        options.targetVersion = 5;
        QVERIFY(old.open(oldPath, options).ok());
        old.close();
        Database refused;
        QVERIFY(!refused.openWorkerConnection(oldPath).ok());
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EvalStore> m_store;
};

QTEST_GUILESS_MAIN(TestEvalStore)
#include "tst_evalstore.moc"
