#include "chatsession.h"

#include "api/apiclient.h"
#include "api/chatstream.h"
#include "attachments.h"
#include "models/modelcatalog.h"
#include "replymetrics.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QFutureWatcher>
#include <QHash>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace {

// Views repaint at most this often while a reply streams in.
constexpr int CoalesceMs = 40;
// A streaming reply reaches the disk at least this often, so a crash loses less than a second.
constexpr int PersistMs = 500;

} // namespace

ChatSession::ChatSession(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ChatSession::flushPending);
    m_persist.setInterval(PersistMs);
    connect(&m_persist, &QTimer::timeout, this, &ChatSession::persistReply);
}

void ChatSession::setStore(ConversationStore *store)
{
    if (m_store == store)
        return;
    if (m_store || !store) {
        clear();
        m_store = store;
        return;
    }
    // The history opens just after the window shows: a chat begun before that is kept and
    // saved now rather than dropped.
    m_store = store;
    if (m_tree.isEmpty() || !persisting())
        return;
    m_conversationId = m_store->createConversation({}, m_model, m_systemPrompt);
    if (!m_conversationId)
        return;
    syncTree();
    treeShapeChanged();
    QHash<qint64, qint64> newIds;
    for (Message &message : m_tree) {
        const qint64 oldId = message.id;
        message.parentId = newIds.value(message.parentId, 0);
        if (!m_store->addMessage(m_conversationId, message))
            return;
        newIds.insert(oldId, message.id);
        m_nextId = std::max(m_nextId, message.id + 1);
    }
    for (Message &message : m_messages) {
        message.id = newIds.value(message.id);
        message.parentId = newIds.value(message.parentId, 0);
    }
    if (isBusy())
        m_persist.start();
    Q_EMIT conversationChanged(m_conversationId);
}

struct ChatSession::Loaded
{
    qint64 id = 0;
    bool ok = false;
    QList<Message> tree;
    QList<Message> path;
    QHash<qint64, qsizetype> treeIndex;
    QHash<qint64, QList<qsizetype>> children;
    qint64 nextId = 1;
};

namespace {

void indexMessages(const QList<Message> &tree, QHash<qint64, qsizetype> &index,
                   QHash<qint64, QList<qsizetype>> &children)
{
    index.clear();
    children.clear();
    index.reserve(tree.size());
    for (qsizetype i = 0; i < tree.size(); ++i) {
        index.insert(tree.at(i).id, i);
        children[tree.at(i).parentId].append(i);
    }
}

// Root to `leafId` through the parents; what there is when a damaged file loops.
QList<Message> pathOf(const QList<Message> &tree, const QHash<qint64, qsizetype> &index,
                      qint64 leafId)
{
    QList<Message> path;
    for (auto it = index.constFind(leafId); it != index.cend();) {
        const Message &message = tree.at(*it);
        path.append(message);
        if (path.size() > tree.size() || !message.parentId)
            break;
        it = index.constFind(message.parentId);
    }
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace

ChatSession::Loaded ChatSession::load(const QString &databasePath, qint64 id)
{
    Loaded loaded;
    loaded.id = id;
    std::optional<ConversationRecord> record;
    if (databasePath.isEmpty())
        return loaded;
    {
        // This thread's own connection: a QSqlDatabase may be used only where it was made.
        Database database;
        if (!database.openReadOnly(databasePath).ok())
            return loaded;
        ConversationStore store(&database);
        record = store.loadConversation(id);
    }
    if (!record || record->deletedAt.isValid())
        return loaded;
    loaded.tree = std::move(record->messages);
    qint64 leaf = 0;
    for (const Message &message : std::as_const(loaded.tree)) {
        loaded.nextId = std::max(loaded.nextId, message.id + 1);
        leaf = std::max(leaf, message.id);
    }
    indexMessages(loaded.tree, loaded.treeIndex, loaded.children);
    loaded.path = pathOf(loaded.tree, loaded.treeIndex, leaf);
    loaded.ok = true;
    return loaded;
}

void ChatSession::show(Loaded &&loaded)
{
    stop();
    clear();
    m_conversationId = loaded.id;
    m_tree = std::move(loaded.tree);
    m_treeIndex = std::move(loaded.treeIndex);
    m_children = std::move(loaded.children);
    m_indexed = true;
    m_nextId = std::max(m_nextId, loaded.nextId);
    m_messages = std::move(loaded.path);
    Q_EMIT messagesReset();
    Q_EMIT conversationChanged(m_conversationId);
}

bool ChatSession::openConversation(qint64 id)
{
    if (!m_store || id <= 0)
        return false;
    const std::optional<ConversationRecord> record = m_store->loadConversation(id);
    if (!record || record->deletedAt.isValid())
        return false;
    Loaded loaded;
    loaded.id = id;
    loaded.tree = record->messages;
    qint64 leaf = 0;
    for (const Message &message : std::as_const(loaded.tree)) {
        loaded.nextId = std::max(loaded.nextId, message.id + 1);
        leaf = std::max(leaf, message.id);
    }
    indexMessages(loaded.tree, loaded.treeIndex, loaded.children);
    loaded.path = pathOf(loaded.tree, loaded.treeIndex, leaf);
    show(std::move(loaded));
    return true;
}

void ChatSession::openConversationInBackground(qint64 id)
{
    if (!m_store || id <= 0)
        return;
    const QString path = m_store->database() ? m_store->database()->path() : QString();
    if (path.isEmpty()) {
        if (!openConversation(id))
            Q_EMIT loadFailed(id);
        return;
    }
    stop();
    clear(); // also drops an earlier load
    const int generation = ++m_loadGeneration;
    m_loadingId = id;
    Q_EMIT loadingChanged(true);
    auto *watcher = new QFutureWatcher<Loaded>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, id] {
        watcher->deleteLater();
        if (generation != m_loadGeneration)
            return; // something else was opened meanwhile
        Loaded loaded = watcher->result();
        endLoading();
        if (!loaded.ok) {
            Q_EMIT loadFailed(id);
            return;
        }
        show(std::move(loaded));
    });
    watcher->setFuture(QtConcurrent::run([path, id] { return load(path, id); }));
}

