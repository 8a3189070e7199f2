// Knowledge benchmarks (issue 15): the exact vector scan over 100,000 passages × 1,024
// dimensions (multithreaded, and as a ratio to a single-threaded naive loop), BM25 over the
// same number of passages plus RRF fusion, the memory the vectors take, and indexing 10,000
// passages against the fake server on its own thread beside embedding the same texts alone (CPU
// and wall time, alternating runs, medians). --quick: 20,000 passages (2,000 indexed), for
// CTest; --part vector|bm25|index: one part; --runs N: runs of each for the indexing part.
#include "api/apiclient.h"
#include "benchutil.h"
#include "knowledge/contenthash.h"
#include "knowledge/embeddingjob.h"
#include "knowledge/indexer.h"
#include "knowledge/retriever.h"
#include "knowledge/vectorindex.h"
#include "store/database.h"
#include "store/knowledgestore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThreadPool>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

QList<float> randomVector(QRandomGenerator &random, int dimensions)
{
    QList<float> vector(dimensions);
    for (float &f : vector)
        f = float(random.generateDouble() * 2.0 - 1.0);
    VectorIndex::normalize(vector);
    return vector;
}

QStringList vocabulary()
{
    QStringList words;
    for (int i = 0; i < 20000; ++i)
        words << u"w%1"_s.arg(i, 0, 36);
    return words;
}

// Median wall and calling-thread CPU times in ms of several runs. The machine the figures are
// taken on may be shared: the CPU time is what the wall time would be on an idle one.
std::pair<double, double> medianWallCpu(int runs, const std::function<void()> &work)
{
    QList<double> wall;
    QList<double> cpu;
    for (int i = 0; i < runs; ++i) {
        const double cpuStart = Bench::threadCpuMs();
        const double start = Bench::nowMs();
        work();
        wall << Bench::nowMs() - start;
        cpu << Bench::threadCpuMs() - cpuStart;
    }
    return { Bench::percentile(wall, 0.5), Bench::percentile(cpu, 0.5) };
}

// ~80 words of Zipf-like text.
QString passageText(QRandomGenerator &random, const QStringList &words)
{
    QStringList text;
    for (int i = 0; i < 80; ++i) {
        const double u = random.generateDouble();
        text << words.at(int(std::pow(u, 3.0) * (words.size() - 1)));
    }
    return text.join(u' ');
}

// A passage as the chunker cuts them from prose: about its target of 400 tokens (TokenEstimate's
// four characters each), ~1,500 characters. The words follow Zipf's law (rank r drawn with
// probability ~1/r, as in English) and are 2–7 letters long: ~280 words, 70% of them distinct,
// as in an English passage of that length. (Fewer, or repeated, words would make the FTS5 index
// cheaper than real text makes it.)
QString prosePassage(QRandomGenerator &random, const QStringList &words)
{
    QString text;
    while (text.size() < 1500) {
        const auto rank = qsizetype(std::pow(double(words.size()), random.generateDouble())) - 1;
        QString word = words.at(std::clamp<qsizetype>(rank, 0, words.size() - 1));
        const qsizetype length = std::max<qsizetype>(word.size(), 2 + rank % 6);
        word = (word + u"qxzjkvqxzjkv"_s).left(length);
        if (!text.isEmpty())
            text += u' ';
        text += word;
    }
    return text;
}

