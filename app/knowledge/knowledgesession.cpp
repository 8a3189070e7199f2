#include "knowledgesession.h"

#include "api/apiclient.h"
#include "store/knowledgestore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFileSystemWatcher>

namespace {

// inotify watches are a per-user resource (often 8,192 on older systems): a collection larger
// than this is watched at its folders only (added, removed and renamed files are seen; files
// edited in place wait for the next sync).
constexpr int MaxWatchedFiles = 4000;

} // namespace

KnowledgeSession::KnowledgeSession(KnowledgeStore *store, ApiClient *client, QObject *parent)
    : QObject(parent), m_store(store), m_client(client)
{
    m_debounce.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &KnowledgeSession::syncPending);
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
    unwatch(name);
    dropVectors(c->id);
    m_pending.removeAll(name);
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
    return startSync(name, false);
}

bool KnowledgeSession::startSync(const QString &name, bool automatic)
{
    const std::optional<KbCollection> c = collection(name);
    if (m_indexer || !c || !m_store)
        return false;
    m_pending.removeAll(name);
    m_indexingName = name;
    m_indexer = new Indexer(m_store, m_client, *c, this);
    m_indexer->setTrustModificationTimes(automatic);
    dropVectors(c->id); // a question meanwhile reads what is there; not kept past the run
    connect(m_indexer, &Indexer::progress, this, &KnowledgeSession::indexingProgress);
    connect(m_indexer, &Indexer::finished, this, [this](const Indexer::Summary &summary) {
        m_indexer->deleteLater();
        m_indexer = nullptr;
        const QString finishedName = m_indexingName;
        if (const std::optional<KbCollection> written = collection(finishedName))
            dropVectors(written->id);
        m_indexingName.clear();
        if (m_watcher && !summary.cancelled) {
            QStringList paths = summary.folders;
            if (summary.files.size() <= MaxWatchedFiles)
                paths += summary.files;
            if (const std::optional<KbCollection> done = collection(finishedName)) {
                for (const QString &source : done->sources) {
                    if (QFileInfo(source).isFile())
                        paths << source;
                }
            }
            watch(finishedName, paths);
        }
        reload();
        Q_EMIT indexingFinished(finishedName, summary);
        if (!m_pending.isEmpty() && !m_debounce.isActive())
            syncPending();
    });
    Q_EMIT indexingStarted(name);
    m_indexer->start();
    return true;
}

void KnowledgeSession::setWatching(bool on, int debounceMs)
{
    m_debounce.setInterval(std::max(0, debounceMs));
    if (on == isWatching())
        return;
    if (!on) {
        delete m_watcher;
        m_watcher = nullptr;
        m_owners.clear();
        m_watchedBy.clear();
        m_pending.clear();
        m_debounce.stop();
        return;
    }
    m_watcher = new QFileSystemWatcher(this);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this,
            &KnowledgeSession::onPathChanged);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &KnowledgeSession::onPathChanged);
    // The first sync of each collection finds what to watch (and what changed meanwhile).
    for (const KbCollection &c : std::as_const(m_collections)) {
        if (!m_pending.contains(c.name))
            m_pending << c.name;
    }
    m_debounce.start();
}

QStringList KnowledgeSession::watchedPaths(const QString &name) const
{
    return m_watchedBy.value(name);
}

void KnowledgeSession::watch(const QString &name, const QStringList &paths)
{
    unwatch(name);
    QStringList added;
    for (const QString &path : paths) {
        QSet<QString> &owners = m_owners[path];
        if (owners.isEmpty())
            added << path;
        owners.insert(name);
    }
    if (!added.isEmpty())
        m_watcher->addPaths(added);
    m_watchedBy.insert(name, paths);
}

void KnowledgeSession::unwatch(const QString &name)
{
    QStringList dropped;
    for (const QString &path : m_watchedBy.take(name)) {
        auto it = m_owners.find(path);
        if (it == m_owners.end())
            continue;
        it->remove(name);
        if (it->isEmpty()) {
            m_owners.erase(it);
            dropped << path;
        }
    }
    if (m_watcher && !dropped.isEmpty())
        m_watcher->removePaths(dropped);
}

void KnowledgeSession::onPathChanged(const QString &path)
{
    for (const QString &name : m_owners.value(path)) {
        if (!m_pending.contains(name))
            m_pending << name;
        Q_EMIT changeNoticed(name, path);
    }
    // A deleted or replaced file is no longer watched by inotify: watched again from the sync.
    m_debounce.start();
}

void KnowledgeSession::syncPending()
{
    if (m_indexer)
        return; // continued when the running sync ends
    while (!m_pending.isEmpty()) {
        const QString name = m_pending.takeFirst();
        if (startSync(name, true))
            return;
    }
}

void KnowledgeSession::dropVectors(qint64 collectionId)
{
    m_vectors.remove(collectionId);
    ++m_vectorGeneration[collectionId];
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
    // A new retriever per question, sharing the collection's vectors once they are read.
    if (m_retriever) {
        m_retriever->disconnect(this);
        m_retriever->cancel();
        m_retriever->deleteLater();
    }
    m_retriever = new Retriever(m_store, m_client, *c, this);
    m_retriever->setCatalog(m_catalog);
    m_retriever->setIndex(m_vectors.value(c->id));
    const qint64 id = c->id;
    const int generation = m_vectorGeneration.value(id);
    connect(m_retriever, &Retriever::indexLoaded, this,
            [this, id, generation](std::shared_ptr<const VectorIndex> index) {
                ++m_vectorLoads;
                if (m_vectorGeneration.value(id) == generation)
                    m_vectors.insert(id, std::move(index));
            });
    connect(m_retriever, &Retriever::finished, this, [this](const RetrievalResult &result) {
        m_lastResult = result;
        Q_EMIT searchFinished(result);
    });
    m_retriever->retrieve(query.trimmed(), options);
    return true;
}
