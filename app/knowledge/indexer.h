#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "knowledgetypes.h"
#include "store/knowledgestore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

class EmbeddingJob;

// Brings a collection up to date with its sources. A worker thread walks the folders (skipping
// ignored names: .git, build folders, dependencies, hidden files, and binaries), hashes every
// file and chunks the new and changed ones; then the passages are embedded in batches (a few
// files per EmbeddingJob) and each window's files are written with their vectors in one
// transaction, on a thread of the indexer's own with its own connection to the history file, so
// the replies to the next window are read meanwhile. Unchanged files are not read again by the
// network; files gone from disk are dropped; a file that moved (same content under a new path)
// keeps its vectors. An interrupted run leaves every file whole or absent, so the next run resumes
// where this one stopped.
class Indexer : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 MaxFileBytes = 16 * 1024 * 1024;

    struct Summary
    {
        int filesSeen = 0;      // files of a supported kind under the sources
        int filesIndexed = 0;   // new or changed, embedded and written
        int filesUnchanged = 0; // same hash as stored: nothing sent
        int filesRemoved = 0;
        int filesRenamed = 0;
        int filesFailed = 0; // could not be embedded or written (see error)
        int chunksEmbedded = 0;
        qint64 promptTokens = 0;
        std::optional<double> cost;
        qint64 elapsedMs = 0;
        qint64 embedMs = 0;     // wall time with embeddings asked for and not all back
        QStringList notes;      // "path: why it holds no passages"
        QStringList folders;    // every folder walked (for watching)
        QStringList files;      // every supported file found
        ApiError error;         // the first failure of the service
        QString storageProblem; // the first failure to write the history file
        bool cancelled = false;
    };

    Indexer(KnowledgeStore *store, ApiClient *client, const KbCollection &collection,
            QObject *parent = nullptr);
    ~Indexer() override;

    // Folder names never entered (besides hidden ones, which are skipped too).
    static QStringList defaultIgnoredFolders();
    void setChunkOptions(const Chunker::Options &options) { m_chunkOptions = options; }
    void setEmbedBatchSize(int texts) { m_batchSize = texts; }
    void setMaxInFlight(int requests) { m_maxInFlight = requests; }
    // Files whose size and modification time are those stored are taken as unchanged without
    // being read (for syncs after a folder changed; off by default: every file is hashed).
    void setTrustModificationTimes(bool trust) { m_trustTimes = trust; }

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    const Summary &summary() const { return m_summary; }

    // What the worker found (public for the worker function; not API).
    struct FileWork
    {
        KbFile file;
        QList<Chunk> chunks;
    };
    struct Scan
    {
        QList<FileWork> changed;
        QStringList present; // every supported file found, changed or not
        QStringList folders; // every folder walked
        int unchanged = 0;
    };

Q_SIGNALS:
    void scanned(int filesToIndex, int chunksToEmbed);
    void progress(int filesDone, int filesTotal);
    void fileIndexed(const QString &path, int chunks);
    void finished(const Indexer::Summary &summary);

private:
    void onScanned();
    void embedNext();
    void onEmbedded(EmbeddingJob *job);
    // Writes the files (on the writer thread when the history is a file), then onWritten().
    void write(QList<KnowledgeStore::FileWrite> files);
    void onWritten(const QList<KnowledgeStore::FileWrite> &files, bool written,
                   const QString &problem);
    void finish();
    static QString embeddingText(const Chunk &chunk);

    QPointer<KnowledgeStore> m_store;
    QPointer<ApiClient> m_client;
    KbCollection m_collection;
    Chunker::Options m_chunkOptions;
    int m_batchSize = 32;
    int m_maxInFlight = 4;
    bool m_trustTimes = false;
    std::shared_ptr<std::atomic_bool> m_stop = std::make_shared<std::atomic_bool>(false);
    QFutureWatcher<Scan> m_scanWatcher;
    QList<FileWork> m_queue;
    // Embedding jobs under way, each with the files its texts came from. Two windows overlap:
    // one's files are written while the next one's texts are with the service.
    struct Flight
    {
        QPointer<EmbeddingJob> job;
        QList<FileWork> window;
    };
    QList<Flight> m_flights;
    // One thread, kept while the indexer lives (its connection is used from it alone): writes
    // keep their order.
    struct WriterConnection;
    QThreadPool m_writer;
    std::shared_ptr<WriterConnection> m_writerConnection;
    QString m_databasePath;
    int m_writesPending = 0;
    bool m_scanning = false; // until onScanned()
    int m_total = 0;
    int m_done = 0;
    QElapsedTimer m_clock;
    QElapsedTimer m_waitClock; // since the flights went from none to some
    Summary m_summary;
    bool m_running = false;
};

Q_DECLARE_METATYPE(Indexer::Summary)
