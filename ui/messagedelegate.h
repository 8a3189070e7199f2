#pragma once

#include <QCache>
#include <QStyledItemDelegate>
#include <QTextDocument>

// Paints one transcript message: a header (who), the text as a laid-out QTextDocument (markdown
// for replies), an error banner with Retry, and a status line (state, tokens and cost, Copy,
// Regenerate). Laid-out documents are cached, so only the streaming reply is laid out again.
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
    void clearCache() { m_documents.clear(); }

Q_SIGNALS:
    void actionTriggered(const QModelIndex &index, MessageDelegate::Action action);

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
        QString statusText;
        QTextDocument *document = nullptr;
    };

    Layout layout(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QTextDocument *document(const QModelIndex &index, int width, const QFont &font) const;
    static int availableWidth(const QStyleOptionViewItem &option);

    mutable QCache<QString, QTextDocument> m_documents;
};
