#pragma once

#include <QDialog>
#include <QPointer>
#include <QTimer>

class ConversationStore;
class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

// Ctrl+F: searches every message of every conversation as the user types and lists the hits
// with their snippet, matches in bold. Choosing one emits hitChosen and closes.
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    enum Roles { ConversationIdRole = Qt::UserRole + 1, MessageIdRole, HtmlRole };

    explicit SearchDialog(ConversationStore *store, QWidget *parent = nullptr);

    QLineEdit *queryEdit() const { return m_query; }
    QListView *resultsView() const { return m_results; }
    QStandardItemModel *resultsModel() const { return m_model; }
    // Runs the search now rather than after the typing pause.
    void search();
    void chooseRow(int row);

Q_SIGNALS:
    void hitChosen(qint64 conversationId, qint64 messageId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<ConversationStore> m_store;
    QLineEdit *m_query;
    QListView *m_results;
    QStandardItemModel *m_model;
    QLabel *m_status;
    QTimer m_typing;
};
