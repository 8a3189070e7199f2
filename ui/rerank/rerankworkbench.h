#pragma once

#include "rerank/documentimport.h"
#include "rerank/metrics.h"
#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"
#include "store/workbenchstore.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QWidget>

class ApiClient;
class Config;
class ModelPicker;
class ModelCatalog;
class QAbstractItemView;
class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QSplitter;
class QStackedWidget;
class QStandardItemModel;
class QTableView;
class QTimer;
class QToolButton;
class RerankDocumentModel;
class RerankResultModel;
class RerankRun;
class RerankRunRecorder;
class SlopegraphChart;
class WorkbenchStore;

// The Rerank tab: one query against many documents, ranked by several rerank models side by
// side. Left: the input (query, instruction, documents with labels, models, top-N, batch size).
// Right: per model a ranked list with score bars, progress, latency, tokens and cost; below, the
// comparison (slopegraph of a chosen pair, Kendall τ and overlap@k for every pair, the documents
// that moved most) and, once documents are labelled, nDCG@k, MRR and recall@k per model.
// Presentation only: RerankRun does the requests, Metrics the numbers (on a worker thread).
//
// With a WorkbenchStore the input is a set kept in the history: Save set names and saves it, a
// run saves it with its results (RerankRunRecorder writes them as they come in, so a crash
// loses at most a second), Open set lists the saved ones. Without one (the history could not
// be opened) sets go to and come from JSON files only.
class RerankWorkbench : public QWidget
{
    Q_OBJECT
public:
    explicit RerankWorkbench(QWidget *parent = nullptr);
    ~RerankWorkbench() override;

    void setApiClient(ApiClient *client);
    void setCatalog(const ModelCatalog *catalog);
    // Where the set to reopen at start is remembered.
    void setConfig(Config *config);
    // Where sets and run results are saved (null: files only). Reopens the set that was open
    // when Sift last ran, unless the input already holds something.
    void setStore(WorkbenchStore *store);
    WorkbenchStore *store() const;
    // A sample query and a dozen documents, for the demo and first-time users.
    void loadSample();

    // What Run would send now.
    RerankSet currentSet() const;
    // Replaces the input (query, instruction, documents, models, top-N, batch size).
    void setSet(const RerankSet &set);
    QStringList checkedModels() const;
    // Checks (or unchecks) a model, adding it to the list when it is not there.
    void setModelChecked(const QString &id, bool checked);

    bool isRunning() const { return !m_run.isNull(); }
    // The results of the last run (or opened set), in model order; only finished models.
    QList<RerankResult> results() const;
    // The set the shown results belong to.
    const RerankSet &resultSet() const { return m_runSet; }

    QAction *runAction() const { return m_runAction; }
    QAction *cancelAction() const { return m_cancelAction; }
    RerankDocumentModel *documentModel() const { return m_documents; }
    QTableView *documentView() const { return m_documentView; }
    // The ranked list of one model of the current run, or null.
    QListView *resultView(const QString &model) const;
    // The model's line under its title: progress, latency, tokens, cost.
    QString modelStatusText(const QString &model) const;
    // The name a model is shown by in headers, tables and the chart (ModelLabels' rule over the
    // models on screen); the full id is in the tooltips.
    QString modelLabel(const QString &model) const;
    // The model's error line (documents not scored and why); empty when none.
    QString modelErrorText(const QString &model) const;
    SlopegraphChart *slopegraph() const { return m_slopegraph; }
    QTableView *pairTable() const { return m_pairView; }
    QTableView *movedTable() const { return m_movedView; }
    QTableView *labelMetricsTable() const { return m_labelView; }
    // The note under the Run button (validation problems, import results).
    QString message() const;

