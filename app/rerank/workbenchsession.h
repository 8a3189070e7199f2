#pragma once

#include "metrics.h"
#include "rerankresult.h"
#include "rerankset.h"
#include "store/workbenchstore.h"

#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <optional>

class ApiClient;
class Config;
class EvalStore;
class ModelCatalog;
class RerankRun;
class RerankRunRecorder;

// The rerank workbench without its window: the set being edited (query, instruction, documents
// with labels, chosen models, top-N, batch size) and the saved set it belongs to, the run
// (RerankRun, saved as it goes by RerankRunRecorder), the results shown and the comparison and
// label metrics (computed on a worker, generation-counted so a late answer never overwrites a
// newer one), saving, opening, importing and exporting. The Rerank tab's panels observe it;
// tests drive it with no display.
//
// Edits are kept like chat messages: setInput() marks the set modified and it is saved on its
// own shortly after the last change (saveEdits() saves at once: quit, New, Open). A set with
// nothing in it is not saved; a new set that gets content becomes a set in the history, named
// after its query until the user names it.
class WorkbenchSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int MovedLimit = 20;
    static constexpr int DefaultAutosaveDelayMs = 800;

    explicit WorkbenchSession(QObject *parent = nullptr);
    ~WorkbenchSession() override;

    void setApiClient(ApiClient *client);
    ApiClient *apiClient() const;
    void setCatalog(const ModelCatalog *catalog);
    const ModelCatalog *catalog() const;
    // Where the set to reopen at start is remembered.
    void setConfig(Config *config);
    // Where sets and results are saved (null: files only). Reopens the set that was open when
    // Sift last ran, unless the input already holds something.
    void setStore(WorkbenchStore *store);
    WorkbenchStore *store() const;
    bool storeWritable() const;
    void setAutosaveDelay(int ms) { m_autosave.setInterval(ms); }

    // The input: what Run sends.
    const RerankSet &input() const { return m_input; }
    // An edit of the input by the user.
    void setInput(const RerankSet &set);
    // Replaces the input without counting it as an edit (the demo's sample).
    void loadInput(const RerankSet &set);
    bool isModified() const { return m_modified; }
    bool saveFailed() const { return m_saveFailed; }

    // The saved set the input belongs to (0: none yet), its name, and whether the user named it.
    qint64 setId() const { return m_setId; }
    QString setName() const { return m_setName; }
    bool isNamed() const { return m_named; }
    // "Set: name · saved" and the like, for the label under the documents.
    QString setStatusText() const;
    QString setStatusToolTip() const;

    // A sample query and a dozen documents (no models), for the demo and first-time users.
    static RerankSet sampleSet();

    // What running the input would take: documents × models, estimated input tokens per model
    // (TokenEstimate's rule, the query counted once per document) and the cost from the
    // catalog's prices (priced: at least one model has a price).
    struct CostEstimate
    {
        qint64 pairs = 0;
        qint64 tokensPerModel = 0;
        double cost = 0;     // of the models with a price
        bool priced = false; // some model has a price
        // Models without a price in the catalog (Qwen3-Reranker-4B has none documented): `cost`
        // leaves them out, so it is not what the run costs.
        QStringList unpriced;
    };
    CostEstimate estimateRun() const;

    // Starts the input's run. False (nothing started) with message() saying what is missing.
    bool run();
    // Runs one shown model again on resultSet() (after it failed) and replaces its result.
    bool retryModel(const QString &model);
    void cancel();
    bool isRunning() const;
    RerankRun *currentRun() const;

    // The set the shown results belong to, the models shown (in order; those of a run still in
    // flight too) and their finished results.
    const RerankSet &resultSet() const { return m_resultSet; }
    QStringList shownModels() const { return m_shownModels; }
    QList<RerankResult> results() const;
    std::optional<RerankResult> result(const QString &model) const;
    // The shown results were made from the input (same query, instruction and documents).
    bool resultsMatchInput() const;
    // A label set on a shown result's document (index into resultSet()); the input gets it too
    // while the results match it.
    void setResultLabel(int index, int label);

    void setK(int k);
    int k() const { return m_k; }
    const QList<Metrics::PairMetrics> &pairMetrics() const { return m_pairs; }
    const QList<Metrics::LabelMetrics> &labelMetrics() const { return m_labelMetrics; }
    bool hasLabelMetrics() const { return m_hasLabels && !m_labelMetrics.isEmpty(); }

    // The last note for the user (validation, storage trouble, import results); empty: none.
    QString message() const { return m_message; }
    void setMessage(const QString &text);

    // Saves the input (and the shown results when they were made from it) as the current set; a
    // new one when there is none. `name` empty keeps the name (a new set: the query's first
    // line). False with message() on trouble.
    bool saveSet(const QString &name = {});
    bool saveSetAs(const QString &name);
    // Writes pending edits now; false when the store refused them (message() says why).
    bool saveEdits();
    bool openSet(qint64 id);
    // Empties the input (models and batch size stay) and the results.
    bool newSet();
    // The store removed a set (the sets dialog): the input stays, no longer saved as it.
    void forgetSet(qint64 id);
    // The set on screen came back (undo of a delete).
    void adoptRestoredSet(qint64 id);

    bool exportSet(const QString &path, QString *error = nullptr);
    // A set file (this format or the legacy one): read and parsed on the calling thread.
    bool importSet(const QString &path, QString *error = nullptr);
    // The same, read and parsed once on a worker; importFinished() reports.
    void importSetInBackground(const QString &path);
    bool exportResultsCsv(const QString &path, QString *error = nullptr) const;
    bool exportResultsJson(const QString &path, QString *error = nullptr) const;
    // The legacy set file ("sift-rerank-set").
    bool saveSetFile(const QString &path, QString *error = nullptr) const;

    // A file read on a worker; pure (touches nothing shared).
    struct ParsedSetFile
    {
        std::optional<WorkbenchSetRecord> record;
        QString error;
        bool legacy = false;
    };
    static ParsedSetFile readSetFile(const QString &path);
    static bool writeFile(const QString &path, const QByteArray &data, QString *error);