void ChatSession::endLoading()
{
    if (!m_loadingId)
        return;
    m_loadingId = 0;
    ++m_loadGeneration;
    Q_EMIT loadingChanged(false);
}

void ChatSession::newConversation()
{
    clear();
    Q_EMIT conversationChanged(0);
}

bool ChatSession::persisting() const
{
    // A read-only history (another Sift holds it) can be browsed; new chats stay in memory.
    return m_store && m_store->database() && !m_store->database()->isReadOnly();
}

bool ChatSession::appendMessage(Message &message)
{
    if (persisting()) {
        saveUnsaved();
        if (!m_conversationId) {
            m_conversationId = m_store->createConversation({}, m_model, m_systemPrompt);
            if (!m_conversationId)
                return false;
            Q_EMIT conversationChanged(m_conversationId);
        }
        if (!m_store->addMessage(m_conversationId, message))
            return false;
        m_nextId = std::max(m_nextId, message.id + 1);
    } else {
        message.id = m_nextId++;
    }
    m_messages.append(message);
    m_tree.append(message);
    treeShapeChanged();
    Q_EMIT messageAdded(int(m_messages.size()) - 1);
    return true;
}

void ChatSession::saveUnsaved()
{
    for (auto it = m_unsaved.begin(); it != m_unsaved.end();) {
        const Message *message = treeMessage(*it);
        if (message && !m_store->updateMessage(*message))
            return; // still no room: keep them for the next try
        it = m_unsaved.erase(it);
    }
}

bool ChatSession::send(const QString &text)
{
    return send(text, {});
}

bool ChatSession::send(const QString &text, const QList<Attachment> &attachments)
{
    // While a conversation loads, a message would go into the one that is about to be replaced.
    if (!addUserMessage(text, attachments))
        return false;
    startReply();
    return true;
}

bool ChatSession::editAndResend(int row, const QString &text)
{
    if (isBusy() || text.trimmed().isEmpty() || row < 0 || row >= m_messages.size()
        || m_messages.at(row).role != Message::Role::User)
        return false;
    syncTree();
    Message message;
    message.parentId = m_messages.at(row).parentId;
    message.role = Message::Role::User;
    message.content = text;
    message.attachments = m_messages.at(row).attachments; // the files go with the edit
    message.created = QDateTime::currentDateTimeUtc();
    const QList<Message> before = m_messages;
    m_messages.resize(row);
    Q_EMIT messagesReset();
    if (!appendMessage(message)) {
        m_messages = before;
        Q_EMIT messagesReset();
        return false;
    }
    startReply();
    return true;
}

void ChatSession::indexTree() const
{
    if (m_indexed)
        return;
    indexMessages(m_tree, m_treeIndex, m_children);
    m_indexed = true;
}

