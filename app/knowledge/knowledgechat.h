#pragma once

#include "chat/attachments.h"
#include "retrievalrecord.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>

class ChatSession;
class KbChatStore;
class KnowledgeSession;
class Retriever;

// A chat that answers from a knowledge collection. The collection attached to a conversation is
// remembered with it (KbChatStore); while one is attached, each question is first retrieved
// (Retriever), the numbered sources go into the system message of that one request (the
// collection's prompt template), and what retrieval did is kept with the reply, with the time of
// the chat call, so citations and the Retrieval panel survive a restart. Without a collection it
// sends straight away. The chat pane and its panels only show what this object says.
class KnowledgeChat : public QObject
{
    Q_OBJECT
public:
    KnowledgeChat(ChatSession *chat, KnowledgeSession *knowledge, KbChatStore *store,
                  QObject *parent = nullptr);
    ~KnowledgeChat() override;

    ChatSession *chat() const;
    KnowledgeSession *knowledge() const;

    // The collection the shown conversation answers from; empty when none.
    QString attachedCollection() const { return m_attached; }
    // Attaches a collection by name (empty: detaches). A conversation not saved yet keeps it
    // until its first message is. False when there is no such collection.
    bool attach(const QString &name);

    // Ask: with a collection attached, retrieval runs first (isRetrieving()) and the question
    // is sent when it is done. False when nothing was started (busy, empty, retrieving).
    bool send(const QString &text, const QList<Attachment> &attachments = {});
    bool editAndResend(int row, const QString &text);
    bool regenerate();
    bool isRetrieving() const { return m_pending.active; }
    // Stops a retrieval still running; the question is not sent.
    void cancel();

    // What retrieval did for a reply (read from the store the first time); nullptr when the
    // reply was not answered from a collection.
    const ReplyRetrieval *retrieval(qint64 messageId) const;
    bool hasRetrieval(qint64 messageId) const { return m_withRetrieval.contains(messageId); }

Q_SIGNALS:
    void attachedChanged(const QString &name);
    void retrievingChanged(bool retrieving);
    // A reply's retrieval was kept or changed (its chat time came in).
    void retrievalChanged(qint64 messageId);
    // Asking could not go on (the collection is gone): a sentence fit to show.
    void problem(const QString &message);

private:
    enum class Ask { Send, Edit, Regenerate };
    bool ask(Ask kind, const QString &text, const QList<Attachment> &attachments, int row);
    bool dispatch(Ask kind, const QString &text, const QList<Attachment> &attachments, int row);
    void onRetrieved(const RetrievalResult &result);
    void onConversationChanged(qint64 id);
    void onReplyFinished(int row);
    void setRetrieving(bool retrieving);
    void dropRetriever();

    QPointer<ChatSession> m_chat;
    QPointer<KnowledgeSession> m_knowledge;
    QPointer<KbChatStore> m_store;
    qint64 m_conversationId = 0;
    QString m_attached;
    Retriever *m_retriever = nullptr; // for m_retrieverCollection; kept while it is unchanged
    QString m_retrieverCollection;
    struct Pending
    {
        bool active = false;
        Ask kind = Ask::Send;
        QString text;
        QList<Attachment> attachments;
        int row = -1;
    } m_pending;
    mutable QHash<qint64, ReplyRetrieval> m_records;
    QSet<qint64> m_withRetrieval;
    bool m_dispatching = false; // inside ChatSession::send() and its kin
    qint64 m_timedReply = 0;    // the reply whose chat call is being timed
    QElapsedTimer m_chatClock;
};
