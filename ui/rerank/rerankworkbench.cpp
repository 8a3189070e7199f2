#include "rerankworkbench.h"

#include "filedialogs.h"
#include "models/costformat.h"
#include "models/modelcatalog.h"
#include "rerank/modellabels.h"
#include "rerank/workbenchsession.h"
#include "rerankcomparisonpanel.h"
#include "rerankdocumentmodel.h"
#include "rerankinputpanel.h"
#include "rerankmodelspanel.h"
#include "rerankrankingspanel.h"
#include "rerankresultmodel.h"
#include "slopegraphchart.h"
#include "store/workbenchstore.h"
#include "workbenchsetsdialog.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFocusEvent>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Above this many documents × models, or this estimated cost, Run asks first.
constexpr qint64 ConfirmPairs = 10000;
constexpr double ConfirmCostDollars = 0.05;

} // namespace

RerankWorkbench::RerankWorkbench(QWidget *parent, const RerankActions *actions)
    : QWidget(parent), m_session(new WorkbenchSession(this))
{
    setAccessibleName(tr("Rerank workbench"));
    setAcceptDrops(true);
    if (actions) {
        m_actions = *actions;
    } else {
        m_actions = createActions(this);
        bindActions(m_actions, this, [this] { return this; });
    }
    // Their shortcuts work while the focus is in the workbench.
    addActions({ m_actions.run, m_actions.cancel, m_actions.saveSet });

    auto *setMenu = new QMenu(this);
    setMenu->addActions(
        { m_actions.newSet, m_actions.openSet, m_actions.saveSet, m_actions.saveSetAs });
    setMenu->addSeparator();
    setMenu->addActions({ m_actions.exportSet, m_actions.importSet, m_actions.loadExample });
    m_input = new RerankInputPanel(setMenu, this);
    m_models = new RerankModelsPanel(this);
    // Made before the right side: forward Tab goes documents → models → Run → the rankings.
    QWidget *left = createLeftColumn();
    // No focus proxy: in Qt 6, forward Tab into a widget whose proxy is a child lands on the
    // proxy and skips the controls before it in the chain (see ChatPane).

    auto *exportMenu = new QMenu(this);
    exportMenu->addAction(tr("As CSV…"), this, [this] {
        const QString path = FileDialogs::getSaveFileName(
            this, tr("Export results"), u"rerank-results.csv"_s, tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty())
            showMessage(exportResultsCsv(path, &error) ? tr("Exported the results.") : error);
    });
    exportMenu->addAction(tr("As JSON…"), this, [this] {
        const QString path = FileDialogs::getSaveFileName(
            this, tr("Export results"), u"rerank-results.json"_s, tr("JSON files (*.json)"));
        QString error;
        if (!path.isEmpty())
            showMessage(exportResultsJson(path, &error) ? tr("Exported the results.") : error);
    });
    m_rankings = new RerankRankingsPanel(exportMenu, this);
    m_comparison = new RerankComparisonPanel(
        m_session, [this](const QString &model) { return modelLabel(model); }, this);

    auto *right = new QSplitter(Qt::Vertical, this);
    right->setChildrenCollapsible(false);
    right->addWidget(m_rankings);
    right->addWidget(m_comparison);
    right->setStretchFactor(0, 1);
    right->setStretchFactor(1, 1);
    right->setSizes({ 360, 400 });
    auto *rightBox = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(rightBox);
    rightLayout->setContentsMargins(6, 0, 0, 0);
    rightLayout->addWidget(right);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(left);
    splitter->addWidget(rightBox);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 360, 920 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    // Edits go to the session; what the session changes comes back to the panels.
    connect(m_input, &RerankInputPanel::edited, this, &RerankWorkbench::pushInput);
    connect(m_models, &RerankModelsPanel::edited, this, &RerankWorkbench::pushInput);
    connect(m_input, &RerankInputPanel::message, this, &RerankWorkbench::showMessage);
    connect(m_session, &WorkbenchSession::inputReplaced, this, &RerankWorkbench::loadInput);
    connect(m_session, &WorkbenchSession::inputLabelChanged, this, [this](int index, int label) {
        ++m_loading;
        m_input->documentModel()->setLabel(index, label);
        --m_loading;
    });
    connect(m_session, &WorkbenchSession::setStatusChanged, this, [this] {
        m_input->setSetStatus(m_session->setStatusText(), m_session->setStatusToolTip());
    });
    connect(m_session, &WorkbenchSession::currentSetChanged, this,
            &RerankWorkbench::currentSetChanged);
    connect(m_session, &WorkbenchSession::messageChanged, this, &RerankWorkbench::showMessage);
    connect(m_session, &WorkbenchSession::resultsReplaced, this, &RerankWorkbench::rebuildColumns);
    connect(m_session, &WorkbenchSession::modelProgress, this,
            [this](const QString &model, int done, int total) {
                if (RerankModelColumn *column = m_rankings->column(model))
                    column->showProgress(done, total);
            });
    connect(m_session, &WorkbenchSession::modelFinished, this, [this](const RerankResult &result) {
        if (RerankModelColumn *column = m_rankings->column(result.model))
            column->showResult(result, m_session->resultSet().documents);
        m_comparison->updateModels();
        updateActions();
    });
    connect(m_session, &WorkbenchSession::resultLabelsChanged, this,
            [this] { m_rankings->setLabels(m_session->resultSet().labels()); });
    connect(m_session, &WorkbenchSession::metricsUpdated, this, [this] {
        m_comparison->updateMetrics();
        Q_EMIT metricsUpdated();
    });
    connect(m_session, &WorkbenchSession::runStarted, this, [this] {
        updateActions();
        Q_EMIT runStarted();
    });
    connect(m_session, &WorkbenchSession::runFinished, this, [this] {
        updateActions();
        Q_EMIT runFinished();
    });
    connect(m_session, &WorkbenchSession::resultsSaved, this, &RerankWorkbench::resultsSaved);
    connect(m_rankings, &RerankRankingsPanel::labelKey, m_session,
            &WorkbenchSession::setResultLabel);
    connect(m_rankings, &RerankRankingsPanel::retryRequested, m_session,
            &WorkbenchSession::retryModel);
    connect(m_rankings->copyChartButton(), &QPushButton::clicked, this,
            &RerankWorkbench::copyChart);
    connect(m_comparison, &RerankComparisonPanel::documentClicked, m_rankings,
            &RerankRankingsPanel::showDocument);
    connect(m_comparison, &RerankComparisonPanel::chartChanged, this,
            &RerankWorkbench::updateActions);

    // Tab moves between controls, arrows between cells (as in the window, see MainWindow).
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    m_session->loadInput(currentSet()); // the defaults are not an edit
    updateActions();
}