// Indexing 10,000 passages (quick: 2,000) of prose against the fake server on its own thread,
// against the same texts embedded by the same client alone. Runs alternate (indexing, alone,
// indexing, …; each indexing run into a new history file) and medians are reported: the
// machine the figures are taken on may be shared. Two figures: the process's CPU time (server
// thread included), which load does not stretch, and the wall time, which is what the user
// waits for (the writes run on the indexer's writer thread, beside the requests).
bool benchIndexing(Bench::Report &report, QRandomGenerator &random, bool quick,
                   const QString &folder, int runs)
{
    QStringList words;
    for (int i = 0; i < 20000; ++i)
        words << QString::number(i, 36);
    QDir dir(folder);
    Bench::ServerThread server;
    if (server.startServer() == 0)
        return false;
    // Files as in a folder of notes, documentation and source code: most hold a few passages
    // (a median of 6, ~9 KB), some many (up to 40): 1 + ⌊39·u³⌋ passages each, a paragraph and
    // a blank line per passage.
    const int passages = quick ? 2000 : 10000;
    QDir().mkpath(dir.filePath(u"docs"_s));
    int files = 0;
    for (int written = 0; written < passages; ++files) {
        QFile file(dir.filePath(u"docs/f%1.txt"_s.arg(files)));
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const int count
            = std::min(passages - written, 1 + int(39.0 * std::pow(random.generateDouble(), 3.0)));
        for (int p = 0; p < count; ++p)
            file.write(prosePassage(random, words).toUtf8() + "\n\n");
        written += count;
    }
    ApiClient client;
    client.setApiKey(u"bench"_s);
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(server.baseUrl() + u"/v1/openai"_s);
    client.setEndpoint(endpoint);
    Chunker::Options chunking;
    chunking.targetTokens = 400;
    // The baseline's texts: the passages the indexer embeds (no scan, no chunking, no writes
    // when it runs).
    QStringList texts;
    for (int f = 0; f < files; ++f) {
        QFile file(dir.filePath(u"docs/f%1.txt"_s.arg(f)));
        if (!file.open(QIODevice::ReadOnly))
            return false;
        for (const Chunk &chunk : Chunker::chunk(file.readAll(), Chunker::Kind::Text, chunking))
            texts << chunk.text;
    }
    const qint64 pid = QCoreApplication::applicationPid();
    {
        // The scan's hashing of the files, as the indexer does it and with Qt's portable SHA-256.
        QList<QByteArray> contents;
        qint64 bytes = 0;
        for (int f = 0; f < files; ++f) {
            QFile file(dir.filePath(u"docs/f%1.txt"_s.arg(f)));
            if (!file.open(QIODevice::ReadOnly))
                return false;
            contents << file.readAll();
            bytes += contents.constLast().size();
        }
        const auto [hashMs, hashCpu] = medianWallCpu(3, [&] {
            for (const QByteArray &content : std::as_const(contents))
                ContentHash::sha256(content);
        });
        const auto [qtMs, qtCpu] = medianWallCpu(3, [&] {
            for (const QByteArray &content : std::as_const(contents))
                QCryptographicHash::hash(content, QCryptographicHash::Sha256);
        });
        report.info("hashing the files (ContentHash::sha256), CPU", hashCpu, "ms",
                    u"%1 MB; QCryptographicHash %2 ms CPU; SHA extensions: %3"_s
                        .arg(double(bytes) / 1e6, 0, 'f', 1)
                        .arg(qtCpu, 0, 'f', 1)
                        .arg(ContentHash::accelerated() ? u"used"_s : u"not available"_s));
    }

    struct Run
    {
        double cpuSeconds = Bench::NotMeasured;
        double wallMs = Bench::NotMeasured;
    };
    Indexer::Summary summary;
    const auto indexOnce = [&](int n) -> std::optional<Run> {
        Database db;
        if (!db.open(folder + u"/index%1.db"_s.arg(n)).ok())
            return std::nullopt;
        KnowledgeStore store(&db);
        const qint64 docs = *store.createCollection(u"docs"_s, u"Qwen/Qwen3-Embedding-0.6B"_s, 256);
        store.addSources(docs, { dir.filePath(u"docs"_s) });
        Run run;
        {
            Indexer indexer(&store, &client, *store.collection(u"docs"_s));
            indexer.setChunkOptions(chunking);
            bool done = false;
            QObject::connect(&indexer, &Indexer::finished, [&] { done = true; });
            const double cpuBefore = Bench::cpuSeconds(pid);
            const double start = Bench::nowMs();
            indexer.start();
            if (!Bench::spinUntil([&] { return done; }, 600000))
                return std::nullopt;
            run.wallMs = Bench::nowMs() - start;
            run.cpuSeconds = Bench::cpuSeconds(pid) - cpuBefore;
            summary = indexer.summary();
        }
        return run;
    };
    const auto embedAlone = [&]() -> std::optional<Run> {
        EmbeddingJob alone(&client, u"Qwen/Qwen3-Embedding-0.6B"_s, texts, 256);
        alone.setMaxInFlight(EmbeddingJob::DefaultMaxInFlight * 2); // as the indexer's two windows
        bool embedded = false;
        QObject::connect(&alone, &EmbeddingJob::finished, [&] { embedded = true; });
        Run run;
        const double cpuBefore = Bench::cpuSeconds(pid);
        const double start = Bench::nowMs();
        alone.start();
        if (!Bench::spinUntil([&] { return embedded; }, 600000))
            return std::nullopt;
        run.wallMs = Bench::nowMs() - start;
        run.cpuSeconds = Bench::cpuSeconds(pid) - cpuBefore;
        return run;
    };
    QList<double> indexCpu, indexWall, aloneCpu, aloneWall;
    for (int i = 0; i < runs; ++i) {
        const std::optional<Run> indexed = indexOnce(i);
        const std::optional<Run> alone = embedAlone();
        if (!indexed || !alone || summary.chunksEmbedded != texts.size())
            return false;
        indexCpu << indexed->cpuSeconds;
        indexWall << indexed->wallMs;
        aloneCpu << alone->cpuSeconds;
        aloneWall << alone->wallMs;
        QFile::remove(folder + u"/index%1.db"_s.arg(i));
        QFile::remove(folder + u"/index%1.db-wal"_s.arg(i));
        QFile::remove(folder + u"/index%1.db-shm"_s.arg(i));
    }
    const double cpu = Bench::percentile(indexCpu, 0.5);
    const double cpuAlone = Bench::percentile(aloneCpu, 0.5);
    const double wall = Bench::percentile(indexWall, 0.5);
    const double wallAlone = Bench::percentile(aloneWall, 0.5);
    const double cpuOverhead = (cpu / cpuAlone - 1.0) * 100.0;
    const double wallOverhead = (wall / wallAlone - 1.0) * 100.0;
    const auto list = [](const QList<double> &values, int decimals) {
        QStringList text;
        for (const double value : values)
            text << QString::number(value, 'f', decimals);
        return text.join(u", "_s);
    };
    report.info(
        "indexing: passages embedded", summary.chunksEmbedded, "",
        u"from %1 files; the baseline embedded %2 texts; %3 alternating runs of each"_s.arg(files)
            .arg(texts.size())
            .arg(runs));
    const QString cpuNote
        = u"medians: CPU %1 s, embedding the same texts alone %2 s (runs: %3 / %4)"_s
              .arg(cpu, 0, 'f', 2)
              .arg(cpuAlone, 0, 'f', 2)
              .arg(list(indexCpu, 2), list(aloneCpu, 2));
    const QString wallNote
        = u"medians: wall %1 ms, embedding alone %2 ms (runs: %3 / %4)"_s.arg(wall, 0, 'f', 0)
              .arg(wallAlone, 0, 'f', 0)
              .arg(list(indexWall, 0), list(aloneWall, 0));
    if (quick) {
        // CTest: a loose regression guard only, like the other quick benchmarks; the 10% goal is
        // judged by the full run.
        report.info("indexing 2,000 passages: CPU beyond embedding alone", cpuOverhead, "%",
                    cpuNote);
        report.info("indexing 2,000 passages: wall beyond embedding alone", wallOverhead, "%",
                    wallNote);
        report.check("regression guard: indexing CPU / embedding alone", cpu / cpuAlone, "x", 3.0);
    } else {
        report.check("indexing 10,000 passages: CPU beyond embedding alone", cpuOverhead, "%", 10.0,
                     cpuNote);
        report.check("indexing 10,000 passages: wall beyond embedding alone", wallOverhead, "%",
                     10.0, wallNote);
    }
    return true;
}

