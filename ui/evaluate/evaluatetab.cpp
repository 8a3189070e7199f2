#include "evaluatetab.h"

#include "api/apiclient.h"
#include "config/config.h"
#include "elidedlineslabel.h"
#include "eval/fusion.h"
#include "evalcharts.h"
#include "evalimportdialog.h"
#include "judgedialog.h"
#include "models/costformat.h"
#include "models/modelcatalog.h"
#include "rerank/modellabels.h"
#include "rerankmodelspanel.h"
#include "rerankui.h"
#include "rerankworkbench.h"
#include "statepalette.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <cmath>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QShortcut>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Config::EvaluateSystems, every set's saved systems by set name.
QJsonObject savedSystems(const Config &config)
{
    return QJsonDocument::fromJson(config.get(Config::EvaluateSystems).toString().toUtf8())
        .object();
}

// Replaces the saved systems of `set`; an empty array forgets the set.
void saveSystems(Config &config, const QString &set, const QJsonArray &systems)
{
    QJsonObject all = savedSystems(config);
    if (systems.isEmpty())
        all.remove(set);
    else
        all.insert(set, systems);
    config.set(Config::EvaluateSystems,
               QString::fromUtf8(QJsonDocument(all).toJson(QJsonDocument::Compact)));
}

const QString SampleName = u"BEIR sample"_s;
// The sample's first stage is cut at this depth: 20 queries × 30 = 600 pairs per model.
constexpr int SampleDepth = 30;

} // namespace

EvaluateTab::EvaluateTab(QWidget *parent)
    : QWidget(parent), m_reader(new EvalSetReader(this)), m_summary(new EvalSummaryModel(this))
{
    setAccessibleName(tr("Evaluate"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createTopBar());

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(createSystemsPanel());
    m_views = new QTabWidget(splitter);
    m_views->setAccessibleName(tr("Evaluation views"));
    m_views->addTab(createSummaryPage(), tr("Summary"));
    m_views->addTab(createQueryPage(), tr("Per query"));
    m_views->addTab(createScatterPage(), tr("Cost and quality"));
    // Ctrl+Tab and Ctrl+Shift+Tab between the pages from anywhere in them. QTabWidget does so
    // only with the key presses its focused child ignores, and the pages' Measure boxes
    // (QComboBox) accept them: from there the keys did nothing.
    const auto step = [this](int by) {
        const int count = m_views->count();
        m_views->setCurrentIndex((m_views->currentIndex() + by + count) % count);
    };
    new QShortcut(
        QKeySequence(Qt::CTRL | Qt::Key_Tab), m_views, this, [step] { step(1); },
        Qt::WidgetWithChildrenShortcut);
    for (const QKeySequence &keys : { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab),
                                      QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab) })
        new QShortcut(
            keys, m_views, this, [step] { step(-1); }, Qt::WidgetWithChildrenShortcut);
    splitter->addWidget(m_views);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 300, 700 });
    layout->addWidget(splitter, 1);

    createActions();
    for (const QString &model : RerankModelsPanel::defaultModels())
        addModel(model, true);
    // What the user lists and checks is kept for the set (setConfig()).
    connect(m_systems->model(), &QAbstractItemModel::dataChanged, this,
            &EvaluateTab::saveChosenSystems);
    connect(m_systems->model(), &QAbstractItemModel::rowsInserted, this,
            &EvaluateTab::saveChosenSystems);
    connect(m_systems->model(), &QAbstractItemModel::rowsRemoved, this,
            &EvaluateTab::saveChosenSystems);
    connect(m_reader, &EvalSetReader::setsRead, this, &EvaluateTab::onSetsRead);
    connect(m_reader, &EvalSetReader::evaluated, this, &EvaluateTab::onEvaluated);
    connect(m_reader, &EvalSetReader::queryRead, this, &EvaluateTab::onQueryRead);
    setTabOrder(m_sets, m_sampleButton);
    setTabOrder(m_sampleButton, m_importButton);
    setTabOrder(m_importButton, m_deleteButton);
    // Judge Labels… too, or Tab took it between the model id and Add (it was created last).
    setTabOrder(m_deleteButton, m_judgeButton);
    setTabOrder(m_judgeButton, m_systems);
    setTabOrder(m_systems, m_addModelEdit);
    updateActions();
    showMessage(tr("Load the sample or import a set, check the systems to compare, then Run "
                   "(Ctrl+R)."));
}

EvaluateTab::~EvaluateTab()
{
    if (m_runner)
        m_runner->cancel();
    // The list goes with the widget: that is no choice of the user's to save.
    m_systems->model()->disconnect(this);
}

void EvaluateTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown by Ctrl+3 or the View menu, the tab takes the keyboard, so Ctrl+R and Esc work at
    // once: the systems (a set is open) or Load Sample. After the page switch has moved focus;
    // focus on the tab bar (arrow keys through the tabs) stays there, and so does focus the user
    // left in the tab, except on an empty set box: the page switch puts it there (the first
    // control), where Space does nothing and no ring shows.
    QMetaObject::invokeMethod(
        this,
        [this] {
            QWidget *focus = QApplication::focusWidget();
            const bool emptySetBox = focus == m_sets && m_sets->count() == 0;
            if (!isVisible()
                || (focus && !emptySetBox
                    && (isAncestorOf(focus) || qobject_cast<QTabBar *>(focus))))
                return;
            QWidget *target = m_systems;
            if (m_setId == 0 && m_sampleButton->isEnabled())
                target = m_sampleButton;
            // Load Sample waits for the list of sets (first shown, the tab reads it now).
            m_sampleWhenRead = m_setId == 0 && !m_sampleButton->isEnabled() && isReadingSets();
            // A shortcut brought the keyboard here: the ring shows where it is.
            target->setFocus(Qt::ShortcutFocusReason);
        },
        Qt::QueuedConnection);
}

QWidget *EvaluateTab::createTopBar()
{
    auto *bar = new QWidget(this);
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(tr("&Set:"), bar);
    m_sets = new QComboBox(bar);
    m_sets->setAccessibleName(tr("Evaluation set"));
    m_sets->setMinimumContentsLength(18);
    m_sets->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    label->setBuddy(m_sets);
    layout->addWidget(label);
    layout->addWidget(m_sets);
    // Mnemonics: none of File, Edit, View, Chat, Rerank, Help, nor another of this tab's.
    m_sampleButton = new QPushButton(tr("Load Sam&ple"), bar);
    m_sampleButton->setToolTip(tr("A small BEIR-format set (20 queries) with a first stage"));
    layout->addWidget(m_sampleButton);
    m_importButton = new QToolButton(bar);
    m_importButton->setText(tr("&Import…"));
    m_importButton->setToolTip(tr("Import a BEIR folder, TREC files or saved workbench sets"));
    m_importButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    layout->addWidget(m_importButton);
    m_deleteButton = new QPushButton(tr("&Delete Set"), bar);
    layout->addWidget(m_deleteButton);
    m_judgeButton = new QPushButton(tr("&Judge Labels…"), bar);
    m_judgeButton->setToolTip(tr("Ask a chat model for suggested grades of unjudged candidates"));
    layout->addWidget(m_judgeButton);
    connect(m_judgeButton, &QPushButton::clicked, this, [this] {
        if (!m_store || m_setId == 0 || !m_client)
            return;
        auto *dialog = new JudgeDialog(m_store, m_client, m_setId, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setCatalog(m_catalog);
        dialog->open();
    });
    m_setInfo = new QLabel(bar);
    m_setInfo->setTextFormat(Qt::PlainText);
    m_setInfo->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    layout->addWidget(m_setInfo, 1);

    connect(m_sets, &QComboBox::activated, this,
            [this](int index) { openSet(m_sets->itemData(index).toLongLong()); });
    connect(m_sampleButton, &QPushButton::clicked, this, &EvaluateTab::loadSample);
    connect(m_deleteButton, &QPushButton::clicked, this, [this] {
        if (!m_store || m_setId == 0)
            return;
        if (QMessageBox::question(
                this, tr("Delete Evaluation Set?"),
                tr("Delete “%1” with its systems? Cached scores stay.").arg(m_sets->currentText()))
            != QMessageBox::Yes)
            return;
        m_store->deleteSet(m_setId);
        if (m_config) // a set made later with its name starts afresh
            saveSystems(*m_config, m_sets->currentText(), {});
        m_setId = 0;
        m_setSystems.clear();
        reloadSets();
    });
    return bar;
}

QWidget *EvaluateTab::createSystemsPanel()
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(RerankUi::sectionTitle(tr("Systems"), panel));
    m_systems = new QListWidget(panel);
    m_systems->setAccessibleName(tr("Systems to compare"));
    m_systems->setToolTip(tr("Check the systems to evaluate. Space toggles the selected one."));
    layout->addWidget(m_systems, 1);

    auto *addRow = new QHBoxLayout;
    m_addModelEdit = new QLineEdit(panel);
    m_addModelEdit->setPlaceholderText(tr("Add rerank model id…"));
    m_addModelEdit->setAccessibleName(tr("Rerank model id to add"));
    auto *addButton = new QPushButton(tr("Add"), panel);
    addRow->addWidget(m_addModelEdit, 1);
    addRow->addWidget(addButton);
    layout->addLayout(addRow);
    const auto add = [this] {
        const QString id = m_addModelEdit->text().trimmed();
        if (id.isEmpty())
            return;
        addModel(id, true);
        m_addModelEdit->clear();
    };
    connect(addButton, &QPushButton::clicked, this, add);
    connect(m_addModelEdit, &QLineEdit::returnPressed, this, add);

    auto *fusionRow = new QHBoxLayout;
    m_fusionMethod = new QComboBox(panel);
    m_fusionMethod->setAccessibleName(tr("Fusion method"));
    m_fusionMethod->addItem(tr("RRF"), u"rrf"_s);
    m_fusionMethod->addItem(tr("CombSUM"), u"combsum"_s);
    m_fusionMethod->addItem(tr("CombMNZ"), u"combmnz"_s);
    // No Alt letter: each of "Fuse Checked" is taken (menus, main tabs, Set, Run, Delete).
    m_addFusionButton = new QPushButton(tr("Fuse Checked"), panel);
    m_addFusionButton->setToolTip(
        tr("Adds a system that fuses the checked systems (RRF k = 60; CombSUM and CombMNZ over "
           "min-max normalised scores)"));
    fusionRow->addWidget(m_fusionMethod);
    fusionRow->addWidget(m_addFusionButton, 1);
    layout->addLayout(fusionRow);
    connect(m_addFusionButton, &QPushButton::clicked, this, [this] {
        if (addFusion(m_fusionMethod->currentData().toString()).isEmpty())
            showMessage(tr("Check two or more systems to fuse, then press Fuse Checked."), true);
    });

    auto *form = new QFormLayout;
    m_measures = new QLineEdit(panel);
    QStringList specs;
    for (const Eval::Measure &measure : Eval::defaultMeasures())
        specs.append(measure.spec());
    m_measures->setText(specs.join(u','));
    m_measures->setCursorPosition(0);
    m_measures->setAccessibleName(tr("Measures"));
    m_measures->setToolTip(tr("trec_eval's -m syntax, comma separated: ndcg_cut.10, ndcg, map, "
                              "recip_rank, P.10, recall.100, ndcg_burges_cut.10"));
    form->addRow(tr("&Measures:"), m_measures);
    layout->addLayout(form);

    auto *buttons = new QHBoxLayout;
    m_runButton = new QPushButton(tr("R&un"), panel);
    m_runButton->setToolTip(tr("Score what the cache lacks, then evaluate (Ctrl+R)"));
    m_cancelButton = new QPushButton(tr("Cancel"), panel);
    m_cancelButton->setToolTip(
        tr("Stop the run (Esc): what was scored is kept; or the import: nothing is kept"));
    buttons->addWidget(m_runButton);
    buttons->addWidget(m_cancelButton);
    layout->addLayout(buttons);
    connect(m_runButton, &QPushButton::clicked, this, &EvaluateTab::run);
    connect(m_cancelButton, &QPushButton::clicked, this, &EvaluateTab::cancel);

    m_runProgress = new QProgressBar(panel);
    m_runProgress->setAccessibleName(tr("Run progress"));
    m_runProgress->setTextVisible(true);
    QSizePolicy keep = m_runProgress->sizePolicy();
    keep.setRetainSizeWhenHidden(true); // the buttons above do not move when it shows
    m_runProgress->setSizePolicy(keep);
    m_runProgress->hide();
    layout->addWidget(m_runProgress);
    // A line a model, elided, in a height that does not change: with many models or long ids
    // the lines wrapped past the room kept for them and Run and Cancel moved up mid-run.
    m_progressLabel = new ElidedLinesLabel(3, panel);
    m_progressLabel->setAccessibleName(tr("Run progress by model"));
    layout->addWidget(m_progressLabel);
    m_message = new QLabel(panel);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAccessibleName(tr("Evaluation message"));
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    // Room for a few lines of each, so a longer message never moves the controls.
    const int line = fontMetrics().lineSpacing();
    m_message->setMinimumHeight(4 * line);
    layout->addWidget(m_message);
    panel->setMinimumWidth(240);
    return panel;
}