const Message *ChatSession::treeMessage(qint64 id) const
{
    indexTree();
    const auto it = m_treeIndex.constFind(id);
    return it == m_treeIndex.cend() ? nullptr : &m_tree.at(*it);
}

QList<const Message *> ChatSession::siblingsOf(const Message &message) const
{
    indexTree();
    QList<const Message *> list;
    for (const qsizetype at : m_children.value(message.parentId))
        list.append(&m_tree.at(at));
    return list;
}

int ChatSession::branchCount(int row) const
{
    if (row < 0 || row >= m_messages.size())
        return 0;
    return int(siblingsOf(m_messages.at(row)).size());
}

int ChatSession::branchIndex(int row) const
{
    if (row < 0 || row >= m_messages.size())
        return -1;
    const qint64 id = m_messages.at(row).id;
    const QList<const Message *> list = siblingsOf(m_messages.at(row));
    for (int i = 0; i < list.size(); ++i) {
        if (list.at(i)->id == id)
            return i;
    }
    return -1;
}

bool ChatSession::switchBranch(int row, int step)
{
    if (isBusy() || row < 0 || row >= m_messages.size())
        return false;
    const QList<const Message *> list = siblingsOf(m_messages.at(row));
    const int target = branchIndex(row) + step;
    if (step == 0 || target < 0 || target >= list.size())
        return false;
    syncTree();
    showPath(newestLeafUnder(list.at(target)->id));
    return true;
}

bool ChatSession::revealMessage(qint64 id)
{
    for (const Message &message : std::as_const(m_messages)) {
        if (message.id == id)
            return true;
    }
    if (isBusy() || !treeMessage(id))
        return false;
    syncTree();
    showPath(newestLeafUnder(id));
    return true;
}

qint64 ChatSession::newestLeafUnder(qint64 id) const
{
    // Ids grow with time, so the newest descendant is the one with the largest id.
    indexTree();
    qint64 newest = id;
    QList<qint64> pending{ id };
    QSet<qint64> seen{ id }; // a damaged file may loop
    while (!pending.isEmpty()) {
        const qint64 parent = pending.takeLast();
        for (const qsizetype at : m_children.value(parent)) {
            const qint64 child = m_tree.at(at).id;
            if (seen.contains(child))
                continue;
            seen.insert(child);
            newest = std::max(newest, child);
            pending.append(child);
        }
    }
    return newest;
}

void ChatSession::showPath(qint64 leafId)
{
    indexTree();
    m_messages = pathOf(m_tree, m_treeIndex, leafId);
    Q_EMIT messagesReset();
}

void ChatSession::syncTree()
{
    indexTree();
    for (const Message &message : std::as_const(m_messages)) {
        if (const auto it = m_treeIndex.constFind(message.id); it != m_treeIndex.cend())
            m_tree[*it] = message;
    }
}

void ChatSession::stop()
{
    Q_EMIT stopping();
    if (!m_stream)
        return;
    // The stream answers cancel() with finished(Cancelled), which marks the reply Stopped.
    m_stream->cancel();
    if (m_stream)
        endReply(Message::State::Stopped);
}

bool ChatSession::regenerate()
{
    if (isBusy())
        return false;
    qsizetype userRow = m_messages.size() - 1;
    if (userRow >= 0 && m_messages.at(userRow).isAssistant())
        --userRow;
    if (userRow < 0 || m_messages.at(userRow).role != Message::Role::User)
        return false;
    if (userRow != m_messages.size() - 1) {
        // The old reply stays in the tree as a sibling of the new one.
        syncTree();
        m_messages.removeLast();
        Q_EMIT messagesReset();
    }
    startReply();
    return true;
}

