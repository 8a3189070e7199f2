#pragma once

#include "chat/chatsession.h"
#include "chat/jsonoutline.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QPointer>

class AttachmentThumbnails;

// What the transcript shows of one file sent with a message: a chip with a thumbnail (pictures)
// or a file icon, its name and size.
struct AttachmentChip
{
    QString name;
    bool image = false;
    qint64 bytes = 0;
    QImage thumbnail; // null while it is being made, and for text files
};

class KnowledgeChat;

// A list model over ChatSession::messages(): one row per message, updated from the session's
// signals. It only presents; the session owns the messages.
class TranscriptModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Roles {
        // QString: the message text. Qt::DisplayRole is what the transcript shows: a JSON reply
        // pretty-printed in a fence with fold markers (JsonOutline), else the text.
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
        // QList<AttachmentChip>: the files sent with a user message, in the order given.
        AttachmentsRole,
        AttachmentCountRole, // int: how many (without making thumbnails)
        // QString: a JSON reply pretty-printed in full (for Copy JSON); empty for other text.
        JsonTextRole,
        // QList<int>: for each line of the shown JSON block, the container that folds there
        // (-1 for none); empty for other text.
        JsonFoldLinesRole,
        ReplyCheckRole,   // QString: "✓ The reply follows the schema …"; empty when not JSON
        ReplyCheckOkRole, // bool
        // int: changes when the shown text changes while the message does not (a JSON fold), so
        // cached layouts and heights are not reused.
        ShapeRole,
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
    QString displayText(const Message &message) const;

    // Folds or unfolds one container of the JSON reply at `row` (JsonFoldLinesRole's numbers).
    void toggleJsonFold(int row, int fold);
    // Folds every container but the outermost one, or unfolds them all.
    void foldAllJson(int row, bool folded);
    // The containers of the JSON reply at `row` that can be folded or unfolded now (those whose
    // first line is shown), in order: the keyboard's way to the fold markers.
    struct JsonFold
    {
        int fold = -1;
        int line = 0;  // 1-based line of the shown JSON
        QString label; // the line as shown, without indentation or marker
        bool folded = false;
    };
    QList<JsonFold> jsonFolds(int row) const;
    AttachmentThumbnails *thumbnails() const { return m_thumbnails; }

private:
    // A JSON reply's outline, check and fold state, worked out once per text.
    struct JsonView
    {
        qsizetype size = -1;
        int state = -1;
        std::optional<JsonOutline> outline;
        ReplyCheck check;
        QSet<int> folded;
        int shape = 0;
        QString shown;
        QList<int> foldLines;
    };
    const JsonView *jsonView(const Message &message) const;
    void updateJsonShown(JsonView &view) const;
    void jsonChanged(int row);

    void onMessageAdded(int row);
    void onMessageChanged(int row);
    void resync();

    QPointer<ChatSession> m_session;
    QPointer<KnowledgeChat> m_knowledge;
    int m_rows = 0;
    AttachmentThumbnails *m_thumbnails;
    mutable QHash<qint64, JsonView> m_json; // by message id
};
