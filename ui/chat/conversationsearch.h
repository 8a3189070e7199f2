#pragma once

#include "store/conversationstore.h"

#include <QFutureWatcher>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;
class QToolButton;

// The search box at the top of the conversation sidebar (Ctrl+F): searches every message of
// every conversation as the user types and lists the hits with their snippet, matches in bold.
// Choosing one (Return, click) emits hitChosen. The search runs on a worker with its own
// read-only connection and hands the hits over one by one; an older query still running is
// cancelled and its answer dropped. The results list shows only while there is search text.
// The words are also marked in the open conversation (TranscriptHighlights, wired by the
// window): under the field "2 of 7" and Previous/Next; Return on the hit already opened goes
// to the next match, Shift+Return to the previous one.
class ConversationSearch : public QWidget
{
    Q_OBJECT
public:
    enum Roles { ConversationIdRole = Qt::UserRole + 1, MessageIdRole, HtmlRole };

    explicit ConversationSearch(ConversationStore *store = nullptr, QWidget *parent = nullptr);

    void setStore(ConversationStore *store);
    bool hasQuery() const;
    // Empties the field and the results (Esc in the field).
    void clear();

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultsView() const { return m_results; }
    QStandardItemModel *resultsModel() const { return m_model; }
    // Starts the search now rather than after the typing pause; searchFinished() follows.
    void search();
    bool isSearching() const { return m_running > 0; }
    void chooseRow(int row);
    // The search text as searched (trimmed).
    QString query() const;
    // "2 of 7" for the matches in the open conversation; empty hides the row.
    void setMatchText(const QString &text);
    QLabel *matchLabel() const { return m_matchCount; }

Q_SIGNALS:
    void hitChosen(qint64 conversationId, qint64 messageId);
    // The results of the latest search are shown.
    void searchFinished();
    // The field became empty or non-empty: the sidebar shows the results or its list.
    void queryPresenceChanged(bool hasQuery);
    // The text to search for settled (after the typing pause), or was cleared (empty).
    void queryChanged(const QString &query);
    // Return (Shift+Return) on the hit already opened, or the arrows under the field.
    void nextMatchRequested();
    void previousMatchRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void appendHit(const SearchHit &hit);

    QPointer<ConversationStore> m_store;
    QLineEdit *m_query;
    QListView *m_results;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QWidget *m_matchRow;
    QLabel *m_matchCount;
    QToolButton *m_previousMatch;
    QToolButton *m_nextMatch;
    QPersistentModelIndex m_chosen; // the hit whose conversation was opened
    QTimer m_typing;
    int m_generation = 0;                          // the search whose answer is wanted
    int m_shownGeneration = 0;                     // the search whose hits the list shows
    QPointer<QFutureWatcher<SearchHit>> m_watcher; // the newest search
    int m_running = 0;                             // searches on a worker
    bool m_chooseWhenDone = false;                 // Return was pressed before the results came
    bool m_hadQuery = false;
};
