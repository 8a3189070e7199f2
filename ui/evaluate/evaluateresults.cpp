// The Evaluate tab's result views: summary, per-query table and difference chart, cost and
// quality, exports and the hand-over of a query to the workbench (layout and wiring; the numbers
// come from Eval::buildReport, the files from the core's writers).
#include "evaluatetab.h"

#include "api/apiclient.h"
#include "elidedlineslabel.h"
#include "eval/evalexport.h"
#include "eval/fusion.h"
#include "eval/trecformat.h"
#include "evalcharts.h"
#include "filedialogs.h"
#include "rerank/modellabels.h"
#include "rerankui.h"
#include "rerankworkbench.h"
#include "store/evalstore.h"
#include "store/workbenchstore.h"
#include <QLineEdit>

#include <QBuffer>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum ExportKind { ExportCsv, ExportMarkdown, ExportTrec, ExportRanx };

constexpr int QueryIdRole = Qt::UserRole + 1;

// Enter or Return on a row activates it (QAbstractItemView only does so on some platforms).
class ActivatingTableView : public QTableView
{
public:
    using QTableView::QTableView;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
            && currentIndex().isValid() && event->modifiers() == Qt::NoModifier) {
            Q_EMIT activated(currentIndex());
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

QString fileNameFor(const QString &system, const QString &suffix)
{
    QString name = system;
    for (QChar &c : name) {
        if (c == u'/' || c == u'\\' || c == u':' || c.isSpace() || c == u'*' || c == u'?'
            || c == u'"' || c == u'<' || c == u'>' || c == u'|')
            c = u'_';
    }
    return name + suffix;
}

bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = QObject::tr("%1 could not be written (%2). Choose another place.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace

QWidget *EvaluateTab::createSummaryPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("&Baseline:"), page);
    m_baseline = new QComboBox(page);
    m_baseline->setAccessibleName(tr("Baseline system"));
    m_baseline->setToolTip(tr("Other systems are tested against this one"));
    m_baseline->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_baseline);
    row->addWidget(label);
    row->addWidget(m_baseline);
    row->addStretch(1);
    auto *exportButton = new QToolButton(page);
    m_exportButton = exportButton;
    exportButton->setText(tr("E&xport")); // Alt+E is the Edit menu
    exportButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(exportButton);
    // Access keys as in the Import menu: Alt+X, then a letter.
    menu->addAction(tr("Summary as &CSV…"), this, [this] { chooseExport(ExportCsv); });
    menu->addAction(tr("Summary as &Markdown…"), this, [this] { chooseExport(ExportMarkdown); });
    menu->addAction(tr("&TREC Runs and Qrels…"), this, [this] { chooseExport(ExportTrec); });
    menu->addAction(tr("&ranx JSON…"), this, [this] { chooseExport(ExportRanx); });
    exportButton->setMenu(menu);
    row->addWidget(exportButton);
    layout->addLayout(row);

    m_summaryView = new QTableView(page);
    m_summaryView->setModel(m_summary);
    m_summaryView->setAccessibleName(tr("Summary"));
    RerankUi::setUpTable(m_summaryView);
    m_summaryView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_summaryView->horizontalHeader()->setStretchLastSection(false);
    layout->addWidget(m_summaryView, 1);
    auto *legend = new QLabel(tr("Bold: best per column. ▲/▼ on a tinted cell: significantly "
                                 "better/worse than the baseline (randomization test, Holm-"
                                 "corrected, α = 0.05). Hover a cell for p-values and the 95% "
                                 "interval."),
                              page);
    legend->setTextFormat(Qt::PlainText);
    legend->setWordWrap(true);
    layout->addWidget(legend);

    connect(m_baseline, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            m_summary->setBaseline(index);
    });
    return page;
}