void EvaluateTab::createActions()
{
    m_runAction = new QAction(tr("&Run Evaluation"), this);
    m_runAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::Key_R),
                                QKeySequence(Qt::CTRL | Qt::Key_Return),
                                QKeySequence(Qt::CTRL | Qt::Key_Enter) });
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_runAction, &QAction::triggered, this, &EvaluateTab::run);
    addAction(m_runAction);
    m_cancelAction = new QAction(tr("&Cancel Evaluation"), this);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &EvaluateTab::cancel);
    addAction(m_cancelAction);

    auto *menu = new QMenu(m_importButton);
    // The dialog opens after the menu has closed and runs without a loop of its own: opened
    // from inside the menu's handler, accepting it popped the menu up again.
    using Format = EvalImport::Source::Format;
    for (const auto &[text, format] :
         { std::pair{ tr("&BEIR Folder…"), Format::Beir },
           std::pair{ tr("&TREC Files…"), Format::Trec },
           std::pair{ tr("Saved &Workbench Sets…"), Format::Workbench } }) {
        menu->addAction(text, this, [this, format = format] {
            QMetaObject::invokeMethod(
                this, [this, format] { openImportDialog(format); }, Qt::QueuedConnection);
        });
    }
    m_importButton->setMenu(menu);
    m_importButton->setPopupMode(QToolButton::InstantPopup);
}

EvalImportDialog *EvaluateTab::openImportDialog(EvalImport::Source::Format format)
{
    // One at a time: a second Import… brings the open one forward.
    if (m_importDialog) {
        m_importDialog->raise();
        m_importDialog->activateWindow();
        return m_importDialog;
    }
    auto *dialog = new EvalImportDialog(this);
    m_importDialog = dialog;
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFormat(format);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { startImport(dialog->source()); });
    dialog->open();
    return dialog;
}

