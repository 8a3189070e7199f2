#pragma once

#include "rerank/documentimport.h"
#include "rerank/rerankset.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTableView;
class RerankDocumentModel;

// The workbench's input: query, instruction and the documents table (with labels, keys 0–3 and
// −), the buttons that add, remove, move, paste and import documents, the token counter and the
// line naming the current set. Imports read files on a worker thread through DocumentImport.
class RerankInputPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RerankInputPanel(QMenu *setMenu, QWidget *parent = nullptr);

    QString query() const;
    QString instruction() const;
    // Replaces query, instruction and documents without emitting edited().
    void load(const RerankSet &set);
    RerankDocumentModel *documentModel() const { return m_documents; }
    QTableView *documentView() const { return m_documentView; }
    QLineEdit *queryEdit() const { return m_query; }
    QLabel *setLabel() const { return m_setLabel; }
    void setSetStatus(const QString &text, const QString &toolTip);

public Q_SLOTS:
    void pasteDocuments(const QString &text);
    void importFile(const QString &path);
    void chooseImportFiles();

Q_SIGNALS:
    // Query, instruction, a document or a label changed by the user.
    void edited();
    // A note for the user (import results, problems).
    void message(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void addRow();
    void removeSelectedRows();
    void moveSelected(int delta);
    void updateCounter();
    void fitSetStatus();
    void appendImported(const QString &fileName, const DocumentImport::Result &result);

    QLineEdit *m_query;
    QLineEdit *m_instruction;
    RerankDocumentModel *m_documents;
    QTableView *m_documentView;
    QLabel *m_counter;
    QLabel *m_setLabel;
    QString m_setText;
    QString m_setToolTip;
    bool m_counterPending = false;
    int m_loading = 0;
};