    // The set in the store the input belongs to (0: not saved yet) and its name.
    qint64 currentSetId() const { return m_setId; }
    QString currentSetName() const { return m_setName; }
    // Saves the input, and the shown results when they were made from it, as the current set
    // (a new one when there is none; `name` empty keeps the name, or for a new set takes the
    // query's first line). Storage trouble: false, with the reason in message().
    bool saveSet(const QString &name = {});
    // Saves the input as a new set named `name`.
    bool saveSetAs(const QString &name);
    // Shows a saved set with its last results (panels, comparison, metrics).
    bool openSet(qint64 id);
    // Empties query, instruction, documents and results; the next save makes a new set.
    void newSet();
    // Edits (query, instruction, documents, labels, models, top-N, batch size) not yet written
    // to the store. They are saved on their own shortly after the last change, and at once by
    // saveEdits() (quit, New, Open).
    bool isModified() const { return m_modified; }
    // Writes pending edits now. False when the store refused them (the reason in message()).
    bool saveEdits();
    // The set on screen with its results, as WorkbenchStore's JSON file.
    bool exportSet(const QString &path, QString *error = nullptr);
    // A file written by exportSet() (or saveSetFile()): shown, and saved as a new set when there
    // is a store.
    bool importSet(const QString &path, QString *error = nullptr);
    QAction *newSetAction() const { return m_newSetAction; }
    QAction *openSetAction() const { return m_openSetAction; }
    QAction *saveSetAction() const { return m_saveSetAction; }
    QAction *saveSetAsAction() const { return m_saveSetAsAction; }
    QAction *exportSetAction() const { return m_exportSetAction; }
    QAction *importSetAction() const { return m_importSetAction; }

    bool exportResultsCsv(const QString &path, QString *error = nullptr) const;
    bool exportResultsJson(const QString &path, QString *error = nullptr) const;
    // A workbench file: the set and the last results (see RerankSet/RerankResult::toJson).
    bool saveSetFile(const QString &path, QString *error = nullptr) const;
    bool openSetFile(const QString &path, QString *error = nullptr);

public Q_SLOTS:
    void run();
    void cancel();
    // Adds documents from text: one per line, or blocks separated by blank lines.
    void pasteDocuments(const QString &text);
    // Reads a .txt/.md/.csv/.jsonl file on a worker thread and appends its documents.
    void importFile(const QString &path);
    void copyChart();

Q_SIGNALS:
    void runStarted();
    void runFinished();
    // Comparison and label tables were refreshed.
    void metricsUpdated();
    // The input now belongs to another saved set (or, with id 0, to none).
    void currentSetChanged(qint64 id, const QString &name);
    // Every write of a running run's results (for tests and status displays).
    void resultsSaved();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    struct ModelPanel
    {
        QString model;
        QWidget *box = nullptr;
        QLabel *title = nullptr;
        QProgressBar *progress = nullptr;
        QLabel *status = nullptr;
        QLabel *error = nullptr;
        QListView *list = nullptr;
        RerankResultModel *results = nullptr;
        bool finished = false;
    };
    struct ParsedSetFile
    {
        std::optional<WorkbenchSetRecord> record;
        QString error;
        bool legacy = false;
    };
    static ParsedSetFile readSetFile(const QString &path);
    bool applyImportedSet(const QString &path, ParsedSetFile parsed, QString *error);
    struct MetricsOutcome
    {
        int generation = 0;
        QList<Metrics::PairMetrics> pairs;
        QList<Metrics::LabelMetrics> labels;
        bool hasLabels = false;
    };