RerankWorkbench::~RerankWorkbench()
{
    // The session saves pending edits as it goes; the panels go first.
    m_session->saveEdits();
}

RerankActions RerankWorkbench::createActions(QObject *owner)
{
    const auto make = [owner](const QString &text, const QString &tip) {
        auto *action = new QAction(text, owner);
        action->setToolTip(tip);
        return action;
    };
    RerankActions actions;
    actions.run = make(tr("&Run"), tr("Rank the documents with every checked model (Ctrl+Enter)"));
    actions.run->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    actions.run->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    actions.cancel = make(tr("&Cancel"), tr("Stop the run and keep what was scored (Esc)"));
    actions.cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    actions.cancel->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    actions.cancel->setEnabled(false); // nothing runs yet
    actions.newSet = make(tr("&New Set"), tr("Start an empty set; the set on screen stays saved"));
    actions.openSet
        = make(tr("&Open Set…"), tr("Choose a saved set and show it with its last results"));
    actions.saveSet = make(tr("&Save Set"),
                           tr("Keep the query, documents, labels, models and results (Ctrl+S)"));
    actions.saveSet->setShortcut(QKeySequence::Save);
    actions.saveSet->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    actions.saveSetAs
        = make(tr("Save Set &As…"), tr("Keep the set on screen as a new set under another name"));
    actions.exportSet
        = make(tr("&Export Set…"), tr("Write the set and its results to a JSON file"));
    actions.importSet
        = make(tr("&Import Set…"), tr("Read a set from a JSON file exported by Sift"));
    actions.loadExample = make(
        tr("Load &Example"), tr("A sample query and a dozen documents to try the workbench with"));
    return actions;
}

