#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class ChatSession;
class ConversationListModel;
class ConversationSearch;
class ConversationStore;
class QAction;
class QFrame;
class QLabel;
class QListView;
class QPushButton;

// The conversation list beside the chat: newest first, grouped, pinned at top. A click opens a
// conversation in the session; F2 renames, Delete deletes with a few seconds to undo. Above it
// the search box (ConversationSearch): while it holds text its hits replace the list.
class ConversationSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationSidebar(ChatSession *session, QWidget *parent = nullptr);

    // Until a store is set (the database opens after the window shows) the list is empty.
    void setStore(ConversationStore *store);
    // How long Undo stays offered before a deleted conversation is removed for good.
    void setUndoTimeout(int ms) { m_purge.setInterval(ms); }

    ConversationListModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    ConversationSearch *search() const { return m_search; }
    // Ctrl+F: the search box gets the focus, its text selected.
    void focusSearch();
    QPushButton *undoButton() const { return m_undo; }
    bool isUndoVisible() const;
    QAction *renameAction() const { return m_renameAction; }
    QAction *pinAction() const { return m_pinAction; }
    QAction *deleteAction() const { return m_deleteAction; }

    qint64 selectedId() const;
    void selectConversation(qint64 id);
    bool deleteConversation(qint64 id);
    void undoDelete();

Q_SIGNALS:
    void newChatRequested();
    // A search hit was chosen: the window opens the conversation at that message.
    void hitChosen(qint64 conversationId, qint64 messageId);

private:
    void openRow(int row);
    void showContextMenu(const QPoint &pos);
    void purgeDeleted();
    void updateActions();

    QPointer<ChatSession> m_session;
    QPointer<ConversationStore> m_store;
    ConversationListModel *m_model;
    ConversationSearch *m_search;
    QListView *m_list;
    QPushButton *m_new;
    QFrame *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_undo;
    QAction *m_renameAction;
    QAction *m_pinAction;
    QAction *m_deleteAction;
    QTimer m_purge;
    qint64 m_deletedId = 0;
};
