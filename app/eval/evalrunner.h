#pragma once

#include "api/apierror.h"
#include "eval/evaltypes.h"
#include "rerank/rerankjob.h"
#include "rerank/rerankresult.h"
#include "store/evalstore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QThreadPool>
#include <QTimer>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

class ApiClient;
class EvalStore;
class ModelCatalog;

// Scores every (query, candidate) pair of an evaluation set with each model and turns the scores
// into one Eval::Run per model. Scores come from the store's score cache where they are; only the
// missing pairs are sent (through RerankJob: batching, retries, concurrency), and the replies'
// scores are written to the cache as they arrive (a transaction every 2 s at most), so a
// cancelled, quit or crashed run resumes where it stopped and a repeated run sends nothing.
// Every write (the cache, a finished model's system) goes through a worker thread with its own
// connection, one write after the other; modelFinished() comes once its writes are committed.
//
// Two steps, both asynchronous:
//   runner.prepare();   // on a worker (its own connection): reads candidates, texts and the
//                       // cache → prepared(estimates): pairs missing, tokens and dollars per model
//   runner.start();     // sends what is missing → progress(), modelFinished(), finished()
// start() without prepare() prepares first. cancel() at any time: finished() still comes (once),
// with what was scored. The store and the client must outlive the runner.
class EvalRunner : public QObject
{
    Q_OBJECT
public:
    // What running one model will ask for, before anything is sent.
    struct Estimate
    {
        QString model;
        int queries = 0;
        int pairs = 0;              // (query, candidate) pairs of the set
        int missingPairs = 0;       // not in the cache: what will be sent
        int requests = 0;           // requests for the missing pairs
        qint64 tokens = 0;          // estimated input tokens of the missing pairs
        std::optional<double> cost; // USD for them; nullopt without a price for the model
        qint64 allTokens = 0;       // … and of all pairs (what a run without cache costs)
        std::optional<double> allCost;
    };

    struct Progress
    {
        QString model;
        int queriesDone = 0; // queries whose every candidate has a score (or failed)
        int queriesTotal = 0;
        int pairsDone = 0; // cached pairs count as done from the start
        int pairsTotal = 0;
    };

    struct Outcome
    {
        QString model;
        Eval::Run run; // every scored candidate of every query
        RerankResult::State state = RerankResult::State::Complete;
        int pairs = 0;
        int fromCache = 0;
        int scored = 0;             // scored now by requests
        int unscored = 0;           // failed or cancelled
        qint64 inputTokens = 0;     // of the requests sent now
        std::optional<double> cost; // of the requests sent now
        bool costEstimated = false;
        qint64 latencyMs = 0; // wall time of this model's requests
        ApiError error;       // the first error that left pairs unscored
    };

    EvalRunner(ApiClient *client, EvalStore *store, qint64 setId, const QStringList &models,
               const ModelCatalog *catalog = nullptr, QObject *parent = nullptr);
    ~EvalRunner() override;

    // Pairs per request for DeepInfra's native rerank, which takes a query per pair: requests
    // are filled with the pairs of as many queries as fit (same instruction). Larger requests
    // cost the client and the server less per pair; a failed one is retried (or lost) whole.
    // 512: against 256, a 100,000-pair run sends 196 requests instead of 391, and the client's
    // CPU per request (QNAM's thread, the reply's cross-thread signals) halves: 753 → 586 ms
    // (bench_evaldata --scoring). Cohere's /rerank already takes up to 1,000 documents a call.
    static constexpr int PackedBatchSize = 512;
    // Pairs per request (1…RerankSet::MaxBatchSize); 0 (the default): PackedBatchSize for
    // DeepInfra's native rerank, and a query's every missing candidate in one request (up to
    // RerankSet::MaxBatchSize, Cohere's recommended ceiling) for Cohere's /rerank, which takes
    // one query per request.
    void setBatchSize(int pairs) { m_batchSize = pairs; }
    // Requests in flight per model at most (default RerankJob::DefaultMaxInFlight).
    void setMaxInFlight(int requests) { m_maxInFlight = std::max(1, requests); }
    // Sent with queries that have no instruction of their own (empty: none).
    void setInstruction(const QString &instruction) { m_instruction = instruction; }
    // Keep each finished model's run as a reranker system of the set (default on).
    void setSaveSystems(bool save) { m_saveSystems = save; }