QWidget *EvaluateTab::createQueryPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_queryMeasure = new QComboBox(page);
    m_queryMeasure->setAccessibleName(tr("Measure per query"));
    m_systemA = new QComboBox(page);
    m_systemA->setAccessibleName(tr("System A"));
    m_systemB = new QComboBox(page);
    m_systemB->setAccessibleName(tr("System B"));
    for (QComboBox *box : { m_queryMeasure, m_systemA, m_systemB })
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    // No mnemonic: every letter of "Measure" is taken (menus, Measures, A); Tab reaches it first.
    auto *measureLabel = new QLabel(tr("Measure:"), page);
    measureLabel->setBuddy(m_queryMeasure);
    auto *aLabel = new QLabel(tr("&A:"), page);
    aLabel->setBuddy(m_systemA);
    auto *bLabel = new QLabel(tr("&B:"), page);
    bLabel->setBuddy(m_systemB);
    row->addWidget(measureLabel);
    row->addWidget(m_queryMeasure);
    row->addWidget(aLabel);
    row->addWidget(m_systemA, 1);
    row->addWidget(bLabel);
    row->addWidget(m_systemB, 1);
    auto *png = new QPushButton(tr("Save Chart…"), page);
    m_saveDifference = png;
    png->setToolTip(tr("Save the difference chart as PNG"));
    row->addWidget(png);
    layout->addLayout(row);

    auto *splitter = new QSplitter(Qt::Vertical, page);
    m_queryModel = new QStandardItemModel(this);
    m_queryProxy = new QSortFilterProxyModel(this);
    m_queryProxy->setSourceModel(m_queryModel);
    m_queryProxy->setSortRole(Qt::UserRole);
    m_queryView = new ActivatingTableView(splitter);
    m_queryView->setModel(m_queryProxy);
    m_queryView->setAccessibleName(tr("Per-query results"));
    m_queryView->setToolTip(tr("Double-click or press Enter to open the query in the Rerank "
                               "workbench with both systems' rankings"));
    RerankUi::setUpTable(m_queryView);
    m_queryView->setSortingEnabled(true);
    m_difference = new DifferenceChart(splitter);
    splitter->addWidget(m_queryView);
    splitter->addWidget(m_difference);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_queryMeasure, &QComboBox::currentIndexChanged, this, &EvaluateTab::fillQueryTable);
    connect(m_systemA, &QComboBox::currentIndexChanged, this, &EvaluateTab::fillQueryTable);
    connect(m_systemB, &QComboBox::currentIndexChanged, this, &EvaluateTab::fillQueryTable);
    connect(m_queryView, &QTableView::activated, this, [this](const QModelIndex &index) {
        openQueryInWorkbench(index.siblingAtColumn(0).data(QueryIdRole).toString());
    });
    connect(m_difference, &DifferenceChart::queryActivated, this,
            &EvaluateTab::openQueryInWorkbench);
    connect(png, &QPushButton::clicked, this, [this] { exportChart(m_difference); });
    return page;
}

QWidget *EvaluateTab::createScatterPage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *row = new QHBoxLayout;
    m_scatterMeasure = new QComboBox(page);
    m_scatterMeasure->setAccessibleName(tr("Measure for the chart"));
    m_scatterMeasure->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *label = new QLabel(tr("Measure:"), page); // no mnemonic, as on the per-query page
    label->setBuddy(m_scatterMeasure);
    row->addWidget(label);
    row->addWidget(m_scatterMeasure);
    row->addStretch(1);
    auto *png = new QPushButton(tr("Save Chart…"), page);
    m_saveScatter = png;
    png->setToolTip(tr("Save the chart as PNG"));
    row->addWidget(png);
    layout->addLayout(row);
    m_scatter = new CostQualityChart(page);
    layout->addWidget(m_scatter, 1);
    m_scatterLeftOut = new QLabel(page);
    m_scatterLeftOut->setTextFormat(Qt::PlainText); // model ids are data
    m_scatterLeftOut->setWordWrap(true);
    m_scatterLeftOut->setAccessibleName(tr("Systems not on the chart"));
    m_scatterLeftOut->hide();
    layout->addWidget(m_scatterLeftOut);
    auto *note = new QLabel(tr("Points joined by the dashed line are the Pareto front: no other "
                               "system is both cheaper and better. Runs and the first stage cost "
                               "nothing here; a fusion costs what its rerankers cost."),
                            page);
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    layout->addWidget(note);
    connect(m_scatterMeasure, &QComboBox::currentIndexChanged, this, &EvaluateTab::updateScatter);
    connect(png, &QPushButton::clicked, this, [this] { exportChart(m_scatter); });
    return page;
}