void EvaluateTab::setApiClient(ApiClient *client)
{
    m_client = client;
}

void EvaluateTab::setCatalog(const ModelCatalog *catalog)
{
    m_catalog = catalog;
}

void EvaluateTab::setDatabase(Database *database)
{
    delete m_store;
    m_store = database ? new EvalStore(database, this) : nullptr;
    m_reader->setDatabasePath(database ? database->path() : QString());
    m_setId = 0;
    m_setList.clear();
    m_setSystems.clear();
    if (m_store) {
        connect(m_store, &EvalStore::setListChanged, this, &EvaluateTab::reloadSets);
        connect(m_store, &EvalStore::setChanged, this, &EvaluateTab::onSetChanged);
    }
    reloadSets();
}

void EvaluateTab::setWorkbench(RerankWorkbench *workbench)
{
    m_workbench = workbench;
}

void EvaluateTab::setConfig(Config *config)
{
    m_config = config;
    restoreChosenSystems();
}

namespace {

QString setNameOf(const QList<EvalSetSummary> &sets, qint64 id)
{
    for (const EvalSetSummary &set : sets) {
        if (set.id == id)
            return set.name;
    }
    return {};
}

} // namespace

// Config::EvaluateSystems: {"<set name>": [{"name", "kind", "model", "method", "members",
// "checked"}, …]} in list order.
void EvaluateTab::saveChosenSystems()
{
    const QString set = setNameOf(m_setList, m_setId);
    if (!m_config || m_restoringSystems || set.isEmpty())
        return;
    QJsonArray systems;
    for (int i = 0; i < m_systems->count(); ++i) {
        const QListWidgetItem *item = m_systems->item(i);
        const auto kind = SystemKind(item->data(KindRole).toInt());
        QJsonObject system{ { u"name"_s, item->data(NameRole).toString() },
                            { u"checked"_s, item->checkState() == Qt::Checked } };
        if (kind == SystemKind::Reranker) {
            system.insert(u"kind"_s, u"reranker"_s);
            system.insert(u"model"_s, item->data(ModelRole).toString());
        } else if (kind == SystemKind::Fusion) {
            system.insert(u"kind"_s, u"fusion"_s);
            system.insert(u"method"_s, item->data(MethodRole).toString());
            system.insert(u"members"_s,
                          QJsonArray::fromStringList(item->data(MembersRole).toStringList()));
        } else {
            system.insert(u"kind"_s, u"set"_s); // the set's own: only its check is kept
        }
        systems.append(system);
    }
    saveSystems(*m_config, set, systems);
}

void EvaluateTab::restoreChosenSystems()
{
    const QString set = setNameOf(m_setList, m_setId);
    if (!m_config || set.isEmpty())
        return;
    const QJsonArray systems = savedSystems(*m_config).value(set).toArray();
    const QScopedValueRollback<bool> restoring(m_restoringSystems, true);
    for (const QJsonValue &value : systems) {
        const QJsonObject system = value.toObject();
        const QString name = system.value(u"name"_s).toString();
        const bool checked = system.value(u"checked"_s).toBool();
        const QString kind = system.value(u"kind"_s).toString();
        if (name.isEmpty())
            continue;
        if (QListWidgetItem *item = findSystem(name)) {
            item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        } else if (kind == u"reranker") {
            addModel(system.value(u"model"_s).toString(name), checked);
        } else if (kind == u"fusion") {
            QStringList members;
            for (const QJsonValue &member : system.value(u"members"_s).toArray())
                members.append(member.toString());
            addFusionItem(name, system.value(u"method"_s).toString(), members, checked);
        }
    }
}

void EvaluateTab::reloadSets()
{
    if (!m_store) {
        onSetsRead({});
        return;
    }
    // The list, the counts and the systems are read on a worker; meanwhile the box says so and
    // the buttons that need them wait.
    if (m_setList.isEmpty())
        m_sets->setPlaceholderText(tr("Reading the evaluation sets…"));
    m_setInfo->setText(tr("Reading…"));
    m_reader->readSets(m_setId);
    updateActions();
}

void EvaluateTab::onSetChanged(qint64 setId)
{
    // Grades given elsewhere (labels of a knowledge question in the workbench, the judge): the
    // evaluation shown for the set is measured again with them. A run measures at its end.
    if (setId != m_setId || setId != m_evaluatedSetId || m_runs.isEmpty() || isRunning())
        return;
    evaluate();
}

