#include "rerankinputpanel.h"

#include "filedialogs.h"
#include "flowlayout.h"

#include "chat/tokenestimate.h"
#include "rerankdocumentmodel.h"
#include "rerankui.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;
using RerankUi::englishPlural;

RerankInputPanel::RerankInputPanel(QMenu *setMenu, QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_instruction(new QLineEdit(this))
    , m_documents(new RerankDocumentModel(this))
    , m_documentView(new QTableView(this))
    , m_counter(new QLabel(this))
    , m_setLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    m_query->setPlaceholderText(tr("What are you looking for?"));
    m_query->setAccessibleName(tr("Query"));
    m_query->setToolTip(tr("The query every document is ranked against. Ctrl+Enter runs."));
    m_query->setClearButtonEnabled(true);
    m_instruction->setPlaceholderText(tr("Optional: what counts as relevant"));
    m_instruction->setAccessibleName(tr("Instruction"));
    m_instruction->setToolTip(tr("A task description for Qwen3 rerankers, e.g. “Given a web "
                                 "search query, retrieve relevant passages”. Leave empty to "
                                 "send none."));
    m_instruction->setClearButtonEnabled(true);
    auto *form = new QFormLayout;
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("&Query:"), m_query);
    form->addRow(tr("&Instruction:"), m_instruction);
    layout->addLayout(form);

    auto *docHeader = new QHBoxLayout;
    docHeader->addWidget(RerankUi::sectionTitle(tr("Documents"), this));
    docHeader->addStretch();
    m_counter->setAccessibleName(tr("Document count"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
    m_counter->setToolTip(tr("Estimated input tokens per model (about 4 characters per token, "
                             "query included once per document)"));
    docHeader->addWidget(m_counter);
    layout->addLayout(docHeader);

    m_documentView->setModel(m_documents);
    m_documentView->setAccessibleName(tr("Documents"));
    m_documentView->setToolTip(tr("One row per document. F2 or double-click edits, 0–3 sets the "
                                  "label, Ctrl+V pastes lines, Delete removes."));
    m_documentView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_documentView->setEditTriggers(QAbstractItemView::DoubleClicked
                                    | QAbstractItemView::EditKeyPressed);
    m_documentView->horizontalHeader()->setSectionResizeMode(RerankDocumentModel::LabelColumn,
                                                             QHeaderView::ResizeToContents);
    m_documentView->horizontalHeader()->setStretchLastSection(true);
    m_documentView->verticalHeader()->setDefaultSectionSize(m_documentView->fontMetrics().height()
                                                            + 6);
    m_documentView->setWordWrap(false);
    m_documentView->setTextElideMode(Qt::ElideRight);
    m_documentView->installEventFilter(this);
    layout->addWidget(m_documentView, 1);

    const auto action
        = [this](const QString &text, const QKeySequence &key, const QString &tip, auto slot) {
              auto *a = new QAction(text, this);
              a->setShortcut(key);
              a->setShortcutContext(Qt::WidgetShortcut);
              a->setToolTip(tip);
              connect(a, &QAction::triggered, this, slot);
              m_documentView->addAction(a);
              return a;
          };
    QAction *addAction
        = action(tr("Add"), QKeySequence(Qt::Key_Insert),
                 tr("Add an empty document and edit it (Insert)"), [this] { addRow(); });
    QAction *removeAction
        = action(tr("Remove"), QKeySequence::Delete, tr("Remove the selected documents (Delete)"),
                 [this] { removeSelectedRows(); });
    QAction *upAction
        = action(tr("Move up"), QKeySequence(Qt::ALT | Qt::Key_Up),
                 tr("Move the selected document up (Alt+Up)"), [this] { moveSelected(-1); });
    upAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    QAction *downAction
        = action(tr("Move down"), QKeySequence(Qt::ALT | Qt::Key_Down),
                 tr("Move the selected document down (Alt+Down)"), [this] { moveSelected(1); });
    downAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    QAction *pasteAction
        = action(tr("Paste"), QKeySequence::Paste,
                 tr("Add documents from the clipboard: one per line, or blocks separated by "
                    "blank lines (Ctrl+V)"),
                 [this] { pasteDocuments(QApplication::clipboard()->text()); });
    auto *importAction = new QAction(tr("Import…"), this);
    importAction->setToolTip(tr("Add documents from files: .txt (one per line), .md "
                                "(paragraphs), .csv (a column), .jsonl (a “text” field). You can "
                                "also drop files here."));
    connect(importAction, &QAction::triggered, this, &RerankInputPanel::chooseImportFiles);

    // The buttons wrap onto a second row in a narrow window (800 pixels, long German words).
    auto *buttonBox = new QWidget(this);
    auto *buttons = new FlowLayout(buttonBox, 2);
    buttons->setContentsMargins(0, 0, 0, 0);
    const auto toolButton = [this, buttons, buttonBox](QAction *a, const QString &accessible) {
        auto *button = new QToolButton(buttonBox);
        button->setDefaultAction(a);
        button->setAccessibleName(accessible);
        button->setToolButtonStyle(a->icon().isNull() ? Qt::ToolButtonTextOnly
                                                      : Qt::ToolButtonIconOnly);
        buttons->addWidget(button);
    };
    toolButton(addAction, tr("Add document"));
    toolButton(removeAction, tr("Remove documents"));
    toolButton(upAction, tr("Move document up"));
    toolButton(downAction, tr("Move document down"));
    toolButton(pasteAction, tr("Paste documents"));
    toolButton(importAction, tr("Import documents"));
    auto *setButton = new QToolButton(buttonBox);
    setButton->setText(tr("Set"));
    setButton->setAccessibleName(tr("Workbench set"));
    setButton->setToolTip(tr("Open, save, export or import the query, documents, labels, models "
                             "and results"));
    setButton->setPopupMode(QToolButton::InstantPopup);
    setMenu->addSeparator();
    setMenu->addAction(tr("Clear documents"), this, [this] { m_documents->setDocuments({}); });
    setButton->setMenu(setMenu);
    buttons->addTrailingWidget(setButton);
    layout->addWidget(buttonBox);

    m_setLabel->setAccessibleName(tr("Current set"));
    m_setLabel->setTextFormat(Qt::PlainText);
    m_setLabel->setForegroundRole(QPalette::PlaceholderText);
    m_setLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // A long set name loses its end (whole in the tooltip) rather than widen the workbench.
    m_setLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_setLabel->installEventFilter(this);
    layout->addWidget(m_setLabel);

    const auto edited = [this] {
        if (!m_loading)
            Q_EMIT this->edited();
    };
    connect(m_query, &QLineEdit::textChanged, this, edited);
    connect(m_instruction, &QLineEdit::textChanged, this, edited);
    connect(m_documents, &RerankDocumentModel::documentsChanged, this, edited);
    connect(m_documents, &QAbstractItemModel::dataChanged, this, edited);
    connect(m_documents, &RerankDocumentModel::documentsChanged, this, [this] {
        if (!m_counterPending) {
            // Coalesce: a paste of thousands of rows recounts once.
            m_counterPending = true;
            QTimer::singleShot(0, this, &RerankInputPanel::updateCounter);
        }
    });
    connect(m_query, &QLineEdit::textChanged, this, &RerankInputPanel::updateCounter);
    updateCounter();
}

QString RerankInputPanel::query() const
{
    return m_query->text().trimmed();
}

QString RerankInputPanel::instruction() const
{
    return m_instruction->text().trimmed();
}

void RerankInputPanel::load(const RerankSet &set)
{
    ++m_loading;
    const auto loaded = qScopeGuard([this] { --m_loading; });
    m_query->setText(set.query);
    m_instruction->setText(set.instruction);
    // Show the beginning of long texts, not their end.
    m_query->setCursorPosition(0);
    m_instruction->setCursorPosition(0);
    if (m_documents->documents() != set.documents)
        m_documents->setDocuments(set.documents);
}

void RerankInputPanel::setSetStatus(const QString &text, const QString &toolTip)
{
    m_setText = text;
    m_setToolTip = toolTip;
    m_setLabel->setAccessibleDescription(text);
    fitSetStatus();
}

void RerankInputPanel::fitSetStatus()
{
    const QString shown
        = m_setLabel->fontMetrics().elidedText(m_setText, Qt::ElideRight, m_setLabel->width());
    m_setLabel->setText(shown);
    m_setLabel->setToolTip(shown == m_setText || m_setToolTip.contains(m_setText)
                               ? m_setToolTip
                               : m_setText + u"\n"_s + m_setToolTip);
}

void RerankInputPanel::updateCounter()
{
    m_counterPending = false;
    const QList<RerankDocument> &docs = m_documents->documents();
    qint64 tokens = 0;
    for (const RerankDocument &doc : docs)
        tokens += TokenEstimate::forText(doc.text);
    // The query travels with every document.
    tokens += qint64(docs.size()) * TokenEstimate::forText(m_query->text());
    m_counter->setText(englishPlural(tr("%n document(s) · ~%1 tokens", nullptr, int(docs.size())),
                                     int(docs.size()))
                           .arg(QLocale().toString(tokens)));
}

void RerankInputPanel::addRow()
{
    const QModelIndex current = m_documentView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_documents->rowCount();
    m_documents->insertRows(row, 1);
    const QModelIndex cell = m_documents->index(row, RerankDocumentModel::TextColumn);
    m_documentView->setCurrentIndex(cell);
    m_documentView->edit(cell);
}

void RerankInputPanel::removeSelectedRows()
{
    QList<int> rows;
    for (const QModelIndex &index : m_documentView->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_documentView->currentIndex().isValid())
        rows << m_documentView->currentIndex().row();
    std::sort(rows.begin(), rows.end(), std::greater<>());
    for (const int row : std::as_const(rows))
        m_documents->removeRows(row, 1);
}

void RerankInputPanel::moveSelected(int delta)
{
    const QModelIndex current = m_documentView->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    const int target = row + delta;
    if (target < 0 || target >= m_documents->rowCount())
        return;
    // moveRows() takes the destination before which the row lands.
    m_documents->moveRows({}, row, 1, {}, delta > 0 ? target + 1 : target);
    m_documentView->setCurrentIndex(m_documents->index(target, current.column()));
}

void RerankInputPanel::pasteDocuments(const QString &text)
{
    const DocumentImport::Result result = DocumentImport::fromText(text);
    if (result.documents.isEmpty()) {
        Q_EMIT message(tr("The clipboard holds no text to add. Copy documents, one per line or "
                          "separated by blank lines, then paste again."));
        return;
    }
    m_documents->appendTexts(result.documents);
    m_documentView->scrollToBottom();
    const int added = int(result.documents.size());
    Q_EMIT message(result.truncated
                       ? englishPlural(tr("Added %n document(s); the rest was cut off at the "
                                          "size limit.",
                                          nullptr, added),
                                       added)
                       : QString());
}

void RerankInputPanel::chooseImportFiles()
{
    const QStringList paths = FileDialogs::getOpenFileNames(
        this, tr("Import documents"),
        tr("Documents (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;All files (*)"));
    for (const QString &path : paths)
        importFile(path);
}

void RerankInputPanel::importFile(const QString &path)
{
    DocumentImport::CsvOptions csv;
    if (DocumentImport::formatForFileName(path) == DocumentImport::Format::Csv) {
        // Ask for the column from the header row before reading the whole file; the sniffing
        // is DocumentImport's, the same `sift rerank` uses.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            Q_EMIT message(tr("Could not open “%1” (%2). Check that the file exists and is "
                              "readable.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        const DocumentImport::CsvSniff sniff = DocumentImport::sniffCsv(file.read(256 * 1024));
        csv = sniff.options();
        if (sniff.columns.size() > 1) {
            bool ok = false;
            const QString column = QInputDialog::getItem(
                this, tr("Import CSV"),
                tr("Which column of “%1” holds the documents?").arg(QFileInfo(path).fileName()),
                sniff.columns, sniff.textColumn, false, &ok);
            if (!ok)
                return;
            csv.columnIndex = int(sniff.columns.indexOf(column));
            if (csv.labelColumn == csv.columnIndex)
                csv.labelColumn = -1;
        }
    }
    Q_EMIT message(tr("Importing “%1”…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<DocumentImport::Result>(this);
    connect(watcher, &QFutureWatcher<DocumentImport::Result>::finished, this,
            [this, watcher, path] {
                appendImported(QFileInfo(path).fileName(), watcher->result());
                watcher->deleteLater();
            });
    watcher->setFuture(
        QtConcurrent::run([path, csv] { return DocumentImport::fromFile(path, csv); }));
}

void RerankInputPanel::appendImported(const QString &fileName, const DocumentImport::Result &result)
{
    if (!result.ok()) {
        Q_EMIT message(result.error);
        return;
    }
    m_documents->appendTexts(result.documents, result.labels);
    const int added = int(result.documents.size());
    QString text
        = englishPlural(tr("Added %n document(s) from “%1”.", nullptr, added), added).arg(fileName);
    if (result.issueCount > 0 && !result.issues.isEmpty()) {
        const DocumentImport::Issue &issue = result.issues.constFirst();
        text += u' '
            + englishPlural(
                  tr("Skipped %n line(s); the first, at line %1: %2", nullptr, result.issueCount),
                  result.issueCount)
                  .arg(issue.line)
                  .arg(issue.message);
    }
    if (result.truncated)
        text += u' ' + tr("The file was cut off at the size limit.");
    Q_EMIT message(text);
}

bool RerankInputPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_setLabel && event->type() == QEvent::Resize)
        fitSetStatus();
    if (watched == m_documentView && event->type() == QEvent::KeyPress) {
        if (const std::optional<int> pressed
            = RerankUi::labelForKey(static_cast<QKeyEvent *>(event))) {
            const int label = *pressed;
            QList<int> rows;
            for (const QModelIndex &index : m_documentView->selectionModel()->selectedRows())
                rows << index.row();
            if (rows.isEmpty() && m_documentView->currentIndex().isValid())
                rows << m_documentView->currentIndex().row();
            for (const int row : std::as_const(rows))
                m_documents->setLabel(row, label);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
