#include "transcriptview.h"

#include "chat/message.h"
#include "transcriptmodel.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QScrollBar>

TranscriptView::TranscriptView(QWidget *parent)
    : QListView(parent), m_delegate(new MessageDelegate(this))
{
    setItemDelegate(m_delegate);
    setUniformItemSizes(false);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setResizeMode(QListView::Adjust);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(true);
    setMouseTracking(true);
    setFrameShape(QFrame::NoFrame);
    setAccessibleName(tr("Transcript"));
    setToolTip(tr("The conversation. Right-click a reply to copy or regenerate it."));
    verticalScrollBar()->setSingleStep(24);

    // Stay at the bottom while a reply grows, unless the user scrolled up to read.
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followTail = value >= verticalScrollBar()->maximum() - 4; });
    connect(verticalScrollBar(), &QScrollBar::rangeChanged, this, [this](int, int max) {
        if (m_followTail)
            verticalScrollBar()->setValue(max);
    });
    connect(m_delegate, &MessageDelegate::actionTriggered, this, &TranscriptView::onAction);
}

void TranscriptView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QListView::setModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, [this] {
            m_delegate->clearCache();
            m_followTail = true;
        });
    }
}

int TranscriptView::selectedRow() const
{
    const QModelIndexList rows
        = selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void TranscriptView::scrollToTail()
{
    m_followTail = true;
    scrollToBottom();
}

void TranscriptView::dataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                 const QList<int> &roles)
{
    QListView::dataChanged(topLeft, bottomRight, roles);
    // A message that grew needs a new height; QListView only repaints on dataChanged.
    scheduleDelayedItemsLayout();
}

void TranscriptView::rowsInserted(const QModelIndex &parent, int start, int end)
{
    QListView::rowsInserted(parent, start, end);
    if (m_followTail)
        scrollToBottom();
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    const bool follow = m_followTail;
    QListView::resizeEvent(event);
    if (follow)
        scrollToBottom();
}

void TranscriptView::onAction(const QModelIndex &index, MessageDelegate::Action action)
{
    switch (action) {
    case MessageDelegate::Action::Copy:
        Q_EMIT copyRequested(index.row());
        break;
    case MessageDelegate::Action::Regenerate:
        Q_EMIT regenerateRequested(index.row());
        break;
    case MessageDelegate::Action::Retry:
        Q_EMIT retryRequested(index.row());
        break;
    case MessageDelegate::Action::None:
        break;
    }
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    QModelIndex index = indexAt(event->pos());
    if (!index.isValid() && event->reason() == QContextMenuEvent::Keyboard)
        index = currentIndex();
    if (!index.isValid())
        return;
    setCurrentIndex(index);

    const auto state = Message::State(index.data(TranscriptModel::StateRole).toInt());
    const bool isAssistant
        = Message::Role(index.data(TranscriptModel::RoleRole).toInt()) == Message::Role::Assistant;
    const bool isLast = index.data(TranscriptModel::IsLastReplyRole).toBool();
    const int row = index.row();

    // popup(), not exec(): no nested event loop on the GUI thread.
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    QAction *copy = menu->addAction(isAssistant ? tr("Copy Reply") : tr("Copy Message"), this,
                                    [this, row] { Q_EMIT copyRequested(row); });
    copy->setEnabled(!index.data(TranscriptModel::ContentRole).toString().isEmpty());
    if (!isAssistant && state == Message::State::Complete)
        menu->addAction(tr("&Edit and Resend…"), this, [this, row] { Q_EMIT editRequested(row); });
    if (isAssistant && isLast && state != Message::State::Streaming) {
        if (state == Message::State::Failed)
            menu->addAction(tr("Retry"), this, [this, row] { Q_EMIT retryRequested(row); });
        else
            menu->addAction(tr("Regenerate"), this,
                            [this, row] { Q_EMIT regenerateRequested(row); });
    }
    const QPoint where = event->reason() == QContextMenuEvent::Keyboard
        ? viewport()->mapToGlobal(visualRect(index).topLeft() + QPoint(20, 20))
        : event->globalPos();
    menu->popup(where);
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Copy) && selectedRow() >= 0) {
        Q_EMIT copyRequested(selectedRow());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}
