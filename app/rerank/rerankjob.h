#pragma once

#include "models/modelinfo.h"
#include "rerankresult.h"
#include "rerankset.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QList>
#include <QObject>
#include <QPointer>

#include <optional>

class ApiClient;
class JsonReply;

// Ranks one RerankSet's documents with one model. Splits them into batches of the set's batch
// size and sends at most maxInFlight() of them at a time through ApiClient::postJson (which
// retries 429/5xx with backoff): DeepInfra's native /v1/inference/<model> for deepinfra-kind
// endpoints, Cohere's /rerank for openai-kind ones. Scores are normalised to document indices,
// sorted, and cut to topN on the client.
//
// A batch that still fails leaves its documents unscored with the error; the other batches are
// kept (state Partial). An error that no other batch can avoid (key missing or rejected, no
// funds, unknown model, insecure endpoint) stops the remaining batches at once.
// Emits progress() and batchFinished() per batch, then finished() exactly once — also after
// cancel(), which keeps what was already scored.
class RerankJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultMaxInFlight = 4;

    // Requests needed for `documents` documents in batches of `batchSize` (clamped as
    // RerankSet::effectiveBatchSize() does): what a job of them sends.
    static int batchesFor(qsizetype documents, int batchSize);
    // Pairs of several queries in one job (the evaluation runner): the set's documents in runs,
    // each run with its own query (the set's query is not sent then). DeepInfra's native body
    // carries one query per document, so its batches fill up across runs; Cohere's carries one
    // query per request, so its batches end where a run ends.
    struct QueryRun
    {
        QString query;
        int documents = 0;
    };
    // Requests a job of these runs sends (`splitAtRuns`: Cohere's shape).
    static int batchesFor(const QList<QueryRun> &runs, int batchSize, bool splitAtRuns);
    // Errors that every other request to the model would hit too (key missing or rejected, no
    // funds, unknown model, insecure endpoint): sending more only adds failed requests.
    static bool stopsEveryRequest(ApiError::Kind kind);

    RerankJob(ApiClient *client, const RerankSet &set, const QString &model,
              QObject *parent = nullptr);
    // A job of several queries' documents: runs' documents add up to the set's.
    RerankJob(ApiClient *client, const RerankSet &set, const QList<QueryRun> &runs,
              const QString &model, QObject *parent = nullptr);
    ~RerankJob() override;

    // Prices for the cost when the server reports none (cost = tokens × input price).
    void setModelInfo(const std::optional<ModelInfo> &info) { m_modelInfo = info; }
    void setMaxInFlight(int requests);
    int maxInFlight() const { return m_maxInFlight; }
    // The documents' texts already in UTF-8, one per document of the set, for the request bodies
    // instead of the documents' `text` (the evaluation runner holds them so, as read from its
    // store): no conversion per request. Invalid UTF-8 goes out as QString::fromUtf8 reads it.
    // Ignored unless there is one per document.
    void setUtf8Texts(const QList<QByteArray> &texts);
    // Whether result() lists the scores ranked (the default). A caller that takes the scores from
    // scoresArrived() (the evaluation runner) saves the copy and the sort of all of them.
    void setKeepRanking(bool keep) { m_keepRanking = keep; }

    void start();
    void cancel();

    QString model() const { return m_model; }
    bool isRunning() const { return m_running; }
    bool isFinished() const { return m_finished; }
    int total() const { return int(m_set.documents.size()); }
    int done() const { return m_done; }
    int batchCount() const { return int(m_batches.size()); }
    // The result so far; final once finished() was emitted.
    const RerankResult &result() const { return m_result; }
    // While running: what was answered so far, state Running, the documents still waiting
    // listed as unscored (for saving a run in flight). Once finished: result().
    RerankResult partialResult() const;

Q_SIGNALS:
    // Documents answered so far (scored or failed) out of all documents.
    void progress(int done, int total);
    // The batch of documents [first, first + count) has an answer (scores or an error).
    void batchFinished(int first, int count);
    // The scores one reply brought (indices into the set), before its batchFinished(): for
    // saving them as they arrive (the evaluation runner's score cache). Cancelling from here
    // keeps them scored.
    void scoresArrived(const QList<RerankScore> &scores);
    void finished(const RerankResult &result);

private:
    struct Batch
    {
        int first = 0;
        int count = 0;
        QPointer<JsonReply> reply;
        bool done = false;
    };

    void launchMore();
    void onBatchReply(int batch, const QJsonDocument &document);
    void onBatchFailed(int batch, const ApiError &error);
    void settleBatch(int batch);
    // Marks every batch not yet answered as failed with error, without further requests.
    void abandonPending(const ApiError &error);
    void complete();
    // Scores, unscored, tokens, latency and cost from what has been answered so far.
    void fillResult(RerankResult &r) const;
    // Batches of at most `size` documents, ending where a run ends when `splitAtRuns`.
    static QList<Batch> split(const QList<QueryRun> &runs, int size, bool splitAtRuns);
    // The run holding document `index` (index into m_runStarts / m_runs).
    int runOf(int index) const;
    QByteArray requestBody(const Batch &batch) const;
    bool parseNative(const Batch &batch, const QJsonObject &reply, ApiError *error);
    bool parseCohere(const Batch &batch, const QJsonObject &reply, ApiError *error);

    QPointer<ApiClient> m_client;
    RerankSet m_set;
    QList<QueryRun> m_runs; // empty: the set's query for every document
    QList<int> m_runStarts; // first document of each run
    QString m_model;
    std::optional<ModelInfo> m_modelInfo;
    QList<QByteArray> m_utf8Texts; // empty: the documents' text
    int m_maxInFlight = DefaultMaxInFlight;
    QList<Batch> m_batches;
    int m_nextBatch = 0;
    int m_inFlight = 0;
    int m_done = 0;
    QList<RerankScore> m_scores;
    QList<RerankScore> m_arrived; // of the reply being settled, for scoresArrived()
    QList<UnscoredDocument> m_unscored;
    qint64 m_inputTokens = 0;
    double m_reportedCost = 0.0;
    qint64 m_unreportedCostTokens = 0; // tokens of batches that came without a cost
    int m_succeededBatches = 0;
    int m_batchesWithoutCost = 0;
    QElapsedTimer m_clock;
    RerankResult m_result;
    bool m_running = false;
    bool m_finished = false;
    bool m_cancelled = false;
    bool m_keepRanking = true;
};
