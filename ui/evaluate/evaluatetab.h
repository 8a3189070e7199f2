#pragma once

#include "eval/evalimport.h"
#include "eval/evalreport.h"
#include "eval/evalrunner.h"
#include "eval/evalsetreader.h"
#include "evalsummarymodel.h"

#include <QHash>
#include <QPointer>
#include <QWidget>

class ApiClient;
class Config;
class CostQualityChart;
class Database;
class DifferenceChart;
class ElidedLinesLabel;
class EvalImportDialog;
class EvalStore;
class ModelCatalog;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QToolButton;
class RerankWorkbench;

// The Evaluate tab (issue 14): choose a reranker on a query set. Top: the evaluation sets (open,
// import with progress and cancel, load the sample). Left: the systems to compare (rerank models,
// the set's first stage and imported runs, fusions of chosen systems), the measures, Run/Cancel
// with a cost estimate first and progress per model. Right: the summary (best per column,
// significance against a baseline), the per-query table with its difference chart (double-click
// or Enter opens the query in the Rerank workbench), and cost against quality.
//
// Presentation only: EvalImport imports, EvalRunner scores (with the score cache), EvalSetReader
// reads the sets, runs and queries and builds the report on workers (the GUI thread reads no
// set data), exports use the core's writers.
class EvaluateTab : public QWidget
{
    Q_OBJECT
public:
    // What a system row of the list is.
    enum class SystemKind { Reranker, FirstStage, Run, Fusion };

    explicit EvaluateTab(QWidget *parent = nullptr);
    ~EvaluateTab() override;

    void setApiClient(ApiClient *client);
    void setCatalog(const ModelCatalog *catalog);
    // Opens the evaluation sets in this database (the history file).
    void setDatabase(Database *database);
    // Where "Open in workbench" shows a query.
    void setWorkbench(RerankWorkbench *workbench);
    // Where the systems listed and checked for each set are kept (rerankers added by hand and
    // fusions too, before they have run), so a restart loses none of them.
    void setConfig(Config *config);
    // Runs whose estimated cost (of what is missing from the cache) reaches this, or that use a
    // model without a price, ask first; infinity: never ask.
    void setConfirmAboveDollars(double dollars) { m_confirmAbove = dollars; }

    EvalStore *store() const { return m_store; }
    qint64 currentSetId() const { return m_setId; }
    // Shows the set; its systems arrive from a worker (setsShown() then). False when the list
    // has no such set or a run is going on.
    bool openSet(qint64 id);
    // The list of sets or the open set's systems are being read.
    bool isReadingSets() const { return m_reader->isReadingSets(); }
    // Imports the bundled BEIR sample (20 queries, a first stage) and opens it.
    void loadSample();
    void startImport(const EvalImport::Source &source);
    // The import dialog for this format (window-modal, deleted on close); Import starts it.
    EvalImportDialog *openImportDialog(EvalImport::Source::Format format);
    QToolButton *importButton() const { return m_importButton; }
    bool isImporting() const;
    bool isRunning() const;
    bool isEvaluating() const { return m_evaluating; }

    // Systems
    void addModel(const QString &model, bool checked = true);
    // A fusion of the checked systems (at least two); returns its name, empty when too few.
    QString addFusion(const QString &method);
    void setSystemChecked(const QString &name, bool checked);
    QStringList checkedSystems() const;
    QStringList systemNames() const;
    void setMeasures(const QString &spec);
    QString measuresText() const;

    const Eval::Report &report() const { return m_summary->report(); }
    EvalSummaryModel *summaryModel() const { return m_summary; }
    void setBaseline(const QString &system);
    QTableView *summaryView() const { return m_summaryView; }
    QTableView *queryView() const { return m_queryView; }
    QSortFilterProxyModel *queryProxy() const { return m_queryProxy; }
    void setComparedSystems(const QString &a, const QString &b);
    DifferenceChart *differenceChart() const { return m_difference; }
    CostQualityChart *scatterChart() const { return m_scatter; }
    // Under the cost and quality chart: the systems it leaves out for want of a price.
    QString scatterLeftOutText() const;
    QTabWidget *views() const { return m_views; }
    QListWidget *systemList() const { return m_systems; }
    QComboBox *setCombo() const { return m_sets; }
    QString message() const;
    QString progressText() const;

    // Opens a query of the last evaluation in the workbench with the two compared systems'
    // rankings and its judgments as labels. The query is read on a worker: workbenchRequested()
    // follows when it is shown. False when there is no evaluation to take the rankings from.
    bool openQueryInWorkbench(const QString &queryId);

    // Exports of the last evaluation.
    bool exportSummary(const QString &path, bool markdown, QString *error = nullptr) const;
    // One TREC run per system (<name>.trec) and qrels.trec into the folder.
    bool exportTrec(const QString &folder, QString *error = nullptr) const;
    // One ranx JSON per system (<name>.json) and qrels.json into the folder.
    bool exportRanx(const QString &folder, QString *error = nullptr) const;

    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }

public Q_SLOTS:
    void run();
    void cancel();

