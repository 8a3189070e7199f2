#include "api/apiclient.h"
#include "fakeserver.h"
#include "knowledge/indexer.h"
#include "knowledge/knowledgeevalset.h"
#include "knowledge/knowledgeprompt.h"
#include "knowledge/knowledgesession.h"
#include "knowledge/pdftext.h"
#include "knowledge/retriever.h"
#include "rerank/rerankset.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/evalstore.h"
#include "store/knowledgestore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QRandomGenerator>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

// A collection end to end with real parts: files in a temporary folder, the fake server's
// embeddings and rerankers, and a real SQLite file. Checks sync (changed, deleted, moved files;
// only changed ones re-embedded), ignore rules, crash-safe resumption, hybrid retrieval with
// its stages, failures of each stage, and citations.
class TestKnowledge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void indexesFolderAndSkipsIgnored();
    void syncReembedsOnlyChangedFiles();
    void movedFileKeepsItsVectors();
    void cancelledRunResumes();
    void writesDoNotHoldTheRepliesBack();
    void chatIsSavedWhileAnotherConnectionWrites();
    void retrievalFindsThePassageWithEveryStage();
    void fusionIsReciprocalRank();
    void rerankFailureKeepsFusedOrderAndSaysSo();
    void embeddingFailureFallsBackToBm25AndSaysSo();
    void embeddingFailureDuringIndexingKeepsOtherFiles();
    void noRerankUsesFusedOrder();
    void thresholdLeavesOutLowScores();
    void promptNumbersSourcesAndCitationsMap();
    void removeCollectionDropsEverything();
    void bm25LeavesOutWordsInMostPassages();
    void bm25KeepsToItsCollection();
    void bm25StatisticsAreTheCollections();
    void bm25IsTheSameHoweverThePassagesWereWritten();
    void migrationGivesEachCollectionItsIndex();
    void migrationMakesIndexesMergeLess();
    void watchedFolderReindexesTheChangedFileAlone();
    void pdfTextIsIndexed();
    void workbenchLabelsCollectIntoEvalSet();
    void vectorScanAgreesAcrossThreads();
    void sessionReadsVectorsOnceUntilIndexed();

private:
    void write(const QString &relative, const QByteArray &bytes);
    KbCollection makeCollection(const QString &name = u"docs"_s);
    Indexer::Summary index(const KbCollection &collection);
    RetrievalResult search(const KbCollection &collection, const QString &query,
                           RetrievalOptions options = {});
    int embeddedInputs() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<KnowledgeStore> m_store;
};

namespace {

const QByteArray Orchard = "# Orchard care\n\nPrune apple trees in late winter, before the buds "
                           "open. Cut dead wood first.\n\n## Harvest\n\nPick apples when they "
                           "come off the branch with a gentle twist.\n";
const QByteArray Engines = "Diesel engines need clean fuel filters. Change the oil every 250 "
                           "hours of running.\n\nA stalling engine often has air in the fuel "
                           "line.\n";
const QByteArray Code = "int add(int a, int b)\n{\n    return a + b;\n}\n\nint subtract(int a, "
                        "int b)\n{\n    return a - b;\n}\n";

} // namespace

void TestKnowledge::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(QDir(m_dir->path()).mkpath(u"docs"_s));
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
    endpoint.baseUrl = QUrl(m_server->baseUrl() + u"/v1/openai"_s);
    m_client->setEndpoint(endpoint);
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_store = std::make_unique<KnowledgeStore>(m_db.get());

    write(u"docs/orchard.md"_s, Orchard);
    write(u"docs/engines.txt"_s, Engines);
    write(u"docs/src/math.cpp"_s, Code);
}

void TestKnowledge::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_client.reset();
    m_server.reset();
    m_dir.reset();
}

