// A Sift process killed with SIGKILL during a rerank run: on the next start the set and the
// partial results saved by RerankRunRecorder (the workbench's own code path) are there, marked
// interrupted, and the database is intact.
#include "api/apiclient.h"
#include "fakeserver.h"
#include "killedchild.h"
#include "rerank/rerankjob.h"
#include "rerank/rerankrun.h"
#include "store/database.h"
#include "store/rerankrunrecorder.h"
#include "store/workbenchstore.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

constexpr int Documents = 200;
constexpr int FlushesBeforeKill = 3;
const QStringList Models{ u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-8B"_s };

RerankSet testSet()
{
    RerankSet set;
    set.query = u"which passages talk about rerankers"_s;
    for (int i = 0; i < Documents; ++i)
        set.documents << RerankDocument{ u"passage %1 about rerankers and search"_s.arg(i), -1 };
    set.documents[3].label = 2;
    set.models = Models;
    set.batchSize = 2; // many small, slow batches: the run lasts several seconds
    return set;
}

int scoredCount(const QList<RerankResult> &results)
{
    int scored = 0;
    for (const RerankResult &result : results)
        scored += int(result.ranked.size());
    return scored;
}

// The child: a run recorded into `path` while the in-process fake server answers each batch
// after 300 ms. Prints "flush <set id> <documents scored over all models>" per write.
int runChild(const QString &path)
{
    FakeServer server;
    if (!server.listen())
        return 2;
    server.setDefaultFault(u"slow-first=300"_s);
    ApiClient client;
    Endpoint endpoint;
    endpoint.name = u"Fake"_s;
    endpoint.baseUrl = QUrl(server.baseUrl() + u"/v1/openai"_s);
    client.setEndpoint(endpoint);
    client.setApiKey(u"test-key"_s);
    Database db;
    if (!db.open(path).ok())
        return 3;
    WorkbenchStore store(&db);
    const qint64 setId = store.saveSet(0, testSet(), u"crash test"_s);
    if (!setId)
        return 5;
    RerankRun run(&client, testSet());
    RerankRunRecorder recorder(&store, &run, setId);
    QObject::connect(&recorder, &RerankRunRecorder::flushed, &recorder,
                     [setId](const QList<RerankResult> &results) {
                         std::printf("flush %lld %d\n", static_cast<long long>(setId),
                                     scoredCount(results));
                         std::fflush(stdout);
                     });
    QObject::connect(&run, &RerankRun::finished, &run,
                     [] { QCoreApplication::exit(4); }); // too fast: the test cannot kill it
    run.start();
    return QCoreApplication::exec();
}

} // namespace

class TestRerankCrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidRun();
    void finishedRunIsSavedWhole();
};

void TestRerankCrash::killedMidRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sift.db"_s);
    const KilledChild child = KilledChild::runAndKill(path, FlushesBeforeKill);
    QVERIFY2(child.error.isEmpty(), qPrintable(child.error));
    const qint64 setId = child.id;
    const int storedScored = int(child.value);
    // Each write holds more scored documents than the one before (how often it writes is timed
    // in bench_store, not here).
    QCOMPARE(child.values.size(), FlushesBeforeKill);
    QVERIFY2(child.valuesGrow(), qPrintable(child.valuesText()));
    QVERIFY(storedScored > 0);

    Database db;
    const Database::OpenResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.status, Database::Status::Ok);
    QString problems;
    QVERIFY2(db.integrityCheck(&problems), qPrintable(problems));

    WorkbenchStore store(&db);
    const std::optional<WorkbenchSetRecord> record = store.loadSet(setId);
    QVERIFY(record.has_value());
    QCOMPARE(record->name, u"crash test"_s);
    QCOMPARE(record->set, testSet());
    QCOMPARE(record->results.size(), Models.size());
    int scored = 0;
    for (int i = 0; i < record->results.size(); ++i) {
        const RerankResult &saved = record->results.at(i);
        QCOMPARE(saved.model, Models.at(i));
        QCOMPARE(saved.state, RerankResult::State::Interrupted);
        QCOMPARE(saved.documentCount, Documents);
        // Every document is either scored or listed as not scored because of the interruption.
        QCOMPARE(saved.ranked.size() + saved.unscored.size(), qsizetype(Documents));
        QVERIFY(!saved.unscored.isEmpty());
        QCOMPARE(saved.unscored.constLast().error.kind, ApiError::Kind::Cancelled);
        scored += int(saved.ranked.size());
    }
    // At least what the last reported write held (a later one may have landed before the kill).
    QVERIFY2(scored >= storedScored, qPrintable(u"%1 < %2"_s.arg(scored).arg(storedScored)));
    QVERIFY(scored < Documents * int(Models.size()));

    // The export (what the user can take away) says interrupted too.
    QString error;
    const QByteArray exported = store.exportSetJson(setId, &error);
    QVERIFY2(!exported.isEmpty(), qPrintable(error));
    const std::optional<WorkbenchSetRecord> parsed = WorkbenchStore::parseSetJson(exported, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(parsed->results.constFirst().state, RerankResult::State::Interrupted);
    QVERIFY(db.integrityCheck(&problems));
}