void RerankWorkbench::bindActions(const RerankActions &actions, QObject *context,
                                  const std::function<RerankWorkbench *()> &target)
{
    const auto bind = [&](QAction *action, auto call) {
        QObject::connect(action, &QAction::triggered, context, [target, call] {
            if (RerankWorkbench *workbench = target())
                call(workbench);
        });
    };
    bind(actions.run, [](RerankWorkbench *w) { w->run(); });
    bind(actions.cancel, [](RerankWorkbench *w) { w->cancel(); });
    bind(actions.newSet, [](RerankWorkbench *w) { w->newSet(); });
    bind(actions.openSet, [](RerankWorkbench *w) { w->chooseOpenSet(); });
    bind(actions.saveSet, [](RerankWorkbench *w) { w->chooseSaveSet(false); });
    bind(actions.saveSetAs, [](RerankWorkbench *w) { w->chooseSaveSet(true); });
    bind(actions.exportSet, [](RerankWorkbench *w) { w->chooseExportSet(); });
    bind(actions.importSet, [](RerankWorkbench *w) { w->chooseImportSet(); });
    bind(actions.loadExample, [](RerankWorkbench *w) { w->loadExample(); });
}

void RerankWorkbench::loadExample()
{
    if (m_session->newSet())
        loadSample();
}

QWidget *RerankWorkbench::createLeftColumn()
{
    auto *column = new QWidget(this);
    auto *layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_input, 1);
    layout->addWidget(m_models);

    m_runButton = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Run"), column);
    m_runButton->setAccessibleName(tr("Run"));
    m_runButton->setToolTip(m_actions.run->toolTip());
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, m_actions.run, &QAction::trigger);
    m_cancelButton
        = new QPushButton(style()->standardIcon(QStyle::SP_MediaStop), tr("Cancel"), column);
    m_cancelButton->setAccessibleName(tr("Cancel run"));
    m_cancelButton->setToolTip(m_actions.cancel->toolTip());
    connect(m_cancelButton, &QPushButton::clicked, m_actions.cancel, &QAction::trigger);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton, 1);
    runRow->addWidget(m_cancelButton);
    layout->addLayout(runRow);

    m_message = new QLabel(column);
    m_message->setTextFormat(Qt::PlainText); // file names and server text are data
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Workbench message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for three lines whether or not there is a message: a note appearing must not move
    // the buttons the user is aiming at.
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 3);
    layout->addWidget(m_message);
    return column;
}

// Input ------------------------------------------------------------------------------------------

RerankSet RerankWorkbench::currentSet() const
{
    RerankSet set;
    set.query = m_input->query();
    set.instruction = m_input->instruction();
    set.documents = m_input->documentModel()->documents();
    set.models = m_models->checkedModels();
    set.topN = m_models->topN();
    set.batchSize = m_models->batchSize();
    set.collection = m_collection;
    return set;
}

void RerankWorkbench::pushInput()
{
    if (!m_loading)
        m_session->setInput(currentSet());
}

void RerankWorkbench::loadInput()
{
    ++m_loading;
    const auto loaded = qScopeGuard([this] { --m_loading; });
    m_collection = m_session->input().collection;
    m_input->load(m_session->input());
    m_models->load(m_session->input());
}

void RerankWorkbench::setSet(const RerankSet &set)
{
    // Loaded as the user's input, then taken as one edit.
    ++m_loading;
    m_collection = set.collection;
    m_input->load(set);
    m_models->load(set);
    --m_loading;
    pushInput();
}

void RerankWorkbench::loadSample()
{
    RerankSet set = WorkbenchSession::sampleSet();
    set.models = RerankModelsPanel::defaultModels();
    set.batchSize = m_models->batchSize();
    m_session->loadInput(set);
}

// Running ----------------------------------------------------------------------------------------