void TestKnowledge::write(const QString &relative, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

KbCollection TestKnowledge::makeCollection(const QString &name)
{
    const std::optional<qint64> id
        = m_store->createCollection(name, u"Qwen/Qwen3-Embedding-0.6B"_s, 256);
    if (!id)
        return {};
    m_store->addSources(*id, { m_dir->filePath(u"docs"_s) });
    return *m_store->collection(name);
}

Indexer::Summary TestKnowledge::index(const KbCollection &collection)
{
    Indexer indexer(m_store.get(), m_client.get(), collection);
    QSignalSpy finished(&indexer, &Indexer::finished);
    indexer.start();
    [&] { QVERIFY(finished.wait(30000)); }();
    const Indexer::Summary &s = indexer.summary();
    [&] { QVERIFY2(s.storageProblem.isEmpty(), qPrintable(m_store->lastError())); }();
    return s;
}

RetrievalResult TestKnowledge::search(const KbCollection &collection, const QString &query,
                                      RetrievalOptions options)
{
    Retriever retriever(m_store.get(), m_client.get(), *m_store->collection(collection.name));
    QSignalSpy finished(&retriever, &Retriever::finished);
    retriever.retrieve(query, options);
    [&] { QVERIFY(finished.wait(30000)); }();
    return retriever.result();
}

int TestKnowledge::embeddedInputs() const
{
    int count = 0;
    for (const FakeServer::Request &request : m_server->requests()) {
        if (request.path.endsWith("/embeddings"))
            count += int(
                QJsonDocument::fromJson(request.body).object().value("input"_L1).toArray().size());
    }
    return count;
}

void TestKnowledge::indexesFolderAndSkipsIgnored()
{
    write(u"docs/.git/config"_s, "[core]\n");
    write(u"docs/build/generated.txt"_s, "generated text\n");
    write(u"docs/node_modules/x/readme.md"_s, "# dependency\n");
    write(u"docs/image.png"_s, QByteArray("\x89PNG\r\n\x1a\n\0\0", 10));
    write(u"docs/fake.txt"_s, QByteArray("binary\0data", 11));
    write(u"docs/paper.pdf"_s, "%PDF-1.4\n");
    const KbCollection collection = makeCollection();
    const Indexer::Summary summary = index(collection);
    QVERIFY2(!summary.error.isError(), qPrintable(summary.error.message));
    QCOMPARE(summary.filesSeen, 5); // three texts, the fake binary, the PDF
    QCOMPARE(summary.filesIndexed, 3);
    QCOMPARE(summary.notes.size(), 2);
    QVERIFY(summary.notes.filter(u"paper.pdf: "_s).size() == 1); // not a readable PDF
    QVERIFY(summary.notes.filter(u"fake.txt"_s).size() == 1);
    QVERIFY(summary.chunksEmbedded >= 3);
    QCOMPARE(embeddedInputs(), summary.chunksEmbedded);
    QVERIFY(summary.promptTokens > 0);
    QVERIFY(summary.cost && *summary.cost > 0);
    const QHash<QString, KbFile> files = m_store->files(collection.id);
    QCOMPARE(files.size(), 5);
    for (const QString &path : files.keys())
        QVERIFY2(!path.contains(u"/.git/"_s) && !path.contains(u"/build/"_s)
                     && !path.contains(u"node_modules"_s),
                 qPrintable(path));
    QCOMPARE(m_store->collection(u"docs"_s)->chunkCount, summary.chunksEmbedded);
    QVERIFY(m_db->integrityCheck());
}

void TestKnowledge::syncReembedsOnlyChangedFiles()
{
    const KbCollection collection = makeCollection();
    const Indexer::Summary first = index(collection);
    QCOMPARE(first.filesIndexed, 3);
    m_server->clearRequests();

    const Indexer::Summary unchanged = index(collection);
    QCOMPARE(unchanged.filesIndexed, 0);
    QCOMPARE(unchanged.filesUnchanged, 3);
    QCOMPARE(m_server->requestCount(), 0);

    write(u"docs/engines.txt"_s, Engines + "\nGlow plugs warm the cylinders.\n");
    QVERIFY(QFile::remove(m_dir->filePath(u"docs/src/math.cpp"_s)));
    const Indexer::Summary changed = index(collection);
    QCOMPARE(changed.filesIndexed, 1);
    QCOMPARE(changed.filesUnchanged, 1);
    QCOMPARE(changed.filesRemoved, 1);
    QCOMPARE(embeddedInputs(), changed.chunksEmbedded);
    for (const FakeServer::Request &request : m_server->requests())
        QVERIFY(!request.body.contains("Orchard")); // the untouched file was not sent
    const QHash<QString, KbFile> files = m_store->files(collection.id);
    QCOMPARE(files.size(), 2);
    // The deleted file's passages are gone from the FTS index too.
    QVERIFY(m_store->bm25(collection.id, u"subtract"_s, 10).isEmpty());
    QCOMPARE(m_store->bm25(collection.id, u"glow plugs"_s, 10).size(), 1);
}

void TestKnowledge::movedFileKeepsItsVectors()
{
    const KbCollection collection = makeCollection();
    index(collection);
    m_server->clearRequests();
    QVERIFY(QDir().mkpath(m_dir->filePath(u"docs/garden"_s)));
    QVERIFY(QFile::rename(m_dir->filePath(u"docs/orchard.md"_s),
                          m_dir->filePath(u"docs/garden/orchard.md"_s)));
    const Indexer::Summary summary = index(collection);
    QCOMPARE(summary.filesRenamed, 1);
    QCOMPARE(summary.filesIndexed, 0);
    QCOMPARE(summary.filesRemoved, 0);
    QCOMPARE(m_server->requestCount(), 0);
    const RetrievalResult result = search(collection, u"prune apple trees"_s);
    QVERIFY(!result.selected().isEmpty());
    QVERIFY(result.selected().constFirst().passage.path.endsWith(u"garden/orchard.md"_s));
}

void TestKnowledge::cancelledRunResumes()
{
    for (int i = 0; i < 12; ++i)
        write(u"docs/notes/note%1.txt"_s.arg(i),
              "Note number " + QByteArray::number(i) + " about the harvest festival.\n");
    const KbCollection collection = makeCollection();
    m_server->setDefaultFault(u"slow-first=30"_s);
    int written = 0;
    {
        Indexer indexer(m_store.get(), m_client.get(), collection);
        indexer.setEmbedBatchSize(1);
        indexer.setMaxInFlight(1); // one file per window: a cancel falls between files
        QSignalSpy finished(&indexer, &Indexer::finished);
        connect(&indexer, &Indexer::fileIndexed, &indexer, [&] {
            if (++written == 4)
                indexer.cancel();
        });
        indexer.start();
        QVERIFY(finished.wait(30000));
        QVERIFY(indexer.summary().cancelled);
    }
    // A window already embedded when the run was cancelled is still written (whole).
    QVERIFY(written >= 4 && written < 15);
    QCOMPARE(m_store->files(collection.id).size(), written);
    QVERIFY(m_db->integrityCheck());
    m_server->setDefaultFault(FakeFault());
    m_server->clearRequests();
    const Indexer::Summary resumed = index(collection);
    QCOMPARE(resumed.filesUnchanged, written);
    QCOMPARE(resumed.filesIndexed, 15 - written);
    QCOMPARE(m_store->files(collection.id).size(), 15);
    QVERIFY(m_db->integrityCheck());
}

void TestKnowledge::writesDoNotHoldTheRepliesBack()
{
    // Six one-passage files, two per window. Another connection holds the history file's write
    // lock (as a chat being saved may): the indexer's writer thread waits for it (up to the busy
    // timeout) while every window is embedded, and then writes them all. (Written on the GUI
    // thread's connection, in a transaction that reads before it writes, each window failed at
    // once: SQLite calls no busy handler there.)
    for (int i = 0; i < 6; ++i)
        write(u"docs/more/part%1.txt"_s.arg(i), "Part " + QByteArray::number(i) + " of six.\n");
    QFile::remove(m_dir->filePath(u"docs/orchard.md"_s));
    QFile::remove(m_dir->filePath(u"docs/engines.txt"_s));
    QFile::remove(m_dir->filePath(u"docs/src/math.cpp"_s));
    const KbCollection collection = makeCollection();
    const QString name = u"writesDoNotHoldTheRepliesBack"_s;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        other.setDatabaseName(m_dir->filePath(u"sift.db"_s));
        QVERIFY(other.open());
        QSqlQuery lock(other);
        QVERIFY2(lock.exec(u"BEGIN IMMEDIATE"_s), qPrintable(lock.lastError().text()));
        Indexer indexer(m_store.get(), m_client.get(), collection);
        indexer.setEmbedBatchSize(1);
        indexer.setMaxInFlight(1);
        QSignalSpy finished(&indexer, &Indexer::finished);
        QSignalSpy indexed(&indexer, &Indexer::fileIndexed);
        indexer.start();
        QTRY_COMPARE_WITH_TIMEOUT(embeddedInputs(), 6, 4000);
        QVERIFY(indexed.isEmpty()); // nothing written yet
        QVERIFY(lock.exec(u"ROLLBACK"_s));
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QVERIFY2(indexer.summary().storageProblem.isEmpty(),
                 qPrintable(indexer.summary().storageProblem));
        QCOMPARE(indexer.summary().filesIndexed, 6);
        QCOMPARE(indexed.size(), 6);
        lock.finish();
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(m_store->files(collection.id).size(), 6);
    QVERIFY(m_db->integrityCheck());
}

void TestKnowledge::chatIsSavedWhileAnotherConnectionWrites()
{
    // The indexer's writer holds the history file's write lock for a window at a time while
    // the user may be chatting: a reply saved meanwhile (addMessage reads its parent, then
    // inserts) waits for the lock instead of failing at once, as a deferred transaction did.
    ConversationStore chats(m_db.get());
    const qint64 conversation = chats.createConversation(u"t"_s);
    QVERIFY(conversation > 0);
    Message question;
    question.content = u"question"_s;
    QVERIFY(chats.addMessage(conversation, question));
    QSemaphore held;
    QSemaphore release;
    const QString path = m_dir->filePath(u"sift.db"_s);
    std::unique_ptr<QThread> writer(QThread::create([&] {
        const QString name = u"chatIsSavedWhileAnotherConnectionWrites"_s;
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            other.setDatabaseName(path);
            other.open();
            QSqlQuery lock(other);
            lock.exec(u"BEGIN IMMEDIATE"_s);
            held.release();
            // Held until the test thread is waiting for it (or a second at most).
            release.tryAcquire(1, 1000);
            lock.exec(u"COMMIT"_s);
            lock.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }));
    writer->start();
    held.acquire();
    Message reply;
    reply.parentId = question.id;
    reply.role = Message::Role::Assistant;
    reply.content = u"answer"_s;
    const bool saved = chats.addMessage(conversation, reply);
    release.release();
    writer->wait();
    QVERIFY2(saved, qPrintable(chats.lastError()));
    QCOMPARE(chats.loadConversation(conversation)->messages.size(), 2);
}

void TestKnowledge::retrievalFindsThePassageWithEveryStage()
{
    const KbCollection collection = makeCollection();
    index(collection);
    const RetrievalResult result = search(collection, u"when should I prune apple trees"_s);
    QVERIFY(!result.embedding.error.isError());
    QVERIFY(!result.rerank.error.isError());
    QVERIFY(!result.rerank.skipped);
    QVERIFY(result.bm25Count > 0);
    QVERIFY(result.vectorCount > 0);
    const QList<RetrievalCandidate> selected = result.selected();
    QVERIFY(!selected.isEmpty());
    const RetrievalCandidate &best = selected.constFirst();
    QVERIFY(best.passage.path.endsWith(u"orchard.md"_s));
    QVERIFY(best.passage.chunk.text.contains(u"Prune apple trees"_s));
    QCOMPARE(best.sourceNumber, 1);
    QVERIFY(best.bm25Rank >= 1 && best.vectorRank >= 1 && best.fusedRank >= 1);
    QCOMPARE(best.rerankRank, 1);
    QVERIFY(best.rerankScore);
    QVERIFY(result.embedding.tokens > 0 && result.embedding.cost);
    QVERIFY(result.rerank.tokens > 0 && result.rerank.cost);
    QVERIFY(result.cost() && *result.cost() > 0);
    // Final order is the reranker's.
    for (qsizetype i = 1; i < result.candidates.size(); ++i)
        QVERIFY(*result.candidates.at(i - 1).rerankScore >= *result.candidates.at(i).rerankScore);
    const QJsonObject json = result.toJson();
    const QJsonObject first = json.value("results"_L1).toArray().first().toObject();
    for (const char *key : { "rank", "path", "lines", "text", "bm25_rank", "vector_rank",
                             "fused_rank", "rerank_score" })
        QVERIFY2(first.contains(QLatin1StringView(key)), key);
    QVERIFY(json.contains("cost"_L1));
}

void TestKnowledge::fusionIsReciprocalRank()
{
    const auto fused = Retriever::fuse({ { 1, 2, 3 }, { 3, 1, 4 } }, 60);
    QCOMPARE(fused.size(), 4);
    QCOMPARE(fused.at(0).first, 1); // 1/61 + 1/62
    QCOMPARE(fused.at(1).first, 3); // 1/63 + 1/61
    QCOMPARE(fused.at(2).first, 2); // 1/62, best rank 2
    QCOMPARE(fused.at(3).first, 4); // 1/63
    QVERIFY(std::abs(fused.at(0).second - (1.0 / 61 + 1.0 / 62)) < 1e-12);
}

void TestKnowledge::rerankFailureKeepsFusedOrderAndSaysSo()
{
    const KbCollection collection = makeCollection();
    index(collection);
    RetrievalOptions options;
    options.rerankModel = u"Qwen/Qwen3-Reranker-0.6B@status=500"_s;
    const RetrievalResult result = search(collection, u"apple harvest"_s, options);
    QCOMPARE(result.rerank.error.kind, ApiError::Kind::Server);
    QVERIFY(!result.selected().isEmpty());
    for (qsizetype i = 0; i < result.candidates.size(); ++i) {
        QCOMPARE(result.candidates.at(i).fusedRank, int(i + 1));
        QVERIFY(!result.candidates.at(i).rerankScore);
    }
    QVERIFY(result.toJson()
                .value("stages"_L1)
                .toObject()
                .value("rerank"_L1)
                .toObject()
                .contains("error"_L1));
}

void TestKnowledge::embeddingFailureFallsBackToBm25AndSaysSo()
{
    const KbCollection collection = makeCollection();
    index(collection);
    m_server->setDefaultFault(u"status=402"_s);
    RetrievalOptions options;
    options.rerankModel.clear();
    const RetrievalResult result = search(collection, u"fuel filters"_s, options);
    QCOMPARE(result.embedding.error.kind, ApiError::Kind::Payment);
    QVERIFY(result.vector.skipped);
    QCOMPARE(result.vectorCount, 0);
    QVERIFY(!result.selected().isEmpty());
    QVERIFY(result.selected().constFirst().passage.path.endsWith(u"engines.txt"_s));
    QCOMPARE(result.selected().constFirst().vectorRank, 0);
}

void TestKnowledge::embeddingFailureDuringIndexingKeepsOtherFiles()
{
    const KbCollection collection = makeCollection();
    m_server->setRequiredKey("other");
    const Indexer::Summary failed = index(collection);
    QCOMPARE(failed.error.kind, ApiError::Kind::Auth);
    QCOMPARE(failed.filesIndexed, 0);
    QCOMPARE(failed.filesFailed, 3);
    QCOMPARE(m_store->files(collection.id).size(), 0); // nothing half-written
    m_server->setRequiredKey({});
    const Indexer::Summary retried = index(collection);
    QCOMPARE(retried.filesIndexed, 3);
}

void TestKnowledge::noRerankUsesFusedOrder()
{
    const KbCollection collection = makeCollection();
    index(collection);
    RetrievalOptions options;
    options.rerankModel.clear();
    options.topN = 2;
    const RetrievalResult result = search(collection, u"apple"_s, options);
    QVERIFY(result.rerank.skipped);
    QVERIFY(!result.rerank.error.isError());
    for (const FakeServer::Request &request : m_server->requests())
        QVERIFY(!request.path.contains("inference"));
    QVERIFY(result.selected().size() <= 2);
}

void TestKnowledge::thresholdLeavesOutLowScores()
{
    const KbCollection collection = makeCollection();
    index(collection);
    RetrievalOptions options;
    options.threshold = 0.5;
    const RetrievalResult result = search(collection, u"prune apple trees"_s, options);
    QVERIFY(!result.candidates.isEmpty());
    for (const RetrievalCandidate &c : result.candidates) {
        QVERIFY(c.rerankScore);
        if (*c.rerankScore < 0.5)
            QCOMPARE(c.outcome, RetrievalCandidate::Outcome::BelowThreshold);
        else
            QCOMPARE(c.outcome, RetrievalCandidate::Outcome::Selected);
    }
}

void TestKnowledge::promptNumbersSourcesAndCitationsMap()
{
    const KbCollection collection = makeCollection();
    index(collection);
    const RetrievalResult result = search(collection, u"apple engine"_s);
    const QList<RetrievalCandidate> selected = result.selected();
    QVERIFY(selected.size() >= 2);
    const QString prompt = KnowledgePrompt::systemPrompt(result);
    const QStringList lines = KnowledgePrompt::sourceLines(result);
    QCOMPARE(lines.size(), selected.size());
    for (const RetrievalCandidate &c : selected) {
        const QString header
            = u"[%1] %2:%3"_s.arg(c.sourceNumber).arg(c.passage.path, c.passage.chunk.lines());
        QVERIFY2(prompt.contains(header + u'\n' + c.passage.chunk.text.trimmed()),
                 qPrintable(header));
        QCOMPARE(lines.at(c.sourceNumber - 1), header);
    }
    QCOMPARE(KnowledgePrompt::citedNumbers(u"Prune in winter [2]. Also [1, 2] and [9]."_s, 3),
             (QList<int>{ 2, 1 }));
    QCOMPARE(KnowledgePrompt::citedNumbers(u"none here [x]"_s, 3), QList<int>());
}

void TestKnowledge::removeCollectionDropsEverything()
{
    const KbCollection collection = makeCollection();
    index(collection);
    const KbCollection other = makeCollection(u"other"_s);
    index(other);
    QVERIFY(m_store->removeCollection(collection.id));
    QVERIFY(!m_store->collection(u"docs"_s));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(
        u"SELECT COUNT(*) FROM kb_chunks WHERE collection_id = %1"_s.arg(collection.id)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // Its index went with it; the other collection's passages stay searchable.
    QVERIFY(!query.exec(u"SELECT COUNT(*) FROM %1"_s.arg(KnowledgeStore::ftsTable(collection.id))));
    const QString fts = KnowledgeStore::ftsTable(other.id);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM %1 WHERE %1 MATCH 'apple'"_s.arg(fts)));
    QVERIFY(query.next());
    QVERIFY(query.value(0).toInt() > 0);
    QVERIFY(!m_store->bm25(other.id, u"apple"_s, 10).isEmpty());
    QVERIFY(m_db->integrityCheck());
    QVERIFY(query.exec(u"INSERT INTO %1(%1) VALUES ('integrity-check')"_s.arg(fts)));
    // A new collection may get the removed one's id: it starts with an empty index.
    const KbCollection again = makeCollection(u"again"_s);
    QVERIFY(again.id > 0);
    QVERIFY(m_store->bm25(again.id, u"apple"_s, 10).isEmpty());
    index(again);
    QVERIFY(!m_store->bm25(again.id, u"apple"_s, 10).isEmpty());
}

void TestKnowledge::bm25StatisticsAreTheCollections()
{
    // "alpha" is rare in `mine` (one passage of four), "beta" is in half of them: for "alpha
    // beta" the alpha passage ranks first. Another collection full of "alpha" must not change
    // that (one FTS5 index over both made alpha common and put the beta passages first).
    const auto fill = [this](qint64 id, const QString &path, const QStringList &texts) {
        QList<Chunk> chunks;
        for (const QString &text : texts) {
            Chunk chunk;
            chunk.text = text;
            chunk.byteEnd = text.size();
            chunks << chunk;
        }
        KbFile file;
        file.path = path;
        file.hash = path;
        return m_store->writeFile(id, file, chunks,
                                  QList<QList<float>>(chunks.size(), { 1, 0, 0, 0 }));
    };
    const qint64 mine = *m_store->createCollection(u"mine"_s, u"m"_s, 4);
    QVERIFY(
        fill(mine, u"/mine.txt"_s,
             { u"alpha one two"_s, u"beta one two"_s, u"beta three four"_s, u"gamma five six"_s }));
    const auto ranked = [this](qint64 id) {
        QStringList texts;
        QList<qint64> ids;
        for (const auto &[passage, score] : m_store->bm25(id, u"alpha beta"_s, 10))
            ids << passage;
        for (const KbPassage &passage : m_store->passages(ids))
            texts << passage.chunk.text;
        return texts;
    };
    const QStringList alone = ranked(mine);
    QCOMPARE(alone.size(), 3);
    QCOMPARE(alone.constFirst(), u"alpha one two"_s);

    const qint64 theirs = *m_store->createCollection(u"theirs"_s, u"m"_s, 4);
    QStringList alphas;
    for (int i = 0; i < 20; ++i)
        alphas << u"alpha passage %1"_s.arg(i);
    QVERIFY(fill(theirs, u"/theirs.txt"_s, alphas));
    QCOMPARE(ranked(mine), alone);
    QCOMPARE(ranked(theirs).size(), 10);
}

void TestKnowledge::bm25IsTheSameHoweverThePassagesWereWritten()
{
    // One collection written file by file (an index segment each, merged as FTS5 goes), then
    // files re-indexed with new text and others removed; another written once with the files
    // the first ends with. BM25 must score every passage the same in both: the index's
    // statistics and each passage's terms do not depend on how the writes were cut or merged.
    QRandomGenerator random(7);
    const auto passage = [&random] {
        static const QStringList words
            = u"apple tree winter engine oil pump valve river stone light paper glass"
              " garden window market silver copper north south quiet rapid"_s.split(u' ');
        QStringList text;
        const int length = 3 + int(random.bounded(12));
        for (int i = 0; i < length; ++i)
            text << words.at(int(random.bounded(qsizetype(words.size()))));
        return text.join(u' ');
    };
    const auto fileWrite = [](const QString &path, const QStringList &texts) {
        KnowledgeStore::FileWrite write;
        write.file.path = path;
        write.file.hash = QString::number(qHash(texts.join(u'\n')));
        for (const QString &text : texts) {
            Chunk chunk;
            chunk.text = text;
            chunk.byteEnd = text.toUtf8().size();
            write.chunks << chunk;
            write.vectors << QList<float>{ 1, 0, 0, 0 };
        }
        return write;
    };
    QMap<QString, QStringList> files;
    for (int f = 0; f < 120; ++f) {
        QStringList texts;
        for (int p = 0, count = 1 + int(random.bounded(5)); p < count; ++p)
            texts << passage();
        files.insert(u"/f%1.txt"_s.arg(f, 3, 10, QChar(u'0')), texts);
    }
    const qint64 pieces = *m_store->createCollection(u"pieces"_s, u"m"_s, 4);
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        QVERIFY(m_store->writeFiles(pieces, { fileWrite(it.key(), it.value()) }));
    for (int f = 0; f < 120; f += 7) { // re-indexed with other text
        const QString path = u"/f%1.txt"_s.arg(f, 3, 10, QChar(u'0'));
        files[path] = { passage(), passage() };
        QVERIFY(m_store->writeFiles(pieces, { fileWrite(path, files.value(path)) }));
    }
    const QHash<QString, KbFile> written = m_store->files(pieces);
    for (int f = 3; f < 120; f += 11) { // removed
        const QString path = u"/f%1.txt"_s.arg(f, 3, 10, QChar(u'0'));
        QVERIFY(m_store->removeFile(written.value(path).id));
        files.remove(path);
    }
    const qint64 once = *m_store->createCollection(u"once"_s, u"m"_s, 4);
    QList<KnowledgeStore::FileWrite> all;
    for (auto it = files.cbegin(); it != files.cend(); ++it)
        all << fileWrite(it.key(), it.value());
    QVERIFY(m_store->writeFiles(once, all));

    // Every match, as (score, path, text): ids differ between the collections, and passages of
    // equal score are ordered by id.
    const auto scored = [this](qint64 id, const QString &text) {
        const auto hits = m_store->bm25(id, text, 10000);
        QList<qint64> ids;
        for (const auto &hit : hits)
            ids << hit.first;
        const QList<KbPassage> passages = m_store->passages(ids);
        QStringList rows;
        for (qsizetype i = 0; i < hits.size() && i < passages.size(); ++i) {
            rows << u"%1 %2 %3"_s.arg(hits.at(i).second, 0, 'g', 17)
                        .arg(passages.at(i).path, passages.at(i).chunk.text);
        }
        rows.sort();
        return rows;
    };
    for (const QString &text : { u"apple"_s, u"winter engine"_s, u"quiet rapid river"_s,
                                 u"silver copper glass north"_s }) {
        const QStringList expected = scored(once, text);
        QVERIFY(!expected.isEmpty());
        QCOMPARE(scored(pieces, text), expected);
    }
    QSqlQuery query(m_db->connection());
    for (const qint64 id : { pieces, once }) {
        QVERIFY2(query.exec(u"INSERT INTO %1(%1) VALUES ('integrity-check')"_s.arg(
                     KnowledgeStore::ftsTable(id))),
                 qPrintable(query.lastError().text()));
    }
}

void TestKnowledge::bm25LeavesOutWordsInMostPassages()
{
    const qint64 id = *m_store->createCollection(u"big"_s, u"m"_s, 4);
    QList<Chunk> chunks;
    for (int i = 0; i < 2400; ++i) {
        Chunk chunk;
        chunk.text
            = u"common words in passage %1%2"_s.arg(i).arg(i % 200 == 0 ? u" rare"_s : QString());
        chunk.byteEnd = chunk.text.size();
        chunks << chunk;
    }
    KbFile file;
    file.path = u"/big.txt"_s;
    file.hash = u"h"_s;
    QVERIFY(
        m_store->writeFile(id, file, chunks, QList<QList<float>>(chunks.size(), { 1, 0, 0, 0 })));
    // "common" is in every passage: only "rare" decides, so only its 12 passages are scored.
    QCOMPARE(m_store->bm25(id, u"common rare"_s, 50).size(), 12);
    // Alone, a common word is still searched.
    QCOMPARE(m_store->bm25(id, u"common"_s, 50).size(), 50);
    // A word no passage holds does not stand in for the common one.
    QCOMPARE(m_store->bm25(id, u"common nowhere"_s, 50).size(), 50);
}

void TestKnowledge::bm25KeepsToItsCollection()
{
    // A small collection beside a large one whose passages all score higher for "needle": the
    // small one's passages are still found, in the order of FTS5's bm25() over its own index
    // (pruning the words in most passages changes nothing here).
    const qint64 small = *m_store->createCollection(u"small"_s, u"m"_s, 4);
    const qint64 large = *m_store->createCollection(u"large"_s, u"m"_s, 4);
    const auto fill = [this](qint64 id, const QString &path, int count, const QString &words) {
        QList<Chunk> chunks;
        for (int i = 0; i < count; ++i) {
            Chunk chunk;
            chunk.text = u"%1 passage %2 %3"_s.arg(words).arg(i).arg(i % 3 ? u"hay"_s : u""_s);
            chunk.byteEnd = chunk.text.size();
            chunks << chunk;
        }
        KbFile file;
        file.path = path;
        file.hash = path;
        return m_store->writeFile(id, file, chunks,
                                  QList<QList<float>>(chunks.size(), { 1, 0, 0, 0 }));
    };
    QVERIFY(fill(small, u"/small.txt"_s, 12, u"a needle in"_s));
    QVERIFY(fill(large, u"/large.txt"_s, 3000, u"needle needle needle"_s));
    const auto reference = [this](qint64 id, const QString &text, int limit) {
        QSqlQuery query(m_db->connection());
        query.prepare(
            u"SELECT c.id FROM %1 JOIN kb_chunks c ON c.id = %1.rowid"
            " WHERE %1 MATCH ? AND c.collection_id = ? ORDER BY bm25(%1), c.id LIMIT ?"_s.arg(
                KnowledgeStore::ftsTable(id)));
        query.addBindValue(KnowledgeStore::matchExpression(text));
        query.addBindValue(id);
        query.addBindValue(limit);
        QList<qint64> ids;
        if (query.exec()) {
            while (query.next())
                ids << query.value(0).toLongLong();
        }
        return ids;
    };
    const auto ids = [this](qint64 id, const QString &text, int limit) {
        QList<qint64> list;
        for (const auto &[passage, score] : m_store->bm25(id, text, limit))
            list << passage;
        return list;
    };
    // (Words in most passages, or all rare ones: no word is left out, see above.)
    for (const QString &text : { u"needle"_s, u"needle hay"_s, u"hay"_s, u"a in"_s }) {
        for (const int limit : { 5, 50 }) {
            for (const qint64 id : { small, large }) {
                const QList<qint64> expected = reference(id, text, limit);
                QVERIFY(!expected.isEmpty() || (id == large && text == "a in"_L1));
                QCOMPARE(ids(id, text, limit), expected);
            }
        }
    }
    QCOMPARE(ids(small, u"needle"_s, 50).size(), 12);
}

void TestKnowledge::migrationGivesEachCollectionItsIndex()
{
    // A history file of version 11 (one FTS5 index over every collection, kept by triggers)
    // with two collections' passages in it.
    const QString path = m_dir->filePath(u"v11.db"_s);
    {
        Database old;
        Database::Options options;
        options.targetVersion = 11;
        QVERIFY(old.open(path, options).ok());
        QSqlQuery query(old.connection());
        for (const QString &sql :
             { u"INSERT INTO kb_collections (id, name, embed_model, dimensions, created,"
               " updated) VALUES (1, 'trees', 'm', 4, 0, 0), (2, 'engines', 'm', 4, 0, 0)"_s,
               u"INSERT INTO kb_files (id, collection_id, path, hash, mtime, size,"
               " chunk_count, indexed) VALUES (10, 1, '/t.txt', 'h', 0, 0, 2, 0),"
               " (20, 2, '/e.txt', 'h', 0, 0, 1, 0)"_s,
               u"INSERT INTO kb_chunks (id, file_id, collection_id, ordinal, text, byte_start,"
               " byte_end, line_start, line_end) VALUES"
               " (100, 10, 1, 0, 'prune apple trees in winter', 0, 0, 1, 1),"
               " (101, 10, 1, 1, 'pick apples in autumn', 0, 0, 2, 2),"
               " (200, 20, 2, 0, 'change the engine oil in winter', 0, 0, 1, 1)"_s }) {
            QVERIFY2(query.exec(sql), qPrintable(query.lastError().text()));
        }
    }
    Database db;
    const Database::OpenResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.previousVersion, 11);
    KnowledgeStore store(&db);
    const auto ids = [&store](qint64 collection, const QString &text) {
        QList<qint64> list;
        for (const auto &[id, score] : store.bm25(collection, text, 10))
            list << id;
        std::sort(list.begin(), list.end());
        return list;
    };
    QCOMPARE(ids(1, u"winter"_s), QList<qint64>{ 100 });
    QCOMPARE(ids(2, u"winter"_s), QList<qint64>{ 200 });
    QCOMPARE(ids(1, u"apple apples"_s), (QList<qint64>{ 100, 101 }));
    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(u"SELECT COUNT(*) FROM kb_chunks_fts"_s)); // the shared index is gone
    for (const qint64 collection : { 1, 2 }) {
        const QString fts = KnowledgeStore::ftsTable(collection);
        QVERIFY2(query.exec(u"INSERT INTO %1(%1) VALUES ('integrity-check')"_s.arg(fts)),
                 qPrintable(query.lastError().text()));
    }
    // The migrated index is kept as a new one is: the file's passages leave it with the file.
    QVERIFY(store.removeFile(10));
    QVERIFY(ids(1, u"winter apple"_s).isEmpty());
    QCOMPARE(ids(2, u"winter"_s), QList<qint64>{ 200 });
    QVERIFY(db.integrityCheck());
}

