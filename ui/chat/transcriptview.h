#pragma once

#include "messagedelegate.h"

#include <QListView>

class QMenu;
class TranscriptHighlights;

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
    // The search words marked in the messages, for the model set (null before one is).
    TranscriptHighlights *highlights() const { return m_highlights; }
    // Selects the message of the current match and scrolls the match into view.
    void revealCurrentMatch();
    // Where the current match is drawn, in viewport coordinates; empty without one.
    QRect currentMatchRect() const;

Q_SIGNALS:
    void copyRequested(int row);
    void regenerateRequested(int row);
    void retryRequested(int row);
    void editRequested(int row);
    // The `place`-th attachment of the message at `row` should be shown (its chip was clicked,
    // or Open Attachment chosen in the context menu).
    void attachmentRequested(int row, int place);
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
    // Open Attachment for each file of a message; Copy JSON, Fold All, Unfold All for a JSON
    // reply: the keyboard's way to the chips and fold markers.
    void addExtraActions(QMenu *menu, const QModelIndex &index);

    MessageDelegate *m_delegate;
    TranscriptHighlights *m_highlights = nullptr;
    bool m_followTail = true;
};
