#include "conversationsidebar.h"

#include "chat/chatsession.h"
#include "conversationlistmodel.h"
#include "conversationsearch.h"
#include "store/conversationstore.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
constexpr int UndoMs = 8000;
}

ConversationSidebar::ConversationSidebar(ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new ConversationListModel(this))
    , m_search(new ConversationSearch(nullptr, this))
    , m_list(new QListView(this))
    , m_new(new QPushButton(tr("New Chat"), this))
    , m_undoBar(new QFrame(this))
    , m_undoLabel(new QLabel(m_undoBar))
    , m_undo(new QPushButton(tr("&Undo"), m_undoBar))
{
    setObjectName(u"ConversationSidebar"_s);
    m_list->setModel(m_model);
    m_list->setAccessibleName(tr("Conversations"));
    m_list->setToolTip(tr("Click to open. F2 renames, Delete deletes (with Undo)."));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    // Long titles are elided (the full title is the row's tooltip) rather than scrolled sideways.
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setContextMenuPolicy(Qt::CustomContextMenu);
    m_new->setAccessibleName(tr("New chat"));
    m_new->setToolTip(tr("Start a new conversation (Ctrl+N)"));
    connect(m_new, &QPushButton::clicked, this, &ConversationSidebar::newChatRequested);
    // As they are shown: the search box, its hits, the button, the list.
    setTabOrder(m_search->queryEdit(), m_search->resultsView());
    setTabOrder(m_search->resultsView(), m_new);
    setTabOrder(m_new, m_list);

    m_renameAction = new QAction(tr("&Rename"), this);
    m_renameAction->setShortcut(QKeySequence(Qt::Key_F2));
    m_pinAction = new QAction(tr("&Pin to Top"), this);
    m_pinAction->setCheckable(true);
    m_deleteAction = new QAction(tr("&Delete"), this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    for (QAction *action : { m_renameAction, m_pinAction, m_deleteAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_list->addAction(action);
    }
    connect(m_renameAction, &QAction::triggered, this, [this] {
        const QModelIndex current = m_list->currentIndex();
        if (m_model->idAt(current.row()))
            m_list->edit(current);
    });
    connect(m_pinAction, &QAction::triggered, this, [this](bool pinned) {
        const qint64 id = selectedId();
        if (id && m_store) {
            m_store->setPinned(id, pinned);
            selectConversation(id);
        }
    });
    connect(m_deleteAction, &QAction::triggered, this,
            [this] { deleteConversation(selectedId()); });

    // Undo bar: shown for a few seconds after a delete.
    m_undoBar->setFrameShape(QFrame::StyledPanel);
    m_undoBar->setAutoFillBackground(true);
    m_undoBar->setBackgroundRole(QPalette::ToolTipBase);
    m_undoLabel->setForegroundRole(QPalette::ToolTipText);
    m_undoLabel->setWordWrap(true);
    m_undo->setAccessibleName(tr("Undo delete"));
    m_undo->setToolTip(tr("Bring the deleted conversation back"));
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(6, 3, 3, 3);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(m_undo);
    m_undoBar->setVisible(false);
    connect(m_undo, &QPushButton::clicked, this, &ConversationSidebar::undoDelete);
    m_purge.setSingleShot(true);
    m_purge.setInterval(UndoMs);
    connect(&m_purge, &QTimer::timeout, this, &ConversationSidebar::purgeDeleted);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search);
    layout->addWidget(m_new);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_undoBar);
    // While the search box holds text, its hits take the list's place.
    connect(m_search, &ConversationSearch::queryPresenceChanged, this, [this, layout](bool has) {
        m_list->setVisible(!has);
        layout->setStretchFactor(m_search, has ? 1 : 0);
    });
    connect(m_search, &ConversationSearch::hitChosen, this, &ConversationSidebar::hitChosen);

    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &ConversationSidebar::updateActions);
    connect(m_list, &QWidget::customContextMenuRequested, this,
            &ConversationSidebar::showContextMenu);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_session)
            selectConversation(m_session->conversationId());
    });
    if (m_session) {
        connect(m_session, &ChatSession::conversationChanged, this,
                &ConversationSidebar::selectConversation);
    }
    updateActions();
}

void ConversationSidebar::focusSearch()
{
    m_search->queryEdit()->setFocus(Qt::ShortcutFocusReason);
    m_search->queryEdit()->selectAll();
}

void ConversationSidebar::setStore(ConversationStore *store)
{
    purgeDeleted();
    m_store = store;
    m_search->setStore(store);
    m_model->setStore(store);
    updateActions();
}

bool ConversationSidebar::isUndoVisible() const
{
    return !m_undoBar->isHidden();
}

qint64 ConversationSidebar::selectedId() const
{
    return m_model->idAt(m_list->currentIndex().row());
}

void ConversationSidebar::selectConversation(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        m_list->selectionModel()->clearCurrentIndex();
        m_list->clearSelection();
    } else
        m_list->setCurrentIndex(m_model->index(row));
    updateActions();
}

void ConversationSidebar::openRow(int row)
{
    const qint64 id = m_model->idAt(row);
    if (!id || !m_session)
        return;
    if (id != m_session->conversationId())
        m_session->openConversation(id);
    updateActions();
}

bool ConversationSidebar::deleteConversation(qint64 id)
{
    if (!id || !m_store || m_store->database() == nullptr)
        return false;
    // One undo at a time: an earlier delete becomes final now.
    purgeDeleted();
    if (m_session && m_session->conversationId() == id)
        m_session->newConversation();
    if (!m_store->deleteConversation(id))
        return false;
    m_deletedId = id;
    m_undoLabel->setText(tr("Conversation deleted."));
    m_undoBar->setVisible(true);
    m_purge.start();
    return true;
}

void ConversationSidebar::undoDelete()
{
    m_purge.stop();
    m_undoBar->setVisible(false);
    const qint64 id = std::exchange(m_deletedId, 0);
    if (!id || !m_store || !m_store->restoreConversation(id))
        return;
    if (m_session)
        m_session->openConversation(id);
    selectConversation(id);
}

void ConversationSidebar::purgeDeleted()
{
    m_purge.stop();
    m_undoBar->setVisible(false);
    if (std::exchange(m_deletedId, 0) && m_store)
        m_store->purgeDeleted(QDateTime::currentDateTimeUtc());
}

void ConversationSidebar::updateActions()
{
    const QModelIndex current = m_list->currentIndex();
    const bool has = m_model->idAt(current.row()) != 0;
    const bool writable = has && m_store;
    m_renameAction->setEnabled(writable);
    m_pinAction->setEnabled(writable);
    m_deleteAction->setEnabled(writable);
    m_pinAction->setChecked(has && current.data(ConversationListModel::PinnedRole).toBool());
}

void ConversationSidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_list->indexAt(pos);
    if (!m_model->idAt(index.row()))
        return;
    m_list->setCurrentIndex(index);
    updateActions();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_renameAction);
    menu->addAction(m_pinAction);
    menu->addSeparator();
    menu->addAction(m_deleteAction);
    menu->popup(m_list->viewport()->mapToGlobal(pos));
}