void EvaluateTab::evaluate()
{
    const auto measures = Eval::parseMeasures(m_measures->text());
    if (!measures || !m_store || m_setId == 0)
        return;
    QList<EvalSetReader::SystemInput> inputs;
    m_systemCost.clear();
    const auto costOf = [&](const QString &name) -> std::optional<double> {
        const auto item = std::find_if(m_estimates.cbegin(), m_estimates.cend(),
                                       [&](const auto &e) { return e.model == name; });
        if (item != m_estimates.cend()) {
            if (!item->allCost)
                return std::nullopt;
            return *item->allCost / std::max(1, item->queries) * 1000.0;
        }
        return 0.0; // runs and the first stage were not bought here
    };
    for (int i = 0; i < m_systems->count(); ++i) {
        QListWidgetItem *item = m_systems->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        EvalSetReader::SystemInput input;
        input.name = item->data(NameRole).toString();
        const auto kind = SystemKind(item->data(KindRole).toInt());
        if (kind == SystemKind::Fusion) {
            input.fusion = Eval::Fusion::methodFromName(item->data(MethodRole).toString());
            input.members = item->data(MembersRole).toStringList();
            std::optional<double> cost = 0.0;
            for (const QString &member : std::as_const(input.members)) {
                const std::optional<double> memberCost = costOf(member);
                cost = cost && memberCost ? std::optional(*cost + *memberCost) : std::nullopt;
            }
            if (cost)
                m_systemCost.insert(input.name, *cost);
        } else if (const std::optional<double> cost = costOf(input.name)) {
            m_systemCost.insert(input.name, *cost);
        }
        inputs.append(input);
    }
    if (inputs.isEmpty()) {
        updateActions();
        return;
    }
    // The runs, judgments and query texts are read, fused and measured on a worker.
    m_evaluating = true;
    m_runProgress->setRange(0, 0); // busy
    m_runProgress->show();
    // Below the scoring progress, which stays when the measures are there.
    m_scoringText = m_progressLabel->fullText();
    const QString reading = tr("Reading the results and computing the measures…");
    m_progressLabel->setFullText(m_scoringText.isEmpty() ? reading
                                                         : m_scoringText + u'\n' + reading);
    updateActions();
    m_reader->evaluate(m_setId, inputs, *measures);
}

