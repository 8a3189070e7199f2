#include "rerankworkbench.h"

#include "api/apiclient.h"
#include "api/endpoint.h"
#include "config/config.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "rerank/modellabels.h"
#include "rerank/rerankexport.h"
#include "rerank/rerankrun.h"
#include "rerankdocumentmodel.h"
#include "rerankresultmodel.h"
#include "rerankscoredelegate.h"
#include "slopegraphchart.h"
#include "statepalette.h"
#include "store/database.h"
#include "store/rerankrunrecorder.h"
#include "store/workbenchstore.h"
#include "workbenchsetsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSaveFile>
#include <QScopeGuard>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList &defaultModels()
{
    static const QStringList models{ u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-4B"_s,
                                     u"Qwen/Qwen3-Reranker-8B"_s };
    return models;
}

constexpr int MovedLimit = 20;
constexpr int AutosaveDelayMs = 800;

QString formatNumber(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 3) : u"–"_s;
}

QString formatLatency(qint64 ms)
{
    if (ms < 1000)
        return RerankWorkbench::tr("%1 ms").arg(ms);
    return RerankWorkbench::tr("%1 s").arg(QLocale().toString(ms / 1000.0, 'f', 2));
}

QString formatCost(const RerankResult &result)
{
    if (!result.cost)
        return RerankWorkbench::tr("cost unknown");
    const double cost = *result.cost;
    // Rerank calls cost fractions of a cent: show enough digits to see a difference.
    const int digits = cost >= 0.01 ? 4 : cost >= 0.0001 ? 6 : 8;
    const QString amount = u"$"_s + QLocale().toString(cost, 'f', digits);
    return result.costEstimated ? RerankWorkbench::tr("%1 (estimated)").arg(amount) : amount;
}

// Plural forms come from translations; until one is loaded, English needs the "(s)" resolved.
QString englishPlural(QString text, int n)
{
    return text.replace(u"(s)"_s, n == 1 ? QString() : u"s"_s);
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// Keeps the whole table readable in one line per row: no word wrap, last column stretches.
// A table that shows all its rows without scrolling, up to maxRows.
void fitRows(QTableView *view, int rows, int maxRows)
{
    rows = std::clamp(rows, 1, maxRows);
    const int height = view->horizontalHeader()->sizeHint().height()
        + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth() + 2;
    view->setMaximumHeight(height);
}

void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = RerankWorkbench::tr("Could not write “%1” (%2). Choose another place.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

RerankWorkbench::RerankWorkbench(QWidget *parent)
    : QWidget(parent)
    , m_query(new QLineEdit(this))
    , m_instruction(new QLineEdit(this))
    , m_documents(new RerankDocumentModel(this))
    , m_documentView(new QTableView(this))
    , m_counter(new QLabel(this))
    , m_modelList(new QListWidget(this))
    , m_addModel(new ModelPicker(this))
    , m_topN(new QSpinBox(this))
    , m_batchSize(new QSpinBox(this))
    , m_runButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_message(new QLabel(this))
    , m_runAction(new QAction(tr("&Run"), this))
    , m_cancelAction(new QAction(tr("&Cancel"), this))
    , m_removeAction(new QAction(tr("Remove"), this))
    , m_upAction(new QAction(tr("Move up"), this))
    , m_downAction(new QAction(tr("Move down"), this))
    , m_setLabel(new QLabel(this))
    , m_newSetAction(new QAction(tr("&New Set"), this))
    , m_openSetAction(new QAction(tr("&Open Set…"), this))
    , m_saveSetAction(new QAction(tr("&Save Set"), this))
    , m_saveSetAsAction(new QAction(tr("Save Set &As…"), this))
    , m_exportSetAction(new QAction(tr("&Export Set…"), this))
    , m_importSetAction(new QAction(tr("&Import Set…"), this))
    , m_rankingStack(new QStackedWidget(this))
    , m_rankingSplitter(new QSplitter(Qt::Horizontal, this))
    , m_exportButton(new QToolButton(this))
    , m_copyChartButton(new QPushButton(this))
    , m_comparisonStack(new QStackedWidget(this))
    , m_modelA(new QComboBox(this))
    , m_modelB(new QComboBox(this))
    , m_slopegraph(new SlopegraphChart(this))
    , m_k(new QSpinBox(this))
    , m_pairModel(new QStandardItemModel(this))
    , m_pairView(new QTableView(this))
    , m_movedModel(new QStandardItemModel(this))
    , m_movedView(new QTableView(this))
    , m_movedTitle(nullptr)
    , m_labelBox(new QWidget(this))
    , m_labelModel(new QStandardItemModel(this))
    , m_labelView(new QTableView(this))
{
    setAccessibleName(tr("Rerank workbench"));
    setAcceptDrops(true);
    setFocusProxy(m_query);

    m_runAction->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_runAction->setToolTip(tr("Rank the documents with every checked model (Ctrl+Enter)"));
    connect(m_runAction, &QAction::triggered, this, &RerankWorkbench::run);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_cancelAction->setToolTip(tr("Stop the run and keep what was scored (Esc)"));
    connect(m_cancelAction, &QAction::triggered, this, &RerankWorkbench::cancel);
    addAction(m_runAction);
    addAction(m_cancelAction);

    m_newSetAction->setToolTip(tr("Start an empty set; the set on screen stays saved"));
    connect(m_newSetAction, &QAction::triggered, this, &RerankWorkbench::newSet);
    m_openSetAction->setToolTip(tr("Choose a saved set and show it with its last results"));
    connect(m_openSetAction, &QAction::triggered, this, &RerankWorkbench::chooseOpenSet);
    m_saveSetAction->setShortcut(QKeySequence::Save);
    m_saveSetAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_saveSetAction->setToolTip(tr("Keep the query, documents, labels, models and results "
                                   "(Ctrl+S)"));
    connect(m_saveSetAction, &QAction::triggered, this, [this] { chooseSaveSet(false); });
    m_saveSetAsAction->setToolTip(tr("Keep the set on screen as a new set under another name"));
    connect(m_saveSetAsAction, &QAction::triggered, this, [this] { chooseSaveSet(true); });
    m_exportSetAction->setToolTip(tr("Write the set and its results to a JSON file"));
    connect(m_exportSetAction, &QAction::triggered, this, &RerankWorkbench::chooseExportSet);
    m_importSetAction->setToolTip(tr("Read a set from a JSON file exported by Sift"));
    connect(m_importSetAction, &QAction::triggered, this, &RerankWorkbench::chooseImportSet);
    addAction(m_saveSetAction);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createInputPanel());
    splitter->addWidget(createResultsPanel());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 360, 920 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(splitter);

    connect(m_documents, &RerankDocumentModel::documentsChanged, this, [this] {
        m_runMatchesTable = false;
        if (!m_counterPending) {
            // Coalesce: a paste of thousands of rows recounts once.
            m_counterPending = true;
            QTimer::singleShot(0, this, &RerankWorkbench::updateCounter);
        }
    });
    connect(m_query, &QLineEdit::textChanged, this, &RerankWorkbench::updateCounter);

    // Every edit of the input is kept, like a chat message: saved shortly after the last change.
    m_autosaveTimer = new QTimer(this);
    m_autosaveTimer->setSingleShot(true);
    m_autosaveTimer->setInterval(AutosaveDelayMs);
    connect(m_autosaveTimer, &QTimer::timeout, this, [this] { saveEdits(); });
    connect(m_documents, &RerankDocumentModel::documentsChanged, this,
            &RerankWorkbench::markModified);
    connect(m_documents, &QAbstractItemModel::dataChanged, this, &RerankWorkbench::markModified);
    connect(m_query, &QLineEdit::textChanged, this, &RerankWorkbench::markModified);
    connect(m_instruction, &QLineEdit::textChanged, this, &RerankWorkbench::markModified);
    connect(m_modelList, &QListWidget::itemChanged, this, &RerankWorkbench::markModified);
    connect(m_topN, &QSpinBox::valueChanged, this, &RerankWorkbench::markModified);
    connect(m_batchSize, &QSpinBox::valueChanged, this, &RerankWorkbench::markModified);
    connect(&m_metricsWatcher, &QFutureWatcher<MetricsOutcome>::finished, this,
            &RerankWorkbench::onMetricsReady);

    rebuildModelList();
    updateCounter();
    setCurrentSet(0, {}, false);
    updateActions();
}

RerankWorkbench::~RerankWorkbench()
{
    if (m_modified)
        saveEdits();
    m_metricsWatcher.waitForFinished();
}

QWidget *RerankWorkbench::createInputPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 6, 0);

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
    docHeader->addWidget(sectionTitle(tr("Documents"), panel));
    docHeader->addStretch();
    m_counter->setAccessibleName(tr("Document count"));
    m_counter->setForegroundRole(QPalette::PlaceholderText);
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

    auto *addAction = new QAction(tr("Add"), this);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    addAction->setToolTip(tr("Add an empty document and edit it (Insert)"));
    connect(addAction, &QAction::triggered, this, &RerankWorkbench::addRow);
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_removeAction->setToolTip(tr("Remove the selected documents (Delete)"));
    connect(m_removeAction, &QAction::triggered, this, &RerankWorkbench::removeSelectedRows);
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_upAction->setShortcutContext(Qt::WidgetShortcut);
    m_upAction->setToolTip(tr("Move the selected document up (Alt+Up)"));
    m_upAction->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    connect(m_upAction, &QAction::triggered, this, [this] { moveSelected(-1); });
    m_downAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    m_downAction->setShortcutContext(Qt::WidgetShortcut);
    m_downAction->setToolTip(tr("Move the selected document down (Alt+Down)"));
    m_downAction->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    connect(m_downAction, &QAction::triggered, this, [this] { moveSelected(1); });
    auto *pasteAction = new QAction(tr("Paste"), this);
    pasteAction->setShortcut(QKeySequence::Paste);
    pasteAction->setShortcutContext(Qt::WidgetShortcut);
    pasteAction->setToolTip(tr("Add documents from the clipboard: one per line, or blocks "
                               "separated by blank lines (Ctrl+V)"));
    connect(pasteAction, &QAction::triggered, this, &RerankWorkbench::pasteFromClipboard);
    m_documentView->addActions(
        { addAction, m_removeAction, m_upAction, m_downAction, pasteAction });

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(2);
    const auto toolButton = [panel, buttons](QAction *action, const QString &accessible) {
        auto *button = new QToolButton(panel);
        button->setDefaultAction(action);
        button->setAccessibleName(accessible);
        button->setToolButtonStyle(action->icon().isNull() ? Qt::ToolButtonTextOnly
                                                           : Qt::ToolButtonIconOnly);
        buttons->addWidget(button);
        return button;
    };
    toolButton(addAction, tr("Add document"));
    toolButton(m_removeAction, tr("Remove documents"));
    toolButton(m_upAction, tr("Move document up"));
    toolButton(m_downAction, tr("Move document down"));
    toolButton(pasteAction, tr("Paste documents"));
    auto *importAction = new QAction(tr("Import…"), this);
    importAction->setToolTip(tr("Add documents from files: .txt (one per line), .md "
                                "(paragraphs), .csv (a column), .jsonl (a “text” field). You can "
                                "also drop files here."));
    connect(importAction, &QAction::triggered, this, &RerankWorkbench::chooseImportFiles);
    toolButton(importAction, tr("Import documents"));
    buttons->addStretch();
    auto *setButton = new QToolButton(panel);
    setButton->setText(tr("Set"));
    setButton->setAccessibleName(tr("Workbench set"));
    setButton->setToolTip(tr("Open, save, export or import the query, documents, labels, models "
                             "and results"));
    setButton->setPopupMode(QToolButton::InstantPopup);
    auto *setMenu = new QMenu(setButton);
    setMenu->addAction(m_newSetAction);
    setMenu->addAction(m_openSetAction);
    setMenu->addAction(m_saveSetAction);
    setMenu->addAction(m_saveSetAsAction);
    setMenu->addSeparator();
    setMenu->addAction(m_exportSetAction);
    setMenu->addAction(m_importSetAction);
    setMenu->addSeparator();
    setMenu->addAction(tr("Clear documents"), this, [this] { m_documents->setDocuments({}); });
    setButton->setMenu(setMenu);
    buttons->addWidget(setButton);
    layout->addLayout(buttons);

    m_setLabel->setAccessibleName(tr("Current set"));
    m_setLabel->setTextFormat(Qt::PlainText);
    m_setLabel->setForegroundRole(QPalette::PlaceholderText);
    m_setLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_setLabel);

    layout->addWidget(sectionTitle(tr("Models"), panel));
    m_modelList->setAccessibleName(tr("Rerank models"));
    m_modelList->setToolTip(tr("Check the models to compare. Space toggles the selected one."));
    m_modelList->setMaximumHeight(m_modelList->fontMetrics().height() * 6 + 12);
    layout->addWidget(m_modelList);
    auto *addModelRow = new QHBoxLayout;
    m_addModel->setModelType(ModelInfo::Type::Rerank);
    m_addModel->lineEdit()->setPlaceholderText(tr("Add model id…"));
    m_addModel->setAccessibleName(tr("Model id to add"));
    m_addModel->setToolTip(tr("Pick a reranker from the catalog, or type any model id the "
                              "endpoint knows, and press Enter"));
    m_addModel->setMinimumContentsLength(12);
    // Only a deliberate choice adds a model (Enter, a click in the list, Add), not leaving the
    // field.
    connect(m_addModel, &ModelPicker::modelChosen, this, &RerankWorkbench::addModelFromField);
    auto *addModelButton = new QPushButton(tr("Add"), panel);
    addModelButton->setAccessibleName(tr("Add model"));
    addModelButton->setToolTip(tr("Add the typed model id to the list, checked"));
    addModelButton->setAutoDefault(false);
    connect(addModelButton, &QPushButton::clicked, this, &RerankWorkbench::addModelFromField);
    addModelRow->addWidget(m_addModel, 1);
    addModelRow->addWidget(addModelButton);
    layout->addLayout(addModelRow);

    m_topN->setRange(0, DocumentImport::MaxDocuments);
    m_topN->setSpecialValueText(tr("all"));
    m_topN->setAccessibleName(tr("Top N"));
    m_topN->setToolTip(tr("Keep only the best N documents per model (0 = all)"));
    m_batchSize->setRange(1, RerankSet::MaxBatchSize);
    m_batchSize->setValue(RerankSet::DefaultBatchSize);
    m_batchSize->setAccessibleName(tr("Batch size"));
    m_batchSize->setToolTip(tr("Documents per request; large sets are sent in batches, up to "
                               "four at a time per model"));
    auto *options = new QHBoxLayout;
    auto *topLabel = new QLabel(tr("&Top N:"), panel);
    topLabel->setBuddy(m_topN);
    auto *batchLabel = new QLabel(tr("&Batch size:"), panel);
    batchLabel->setBuddy(m_batchSize);
    options->addWidget(topLabel);
    options->addWidget(m_topN);
    options->addSpacing(12);
    options->addWidget(batchLabel);
    options->addWidget(m_batchSize);
    options->addStretch();
    layout->addLayout(options);

    m_runButton->setText(tr("Run"));
    m_runButton->setIcon(style()->standardIcon(QStyle::SP_MediaPlay));
    m_runButton->setAccessibleName(tr("Run"));
    m_runButton->setToolTip(m_runAction->toolTip());
    m_runButton->setDefault(true);
    connect(m_runButton, &QPushButton::clicked, m_runAction, &QAction::trigger);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setIcon(style()->standardIcon(QStyle::SP_MediaStop));
    m_cancelButton->setAccessibleName(tr("Cancel run"));
    m_cancelButton->setToolTip(m_cancelAction->toolTip());
    connect(m_cancelButton, &QPushButton::clicked, m_cancelAction, &QAction::trigger);
    auto *runRow = new QHBoxLayout;
    runRow->addWidget(m_runButton, 1);
    runRow->addWidget(m_cancelButton);
    layout->addLayout(runRow);

    m_message->setTextFormat(Qt::PlainText); // file names and server text are data
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Workbench message"));
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);
    return panel;
}