void TestKnowledge::migrationMakesIndexesMergeLess()
{
    // A history file of version 14: the collection's index merges its segments 4 at a time.
    const QString path = m_dir->filePath(u"v14.db"_s);
    const auto automerge = [](Database &db, qint64 collection) {
        QSqlQuery query(db.connection());
        if (!query.exec(u"SELECT v FROM %1_config WHERE k = 'automerge'"_s.arg(
                KnowledgeStore::ftsTable(collection)))
            || !query.next())
            return -1;
        return query.value(0).toInt();
    };
    const auto fileWrite = [](const QString &path, const QStringList &texts) {
        KnowledgeStore::FileWrite write;
        write.file.path = path;
        write.file.hash = path;
        for (const QString &text : texts) {
            Chunk chunk;
            chunk.text = text;
            chunk.byteEnd = text.size();
            write.chunks << chunk;
            write.vectors << QList<float>{ 1, 0, 0, 0 };
        }
        return write;
    };
    qint64 collection = 0;
    {
        Database old;
        Database::Options options;
        options.targetVersion = 14;
        QVERIFY(old.open(path, options).ok());
        KnowledgeStore store(&old);
        collection = *store.createCollection(u"trees"_s, u"m"_s, 4);
        QSqlQuery query(old.connection());
        QVERIFY(query.exec(u"INSERT INTO %1(%1, rank) VALUES ('automerge', 4)"_s.arg(
            KnowledgeStore::ftsTable(collection))));
        QCOMPARE(automerge(old, collection), 4);
        QVERIFY(store.writeFiles(
            collection,
            { fileWrite(u"/t.txt"_s,
                        { u"prune apple trees in winter"_s, u"pick apples in autumn"_s }) }));
    }
    Database db;
    const Database::OpenResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.previousVersion, 14);
    QCOMPARE(automerge(db, collection), 16);
    KnowledgeStore store(&db);
    const auto texts = [&store](qint64 id, const QString &text) {
        QList<qint64> ids;
        for (const auto &[passage, score] : store.bm25(id, text, 10))
            ids << passage;
        QStringList list;
        for (const KbPassage &passage : store.passages(ids))
            list << passage.chunk.text;
        return list;
    };
    QCOMPARE(texts(collection, u"winter"_s), QStringList{ u"prune apple trees in winter"_s });
    // Written and re-indexed after the migration, as before it.
    QVERIFY(store.writeFiles(collection, { fileWrite(u"/s.txt"_s, { u"sow seeds in spring"_s }) }));
    QVERIFY(store.writeFiles(collection,
                             { fileWrite(u"/t.txt"_s, { u"prune apple trees in summer"_s }) }));
    QVERIFY(texts(collection, u"winter"_s).isEmpty());
    QCOMPARE(texts(collection, u"spring summer"_s).size(), 2);
    QSqlQuery query(db.connection());
    QVERIFY2(query.exec(u"INSERT INTO %1(%1) VALUES ('integrity-check')"_s.arg(
                 KnowledgeStore::ftsTable(collection))),
             qPrintable(query.lastError().text()));
    // A new collection's index merges as a migrated one does.
    const qint64 fresh = *store.createCollection(u"fresh"_s, u"m"_s, 4);
    QCOMPARE(automerge(db, fresh), 16);
}