// The exact vector scan: the int8 index against a plain float32 loop over the same vectors.
// Returns the ids of the index's top-50 (for the fusion below).
QList<qint64> benchVectors(Bench::Report &report, QRandomGenerator &random, int rows, bool quick)
{
    const int dimensions = 1024;
    std::vector<float> floats;
    floats.reserve(size_t(rows) * dimensions);
    const double rssBefore = Bench::rssMb();
    VectorIndex index(dimensions);
    index.reserve(rows);
    for (int i = 0; i < rows; ++i) {
        const QList<float> vector = randomVector(random, dimensions);
        index.add(i + 1, vector);
        floats.insert(floats.end(), vector.cbegin(), vector.cend());
    }
    const double rssAfter = Bench::rssMb();
    report.info("vector memory (VectorIndex, int8)",
                double(index.memoryBytes()) / (1024.0 * 1024.0), "MiB",
                u"%1 passages × %2 dims; float32 would be %3 MiB"_s.arg(rows)
                    .arg(dimensions)
                    .arg(double(floats.size() * sizeof(float)) / (1024.0 * 1024.0), 0, 'f', 1));
    report.info("process RSS growth (index + float32 copy)", rssAfter - rssBefore, "MiB");
    const QList<float> query = randomVector(random, dimensions);
    QList<VectorIndex::Hit> fast;
    QList<VectorIndex::Hit> exact;
    const double fastMs = Bench::medianMs(quick ? 5 : 9, [&] { fast = index.search(query, 50); });
    const auto [oneThreadMs, oneThreadCpu]
        = medianWallCpu(3, [&] { index.searchOneThread(query, 50); });
    const auto [naiveMs, naiveCpu] = medianWallCpu(3, [&] {
        QList<VectorIndex::Hit> all;
        all.reserve(rows);
        for (int row = 0; row < rows; ++row) {
            float s = 0;
            const float *v = floats.data() + size_t(row) * dimensions;
            for (int i = 0; i < dimensions; ++i)
                s += query[i] * v[i];
            all.append(VectorIndex::Hit{ row + 1, s });
        }
        std::sort(all.begin(), all.end(), [](const auto &a, const auto &b) {
            return a.score != b.score ? a.score > b.score : a.id < b.id;
        });
        all.resize(50);
        exact = all;
    });
    int found = 0;
    for (const VectorIndex::Hit &hit : std::as_const(fast)) {
        for (const VectorIndex::Hit &truth : std::as_const(exact))
            found += truth.id == hit.id;
    }
    report.check(
        quick ? "vector top-50, 20,000 × 1,024 (threads)"
              : "vector top-50, 100,000 × 1,024 (threads)",
        fastMs, "ms", 50.0,
        u"naive single-threaded float32 loop %1 ms: %2× faster; the same int8 scan on "
        u"one thread %3 ms (CPU %4 ms; the naive loop's CPU %5 ms: %6×)"_s.arg(naiveMs, 0, 'f', 1)
            .arg(naiveMs / fastMs, 0, 'f', 2)
            .arg(oneThreadMs, 0, 'f', 1)
            .arg(oneThreadCpu, 0, 'f', 1)
            .arg(naiveCpu, 0, 'f', 1)
            .arg(naiveCpu / oneThreadCpu, 0, 'f', 1));
    report.check("vector recall@50 of int8 against float32 (misses)", 50.0 - found, "", 2.0,
                 u"%1 of 50 found"_s.arg(found));
    QList<qint64> ids;
    for (const VectorIndex::Hit &hit : std::as_const(fast))
        ids << hit.id;
    return ids;
}