void EvaluateTab::onEvaluated(const EvalSetReader::Evaluation &evaluation)
{
    m_evaluating = false;
    m_runProgress->hide();
    m_progressLabel->setFullText(m_scoringText);
    if (!evaluation.error.isEmpty())
        showMessage(evaluation.error, true);
    else if (!evaluation.missing.isEmpty()) {
        // A system the last run could not score keeps its error: "Run scores them" hid why.
        QStringList lines;
        QStringList notRun;
        for (const QString &name : evaluation.missing) {
            if (const auto problem = m_runProblems.constFind(name); problem != m_runProblems.cend())
                lines.append(*problem);
            else
                notRun.append(name);
        }
        if (!notRun.isEmpty())
            lines.append(tr("No results yet for %1: Run scores them.").arg(notRun.join(u", "_s)));
        showMessage(lines.join(u'\n'), true);
    }
    if (evaluation.runs.isEmpty()) {
        updateActions();
        return;
    }
    m_runs = evaluation.runs;
    m_qrels = evaluation.qrels;
    m_queryTexts = evaluation.queryTexts;
    m_evaluatedSetId = evaluation.setId;
    const Eval::Report &report = evaluation.report;
    QList<EvalSummaryModel::Extra> extras;
    for (const Eval::SystemReport &system : report.systems) {
        EvalSummaryModel::Extra extra;
        if (const auto cost = m_systemCost.constFind(system.name); cost != m_systemCost.cend())
            extra.costPer1k = *cost;
        if (const auto latency = m_latency.constFind(system.name); latency != m_latency.cend())
            extra.latencyMs = *latency;
        extras.append(extra);
    }
    const QString baseline = m_baseline->currentText();
    const QString a = m_systemA->currentText();
    const QString b = m_systemB->currentText();
    const QString measure = m_queryMeasure->currentText();
    const QString scatterMeasure = m_scatterMeasure->currentText();

    QStringList names;
    for (const Eval::SystemReport &system : report.systems)
        names.append(system.name);
    // The baseline: the one chosen before, else the first stage, else the first system.
    int baselineIndex = int(names.indexOf(baseline));
    if (baselineIndex < 0) {
        baselineIndex = 0;
        for (int i = 0; i < m_systems->count(); ++i) {
            if (SystemKind(m_systems->item(i)->data(KindRole).toInt()) == SystemKind::FirstStage
                && names.contains(m_systems->item(i)->data(NameRole).toString())) {
                baselineIndex = int(names.indexOf(m_systems->item(i)->data(NameRole).toString()));
                break;
            }
        }
    }
    {
        const QSignalBlocker blockBaseline(m_baseline);
        const QSignalBlocker blockA(m_systemA);
        const QSignalBlocker blockB(m_systemB);
        const QSignalBlocker blockMeasure(m_queryMeasure);
        const QSignalBlocker blockScatter(m_scatterMeasure);
        m_baseline->clear();
        m_baseline->addItems(names);
        m_baseline->setCurrentIndex(baselineIndex);
        m_systemA->clear();
        m_systemA->addItems(names);
        m_systemB->clear();
        m_systemB->addItems(names);
        const int aIndex = names.contains(a) ? int(names.indexOf(a)) : baselineIndex;
        int bIndex = names.contains(b) ? int(names.indexOf(b)) : -1;
        if (bIndex < 0 || bIndex == aIndex) {
            // The best system on the first measure, unless that is A.
            const QList<qsizetype> best = report.best();
            bIndex = best.isEmpty() ? 0 : int(best.first());
            if (bIndex == aIndex)
                bIndex = aIndex == 0 && names.size() > 1 ? 1 : 0;
        }
        m_systemA->setCurrentIndex(aIndex);
        m_systemB->setCurrentIndex(bIndex);
        const QStringList measureNames = Eval::measureNames(report.measures);
        m_queryMeasure->clear();
        m_queryMeasure->addItems(measureNames);
        m_queryMeasure->setCurrentIndex(std::max(0, int(measureNames.indexOf(measure))));
        m_scatterMeasure->clear();
        m_scatterMeasure->addItems(measureNames);
        m_scatterMeasure->setCurrentIndex(std::max(0, int(measureNames.indexOf(scatterMeasure))));
    }
    m_summary->setReport(report, extras);
    m_summary->setBaseline(baselineIndex);
    fillQueryTable();
    updateScatter();
    updateActions();
    Q_EMIT evaluated();
}

void EvaluateTab::setBaseline(const QString &system)
{
    const int index = m_baseline->findText(system);
    if (index >= 0)
        m_baseline->setCurrentIndex(index);
}

void EvaluateTab::setComparedSystems(const QString &a, const QString &b)
{
    const QSignalBlocker blockA(m_systemA);
    m_systemA->setCurrentIndex(m_systemA->findText(a));
    m_systemB->setCurrentIndex(m_systemB->findText(b));
    fillQueryTable();
}