// The same recorder in a run that ends: partial writes while it runs (throttled), then the
// final results, complete, on disk by the time the run's finished() has been handled.
void TestRerankCrash::finishedRunIsSavedWhole()
{
    QTemporaryDir dir;
    FakeServer server;
    QVERIFY(server.listen());
    server.setDefaultFault(u"slow-first=40"_s);
    ApiClient client;
    Endpoint endpoint;
    endpoint.name = u"Fake"_s;
    endpoint.baseUrl = QUrl(server.baseUrl() + u"/v1/openai"_s);
    client.setEndpoint(endpoint);
    client.setApiKey(u"test-key"_s);
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    WorkbenchStore store(&db);
    RerankSet set = testSet();
    set.documents = set.documents.mid(0, 40);
    const qint64 setId = store.saveSet(0, set);
    QVERIFY(setId);

    RerankRun run(&client, set);
    RerankRunRecorder recorder(&store, &run, setId);
    // An interval no run reaches: the writes left are the ones events cause (the first batch,
    // a model's end while another runs, the run's end), so the count is exact whatever the
    // machine's speed; how often timed writes come is measured in bench_store.
    recorder.setFlushInterval(3600 * 1000);
    int batches = 0;
    for (RerankJob *job : run.jobs())
        connect(job, &RerankJob::batchFinished, this, [&batches] { ++batches; });
    QList<int> partialStates;
    connect(&recorder, &RerankRunRecorder::flushed, this,
            [&partialStates](const QList<RerankResult> &results) {
                for (const RerankResult &result : results)
                    partialStates << int(result.state);
            });
    QSignalSpy finished(&recorder, &RerankRunRecorder::finished);
    run.start();
    QVERIFY(finished.wait(20000));
    QCOMPARE(finished.first().first().toBool(), true);
    // 20 batches per model: a few writes, not one per batch.
    QCOMPARE(batches, 20 * int(Models.size()));
    QVERIFY2(recorder.flushCount() >= 2, qPrintable(QString::number(recorder.flushCount())));
    QVERIFY2(recorder.flushCount() <= 1 + int(Models.size()),
             qPrintable(QString::number(recorder.flushCount())));
    QVERIFY(partialStates.contains(int(RerankResult::State::Running)));

    const QList<RerankResult> saved = store.loadResults(setId);
    QCOMPARE(saved.size(), Models.size());
    for (const RerankResult &result : saved) {
        QCOMPARE(result.state, RerankResult::State::Complete);
        QCOMPARE(result.ranked.size(), set.documents.size());
        QVERIFY(result.unscored.isEmpty());
    }
    QCOMPARE(saved.constFirst().ranked, run.results().constFirst().ranked);
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestRerankCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_rerankcrash.moc"