Q_SIGNALS:
    // After the imported set is shown (its systems read), or at once when the import failed.
    void importFinished(const EvalImport::Result &result);
    // The list of sets and the open set's systems, read on a worker, are shown.
    void setsShown();
    // Emitted when the summary, per-query table and charts show a new evaluation.
    void evaluated();
    void runFinished();
    void workbenchRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // A system row's data in the list.
    enum Role {
        KindRole = Qt::UserRole + 1,
        NameRole,    // the system's name in the report
        ModelRole,   // rerankers: the model id
        MembersRole, // fusions: the systems fused
        MethodRole,  // fusions: rrf, combsum, combmnz
    };
    QWidget *createTopBar();
    QWidget *createSystemsPanel();
    QWidget *createSummaryPage();
    QWidget *createQueryPage();
    QWidget *createScatterPage();
    void createActions();
    void reloadSets();
    void onSetsRead(const EvalSetReader::Sets &sets);
    void onSetChanged(qint64 setId);
    void reloadSystems();
    QListWidgetItem *addFusionItem(const QString &name, const QString &method,
                                   const QStringList &members, bool checked);
    void saveChosenSystems();
    void restoreChosenSystems();
    void updateSetInfo();
    void updateActions();
    void showMessage(const QString &text, bool error = false);
    void onImportFinished(const EvalImport::Result &result);
    QListWidgetItem *findSystem(const QString &name) const;
    QStringList checkedModels() const;
    bool confirmCost(const QList<EvalRunner::Estimate> &estimates);
    void onRunnerPrepared(const QList<EvalRunner::Estimate> &estimates);
    void onRunnerProgress(const EvalRunner::Progress &progress);
    void onRunnerFinished(const QList<EvalRunner::Outcome> &outcomes);
    void evaluate();
    void onEvaluated(const EvalSetReader::Evaluation &evaluation);
    void onQueryRead(const EvalSetReader::QueryData &data);
    void fillQueryTable();
    void updateDifference();
    void updateScatter();
    void exportChart(QWidget *chart);
    void chooseExport(int kind);

    QPointer<ApiClient> m_client;
    QPointer<const ModelCatalog> m_catalog;
    QPointer<RerankWorkbench> m_workbench;
    Config *m_config = nullptr;
    bool m_restoringSystems = false; // while a set's systems are put back
    EvalStore *m_store = nullptr;
    EvalSetReader *m_reader = nullptr;
    qint64 m_setId = 0;
    QList<EvalSetSummary> m_setList;                 // as last read
    QList<EvalSystemInfo> m_setSystems;              // of the open set, as last read
    std::optional<EvalImport::Result> m_importShown; // announced once its set is shown
    double m_confirmAbove = 0.05;
    bool m_sampleWhenRead = false; // shown before the sets were read: Load Sample gets the keys

    QPointer<EvalImport> m_import;
    QPointer<EvalImportDialog> m_importDialog;
    QPointer<EvalRunner> m_runner;
    bool m_evaluating = false;
    bool m_cancelRequested = false;
    QHash<QString, EvalRunner::Progress> m_progress;
    QHash<QString, EvalRunner::Estimate> m_estimates; // by model: for cost per 1,000 queries
    QHash<QString, qint64> m_latency;                 // by model, of the last run that sent
    QHash<QString, QString> m_runProblems;            // by model: why the last run failed it
    QList<Eval::NamedRun> m_runs;                     // of the shown evaluation
    QHash<QString, double> m_systemCost;              // by system: USD per 1,000 queries
    Eval::Qrels m_qrels;
    qint64 m_evaluatedSetId = 0;          // the set of the shown evaluation
    QHash<QString, QString> m_queryTexts; // of the shown evaluation

    QComboBox *m_sets = nullptr;
    QLabel *m_setInfo = nullptr;
    QPushButton *m_sampleButton = nullptr;
    QToolButton *m_importButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_judgeButton = nullptr;

    QListWidget *m_systems = nullptr;
    QLineEdit *m_addModelEdit = nullptr;
    QComboBox *m_fusionMethod = nullptr;
    QPushButton *m_addFusionButton = nullptr;
    QLineEdit *m_measures = nullptr;
    QPushButton *m_runButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_runProgress = nullptr;
    ElidedLinesLabel *m_progressLabel = nullptr;
    QString m_scoringText; // the progress label's text before the measures were asked for
    QLabel *m_message = nullptr;

    QTabWidget *m_views = nullptr;
    QComboBox *m_baseline = nullptr;
    EvalSummaryModel *m_summary = nullptr;
    QTableView *m_summaryView = nullptr;
    QComboBox *m_queryMeasure = nullptr;
    QComboBox *m_systemA = nullptr;
    QComboBox *m_systemB = nullptr;
    QStandardItemModel *m_queryModel = nullptr;
    QSortFilterProxyModel *m_queryProxy = nullptr;
    QTableView *m_queryView = nullptr;
    DifferenceChart *m_difference = nullptr;
    QComboBox *m_scatterMeasure = nullptr;
    CostQualityChart *m_scatter = nullptr;
    QLabel *m_scatterLeftOut = nullptr; // the systems the chart cannot place (no price)
    // Enabled once there is an evaluation to export or draw.
    QToolButton *m_exportButton = nullptr;
    QPushButton *m_saveDifference = nullptr;
    QPushButton *m_saveScatter = nullptr;

    QAction *m_runAction = nullptr;
    QAction *m_cancelAction = nullptr;
};
