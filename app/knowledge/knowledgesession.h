#pragma once

#include "api/apiclient.h"
#include "indexer.h"
#include "knowledgetypes.h"
#include "retriever.h"
#include "store/knowledgestore.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class QFileSystemWatcher;

class ModelCatalog;

// The Knowledge tab's state and work: the collections, one indexing run at a time (progress,
// cancel) and one question at a time through the Retriever. The panel only shows what this
// object says, like the workbench's panels and WorkbenchSession.
class KnowledgeSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultDimensions = 1024;

    KnowledgeSession(KnowledgeStore *store, ApiClient *client, QObject *parent = nullptr);

    void setCatalog(const ModelCatalog *catalog) { m_catalog = catalog; }
    const ModelCatalog *catalog() const { return m_catalog; }
    ApiClient *client() const { return m_client; }
    KnowledgeStore *store() const { return m_store; }
    QList<KbCollection> collections() const { return m_collections; }
    std::optional<KbCollection> collection(const QString &name) const;
    void reload();

    // False with *error (translated) when the name is empty or taken, or storage failed.
    bool createCollection(const QString &name, const QString &embedModel, int dimensions,
                          QString *error);
    bool addSources(const QString &name, const QStringList &paths, QString *error);
    bool removeCollection(const QString &name, QString *error);
    bool setOptions(const QString &name, const RetrievalOptions &options);

    // Indexes the collection's sources (only what changed); false when a run is going.
    bool sync(const QString &name);
    void cancelSync();
    bool isIndexing() const { return m_indexer != nullptr; }
    QString indexingName() const { return m_indexingName; }

    // Watching: while on, every collection's folders and files are watched; a change (a file
    // edited, added, deleted or moved) starts a sync of that collection once the changes have
    // paused for `debounceMs`, in the background, one collection at a time. Such a sync reads
    // only the files whose size or time changed and embeds only those whose content did.
    // Turning it on also syncs every collection once (files may have changed while Sift was
    // closed) and learns which folders to watch from that sync.
    void setWatching(bool on, int debounceMs = 1000);
    bool isWatching() const { return m_watcher != nullptr; }
    // The paths watched for a collection (folders and files), for tests and the UI.
    QStringList watchedPaths(const QString &name) const;

    bool search(const QString &name, const QString &query);
    bool search(const QString &name, const QString &query, const RetrievalOptions &options);
    bool isSearching() const { return m_retriever && m_retriever->isRunning(); }
    const RetrievalResult &lastResult() const { return m_lastResult; }
    // How many times a collection's vectors were read from the file (tests, benchmark): once
    // per collection until an indexing run writes it. Memory: one int8 copy per collection
    // searched (about a quarter of its float32 vectors, ~100 MB for 100,000 × 1,024), shared
    // by the questions and dropped when the collection is written or removed.
    int vectorLoads() const { return m_vectorLoads; }

Q_SIGNALS:
    void collectionsChanged();
    void indexingStarted(const QString &name);
    // Something under the collection's sources changed on disk: a sync follows shortly.
    void changeNoticed(const QString &name, const QString &path);
    void indexingProgress(int filesDone, int filesTotal);
    void indexingFinished(const QString &name, const Indexer::Summary &summary);
    void searchFinished(const RetrievalResult &result);

private:
    bool startSync(const QString &name, bool automatic);
    void onPathChanged(const QString &path);
    void syncPending();
    void watch(const QString &name, const QStringList &paths);
    void unwatch(const QString &name);
    void dropVectors(qint64 collectionId);

    QPointer<KnowledgeStore> m_store;
    QPointer<ApiClient> m_client;
    const ModelCatalog *m_catalog = nullptr;
    QList<KbCollection> m_collections;
    Indexer *m_indexer = nullptr;
    QString m_indexingName;
    Retriever *m_retriever = nullptr;
    RetrievalResult m_lastResult;
    QHash<qint64, std::shared_ptr<const VectorIndex>> m_vectors; // collection id → its vectors
    QHash<qint64, int> m_vectorGeneration; // bumped when written: an older load is not kept
    int m_vectorLoads = 0;
    QFileSystemWatcher *m_watcher = nullptr;
    QTimer m_debounce;
    QStringList m_pending;                   // collections to sync, in order
    QHash<QString, QSet<QString>> m_owners;  // watched path → collections under it
    QHash<QString, QStringList> m_watchedBy; // collection → its watched paths
};
