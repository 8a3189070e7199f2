#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextDocument>

#include <memory>
#include <vector>

// Paints one transcript message: a header (who), the text as a laid-out QTextDocument (markdown
// for replies), an error banner with Retry, and a status line (state, tokens and cost, Copy,
// Regenerate). Laid-out documents are cached (bounded by their characters). The streaming reply
// is shown as finished chunks, each parsed and laid out once, plus a small unfinished tail, so an
// update costs the size of the tail, not of the whole reply.
class MessageDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    enum class Action { None, Copy, Regenerate, Retry };

    explicit MessageDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // Which clickable action (if any) lies under a point in view coordinates.
    Action actionAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                    const QPoint &pos) const;
    // -1 or +1 when a point in view coordinates lies on a branch arrow that can be followed.
    int branchStepAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                     const QPoint &pos) const;
    void clearCache()
    {
        m_documents.clear();
        m_stream = {};
    }

    // The text shown on a message with branches, e.g. "‹ 2/3 ›"; empty without branches.
    static QString branchText(const QModelIndex &index);

Q_SIGNALS:
    void actionTriggered(const QModelIndex &index, MessageDelegate::Action action);
    // A branch arrow was clicked: show the sibling `step` (-1 or +1) places away.
    void branchStepRequested(const QModelIndex &index, int step);

protected:
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;

private:
    struct Layout
    {
        QRect bubble;
        QRect header;
        QRect body;
        QRect banner;
        QRect bannerText;
        QRect status;
        QList<QPair<Action, QRect>> links;
        QRect branch;     // "‹ 2/3 ›" in the header, empty without branches
        QRect branchPrev; // the clickable arrows inside it
        QRect branchNext;
        QString statusText;
        // Stacked top to bottom: one document for a finished message, the chunks and the tail of
        // the streaming one.
        QList<QTextDocument *> documents;
    };

    // The streaming reply, split at blank lines outside code fences.
    struct Stream
    {
        int row = -1;
        int width = 0;
        QString content; // what was scanned, to notice a different reply in the same row
        qsizetype scanned = 0;
        QChar fence;              // the open fence's character, null outside a fence
        qsizetype stableEnd = 0;  // after the last blank line outside a fence
        qsizetype chunkedEnd = 0; // the text up to here is in `chunks`
        std::vector<std::unique_ptr<QTextDocument>> chunks;
        std::unique_ptr<QTextDocument> tail;
        QString tailText;
    };

    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    int branchStepAt(const Layout &layout, const QModelIndex &index, const QPoint &pos) const;
    QList<QTextDocument *> documents(const QModelIndex &index, int width, const QFont &font) const;
    QList<QTextDocument *> streamingDocuments(const QString &content, int row, int width,
                                              const QFont &font) const;
    static std::unique_ptr<QTextDocument> makeDocument(const QString &text, bool markdown,
                                                       int width, const QFont &font);
    static int availableWidth(const QStyleOptionViewItem &option);

    mutable QCache<QString, QTextDocument> m_documents;
    mutable Stream m_stream;
};