QWidget *RerankWorkbench::createResultsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);

    auto *header = new QHBoxLayout;
    header->addWidget(sectionTitle(tr("Rankings"), panel));
    header->addStretch();
    m_exportButton->setText(tr("Export"));
    m_exportButton->setAccessibleName(tr("Export results"));
    m_exportButton->setToolTip(tr("Save every model's ranking (index, score, rank, label)"));
    m_exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *exportMenu = new QMenu(m_exportButton);
    exportMenu->addAction(tr("As CSV…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export results"), u"rerank-results.csv"_s, tr("CSV files (*.csv)"));
        QString error;
        if (!path.isEmpty())
            showMessage(exportResultsCsv(path, &error) ? tr("Exported the results.") : error);
    });
    exportMenu->addAction(tr("As JSON…"), this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export results"), u"rerank-results.json"_s, tr("JSON files (*.json)"));
        QString error;
        if (!path.isEmpty())
            showMessage(exportResultsJson(path, &error) ? tr("Exported the results.") : error);
    });
    m_exportButton->setMenu(exportMenu);
    header->addWidget(m_exportButton);
    m_copyChartButton->setText(tr("Copy chart"));
    m_copyChartButton->setAccessibleName(tr("Copy chart"));
    m_copyChartButton->setToolTip(tr("Copy the rank comparison chart as an image"));
    m_copyChartButton->setAutoDefault(false);
    connect(m_copyChartButton, &QPushButton::clicked, this, &RerankWorkbench::copyChart);
    header->addWidget(m_copyChartButton);
    layout->addLayout(header);

    auto *placeholder = new QLabel(tr("Type a query, add documents, check the models to compare "
                                      "and press Run (Ctrl+Enter). Each model's ranking "
                                      "appears here."),
                                   panel);
    placeholder->setWordWrap(true);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_rankingSplitter->setChildrenCollapsible(false);
    m_rankingStack->addWidget(placeholder);
    m_rankingStack->addWidget(m_rankingSplitter);

    auto *vertical = new QSplitter(Qt::Vertical, panel);
    vertical->setChildrenCollapsible(false);
    vertical->addWidget(m_rankingStack);
    vertical->addWidget(createComparisonPanel());
    vertical->setStretchFactor(0, 1);
    vertical->setStretchFactor(1, 1);
    vertical->setSizes({ 360, 400 });
    layout->addWidget(vertical, 1);
    return panel;
}