void TestKnowledge::watchedFolderReindexesTheChangedFileAlone()
{
    const KbCollection collection = makeCollection();
    KnowledgeSession session(m_store.get(), m_client.get());
    QSignalSpy finished(&session, &KnowledgeSession::indexingFinished);
    QSignalSpy progress(&session, &KnowledgeSession::indexingProgress);
    QSignalSpy noticed(&session, &KnowledgeSession::changeNoticed);
    // The summary of the first sync after `from` that indexed, removed or moved something.
    const auto nextWork = [&](qsizetype from) {
        for (qsizetype i = from; i < finished.size(); ++i) {
            const auto s = finished.at(i).at(1).value<Indexer::Summary>();
            if (s.filesIndexed + s.filesRemoved + s.filesRenamed > 0)
                return std::optional<Indexer::Summary>(s);
        }
        return std::optional<Indexer::Summary>();
    };
    session.setWatching(true, 50);
    QTRY_VERIFY_WITH_TIMEOUT(nextWork(0), 30000); // the first sync indexes everything
    QCOMPARE(nextWork(0)->filesIndexed, 3);
    QVERIFY(!progress.isEmpty());
    const QStringList watched = session.watchedPaths(collection.name);
    QVERIFY(watched.contains(m_dir->filePath(u"docs"_s)));
    QVERIFY(watched.contains(m_dir->filePath(u"docs/src"_s)));
    QVERIFY(watched.contains(m_dir->filePath(u"docs/engines.txt"_s)));

    // An edit in place: that file alone is read again and embedded.
    QTRY_VERIFY(!session.isIndexing());
    qsizetype mark = finished.size();
    int inputs = embeddedInputs();
    write(u"docs/engines.txt"_s, Engines + "\nGlow plugs warm the cylinders of a cold engine.\n");
    QTRY_VERIFY_WITH_TIMEOUT(nextWork(mark), 30000);
    Indexer::Summary s = *nextWork(mark);
    QCOMPARE(s.filesIndexed, 1);
    QCOMPARE(s.filesUnchanged, 2);
    QVERIFY(!noticed.isEmpty());
    QCOMPARE(embeddedInputs() - inputs, s.chunksEmbedded);
    const auto found = m_store->bm25(collection.id, u"glow plugs"_s, 5);
    QCOMPARE(found.size(), 1);
    QVERIFY(m_store->passages({ found.constFirst().first })
                .constFirst()
                .path.endsWith("engines.txt"_L1));

    // A new file in a subfolder.
    QTRY_VERIFY(!session.isIndexing());
    mark = finished.size();
    inputs = embeddedInputs();
    write(u"docs/src/notes.md"_s, "# Notes\n\nTorque the head bolts in a spiral.\n");
    QTRY_VERIFY_WITH_TIMEOUT(nextWork(mark), 30000);
    s = *nextWork(mark);
    QCOMPARE(s.filesIndexed, 1);
    QCOMPARE(embeddedInputs() - inputs, s.chunksEmbedded);

    // A deleted file drops out without anything embedded.
    QTRY_VERIFY(!session.isIndexing());
    mark = finished.size();
    inputs = embeddedInputs();
    QVERIFY(QFile::remove(m_dir->filePath(u"docs/orchard.md"_s)));
    QTRY_VERIFY_WITH_TIMEOUT(nextWork(mark), 30000);
    s = *nextWork(mark);
    QCOMPARE(s.filesRemoved, 1);
    QCOMPARE(s.filesIndexed, 0);
    QCOMPARE(embeddedInputs(), inputs);
    QVERIFY(m_store->bm25(collection.id, u"apple"_s, 5).isEmpty());
    QTRY_VERIFY(!session.isIndexing());
}

