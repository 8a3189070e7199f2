#include "knowledgechat.h"

#include "chat/chatsession.h"
#include "knowledgeprompt.h"
#include "knowledgesession.h"
#include "retriever.h"
#include "store/kbchatstore.h"

#include <QCoreApplication>

KnowledgeChat::KnowledgeChat(ChatSession *chat, KnowledgeSession *knowledge, KbChatStore *store,
                             QObject *parent)
    : QObject(parent), m_chat(chat), m_knowledge(knowledge), m_store(store)
{
    connect(chat, &ChatSession::conversationChanged, this, &KnowledgeChat::onConversationChanged);
    connect(chat, &ChatSession::replyFinished, this, &KnowledgeChat::onReplyFinished);
    // A sync or new settings change what the next question must see.
    connect(knowledge, &KnowledgeSession::collectionsChanged, this, [this] {
        if (!m_pending.active)
            dropRetriever();
        if (!m_attached.isEmpty() && m_knowledge && !m_knowledge->collection(m_attached)) {
            // Removed: the conversation's attachment went with it (ON DELETE CASCADE).
            m_attached.clear();
            Q_EMIT attachedChanged(m_attached);
        }
    });
    onConversationChanged(chat->conversationId());
}

KnowledgeChat::~KnowledgeChat() = default;

ChatSession *KnowledgeChat::chat() const
{
    return m_chat;
}

KnowledgeSession *KnowledgeChat::knowledge() const
{
    return m_knowledge;
}

bool KnowledgeChat::attach(const QString &name)
{
    if (!name.isEmpty() && (!m_knowledge || !m_knowledge->collection(name)))
        return false;
    if (name == m_attached)
        return true;
    if (m_conversationId != 0 && m_store && !m_store->setAttachedCollection(m_conversationId, name))
        return false;
    m_attached = name;
    Q_EMIT attachedChanged(m_attached);
    return true;
}

bool KnowledgeChat::send(const QString &text, const QList<Attachment> &attachments)
{
    return ask(Ask::Send, text, attachments, -1);
}

bool KnowledgeChat::editAndResend(int row, const QString &text)
{
    return ask(Ask::Edit, text, {}, row);
}

bool KnowledgeChat::regenerate()
{
    if (!m_chat)
        return false;
    // The question is the last user message of the shown path.
    const QList<Message> &messages = m_chat->messages();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        if (messages.at(i).role == Message::Role::User)
            return ask(Ask::Regenerate, messages.at(i).content, {}, -1);
    }
    return ask(Ask::Regenerate, QString(), {}, -1);
}

bool KnowledgeChat::ask(Ask kind, const QString &text, const QList<Attachment> &attachments,
                        int row)
{
    if (!m_chat || m_chat->isBusy() || m_pending.active)
        return false;
    const std::optional<KbCollection> collection
        = m_attached.isEmpty() || !m_knowledge ? std::nullopt : m_knowledge->collection(m_attached);
    if (!collection || text.trimmed().isEmpty())
        return dispatch(kind, text, attachments, row);
    if (!m_retriever || m_retrieverCollection != collection->name) {
        dropRetriever();
        m_retriever = new Retriever(m_knowledge->store(), m_knowledge->client(), *collection, this);
        m_retriever->setCatalog(m_knowledge->catalog());
        m_retrieverCollection = collection->name;
        connect(m_retriever, &Retriever::finished, this, &KnowledgeChat::onRetrieved);
    }
    m_pending = Pending{ true, kind, text, attachments, row };
    setRetrieving(true);
    m_retriever->retrieve(text.trimmed(), collection->options);
    return true;
}

bool KnowledgeChat::dispatch(Ask kind, const QString &text, const QList<Attachment> &attachments,
                             int row)
{
    m_dispatching = true;
    bool sent = false;
    switch (kind) {
    case Ask::Send:
        sent = m_chat->send(text, attachments);
        break;
    case Ask::Edit:
        sent = m_chat->editAndResend(row, text);
        break;
    case Ask::Regenerate:
        sent = m_chat->regenerate();
        break;
    }
    m_dispatching = false;
    return sent;
}

void KnowledgeChat::cancel()
{
    if (!m_pending.active)
        return;
    m_pending = {};
    if (m_retriever)
        m_retriever->cancel();
    setRetrieving(false);
}

void KnowledgeChat::onRetrieved(const RetrievalResult &result)
{
    if (!m_pending.active || !m_chat)
        return;
    const Pending pending = m_pending;
    m_pending = {};
    // Only this request carries the sources: later questions bring their own.
    m_chat->setSourcesPrompt(result.selected().isEmpty() ? QString()
                                                         : KnowledgePrompt::systemPrompt(result));
    const bool sent = dispatch(pending.kind, pending.text, pending.attachments, pending.row);
    m_chat->setSourcesPrompt({});
    if (sent && !m_chat->messages().isEmpty() && m_chat->messages().constLast().isAssistant()) {
        const qint64 replyId = m_chat->messages().constLast().id;
        ReplyRetrieval record;
        record.result = result;
        m_records.insert(replyId, record);
        m_withRetrieval.insert(replyId);
        if (m_store && m_chat->conversationId() != 0)
            m_store->saveRetrieval(replyId, RetrievalRecord::toJson(record));
        m_timedReply = replyId;
        m_chatClock.start();
        Q_EMIT retrievalChanged(replyId);
    }
    setRetrieving(false);
}

void KnowledgeChat::onReplyFinished(int row)
{
    if (!m_chat || row < 0 || row >= m_chat->messages().size())
        return;
    const qint64 id = m_chat->messages().at(row).id;
    if (id != m_timedReply || !m_records.contains(id))
        return;
    m_timedReply = 0;
    ReplyRetrieval &record = m_records[id];
    record.chatMs = m_chatClock.elapsed();
    if (m_store && m_chat->conversationId() != 0)
        m_store->saveRetrieval(id, RetrievalRecord::toJson(record));
    Q_EMIT retrievalChanged(id);
}

void KnowledgeChat::onConversationChanged(qint64 id)
{
    const qint64 previous = m_conversationId;
    m_conversationId = id;
    // A new conversation's first message is being saved: it keeps the collection chosen for it.
    if (previous == 0 && id != 0 && m_dispatching) {
        if (m_store)
            m_store->setAttachedCollection(id, m_attached);
        return;
    }
    cancel();
    m_records.clear();
    m_timedReply = 0;
    m_withRetrieval = id != 0 && m_store ? m_store->messagesWithRetrieval(id) : QSet<qint64>();
    const QString attached = id != 0 && m_store ? m_store->attachedCollection(id) : QString();
    if (attached != m_attached) {
        m_attached = attached;
        Q_EMIT attachedChanged(m_attached);
    }
}

const ReplyRetrieval *KnowledgeChat::retrieval(qint64 messageId) const
{
    if (!m_withRetrieval.contains(messageId))
        return nullptr;
    auto it = m_records.find(messageId);
    if (it == m_records.end()) {
        const std::optional<QJsonObject> json
            = m_store ? m_store->retrieval(messageId) : std::nullopt;
        if (!json)
            return nullptr;
        it = m_records.insert(messageId, RetrievalRecord::fromJson(*json));
    }
    return &it.value();
}

void KnowledgeChat::setRetrieving(bool retrieving)
{
    Q_EMIT retrievingChanged(retrieving);
}

void KnowledgeChat::dropRetriever()
{
    if (!m_retriever)
        return;
    m_retriever->disconnect(this);
    m_retriever->cancel();
    m_retriever->deleteLater();
    m_retriever = nullptr;
    m_retrieverCollection.clear();
}
