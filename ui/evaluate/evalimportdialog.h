#pragma once

#include "eval/evalimport.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

// Asks what to import as an evaluation set: a BEIR folder, TREC files (topics, qrels, documents)
// or Sift's saved workbench sets, and optionally a first-stage run whose top documents are the
// candidates. Only collects paths; EvalImport reads them.
class EvalImportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit EvalImportDialog(QWidget *parent = nullptr);

    void setFormat(EvalImport::Source::Format format);
    EvalImport::Source source() const;

    QLineEdit *folderEdit() const { return m_folder; }
    QLineEdit *topicsEdit() const { return m_topics; }
    QLineEdit *qrelsEdit() const { return m_qrels; }
    QLineEdit *documentsEdit() const { return m_documents; }
    QLineEdit *workbenchEdit() const { return m_workbench; }
    QLineEdit *runEdit() const { return m_run; }

private:
    QWidget *fileRow(QLineEdit *edit, const QString &caption, const QString &filter, bool folder,
                     bool many = false);
    void updateOk();

    QComboBox *m_format;
    QStackedWidget *m_pages;
    QLineEdit *m_name;
    QLineEdit *m_folder;
    QLineEdit *m_split;
    QLineEdit *m_topics;
    QLineEdit *m_qrels;
    QLineEdit *m_documents;
    QLineEdit *m_workbench;
    QLineEdit *m_run;
    QSpinBox *m_depth;
    QDialogButtonBox *m_buttons;
};