Q_SIGNALS:
    // Labels of a question from a knowledge collection went into its evaluation set (saved in
    // the same database; an Evaluate tab with its own EvalStore reloads its list).
    void knowledgeLabelsCollected(qint64 evalSetId);
    // The input was replaced (open, new, import, sample): views reload it from input().
    void inputReplaced();
    // One label of the input changed through setResultLabel().
    void inputLabelChanged(int index, int label);
    void currentSetChanged(qint64 id, const QString &name);
    // Saved/modified/failed changed: setStatusText() has news.
    void setStatusChanged();
    void messageChanged(const QString &text);

    void runStarted();
    void modelProgress(const QString &model, int done, int total);
    void modelFinished(const RerankResult &result);
    void runFinished();
    // shownModels() and results() were replaced (a run started, a set was opened or emptied).
    void resultsReplaced();
    // Labels of resultSet() changed.
    void resultLabelsChanged();
    void metricsUpdated();
    // Every write of a running run's results.
    void resultsSaved();
    void importFinished(bool ok, const QString &error);

private:
    struct MetricsOutcome
    {
        int generation = 0;
        QList<Metrics::PairMetrics> pairs;
        QList<Metrics::LabelMetrics> labels;
        bool hasLabels = false;
    };

    void setCurrentSet(qint64 id, const QString &name, bool named);
    void markModified();
    void replaceInput(const RerankSet &set);
    void showResults(const RerankSet &set, const QList<RerankResult> &results);
    bool applyImportedSet(const QString &path, ParsedSetFile parsed, QString *error);
    void onModelFinished(const RerankResult &result);
    void onRunFinished();
    void scheduleMetrics();
    void onMetricsReady();
    void collectKnowledgeLabels();

    QPointer<ApiClient> m_client;
    QPointer<const ModelCatalog> m_catalog;
    QPointer<Config> m_config;
    QPointer<WorkbenchStore> m_store;
    QPointer<EvalStore> m_evalStore; // the knowledge labels' evaluation sets; a child of m_store
    QString m_labelsNotedFor;        // the evaluation set the user was last told about

    RerankSet m_input;
    qint64 m_setId = 0;
    QString m_setName;
    bool m_named = false;
    bool m_modified = false;
    bool m_saveFailed = false;
    QTimer m_autosave;
    QString m_message;

    QPointer<RerankRun> m_run;
    QPointer<RerankRunRecorder> m_recorder;
    RerankSet m_resultSet;
    QStringList m_shownModels;
    QList<RerankResult> m_results; // finished, in m_shownModels order

    int m_k = 10;
    QFutureWatcher<MetricsOutcome> m_metricsWatcher;
    QList<Metrics::PairMetrics> m_pairs;
    QList<Metrics::LabelMetrics> m_labelMetrics;
    bool m_hasLabels = false;
    int m_metricsGeneration = 0;
    bool m_metricsDirty = false;
};