void EvaluateTab::fillQueryTable()
{
    const Eval::Report &report = m_summary->report();
    const int measure = m_queryMeasure->currentIndex();
    const int a = m_systemA->currentIndex();
    const int b = m_systemB->currentIndex();
    m_queryModel->clear();
    if (report.systems.isEmpty() || measure < 0 || measure >= report.measures.size()) {
        m_difference->setBars({}, {});
        return;
    }
    const QString measureName = report.measures.at(measure).name();
    // B − A, what the table is sorted by, next to the query; then each system under its short
    // name (the full one in the tooltip), so the difference is on screen without scrolling.
    const bool compare = a >= 0 && b >= 0;
    QStringList header{ tr("Query"), tr("Text") };
    if (compare)
        header.append(tr("B − A"));
    const int firstSystem = int(header.size());
    QStringList names;
    for (const Eval::SystemReport &system : report.systems)
        names.append(system.name);
    header += ModelLabels::shortNames(names);
    m_queryModel->setHorizontalHeaderLabels(header);
    if (compare)
        m_queryModel->horizontalHeaderItem(2)->setToolTip(
            tr("%1 of %2 minus %1 of %3")
                .arg(measureName, report.systems.at(b).name, report.systems.at(a).name));
    for (int i = 0; i < report.systems.size(); ++i)
        m_queryModel->horizontalHeaderItem(firstSystem + i)
            ->setToolTip(tr("%1 of %2").arg(measureName, report.systems.at(i).name));

    // Every query any system was evaluated on, in trec_eval's order.
    QStringList queries;
    QSet<QString> seen;
    for (const Eval::SystemReport &system : report.systems) {
        for (const QString &query : system.evaluation.queries) {
            if (!seen.contains(query)) {
                seen.insert(query);
                queries.append(query);
            }
        }
    }
    queries = Eval::sortedIds(queries);
    const QLocale locale;
    const auto numberItem = [&](std::optional<double> value) {
        auto *item = new QStandardItem(value ? locale.toString(*value, 'f', 4) : u"—"_s);
        item->setData(value ? QVariant(*value) : QVariant(-1e300), Qt::UserRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        item->setEditable(false);
        return item;
    };
    const auto valueOf = [&](int system, const QString &query) -> std::optional<double> {
        const Eval::Evaluation &evaluation = report.systems.at(system).evaluation;
        const qsizetype row = evaluation.queryIndex(query);
        if (row < 0)
            return std::nullopt;
        return evaluation.perQuery.at(row).at(measure);
    };
    QList<DifferenceChart::Bar> bars;
    for (const QString &query : std::as_const(queries)) {
        QList<QStandardItem *> row;
        auto *id = new QStandardItem(query);
        id->setData(query, QueryIdRole);
        id->setData(query, Qt::UserRole);
        id->setEditable(false);
        row.append(id);
        auto *text = new QStandardItem(m_queryTexts.value(query));
        text->setData(m_queryTexts.value(query), Qt::UserRole);
        text->setToolTip(m_queryTexts.value(query));
        text->setEditable(false);
        row.append(text);
        if (compare) {
            const auto va = valueOf(a, query);
            const auto vb = valueOf(b, query);
            const std::optional<double> delta = va && vb ? std::optional(*vb - *va) : std::nullopt;
            row.append(numberItem(delta));
            if (delta)
                bars.append({ query, *delta });
        }
        for (int system = 0; system < report.systems.size(); ++system)
            row.append(numberItem(valueOf(system, query)));
        m_queryModel->appendRow(row);
    }
    m_queryView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_queryView->resizeColumnsToContents();
    m_queryView->setColumnWidth(1, std::min(m_queryView->columnWidth(1), 240));
    m_queryView->horizontalHeader()->setStretchLastSection(false);
    if (compare) {
        m_queryView->sortByColumn(2, Qt::DescendingOrder);
        std::stable_sort(bars.begin(), bars.end(),
                         [](const auto &x, const auto &y) { return x.delta > y.delta; });
        m_difference->setBars(
            bars,
            tr("%1 per query: %2 − %3")
                .arg(measureName, report.systems.at(b).name, report.systems.at(a).name));
    } else {
        m_difference->setBars({}, {});
    }
}

void EvaluateTab::updateDifference()
{
    fillQueryTable();
}

void EvaluateTab::updateScatter()
{
    const Eval::Report &report = m_summary->report();
    const int measure = m_scatterMeasure->currentIndex();
    m_scatterLeftOut->clear();
    m_scatterLeftOut->hide();
    if (report.systems.isEmpty() || measure < 0 || measure >= report.measures.size()) {
        m_scatter->setPoints({}, {});
        return;
    }
    QList<CostQualityChart::Point> points;
    QStringList names;
    for (const Eval::SystemReport &system : report.systems)
        names.append(system.name);
    const QStringList labels = ModelLabels::shortNames(names);
    QStringList leftOut;
    for (int i = 0; i < report.systems.size(); ++i) {
        const Eval::SystemReport &system = report.systems.at(i);
        const auto cost = m_systemCost.constFind(system.name);
        if (cost == m_systemCost.cend()) {
            leftOut.append(system.name); // no price: it cannot be placed
            continue;
        }
        points.append({ labels.at(i), *cost, system.evaluation.mean.value(measure) });
    }
    m_scatter->setPoints(points, report.measures.at(measure).name());
    // Said, not silently dropped: a checked system missing from the chart looked like a bug.
    if (!leftOut.isEmpty()) {
        m_scatterLeftOut->setText(tr("Not on the chart, for want of a price in the catalog: %1")
                                      .arg(QLocale().createSeparatedList(leftOut)));
        m_scatterLeftOut->show();
    }
}

QString EvaluateTab::scatterLeftOutText() const
{
    return m_scatterLeftOut->isHidden() ? QString() : m_scatterLeftOut->text();
}

bool EvaluateTab::openQueryInWorkbench(const QString &queryId)
{
    if (!m_workbench || !m_store || queryId.isEmpty() || m_runs.isEmpty())
        return false;
    if (m_workbench->isRunning()) {
        showMessage(tr("The workbench is running: wait for it (or cancel it), then open the "
                       "query again."),
                    true);
        return false;
    }
    // The query's candidates, judgments and texts are read on a worker; onQueryRead hands over.
    showMessage(tr("Opening query %1 in the Rerank workbench…").arg(queryId));
    m_reader->readQuery(m_evaluatedSetId, queryId);
    return true;
}

void EvaluateTab::onQueryRead(const EvalSetReader::QueryData &data)
{
    if (!data.error.isEmpty()) {
        showMessage(data.error, true);
        return;
    }
    if (!data.query || !m_workbench || data.setId != m_evaluatedSetId) {
        showMessage(tr("That query is not in the set any more: Run again."), true);
        return;
    }
    if (m_workbench->isRunning()) {
        showMessage(tr("The workbench is running: wait for it (or cancel it), then open the "
                       "query again."),
                    true);
        return;
    }
    QList<Eval::NamedRun> systems;
    for (const int index : { m_systemA->currentIndex(), m_systemB->currentIndex() }) {
        if (index >= 0 && index < m_runs.size()
            && std::none_of(systems.cbegin(), systems.cend(),
                            [&](const auto &s) { return s.name == m_runs.at(index).name; }))
            systems.append(m_runs.at(index));
    }
    Eval::Export::WorkbenchQuery handOver = Eval::Export::workbenchQuery(
        *data.query, data.candidates, data.judgments, data.documents, systems);
    // Not reranker runs of the workbench: the column says what they are, not "0 ms · 0 tokens".
    for (RerankResult &result : handOver.results) {
        const QListWidgetItem *item = findSystem(result.model);
        const SystemKind kind = item ? SystemKind(item->data(KindRole).toInt()) : SystemKind::Run;
        result.origin = kind == SystemKind::Reranker ? u"reranker"_s
            : kind == SystemKind::FirstStage         ? u"firststage"_s
            : kind == SystemKind::Fusion             ? u"fusion"_s
                                                     : u"run"_s;
    }
    WorkbenchStore *store = m_workbench->store();
    bool opened = false;
    if (store) {
        const QString name = tr("%1 · query %2").arg(m_sets->currentText(), data.query->id);
        // The set made when this query was opened before is brought up to date, not saved
        // again beside it.
        qint64 existing = 0;
        for (const WorkbenchSetSummary &summary : store->listSets()) {
            if (summary.name == name) {
                existing = summary.id;
                break;
            }
        }
        const qint64 id = store->saveSet(existing, handOver.set, name);
        opened = id > 0 && store->saveResults(id, handOver.results) && m_workbench->openSet(id);
    }
    if (!opened)
        m_workbench->setSet(handOver.set);
    showMessage(tr("Opened query %1 in the Rerank workbench.").arg(data.query->id));
    Q_EMIT workbenchRequested();
}

bool EvaluateTab::exportSummary(const QString &path, bool markdown, QString *error) const
{
    if (m_summary->rowCount() == 0) {
        if (error)
            *error = tr("Run an evaluation first.");
        return false;
    }
    const QString text = markdown
        ? Eval::Export::tableToMarkdown(m_summary->header(), m_summary->rows(true))
        : Eval::Export::tableToCsv(m_summary->header(), m_summary->rows(false));
    return writeFile(path, text.toUtf8(), error);
}

bool EvaluateTab::exportTrec(const QString &folder, QString *error) const
{
    if (m_runs.isEmpty()) {
        if (error)
            *error = tr("Run an evaluation first.");
        return false;
    }
    for (const Eval::NamedRun &run : m_runs) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        if (!Eval::TrecFormat::writeRun(buffer, run.run, run.name, error))
            return false;
        if (!writeFile(QDir(folder).filePath(fileNameFor(run.name, u".trec"_s)), buffer.data(),
                       error))
            return false;
    }
    QBuffer qrels;
    qrels.open(QIODevice::WriteOnly);
    if (!Eval::TrecFormat::writeQrels(qrels, m_qrels, error))
        return false;
    return writeFile(QDir(folder).filePath(u"qrels.trec"_s), qrels.data(), error);
}