bool RerankWorkbench::confirmCost()
{
    const WorkbenchSession::CostEstimate estimate = m_session->estimateRun();
    if (estimate.pairs < ConfirmPairs && estimate.cost < ConfirmCostDollars)
        return true;
    // A model without a price is not free: its share is said to be unknown, never $0.
    QString cost = tr("an unknown amount (no price in the catalog)");
    if (estimate.priced && estimate.unpriced.isEmpty())
        cost = tr("about %1").arg(CostFormat::usd(estimate.cost, QLocale()));
    else if (estimate.priced)
        cost = tr("about %1 plus an unknown amount for %2 (no price in the catalog)")
                   .arg(CostFormat::usd(estimate.cost, QLocale()),
                        QLocale().createSeparatedList(estimate.unpriced));
    const RerankSet &set = m_session->input();
    return QMessageBox::question(
               this, tr("Run a large comparison?"),
               tr("This run ranks %1 documents with %2 models (~%3 input tokens per model) and "
                  "costs %4. Run it?")
                   .arg(QLocale().toString(set.documents.size()))
                   .arg(set.models.size())
                   .arg(QLocale().toString(estimate.tokensPerModel))
                   .arg(cost),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        == QMessageBox::Yes;
}

void RerankWorkbench::run()
{
    if (isRunning() || !confirmCost())
        return;
    if (m_session->run())
        return;
    // Take the user to what is missing.
    const RerankSet &set = m_session->input();
    if (set.query.isEmpty())
        m_input->queryEdit()->setFocus();
    else if (set.documents.isEmpty())
        m_input->documentView()->setFocus();
    else if (set.models.isEmpty())
        m_models->modelList()->setFocus();
}

void RerankWorkbench::rebuildColumns()
{
    const QStringList models = m_session->shownModels();
    m_rankings->setModels(models, ModelLabels::shortNames(models),
                          int(m_session->resultSet().documents.size()));
    for (const RerankResult &result : m_session->results()) {
        if (RerankModelColumn *column = m_rankings->column(result.model))
            column->showResult(result, m_session->resultSet().documents);
    }
    m_comparison->updateModels();
    m_comparison->updateMetrics();
    updateActions();
    // New columns join the focus chain at its end (after the comparison): they go right after
    // the rankings' own buttons, in their order on screen.
    QWidget *previous = m_rankings->copyChartButton();
    for (RerankModelColumn *column : m_rankings->columns()) {
        for (QWidget *widget : column->findChildren<QWidget *>()) {
            if (auto *view = qobject_cast<QAbstractItemView *>(widget))
                view->setTabKeyNavigation(false);
            if ((widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy()) {
                QWidget::setTabOrder(previous, widget);
                previous = widget;
            }
        }
    }
}

void RerankWorkbench::updateActions()
{
    const bool running = isRunning();
    m_actions.run->setEnabled(!running);
    m_runButton->setEnabled(!running);
    m_actions.cancel->setEnabled(running);
    m_cancelButton->setEnabled(running);
    m_rankings->setExportEnabled(!results().isEmpty());
    m_rankings->copyChartButton()->setEnabled(m_comparison->slopegraph()->lineCount() > 0);
}

void RerankWorkbench::showMessage(const QString &text)
{
    m_message->setText(text);
}

QString RerankWorkbench::message() const
{
    return m_message->text();
}

// Views ------------------------------------------------------------------------------------------

RerankDocumentModel *RerankWorkbench::documentModel() const
{
    return m_input->documentModel();
}

QTableView *RerankWorkbench::documentView() const
{
    return m_input->documentView();
}

QListView *RerankWorkbench::resultView(const QString &model) const
{
    RerankModelColumn *column = m_rankings->column(model);
    return column ? column->list() : nullptr;
}

QString RerankWorkbench::modelStatusText(const QString &model) const
{
    RerankModelColumn *column = m_rankings->column(model);
    return column ? column->statusText() : QString();
}

QString RerankWorkbench::modelErrorText(const QString &model) const
{
    RerankModelColumn *column = m_rankings->column(model);
    return column ? column->errorText() : QString();
}

QString RerankWorkbench::modelLabel(const QString &model) const
{
    return ModelLabels::shortName(model, m_session->shownModels());
}

SlopegraphChart *RerankWorkbench::slopegraph() const
{
    return m_comparison->slopegraph();
}

QTableView *RerankWorkbench::pairTable() const
{
    return m_comparison->pairTable();
}

QTableView *RerankWorkbench::movedTable() const
{
    return m_comparison->movedTable();
}

QTableView *RerankWorkbench::labelMetricsTable() const
{
    return m_comparison->labelMetricsTable();
}

void RerankWorkbench::copyChart()
{
    if (slopegraph()->lineCount() == 0)
        return;
    QApplication::clipboard()->setImage(slopegraph()->grab().toImage());
    showMessage(tr("Copied the chart. Paste it into a document or chat."));
}

void RerankWorkbench::focusInEvent(QFocusEvent *event)
{
    // setFocus() on the workbench means its query (there is no focus proxy: see above).
    QWidget::focusInEvent(event);
    m_input->queryEdit()->setFocus(event->reason());
}

void RerankWorkbench::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); }))
        event->acceptProposedAction();
}

