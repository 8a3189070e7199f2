#include "knowledgesession.h"

#include "api/apiclient.h"
#include "store/knowledgestore.h"

#include <QCoreApplication>

KnowledgeSession::KnowledgeSession(KnowledgeStore *store, ApiClient *client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
    reload();
}

void KnowledgeSession::reload()
{
    m_collections = m_store ? m_store->collections() : QList<KbCollection>();
    Q_EMIT collectionsChanged();
}

std::optional<KbCollection> KnowledgeSession::collection(const QString &name) const
{
    for (const KbCollection &c : m_collections) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

bool KnowledgeSession::createCollection(const QString &name, const QString &embedModel,
                                        int dimensions, QString *error)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        *error = QCoreApplication::translate("KnowledgeSession", "Give the collection a name.");
        return false;
    }
    if (collection(trimmed)) {
        *error = QCoreApplication::translate("KnowledgeSession",
                                             "A collection named “%1” exists. Choose another "
                                             "name.")
                     .arg(trimmed);
        return false;
    }
    if (!m_store || !m_store->createCollection(trimmed, embedModel.trimmed(), dimensions)) {
        *error = m_store ? m_store->lastProblem() : QString();
        return false;
    }
    reload();
    return true;
}

bool KnowledgeSession::addSources(const QString &name, const QStringList &paths, QString *error)
{
    const std::optional<KbCollection> c = collection(name);
    if (!c || !m_store->addSources(c->id, paths)) {
        *error = m_store ? m_store->lastProblem() : QString();
        return false;
    }
    reload();
    return true;
}

bool KnowledgeSession::removeCollection(const QString &name, QString *error)
{
    const std::optional<KbCollection> c = collection(name);
    if (m_indexer && m_indexingName == name)
        cancelSync();
    if (!c || !m_store->removeCollection(c->id)) {
        *error = m_store ? m_store->lastProblem() : QString();
        return false;
    }
    reload();
    return true;
}

bool KnowledgeSession::setOptions(const QString &name, const RetrievalOptions &options)
{
    const std::optional<KbCollection> c = collection(name);
    if (!c || !m_store->setOptions(c->id, options))
        return false;
    reload();
    return true;
}

bool KnowledgeSession::sync(const QString &name)
{
    const std::optional<KbCollection> c = collection(name);
    if (m_indexer || !c || !m_store)
        return false;
    m_indexingName = name;
    m_indexer = new Indexer(m_store, m_client, *c, this);
    connect(m_indexer, &Indexer::progress, this, &KnowledgeSession::indexingProgress);
    connect(m_indexer, &Indexer::finished, this, [this](const Indexer::Summary &summary) {
        m_indexer->deleteLater();
        m_indexer = nullptr;
        const QString finishedName = m_indexingName;
        m_indexingName.clear();
        reload();
        Q_EMIT indexingFinished(finishedName, summary);
    });
    Q_EMIT indexingStarted(name);
    m_indexer->start();
    return true;
}

void KnowledgeSession::cancelSync()
{
    if (m_indexer)
        m_indexer->cancel();
}

bool KnowledgeSession::search(const QString &name, const QString &query)
{
    const std::optional<KbCollection> c = collection(name);
    return c && search(name, query, c->options);
}

bool KnowledgeSession::search(const QString &name, const QString &query,
                              const RetrievalOptions &options)
{
    const std::optional<KbCollection> c = collection(name);
    if (!c || query.trimmed().isEmpty())
        return false;
    // A new retriever per question: a sync may have changed the vectors since the last one.
    if (m_retriever) {
        m_retriever->disconnect(this);
        m_retriever->cancel();
        m_retriever->deleteLater();
    }
    m_retriever = new Retriever(m_store, m_client, *c, this);
    m_retriever->setCatalog(m_catalog);
    connect(m_retriever, &Retriever::finished, this, [this](const RetrievalResult &result) {
        m_lastResult = result;
        Q_EMIT searchFinished(result);
    });
    m_retriever->retrieve(query.trimmed(), options);
    return true;
}