void TestKnowledge::pdfTextIsIndexed()
{
    QVERIFY(QFile::copy(QStringLiteral(SIFT_TEST_DATA "/kb-pdf/aviation.pdf"),
                        m_dir->filePath(u"docs/aviation.pdf"_s)));
    const KbCollection collection = makeCollection();
    const Indexer::Summary summary = index(collection);
    if (!PdfText::available()) {
        // A build without Qt PDF says so for each PDF.
        QCOMPARE(summary.notes.filter(u"aviation.pdf: PDF files are not indexed"_s).size(), 1);
        QSKIP("built without Qt PDF (qt6-pdf-dev)");
    }
    QVERIFY2(summary.notes.isEmpty(), qPrintable(summary.notes.join(u'\n')));
    QCOMPARE(summary.filesIndexed, 4);
    const auto found = m_store->bm25(collection.id, u"carburetor heat"_s, 5);
    QCOMPARE(found.size(), 1);
    const KbPassage passage = m_store->passages({ found.constFirst().first }).constFirst();
    QVERIFY(passage.path.endsWith("aviation.pdf"_L1));
    QVERIFY2(passage.chunk.text.contains(u"Apply carburetor heat before descent."_s),
             qPrintable(passage.chunk.text));
}

void TestKnowledge::workbenchLabelsCollectIntoEvalSet()
{
    EvalStore evals(m_db.get());
    RerankSet set;
    set.query = u"when to prune apple trees"_s;
    set.documents = { { u"Prune apple trees in late winter."_s, 3 },
                      { u"Change the oil every 250 hours."_s, RerankDocument::Unlabelled },
                      { u"Pick apples with a gentle twist."_s, 1 } };
    const qint64 id = KnowledgeEvalSet::addLabels(&evals, u"docs"_s, set);
    QVERIFY2(id > 0, qPrintable(evals.lastError()));
    QCOMPARE(evals.findSet(u"Knowledge: docs"_s), id);
    QCOMPARE(evals.queries(id).size(), 1);
    QCOMPARE(evals.queries(id).constFirst().text, set.query);
    QCOMPARE(evals.documentCount(id), 3);
    const Eval::Candidates candidates = evals.candidates(id);
    const QString queryId = evals.queries(id).constFirst().id;
    QCOMPARE(candidates.value(queryId).size(), 3); // in the workbench's (fused) order
    QCOMPARE(evals.judgments(id).size(), 2);       // the unlabelled passage has no grade

    // The same question labelled again: its grades change, it is not added twice; another
    // question with a passage already in the set shares that document.
    set.documents[2].label = 0;
    QCOMPARE(KnowledgeEvalSet::addLabels(&evals, u"docs"_s, set), id);
    RerankSet other;
    other.query = u"how often to change the oil"_s;
    other.documents = { { u"Change the oil every 250 hours."_s, 2 } };
    QCOMPARE(KnowledgeEvalSet::addLabels(&evals, u"docs"_s, other), id);
    QCOMPARE(evals.queries(id).size(), 2);
    QCOMPARE(evals.documentCount(id), 3);
    QCOMPARE(evals.judgments(id).size(), 3);
    const Eval::Qrels qrels = evals.qrels(id);
    int grades = 0;
    for (const Eval::Judgment &j : evals.judgments(id, queryId))
        grades += j.grade;
    QCOMPARE(grades, 3); // 3 + 0
    QVERIFY(!qrels.isEmpty());
    // Nothing labelled: nothing to collect.
    RerankSet unlabelled;
    unlabelled.query = u"anything"_s;
    unlabelled.documents = { { u"text"_s, RerankDocument::Unlabelled } };
    QCOMPARE(KnowledgeEvalSet::addLabels(&evals, u"docs"_s, unlabelled), 0);
}