void EvaluateTab::onSetsRead(const EvalSetReader::Sets &sets)
{
    if (!sets.error.isEmpty())
        showMessage(sets.error, true);
    const QSignalBlocker blocker(m_sets);
    m_sets->clear();
    m_setList = sets.sets;
    for (const EvalSetSummary &set : std::as_const(m_setList))
        m_sets->addItem(set.name, set.id);
    m_setId = sets.chosen;
    m_setSystems = sets.systems;
    m_sets->setCurrentIndex(m_sets->findData(m_setId));
    m_sets->setPlaceholderText(m_setList.isEmpty() ? tr("No evaluation set yet") : QString());
    m_restoringSystems = true;
    reloadSystems();
    restoreChosenSystems();
    m_restoringSystems = false;
    updateSetInfo();
    const std::optional<EvalImport::Result> imported = std::exchange(m_importShown, std::nullopt);
    updateActions();
    if (std::exchange(m_sampleWhenRead, false) && m_setId == 0 && m_sampleButton->isEnabled()
        && m_systems->hasFocus())
        m_sampleButton->setFocus(Qt::ShortcutFocusReason);
    Q_EMIT setsShown();
    if (imported)
        Q_EMIT importFinished(*imported);
}

bool EvaluateTab::openSet(qint64 id)
{
    const bool known = std::any_of(m_setList.cbegin(), m_setList.cend(),
                                   [id](const EvalSetSummary &set) { return set.id == id; });
    if (!m_store || !known)
        return false;
    if (isRunning()) {
        showMessage(tr("Wait for the run to finish (or cancel it), then open another set."), true);
        m_sets->setCurrentIndex(m_sets->findData(m_setId));
        return false;
    }
    m_setId = id;
    m_runProblems.clear(); // of the other set
    m_sets->setCurrentIndex(m_sets->findData(id));
    // Its systems come with the list, read again on a worker; until they are back
    // (onSetsRead), what the list holds is not the set's choice.
    m_setSystems.clear();
    m_restoringSystems = true;
    reloadSystems();
    reloadSets();
    return true;
}

void EvaluateTab::updateSetInfo()
{
    const auto set = std::find_if(m_setList.cbegin(), m_setList.cend(),
                                  [this](const EvalSetSummary &s) { return s.id == m_setId; });
    if (set == m_setList.cend()) {
        m_setInfo->clear();
        m_setInfo->setToolTip({});
        return;
    }
    const QLocale locale;
    QString text
        = tr("%1 queries · %2 documents · %3 judgments · %4 candidates")
              .arg(locale.toString(set->queryCount), locale.toString(set->documentCount),
                   locale.toString(set->judgmentCount), locale.toString(set->candidateCount));
    if (!set->firstStage.isEmpty())
        text += tr(" · first stage %1 (top %2)").arg(set->firstStage).arg(set->depth);
    m_setInfo->setText(text);
    // The whole line too: a narrow window cuts the label.
    m_setInfo->setToolTip(text + u'\n' + tr("Imported from %1").arg(set->source));
}

void EvaluateTab::loadSample()
{
    if (!m_store) {
        showMessage(tr("The history file is not open, so evaluation sets cannot be kept."), true);
        return;
    }
    const auto sample
        = std::find_if(m_setList.cbegin(), m_setList.cend(),
                       [](const EvalSetSummary &set) { return set.name == SampleName; });
    if (sample != m_setList.cend()) {
        openSet(sample->id);
        showMessage(tr("Opened the sample set. Check the systems, then Run (Ctrl+R)."));
        return;
    }
    EvalImport::Source source;
    source.format = EvalImport::Source::Format::Beir;
    source.name = SampleName;
    source.folder = u":/sift/eval-sample"_s;
    source.candidatesFile = u":/sift/eval-sample/firststage.trec"_s;
    source.depth = SampleDepth;
    startImport(source);
}

bool EvaluateTab::isImporting() const
{
    return m_import && m_import->isRunning();
}

bool EvaluateTab::isRunning() const
{
    return m_runner || m_evaluating;
}

