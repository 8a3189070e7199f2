#pragma once

#include "messagedelegate.h"

#include <QListView>

class QMenu;

// The chat transcript: a virtualised list view (no widget per message) painted by
// MessageDelegate. It follows the streaming reply unless the user scrolled up, and offers the
// per-message actions by mouse (links, context menu, a code block's Copy button) and keyboard
// (Ctrl+C, menu key). It is drawn again in the new colours when the palette changes.
class TranscriptView : public QListView
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);

    void setModel(QAbstractItemModel *model) override;
    MessageDelegate *messageDelegate() const { return m_delegate; }
    // The row the keyboard actions apply to: the selected message, else -1.
    int selectedRow() const;
    bool isFollowingTail() const { return m_followTail; }
    void scrollToTail();

Q_SIGNALS:
    void copyRequested(int row);
    void regenerateRequested(int row);
    void retryRequested(int row);
    void editRequested(int row);
    // A reply answered from a knowledge collection: open source [number], or its Retrieval panel
    // (a click on a citation or on Retrieval, or the context menu for the keyboard).
    void sourceRequested(int row, int number);
    void retrievalRequested(int row);
    // The messages were drawn (after each paint of the viewport).
    void painted();

protected:
    void dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                     const QList<int> &roles = {}) override;
    void rowsInserted(const QModelIndex &parent, int start, int end) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    bool viewportEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void onAction(const QModelIndex &index, MessageDelegate::Action action);
    QStyleOptionViewItem itemOption(const QModelIndex &index) const;
    void addCodeBlockActions(QMenu *menu, const QModelIndex &index, const QPoint &pos);

    MessageDelegate *m_delegate;
    bool m_followTail = true;
};