QWidget *RerankWorkbench::createComparisonPanel()
{
    auto *placeholder = new QLabel(tr("Run two or more models to compare their rankings."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholder->setWordWrap(true); // the workbench must fit an 800-pixel-wide window

    auto *panel = new QWidget(this);
    auto *layout = new QHBoxLayout(panel);
    layout->setContentsMargins(0, 4, 0, 0);

    auto *chartColumn = new QVBoxLayout;
    auto *pairRow = new QHBoxLayout;
    pairRow->addWidget(sectionTitle(tr("Compare"), panel));
    m_modelA->setAccessibleName(tr("Left model"));
    m_modelA->setToolTip(tr("The model whose ranks are on the left axis"));
    m_modelB->setAccessibleName(tr("Right model"));
    m_modelB->setToolTip(tr("The model whose ranks are on the right axis"));
    for (QComboBox *combo : { m_modelA, m_modelB }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(4);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            updateSlopegraph();
            updateMovedTable();
        });
    }
    pairRow->addWidget(m_modelA, 1);
    pairRow->addWidget(new QLabel(u"→"_s, panel));
    pairRow->addWidget(m_modelB, 1);
    chartColumn->addLayout(pairRow);
    m_slopegraph->setToolTip({});
    connect(m_slopegraph, &SlopegraphChart::documentClicked, this, [this](int index) {
        // Show the document in every ranked list.
        for (ModelPanel &p : m_panels) {
            const int row = p.results->rowOfDocument(index);
            if (row >= 0) {
                p.list->setCurrentIndex(p.results->index(row));
                p.list->scrollTo(p.results->index(row));
            }
        }
    });
    chartColumn->addWidget(m_slopegraph, 1);
    layout->addLayout(chartColumn, 3);

    auto *tables = new QVBoxLayout;
    auto *kRow = new QHBoxLayout;
    kRow->addWidget(sectionTitle(tr("Agreement"), panel));
    kRow->addStretch();
    auto *kLabel = new QLabel(tr("&k:"), panel);
    m_k->setRange(1, DocumentImport::MaxDocuments);
    m_k->setValue(10);
    m_k->setAccessibleName(tr("k for overlap, nDCG and recall"));
    m_k->setToolTip(tr("How many top documents overlap@k, nDCG@k and recall@k look at"));
    kLabel->setBuddy(m_k);
    connect(m_k, &QSpinBox::valueChanged, this, &RerankWorkbench::scheduleMetrics);
    kRow->addWidget(kLabel);
    kRow->addWidget(m_k);
    tables->addLayout(kRow);

    m_pairView->setModel(m_pairModel);
    m_pairView->setAccessibleName(tr("Agreement between models"));
    m_pairView->setToolTip(tr("Kendall τ: 1 = same order, 0 = unrelated, −1 = reversed. "
                              "Overlap@k: share of the top k both models agree on. Click a row "
                              "to chart that pair."));
    setUpTable(m_pairView);
    // Names are short already (ModelLabels); whatever is still too long loses its middle.
    m_pairView->setTextElideMode(Qt::ElideMiddle);
    m_pairView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_pairView, &QTableView::clicked, this, [this](const QModelIndex &index) {
        const QString a = m_pairModel->item(index.row(), 0)->data(Qt::UserRole).toString();
        const QString b = m_pairModel->item(index.row(), 1)->data(Qt::UserRole).toString();
        m_modelA->setCurrentIndex(m_modelA->findData(a));
        m_modelB->setCurrentIndex(m_modelB->findData(b));
    });
    tables->addWidget(m_pairView);

    m_movedTitle = sectionTitle(tr("Moved most"), panel);
    tables->addWidget(m_movedTitle);
    m_movedView->setModel(m_movedModel);
    m_movedView->setAccessibleName(tr("Documents that moved most"));
    m_movedView->setToolTip(tr("Documents whose rank differs most between the two charted "
                               "models"));
    setUpTable(m_movedView);
    tables->addWidget(m_movedView, 3);

    auto *labelLayout = new QVBoxLayout(m_labelBox);
    labelLayout->setContentsMargins(0, 0, 0, 0);
    labelLayout->addWidget(sectionTitle(tr("Against your labels"), m_labelBox));
    m_labelView->setModel(m_labelModel);
    m_labelView->setAccessibleName(tr("Quality against labels"));
    m_labelView->setToolTip(tr("nDCG@k, MRR and recall@k from the labels you gave (keys 0–3); "
                               "the best value per column is highlighted"));
    setUpTable(m_labelView);
    m_labelView->setTextElideMode(Qt::ElideMiddle);
    labelLayout->addWidget(m_labelView);
    m_labelBox->hide();
    tables->addWidget(m_labelBox);

    layout->addLayout(tables, 2);

    m_comparisonStack->addWidget(placeholder);
    m_comparisonStack->addWidget(panel);
    return m_comparisonStack;
}

void RerankWorkbench::setApiClient(ApiClient *client)
{
    m_client = client;
    updateActions();
}

void RerankWorkbench::setCatalog(const ModelCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    if (catalog)
        connect(catalog, &ModelCatalog::changed, this, &RerankWorkbench::rebuildModelList);
    m_addModel->setCatalog(catalog);
    rebuildModelList();
}

void RerankWorkbench::rebuildModelList()
{
    // Keep what the user checked and typed across catalog refreshes.
    QHash<QString, bool> checked;
    QStringList order;
    for (int i = 0; i < m_modelList->count(); ++i) {
        const QListWidgetItem *item = m_modelList->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        checked.insert(id, item->checkState() == Qt::Checked);
        order << id;
    }
    const bool first = order.isEmpty();

    QList<ModelInfo> models;
    if (m_catalog)
        models = m_catalog->models(ModelInfo::Type::Rerank);
    QStringList ids;
    for (const ModelInfo &info : std::as_const(models)) {
        if (!info.deprecated || checked.value(info.id))
            ids << info.id;
    }
    for (const QString &id : defaultModels()) {
        if (!ids.contains(id))
            ids << id;
    }
    for (const QString &id : std::as_const(order)) {
        if (!ids.contains(id))
            ids << id;
    }

    ++m_loading; // a catalog refresh is not an edit
    const auto loaded = qScopeGuard([this] { --m_loading; });
    m_modelList->clear();
    for (const QString &id : std::as_const(ids)) {
        auto *item = new QListWidgetItem(id, m_modelList);
        item->setData(Qt::UserRole, id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        const bool on = first ? defaultModels().contains(id) : checked.value(id, false);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        const std::optional<ModelInfo> info
            = m_catalog ? m_catalog->find(id) : std::optional<ModelInfo>();
        QStringList tip;
        if (info && !info->description.isEmpty())
            tip << info->description;
        if (info && info->priceInPerMTok)
            tip << tr("$%1 per 1M input tokens").arg(QLocale().toString(*info->priceInPerMTok));
        if (!info)
            tip << tr("Model id you added");
        item->setToolTip(tip.join(u'\n'));
    }
}

QStringList RerankWorkbench::checkedModels() const
{
    QStringList ids;
    for (int i = 0; i < m_modelList->count(); ++i) {
        const QListWidgetItem *item = m_modelList->item(i);
        if (item->checkState() == Qt::Checked)
            ids << item->data(Qt::UserRole).toString();
    }
    return ids;
}

void RerankWorkbench::setModelChecked(const QString &id, bool checked)
{
    const QString model = normalizeModelId(id.trimmed());
    if (model.isEmpty())
        return;
    for (int i = 0; i < m_modelList->count(); ++i) {
        QListWidgetItem *item = m_modelList->item(i);
        if (item->data(Qt::UserRole).toString() == model) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
            return;
        }
    }
    auto *item = new QListWidgetItem(model, m_modelList);
    item->setData(Qt::UserRole, model);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    item->setToolTip(tr("Model id you added"));
    m_modelList->scrollToItem(item);
}

void RerankWorkbench::addModelFromField()
{
    const QString id = m_addModel->currentText().trimmed();
    if (id.isEmpty())
        return;
    setModelChecked(id, true);
    // After the completer and the line edit are done with the chosen text.
    QTimer::singleShot(0, m_addModel, [picker = m_addModel] { picker->setCurrentModel({}); });
}

void RerankWorkbench::updateCounter()
{
    m_counterPending = false;
    const QList<RerankDocument> &docs = m_documents->documents();
    qint64 tokens = 0;
    for (const RerankDocument &doc : docs)
        tokens += DocumentImport::estimateTokens(doc.text);
    // The query travels with every document.
    tokens += qint64(docs.size()) * DocumentImport::estimateTokens(m_query->text());
    m_counter->setText(englishPlural(tr("%n document(s) · ~%1 tokens", nullptr, int(docs.size())),
                                     int(docs.size()))
                           .arg(QLocale().toString(tokens)));
    m_counter->setToolTip(tr("Estimated input tokens per model (about 4 characters per token, "
                             "query included once per document)"));
}

