#include "eval/beirformat.h"
#include "eval/evalimport.h"
#include "store/database.h"
#include "store/evalstore.h"
#include "store/workbenchstore.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString SampleDir = QStringLiteral(SIFT_SOURCE_DIR "/tests/data/eval-sample");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

// A small BEIR folder: three documents, two queries, judgments for both.
void writeBeir(const QString &folder, const QByteArray &corpus = {}, const QByteArray &queries = {},
               const QByteArray &qrels = {})
{
    writeFile(folder + u"/corpus.jsonl"_s,
              corpus.isNull() ? QByteArray(R"({"_id": "d1", "title": "T1", "text": "apple pie"}
{"_id": "d2", "title": "", "text": "stock market"}
{"_id": "d3", "text": "apple orchard"}
)")
                              : corpus);
    writeFile(folder + u"/queries.jsonl"_s,
              queries.isNull() ? QByteArray("{\"_id\": \"q1\", \"text\": \"apple\"}\r\n"
                                            "{\"_id\": \"q2\", \"text\": \"markets\"}\r\n"
                                            "{\"_id\": \"q3\", \"text\": \"unjudged\"}\r\n")
                               : queries);
    writeFile(folder + u"/qrels/test.tsv"_s,
              qrels.isNull() ? QByteArray("query-id\tcorpus-id\tscore\nq1\td1\t2\nq1\td3\t1\n"
                                          "q1\td2\t0\nq2\td2\t1\n")
                             : qrels);
}

} // namespace