    QWidget *createInputPanel();
    QWidget *createResultsPanel();
    QWidget *createComparisonPanel();
    void rebuildModelList();
    void updateCounter();
    void updateActions();
    void showMessage(const QString &text);
    void addModelFromField();
    void chooseOpenSet();
    void chooseSaveSet(bool asNew);
    void chooseExportSet();
    void chooseImportSet();
    void setCurrentSet(qint64 id, const QString &name, bool named);
    void updateSetLabel();
    // An edit of the input: shows it in the set label and schedules the autosave.
    void markModified();
    // Replaces input and results with a set and the results made from it.
    void showSet(const RerankSet &set, const QList<RerankResult> &results);
    // The shown results were made from this input (same documents, query and instruction).
    bool resultsMatch(const RerankSet &set) const;
    bool storeWritable() const;
    void addRow();
    void removeSelectedRows();
    void moveSelected(int delta);
    void pasteFromClipboard();
    void chooseImportFiles();
    void appendImported(const QString &fileName, const DocumentImport::Result &result);

    void clearPanels();
    ModelPanel *panel(const QString &model);
    const ModelPanel *panel(const QString &model) const;
    void createPanels(const QStringList &models);
    void onModelProgress(const QString &model, int done, int total);
    void onModelFinished(const RerankResult &result);
    void onRunFinished();
    void showResult(ModelPanel &panel, const RerankResult &result);

    // Sets a document's label (index into the shown run's set, or a table row when
    // fromTable) and keeps the table, the ranked lists and the metrics in step.
    void setLabel(int index, int label, bool fromTable);
    void scheduleMetrics();
    void onMetricsReady();
    void updatePairCombos();
    void updateSlopegraph();
    void updateMovedTable();
    void fillPairTable();
    void fillLabelTable();

    QPointer<ApiClient> m_client;
    QPointer<const ModelCatalog> m_catalog;

    // Input
    QLineEdit *m_query;
    QLineEdit *m_instruction;
    RerankDocumentModel *m_documents;
    QTableView *m_documentView;
    QLabel *m_counter;
    QListWidget *m_modelList;
    ModelPicker *m_addModel;
    QSpinBox *m_topN;
    QSpinBox *m_batchSize;
    QPushButton *m_runButton;
    QPushButton *m_cancelButton;
    QLabel *m_message;
    QAction *m_runAction;
    QAction *m_cancelAction;
    QAction *m_removeAction;
    QAction *m_upAction;
    QAction *m_downAction;
    bool m_counterPending = false;
    QLabel *m_setLabel;
    QAction *m_newSetAction;
    QAction *m_openSetAction;
    QAction *m_saveSetAction;
    QAction *m_saveSetAsAction;
    QAction *m_exportSetAction;
    QAction *m_importSetAction;

    // Store
    QPointer<WorkbenchStore> m_store;
    QPointer<Config> m_config;
    qint64 m_setId = 0;
    QString m_setName;
    bool m_setNamed = false; // the user gave the name (or opened the set), so Save asks none
    QPointer<RerankRunRecorder> m_recorder;
    QTimer *m_autosaveTimer = nullptr;
    bool m_modified = false;
    bool m_autosaveFailed = false;
    int m_loading = 0; // > 0 while the input is replaced (open, new, sample): not an edit

    // Results
    QStackedWidget *m_rankingStack;
    QSplitter *m_rankingSplitter;
    QList<ModelPanel> m_panels;
    QPointer<RerankRun> m_run;
    RerankSet m_runSet;
    bool m_runMatchesTable = false; // table rows are still the run's documents, 1:1
    QToolButton *m_exportButton;
    QPushButton *m_copyChartButton;

    // Comparison
    QStackedWidget *m_comparisonStack;
    QComboBox *m_modelA;
    QComboBox *m_modelB;
    SlopegraphChart *m_slopegraph;
    QSpinBox *m_k;
    QStandardItemModel *m_pairModel;
    QTableView *m_pairView;
    QStandardItemModel *m_movedModel;
    QTableView *m_movedView;
    QLabel *m_movedTitle;
    QWidget *m_labelBox;
    QStandardItemModel *m_labelModel;
    QTableView *m_labelView;
    QFutureWatcher<MetricsOutcome> m_metricsWatcher;
    MetricsOutcome m_metrics;
    int m_metricsGeneration = 0;
    bool m_metricsDirty = false;
};