void RerankWorkbench::updateActions()
{
    const bool running = isRunning();
    m_runAction->setEnabled(!running);
    m_runButton->setEnabled(!running);
    m_cancelAction->setEnabled(running);
    m_cancelButton->setEnabled(running);
    const bool hasResults = !results().isEmpty();
    m_exportButton->setEnabled(hasResults);
    m_copyChartButton->setEnabled(m_slopegraph->lineCount() > 0);
}

void RerankWorkbench::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString RerankWorkbench::message() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

RerankSet RerankWorkbench::currentSet() const
{
    RerankSet set;
    set.query = m_query->text().trimmed();
    set.instruction = m_instruction->text().trimmed();
    set.documents = m_documents->documents();
    set.models = checkedModels();
    set.topN = m_topN->value();
    set.batchSize = m_batchSize->value();
    return set;
}

void RerankWorkbench::setSet(const RerankSet &set)
{
    ++m_loading;
    const auto loaded = qScopeGuard([this] { --m_loading; });
    m_query->setText(set.query);
    m_instruction->setText(set.instruction);
    // Show the beginning of long texts, not their end.
    m_query->setCursorPosition(0);
    m_instruction->setCursorPosition(0);
    m_documents->setDocuments(set.documents);
    if (!set.models.isEmpty()) {
        for (int i = 0; i < m_modelList->count(); ++i)
            m_modelList->item(i)->setCheckState(Qt::Unchecked);
        for (const QString &model : set.models)
            setModelChecked(model, true);
    }
    m_topN->setValue(set.topN);
    m_batchSize->setValue(set.effectiveBatchSize());
}

void RerankWorkbench::loadSample()
{
    RerankSet set;
    set.query = tr("How do rerankers improve search results?");
    set.instruction = tr("Given a web search query, retrieve relevant passages that answer the "
                         "query");
    const QStringList texts{
        tr("Rerankers improve search results by scoring each query and document pair with a "
           "cross-encoder."),
        tr("A first-stage retriever such as BM25 returns candidates fast; rerankers then reorder "
           "them to improve the top results."),
        tr("Vector search finds documents by embedding similarity, which is fast but coarse."),
        tr("The Eiffel Tower was completed in 1889 for the World's Fair in Paris."),
        tr("Cross-encoders read the query and the document together, so they catch relevance "
           "that embeddings miss."),
        tr("Search quality is often measured with nDCG, MRR and recall at a fixed cut-off."),
        tr("Sourdough bread needs a starter, flour, water and salt, and a long rise."),
        tr("How rerankers work: every candidate is scored against the query and the list is "
           "sorted by score."),
        tr("Rerankers add latency, so results are usually reranked only for the top 100 "
           "candidates."),
        tr("Qwen3 rerankers accept an instruction that describes the search task."),
        tr("The stock market closed higher on Friday after a week of losses."),
        tr("Improve your search results with query expansion, synonyms and spelling "
           "correction."),
    };
    for (const QString &text : texts)
        set.documents.append(RerankDocument{ text, RerankDocument::Unlabelled });
    set.models = defaultModels();
    setSet(set);
}

// Documents ------------------------------------------------------------------------------------

void RerankWorkbench::addRow()
{
    const QModelIndex current = m_documentView->currentIndex();
    const int row = current.isValid() ? current.row() + 1 : m_documents->rowCount();
    m_documents->insertRows(row, 1);
    const QModelIndex cell = m_documents->index(row, RerankDocumentModel::TextColumn);
    m_documentView->setCurrentIndex(cell);
    m_documentView->edit(cell);
}

void RerankWorkbench::removeSelectedRows()
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

void RerankWorkbench::moveSelected(int delta)
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

void RerankWorkbench::pasteFromClipboard()
{
    pasteDocuments(QApplication::clipboard()->text());
}

void RerankWorkbench::pasteDocuments(const QString &text)
{
    const DocumentImport::Result result = DocumentImport::fromText(text);
    if (result.documents.isEmpty()) {
        showMessage(tr("The clipboard holds no text to add. Copy documents, one per line or "
                       "separated by blank lines, then paste again."));
        return;
    }
    m_documents->appendTexts(result.documents);
    m_documentView->scrollToBottom();
    const int added = int(result.documents.size());
    showMessage(result.truncated
                    ? englishPlural(tr("Added %n document(s); the rest was cut off at the size "
                                       "limit.",
                                       nullptr, added),
                                    added)
                    : QString());
}

void RerankWorkbench::chooseImportFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import documents"), {},
        tr("Documents (*.txt *.md *.markdown *.csv *.jsonl *.ndjson);;All files (*)"));
    for (const QString &path : paths)
        importFile(path);
}