void TestKnowledge::vectorScanAgreesAcrossThreads()
{
    // More rows than one block, so search() splits the scan over the thread pool.
    VectorIndex index(64);
    QRandomGenerator random(7);
    QList<QList<float>> vectors;
    for (int i = 0; i < 40000; ++i) {
        QList<float> vector(64);
        for (float &f : vector)
            f = float(random.generateDouble() - 0.5);
        QVERIFY(index.add(i + 1, vector));
        if (i % 1000 == 0)
            vectors << vector;
    }
    QVERIFY(!index.add(0, QList<float>(63, 1.0f))); // another size is refused
    for (qsizetype v = 0; v < vectors.size(); ++v) {
        const QList<VectorIndex::Hit> parallel = index.search(vectors.at(v), 20);
        const QList<VectorIndex::Hit> single = index.searchOneThread(vectors.at(v), 20);
        const QList<VectorIndex::Hit> naive = index.searchNaive(vectors.at(v), 20);
        QCOMPARE(parallel.size(), 20);
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(parallel.at(i).id, single.at(i).id);
            QCOMPARE(parallel.at(i).id, naive.at(i).id);
        }
        QCOMPARE(parallel.constFirst().id, v * 1000 + 1); // a vector finds itself first
        QVERIFY(std::abs(parallel.constFirst().score - 1.0f) < 0.02f);
    }
    // A size that is no multiple of the SIMD width: the tail counts the same.
    VectorIndex odd(70);
    for (int i = 0; i < 300; ++i) {
        QList<float> vector(70);
        for (float &f : vector)
            f = float(random.generateDouble() - 0.5);
        QVERIFY(odd.add(i + 1, vector));
        if (i < 20)
            continue;
        const QList<VectorIndex::Hit> fast = odd.searchOneThread(vector, 10);
        const QList<VectorIndex::Hit> naive = odd.searchNaive(vector, 10);
        for (int h = 0; h < 10; ++h) {
            QCOMPARE(fast.at(h).id, naive.at(h).id);
            QCOMPARE(fast.at(h).score, naive.at(h).score);
        }
    }
}

