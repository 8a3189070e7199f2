#include "chat/tokenestimate.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <cmath>
#include <limits>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

// Scores compared bit for bit (QCOMPARE on doubles is fuzzy), ids exactly; both lists in order.
bool sameDocs(const QList<Eval::ScoredDoc> &a, const QList<Eval::ScoredDoc> &b)
{
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).docno != b.at(i).docno
            || std::bit_cast<quint64>(a.at(i).score) != std::bit_cast<quint64>(b.at(i).score))
            return false;
    }
    return true;
}

qsizetype rowCount(const QSqlDatabase &db, const QString &table)
{
    QSqlQuery query(db);
    if (!query.exec(u"SELECT COUNT(*) FROM "_s + table) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

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

    void runsComeBackWhole()
    {
        const qint64 id = m_store->createSet(u"s"_s);
        const QString bom = QString(QChar(0xfeff)) + u"bom"_s;
        const QString emoji = u"d\U0001F600"_s; // after U+E000…U+FFFF in UTF-8, before in UTF-16
        const QString privateUse = u"d\uE000"_s;
        Eval::Run run;
        run[bom] = { { bom, -0.0 },
                     { emoji, std::numeric_limits<double>::denorm_min() },
                     { privateUse, std::numeric_limits<double>::max() },
                     { u""_s, std::numeric_limits<double>::quiet_NaN() },
                     { u"dup"_s, 1.0 },
                     { u"dup"_s, 2.0 } };
        run[u""_s] = { { u"x"_s, 0.1 } };
        run[u"no documents"_s] = {};
        EvalSystemInfo info;
        info.name = u"r"_s;
        QVERIFY(m_store->saveSystem(id, info, run) > 0);
        const Eval::Run loaded = m_store->loadRun(id, info.name);
        // As the one-row-per-pair table kept them: ids in UTF-8 order, a repeated id once (the
        // last), no entry for a query without documents.
        QCOMPARE(loaded.keys().size(), 2);
        QVERIFY(sameDocs(loaded.value(u""_s), { { u"x"_s, 0.1 } }));
        QVERIFY(sameDocs(loaded.value(bom),
                         { { u""_s, std::numeric_limits<double>::quiet_NaN() },
                           { u"dup"_s, 2.0 },
                           { privateUse, std::numeric_limits<double>::max() },
                           { emoji, std::numeric_limits<double>::denorm_min() },
                           { bom, -0.0 } }));
    }

    void unreadableResultsAreReported_data()
    {
        QTest::addColumn<QByteArray>("results");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("unknown format") << QByteArray("\x02\x00", 2);
        QTest::newRow("truncated") << QByteArray("\x01\x01\x03"
                                                 "ab",
                                                 5);
        QTest::newRow("count too large") << QByteArray("\x01\xff\xff\xff\xff\x0f", 6);
        QTest::newRow("garbage") << QByteArray("not a blob at all");
    }

    void unreadableResultsAreReported()
    {
        QFETCH(QByteArray, results);
        const qint64 id = m_store->createSet(u"s"_s);
        EvalSystemInfo info;
        info.name = u"r"_s;
        const qint64 system = m_store->saveSystem(id, info, { { u"q1"_s, { { u"d1"_s, 1.0 } } } });
        QVERIFY(system > 0);
        QSqlQuery damage(m_db->connection());
        QVERIFY(
            damage.prepare(u"UPDATE eval_system_queries SET results = ? WHERE system_id = ?"_s));
        damage.addBindValue(results.isNull() ? QByteArray("") : results);
        damage.addBindValue(system);
        QVERIFY(damage.exec());
        QCOMPARE(damage.numRowsAffected(), 1);

        QSignalSpy errors(m_store.get(), &EvalStore::storageError);
        QVERIFY(m_store->loadRun(id, info.name).isEmpty());
        QCOMPARE(errors.size(), 1);
        QVERIFY2(m_store->lastError().contains(u"query q1 of system r"_s),
                 qPrintable(m_store->lastError()));
        QVERIFY(!m_store->lastProblem().isEmpty());
    }

    // Schema 17 moved saved systems from a row per pair (eval_results) to a row per query.
    void systemsSavedBeforeSchema17AreConverted()
    {
        const QString path = m_dir->filePath(u"v16.db"_s);
        const QString bom = QString(QChar(0xfeff)) + u"q"_s;
        const QList<double> scores
            = { 0.1, -2.5, 3.0, 1e-300, 5e-324, std::numeric_limits<double>::max(), 1.0 / 3.0 };
        {
            Database old;
            Database::Options options;
            options.targetVersion = 16;
            QVERIFY(old.open(path, options).ok());
            QSqlQuery query(old.connection());
            QVERIFY(query.exec(u"INSERT INTO eval_sets (id, name, created, updated)"
                               " VALUES (1, 'a', 0, 0), (2, 'b', 0, 0)"_s));
            QVERIFY(query.exec(u"INSERT INTO eval_systems (id, set_id, name, kind, created)"
                               " VALUES (10, 1, 'bm25', 'first_stage', 0),"
                               " (11, 1, 'model', 'reranker', 0), (12, 2, 'bm25', 'run', 0),"
                               " (13, 2, 'empty', 'run', 0)"_s));
            // Ids as UTF-8 bytes, as schema 16's store bound them (SQLite drops a leading U+FEFF
            // from UTF-16 text, the way QSqlQuery binds a QString).
            QVERIFY(query.prepare(u"INSERT INTO eval_results (system_id, query_id, doc_id, score)"
                                  " VALUES (?, CAST(? AS TEXT), CAST(? AS TEXT), ?)"_s));
            const auto add = [&](int system, const QString &q, const QString &d, double score) {
                query.addBindValue(system);
                query.addBindValue(q.toUtf8());
                query.addBindValue(d.toUtf8());
                query.addBindValue(score);
                return query.exec();
            };
            for (int i = 0; i < 300; ++i)
                QVERIFY(add(10, u"q%1"_s.arg(i % 7), u"d%1"_s.arg(i), scores.at(i % 7) * i));
            for (int i = 0; i < scores.size(); ++i) {
                QVERIFY(add(11, bom, u"d\U0001F600%1"_s.arg(i), scores.at(i)));
                QVERIFY(add(11, bom, u"d\uE000%1"_s.arg(i), -scores.at(i)));
            }
            QVERIFY(add(12, u"q0"_s, u"other"_s, 7.0));
        }
        // What schema 16's store returned, read the same way.
        const auto oldRun = [&](int system) {
            Database old;
            Database::Options options;
            options.targetVersion = 16;
            Eval::Run run;
            if (!old.open(path, options).ok())
                return run;
            QSqlQuery query(old.connection());
            query.exec(
                u"SELECT CAST(query_id AS BLOB), CAST(doc_id AS BLOB), score"
                " FROM eval_results WHERE system_id = %1 ORDER BY query_id, doc_id"_s.arg(system));
            const auto text = [&](int column) {
                QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
                return QString(utf8.decode(query.value(column).toByteArray()));
            };
            while (query.next())
                run[text(0)].append({ text(1), query.value(2).toDouble() });
            return run;
        };
        const QList<Eval::Run> expected = { oldRun(10), oldRun(11), oldRun(12) };
        QCOMPARE(expected.at(0).size(), 7);
        QCOMPARE(expected.at(1).value(bom).size(), 2 * scores.size());

        Database db;
        const Database::OpenResult opened = db.open(path);
        QVERIFY2(opened.ok(), qPrintable(opened.detail));
        QVERIFY(db.schemaVersion() >= 17);
        QVERIFY(!db.connection().tables().contains(u"eval_results"_s));
        EvalStore store(&db);
        const QList<std::pair<qint64, QString>> systems
            = { { 1, u"bm25"_s }, { 1, u"model"_s }, { 2, u"bm25"_s } };
        for (qsizetype i = 0; i < systems.size(); ++i) {
            const Eval::Run run = store.loadRun(systems.at(i).first, systems.at(i).second);
            QCOMPARE(run.keys().size(), expected.at(i).keys().size());
            for (auto it = expected.at(i).cbegin(); it != expected.at(i).cend(); ++it)
                QVERIFY2(sameDocs(run.value(it.key()), it.value()), qPrintable(it.key()));
        }
        QVERIFY(store.loadRun(2, u"empty"_s).isEmpty());
        QCOMPARE(store.systems(2).size(), 2);
        QCOMPARE(rowCount(db.connection(), u"eval_system_queries"_s), 7 + 1 + 1);

        // Deleting a system or a set takes its results with it.
        QVERIFY(store.deleteSystem(1, u"model"_s));
        QCOMPARE(rowCount(db.connection(), u"eval_system_queries"_s), 7 + 1);
        QVERIFY(store.deleteSet(1));
        QCOMPARE(rowCount(db.connection(), u"eval_system_queries"_s), 1);
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
        // A query's key: its bytes never change either, and differ from every pair's.
        const QByteArray queryKey = EvalStore::queryCacheKey(prefix, EvalStore::textHash(u"q"_s));
        QCOMPARE(queryKey.size(), 16);
        QVERIFY(queryKey != key);
        QVERIFY(
            EvalStore::queryCacheKey(EvalStore::cacheKeyPrefix(u"http://e/rerank"_s, u"m"_s, u""_s),
                                     EvalStore::textHash(u"iq"_s))
            != queryKey);
        // (computed apart, as above)
        QCOMPARE(queryKey.toHex(), "7d7e705c16d4895e59dd956cff8addc6"_ba);
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

    void cacheStoresAndMergesQueryScores()
    {
        const QByteArray prefix = EvalStore::cacheKeyPrefix(u"e"_s, u"m"_s, {});
        const QByteArray q1 = EvalStore::queryCacheKey(prefix, EvalStore::textHash(u"q1"_s));
        const QByteArray q2 = EvalStore::queryCacheKey(prefix, EvalStore::textHash(u"q2"_s));
        const QByteArray n1 = EvalStore::queryCacheKey(
            EvalStore::cacheKeyPrefix(u"e"_s, u"n"_s, {}), EvalStore::textHash(u"q1"_s));
        QCOMPARE(q1.size(), 16);
        QVERIFY(q1 != q2 && q1 != n1);
        const auto doc
            = [](const QString &text) { return QueryScores::docKey(EvalStore::textHash(text)); };
        using Entries = QList<QueryScores::Entry>;
        QVERIFY(m_store->storeQueryScores(
            { { q1, { u"m"_s, { { doc(u"b"_s), 0.75 }, { doc(u"a"_s), 0.25 } } } },
              { n1, { u"n"_s, { { doc(u"a"_s), 0.5 } } } } }));
        // A later flush of the same query: merged into its row, a new score of a document wins.
        QVERIFY(m_store->storeQueryScores(
            { { q1, { u"m"_s, { { doc(u"c"_s), 0.1 }, { doc(u"a"_s), 0.3 } } } },
              { q2, { u"m"_s, { { doc(u"a"_s), 0.9 } } } } }));
        const auto check = [&] {
            const QHash<QByteArray, Entries> found
                = m_store->cachedQueryScores({ q1, q2, QByteArray(16, 'x') });
            QCOMPARE(found.size(), 2);
            const Entries &row = found.value(q1);
            QCOMPARE(row.size(), 3);
            QVERIFY(std::is_sorted(row.cbegin(), row.cend(),
                                   [](const auto &a, const auto &b) { return a.doc < b.doc; }));
            QCOMPARE(QueryScores::find(row, doc(u"a"_s))->score, 0.3);
            QCOMPARE(QueryScores::find(row, doc(u"b"_s))->score, 0.75);
            QCOMPARE(QueryScores::find(row, doc(u"c"_s))->score, 0.1);
            QVERIFY(!QueryScores::find(row, doc(u"d"_s)));
            QCOMPARE(found.value(q2), (Entries{ { doc(u"a"_s), 0.9 } }));
            QCOMPARE(m_store->cachedScoreCount(), 5);
            QCOMPARE(m_store->cachedScoreCount(u"m"_s), 4);
        };
        check();
        if (QTest::currentTestFailed())
            return;

        // The cache is in the file: a new connection sees it.
        m_store.reset();
        m_db->close();
        QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
        m_store = std::make_unique<EvalStore>(m_db.get());
        check();

        QVERIFY(m_store->clearCache(u"m"_s));
        QCOMPARE(m_store->cachedScoreCount(), 1);
        QVERIFY(m_store->cachedQueryScores({ q1, q2 }).isEmpty());
        QCOMPARE(m_store->cachedQueryScores({ n1 }).value(n1), (Entries{ { doc(u"a"_s), 0.5 } }));
    }

    void unreadableCacheRowsAreMissesAndGetRewritten()
    {
        const QByteArray prefix = EvalStore::cacheKeyPrefix(u"e"_s, u"m"_s, {});
        const QByteArray key = EvalStore::queryCacheKey(prefix, EvalStore::textHash(u"q"_s));
        const QueryScores::DocKey a = QueryScores::docKey(EvalStore::textHash(u"a"_s));
        const QueryScores::DocKey b = QueryScores::docKey(EvalStore::textHash(u"b"_s));
        QVERIFY(m_store->storeQueryScores({ { key, { u"m"_s, { { a, 0.5 }, { b, 0.25 } } } } }));
        const QByteArray good
            = QueryScores::encode({ { std::min(a, b), 0.5 }, { std::max(a, b), 0.25 } });
        // Torn, foreign and out-of-order blobs: no scores from them, no failure either.
        const QList<QByteArray> bad = {
            QByteArray(),
            good.left(good.size() - 1),
            good + 'x',
            QByteArray(1, '\2') + good.mid(1),
            QByteArray(1, QueryScores::Version) + good.mid(1 + QueryScores::EntrySize)
                + good.mid(1, QueryScores::EntrySize),
            QByteArray(1, QueryScores::Version) + good.mid(1, QueryScores::EntrySize)
                + good.mid(1, QueryScores::EntrySize),
        };
        for (const QByteArray &bytes : bad) {
            QSqlQuery update(m_db->connection());
            update.prepare(u"UPDATE eval_query_scores SET scores = ? WHERE key = ?"_s);
            update.addBindValue(bytes.isNull() ? QByteArray("") : bytes);
            update.addBindValue(key);
            QVERIFY(update.exec());
            QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"unreadable row"_s));
            QVERIFY(m_store->cachedQueryScores({ key }).isEmpty());
            QVERIFY(m_store->lastError().isEmpty());
            QVERIFY(m_store->cachedScoreCount() >= 0);
        }
        // The next scores of that query replace the unreadable row.
        QVERIFY(m_store->storeQueryScores({ { key, { u"m"_s, { { b, 0.125 } } } } }));
        QCOMPARE(m_store->cachedQueryScores({ key }).value(key),
                 (QList<QueryScores::Entry>{ { b, 0.125 } }));
    }

    void legacyPerPairScoresStillAnswer()
    {
        // Per-pair rows of schemas 6–17, written as those versions did.
        const QByteArray a = EvalStore::cacheKey(u"e"_s, u"m"_s, {}, u"q"_s, u"a"_s);
        const QByteArray b = EvalStore::cacheKey(u"e"_s, u"m"_s, {}, u"q"_s, u"b"_s);
        const QByteArray c = EvalStore::cacheKey(u"e"_s, u"n"_s, {}, u"q"_s, u"c"_s);
        QVERIFY(!m_store->hasLegacyScores());
        const auto insert = [&](const QByteArray &key, const QString &model, double score) {
            QSqlQuery query(m_db->connection());
            query.prepare(u"INSERT INTO eval_score_cache (key, model, score, created)"
                          " VALUES (?, ?, ?, 1)"_s);
            query.addBindValue(key);
            query.addBindValue(model);
            query.addBindValue(score);
            return query.exec();
        };
        QVERIFY(insert(a, u"m"_s, 0.4));
        QVERIFY(insert(b, u"m"_s, 0.75));
        QVERIFY(insert(c, u"n"_s, 0.5));
        QVERIFY(m_store->hasLegacyScores());
        const QHash<QByteArray, double> found
            = m_store->legacyScores({ a, b, c, QByteArray(16, 'x') });
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.value(a), 0.4);
        QCOMPARE(found.value(b), 0.75);
        QCOMPARE(found.value(c), 0.5);
        QCOMPARE(m_store->cachedScoreCount(), 3);

        // Moved into a query's row: gone from the per-pair cache in the same transaction, so
        // it counts once.
        const QByteArray key = EvalStore::queryCacheKey(
            EvalStore::cacheKeyPrefix(u"e"_s, u"m"_s, {}), EvalStore::textHash(u"q"_s));
        const QueryScores::DocKey docA = QueryScores::docKey(EvalStore::textHash(u"a"_s));
        QVERIFY(m_store->storeQueryScores({ { key, { u"m"_s, { { docA, 0.4 } } } } }, { a }));
        QCOMPARE(m_store->legacyScores({ a, b }).keys(), QList<QByteArray>{ b });
        QCOMPARE(m_store->cachedQueryScores({ key }).value(key),
                 (QList<QueryScores::Entry>{ { docA, 0.4 } }));
        QCOMPARE(m_store->cachedScoreCount(), 3);
        QCOMPARE(m_store->cachedScoreCount(u"m"_s), 2);

        // Cleared with the new rows.
        QVERIFY(m_store->clearCache(u"m"_s));
        QCOMPARE(m_store->cachedScoreCount(), 1);
        QVERIFY(m_store->legacyScores({ a, b }).isEmpty());
        QCOMPARE(m_store->legacyScores({ c }).value(c), 0.5);
        QVERIFY(m_store->cachedQueryScores({ key }).isEmpty());
        QVERIFY(m_store->clearCache());
        QVERIFY(!m_store->hasLegacyScores());
        QCOMPARE(m_store->cachedScoreCount(), 0);
    }

    void legacyScoresOfAVersion16FileStillAnswer()
    {
        // A history file of schema 16 with per-pair scores (cached, and staged by a run that
        // never folded them): after the upgrade they answer (the staged ones folded in, newer
        // than a cached one of the same key), count and clear as before.
        m_store.reset();
        m_db->close();
        const QString path = m_dir->filePath(u"v16.db"_s);
        const QByteArray a = EvalStore::cacheKey(u"e"_s, u"m"_s, {}, u"q"_s, u"a"_s);
        const QByteArray b = EvalStore::cacheKey(u"e"_s, u"m"_s, {}, u"q"_s, u"b"_s);
        {
            Database old;
            Database::Options options;
            options.targetVersion = 16;
            QVERIFY(old.open(path, options).ok());
            QSqlQuery query(old.connection());
            QVERIFY(
                query.exec(u"INSERT INTO eval_score_cache (key, model, score, created)"
                           " VALUES (x'%1', 'm', 0.25, 1)"_s.arg(QString::fromLatin1(a.toHex()))));
            QVERIFY(
                query.exec(u"INSERT INTO eval_score_staging (key, model, score, created)"
                           " VALUES (x'%1', 'm', 0.5, 2)"_s.arg(QString::fromLatin1(b.toHex()))));
            QVERIFY(
                query.exec(u"INSERT INTO eval_score_staging (key, model, score, created)"
                           " VALUES (x'%1', 'm', 0.125, 3)"_s.arg(QString::fromLatin1(a.toHex()))));
        }
        QVERIFY(m_db->open(path).ok());
        QCOMPARE(m_db->schemaVersion(), Database::latestVersion());
        m_store = std::make_unique<EvalStore>(m_db.get());
        QVERIFY(m_store->hasLegacyScores());
        const QHash<QByteArray, double> found = m_store->legacyScores({ a, b });
        QCOMPARE(found.value(a), 0.125);
        QCOMPARE(found.value(b), 0.5);
        QCOMPARE(m_store->cachedScoreCount(u"m"_s), 2);
        QSqlQuery tables(m_db->connection());
        QVERIFY(
            tables.exec(u"SELECT COUNT(*) FROM sqlite_master WHERE name = 'eval_score_staging'"_s));
        QVERIFY(tables.next());
        QCOMPARE(tables.value(0).toInt(), 0); // nothing stages any more
        QVERIFY(m_store->cachedQueryScores({ a, b }).isEmpty());
        QVERIFY(m_store->clearCache());
        QVERIFY(!m_store->hasLegacyScores());
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
