// Evaluate's data side (issue 14), two figures with their baselines taken in the same run:
//
// 1. Importing a 100,000-document BEIR corpus (corpus.jsonl ~45 MB, 1,000 queries, 10 judgments
//    each) into the history file with EvalImport on its worker: the wall time (goal ≤ 5 s), its
//    ratio to reading the same files line by line without parsing, and the GUI thread's longest
//    event-loop stall meanwhile (goal ≤ 16 ms).
// 2. Scoring 100,000 pairs (1,000 queries × 100 candidates, one model) with EvalRunner against
//    the fake server on its own thread, starting from an empty score cache: plan, cache look-ups,
//    requests, parsing and writing every score to the cache. The baseline is the same HTTP
//    requests, prepared in advance, sent by raw sockets with the same concurrency and read
//    without parsing: what the server and the loopback cost. Goal: Sift adds ≤ 10%.
//    Measured in CPU time per thread, which other processes on the machine barely change (the
//    wall time, printed too, moves with the machine's load): the server thread's own clock
//    (pthread_getcpuclockid) gives the server's time; the process's clock minus the server's
//    gives the client's (the GUI thread, the plan's workers, the cache writer). The goal is
//    checked on the client-added CPU: EvalRunner's client CPU minus the raw sockets' client CPU,
//    over the baseline's CPU (the server's plus the raw client's), medians of alternated runs.
//
// --quick: 20,000 documents and 20,000 pairs, loose ratio guards only.
// --import / --scoring: only that part (for profiling one of them).
// --runs N: alternated baseline/EvalRunner pairs of runs for the scoring figures (default 5).
// --batch N: pairs per request (EvalRunner::setBatchSize and the baseline's requests; default
//            EvalRunner::PackedBatchSize).
#include "api/apiclient.h"
#include "benchutil.h"
#include "eval/evalimport.h"
#include "eval/evalrunner.h"
#include "rerank/rerankjob.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;

