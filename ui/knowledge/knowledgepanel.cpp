#include "knowledgepanel.h"

#include "retrievalmodel.h"

#include "filedialogs.h"
#include "knowledge/embeddingjob.h"
#include "knowledge/knowledgesession.h"
#include "knowledge/retrievalrecord.h"
#include "models/costformat.h"
#include "prompttemplatedialog.h"
#include "rerankui.h"
#include "retrievalsettingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace {

QLabel *plainLabel(QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // file names and server words are data
    label->setWordWrap(wrap);
    return label;
}

QLabel *title(const QString &text, QWidget *parent)
{
    QLabel *label = plainLabel(parent, false);
    label->setText(text);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

QString costText(const std::optional<double> &cost)
{
    return cost ? CostFormat::usd(*cost, QLocale()) : KnowledgePanel::tr("cost unknown");
}

} // namespace

KnowledgePanel::KnowledgePanel(QWidget *parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
    , m_newName(new QLineEdit(this))
    // Letters chosen around the menus (File, Edit, View, Chat: T, Rerank: N, Help) and tabs (C, R,
    // L, W): Alt+A creates, Alt+D adds files, Alt+I opens the retrieval settings.
    , m_create(new QPushButton(tr("Cre&ate"), this))
    , m_addFolder(new QPushButton(tr("Add F&older…"), this))
    , m_addFiles(new QPushButton(tr("A&dd Files…"), this))
    , m_sync(new QPushButton(tr("S&ync"), this))
    , m_remove(new QPushButton(tr("Re&move"), this))
    , m_prompt(new QPushButton(tr("&Prompt…"), this))
    , m_retrieval(new QPushButton(tr("Retr&ieval…"), this))
    , m_progress(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_indexStatus(plainLabel(this))
    , m_question(new QLineEdit(this))
    , m_search(new QPushButton(tr("&Search"), this))
    , m_workbench(new QPushButton(tr("Open in Work&bench"), this))
    , m_warning(plainLabel(this))
    , m_stages(plainLabel(this))
    , m_table(new QTableView(this))
    , m_model(new RetrievalModel(this))
    , m_passage(new QPlainTextEdit(this))
{
    m_list->setAccessibleName(tr("Collections"));
    // The system text with the numbered sources, for the chat pane and `sift chat --kb`.
    m_prompt->setToolTip(tr("See and edit the prompt template the collection's sources are sent "
                            "with"));
    m_retrieval->setToolTip(tr("Choose the reranker, how many candidates it sees, how many "
                               "passages go into the prompt and an optional score threshold"));
    m_newName->setPlaceholderText(tr("New collection name"));
    m_newName->setAccessibleName(tr("New collection name"));
    m_progress->setAccessibleName(tr("Indexing progress"));
    m_progress->hide();
    m_cancel->hide();
    m_cancel->setToolTip(tr("Stop indexing (Esc): what was indexed is kept; Sync goes on"));
    m_question->setPlaceholderText(tr("Ask the collection a question"));
    m_question->setAccessibleName(tr("Question"));
    m_warning->setAccessibleName(tr("Retrieval problem"));
    m_warning->setStyleSheet(
        QStringLiteral("QLabel { padding: 4px; border: 1px solid palette(mid); }"));
    m_warning->hide();
    m_stages->setAccessibleName(tr("Retrieval stages"));
    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Retrieval candidates"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false); // one line a row: a long file name is elided, its path a tooltip
    RetrievalModel::fitColumns(m_table);
    m_passage->setReadOnly(true);
    m_passage->setAccessibleName(tr("Passage"));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(title(tr("Collections"), left));
    leftLayout->addWidget(m_list, 1);
    auto *createRow = new QHBoxLayout;
    createRow->addWidget(m_newName, 1);
    createRow->addWidget(m_create);
    leftLayout->addLayout(createRow);
    // Two rows, so the collection side stays narrow and the question has the room (German's
    // five buttons in one row took half of an 800-pixel window).
    auto *buttons = new QGridLayout;
    buttons->addWidget(m_addFolder, 0, 0);
    buttons->addWidget(m_addFiles, 0, 1);
    buttons->addWidget(m_sync, 0, 2);
    buttons->addWidget(m_remove, 1, 0);
    buttons->addWidget(m_prompt, 1, 1);
    buttons->addWidget(m_retrieval, 1, 2);
    leftLayout->addLayout(buttons);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    leftLayout->addLayout(progressRow);
    leftLayout->addWidget(m_indexStatus);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(title(tr("Retrieval"), right));
    auto *askRow = new QHBoxLayout;
    // Alt+Q reaches the question from anywhere on the tab (Q is free in the menus and tabs).
    auto *questionLabel = new QLabel(tr("&Question:"), right);
    questionLabel->setBuddy(m_question);
    askRow->addWidget(questionLabel);
    askRow->addWidget(m_question, 1);
    askRow->addWidget(m_search);
    rightLayout->addLayout(askRow);
    rightLayout->addWidget(m_warning);
    rightLayout->addWidget(m_stages);
    auto *results = new QSplitter(Qt::Vertical, right);
    results->addWidget(m_table);
    results->addWidget(m_passage);
    rightLayout->addWidget(results, 1);
    // Below what it sends, as in the chat's Retrieval panel; the question row keeps its width.
    auto *workbenchRow = new QHBoxLayout;
    workbenchRow->addStretch(1);
    workbenchRow->addWidget(m_workbench);
    rightLayout->addLayout(workbenchRow);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    // Tab follows the screen: the results, then the button under them.
    setTabOrder(m_search, m_table);
    setTabOrder(m_table, m_passage);
    setTabOrder(m_passage, m_workbench);

    connect(m_create, &QPushButton::clicked, this, [this] { createCollection(m_newName->text()); });
    connect(m_newName, &QLineEdit::returnPressed, m_create, &QPushButton::click);
    connect(m_addFolder, &QPushButton::clicked, this, &KnowledgePanel::addFolder);
    connect(m_addFiles, &QPushButton::clicked, this, &KnowledgePanel::addFiles);
    connect(m_sync, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->sync(currentCollection());
    });
    connect(m_remove, &QPushButton::clicked, this, &KnowledgePanel::removeCurrent);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_session)
            m_session->cancelSync();
    });
    // Esc stops the indexing from anywhere in the tab, as it stops a run in Evaluate; enabled only
    // while files index, so it takes Esc from nobody otherwise.
    m_cancelAction = new QAction(tr("Stop Indexing"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setEnabled(false);
    addAction(m_cancelAction);
    connect(m_cancelAction, &QAction::triggered, m_cancel, &QPushButton::click);
    connect(m_search, &QPushButton::clicked, this, [this] { ask(m_question->text()); });
    connect(m_question, &QLineEdit::returnPressed, m_search, &QPushButton::click);
    connect(m_list, &QListWidget::currentRowChanged, this, &KnowledgePanel::updateButtons);
    // Another collection: the results shown were another collection's (and Open in Workbench
    // sent them), with nothing on screen to say so.
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const QString shown = m_model->result().collection;
        if (!shown.isEmpty() && shown != currentCollection())
            clearResults();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &KnowledgePanel::showPassage);
    connect(m_workbench, &QPushButton::clicked, this,
            [this] { Q_EMIT openInWorkbench(RetrievalRecord::workbenchSet(m_model->result())); });
    connect(m_prompt, &QPushButton::clicked, this, [this] {
        if (!m_session || currentCollection().isEmpty())
            return;
        auto *dialog = new PromptTemplateDialog(m_session, currentCollection(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_retrieval, &QPushButton::clicked, this, [this] {
        if (!m_session || currentCollection().isEmpty())
            return;
        auto *dialog = new RetrievalSettingsDialog(m_session, currentCollection(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    updateButtons();
}

void KnowledgePanel::setSession(KnowledgeSession *session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (!session)
        return;
    connect(session, &KnowledgeSession::collectionsChanged, this, &KnowledgePanel::reloadList);
    connect(session, &KnowledgeSession::indexingStarted, this, [this](const QString &name) {
        m_progress->setRange(0, 0);
        m_progress->show();
        m_cancel->show();
        m_indexStatus->setText(tr("Reading the files of “%1”…").arg(name));
        updateButtons();
    });
    connect(session, &KnowledgeSession::indexingProgress, this, [this](int done, int total) {
        m_progress->setRange(0, std::max(1, total));
        m_progress->setValue(done);
        const QLocale locale;
        m_indexStatus->setText(
            tr("Indexing: %1 of %2 files").arg(locale.toString(done), locale.toString(total)));
    });
    connect(session, &KnowledgeSession::indexingFinished, this,
            &KnowledgePanel::onIndexingFinished);
    connect(session, &KnowledgeSession::searchFinished, this, &KnowledgePanel::onSearchFinished);
    reloadList();
}

QString KnowledgePanel::currentCollection() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void KnowledgePanel::selectCollection(const QString &name)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toString() == name)
            m_list->setCurrentRow(row);
    }
}

void KnowledgePanel::reloadList()
{
    const QString current = currentCollection();
    // Rebuilt quietly: "no collection" for a moment disabled the buttons, which threw the
    // keyboard off the one just pressed (on to the question).
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    if (!m_session) {
        updateButtons();
        return;
    }
    for (const KbCollection &c : m_session->collections()) {
        // %Ln: 5,989 passages, not 5989; and "1 file", not "1 files".
        auto *item = new QListWidgetItem(
            tr("%1 — %2, %3")
                .arg(c.name,
                     RerankUi::englishPlural(tr("%Ln file(s)", nullptr, c.fileCount), c.fileCount),
                     RerankUi::englishPlural(tr("%Ln passage(s)", nullptr, c.chunkCount),
                                             c.chunkCount)),
            m_list);
        item->setData(Qt::UserRole, c.name);
        item->setToolTip(tr("%1, %2 dimensions\n%3")
                             .arg(c.embedModel)
                             .arg(c.dimensions)
                             .arg(c.sources.join(QLatin1Char('\n'))));
    }
    selectCollection(current);
    if (!m_list->currentItem() && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void KnowledgePanel::updateButtons()
{
    const bool chosen = !currentCollection().isEmpty();
    const bool indexing = m_session && m_session->isIndexing();
    // The button just pressed is disabled while the files index: the keyboard goes to Cancel,
    // not on to the question on the other side. The window's focus, not the application's: after
    // Add Folder…'s dialog the window is not active again yet, and the button disabled then
    // passed the keyboard on to the collection name.
    QWidget *focus = window()->focusWidget();
    if (indexing && focus
        && (focus == m_addFolder || focus == m_addFiles || focus == m_sync || focus == m_remove)) {
        m_focusBeforeIndexing = focus;
        m_cancel->show();
        m_cancel->setFocus(Qt::OtherFocusReason);
    }
    m_addFolder->setEnabled(chosen && !indexing);
    m_addFiles->setEnabled(chosen && !indexing);
    m_sync->setEnabled(chosen && !indexing);
    m_remove->setEnabled(chosen && !indexing);
    m_cancelAction->setEnabled(indexing);
    m_prompt->setEnabled(chosen);
    m_retrieval->setEnabled(chosen);
    m_search->setEnabled(chosen);
    m_workbench->setEnabled(!m_model->result().candidates.isEmpty());
}

void KnowledgePanel::createCollection(const QString &name)
{
    if (!m_session)
        return;
    QString error;
    if (!m_session->createCollection(name, EmbeddingJob::defaultModel(),
                                     KnowledgeSession::DefaultDimensions, &error)) {
        showError(error);
        return;
    }
    m_newName->clear();
    selectCollection(name.trimmed());
}

void KnowledgePanel::addPaths(const QStringList &paths)
{
    if (!m_session || paths.isEmpty())
        return;
    QString error;
    const QString name = currentCollection();
    if (!m_session->addSources(name, paths, &error)) {
        showError(error);
        return;
    }
    m_session->sync(name);
}

void KnowledgePanel::addFolder()
{
    // Where Sift's other file dialogs open (the last folder chosen, else home), not the working
    // directory Sift was started from.
    const QString folder
        = QFileDialog::getExistingDirectory(this, tr("Add a Folder"), FileDialogs::startPath());
    FileDialogs::remember(folder);
    if (!folder.isEmpty())
        addPaths({ folder });
}

void KnowledgePanel::addFiles()
{
    addPaths(FileDialogs::getOpenFileNames(this, tr("Add Files"), QString()));
}

void KnowledgePanel::removeCurrent()
{
    const QString name = currentCollection();
    if (name.isEmpty() || !m_session)
        return;
    if (QMessageBox::question(this, tr("Remove Collection"),
                              tr("Remove the collection “%1”? Its passages and vectors are "
                                 "deleted; the files stay where they are.")
                                  .arg(name))
        != QMessageBox::Yes)
        return;
    QString error;
    if (!m_session->removeCollection(name, &error))
        showError(error);
}

void KnowledgePanel::showError(const QString &text)
{
    m_warning->setText(text);
    m_warning->setVisible(!text.isEmpty());
}

void KnowledgePanel::onIndexingFinished(const QString &name, const Indexer::Summary &s)
{
    const bool cancelHadFocus = m_cancel->hasFocus();
    const QLocale locale;
    m_progress->hide();
    m_cancel->hide();
    QString text = s.cancelled
        ? tr("“%1”: stopped. What was indexed is kept; Sync goes on "
             "from there.")
              .arg(name)
        : tr("“%1”: %2 (%3), %4 unchanged, %5 removed; %6.")
              .arg(name,
                   RerankUi::englishPlural(tr("%Ln file(s) indexed", nullptr, s.filesIndexed),
                                           s.filesIndexed),
                   RerankUi::englishPlural(tr("%Ln passage(s)", nullptr, s.chunksEmbedded),
                                           s.chunksEmbedded),
                   locale.toString(s.filesUnchanged), locale.toString(s.filesRemoved),
                   costText(s.cost));
    if (s.error.isError())
        text += QLatin1Char('\n')
            + RerankUi::englishPlural(tr("%Ln file(s) could not be indexed: %1 Sync to try "
                                         "them again.",
                                         nullptr, s.filesFailed),
                                      s.filesFailed)
                  .arg(s.error.userMessage());
    if (!s.storageProblem.isEmpty())
        text += QLatin1Char('\n') + s.storageProblem;
    for (const QString &note : s.notes)
        text += QLatin1Char('\n') + note;
    m_indexStatus->setText(text);
    updateButtons();
    // Back where the keyboard was before (Cancel is gone).
    if (cancelHadFocus) {
        if (m_focusBeforeIndexing && m_focusBeforeIndexing->isEnabled())
            m_focusBeforeIndexing->setFocus(Qt::OtherFocusReason);
        else
            m_list->setFocus(Qt::OtherFocusReason);
    }
    m_focusBeforeIndexing = nullptr;
}

void KnowledgePanel::ask(const QString &question)
{
    if (!m_session || question.trimmed().isEmpty())
        return;
    m_question->setText(question);
    m_stages->setText(tr("Searching…"));
    m_session->search(currentCollection(), question);
}

void KnowledgePanel::clearResults()
{
    m_model->setResult({});
    m_stages->clear();
    m_passage->clear();
    showError({});
    updateButtons();
}

void KnowledgePanel::onSearchFinished(const RetrievalResult &result)
{
    if (result.collection != currentCollection()) {
        m_stages->clear(); // "Searching…" of a collection no longer chosen
        return;
    }
    m_model->setResult(result);
    showError(RetrievalRecord::problems(result, false).join(QLatin1Char('\n')));
    const QString rerank = result.rerank.skipped
        ? tr("no reranking")
        : tr("rerank %1 ms (%2)").arg(result.rerank.ms).arg(costText(result.rerank.cost));
    m_stages->setText(tr("%1 BM25 and %2 vector candidates, %3 fused; embedding %4 ms (%5), "
                         "BM25 %6 ms, vectors %7 ms, %8; top %9 of %10 in the prompt. Total %11 "
                         "ms, %12.")
                          .arg(result.bm25Count)
                          .arg(result.vectorCount)
                          .arg(result.candidates.size())
                          .arg(result.embedding.ms)
                          .arg(costText(result.embedding.cost))
                          .arg(result.bm25.ms)
                          .arg(result.vector.ms)
                          .arg(rerank)
                          .arg(result.selected().size())
                          .arg(result.candidates.size())
                          .arg(result.totalMs)
                          .arg(costText(result.cost())));
    RetrievalModel::fitColumns(m_table);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    else
        m_passage->clear();
    updateButtons();
}

void KnowledgePanel::showPassage()
{
    const RetrievalCandidate *c = m_model->candidate(m_table->currentIndex().row());
    if (!c) {
        m_passage->clear();
        return;
    }
    QString header = tr("%1, lines %2").arg(c->passage.path, c->passage.chunk.lines());
    if (!c->passage.chunk.heading.isEmpty())
        header += QStringLiteral(" — ") + c->passage.chunk.heading;
    m_passage->setPlainText(header + QStringLiteral("\n\n") + c->passage.chunk.text);
}

QString KnowledgePanel::stagesText() const
{
    return m_stages->text();
}

QString KnowledgePanel::warningText() const
{
    return m_warning->isVisibleTo(this) ? m_warning->text() : QString();
}

QString KnowledgePanel::indexingText() const
{
    return m_indexStatus->text();
}

QString KnowledgePanel::passageText() const
{
    return m_passage->toPlainText();
}
