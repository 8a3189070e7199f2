#pragma once

#include <QDialog>
#include <QPointer>

class KnowledgeSession;
class QLabel;
class QPlainTextEdit;
class QPushButton;

// The prompt template of one collection: the system text that carries the numbered sources
// ("{sources}" marks where they go). Saved with the collection; the chat pane and
// `sift chat --kb` both use it. Reset to Default brings back Sift's own text.
class PromptTemplateDialog : public QDialog
{
    Q_OBJECT
public:
    PromptTemplateDialog(KnowledgeSession *session, const QString &collection,
                         QWidget *parent = nullptr);

    QPlainTextEdit *editor() const { return m_editor; }
    QPushButton *resetButton() const { return m_reset; }
    // Saves what the editor holds (what OK does); false when the collection is gone.
    bool save();

private:
    void updateNote();

    QPointer<KnowledgeSession> m_session;
    QString m_collection;
    QPlainTextEdit *m_editor;
    QLabel *m_note;
    QPushButton *m_reset;
};