void RerankWorkbench::dropEvent(QDropEvent *event)
{
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            importFile(url.toLocalFile());
    }
    event->acceptProposedAction();
}

// Sets -------------------------------------------------------------------------------------------

void RerankWorkbench::setApiClient(ApiClient *client)
{
    m_session->setApiClient(client);
    updateActions();
}

void RerankWorkbench::setCatalog(const ModelCatalog *catalog)
{
    m_session->setCatalog(catalog);
    m_models->setCatalog(catalog);
}

void RerankWorkbench::setConfig(Config *config)
{
    // Not handed to the model picker: its Favorites and Recent lists are the chat's.
    m_session->setConfig(config);
}

void RerankWorkbench::setStore(WorkbenchStore *store)
{
    m_session->setStore(store);
    updateActions();
}

void RerankWorkbench::newSet()
{
    if (m_session->newSet())
        m_input->queryEdit()->setFocus();
}

void RerankWorkbench::chooseOpenSet()
{
    if (!store()) {
        chooseImportSet();
        return;
    }
    if (isRunning()) {
        showMessage(tr("Wait for the run to finish (or cancel it), then open a set."));
        return;
    }
    auto *dialog = new WorkbenchSetsDialog(store(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (currentSetId())
        dialog->select(currentSetId());
    connect(dialog, &WorkbenchSetsDialog::openRequested, this, &RerankWorkbench::openSet);
    connect(dialog, &WorkbenchSetsDialog::setDeleted, m_session, &WorkbenchSession::forgetSet);
    connect(dialog, &WorkbenchSetsDialog::setRestored, m_session,
            [this](qint64, qint64 newId) { m_session->adoptRestoredSet(newId); });
    dialog->open();
}

void RerankWorkbench::chooseSaveSet(bool asNew)
{
    if (!store()) {
        chooseExportSet();
        return;
    }
    if (!asNew && currentSetId() && m_session->isNamed()) {
        saveSet();
        return;
    }
    bool ok = false;
    const QString suggested
        = currentSetId() ? currentSetName() : WorkbenchStore::nameForQuery(m_input->query());
    const QString name
        = QInputDialog::getText(this, asNew ? tr("Save Set As") : tr("Save Set"),
                                tr("Name of the set (it is listed under this name in Open set…):"),
                                QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return;
    if (asNew)
        saveSetAs(name);
    else
        saveSet(name.trimmed().isEmpty() ? suggested : name);
}

void RerankWorkbench::chooseExportSet()
{
    const QString base
        = (currentSetId() ? currentSetName() : WorkbenchStore::nameForQuery(m_input->query()))
              .replace(QRegularExpression(u"[^\\w\\- ]+"_s), u" "_s)
              .simplified();
    const QString path = FileDialogs::getSaveFileName(
        this, tr("Export rerank set"), (base.isEmpty() ? u"rerank-set"_s : base) + u".json"_s,
        tr("Rerank sets (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    showMessage(exportSet(path, &error)
                    ? tr("Exported the set to “%1”.").arg(QFileInfo(path).fileName())
                    : error);
}

void RerankWorkbench::chooseImportSet()
{
    const QString path = FileDialogs::getOpenFileName(this, tr("Import rerank set"),
                                                      tr("Rerank sets (*.json);;All files (*)"));
    if (!path.isEmpty())
        m_session->importSetInBackground(path); // read and parsed once, on a worker
}