class TestEvalImport : public QObject
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

    void beirFolder()
    {
        const QString folder = m_dir->filePath(u"tiny"_s);
        writeBeir(folder);
        EvalImport::Source source;
        source.folder = folder;
        const EvalImport::Result result = EvalImport::run(m_store.get(), source);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.setName, u"tiny"_s);
        QCOMPARE(result.queries, 2);
        QCOMPARE(result.skippedQueries, 1); // q3 has no judgments
        QCOMPARE(result.documents, 3);
        QCOMPARE(result.judgments, 4);
        QCOMPARE(result.candidates, 4);
        const qint64 id = result.setId;
        QCOMPARE(m_store->qrels(id).value(u"q1"_s).value(u"d1"_s), 2);
        QCOMPARE(m_store->document(id, u"d1"_s)->title, u"T1"_s);
        QCOMPARE(m_store->queries(id).at(1).text, u"markets"_s);
        QCOMPARE(m_store->candidates(id).value(u"q1"_s).size(), 3);

        // The same folder again gets a name of its own.
        const EvalImport::Result again = EvalImport::run(m_store.get(), source);
        QVERIFY(again.ok);
        QCOMPARE(again.setName, u"tiny (2)"_s);
    }

    void sampleSetWithFirstStage()
    {
        EvalImport::Source source;
        source.folder = SampleDir;
        source.candidatesFile = SampleDir + u"/firststage.trec"_s;
        source.depth = 100;
        source.name = u"sample"_s;
        const EvalImport::Result result = EvalImport::run(m_store.get(), source);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.queries, 20);
        QCOMPARE(result.documents, 1500);
        QCOMPARE(result.candidates, 20 * 100);
        QCOMPARE(result.firstStage, u"firststage"_s);
        const QList<EvalSystemInfo> systems = m_store->systems(result.setId);
        QCOMPARE(systems.size(), 1);
        QCOMPARE(systems.at(0).kind, EvalSystemInfo::Kind::FirstStage);
        const Eval::Run firstStage = m_store->loadRun(result.setId, u"firststage"_s);
        QCOMPARE(firstStage.size(), 20);
        QCOMPARE(firstStage.value(u"q1"_s).size(), 100);
        // Candidates follow trec_eval's order of the run: best score first.
        const QList<Eval::Candidate> q1 = m_store->candidates(result.setId).value(u"q1"_s);
        QVERIFY(q1.at(0).score >= q1.at(1).score);
        QCOMPARE(q1.at(0).rank, 1);
    }

    void badLinesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("corpus");
        QTest::addColumn<QByteArray>("queries");
        QTest::addColumn<QByteArray>("qrels");
        QTest::addColumn<QString>("where");

        const QByteArray okCorpus("{\"_id\": \"d1\", \"text\": \"a\"}\n");
        const QByteArray okQueries("{\"_id\": \"q1\", \"text\": \"a\"}\n");
        const QByteArray okQrels("query-id\tcorpus-id\tscore\nq1\td1\t1\n");
        QTest::newRow("corpus not json")
            << QByteArray("{\"_id\": \"d1\", \"text\": \"a\"}\n\n{\"_id\": \"d2\", \"text\": ")
            << okQueries << okQrels << u"corpus.jsonl, line 3"_s;
        QTest::newRow("corpus without text") << QByteArray("{\"_id\": \"d1\", \"title\": \"a\"}\n")
                                             << okQueries << okQrels << u"corpus.jsonl, line 1"_s;
        QTest::newRow("corpus id twice") << QByteArray(
            "{\"_id\": \"d1\", \"text\": \"a\"}\n{\"_id\": \"d1\", \"text\": \"b\"}\n")
                                         << okQueries << okQrels << u"corpus.jsonl, line 2"_s;
        QTest::newRow("corpus array")
            << QByteArray("[1, 2]\n") << okQueries << okQrels << u"corpus.jsonl, line 1"_s;
        QTest::newRow("query without text") << okCorpus << QByteArray("{\"_id\": \"q1\"}\n")
                                            << okQrels << u"queries.jsonl, line 1"_s;
        QTest::newRow("qrels fraction")
            << okCorpus << okQueries << QByteArray("query-id\tcorpus-id\tscore\nq1\td1\t0.5\n")
            << u"test.tsv, line 2"_s;
        QTest::newRow("qrels two columns")
            << okCorpus << okQueries << QByteArray("q1\td1\t1\nq1\td1\n") << u"test.tsv, line 2"_s;
    }

    void badLinesNameFileAndLine()
    {
        QFETCH(QByteArray, corpus);
        QFETCH(QByteArray, queries);
        QFETCH(QByteArray, qrels);
        QFETCH(QString, where);
        const QString folder = m_dir->filePath(u"bad"_s);
        writeBeir(folder, corpus, queries, qrels);
        EvalImport::Source source;
        source.folder = folder;
        const EvalImport::Result result = EvalImport::run(m_store.get(), source);
        QVERIFY(!result.ok);
        QVERIFY(!result.cancelled);
        QVERIFY2(result.error.contains(where), qPrintable(result.error));
        QVERIFY(result.line > 0);
        // Nothing half-imported.
        QVERIFY(m_store->listSets().isEmpty());
        QCOMPARE(m_store->documentCount(1), 0);
    }

    void missingFileIsNamed()
    {
        const QString folder = m_dir->filePath(u"partial"_s);
        writeBeir(folder);
        QFile::remove(folder + u"/qrels/test.tsv"_s);
        EvalImport::Source source;
        source.folder = folder;
        const EvalImport::Result result = EvalImport::run(m_store.get(), source);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(u"test.tsv"_s), qPrintable(result.error));
        QVERIFY(m_store->listSets().isEmpty());
    }

    void cancelLeavesNothing()
    {
        EvalImport::Source source;
        source.folder = SampleDir;
        std::atomic<bool> cancelled{ false };
        int calls = 0;
        // Cancelled after the first progress report (deterministic: the flag is read per line).
        const EvalImport::Result result = EvalImport::run(
            m_store.get(), source,
            [&](qint64, qint64) {
                if (++calls == 2)
                    cancelled = true;
            },
            &cancelled);
        QVERIFY(!result.ok);
        QVERIFY(result.cancelled);
        QVERIFY(m_store->listSets().isEmpty());
    }

    void workerImportReportsProgress()
    {
        EvalImport import(m_db->path());
        QSignalSpy progress(&import, &EvalImport::progress);
        QSignalSpy finished(&import, &EvalImport::finished);
        EvalImport::Source source;
        source.folder = SampleDir;
        import.start(source);
        QVERIFY(import.isRunning());
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(0).value<EvalImport::Result>();
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(!progress.isEmpty());
        const qint64 total = progress.constLast().at(1).toLongLong();
        QVERIFY(total > 200000); // corpus, queries and qrels
        QCOMPARE(progress.constLast().at(0).toLongLong(), total);
        // The GUI's connection sees the set the worker's wrote.
        QCOMPARE(m_store->set(result.setId)->documentCount, 1500);
        QCOMPARE(m_store->set(result.setId)->queryCount, 20);
    }

    void workerImportCancel()
    {
        EvalImport import(m_db->path());
        QSignalSpy finished(&import, &EvalImport::finished);
        EvalImport::Source source;
        source.folder = SampleDir;
        // Cancel when the first progress arrives: either the import stopped (nothing kept) or
        // it had already committed; never anything in between.
        connect(&import, &EvalImport::progress, &import, &EvalImport::cancel);
        import.start(source);
        QVERIFY(finished.wait(60000));
        const auto result = finished.at(0).at(0).value<EvalImport::Result>();
        if (result.ok)
            QCOMPARE(m_store->set(result.setId)->documentCount, 1500);
        else
            QVERIFY(m_store->listSets().isEmpty());
    }

    void workbenchSets()
    {
        WorkbenchSetRecord record;
        record.name = u"lighthouses"_s;
        record.set.query = u"oldest lighthouse"_s;
        record.set.instruction = u"Find facts"_s;
        record.set.documents = { { u"Tower of Hercules"_s, 3 },
                                 { u"Bread"_s, 0 },
                                 { u"Pharos"_s, RerankDocument::Unlabelled } };
        const QString path = m_dir->filePath(u"lighthouses.json"_s);
        writeFile(path, WorkbenchStore::toJsonDocument(record));
        EvalImport::Source source;
        source.format = EvalImport::Source::Format::Workbench;
        source.workbenchFiles = { path };
        const EvalImport::Result result = EvalImport::run(m_store.get(), source);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.queries, 1);
        QCOMPARE(result.documents, 3);
        QCOMPARE(result.judgments, 2);
        const QList<Eval::Query> queries = m_store->queries(result.setId);
        QCOMPARE(queries.at(0).id, u"lighthouses"_s);
        QCOMPARE(queries.at(0).instruction, u"Find facts"_s);
        QCOMPARE(m_store->qrels(result.setId).value(u"lighthouses"_s).value(u"lighthouses/1"_s), 3);
        // Every document is a candidate, labelled or not.
        QCOMPARE(m_store->candidates(result.setId).value(u"lighthouses"_s).size(), 3);

        // The same set saved in the history, imported by its id.
        WorkbenchStore workbench(m_db.get());
        const qint64 saved = workbench.saveSet(0, record.set, u"Oldest lighthouse"_s);
        QVERIFY(saved > 0);
        EvalImport::Source fromStore;
        fromStore.format = EvalImport::Source::Format::Workbench;
        fromStore.workbenchSetIds = { saved };
        const EvalImport::Result stored = EvalImport::run(m_store.get(), fromStore);
        QVERIFY2(stored.ok, qPrintable(stored.error));
        QCOMPARE(m_store->queries(stored.setId).at(0).id, u"Oldest_lighthouse"_s);
        QCOMPARE(m_store->qrels(stored.setId).value(u"Oldest_lighthouse"_s).size(), 2);
        fromStore.workbenchSetIds = { saved + 100 };
        QVERIFY(!EvalImport::run(m_store.get(), fromStore).ok);

        writeFile(path, "{\"format\": \"something else\"}");
        const EvalImport::Result bad = EvalImport::run(m_store.get(), source);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(u"lighthouses.json"_s), qPrintable(bad.error));
    }

    // A workbench set file that is not JSON: the error names the file and the line where the
    // JSON breaks, and nothing is imported (earlier files of the same import included).
    void badWorkbenchFileNamesFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("where");
        QTest::addColumn<qint64>("line");
        QTest::newRow("cut off") << QByteArray(
            "{\n  \"format\": \"sift-workbench-set\",\n  \"set\": {")
                                 << u"broken.json, line 3"_s << qint64(3);
        QTest::newRow("missing comma")
            << QByteArray("{\n\"format\": \"sift-workbench-set\"\n\"version\": 1\n}\n")
            << u"broken.json, line 3"_s << qint64(3);
        QTest::newRow("empty") << QByteArray() << u"broken.json, line 1"_s << qint64(1);
        // Valid JSON that is not a set: the whole file is wrong, no line to name.
        QTest::newRow("not a set") << QByteArray("[1, 2]\n") << u"broken.json: "_s << qint64(0);
        QTest::newRow("results not a list")
            << QByteArray("{\"format\": \"sift-workbench-set\", \"version\": 1, \"set\": "
                          "{\"query\": \"q\", \"documents\": []}, \"results\": 7}")
            << u"broken.json: "_s << qint64(0);
    }

    void badWorkbenchFileNamesFileAndLine()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, where);
        QFETCH(qint64, line);
        WorkbenchSetRecord record;
        record.set.query = u"oldest lighthouse"_s;
        record.set.documents = { { u"Tower of Hercules"_s, 3 } };
        const QString good = m_dir->filePath(u"good.json"_s);
        writeFile(good, WorkbenchStore::toJsonDocument(record));
        const QString broken = m_dir->filePath(u"broken.json"_s);
        writeFile(broken, bytes);
        EvalImport::Source source;
        source.format = EvalImport::Source::Format::Workbench;
        source.workbenchFiles = { good, broken };
        const EvalImport::Result result = EvalImport::run(m_store.get(), source);
        QVERIFY(!result.ok);
        QVERIFY2(result.error.contains(QDir::toNativeSeparators(m_dir->path())),
                 qPrintable(result.error));
        QVERIFY2(result.error.contains(where), qPrintable(result.error));
        QCOMPARE(result.line, line);
        QVERIFY(m_store->listSets().isEmpty());
    }

    void trecFiles()
    {
        const QString topics = m_dir->filePath(u"topics.tsv"_s);
        const QString qrels = m_dir->filePath(u"qrels.txt"_s);
        const QString docs = m_dir->filePath(u"docs.tsv"_s);
        const QString run = m_dir->filePath(u"bm25.run"_s);
        writeFile(topics, "301\tred apple pie\n302\tstock news\n");
        writeFile(qrels, "# comment\n301 0 A 2\n301 0 B 0\n302 0 B -1\n");
        writeFile(docs, "A\tApples\tred apple pie recipe\nB\tstock market news\nC\tpears\n");
        writeFile(run,
                  "301 Q0 A 1 2.5 bm25\n301 Q0 C 2 2.5 bm25\n301 Q0 B 3 1.0 bm25\n"
                  "302 Q0 B 1 3 bm25\n302 Q0 Z 2 2 bm25\n");
        EvalImport::Source source;
        source.format = EvalImport::Source::Format::Trec;
        source.topicsFile = topics;
        source.qrelsFile = qrels;
        source.documentsFile = docs;
        source.candidatesFile = run;
        source.depth = 2;
        const EvalImport::Result result = EvalImport::run(m_store.get(), source);
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.documents, 3);
        QCOMPARE(result.judgments, 3);
        QCOMPARE(m_store->qrels(result.setId).value(u"302"_s).value(u"B"_s), -1);
        QCOMPARE(m_store->document(result.setId, u"A"_s)->title, u"Apples"_s);
        const Eval::Candidates candidates = m_store->candidates(result.setId);
        // Ties by docno descending (C before A), cut at depth 2; Z is not in the documents.
        QCOMPARE(candidates.value(u"301"_s),
                 (QList<Eval::Candidate>{ { u"C"_s, 1, 2.5 }, { u"A"_s, 2, 2.5 } }));
        QCOMPARE(candidates.value(u"302"_s), (QList<Eval::Candidate>{ { u"B"_s, 1, 3.0 } }));
        QCOMPARE(result.firstStage, u"bm25"_s);

        writeFile(run, "301 Q0 A 1 high bm25\n");
        const EvalImport::Result bad = EvalImport::run(m_store.get(), source);
        QVERIFY(!bad.ok);
        QVERIFY2(bad.error.contains(u"bm25.run, line 1"_s), qPrintable(bad.error));
    }

    void readLinesHandlesEndsAndLimits()
    {
        QByteArray bytes = "\xEF\xBB\xBF"
                           "one\r\n\n  \ntwo\nthree";
        QBuffer buffer(&bytes);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        QList<QPair<qint64, QByteArray>> lines;
        QVERIFY(BeirFormat::readLines(&buffer, [&](qint64 number, QByteArrayView line) {
            lines.append({ number, line.toByteArray() });
            return true;
        }));
        QCOMPARE(lines,
                 (QList<QPair<qint64, QByteArray>>{ { 1, "one" }, { 4, "two" }, { 5, "three" } }));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<EvalStore> m_store;
};

QTEST_GUILESS_MAIN(TestEvalImport)
#include "tst_evalimport.moc"
