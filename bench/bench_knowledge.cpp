// Knowledge benchmarks (issue 15): the exact vector scan over 100,000 passages × 1,024
// dimensions (multithreaded, and as a ratio to a single-threaded naive loop), BM25 over the
// same number of passages plus RRF fusion, the memory the vectors take, and indexing 10,000
// passages against the fake server on its own thread (the client's time beside the time spent
// waiting for embeddings). --quick: 20,000 passages, for CTest.
#include "api/apiclient.h"
#include "benchutil.h"
#include "knowledge/indexer.h"
#include "knowledge/retriever.h"
#include "knowledge/vectorindex.h"
#include "store/database.h"
#include "store/knowledgestore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThreadPool>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const bool quick = Bench::quickMode(argc, argv);
    const int rows = quick ? 20000 : 100000;
    const int dimensions = 1024;
    Bench::Report report;
    QRandomGenerator random(42);
    std::printf("threads in the pool: %d\n", QThreadPool::globalInstance()->maxThreadCount());

    // Vector scan: the int8 index against a plain float32 loop over the same vectors.
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
    const double oneThreadMs = Bench::medianMs(3, [&] { index.searchOneThread(query, 50); });
    const double naiveMs = Bench::medianMs(3, [&] {
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
    report.check(quick ? "vector top-50, 20,000 × 1,024 (threads)"
                       : "vector top-50, 100,000 × 1,024 (threads)",
                 fastMs, "ms", 50.0,
                 u"naive single-threaded float32 loop %1 ms: %2× faster; the same int8 scan on "
                 u"one thread %3 ms"_s.arg(naiveMs, 0, 'f', 1)
                     .arg(naiveMs / fastMs, 0, 'f', 2)
                     .arg(oneThreadMs, 0, 'f', 1));
    report.check("vector recall@50 of int8 against float32 (misses)", 50.0 - found, "", 2.0,
                 u"%1 of 50 found"_s.arg(found));
    floats = {};

    // BM25 + fusion over a real SQLite file.
    QTemporaryDir dir;
    Database db;
    if (!db.open(dir.filePath(u"sift.db"_s)).ok())
        return 2;
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
                return 3;
        }
    }
    const QString question = words.at(3) + u' ' + words.at(40) + u' ' + words.at(700);
    QList<qint64> vectorIds;
    for (const VectorIndex::Hit &hit : std::as_const(fast))
        vectorIds << hit.id;
    int fusedCount = 0;
    const double bm25Ms = Bench::medianMs(9, [&] {
        const auto hits = store.bm25(collection, question, 50);
        QList<qint64> ids;
        for (const auto &hit : hits)
            ids << hit.first;
        fusedCount = int(Retriever::fuse({ ids, vectorIds }, RetrievalOptions::RrfK).size());
    });
    report.check(quick ? "BM25 top-50 + RRF, 20,000 passages"
                       : "BM25 top-50 + RRF, 100,000 passages",
                 bm25Ms, "ms", 20.0, u"%1 fused candidates"_s.arg(fusedCount));
    const double loadMs = Bench::medianMs(1, [&] { store.loadVectors(collection, 8); });
    report.info("loading the collection's vectors (8 dims)", loadMs, "ms");

    // Indexing 10,000 passages (quick: 2,000) against the fake server on its own thread.
    Bench::ServerThread server;
    if (server.startServer() == 0)
        return 4;
    const int files = quick ? 20 : 100;
    for (int f = 0; f < files; ++f) {
        QFile file(dir.filePath(u"docs/f%1.txt"_s.arg(f)));
        QDir().mkpath(dir.filePath(u"docs"_s));
        if (!file.open(QIODevice::WriteOnly))
            return 5;
        for (int p = 0; p < 100; ++p) // one passage each: ~80 words + a blank line
            file.write(passageText(random, words).toUtf8() + "\n\n"
                       + QByteArray(1200, ' ').replace(' ', "x ").left(1200) + "\n\n");
    }
    ApiClient client;
    client.setApiKey(u"bench"_s);
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(server.baseUrl() + u"/v1/openai"_s);
    client.setEndpoint(endpoint);
    const qint64 docs = *store.createCollection(u"docs"_s, u"Qwen/Qwen3-Embedding-0.6B"_s, 256);
    store.addSources(docs, { dir.filePath(u"docs"_s) });
    Indexer indexer(&store, &client, *store.collection(u"docs"_s));
    Chunker::Options chunking;
    chunking.targetTokens = 400;
    indexer.setChunkOptions(chunking);
    bool done = false;
    QObject::connect(&indexer, &Indexer::finished, [&] { done = true; });
    indexer.start();
    if (!Bench::spinUntil([&] { return done; }, 600000))
        return 6;
    const Indexer::Summary s = indexer.summary();
    const double clientMs = double(s.elapsedMs - s.embedMs);
    report.info("indexing: passages embedded", s.chunksEmbedded, "");
    report.info("indexing: wall time", double(s.elapsedMs), "ms",
                u"%1 ms waiting for embeddings"_s.arg(s.embedMs));
    report.info("indexing: client time besides waiting", clientMs, "ms",
                u"%1 of the waiting time (goal 10%)"_s.arg(
                    s.embedMs > 0 ? clientMs / double(s.embedMs) * 100 : 0.0, 0, 'f', 1)
                    + u'%');
    return report.exitCode();
}
