#pragma once

#include "rerank/documentimport.h"
#include "rerank/metrics.h"
#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"

#include <QFutureWatcher>
#include <QList>
#include <QPointer>
#include <QWidget>

class ApiClient;
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
class QToolButton;
class RerankDocumentModel;
class RerankResultModel;
class RerankRun;
class SlopegraphChart;

// The Rerank tab: one query against many documents, ranked by several rerank models side by
// side. Left: the input (query, instruction, documents with labels, models, top-N, batch size).
// Right: per model a ranked list with score bars, progress, latency, tokens and cost; below, the
// comparison (slopegraph of a chosen pair, Kendall τ and overlap@k for every pair, the documents
// that moved most) and, once documents are labelled, nDCG@k, MRR and recall@k per model.
// Presentation only: RerankRun does the requests, Metrics the numbers (on a worker thread).
class RerankWorkbench : public QWidget
{
    Q_OBJECT
public:
    explicit RerankWorkbench(QWidget *parent = nullptr);
    ~RerankWorkbench() override;

    void setApiClient(ApiClient *client);
    void setCatalog(const ModelCatalog *catalog);
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
    // The model's error line (documents not scored and why); empty when none.
    QString modelErrorText(const QString &model) const;
    SlopegraphChart *slopegraph() const { return m_slopegraph; }
    QTableView *pairTable() const { return m_pairView; }
    QTableView *movedTable() const { return m_movedView; }
    QTableView *labelMetricsTable() const { return m_labelView; }
    // The note under the Run button (validation problems, import results).
    QString message() const;

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
    QLineEdit *m_addModel;
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
