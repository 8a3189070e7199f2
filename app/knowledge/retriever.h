#pragma once

#include "api/apiclient.h"
#include "api/apierror.h"
#include "knowledgetypes.h"
#include "store/knowledgestore.h"
#include "vectorindex.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

#include <memory>
#include <optional>

class EmbeddingJob;

class ModelCatalog;
class RerankJob;
struct RerankResult;

// One passage's way through retrieval. Ranks are 1-based; 0 = not in that stage's list.
struct RetrievalCandidate
{
    enum class Outcome { Selected, BelowTopN, BelowThreshold };

    KbPassage passage;
    int bm25Rank = 0;
    double bm25Score = 0; // FTS5 bm25(): lower is better
    int vectorRank = 0;
    double vectorScore = 0; // cosine
    int fusedRank = 0;
    double fusedScore = 0; // RRF: Σ 1 / (60 + rank)
    int rerankRank = 0;
    std::optional<double> rerankScore;
    int finalRank = 0;    // the order used for the prompt (rerank order, or fused order)
    int sourceNumber = 0; // [n] in the prompt when selected
    Outcome outcome = Outcome::BelowTopN;
};

// Everything retrieval did for one question, for the Retrieval panel, `kb search --json` and
// the prompt. candidates are in final order (reranked when reranking worked, else fused), then
// the passages only one list found beyond the fused cut are not kept.
struct RetrievalResult
{
    struct Stage
    {
        qint64 ms = 0;
        qint64 tokens = 0;
        std::optional<double> cost;
        bool costEstimated = false;
        ApiError error; // Kind::None when the stage worked
        bool skipped = false;
    };

    QString query;
    QString collection;
    RetrievalOptions options;
    QList<RetrievalCandidate> candidates;
    int bm25Count = 0;
    int vectorCount = 0;
    Stage embedding; // the question's vector
    Stage bm25;
    Stage vector;
    Stage fusion;
    Stage rerank; // skipped when no model; error when it failed (fused order used)
    qint64 totalMs = 0;

    QList<RetrievalCandidate> selected() const;
    std::optional<double> cost() const;
    QJsonObject toJson() const; // the `kb search --json` shape
};

// Hybrid retrieval over one collection: the question is embedded while BM25 (FTS5) finds its
// top-K; the exact vector scan runs on worker threads; RRF (k = 60) fuses both lists; the
// chosen reranker orders the fused top-K; the top-N above the threshold are selected. A failed
// embedding leaves BM25 alone and a failed rerank leaves the fused order, each recorded in its
// stage's error (never silently). finished() comes once per retrieve().
class Retriever : public QObject
{
    Q_OBJECT
public:
    Retriever(KnowledgeStore *store, ApiClient *client, const KbCollection &collection,
              QObject *parent = nullptr);
    ~Retriever() override;

    void setCatalog(const ModelCatalog *catalog) { m_catalog = catalog; }
    // The collection's vectors when already in memory (KnowledgeSession keeps one copy per
    // collection); without it the first question loads them on the worker thread, and
    // indexLoaded() hands them out for the next questions.
    void setIndex(std::shared_ptr<const VectorIndex> index) { m_index = std::move(index); }
    void retrieve(const QString &query, const RetrievalOptions &options);
    void cancel();
    bool isRunning() const { return m_running; }
    const RetrievalResult &result() const { return m_result; }

    // Reciprocal rank fusion of ranked id lists: by score, ties by best single rank, then id.
    static QList<std::pair<qint64, double>> fuse(const QList<QList<qint64>> &rankings, int k);

Q_SIGNALS:
    void finished(const RetrievalResult &result);
    // The vectors were read from the file (once per load) for this question.
    void indexLoaded(std::shared_ptr<const VectorIndex> index);

private:
    struct Work; // what BM25, the vector scan and fusion found (on the worker thread)
    static std::shared_ptr<Work> work(KnowledgeStore *store, qint64 collectionId, int dimensions,
                                      const QString &query, const QList<float> &vector, int topK,
                                      std::shared_ptr<const VectorIndex> index);
    void apply(const Work &work);
    void onEmbedded();
    void onSearched();
    void rerank();
    void onReranked(const RerankResult &rerank);
    void select();

    QPointer<KnowledgeStore> m_store;
    QPointer<ApiClient> m_client;
    KbCollection m_collection;
    const ModelCatalog *m_catalog = nullptr;
    std::shared_ptr<const VectorIndex> m_index; // shared, read-only: one copy per collection
    QPointer<EmbeddingJob> m_embedding;
    QPointer<RerankJob> m_rerank;
    QFutureWatcher<std::shared_ptr<Work>> *m_searchWatcher = nullptr;
    QElapsedTimer m_clock;
    QList<float> m_queryVector;
    RetrievalResult m_result;
    bool m_running = false;
};

Q_DECLARE_METATYPE(RetrievalResult)
