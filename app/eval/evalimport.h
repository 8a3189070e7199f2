#pragma once

#include "store/evalstore.h"

#include <QFutureWatcher>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

// Imports an evaluation set into the history file on a worker thread (its own SQLite connection),
// streaming the files line by line, with progress and cancel. Everything is written in one
// transaction: a bad line, a cancel or a failed write leaves nothing behind.
//
// Sources:
//   BEIR folder: corpus.jsonl {_id,title,text}, queries.jsonl {_id,text}, qrels/<split>.tsv with
//     the header "query-id corpus-id score". Only queries with judgments are kept.
//   TREC files: topics "qid<TAB>text", qrels "qid iter docno rel", documents as .jsonl (BEIR's
//     fields) or .tsv (id<TAB>text or id<TAB>title<TAB>text).
//   Sift's saved workbench set files: each one query with its documents and labels (labels become
//     judgments; all its documents are the query's candidates).
// Candidates: the top `depth` of a first-stage TREC run (candidatesFile), kept as a system of the
// set; without one, each query's judged documents that the set has.
//
//   auto *import = new EvalImport(database.path(), this);
//   connect(import, &EvalImport::progress, bar, …);      // bytes read / total
//   connect(import, &EvalImport::finished, this, [](const EvalImport::Result &r) { … });
//   import->start(source);                                // import->cancel() to stop
class EvalImport : public QObject
{
    Q_OBJECT
public:
    struct Source
    {
        enum class Format { Beir, Trec, Workbench };

        Format format = Format::Beir;
        // The set's name; empty: the folder's (or the first file's) base name. Made unique.
        QString name;
        // BEIR
        QString folder;
        QString split = QStringLiteral("test");
        // TREC
        QString topicsFile;
        QString qrelsFile;
        QString documentsFile;
        // Workbench set files (as "Save set…" and the workbench export write them) and sets
        // saved in the history (WorkbenchStore ids); each becomes one query.
        QStringList workbenchFiles;
        QList<qint64> workbenchSetIds;
        // Any format: the first-stage run whose top `depth` documents per query are the
        // candidates (its base name is the first stage's system name).
        QString candidatesFile;
        int depth = EvalStore::DefaultDepth;
        // Kept with the set (EvalStore::findSetByFingerprint); see fingerprintOf().
        QString fingerprint;
    };

    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 setId = 0;
        QString setName;
        QString error; // translated; for a bad line it names the file and the line
        QString file;  // the file with the problem
        qint64 line = 0;
        int queries = 0;
        int documents = 0;
        int judgments = 0;
        int candidates = 0;     // (query, candidate) pairs
        int skippedQueries = 0; // queries without judgments (BEIR), left out
        QString firstStage;     // the first stage's system name, when there is one
    };

    using ProgressFunction = std::function<void(qint64 done, qint64 total)>;

    // `databasePath`: the file the GUI's Database has open (Database::path()).
    explicit EvalImport(const QString &databasePath, QObject *parent = nullptr);
    // Cancels a running import and waits for its worker.
    ~EvalImport() override;

    void start(const Source &source);
    void cancel();
    bool isRunning() const { return m_running; }

    // The whole import on the calling thread into `store`, in one transaction (a savepoint when
    // one is open). `progress` gets bytes read and the bytes of all files; `cancelled` is polled
    // per line. For the worker, the CLI's tests and the benchmarks.
    // Names the source's files with their sizes and modification times, the split, the
    // candidates file and the depth: equal while none of them changed.
    static QString fingerprintOf(const Source &source);

    static Result run(EvalStore *store, const Source &source, const ProgressFunction &progress = {},
                      const std::atomic<bool> *cancelled = nullptr);

Q_SIGNALS:
    // Bytes read so far of all the source's files (at most ~20 times a second).
    void progress(qint64 done, qint64 total);
    void finished(const EvalImport::Result &result);

private:
    QString m_databasePath;
    std::shared_ptr<std::atomic<bool>> m_cancelled;
    QFutureWatcher<Result> m_watcher;
    bool m_running = false;
};

Q_DECLARE_METATYPE(EvalImport::Result)