void EvaluateTab::startImport(const EvalImport::Source &source)
{
    if (!m_store || isImporting())
        return;
    m_import = new EvalImport(m_store->database()->path(), this);
    // Progress and Cancel below the Run button: the top bar keeps its width (800 px windows).
    connect(m_import, &EvalImport::progress, this, [this](qint64 done, qint64 total) {
        // QProgressBar takes ints: show per mille.
        m_runProgress->setRange(0, 1000);
        m_runProgress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_import, &EvalImport::finished, this, &EvaluateTab::onImportFinished);
    m_runProgress->setRange(0, 1000);
    m_runProgress->setValue(0);
    m_runProgress->show();
    showMessage(tr("Importing… Cancel (Esc) stops it and keeps nothing."));
    updateActions();
    m_import->start(source);
}

void EvaluateTab::onImportFinished(const EvalImport::Result &result)
{
    m_runProgress->hide();
    if (m_import)
        m_import->deleteLater();
    if (result.ok) {
        m_setId = result.setId;
        // Announced once the set is shown with its systems.
        m_importShown = result;
        m_store->notifySetsChanged(); // reads the list again
        showMessage(tr("Imported “%1”: %2 queries, %3 documents, %4 judgments. Check the "
                       "systems, then Run (Ctrl+R).")
                        .arg(result.setName, QLocale().toString(result.queries),
                             QLocale().toString(result.documents),
                             QLocale().toString(result.judgments)));
    } else if (result.cancelled) {
        showMessage(tr("Import cancelled; nothing was kept."));
    } else {
        // The error names the file and the line.
        showMessage(result.error + u'\n'
                        + tr("Nothing was imported: correct the file, then import again."),
                    true);
    }
    updateActions();
    if (!result.ok)
        Q_EMIT importFinished(result);
}

// --- systems

QListWidgetItem *EvaluateTab::findSystem(const QString &name) const
{
    for (int i = 0; i < m_systems->count(); ++i) {
        if (m_systems->item(i)->data(NameRole).toString() == name)
            return m_systems->item(i);
    }
    return nullptr;
}

void EvaluateTab::addModel(const QString &model, bool checked)
{
    if (QListWidgetItem *existing = findSystem(model)) {
        existing->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
        return;
    }
    // Rerankers go after the other rerankers.
    int row = 0;
    while (row < m_systems->count()
           && SystemKind(m_systems->item(row)->data(KindRole).toInt()) == SystemKind::Reranker)
        ++row;
    auto *item = new QListWidgetItem(model);
    item->setData(KindRole, int(SystemKind::Reranker));
    item->setData(NameRole, model);
    item->setData(ModelRole, model);
    item->setToolTip(tr("Rerank model %1").arg(model));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_systems->insertItem(row, item);
}

QString EvaluateTab::addFusion(const QString &method)
{
    const QStringList members = checkedSystems();
    if (members.size() < 2)
        return {};
    const auto parsed = Eval::Fusion::methodFromName(method);
    if (!parsed)
        return {};
    // Named as `sift eval --fuse` names it ("rrf"), made unique; the list shows what it fuses.
    const QString base = Eval::Fusion::methodName(*parsed);
    QString name = base;
    for (int n = 2; findSystem(name); ++n)
        name = u"%1 %2"_s.arg(base).arg(n);
    addFusionItem(name, Eval::Fusion::methodName(*parsed), members, true);
    return name;
}

QListWidgetItem *EvaluateTab::addFusionItem(const QString &name, const QString &method,
                                            const QStringList &members, bool checked)
{
    QStringList models;
    for (const QString &member : members) {
        const QListWidgetItem *item = findSystem(member);
        if (!item || SystemKind(item->data(KindRole).toInt()) == SystemKind::Reranker)
            models.append(member);
    }
    const QStringList modelLabels = ModelLabels::shortNames(models);
    QStringList labels;
    for (const QString &member : members)
        labels.append(models.contains(member) ? modelLabels.at(models.indexOf(member)) : member);
    auto *item = new QListWidgetItem(tr("%1 of %2").arg(name, labels.join(u", "_s)));
    item->setData(KindRole, int(SystemKind::Fusion));
    item->setData(NameRole, name);
    item->setData(MembersRole, members);
    item->setData(MethodRole, method);
    item->setToolTip(tr("Fusion (%1) of %2").arg(method, members.join(u", "_s)));
    item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_systems->addItem(item);
    return item;
}

void EvaluateTab::reloadSystems()
{
    // Rerankers and fusions stay; the set's first stage and runs are replaced.
    for (int i = m_systems->count() - 1; i >= 0; --i) {
        const auto kind = SystemKind(m_systems->item(i)->data(KindRole).toInt());
        if (kind == SystemKind::FirstStage || kind == SystemKind::Run)
            delete m_systems->takeItem(i);
    }
    if (!m_store || m_setId == 0)
        return;
    for (const EvalSystemInfo &info : std::as_const(m_setSystems)) {
        if (info.kind == EvalSystemInfo::Kind::Reranker) {
            if (!findSystem(info.name))
                addModel(info.model.isEmpty() ? info.name : info.model, false);
            continue;
        }
        const bool first = info.kind == EvalSystemInfo::Kind::FirstStage;
        auto *item = new QListWidgetItem(first ? tr("%1 (first stage)").arg(info.name)
                                               : tr("%1 (run)").arg(info.name));
        item->setData(KindRole, int(first ? SystemKind::FirstStage : SystemKind::Run));
        item->setData(NameRole, info.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(first ? Qt::Checked : Qt::Unchecked);
        // After the rerankers, before the fusions.
        int at = 0;
        while (at < m_systems->count()
               && SystemKind(m_systems->item(at)->data(KindRole).toInt()) != SystemKind::Fusion)
            ++at;
        m_systems->insertItem(at, item);
    }
}

void EvaluateTab::setSystemChecked(const QString &name, bool checked)
{
    if (QListWidgetItem *item = findSystem(name))
        item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QStringList EvaluateTab::checkedSystems() const
{
    QStringList out;
    for (int i = 0; i < m_systems->count(); ++i) {
        if (m_systems->item(i)->checkState() == Qt::Checked)
            out.append(m_systems->item(i)->data(NameRole).toString());
    }
    return out;
}

QStringList EvaluateTab::systemNames() const
{
    QStringList out;
    for (int i = 0; i < m_systems->count(); ++i)
        out.append(m_systems->item(i)->data(NameRole).toString());
    return out;
}

QStringList EvaluateTab::checkedModels() const
{
    // Checked rerankers and the rerankers a checked fusion needs.
    QStringList out;
    const auto addIfModel = [&](const QString &name) {
        QListWidgetItem *item = findSystem(name);
        if (item && SystemKind(item->data(KindRole).toInt()) == SystemKind::Reranker
            && !out.contains(item->data(ModelRole).toString()))
            out.append(item->data(ModelRole).toString());
    };
    for (const QString &name : checkedSystems()) {
        QListWidgetItem *item = findSystem(name);
        if (SystemKind(item->data(KindRole).toInt()) == SystemKind::Fusion) {
            for (const QString &member : item->data(MembersRole).toStringList())
                addIfModel(member);
        } else {
            addIfModel(name);
        }
    }
    return out;
}

void EvaluateTab::setMeasures(const QString &spec)
{
    m_measures->setText(spec);
}

QString EvaluateTab::measuresText() const
{
    return m_measures->text();
}

QString EvaluateTab::message() const
{
    return m_message->text();
}

QString EvaluateTab::progressText() const
{
    return m_progressLabel->fullText();
}

void EvaluateTab::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    if (error) {
        QPalette pal = m_message->palette();
        pal.setColor(QPalette::WindowText, StatePalette(palette()).text(StatePalette::Role::Error));
        m_message->setPalette(pal);
    } else {
        m_message->setPalette(palette());
    }
}

void EvaluateTab::updateActions()
{
    const bool running = isRunning();
    const bool importing = isImporting() || m_importShown.has_value();
    // Sample and Run need the list and the open set's systems.
    const bool reading = m_reader->isReadingSets();
    const bool haveSet = m_store && m_setId != 0 && !reading;
    m_runAction->setEnabled(haveSet && !running && !importing);
    m_runButton->setEnabled(m_runAction->isEnabled());
    m_cancelAction->setEnabled(running || importing);
    m_cancelButton->setEnabled(running || isImporting());
    m_judgeButton->setEnabled(haveSet && !running && !importing && m_client);
    m_sets->setEnabled(!running && !importing);
    m_sampleButton->setEnabled(m_store && !running && !importing && !reading);
    m_importButton->setEnabled(m_store && !running && !importing);
    m_deleteButton->setEnabled(haveSet && !running && !importing);
    // Nothing to export before the first evaluation: the file dialog came first, then "Run an
    // evaluation first."
    const bool evaluated = !m_runs.isEmpty();
    for (QWidget *button :
         { static_cast<QWidget *>(m_exportButton), static_cast<QWidget *>(m_saveDifference),
           static_cast<QWidget *>(m_saveScatter) })
        button->setEnabled(evaluated);
}

// --- running

void EvaluateTab::run()
{
    if (isRunning() || isImporting())
        return;
    if (!m_store || m_setId == 0) {
        showMessage(tr("Open an evaluation set first: Load Sample or Import."), true);
        m_sampleButton->setFocus();
        return;
    }
    QString error;
    if (!Eval::parseMeasures(m_measures->text(), &error)) {
        showMessage(error, true);
        m_measures->setFocus();
        return;
    }
    if (checkedSystems().isEmpty()) {
        showMessage(tr("Check at least one system to evaluate."), true);
        m_systems->setFocus();
        return;
    }
    const QStringList models = checkedModels();
    if (models.isEmpty()) {
        evaluate();
        return;
    }
    if (!m_client) {
        showMessage(tr("No endpoint is set up: open Settings to add one."), true);
        return;
    }
    m_progress.clear();
    m_runProblems.clear();
    m_cancelRequested = false;
    m_runner = new EvalRunner(m_client, m_store, m_setId, models, m_catalog, this);
    connect(m_runner, &EvalRunner::prepared, this, &EvaluateTab::onRunnerPrepared);
    connect(m_runner, &EvalRunner::progress, this, &EvaluateTab::onRunnerProgress);
    connect(m_runner, &EvalRunner::finished, this, &EvaluateTab::onRunnerFinished);
    connect(m_runner, &EvalRunner::failed, this,
            [this](const QString &message) { showMessage(message, true); });
    showMessage(tr("Checking the cache and estimating the cost…"));
    m_progressLabel->setFullText({});
    updateActions();
    m_runner->prepare();
}

bool EvaluateTab::confirmCost(const QList<EvalRunner::Estimate> &estimates)
{
    double cost = 0.0;
    int missing = 0;
    int models = 0; // that have pairs to score: a model fully cached sends nothing
    QStringList unpriced;
    qint64 tokens = 0;
    for (const EvalRunner::Estimate &estimate : estimates) {
        if (estimate.missingPairs == 0)
            continue;
        ++models;
        missing += estimate.missingPairs;
        tokens += estimate.tokens;
        if (!estimate.cost)
            unpriced.append(estimate.model);
        cost += estimate.cost.value_or(0.0);
    }
    if (missing == 0 || (unpriced.isEmpty() && cost < m_confirmAbove) || std::isinf(m_confirmAbove))
        return true;
    const QLocale locale;
    // The models without a price by name: "a model" left the user to guess which one.
    const QString amount = unpriced.isEmpty()
        ? tr("about %1").arg(CostFormat::usd(cost, locale))
        : tr("an unknown amount (no price in the catalog for %1)")
              .arg(locale.createSeparatedList(unpriced));
    const QString text = RerankUi::englishPlural(
        tr("This run scores %1 (query, document) pairs the cache lacks with %n model(s), ~%2 "
           "input tokens, and costs %3. Run it?",
           nullptr, models)
            .arg(locale.toString(missing), locale.toString(tokens), amount),
        models);
    return QMessageBox::question(this, tr("Run the evaluation?"), text,
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes)
        == QMessageBox::Yes;
}

void EvaluateTab::onRunnerPrepared(const QList<EvalRunner::Estimate> &estimates)
{
    for (const EvalRunner::Estimate &estimate : estimates)
        m_estimates.insert(estimate.model, estimate);
    if (!m_runner || m_cancelRequested)
        return;
    if (!confirmCost(estimates)) {
        m_runner->deleteLater();
        m_runner = nullptr;
        showMessage(tr("Run cancelled; nothing was sent."));
        updateActions();
        return;
    }
    int pairs = 0;
    for (const EvalRunner::Estimate &estimate : estimates)
        pairs += estimate.pairs;
    m_runProgress->setRange(0, std::max(1, pairs));
    m_runProgress->setValue(0);
    m_runProgress->show();
    showMessage(tr("Scoring…"));
    m_runner->start();
}

void EvaluateTab::onRunnerProgress(const EvalRunner::Progress &progress)
{
    m_progress.insert(progress.model, progress);
    const QStringList models = m_runner ? m_runner->models() : m_progress.keys();
    const QStringList labels = ModelLabels::shortNames(models);
    QStringList lines;
    int done = 0;
    const QLocale locale;
    for (qsizetype i = 0; i < models.size(); ++i) {
        const auto it = m_progress.constFind(models.at(i));
        if (it == m_progress.cend())
            continue;
        done += it->pairsDone;
        lines.append(tr("%1: %2/%3 queries · %4/%5 documents")
                         .arg(labels.at(i))
                         .arg(it->queriesDone)
                         .arg(it->queriesTotal)
                         .arg(locale.toString(it->pairsDone), locale.toString(it->pairsTotal)));
    }
    m_progressLabel->setFullText(lines.join(u'\n'));
    m_runProgress->setValue(done);
}

void EvaluateTab::onRunnerFinished(const QList<EvalRunner::Outcome> &outcomes)
{
    QStringList problems;
    int sent = 0;
    m_runProblems.clear();
    for (const EvalRunner::Outcome &outcome : outcomes) {
        if (outcome.scored > 0)
            m_latency.insert(outcome.model, outcome.latencyMs);
        sent += outcome.scored;
        if (outcome.state != RerankResult::State::Complete
            && outcome.error.kind != ApiError::Kind::None) {
            problems.append(tr("%1: %2").arg(outcome.model, outcome.error.userMessage()));
            m_runProblems.insert(outcome.model, problems.constLast());
        }
    }
    const bool cancelled = std::any_of(outcomes.cbegin(), outcomes.cend(), [](const auto &o) {
        return o.state == RerankResult::State::Cancelled;
    });
    if (m_runner)
        m_runner->deleteLater();
    m_runner = nullptr;
    m_runProgress->hide();
    // The progress counted cancelled and failed pairs as done: say what has a score now.
    const auto showScored = [this, &outcomes] {
        QStringList models;
        for (const EvalRunner::Outcome &outcome : outcomes)
            models.append(outcome.model);
        const QStringList labels = ModelLabels::shortNames(models);
        QStringList lines;
        const QLocale locale;
        for (qsizetype i = 0; i < outcomes.size(); ++i) {
            const EvalRunner::Outcome &outcome = outcomes.at(i);
            lines.append(tr("%1: %2/%3 documents scored")
                             .arg(labels.at(i), locale.toString(outcome.fromCache + outcome.scored),
                                  locale.toString(outcome.pairs)));
        }
        m_progressLabel->setFullText(lines.join(u'\n'));
    };
    if (cancelled || m_cancelRequested) {
        m_cancelRequested = false;
        showScored();
        showMessage(tr("Cancelled. What was scored is cached; Run again to go on."));
        updateActions();
        Q_EMIT runFinished();
        return;
    }
    if (!problems.isEmpty()) {
        showScored();
        showMessage(problems.join(u'\n'), true);
    } else {
        showMessage(sent == 0
                        ? tr("Every score came from the cache; nothing was sent.")
                        : RerankUi::englishPlural(tr("Scored %Ln pair(s).", nullptr, sent), sent));
    }
    evaluate();
    Q_EMIT runFinished();
}

void EvaluateTab::cancel()
{
    if (m_runner) {
        // finished() follows (at once or when the plan is read): onRunnerFinished says so.
        m_cancelRequested = true;
        m_runner->cancel();
    } else if (isImporting()) {
        m_import->cancel();
    }
    updateActions();
}