    QStringList models() const { return m_models; }
    bool isPrepared() const { return m_plan != nullptr; }
    bool isRunning() const { return m_running; }
    QList<Estimate> estimates() const { return m_estimates; }
    QList<Outcome> outcomes() const { return m_outcomes; }

    void prepare();
    void start();
    void cancel();

Q_SIGNALS:
    void prepared(const QList<EvalRunner::Estimate> &estimates);
    // The set could not be read (message translated); finished() follows when a run was started.
    void failed(const QString &message);
    void progress(const EvalRunner::Progress &progress);
    void modelFinished(const EvalRunner::Outcome &outcome);
    void finished(const QList<EvalRunner::Outcome> &outcomes);

public:
    struct Plan; // read on the worker: queries, candidate texts, cached scores, work per model

private:
    struct ModelState;
    // Works (queries) sent by one RerankJob: consecutive ones with the same instruction.
    struct Group
    {
        QString instruction;
        QList<int> works;                // indices into Plan::Model::work
        QList<RerankJob::QueryRun> runs; // one per work, the query's missing pairs
        QList<int> starts;               // the job's first document of each work
    };
    // The jobs of the plan's model `model`.
    QList<Group> groupsFor(int model) const;
    int effectiveBatchSize() const;
    bool sendsOneQueryPerRequest() const;

    void onPrepared();
    void launch(ModelState &state);
    void launchMore(ModelState &state);
    void onScores(ModelState &state, int group, const QList<RerankScore> &scores);
    void onBatchAnswered(ModelState &state, RerankJob *job);
    void onJobFinished(ModelState &state, int group, RerankJob *job);
    void finishModel(ModelState &state);
    void modelSaved(int index, const Outcome &outcome);
    void emitProgress(const ModelState &state);
    void finishRun();
    void saveScores();
    // Writes the unsaved scores to the cache (then a finished model's system, when given) on
    // the writer thread, after every write queued before; `then` runs on this object's thread
    // once done.
    void write(std::optional<std::pair<EvalSystemInfo, Eval::Run>> system,
               std::function<void()> then = {});

    QPointer<ApiClient> m_client;
    QPointer<EvalStore> m_store;
    qint64 m_setId = 0;
    QStringList m_models;
    const ModelCatalog *m_catalog = nullptr;
    int m_batchSize = 0;
    int m_maxInFlight = 4;
    QString m_instruction;
    bool m_saveSystems = true;

    // Scores received and not yet in the file, by the key of their query's cache row; written
    // at most FlushMs later, and when their model finishes (EvalStore::storeQueryScores: a row
    // per query, so a transaction costs a few dozen rows, not a row per pair).
    static constexpr int FlushMs = 2000;
    QHash<QByteArray, EvalStore::QueryScoreUpdate> m_unsaved;
    QList<QByteArray> m_movedLegacy; // per-pair cache rows whose scores are in m_unsaved
    QTimer m_flushTimer;
    QString m_databasePath;
    QThreadPool m_writer; // one thread, kept while the runner lives: writes keep their order
    // The writer thread's connection, opened by its first write and kept (with its page cache)
    // for the next ones; closed on that thread when the runner goes.
    struct WriterConnection;
    std::shared_ptr<WriterConnection> m_writerConnection;
    std::shared_ptr<const Plan> m_plan;
    QFutureWatcher<std::shared_ptr<const Plan>> m_watcher;
    QList<Estimate> m_estimates;
    QList<Outcome> m_outcomes;
    QList<std::shared_ptr<ModelState>> m_states;
    bool m_preparing = false;
    bool m_startWhenPrepared = false;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

Q_DECLARE_METATYPE(EvalRunner::Estimate)
Q_DECLARE_METATYPE(EvalRunner::Progress)
Q_DECLARE_METATYPE(EvalRunner::Outcome)