bool EvaluateTab::exportRanx(const QString &folder, QString *error) const
{
    if (m_runs.isEmpty()) {
        if (error)
            *error = tr("Run an evaluation first.");
        return false;
    }
    for (const Eval::NamedRun &run : m_runs) {
        if (!writeFile(QDir(folder).filePath(fileNameFor(run.name, u".json"_s)),
                       Eval::Export::runToRanxJson(run.run), error))
            return false;
    }
    // ranx's qrels have the same shape with grades for scores.
    Eval::Run qrels;
    for (auto it = m_qrels.cbegin(); it != m_qrels.cend(); ++it) {
        QList<Eval::ScoredDoc> docs;
        for (auto doc = it->cbegin(); doc != it->cend(); ++doc)
            docs.append({ doc.key(), double(doc.value()) });
        qrels.insert(it.key(), docs);
    }
    return writeFile(QDir(folder).filePath(u"qrels.json"_s), Eval::Export::runToRanxJson(qrels),
                     error);
}

void EvaluateTab::chooseExport(int kind)
{
    QString error;
    bool ok = false;
    QString where;
    if (kind == ExportCsv || kind == ExportMarkdown) {
        const bool markdown = kind == ExportMarkdown;
        where = FileDialogs::getSaveFileName(
            this, tr("Export Summary"),
            fileNameFor(m_sets->currentText(), markdown ? u".md"_s : u".csv"_s),
            markdown ? tr("Markdown (*.md)") : tr("CSV (*.csv)"));
        if (where.isEmpty())
            return;
        ok = exportSummary(where, markdown, &error);
    } else {
        where = QFileDialog::getExistingDirectory(this, tr("Export Into Folder"),
                                                  FileDialogs::startPath());
        if (where.isEmpty())
            return;
        FileDialogs::remember(where);
        ok = kind == ExportTrec ? exportTrec(where, &error) : exportRanx(where, &error);
    }
    showMessage(ok ? tr("Exported to %1.").arg(QDir::toNativeSeparators(where)) : error, !ok);
}

void EvaluateTab::exportChart(QWidget *chart)
{
    const QString path = FileDialogs::getSaveFileName(this, tr("Save Chart"), u"chart.png"_s,
                                                      tr("PNG image (*.png)"));
    if (path.isEmpty())
        return;
    const bool ok = chart->grab().save(path, "PNG");
    showMessage(ok ? tr("Saved %1.").arg(QDir::toNativeSeparators(path))
                   : tr("%1 could not be written. Choose another place.")
                         .arg(QDir::toNativeSeparators(path)),
                !ok);
}