// BM25 + fusion over a real SQLite file, beside the plain FTS5 query as the baseline.
bool benchBm25(Bench::Report &report, QRandomGenerator &random, int rows, bool quick,
               const QString &folder, const QList<qint64> &vectorIds)
{
    Database db;
    if (!db.open(folder + u"/bm25.db"_s).ok())
        return false;
    KnowledgeStore store(&db);
    const qint64 collection = *store.createCollection(u"bench"_s, u"m"_s, 8);
    const QStringList words = vocabulary();
    {
        const int perFile = 100;
        QList<float> small(8, 0.5f);
        for (int f = 0; f < rows / perFile; ++f) {
            QList<Chunk> chunks;
            QList<QList<float>> vectors;
            for (int c = 0; c < perFile; ++c) {
                Chunk chunk;
                chunk.text = passageText(random, words);
                chunk.byteEnd = chunk.text.size();
                chunks << chunk;
                vectors << small;
            }
            KbFile file;
            file.path = u"/bench/file%1.txt"_s.arg(f);
            file.hash = QString::number(f);
            if (!store.writeFile(collection, file, chunks, vectors))
                return false;
        }
    }
    const QString question = words.at(3) + u' ' + words.at(40) + u' ' + words.at(700);
    int fusedCount = 0;
    const auto [bm25Ms, bm25Cpu] = medianWallCpu(9, [&] {
        const auto hits = store.bm25(collection, question, 50);
        QList<qint64> ids;
        for (const auto &hit : hits)
            ids << hit.first;
        fusedCount = int(Retriever::fuse({ ids, vectorIds }, RetrievalOptions::RrfK).size());
    });
    // The baseline: FTS5's own ranking of every word in the collection's index, as a first
    // version would ask it.
    QSqlQuery plain(db.connection());
    plain.prepare(u"SELECT rowid FROM %1 WHERE %1 MATCH ? ORDER BY bm25(%1), rowid LIMIT 50"_s.arg(
        KnowledgeStore::ftsTable(collection)));
    const auto [plainMs, plainCpu] = medianWallCpu(5, [&] {
        plain.bindValue(0, KnowledgeStore::matchExpression(question));
        plain.exec();
        while (plain.next()) { }
    });
    report.check(quick ? "BM25 top-50 + RRF, 20,000 passages"
                       : "BM25 top-50 + RRF, 100,000 passages",
                 bm25Ms, "ms", 20.0,
                 u"CPU %1 ms; %2 fused candidates; the plain FTS5 query (every word) %3 ms, "
                 u"CPU %4 ms: %5× the time"_s.arg(bm25Cpu, 0, 'f', 1)
                     .arg(fusedCount)
                     .arg(plainMs, 0, 'f', 1)
                     .arg(plainCpu, 0, 'f', 1)
                     .arg(plainMs / bm25Ms, 0, 'f', 1));
    const double loadMs = Bench::medianMs(1, [&] { store.loadVectors(collection, 8); });
    report.info("loading the collection's vectors (8 dims)", loadMs, "ms");
    return true;
}

// "--part vector|bm25|index": only that part (for profiling one of them).
bool wanted(int argc, char *argv[], const char *part)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--part") == 0)
            return std::strcmp(argv[i + 1], part) == 0;
    }
    return true;
}

// "--runs N": alternating runs of indexing and of embedding alone.
int runsOption(int argc, char *argv[], int fallback)
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (std::strcmp(argv[i], "--runs") == 0)
            return std::max(1, std::atoi(argv[i + 1]));
    }
    return fallback;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = Bench::quickMode(argc, argv);
    const int rows = quick ? 20000 : 100000;
    Bench::Report report;
    QRandomGenerator random(42);
    std::printf("threads in the pool: %d\n", QThreadPool::globalInstance()->maxThreadCount());
    QTemporaryDir dir;

    QList<qint64> vectorIds;
    if (wanted(argc, argv, "vector"))
        vectorIds = benchVectors(report, random, rows, quick);
    if (wanted(argc, argv, "bm25")
        && !benchBm25(report, random, rows, quick, dir.path(), vectorIds))
        return 2;
    if (wanted(argc, argv, "index")
        && !benchIndexing(report, random, quick, dir.path(), runsOption(argc, argv, quick ? 1 : 3)))
        return 3;
    return report.exitCode();
}