void ChatSession::clear()
{
    endLoading();
    const bool wasBusy = isBusy();
    if (m_stream) {
        // Nothing is left to show the reply in: drop it without any signal.
        ChatStream *stream = m_stream;
        m_stream = nullptr;
        stream->disconnect(this);
        stream->cancel();
        stream->deleteLater();
        if (persisting() && !m_messages.isEmpty()) {
            Message &reply = m_messages.last();
            reply.state = Message::State::Stopped;
            m_store->updateMessage(reply);
        }
    }
    m_coalesce.stop();
    m_persist.stop();
    m_textDirty = false;
    m_persistDirty = false;
    if (persisting())
        saveUnsaved(); // a last try before the conversation leaves memory
    m_unsaved.clear();
    m_messages.clear();
    m_tree.clear();
    treeShapeChanged();
    m_conversationId = 0;
    Q_EMIT messagesReset();
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

ChatRequest ChatSession::buildRequest() const
{
    ChatRequest request;
    request.model = m_model.isEmpty() ? ModelCatalog::defaultChatModel() : m_model;
    request.stream = m_streaming;
    QStringList system;
    for (const QString &part : { m_systemPrompt, m_sourcesPrompt }) {
        if (!part.trimmed().isEmpty())
            system << part;
    }
    if (!system.isEmpty())
        request.messages.append({ u"system"_s, system.join(u"\n\n"_s) });
    for (const Message &message : m_messages) {
        // A reply still streaming, or one that failed, is not part of the conversation the
        // model should see; neither is an empty reply (the API refuses empty content).
        if (message.state == Message::State::Streaming)
            continue;
        if (message.isAssistant()
            && (message.state == Message::State::Failed || message.content.isEmpty()))
            continue;
        request.messages.append(Attachments::chatMessage(message));
    }
    if (m_parameters.temperature && *m_parameters.temperature >= 0)
        request.temperature = m_parameters.temperature;
    if (m_parameters.maxTokens && *m_parameters.maxTokens > 0)
        request.maxTokens = m_parameters.maxTokens;
    if (m_parameters.topP && *m_parameters.topP >= 0)
        request.topP = m_parameters.topP;
    m_options.applyTo(request);
    return request;
}

void ChatSession::startReply()
{
    const ChatRequest request = buildRequest();

    Message reply;
    reply.parentId = m_messages.isEmpty() ? 0 : m_messages.last().id;
    reply.role = Message::Role::Assistant;
    reply.model = request.model;
    reply.state = Message::State::Streaming;
    reply.created = QDateTime::currentDateTimeUtc();
    // The settings this reply was made with, for the transcript and the store.
    reply.parameters = ChatParams::replySettings(request.toJson());
    if (!appendMessage(reply)) {
        // The store refused the row (full disk, read-only file): storageError told the user.
        return;
    }

    m_textDirty = false;
    m_persistDirty = false;
    if (persisting())
        m_persist.start();
    ChatStream *stream = m_client->chat(request, this);
    m_stream = stream;
    connect(stream, &ChatStream::delta, this, [this](const QString &text) {
        if (!m_stream || m_messages.isEmpty())
            return;
        m_messages.last().content += text;
        m_messages.last().retryDelayMs = -1;
        m_textDirty = true;
        m_persistDirty = true;
        Q_EMIT replyDelta(int(m_messages.size()) - 1, text);
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(stream, &ChatStream::logprobs, this, [this](const QJsonArray &tokens) {
        if (!m_stream || m_messages.isEmpty())
            return;
        QJsonArray &list = m_messages.last().logprobs;
        for (const QJsonValue &token : tokens)
            list.append(token);
    });
    connect(stream, &ChatStream::usage, this, [this](const Usage &usage) {
        if (!m_stream || m_messages.isEmpty())
            return;
        ReplyMetrics::applyUsage(m_messages.last(), usage, m_catalog);
        flushPending();
        Q_EMIT messageChanged(int(m_messages.size()) - 1);
    });
    connect(stream, &ChatStream::finished, this, [this](FinishReason reason) {
        if (!m_stream || m_messages.isEmpty())
            return;
        m_messages.last().finishReason = reason;
        endReply(reason == FinishReason::Cancelled ? Message::State::Stopped
                                                   : Message::State::Complete);
    });
    connect(stream, &ChatStream::retrying, this,
            [this](int attempt, int delayMs, const ApiError &error) {
                if (!m_stream || m_messages.isEmpty())
                    return;
                Message &message = m_messages.last();
                message.retryDelayMs = delayMs;
                message.retryReason = error.kind;
                const int row = int(m_messages.size()) - 1;
                Q_EMIT messageChanged(row);
                Q_EMIT replyRetrying(row, attempt, delayMs, error);
            });
    connect(stream, &ChatStream::failed, this, [this](const ApiError &error) {
        if (!m_stream || m_messages.isEmpty())
            return;
        m_messages.last().error = error;
        endReply(Message::State::Failed);
    });
    Q_EMIT busyChanged(true);
}

void ChatSession::flushPending()
{
    m_coalesce.stop();
    if (!m_textDirty || m_messages.isEmpty())
        return;
    m_textDirty = false;
    Q_EMIT messageChanged(int(m_messages.size()) - 1);
}

void ChatSession::persistReply()
{
    if (!persisting() || !m_persistDirty || m_messages.isEmpty())
        return;
    const Message &reply = m_messages.last();
    if (m_store->updateMessageContent(reply.id, reply.content)) {
        m_persistDirty = false;
        Q_EMIT replyPersisted(reply.id);
    } else {
        // Full disk or read-only file: storageError told the user once; the reply goes on in
        // memory and endReply() tries once more.
        m_persist.stop();
    }
}

void ChatSession::endReply(Message::State state)
{
    const int row = int(m_messages.size()) - 1;
    m_coalesce.stop();
    m_persist.stop();
    m_persistDirty = false;
    m_textDirty = false; // the state change below repaints the text too
    if (ChatStream *stream = m_stream) {
        m_stream = nullptr;
        stream->disconnect(this);
        stream->deleteLater();
    }
    Message &reply = m_messages[row];
    reply.retryDelayMs = -1;
    reply.state = state;
    if (persisting()) {
        if (m_store->updateMessage(reply))
            Q_EMIT replyPersisted(reply.id);
        else
            m_unsaved.insert(reply.id); // written by the next save that works
    }
    syncTree();
    const ApiError error = reply.error;
    Q_EMIT messageChanged(row);
    if (state == Message::State::Failed)
        Q_EMIT replyFailed(row, error);
    Q_EMIT busyChanged(false);
    Q_EMIT replyFinished(row);
    // Each reply allocates and frees large buffers (the request carries the whole conversation).
    // glibc keeps the freed pages, so without this the process grows by a few MB per hundred
    // replies though nothing leaks (docs/PERFORMANCE.md); it takes well under a millisecond.
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

bool ChatSession::addUserMessage(const QString &text, const QList<Attachment> &attachments)
{
    // While a conversation loads, a message would go into the one that is about to be replaced.
    if (isBusy() || isLoading() || (text.trimmed().isEmpty() && attachments.isEmpty()))
        return false;
    Message message;
    message.parentId = m_messages.isEmpty() ? 0 : m_messages.last().id;
    message.role = Message::Role::User;
    message.content = text;
    message.attachments = attachments;
    message.created = QDateTime::currentDateTimeUtc();
    return appendMessage(message);
}

bool ChatSession::addReply(Message &reply, bool show)
{
    if (!m_stream.isNull())
        return false;
    reply.role = Message::Role::Assistant;
    if (show) {
        reply.parentId = m_messages.isEmpty() ? 0 : m_messages.last().id;
        return appendMessage(reply);
    }
    // A sibling of the shown reply: in the tree and the store, not on the path.
    if (m_messages.isEmpty() || !m_messages.last().isAssistant())
        return false;
    reply.parentId = m_messages.last().parentId;
    if (persisting()) {
        if (!m_store->addMessage(m_conversationId, reply))
            return false;
        m_nextId = std::max(m_nextId, reply.id + 1);
    } else {
        reply.id = m_nextId++;
    }
    syncTree();
    m_tree.append(reply);
    treeShapeChanged();
    // The shown reply's branch count changed.
    Q_EMIT messageChanged(int(m_messages.size()) - 1);
    return true;
}

void ChatSession::updateReply(const Message &reply, Save save)
{
    indexTree();
    if (const auto it = m_treeIndex.constFind(reply.id); it != m_treeIndex.cend())
        m_tree[*it] = reply;
    for (int row = 0; row < m_messages.size(); ++row) {
        if (m_messages.at(row).id == reply.id) {
            m_messages[row] = reply;
            // While it streams, the reply shows in its compare column; views hear of it at the
            // end (a long reply laid out in the hidden transcript twice a second cost stalls).
            if (save == Save::Everything)
                Q_EMIT messageChanged(row);
            break;
        }
    }
    if (!persisting() || save == Save::Nothing)
        return;
    const bool saved = save == Save::Text ? m_store->updateMessageContent(reply.id, reply.content)
                                          : m_store->updateMessage(reply);
    if (saved)
        Q_EMIT replyPersisted(reply.id);
    else if (save == Save::Everything)
        m_unsaved.insert(reply.id);
}

void ChatSession::setHeld(bool held)
{
    if (m_held == held)
        return;
    const bool wasBusy = isBusy();
    m_held = held;
    if (wasBusy != isBusy())
        Q_EMIT busyChanged(isBusy());
}
