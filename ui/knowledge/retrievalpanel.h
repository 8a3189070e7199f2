#pragma once

#include "chat/message.h"
#include "knowledge/retrievalrecord.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class RetrievalModel;

// The Retrieval panel of one chat reply: the question and collection, any stage that failed (said,
// never silent), each stage's time and cost including the chat call, the settings that decided
// what went into the prompt, and every candidate with its BM25, vector, fused and rerank ranks
// and why it was used or not. The selected candidate's passage shows below; Enter or Open Passage
// opens it in its file. Presents a ReplyRetrieval; holds no logic of its own.
class RetrievalPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RetrievalPanel(QWidget *parent = nullptr);

    // `reply`: the answer the retrieval was for (its model, tokens and cost).
    void setRecord(const ReplyRetrieval &record, const Message &reply);
    qint64 messageId() const { return m_messageId; }
    const ReplyRetrieval &record() const { return m_record; }

    QString problemText() const;
    QString stagesText() const;
    QString settingsText() const;
    QTableView *table() const { return m_table; }
    RetrievalModel *model() const { return m_model; }
    QPushButton *workbenchButton() const { return m_workbench; }
    QPushButton *openButton() const { return m_open; }
    void openCurrentPassage();

Q_SIGNALS:
    void passageRequested(const KbPassage &passage, int sourceNumber);
    void openInWorkbench(const RerankSet &set);
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void showPassage();

    ReplyRetrieval m_record;
    qint64 m_messageId = 0;
    QLabel *m_title;
    QLabel *m_problems;
    QLabel *m_stages;
    QLabel *m_settings;
    QTableView *m_table;
    RetrievalModel *m_model;
    QPlainTextEdit *m_passage;
    QPushButton *m_open;
    QPushButton *m_workbench;
    QPushButton *m_close;
};
