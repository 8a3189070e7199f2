#pragma once

#include "chat/chatsession.h"

#include <QAbstractListModel>
#include <QPointer>

class KnowledgeChat;

// A list model over ChatSession::messages(): one row per message, updated from the session's
// signals. It only presents; the session owns the messages.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        // QString: the message text. Qt::DisplayRole is what the transcript shows: a JSON reply
        // pretty-printed in a fence, a user message with its attachments' names under it.
        ContentRole = Qt::UserRole + 1,
        RoleRole,        // int: Message::Role
        StateRole,       // int: Message::State
        StateTextRole,   // QString: "stopped", "interrupted", … empty when nothing to say
        UsageTextRole,   // QString: "14 tokens · $0.0000012"
        ErrorTextRole,   // QString: what went wrong and what to do, empty without error
        ModelRole,       // QString: model id of a reply
        IsLastReplyRole, // bool: the last assistant message (Regenerate/Retry apply to it)
        BranchIndexRole, // int: 0-based place among the message's siblings
        BranchCountRole, // int: how many siblings (1 = no branches)
        MessageIdRole,   // qlonglong: Message::id
        // Knowledge (with a KnowledgeChat set): a reply's numbered sources, "[1] path:lines"
        // each; its retrieval problems (a failed rerank…), one sentence a line; whether it was
        // answered from a collection.
        SourcesRole,
        RetrievalNoteRole,
        HasRetrievalRole,
    };

    explicit TranscriptModel(ChatSession *session, QObject *parent = nullptr);
    // Replies answered from a collection then show their citations as links to the sources.
    void setKnowledgeChat(KnowledgeChat *chat);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    // "Editable" lets the view open a message's read-only text viewer for selecting; nothing is
    // ever written back (the delegate's setModelData does nothing).
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Row of the last assistant message, -1 when there is none.
    int lastReplyRow() const;
    // Row of the message with this id on the shown path, -1 when it is not shown.
    int rowOfMessage(qint64 id) const;

    static QString usageText(const Message &message);
    static QString displayText(const Message &message);

private:
    void onMessageAdded(int row);
    void onMessageChanged(int row);
    void resync();

    QPointer<ChatSession> m_session;
    QPointer<KnowledgeChat> m_knowledge;
    int m_rows = 0;
};