namespace {

const QString Model = u"Qwen/Qwen3-Reranker-0.6B"_s;

const QStringList &vocabulary()
{
    static const QStringList words{
        u"apple"_s,   u"river"_s,  u"orchard"_s, u"harvest"_s,  u"engine"_s,  u"stone"_s,
        u"cider"_s,   u"tree"_s,   u"market"_s,  u"press"_s,    u"season"_s,  u"yield"_s,
        u"glacier"_s, u"violin"_s, u"bread"_s,   u"compiler"_s, u"railway"_s, u"honey"_s,
    };
    return words;
}

QString text(QRandomGenerator &random, int words)
{
    QStringList out;
    for (int w = 0; w < words; ++w)
        out << vocabulary().at(int(random.bounded(int(vocabulary().size()))));
    return out.join(u' ');
}

// A BEIR folder: `documents` documents (~450 bytes each), `queries` queries with 10 judgments.
void writeBeir(const QString &folder, int documents, int queries)
{
    QRandomGenerator random(14);
    QDir().mkpath(folder + u"/qrels"_s);
    QFile corpus(folder + u"/corpus.jsonl"_s);
    corpus.open(QIODevice::WriteOnly);
    for (int i = 0; i < documents; ++i) {
        const QJsonObject doc{ { u"_id"_s, u"d%1"_s.arg(i) },
                               { u"title"_s, text(random, 4) },
                               { u"text"_s, text(random, 60) } };
        corpus.write(QJsonDocument(doc).toJson(QJsonDocument::Compact) + '\n');
    }
    QFile queryFile(folder + u"/queries.jsonl"_s);
    queryFile.open(QIODevice::WriteOnly);
    QFile qrels(folder + u"/qrels/test.tsv"_s);
    qrels.open(QIODevice::WriteOnly);
    qrels.write("query-id\tcorpus-id\tscore\n");
    for (int q = 0; q < queries; ++q) {
        const QJsonObject query{ { u"_id"_s, u"q%1"_s.arg(q) }, { u"text"_s, text(random, 5) } };
        queryFile.write(QJsonDocument(query).toJson(QJsonDocument::Compact) + '\n');
        for (int j = 0; j < 10; ++j)
            qrels.write(u"q%1\td%2\t%3\n"_s.arg(q)
                            .arg(random.bounded(documents))
                            .arg(random.bounded(4))
                            .toUtf8());
    }
}

// Reading the three files line by line, nothing else: the floor of any import.
double plainReadMs(const QString &folder)
{
    return Bench::medianMs(3, [&] {
        qint64 lines = 0;
        for (const QString &name : { u"corpus.jsonl"_s, u"queries.jsonl"_s, u"qrels/test.tsv"_s }) {
            QFile file(folder + u'/' + name);
            file.open(QIODevice::ReadOnly);
            while (!file.atEnd()) {
                file.readLine();
                ++lines;
            }
        }
        if (lines == 0)
            qFatal("nothing read");
    });
}

struct ImportRun
{
    double ms = 0;
    double stallMax = 0;
    double stallCpu = 0; // the GUI thread's own CPU time in its longest stall
};

// Beside Bench::StallMeter: the GUI thread's own CPU time during its longest late tick of a 1 ms
// timer. On 2 cores shared with other processes the scheduler alone makes stalls (perf sched
// timehist shows the thread preempted while compilers hold both cores); a stall with almost no
// CPU of the GUI thread's own is the machine's, not work of Sift's on the GUI thread.
class StallCpu
{
public:
    StallCpu()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    }
    void start()
    {
        m_last = Bench::nowMs();
        m_lastCpu = Bench::threadCpuMs();
        m_longest = m_cpuOfLongest = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double cpuOfLongest() const { return m_cpuOfLongest; }

private:
    void tick()
    {
        const double now = Bench::nowMs();
        const double cpu = Bench::threadCpuMs();
        if (now - m_last > m_longest) {
            m_longest = now - m_last;
            m_cpuOfLongest = cpu - m_lastCpu;
        }
        m_last = now;
        m_lastCpu = cpu;
    }

    QTimer m_timer;
    double m_last = 0;
    double m_lastCpu = 0;
    double m_longest = 0;
    double m_cpuOfLongest = 0;
};

ImportRun importOnce(EvalStore *store, const QString &folder)
{
    EvalImport import(store->database()->path());
    QSignalSpy finished(&import, &EvalImport::finished);
    Bench::StallMeter stalls;
    StallCpu stallCpu;
    EvalImport::Source source;
    source.folder = folder;
    QElapsedTimer timer;
    stalls.start();
    stallCpu.start();
    timer.start();
    import.start(source);
    if (!finished.wait(600000))
        qFatal("import did not finish");
    ImportRun run;
    run.ms = double(timer.nsecsElapsed()) / 1e6;
    stalls.stop();
    stallCpu.stop();
    run.stallMax = stalls.max();
    run.stallCpu = stallCpu.cpuOfLongest();
    const auto result = finished.at(0).at(0).value<EvalImport::Result>();
    if (!result.ok)
        qFatal("import failed: %s", qPrintable(result.error));
    store->deleteSet(result.setId);
    return run;
}

// The exact requests EvalRunner sends for the set (one model, native DeepInfra shape): the
// pairs of all queries in candidate order, `batch` to a request, each with its own query.
QList<QByteArray> rawRequests(EvalStore *store, qint64 setId, quint16 port, int batch)
{
    QList<QByteArray> requests;
    const Eval::Candidates candidates = store->candidates(setId);
    QStringList pairQueries;
    QStringList pairTexts;
    for (const Eval::Query &query : store->queries(setId)) {
        QStringList ids;
        for (const Eval::Candidate &c : candidates.value(query.id))
            ids << c.docId;
        const QHash<QString, Eval::Document> docs = store->documents(setId, ids);
        for (const QString &id : std::as_const(ids)) {
            pairQueries << query.text;
            pairTexts << docs.value(id).text;
        }
    }
    for (qsizetype first = 0; first < pairTexts.size(); first += batch) {
        QJsonArray queries;
        QJsonArray documents;
        for (qsizetype i = first; i < std::min<qsizetype>(first + batch, pairTexts.size()); ++i) {
            queries.append(pairQueries.at(i));
            documents.append(pairTexts.at(i));
        }
        const QByteArray body
            = QJsonDocument(QJsonObject{ { u"queries"_s, queries }, { u"documents"_s, documents } })
                  .toJson(QJsonDocument::Compact);
        requests << "POST /v1/inference/" + Model.toUtf8()
                + " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                + "\r\nAuthorization: Bearer bench-key\r\nContent-Type: "
                  "application/json\r\nContent-Length: "
                + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }
    return requests;
}

// One timed run: wall time, and CPU time split into the server thread's and the rest (the
// client: this thread, the plan's workers and the cache writer).
struct Timed
{
    double ms = 0;
    double serverCpuMs = 0;
    double clientCpuMs = 0;
    double mainCpuMs = 0; // of the client's: this (the GUI) thread alone
    // EvalRunner's wall time by phase: planning, requests (to the last score), writing the end.
    double planMs = 0;
    double requestsMs = 0;
    double writesMs = 0;
};

class RunClock
{
public:
    explicit RunClock(const Bench::ServerThread &server)
        : m_server(server)
        , m_process(Bench::processCpuMs())
        , m_serverStart(server.cpuMs())
        , m_main(Bench::threadCpuMs())
    {
        m_wall.start();
    }
    Timed stop() const
    {
        Timed timed;
        timed.ms = double(m_wall.nsecsElapsed()) / 1e6;
        timed.serverCpuMs = m_server.cpuMs() - m_serverStart;
        timed.clientCpuMs = Bench::processCpuMs() - m_process - timed.serverCpuMs;
        timed.mainCpuMs = Bench::threadCpuMs() - m_main;
        return timed;
    }

private:
    const Bench::ServerThread &m_server;
    QElapsedTimer m_wall;
    double m_process;
    double m_serverStart;
    double m_main;
};

Timed runRaw(const QList<QByteArray> &requests, const Bench::ServerThread &server, quint16 port,
             int inFlight)
{
    QEventLoop loop;
    int remaining = int(requests.size());
    int next = 0;
    qint64 bytes = 0;
    std::function<void()> launch = [&] {
        if (next >= requests.size())
            return;
        const QByteArray request = requests.at(next++);
        auto *socket = new QTcpSocket(&loop);
        QObject::connect(socket, &QTcpSocket::connected, socket,
                         [socket, request] { socket->write(request); });
        QObject::connect(socket, &QTcpSocket::readyRead, socket,
                         [socket, &bytes] { bytes += socket->readAll().size(); });
        QObject::connect(socket, &QTcpSocket::disconnected, socket, [&, socket] {
            bytes += socket->readAll().size();
            socket->deleteLater();
            if (--remaining == 0)
                loop.quit();
            else
                launch();
        });
        socket->connectToHost(u"127.0.0.1"_s, port);
    };
    const RunClock clock(server);
    for (int i = 0; i < inFlight; ++i)
        launch();
    loop.exec();
    const Timed timed = clock.stop();
    if (bytes == 0)
        qFatal("the fake server sent nothing");
    return timed;
}

Timed runSift(ApiClient *client, EvalStore *store, const Bench::ServerThread &server, qint64 setId,
              int expectedPairs, int batch)
{
    store->clearCache();
    EvalRunner runner(client, store, setId, { Model });
    runner.setBatchSize(batch);
    QSignalSpy finished(&runner, &EvalRunner::finished);
    QElapsedTimer phases;
    double prepared = 0;
    double scored = 0;
    QObject::connect(&runner, &EvalRunner::prepared, &runner,
                     [&] { prepared = double(phases.nsecsElapsed()) / 1e6; });
    QObject::connect(&runner, &EvalRunner::progress, &runner,
                     [&](const EvalRunner::Progress &progress) {
                         if (progress.pairsDone == progress.pairsTotal && scored == 0)
                             scored = double(phases.nsecsElapsed()) / 1e6;
                     });
    const RunClock clock(server);
    phases.start();
    runner.start();
    if (!finished.wait(600000))
        qFatal("run did not finish");
    Timed timed = clock.stop();
    timed.planMs = prepared;
    timed.requestsMs = scored - prepared;
    timed.writesMs = timed.ms - scored;
    const EvalRunner::Outcome outcome = runner.outcomes().value(0);
    if (outcome.state != RerankResult::State::Complete || outcome.scored != expectedPairs)
        qFatal("run incomplete: %d of %d", outcome.scored, expectedPairs);
    return timed;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool quick = Bench::quickMode(argc, argv);
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool onlyImport = arguments.contains(u"--import"_s);
    const bool onlyScoring = arguments.contains(u"--scoring"_s);
    QTemporaryDir dir;
    Database database;
    if (!database.open(dir.filePath(u"sift.db"_s)).ok())
        qFatal("cannot open the database");
    EvalStore store(&database);
    Bench::Report report;

    // 1. Import.
    if (!onlyScoring) {
        const int documents = quick ? 20000 : 100000;
        const QString folder = dir.filePath(u"beir"_s);
        writeBeir(folder, documents, 1000);
        std::printf("import: %d documents (%.1f MB corpus), 1,000 queries\n", documents,
                    double(QFileInfo(folder + u"/corpus.jsonl"_s).size()) / 1e6);
        const double plain = plainReadMs(folder);
        importOnce(&store, folder); // warm-up: page cache, allocator
        QList<double> times;
        QList<ImportRun> runs;
        for (int i = 0; i < (quick ? 1 : 3); ++i) {
            runs << importOnce(&store, folder);
            times << runs.last().ms;
        }
        // The run with the median stall, and what its longest stall was made of.
        std::sort(runs.begin(), runs.end(),
                  [](const ImportRun &a, const ImportRun &b) { return a.stallMax < b.stallMax; });
        const ImportRun median = runs.at(runs.size() / 2);
        const double importMs = Bench::percentile(times, 0.5);
        report.info("  plain line-by-line read (baseline)", plain, "ms");
        report.info("  import on the worker", importMs, "ms",
                    u"ratio to plain read %1x"_s.arg(importMs / plain, 0, 'f', 1));
        if (quick) {
            report.check("  regression guard: import / plain read", importMs / plain, "x", 200);
            report.info("  GUI event-loop stall max", median.stallMax, "ms");
        } else {
            report.check("  import 100,000 documents", importMs, "ms", 5000);
            report.check("  GUI event-loop stall max (median run)", median.stallMax, "ms", 16);
        }
        // The GUI thread's share of its longest stall: near zero means other processes held
        // the cores, not work of Sift's on the GUI thread.
        report.info("    of it the GUI thread's own CPU", median.stallCpu, "ms");
    }
    if (onlyImport)
        return report.exitCode();

    // 2. Scoring.
    Bench::ServerThread server;
    const quint16 port = server.startServer();
    if (port == 0)
        qFatal("cannot start the fake server");
    const int queries = quick ? 200 : 1000;
    const int candidates = 100;
    const qint64 setId = store.createSet(u"bench"_s);
    store.inTransaction([&] {
        QRandomGenerator random(7);
        for (int i = 0; i < queries * candidates; ++i)
            store.addDocument(setId, { u"d%1"_s.arg(i), {}, text(random, 25) });
        for (int q = 0; q < queries; ++q) {
            store.addQuery(setId, q, { u"q%1"_s.arg(q), text(random, 5), {} });
            QList<Eval::Candidate> list;
            for (int c = 0; c < candidates; ++c)
                list << Eval::Candidate{ u"d%1"_s.arg(q * candidates + c), c + 1, std::nullopt };
            store.setCandidates(setId, u"q%1"_s.arg(q), list);
        }
        return true;
    });
    ApiClient client;
    client.setApiKey(u"bench-key"_s);
    Endpoint endpoint;
    endpoint.name = u"Bench"_s;
    endpoint.baseUrl = QUrl(server.baseUrl() + u"/v1/openai"_s);
    client.setEndpoint(endpoint);
    int batch = EvalRunner::PackedBatchSize;
    if (const qsizetype at = arguments.indexOf(u"--batch"_s); at >= 0)
        batch = std::clamp(arguments.value(at + 1).toInt(), 1, int(RerankSet::MaxBatchSize));
    const QList<QByteArray> raw = rawRequests(&store, setId, port, batch);
    const int pairs = queries * candidates;
    std::printf("scoring: %d pairs, %lld requests of up to %d pairs (of several queries), "
                "%d in flight\n",
                pairs, qint64(raw.size()), batch, RerankJob::DefaultMaxInFlight);
    const int inFlight = RerankJob::DefaultMaxInFlight;
    runRaw(raw, server, port, inFlight); // warm-up
    runSift(&client, &store, server, setId, pairs, batch);
    int runs = quick ? 2 : 5;
    if (const qsizetype at = arguments.indexOf(u"--runs"_s); at >= 0)
        runs = std::max(1, arguments.value(at + 1).toInt());
    QList<Timed> rawRuns;
    QList<Timed> siftRuns;
    // Alternated, so that a busy moment of the machine hits both alike.
    for (int i = 0; i < runs; ++i) {
        rawRuns << runRaw(raw, server, port, inFlight);
        siftRuns << runSift(&client, &store, server, setId, pairs, batch);
    }
    const double at = quick ? 0.0 : 0.5;
    const auto median = [at](const QList<Timed> &list, double Timed::*field) {
        QList<double> values;
        for (const Timed &t : list)
            values << t.*field;
        return Bench::percentile(values, at);
    };
    const double baseline = median(rawRuns, &Timed::ms);
    const double sift = median(siftRuns, &Timed::ms);
    report.info("  wall: server + raw sockets (baseline)", baseline, "ms");
    report.info("  wall: EvalRunner, empty cache", sift, "ms",
                u"ratio %1x, client-added %2% (moves with the machine's load)"_s
                    .arg(sift / baseline, 0, 'f', 3)
                    .arg((sift - baseline) / baseline * 100, 0, 'f', 1));
    report.info(
        "    of it planning / requests / writing at the end (wall)",
        median(siftRuns, &Timed::planMs), "ms",
        u"requests %1 ms, writing %2 ms"_s.arg(median(siftRuns, &Timed::requestsMs), 0, 'f', 0)
            .arg(median(siftRuns, &Timed::writesMs), 0, 'f', 0));
    if (quick)
        report.check("  regression guard: EvalRunner / baseline (wall)", sift / baseline, "x", 3.0);

    // CPU time per thread: the figures other processes on the machine barely move.
    const double serverRaw = median(rawRuns, &Timed::serverCpuMs);
    const double serverSift = median(siftRuns, &Timed::serverCpuMs);
    const double clientRaw = median(rawRuns, &Timed::clientCpuMs);
    const double clientSift = median(siftRuns, &Timed::clientCpuMs);
    const double mainSift = median(siftRuns, &Timed::mainCpuMs);
    report.info("  CPU: server thread, baseline run", serverRaw, "ms");
    report.info("  CPU: server thread, EvalRunner run", serverSift, "ms",
                u"%1 µs per pair"_s.arg(serverSift * 1000 / pairs, 0, 'f', 2));
    report.info("  CPU: raw sockets' client", clientRaw, "ms");
    report.info(
        "  CPU: EvalRunner's client, all threads", clientSift, "ms",
        u"GUI thread %1 ms, plan and cache writer %2 ms; %3 µs per pair"_s.arg(mainSift, 0, 'f', 0)
            .arg(clientSift - mainSift, 0, 'f', 0)
            .arg(clientSift * 1000 / pairs, 0, 'f', 2));
    const double added = (clientSift - clientRaw) / (serverRaw + clientRaw) * 100;
    if (quick)
        report.check("  regression guard: client-added CPU / baseline", added, "%", 200);
    else
        report.check("  client-added CPU / baseline's (server + raw)", added, "%", 10);
    report.info("  all client CPU / server CPU", clientSift / serverSift * 100, "%");
    // Everything cached: a second run plans and answers without a request.
    const double cachedMs = Bench::medianMs(quick ? 1 : 3, [&] {
        EvalRunner runner(&client, &store, setId, { Model });
        QSignalSpy finished(&runner, &EvalRunner::finished);
        runner.start();
        finished.wait(600000);
        if (runner.outcomes().value(0).fromCache != pairs)
            qFatal("not all from the cache");
    });
    report.info("  second run, all from the cache", cachedMs, "ms");
    return report.exitCode();
}