void TestKnowledge::sessionReadsVectorsOnceUntilIndexed()
{
    const KbCollection collection = makeCollection();
    KnowledgeSession session(m_store.get(), m_client.get());
    QSignalSpy indexed(&session, &KnowledgeSession::indexingFinished);
    QSignalSpy answered(&session, &KnowledgeSession::searchFinished);
    QVERIFY(session.sync(collection.name));
    QVERIFY(indexed.wait(30000));
    RetrievalOptions options;
    options.rerankModel.clear();

    // Two questions in a row: the vectors are read from the file once, on the worker thread.
    QVERIFY(session.search(collection.name, u"when should I prune apple trees"_s, options));
    QVERIFY(session.isSearching());
    QVERIFY(answered.wait(30000));
    QVERIFY(session.lastResult().vectorCount > 0);
    QVERIFY(session.search(collection.name, u"diesel engine fuel filters"_s, options));
    QVERIFY(answered.wait(30000));
    QVERIFY(session.lastResult().vectorCount > 0);
    QVERIFY(session.lastResult().selected().constFirst().passage.path.endsWith(u"engines.txt"_s));
    QCOMPARE(session.vectorLoads(), 1);

    // An indexing run writes the collection: the next question reads the vectors again and
    // finds the new passage by its vector too.
    write(u"docs/bees.md"_s, "# Bees\n\nBeehives swarm in spring when the colony grows.\n");
    QVERIFY(session.sync(collection.name));
    QVERIFY(indexed.wait(30000));
    QVERIFY(session.search(collection.name, u"beehives swarm colony"_s, options));
    QVERIFY(answered.wait(30000));
    QCOMPARE(session.vectorLoads(), 2);
    bool found = false;
    for (const RetrievalCandidate &c : session.lastResult().candidates) {
        if (c.passage.path.endsWith(u"bees.md"_s)) {
            found = true;
            QVERIFY(c.vectorRank >= 1);
        }
    }
    QVERIFY(found);
}

QTEST_GUILESS_MAIN(TestKnowledge)
#include "tst_knowledge.moc"
