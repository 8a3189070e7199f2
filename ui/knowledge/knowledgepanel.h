#pragma once

#include "knowledge/knowledgesession.h"
#include "rerank/rerankset.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class RetrievalModel;

// The Knowledge tab: collections (create, add folders and files, sync with progress and
// cancel, remove) and a question box whose Retrieval table shows every candidate's BM25,
// vector, fused and rerank ranks, which went into the prompt and why the others did not, and
// each stage's time and cost; a failed stage shows in a banner. The passage of the selected row
// shows below with its file and lines. Presents a KnowledgeSession; holds no logic of its own.
class KnowledgePanel : public QWidget
{
    Q_OBJECT
public:
    explicit KnowledgePanel(QWidget *parent = nullptr);

    void setSession(KnowledgeSession *session);
    KnowledgeSession *session() const { return m_session; }
    QString currentCollection() const;
    void selectCollection(const QString &name);
    // What the buttons do after their file dialogs (tests call these directly).
    void addPaths(const QStringList &paths);
    void createCollection(const QString &name);
    void ask(const QString &question);

    QString stagesText() const;
    QString warningText() const;
    QString indexingText() const;
    QString passageText() const;
    RetrievalModel *retrievalModel() const { return m_model; }
    QTableView *retrievalTable() const { return m_table; }

Q_SIGNALS:
    // "Open in Workbench": the question and its candidates as a rerank set.
    void openInWorkbench(const RerankSet &set);

private:
    void reloadList();
    void updateButtons();
    void onIndexingFinished(const QString &name, const Indexer::Summary &summary);
    void onSearchFinished(const RetrievalResult &result);
    void showPassage();
    void clearResults();
    void addFolder();
    void addFiles();
    void removeCurrent();
    void showError(const QString &text);

    QPointer<KnowledgeSession> m_session;
    QListWidget *m_list;
    QLineEdit *m_newName;
    QPushButton *m_create;
    QPushButton *m_addFolder;
    QPushButton *m_addFiles;
    QPushButton *m_sync;
    QPushButton *m_remove;
    QPushButton *m_prompt;
    QPushButton *m_retrieval;
    QProgressBar *m_progress;
    QPushButton *m_cancel;
    QAction *m_cancelAction = nullptr;       // Esc while indexing
    QPointer<QWidget> m_focusBeforeIndexing; // the button that started the indexing
    QLabel *m_indexStatus;
    QLineEdit *m_question;
    QPushButton *m_search;
    QPushButton *m_workbench;
    QLabel *m_warning;
    QLabel *m_stages;
    QTableView *m_table;
    RetrievalModel *m_model;
    QPlainTextEdit *m_passage;
};