void RerankWorkbench::importFile(const QString &path)
{
    DocumentImport::CsvOptions csv;
    if (DocumentImport::formatForFileName(path) == DocumentImport::Format::Csv) {
        // Ask for the column from the header row before reading the whole file.
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            showMessage(tr("Could not open “%1” (%2). Check that the file exists and is "
                           "readable.")
                            .arg(QDir::toNativeSeparators(path), file.errorString()));
            return;
        }
        const DocumentImport::CsvSniff sniff = DocumentImport::sniffCsv(file.read(256 * 1024));
        csv = sniff.options();
        const QStringList &columns = sniff.columns;
        if (columns.size() > 1) {
            bool ok = false;
            const QString column = QInputDialog::getItem(
                this, tr("Import CSV"),
                tr("Which column of “%1” holds the documents?").arg(QFileInfo(path).fileName()),
                columns, sniff.textColumn, false, &ok);
            if (!ok)
                return;
            csv.columnIndex = int(columns.indexOf(column));
            if (csv.labelColumn == csv.columnIndex)
                csv.labelColumn = -1;
        }
    }
    showMessage(tr("Importing “%1”…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<DocumentImport::Result>(this);
    connect(watcher, &QFutureWatcher<DocumentImport::Result>::finished, this,
            [this, watcher, path] {
                appendImported(QFileInfo(path).fileName(), watcher->result());
                watcher->deleteLater();
            });
    watcher->setFuture(
        QtConcurrent::run([path, csv] { return DocumentImport::fromFile(path, csv); }));
}

void RerankWorkbench::appendImported(const QString &fileName, const DocumentImport::Result &result)
{
    if (!result.ok()) {
        showMessage(result.error);
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
    showMessage(text);
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

bool RerankWorkbench::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const Qt::KeyboardModifiers mods = key->modifiers() & ~Qt::KeypadModifier;
        int label = -2;
        if (mods == Qt::NoModifier && key->key() >= Qt::Key_0 && key->key() <= Qt::Key_3)
            label = key->key() - Qt::Key_0;
        else if (mods == Qt::NoModifier && key->key() == Qt::Key_Minus)
            label = RerankDocument::Unlabelled;
        if (label != -2) {
            if (watched == m_documentView) {
                QList<int> rows;
                for (const QModelIndex &index : m_documentView->selectionModel()->selectedRows())
                    rows << index.row();
                if (rows.isEmpty() && m_documentView->currentIndex().isValid())
                    rows << m_documentView->currentIndex().row();
                for (const int row : std::as_const(rows))
                    setLabel(row, label, true);
                return true;
            }
            for (const ModelPanel &p : std::as_const(m_panels)) {
                if (watched == p.list) {
                    const int document = p.results->documentAt(p.list->currentIndex().row());
                    if (document >= 0)
                        setLabel(document, label, false);
                    return true;
                }
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RerankWorkbench::setLabel(int index, int label, bool fromTable)
{
    if (fromTable) {
        m_documents->setLabel(index, label);
        if (!m_runMatchesTable)
            return;
    } else if (m_runMatchesTable) {
        m_documents->setLabel(index, label);
    }
    if (index < 0 || index >= m_runSet.documents.size())
        return;
    m_runSet.documents[index].label = label;
    const QList<int> labels = m_runSet.labels();
    for (ModelPanel &p : m_panels)
        p.results->setLabels(labels);
    scheduleMetrics();
}

// Running --------------------------------------------------------------------------------------

void RerankWorkbench::run()
{
    if (isRunning())
        return;
    // Blank rows would be refused by the server; they are easier to drop than to explain.
    for (int row = m_documents->rowCount() - 1; row >= 0; --row) {
        if (m_documents->documents().at(row).text.trimmed().isEmpty())
            m_documents->removeRows(row, 1);
    }
    const RerankSet set = currentSet();
    if (set.query.isEmpty()) {
        showMessage(tr("Type a query first: it is what the documents are ranked against."));
        m_query->setFocus();
        return;
    }
    if (set.documents.isEmpty()) {
        showMessage(tr("Add documents first: type them, paste lines (Ctrl+V) or import a "
                       "file."));
        m_documentView->setFocus();
        return;
    }
    if (set.models.isEmpty()) {
        showMessage(tr("Check at least one model, or type a model id and press Add."));
        m_modelList->setFocus();
        return;
    }
    if (!m_client) {
        showMessage(tr("Sift is not connected to an endpoint yet. Open File → Settings."));
        return;
    }
    showMessage({});

    m_runSet = set;
    m_runMatchesTable = true;
    createPanels(set.models);
    ++m_metricsGeneration;
    m_metrics = {};
    fillPairTable();
    fillLabelTable();
    updatePairCombos();

    auto *run = new RerankRun(m_client, set, m_catalog, this);
    m_run = run;
    if (storeWritable()) {
        // The set first, then its results as they come in: a run is never lost.
        m_autosaveTimer->stop();
        qint64 id = m_store->saveSet(m_setId, set);
        if (!id && m_setId)
            id = m_store->saveSet(0, set); // deleted meanwhile: keep the run as a new set
        if (id) {
            m_modified = false;
            m_autosaveFailed = false;
            setCurrentSet(id, id == m_setId ? m_setName : WorkbenchStore::nameForQuery(set.query),
                          id == m_setId && m_setNamed);
            auto *recorder = new RerankRunRecorder(m_store, run, id, run);
            m_recorder = recorder;
            connect(recorder, &RerankRunRecorder::storageError, this,
                    &RerankWorkbench::showMessage);
            connect(recorder, &RerankRunRecorder::flushed, this, &RerankWorkbench::resultsSaved);
        } else {
            showMessage(tr("This run could not be saved in the history (%1). Its results stay on "
                           "screen: export them before closing Sift.")
                            .arg(m_store->lastError()));
        }
    }
    connect(run, &RerankRun::modelProgress, this, &RerankWorkbench::onModelProgress);
    connect(run, &RerankRun::modelFinished, this, &RerankWorkbench::onModelFinished);
    connect(run, &RerankRun::finished, this, &RerankWorkbench::onRunFinished);
    updateActions();
    Q_EMIT runStarted();
    run->start();
}

void RerankWorkbench::cancel()
{
    if (m_run)
        m_run->cancel();
}

void RerankWorkbench::clearPanels()
{
    for (ModelPanel &p : m_panels)
        delete p.box;
    m_panels.clear();
}

void RerankWorkbench::createPanels(const QStringList &models)
{
    clearPanels();
    QStringList unique;
    QSet<QString> seen;
    for (const QString &name : models) {
        const QString model = name.trimmed();
        if (!model.isEmpty() && !seen.contains(model)) {
            seen.insert(model);
            unique << model;
        }
    }
    const QStringList names = ModelLabels::shortNames(unique);
    for (const QString &model : std::as_const(unique)) {
        ModelPanel p;
        p.model = model;
        p.box = new QWidget(m_rankingSplitter);
        auto *layout = new QVBoxLayout(p.box);
        layout->setContentsMargins(2, 0, 2, 0);
        layout->setSpacing(2);
        p.title = sectionTitle(names.at(m_panels.size()), p.box);
        p.title->setTextFormat(Qt::PlainText);
        p.title->setToolTip(model);
        p.title->setMinimumWidth(60);
        p.title->setAccessibleName(tr("Model"));
        p.progress = new QProgressBar(p.box);
        p.progress->setRange(0, int(m_runSet.documents.size()));
        p.progress->setValue(0);
        // Short enough for four panels in an 800-pixel window; the tooltip says what it counts.
        p.progress->setFormat(tr("%v / %m"));
        p.progress->setToolTip(tr("Documents scored of all documents"));
        p.progress->setAccessibleName(tr("Progress of %1").arg(model));
        p.progress->setMaximumHeight(p.progress->fontMetrics().height() + 4);
        p.status = new QLabel(tr("waiting…"), p.box);
        p.status->setTextFormat(Qt::PlainText);
        p.status->setAccessibleName(tr("Latency, tokens and cost of %1").arg(model));
        p.status->setForegroundRole(QPalette::PlaceholderText);
        p.status->setTextInteractionFlags(Qt::TextSelectableByMouse);
        p.status->setWordWrap(true); // three panels side by side fit an 800-pixel-wide window
        p.error = new QLabel(p.box);
        p.error->setTextFormat(Qt::PlainText); // the server's words are data, never markup
        p.error->setWordWrap(true);
        p.error->setAccessibleName(tr("Errors of %1").arg(model));
        p.error->setTextInteractionFlags(Qt::TextSelectableByMouse);
        p.error->hide();
        p.results = new RerankResultModel(p.box);
        p.list = new QListView(p.box);
        p.list->setModel(p.results);
        p.list->setItemDelegate(new RerankScoreDelegate(p.list));
        p.list->setUniformItemSizes(true);
        p.list->setAccessibleName(tr("Ranking by %1").arg(model));
        p.list->setToolTip({});
        p.list->setSelectionMode(QAbstractItemView::SingleSelection);
        p.list->installEventFilter(this);
        layout->addWidget(p.title);
        layout->addWidget(p.progress);
        layout->addWidget(p.status);
        layout->addWidget(p.error);
        layout->addWidget(p.list, 1);
        m_rankingSplitter->addWidget(p.box);
        m_panels << p;
        // Selecting a document in one ranking shows it in the others.
        connect(p.list->selectionModel(), &QItemSelectionModel::currentChanged, this,
                [this, list = p.list](const QModelIndex &current) {
                    if (!current.isValid() || !list->hasFocus())
                        return;
                    const int document = current.data(RerankResultModel::DocumentIndexRole).toInt();
                    for (ModelPanel &other : m_panels) {
                        if (other.list == list)
                            continue;
                        const int row = other.results->rowOfDocument(document);
                        const QModelIndex target
                            = row >= 0 ? other.results->index(row) : QModelIndex();
                        other.list->setCurrentIndex(target);
                        if (target.isValid())
                            other.list->scrollTo(target);
                    }
                });
    }
    QList<int> sizes(m_panels.size(), 1000);
    m_rankingSplitter->setSizes(sizes);
    m_rankingStack->setCurrentWidget(m_rankingSplitter);
}

RerankWorkbench::ModelPanel *RerankWorkbench::panel(const QString &model)
{
    for (ModelPanel &p : m_panels) {
        if (p.model == model)
            return &p;
    }
    return nullptr;
}

const RerankWorkbench::ModelPanel *RerankWorkbench::panel(const QString &model) const
{
    for (const ModelPanel &p : m_panels) {
        if (p.model == model)
            return &p;
    }
    return nullptr;
}

void RerankWorkbench::onModelProgress(const QString &model, int done, int total)
{
    ModelPanel *p = panel(model);
    if (!p)
        return;
    p->progress->setMaximum(total);
    p->progress->setValue(done);
    p->status->setText(tr("ranking… %1 of %2").arg(done).arg(total));
}

void RerankWorkbench::onModelFinished(const RerankResult &result)
{
    ModelPanel *p = panel(result.model);
    if (!p)
        return;
    showResult(*p, result);
    scheduleMetrics();
    updatePairCombos();
    updateActions();
}

void RerankWorkbench::showResult(ModelPanel &p, const RerankResult &result)
{
    p.finished = true;
    p.results->setResult(result, m_runSet.documents);
    p.progress->setMaximum(std::max(1, result.documentCount));
    p.progress->setValue(result.documentCount - int(result.unscored.size()));
    QStringList parts{ formatLatency(result.latencyMs),
                       tr("%1 tokens").arg(QLocale().toString(result.inputTokens)),
                       formatCost(result) };
    if (result.state != RerankResult::State::Complete)
        parts << RerankResult::stateDisplayName(result.state);
    p.status->setText(parts.join(u" · "_s));
    p.status->setToolTip(tr("Wall time of the whole run, input tokens and cost reported by the "
                            "server (or estimated from the catalog's price)"));

    if (result.unscored.isEmpty()) {
        p.error->hide();
        p.error->clear();
        return;
    }
    const ApiError error = result.firstError();
    QStringList numbers;
    for (const UnscoredDocument &doc : result.unscored) {
        if (numbers.size() == 12) {
            numbers << u"…"_s;
            break;
        }
        numbers << QString::number(doc.index + 1);
    }
    const int missing = int(result.unscored.size());
    const QString text = result.state == RerankResult::State::Cancelled
        ? englishPlural(tr("%n document(s) not scored: the run was cancelled.", nullptr, missing),
                        missing)
        : result.state == RerankResult::State::Interrupted
        ? englishPlural(tr("%n document(s) not scored: Sift closed during the run. Run the "
                           "models again to score them.",
                           nullptr, missing),
                        missing)
        : englishPlural(tr("%n document(s) not scored (%1): %2", nullptr, missing), missing)
              .arg(numbers.join(u", "_s), error.userMessage());
    p.error->setText(text);
    p.error->setToolTip(error.message);
    QPalette pal = p.error->palette();
    pal.setColor(QPalette::WindowText, StatePalette(pal).text(StatePalette::Role::Error));
    p.error->setPalette(pal);
    p.error->show();
}

void RerankWorkbench::onRunFinished()
{
    if (m_run)
        m_run->deleteLater();
    m_run.clear();
    updateActions();
    // Edits made during the run wait for it (the recorder owns the set's rows until then).
    if (m_modified && !m_autosaveFailed)
        m_autosaveTimer->start();
    Q_EMIT runFinished();
}

QList<RerankResult> RerankWorkbench::results() const
{
    QList<RerankResult> out;
    for (const ModelPanel &p : m_panels) {
        if (p.finished)
            out << p.results->result();
    }
    return out;
}

QString RerankWorkbench::modelLabel(const QString &model) const
{
    QStringList shown;
    for (const ModelPanel &p : m_panels)
        shown << p.model;
    return ModelLabels::shortName(model, shown);
}

QListView *RerankWorkbench::resultView(const QString &model) const
{
    const ModelPanel *p = panel(model);
    return p ? p->list : nullptr;
}

QString RerankWorkbench::modelStatusText(const QString &model) const
{
    const ModelPanel *p = panel(model);
    return p ? p->status->text() : QString();
}

QString RerankWorkbench::modelErrorText(const QString &model) const
{
    const ModelPanel *p = panel(model);
    return p && !p->error->isHidden() ? p->error->text() : QString();
}

// Comparison -----------------------------------------------------------------------------------

void RerankWorkbench::scheduleMetrics()
{
    if (m_metricsWatcher.isRunning()) {
        m_metricsDirty = true;
        return;
    }
    m_metricsDirty = false;
    QList<RerankResult> scored;
    for (const RerankResult &result : results()) {
        if (!result.ranked.isEmpty())
            scored << result;
    }
    const QList<int> labels = m_runSet.labels();
    const int k = m_k->value();
    const int generation = ++m_metricsGeneration;
    // Thousands of documents × several models can take more than a frame: off the GUI thread.
    m_metricsWatcher.setFuture(QtConcurrent::run([scored, labels, k, generation] {
        MetricsOutcome outcome;
        outcome.generation = generation;
        outcome.pairs = Metrics::compareAll(scored, k, MovedLimit);
        outcome.hasLabels
            = std::any_of(labels.cbegin(), labels.cend(), [](int label) { return label >= 0; });
        if (outcome.hasLabels) {
            for (const RerankResult &result : scored)
                outcome.labels << Metrics::labelMetrics(result, labels, k);
        }
        return outcome;
    }));
}

void RerankWorkbench::onMetricsReady()
{
    const MetricsOutcome outcome = m_metricsWatcher.result();
    if (m_metricsDirty) {
        scheduleMetrics();
        return;
    }
    if (outcome.generation != m_metricsGeneration)
        return;
    m_metrics = outcome;
    fillPairTable();
    fillLabelTable();
    updateMovedTable();
    Q_EMIT metricsUpdated();
}

void RerankWorkbench::updatePairCombos()
{
    QStringList models;
    for (const RerankResult &result : results()) {
        if (!result.ranked.isEmpty())
            models << result.model;
    }
    const QString a = m_modelA->currentData().toString();
    const QString b = m_modelB->currentData().toString();
    const QSignalBlocker blockA(m_modelA);
    const QSignalBlocker blockB(m_modelB);
    m_modelA->clear();
    m_modelB->clear();
    const QStringList names = ModelLabels::shortNames(models);
    for (const QString &model : std::as_const(models)) {
        // Short names in the combos; the full id in the tooltip and data.
        const QString shortName = names.at(models.indexOf(model));
        m_modelA->addItem(shortName, model);
        m_modelB->addItem(shortName, model);
        m_modelA->setItemData(m_modelA->count() - 1, model, Qt::ToolTipRole);
        m_modelB->setItemData(m_modelB->count() - 1, model, Qt::ToolTipRole);
    }
    int ia = m_modelA->findData(a);
    int ib = m_modelB->findData(b);
    if (ia < 0)
        ia = 0;
    if (ib < 0 || ib == ia)
        ib = models.size() > 1 ? (ia == 0 ? 1 : 0) : -1;
    m_modelA->setCurrentIndex(models.isEmpty() ? -1 : ia);
    m_modelB->setCurrentIndex(ib);
    m_comparisonStack->setCurrentIndex(models.size() >= 2 ? 1 : 0);
    updateSlopegraph();
    updateMovedTable();
}

void RerankWorkbench::updateSlopegraph()
{
    const QString a = m_modelA->currentData().toString();
    const QString b = m_modelB->currentData().toString();
    const ModelPanel *pa = panel(a);
    const ModelPanel *pb = panel(b);
    if (!pa || !pb || a == b || !pa->finished || !pb->finished) {
        m_slopegraph->clear();
    } else {
        m_slopegraph->setComparison(pa->results->result(), pb->results->result(), m_runSet.texts(),
                                    modelLabel(a), modelLabel(b));
    }
    updateActions();
}

void RerankWorkbench::updateMovedTable()
{
    m_movedModel->clear();
    m_movedModel->setHorizontalHeaderLabels(
        { tr("Document"), tr("Left"), tr("Right"), tr("Change") });
    m_movedModel->horizontalHeaderItem(1)->setToolTip(
        tr("Rank by %1").arg(m_modelA->currentText()));
    m_movedModel->horizontalHeaderItem(2)->setToolTip(
        tr("Rank by %1").arg(m_modelB->currentText()));
    const QString a = m_modelA->currentData().toString();
    const QString b = m_modelB->currentData().toString();
    for (const Metrics::PairMetrics &pair : std::as_const(m_metrics.pairs)) {
        const bool forward = pair.modelA == a && pair.modelB == b;
        const bool backward = pair.modelA == b && pair.modelB == a;
        if (!forward && !backward)
            continue;
        for (const Metrics::RankMove &move : pair.moves) {
            const int rankA = forward ? move.rankA : move.rankB;
            const int rankB = forward ? move.rankB : move.rankA;
            if (rankA == rankB)
                break; // sorted by |change|: the rest did not move
            const QString text = move.index < m_runSet.documents.size()
                ? m_runSet.documents.at(move.index).text
                : QString();
            auto *doc = new QStandardItem(
                u"%1 · %2"_s.arg(move.index + 1).arg(QString(text).replace(u'\n', u' ')));
            doc->setToolTip(text.left(2000));
            auto *ra = new QStandardItem(u"#%1"_s.arg(rankA));
            auto *rb = new QStandardItem(u"#%1"_s.arg(rankB));
            const int change = rankB - rankA;
            auto *delta
                = new QStandardItem(change > 0 ? u"↓ %1"_s.arg(change) : u"↑ %1"_s.arg(-change));
            delta->setToolTip(change > 0 ? tr("%1 ranks it lower").arg(m_modelB->currentText())
                                         : tr("%1 ranks it higher").arg(m_modelB->currentText()));
            for (QStandardItem *item : { ra, rb, delta })
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_movedModel->appendRow({ doc, ra, rb, delta });
        }
    }
    m_movedView->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_movedView->horizontalHeader()->setSectionResizeMode(column,
                                                              QHeaderView::ResizeToContents);
    m_movedView->horizontalHeader()->setStretchLastSection(false);
}

void RerankWorkbench::fillPairTable()
{
    const int k = m_metrics.pairs.isEmpty() ? m_k->value() : m_metrics.pairs.constFirst().k;
    m_pairModel->clear();
    m_pairModel->setHorizontalHeaderLabels(
        { tr("Model A"), tr("Model B"), tr("Kendall τ"), tr("Overlap@%1").arg(k) });
    for (const Metrics::PairMetrics &pair : std::as_const(m_metrics.pairs)) {
        auto *a = new QStandardItem(modelLabel(pair.modelA));
        a->setData(pair.modelA, Qt::UserRole);
        a->setToolTip(pair.modelA);
        auto *b = new QStandardItem(modelLabel(pair.modelB));
        b->setData(pair.modelB, Qt::UserRole);
        b->setToolTip(pair.modelB);
        auto *tau = new QStandardItem(formatNumber(pair.kendallTau));
        auto *overlap = new QStandardItem(formatNumber(pair.overlap));
        if (pair.kendallTau)
            tau->setData(*pair.kendallTau, Qt::UserRole);
        for (QStandardItem *item : { tau, overlap })
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_pairModel->appendRow({ a, b, tau, overlap });
    }
    QHeaderView *header = m_pairView->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    header->setSectionResizeMode(1, QHeaderView::Stretch);
    header->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    fitRows(m_pairView, int(m_pairModel->rowCount()), 6);
}

void RerankWorkbench::fillLabelTable()
{
    m_labelModel->clear();
    const int k = m_k->value();
    m_labelModel->setHorizontalHeaderLabels(
        { tr("Model"), tr("nDCG@%1").arg(k), tr("MRR"), tr("Recall@%1").arg(k) });
    m_labelBox->setVisible(m_metrics.hasLabels && !m_metrics.labels.isEmpty());
    if (!m_labelBox->isVisibleTo(this))
        return;

    // The best value per column: bold on a highlight tint, so it reads in light and dark.
    const auto best = [this](auto member) {
        std::optional<double> top;
        for (const Metrics::LabelMetrics &m : std::as_const(m_metrics.labels)) {
            const std::optional<double> value = m.*member;
            if (value && (!top || *value > *top))
                top = value;
        }
        return top;
    };
    const std::optional<double> bestNdcg = best(&Metrics::LabelMetrics::ndcg);
    const std::optional<double> bestMrr = best(&Metrics::LabelMetrics::mrr);
    const std::optional<double> bestRecall = best(&Metrics::LabelMetrics::recall);
    QColor tint = palette().color(QPalette::Highlight);
    tint.setAlphaF(0.3f);
    const auto cell
        = [&tint](const std::optional<double> &value, const std::optional<double> &top) {
              auto *item = new QStandardItem(formatNumber(value));
              item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
              if (value && top && qFuzzyCompare(1.0 + *value, 1.0 + *top)) {
                  QFont font = item->font();
                  font.setBold(true);
                  item->setFont(font);
                  item->setBackground(tint);
                  item->setData(true, Qt::UserRole + 1);
                  item->setToolTip(tr("Best in this column"));
              }
              return item;
          };
    for (const Metrics::LabelMetrics &m : std::as_const(m_metrics.labels)) {
        auto *model = new QStandardItem(modelLabel(m.model));
        model->setToolTip(m.model);
        model->setData(m.model, Qt::UserRole);
        m_labelModel->appendRow(
            { model, cell(m.ndcg, bestNdcg), cell(m.mrr, bestMrr), cell(m.recall, bestRecall) });
    }
    QHeaderView *header = m_labelView->horizontalHeader();
    header->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setStretchLastSection(false);
    fitRows(m_labelView, int(m_labelModel->rowCount()), 6);
}

void RerankWorkbench::copyChart()
{
    if (m_slopegraph->lineCount() == 0)
        return;
    QApplication::clipboard()->setImage(m_slopegraph->grab().toImage());
    showMessage(tr("Copied the chart. Paste it into a document or chat."));
}

// Files ----------------------------------------------------------------------------------------

bool RerankWorkbench::exportResultsCsv(const QString &path, QString *error) const
{
    return writeFile(path, RerankExport::resultsCsv(m_runSet, results()), error);
}

bool RerankWorkbench::exportResultsJson(const QString &path, QString *error) const
{
    return writeFile(path,
                     RerankExport::resultsJson(m_runSet, results(), m_metrics.pairs,
                                               m_metrics.labels, m_k->value()),
                     error);
}

bool RerankWorkbench::saveSetFile(const QString &path, QString *error) const
{
    // Results only make sense with the documents they were made for.
    return writeFile(path, RerankExport::legacySetFile(currentSet(), results(), m_runMatchesTable),
                     error);
}

bool RerankWorkbench::openSetFile(const QString &path, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (isRunning())
        return fail(tr("Wait for the run to finish (or cancel it), then open the set."));
    if (!saveEdits() && storeWritable())
        return fail(message());
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Could not open “%1” (%2). Check that the file exists and is readable.")
                        .arg(QDir::toNativeSeparators(path), file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(file.read(DocumentImport::MaxInputBytes), &parseError);
    if (!document.isObject())
        return fail(tr("“%1” is not a rerank set (%2). Choose a file saved with Save set.")
                        .arg(QFileInfo(path).fileName(), parseError.errorString()));
    const QJsonObject root = document.object();
    QString setError;
    const std::optional<RerankSet> set
        = RerankSet::fromJson(root.value(u"set"_s).toObject(), &setError);
    if (!set)
        return fail(tr("“%1” is not a rerank set (%2). Choose a file saved with Save set.")
                        .arg(QFileInfo(path).fileName(), setError));
    QList<RerankResult> loaded;
    for (const QJsonValue &value : root.value(u"results"_s).toArray()) {
        if (const std::optional<RerankResult> result = RerankResult::fromJson(value.toObject()))
            loaded << *result;
    }
    showSet(*set, loaded);
    setCurrentSet(0, {}, false);
    showMessage(tr("Opened “%1”.").arg(QFileInfo(path).fileName()));
    return true;
}

// Saved sets -----------------------------------------------------------------------------------

void RerankWorkbench::setConfig(Config *config)
{
    // Not handed to the model picker: its Favorites and Recent lists are the chat's, and chat
    // ids have no place among rerankers.
    m_config = config;
}

void RerankWorkbench::setStore(WorkbenchStore *store)
{
    m_store = store;
    updateActions();
    if (!store || !m_config || isRunning())
        return;
    const qint64 last = m_config->get(Config::LastWorkbenchSet).toLongLong();
    const RerankSet input = currentSet();
    // Never replace what the user (or the demo) already put in.
    if (last > 0 && input.query.isEmpty() && input.documents.isEmpty() && m_setId == 0) {
        if (!openSet(last)) {
            m_config->set(Config::LastWorkbenchSet, qint64(0));
            showMessage({});
        }
    }
}

WorkbenchStore *RerankWorkbench::store() const
{
    return m_store;
}

bool RerankWorkbench::storeWritable() const
{
    return m_store && m_store->database() && m_store->database()->isOpen()
        && !m_store->database()->isReadOnly();
}

void RerankWorkbench::setCurrentSet(qint64 id, const QString &name, bool named)
{
    const bool changed = id != m_setId || name != m_setName;
    m_setId = id;
    m_setName = id ? name : QString();
    m_setNamed = id && named;
    updateSetLabel();
    if (m_config && (id || changed))
        m_config->set(Config::LastWorkbenchSet, id);
    if (changed)
        Q_EMIT currentSetChanged(m_setId, m_setName);
}

void RerankWorkbench::updateSetLabel()
{
    QString text;
    QString tip;
    if (!m_setId) {
        text = tr("Set: not saved yet");
        tip = storeWritable() ? tr("Your edits are saved on their own once there is something to "
                                   "keep; Save set (Ctrl+S) names the set")
                              : tr("Save set (Ctrl+S) keeps it; a run saves it too");
    } else if (m_autosaveFailed) {
        text = tr("Set: %1 · changes not saved").arg(m_setName);
        tip = tr("The last changes could not be written to the history. Press Ctrl+S to try "
                 "again, or export the set to a file.");
    } else if (m_modified) {
        text = storeWritable() ? tr("Set: %1 · saving…").arg(m_setName)
                               : tr("Set: %1 · changes not saved").arg(m_setName);
        tip = tr("Your changes are saved on their own in a moment");
    } else {
        text = tr("Set: %1 · saved").arg(m_setName);
        tip = tr("Every change and every run is saved in this set");
    }
    m_setLabel->setText(text);
    m_setLabel->setToolTip(tip);
}

void RerankWorkbench::markModified()
{
    if (m_loading)
        return;
    m_modified = true;
    updateSetLabel();
    if (storeWritable() && !isRunning())
        m_autosaveTimer->start();
}

bool RerankWorkbench::saveEdits()
{
    m_autosaveTimer->stop();
    if (!m_modified)
        return true;
    if (!storeWritable() || isRunning())
        return false;
    const RerankSet set = currentSet();
    if (m_setId == 0 && set.query.isEmpty() && set.documents.isEmpty()) {
        m_modified = false; // nothing worth a set yet
        updateSetLabel();
        return true;
    }
    // An unnamed set follows its query; a named one keeps the name the user gave.
    const QString name = m_setNamed ? QString() : WorkbenchStore::nameForQuery(set.query);
    qint64 id = m_store->saveSet(m_setId, set, name);
    if (!id && m_setId)
        id = m_store->saveSet(0, set, name); // deleted meanwhile: keep the edits as a new set
    bool ok = id != 0;
    if (ok) {
        // Saved results must belong to the saved documents.
        if (resultsMatch(set)) {
            if (id != m_setId)
                ok = m_store->saveResults(id, results());
        } else if (id == m_setId) {
            ok = m_store->saveResults(id, {});
        }
    }
    if (!ok) {
        m_autosaveFailed = true;
        updateSetLabel();
        showMessage(tr("Your changes could not be saved (%1). Nothing on screen was lost: check "
                       "that the disk is not full, then press Ctrl+S, or export the set to a "
                       "file.")
                        .arg(m_store->lastError()));
        return false;
    }
    const bool same = id == m_setId;
    QString newName = m_setNamed && same ? m_setName : name;
    if (newName.isEmpty())
        newName = m_setName.isEmpty() ? tr("Untitled") : m_setName;
    m_modified = false;
    m_autosaveFailed = false;
    setCurrentSet(id, newName, m_setNamed && same);
    updateSetLabel();
    return true;
}

bool RerankWorkbench::resultsMatch(const RerankSet &set) const
{
    return m_runMatchesTable && set.query == m_runSet.query
        && set.instruction == m_runSet.instruction;
}

bool RerankWorkbench::saveSet(const QString &name)
{
    if (!m_store) {
        showMessage(tr("Your history could not be opened, so sets can only be exported to files. "
                       "Use Export set…"));
        return false;
    }
    if (!storeWritable()) {
        showMessage(tr("This window shows your history read-only (another Sift is using it). "
                       "Export the set to a file, or close the other window and restart Sift."));
        return false;
    }
    if (isRunning()) {
        showMessage(tr("The set is saved with its results while the run goes on. To save other "
                       "changes, wait for the run to finish (or cancel it)."));
        return false;
    }
    const RerankSet set = currentSet();
    const bool isNew = m_setId == 0;
    qint64 id = m_store->saveSet(m_setId, set, name);
    if (!id && m_setId)
        id = m_store->saveSet(0, set, name); // deleted meanwhile
    const QList<RerankResult> shown = resultsMatch(set) ? results() : QList<RerankResult>();
    if (!id || !m_store->saveResults(id, shown)) {
        showMessage(tr("The set could not be saved (%1). Nothing on screen was lost: check that "
                       "the disk is not full, then save again, or export the set to a file.")
                        .arg(m_store->lastError()));
        if (id && isNew)
            setCurrentSet(id,
                          name.trimmed().isEmpty() ? WorkbenchStore::nameForQuery(set.query)
                                                   : name.trimmed(),
                          !name.trimmed().isEmpty());
        return false;
    }
    QString newName = name.trimmed();
    if (newName.isEmpty())
        newName = id == m_setId ? m_setName : WorkbenchStore::nameForQuery(set.query);
    m_autosaveTimer->stop();
    m_modified = false;
    m_autosaveFailed = false;
    setCurrentSet(id, newName, true);
    if (!shown.isEmpty() || results().isEmpty())
        showMessage(tr("Saved “%1”.").arg(newName));
    else
        showMessage(tr("Saved “%1”. The results on screen were made from other documents, so "
                       "they were not kept: run the models again.")
                        .arg(newName));
    return true;
}

bool RerankWorkbench::saveSetAs(const QString &name)
{
    const qint64 previous = m_setId;
    const QString previousName = m_setName;
    const bool previousNamed = m_setNamed;
    m_setId = 0;
    if (saveSet(name))
        return true;
    if (m_setId == 0)
        setCurrentSet(previous, previousName, previousNamed);
    return false;
}

bool RerankWorkbench::openSet(qint64 id)
{
    if (!m_store)
        return false;
    if (isRunning()) {
        showMessage(tr("Wait for the run to finish (or cancel it), then open the set."));
        return false;
    }
    if (!saveEdits() && storeWritable())
        return false; // the message says what to do; the edits stay on screen
    const std::optional<WorkbenchSetRecord> record = m_store->loadSet(id);
    if (!record) {
        showMessage(tr("The set could not be opened (%1). Check that the history file is "
                       "readable, then try again.")
                        .arg(m_store->lastError()));
        return false;
    }
    showSet(record->set, record->results);
    setCurrentSet(record->id, record->name, true);
    showMessage(tr("Opened “%1”.").arg(record->name));
    return true;
}

void RerankWorkbench::showSet(const RerankSet &set, const QList<RerankResult> &results)
{
    setSet(set);
    m_autosaveTimer->stop();
    m_modified = false;
    m_autosaveFailed = false;
    clearPanels();
    m_metrics = {};
    m_runSet = set;
    m_runMatchesTable = true;
    // Results that point past the set's documents cannot be drawn: leave them out.
    QList<RerankResult> shown;
    QStringList models;
    QSet<QString> seen; // linear in the number of results, whatever a file holds
    for (const RerankResult &result : results) {
        const qsizetype count = set.documents.size();
        const auto outside = [count](int index) { return index < 0 || index >= count; };
        const bool valid = std::none_of(result.ranked.cbegin(), result.ranked.cend(),
                                        [&](const RerankScore &s) { return outside(s.index); })
            && std::none_of(result.unscored.cbegin(), result.unscored.cend(),
                            [&](const UnscoredDocument &u) { return outside(u.index); });
        if (valid && !seen.contains(result.model)) {
            seen.insert(result.model);
            shown << result;
            models << result.model;
        }
    }
    if (shown.isEmpty()) {
        m_rankingStack->setCurrentIndex(0);
    } else {
        createPanels(models);
        for (const RerankResult &result : std::as_const(shown)) {
            if (ModelPanel *p = panel(result.model))
                showResult(*p, result);
        }
    }
    fillPairTable();
    fillLabelTable();
    updatePairCombos();
    scheduleMetrics();
    updateActions();
}

void RerankWorkbench::newSet()
{
    if (isRunning()) {
        showMessage(tr("Wait for the run to finish (or cancel it), then start a new set."));
        return;
    }
    if (!saveEdits() && storeWritable())
        return; // the message says what to do; the edits stay on screen
    RerankSet empty;
    empty.models = checkedModels();
    empty.batchSize = m_batchSize->value();
    showSet(empty, {});
    setCurrentSet(0, {}, false);
    updateSetLabel();
    showMessage({});
    m_query->setFocus();
}

bool RerankWorkbench::exportSet(const QString &path, QString *error)
{
    WorkbenchSetRecord record;
    record.set = currentSet();
    record.name = m_setId ? m_setName : WorkbenchStore::nameForQuery(record.set.query);
    if (resultsMatch(record.set))
        record.results = results();
    QByteArray json;
    // A saved set that is what the screen shows: the store's export (with its times).
    if (m_store && m_setId) {
        const std::optional<WorkbenchSetRecord> saved = m_store->loadSet(m_setId);
        if (saved && saved->set == record.set && saved->results.size() == record.results.size())
            json = m_store->exportSetJson(m_setId);
    }
    if (json.isEmpty())
        json = WorkbenchStore::toJsonDocument(record);
    return writeFile(path, json, error);
}

RerankWorkbench::ParsedSetFile RerankWorkbench::readSetFile(const QString &path)
{
    // Runs on a worker: touches nothing but the file.
    ParsedSetFile parsed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.error = tr("Could not open “%1” (%2). Check that the file exists and is readable.")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return parsed;
    }
    parsed.record = WorkbenchStore::parseSetFile(file.read(WorkbenchStore::maxImportBytes + 1),
                                                 &parsed.error, &parsed.legacy);
    return parsed;
}

bool RerankWorkbench::importSet(const QString &path, QString *error)
{
    return applyImportedSet(path, readSetFile(path), error);
}

bool RerankWorkbench::applyImportedSet(const QString &path, ParsedSetFile parsed, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (isRunning())
        return fail(tr("Wait for the run to finish (or cancel it), then import the set."));
    if (!saveEdits() && storeWritable())
        return fail(message());
    if (!parsed.record)
        return fail(parsed.error);
    WorkbenchSetRecord &record = *parsed.record;
    // A file written mid-run: its running results stopped when the file was written.
    for (RerankResult &result : record.results) {
        if (result.state == RerankResult::State::Running)
            result.state = RerankResult::State::Interrupted;
    }
    const QString name = record.name.trimmed().isEmpty()
        ? WorkbenchStore::nameForQuery(record.set.query)
        : record.name.trimmed();
    qint64 id = 0;
    if (storeWritable()) {
        id = m_store->insertSet(record);
        if (!id)
            return fail(tr("Sift could not save the imported rerank set (%1). Check that the disk "
                           "is not full and the history file is writable.")
                            .arg(m_store->lastError()));
    }
    showSet(record.set, record.results);
    setCurrentSet(id, name, id != 0);
    showMessage(
        tr("Imported “%1”.").arg(record.name.isEmpty() ? QFileInfo(path).fileName() : record.name));
    return true;
}

void RerankWorkbench::chooseOpenSet()
{
    if (!m_store) {
        chooseImportSet();
        return;
    }
    if (isRunning()) {
        showMessage(tr("Wait for the run to finish (or cancel it), then open a set."));
        return;
    }
    auto *dialog = new WorkbenchSetsDialog(m_store, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_setId)
        dialog->select(m_setId);
    connect(dialog, &WorkbenchSetsDialog::openRequested, this, &RerankWorkbench::openSet);
    connect(dialog, &WorkbenchSetsDialog::setDeleted, this, [this](qint64 id) {
        // The input stays on screen; Save set makes it a set again.
        if (id == m_setId)
            setCurrentSet(0, {}, false);
    });
    connect(dialog, &WorkbenchSetsDialog::setRestored, this, [this](qint64, qint64 newId) {
        // The set on screen came back: it is the current set again.
        if (m_setId != 0 || !m_store)
            return;
        const std::optional<WorkbenchSetRecord> record = m_store->loadSet(newId);
        if (record && record->set == currentSet())
            setCurrentSet(newId, record->name, true);
    });
    dialog->open();
}

void RerankWorkbench::chooseSaveSet(bool asNew)
{
    if (!m_store) {
        chooseExportSet();
        return;
    }
    if (!asNew && m_setId && m_setNamed) {
        saveSet();
        return;
    }
    bool ok = false;
    const QString suggested = m_setId ? m_setName : WorkbenchStore::nameForQuery(m_query->text());
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
    const QString base = (m_setId ? m_setName : WorkbenchStore::nameForQuery(m_query->text()))
                             .replace(QRegularExpression(u"[^\\w\\- ]+"_s), u" "_s)
                             .simplified();
    const QString path = QFileDialog::getSaveFileName(
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
    const QString path = QFileDialog::getOpenFileName(this, tr("Import rerank set"), {},
                                                      tr("Rerank sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    // Reading and parsing a large file takes seconds: on a worker, once.
    showMessage(tr("Reading “%1”…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<ParsedSetFile>(this);
    connect(watcher, &QFutureWatcher<ParsedSetFile>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        QString error;
        if (!applyImportedSet(path, watcher->result(), &error))
            showMessage(error);
    });
    watcher->setFuture(QtConcurrent::run(&RerankWorkbench::readSetFile, path));
}
