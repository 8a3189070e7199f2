#pragma once

#include "api/apiclient.h"
#include "indexer.h"
#include "knowledgetypes.h"
#include "retriever.h"
#include "store/knowledgestore.h"

#include <QObject>
#include <QPointer>

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

    bool search(const QString &name, const QString &query);
    bool search(const QString &name, const QString &query, const RetrievalOptions &options);
    bool isSearching() const { return m_retriever && m_retriever->isRunning(); }
    const RetrievalResult &lastResult() const { return m_lastResult; }

Q_SIGNALS:
    void collectionsChanged();
    void indexingStarted(const QString &name);
    void indexingProgress(int filesDone, int filesTotal);
    void indexingFinished(const QString &name, const Indexer::Summary &summary);
    void searchFinished(const RetrievalResult &result);

private:
    QPointer<KnowledgeStore> m_store;
    QPointer<ApiClient> m_client;
    const ModelCatalog *m_catalog = nullptr;
    QList<KbCollection> m_collections;
    Indexer *m_indexer = nullptr;
    QString m_indexingName;
    Retriever *m_retriever = nullptr;
    RetrievalResult m_lastResult;
};
