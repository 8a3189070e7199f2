#include "retriever.h"

#include "embeddingjob.h"

#include "api/apiclient.h"
#include "models/modelcatalog.h"
#include "rerank/rerankjob.h"
#include "store/database.h"
#include "store/knowledgestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

QList<RetrievalCandidate> RetrievalResult::selected() const
{
    QList<RetrievalCandidate> list;
    for (const RetrievalCandidate &candidate : candidates) {
        if (candidate.outcome == RetrievalCandidate::Outcome::Selected)
            list.append(candidate);
    }
    return list;
}

std::optional<double> RetrievalResult::cost() const
{
    std::optional<double> total;
    for (const Stage *stage : { &embedding, &rerank }) {
        if (stage->cost)
            total = total.value_or(0.0) + *stage->cost;
    }
    return total;
}

namespace {

QJsonValue optionalNumber(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue rankOrNull(int rank)
{
    return rank > 0 ? QJsonValue(rank) : QJsonValue(QJsonValue::Null);
}

QJsonObject stageJson(const RetrievalResult::Stage &stage)
{
    QJsonObject object{ { u"ms"_s, stage.ms } };
    if (stage.tokens > 0)
        object.insert(u"tokens"_s, stage.tokens);
    if (stage.cost)
        object.insert(u"cost"_s, *stage.cost);
    if (stage.skipped)
        object.insert(u"skipped"_s, true);
    if (stage.error.isError())
        object.insert(u"error"_s, stage.error.userMessage());
    return object;
}

} // namespace

QJsonObject RetrievalResult::toJson() const
{
    QJsonArray results;
    for (const RetrievalCandidate &c : selected()) {
        results.append(QJsonObject{ { u"rank"_s, c.sourceNumber },
                                    { u"path"_s, c.passage.path },
                                    { u"lines"_s, c.passage.chunk.lines() },
                                    { u"text"_s, c.passage.chunk.text },
                                    { u"bm25_rank"_s, rankOrNull(c.bm25Rank) },
                                    { u"vector_rank"_s, rankOrNull(c.vectorRank) },
                                    { u"fused_rank"_s, rankOrNull(c.fusedRank) },
                                    { u"rerank_rank"_s, rankOrNull(c.rerankRank) },
                                    { u"rerank_score"_s, optionalNumber(c.rerankScore) } });
    }
    return QJsonObject{ { u"query"_s, query },
                        { u"collection"_s, collection },
                        { u"results"_s, results },
                        { u"candidates"_s, int(candidates.size()) },
                        { u"cost"_s, optionalNumber(cost()) },
                        { u"stages"_s,
                          QJsonObject{ { u"embedding"_s, stageJson(embedding) },
                                       { u"bm25"_s, stageJson(bm25) },
                                       { u"vector"_s, stageJson(vector) },
                                       { u"fusion"_s, stageJson(fusion) },
                                       { u"rerank"_s, stageJson(rerank) } } },
                        { u"total_ms"_s, totalMs } };
}

struct Retriever::Work
{
    QList<RetrievalCandidate> candidates; // fused order, passages read
    int bm25Count = 0;
    int vectorCount = 0;
    qint64 bm25Ms = 0;
    qint64 vectorMs = 0; // with the load, when the vectors were read for this question
    qint64 fusionMs = 0;
    bool vectorSkipped = false;
    bool noConnection = false;                 // the worker could not open the file
    std::shared_ptr<const VectorIndex> loaded; // set when read for this question
};

Retriever::Retriever(KnowledgeStore *store, ApiClient *client, const KbCollection &collection,
                     QObject *parent)
    : QObject(parent), m_store(store), m_client(client), m_collection(collection)
{
}

Retriever::~Retriever() = default; // a running worker holds only its own copies

QList<std::pair<qint64, double>> Retriever::fuse(const QList<QList<qint64>> &rankings, int k)
{
    QHash<qint64, double> scores;
    QHash<qint64, int> bestRank;
    for (const QList<qint64> &ranking : rankings) {
        for (qsizetype i = 0; i < ranking.size(); ++i) {
            const qint64 id = ranking.at(i);
            scores[id] += 1.0 / double(k + i + 1);
            const int rank = int(i + 1);
            bestRank[id] = bestRank.contains(id) ? std::min(bestRank.value(id), rank) : rank;
        }
    }
    QList<std::pair<qint64, double>> fused;
    fused.reserve(scores.size());
    for (auto it = scores.cbegin(); it != scores.cend(); ++it)
        fused.append({ it.key(), it.value() });
    std::sort(fused.begin(), fused.end(), [&](const auto &a, const auto &b) {
        if (a.second != b.second)
            return a.second > b.second;
        if (bestRank.value(a.first) != bestRank.value(b.first))
            return bestRank.value(a.first) < bestRank.value(b.first);
        return a.first < b.first;
    });
    return fused;
}

void Retriever::retrieve(const QString &query, const RetrievalOptions &options)
{
    cancel();
    m_running = true;
    m_result = RetrievalResult();
    m_result.query = query;
    m_result.collection = m_collection.name;
    m_result.options = options;
    m_clock.start();

    // BM25, the vector scan and fusion wait for the question's vector and then run together
    // on a worker thread with its own connection (onEmbedded).
    m_embedding = new EmbeddingJob(m_client, m_collection.embedModel, { query },
                                   m_collection.dimensions, this);
    connect(m_embedding, &EmbeddingJob::finished, this, &Retriever::onEmbedded);
    m_embedding->start();
}

void Retriever::cancel()
{
    if (!m_running)
        return;
    m_running = false;
    if (m_embedding) {
        m_embedding->disconnect(this);
        m_embedding->cancel();
        m_embedding->deleteLater();
    }
    if (m_rerank) {
        m_rerank->disconnect(this);
        m_rerank->cancel();
        m_rerank->deleteLater();
    }
    if (m_searchWatcher) {
        // The worker holds only copies and its own connection: it ends by itself, unheard.
        m_searchWatcher->disconnect(this);
        m_searchWatcher->deleteLater();
        m_searchWatcher = nullptr;
    }
}

void Retriever::onEmbedded()
{
    EmbeddingJob *job = m_embedding;
    m_embedding = nullptr;
    job->deleteLater();
    const EmbeddingJob::Result &embedded = job->result();
    m_result.embedding.ms = embedded.elapsedMs;
    m_result.embedding.tokens = embedded.promptTokens;
    m_result.embedding.cost = embedded.cost;
    QList<float> vector;
    if (!embedded.ok() || embedded.vectors.value(0).isEmpty())
        m_result.embedding.error = embedded.error;
    else
        vector = embedded.vectors.constFirst();
    m_queryVector = vector;
    if (!m_store) {
        apply(Work{});
        return;
    }
    const qint64 id = m_collection.id;
    const int dimensions = m_collection.dimensions;
    const QString query = m_result.query;
    const int topK = m_result.options.topK;
    Database *database = m_store->database();
    const QString path = database ? database->path() : QString();
    if (!database || database->isReadOnly() || path.isEmpty() || path == u":memory:"_s) {
        // No second connection to such a file: the same work here.
        apply(*work(m_store, id, dimensions, query, vector, topK, m_index));
        return;
    }
    m_searchWatcher = new QFutureWatcher<std::shared_ptr<Work>>(this);
    connect(m_searchWatcher, &QFutureWatcher<std::shared_ptr<Work>>::finished, this,
            &Retriever::onSearched);
    m_searchWatcher->setFuture(
        QtConcurrent::run([path, id, dimensions, query, vector, topK, index = m_index] {
            Database worker;
            if (!worker.openWorkerConnection(path).ok()) {
                auto failed = std::make_shared<Work>();
                failed->noConnection = true;
                return failed;
            }
            KnowledgeStore store(&worker);
            return work(&store, id, dimensions, query, vector, topK, index);
        }));
}

std::shared_ptr<Retriever::Work> Retriever::work(KnowledgeStore *store, qint64 collectionId,
                                                 int dimensions, const QString &query,
                                                 const QList<float> &vector, int topK,
                                                 std::shared_ptr<const VectorIndex> index)
{
    auto w = std::make_shared<Work>();
    QElapsedTimer clock;
    clock.start();
    const QList<std::pair<qint64, double>> hits = store->bm25(collectionId, query, topK);
    QHash<qint64, RetrievalCandidate> byId;
    QList<qint64> bm25Ids;
    for (qsizetype i = 0; i < hits.size(); ++i) {
        RetrievalCandidate &c = byId[hits.at(i).first];
        c.passage.id = hits.at(i).first;
        c.bm25Rank = int(i + 1);
        c.bm25Score = hits.at(i).second;
        bm25Ids.append(c.passage.id);
    }
    w->bm25Count = int(hits.size());
    w->bm25Ms = clock.elapsed();

    clock.start();
    QList<qint64> vectorIds;
    if (!vector.isEmpty() && !index) {
        if (std::optional<VectorIndex> read = store->loadVectors(collectionId, dimensions)) {
            index = std::make_shared<const VectorIndex>(std::move(*read));
            w->loaded = index;
        }
    }
    if (vector.isEmpty() || !index) {
        w->vectorSkipped = true;
    } else {
        const QList<VectorIndex::Hit> vectorHits = index->search(vector, topK);
        for (qsizetype i = 0; i < vectorHits.size(); ++i) {
            const VectorIndex::Hit &hit = vectorHits.at(i);
            vectorIds.append(hit.id);
            RetrievalCandidate &c = byId[hit.id];
            c.passage.id = hit.id;
            c.vectorRank = int(i + 1);
            c.vectorScore = hit.score;
        }
        w->vectorCount = int(vectorHits.size());
        w->vectorMs = clock.elapsed();
    }

    clock.start();
    QList<std::pair<qint64, double>> fused = fuse({ bm25Ids, vectorIds }, RetrievalOptions::RrfK);
    if (fused.size() > topK)
        fused.resize(topK);
    QList<qint64> ids;
    for (const auto &entry : std::as_const(fused))
        ids.append(entry.first);
    QHash<qint64, KbPassage> passageById;
    for (const KbPassage &passage : store->passages(ids))
        passageById.insert(passage.id, passage);
    for (qsizetype i = 0; i < fused.size(); ++i) {
        if (!passageById.contains(fused.at(i).first))
            continue; // removed by a sync since the vectors were loaded
        RetrievalCandidate c = byId.value(fused.at(i).first);
        c.passage = passageById.value(fused.at(i).first);
        c.fusedRank = int(i + 1);
        c.fusedScore = fused.at(i).second;
        c.finalRank = c.fusedRank;
        w->candidates.append(c);
    }
    w->fusionMs = clock.elapsed();
    return w;
}

void Retriever::onSearched()
{
    QFutureWatcher<std::shared_ptr<Work>> *watcher = m_searchWatcher;
    m_searchWatcher = nullptr;
    watcher->deleteLater();
    if (!m_running)
        return;
    std::shared_ptr<Work> w = watcher->result();
    if ((!w || w->noConnection) && m_store) {
        // The file was busy or gone for a second connection: the same work here, once.
        w = work(m_store, m_collection.id, m_collection.dimensions, m_result.query, m_queryVector,
                 m_result.options.topK, m_index);
    }
    apply(w ? *w : Work{});
}

void Retriever::apply(const Work &work)
{
    if (work.loaded) {
        m_index = work.loaded;
        Q_EMIT indexLoaded(m_index);
    }
    m_result.candidates = work.candidates;
    m_result.bm25Count = work.bm25Count;
    m_result.vectorCount = work.vectorCount;
    m_result.bm25.ms = work.bm25Ms;
    m_result.vector.ms = work.vectorMs;
    m_result.vector.skipped = work.vectorSkipped;
    m_result.fusion.ms = work.fusionMs;
    rerank();
}

void Retriever::rerank()
{
    const QString model = m_result.options.rerankModel.trimmed();
    if (model.isEmpty() || m_result.candidates.isEmpty()) {
        m_result.rerank.skipped = true;
        select();
        return;
    }
    RerankSet set;
    set.query = m_result.query;
    for (const RetrievalCandidate &c : std::as_const(m_result.candidates))
        set.documents.append(RerankDocument{ c.passage.chunk.text, RerankDocument::Unlabelled });
    set.models = { model };
    m_rerank = new RerankJob(m_client, set, model, this);
    if (m_catalog)
        m_rerank->setModelInfo(m_catalog->find(model));
    connect(m_rerank, &RerankJob::finished, this, &Retriever::onReranked);
    m_rerank->start();
}

void Retriever::onReranked(const RerankResult &rerank)
{
    if (m_rerank)
        m_rerank->deleteLater();
    m_rerank = nullptr;
    m_result.rerank.ms = rerank.latencyMs;
    m_result.rerank.tokens = rerank.inputTokens;
    m_result.rerank.cost = rerank.cost;
    m_result.rerank.costEstimated = rerank.costEstimated;
    if (rerank.state != RerankResult::State::Complete) {
        // Partial scores would mix two orders: the fused order stands, and the reply says so.
        m_result.rerank.error = rerank.firstError();
        if (!m_result.rerank.error.isError())
            m_result.rerank.error
                = ApiError::make(ApiError::Kind::Protocol,
                                 QCoreApplication::translate("Retriever",
                                                             "The reranker did not score every "
                                                             "passage."));
        select();
        return;
    }
    for (qsizetype i = 0; i < rerank.ranked.size(); ++i) {
        const RerankScore &score = rerank.ranked.at(i);
        RetrievalCandidate &c = m_result.candidates[score.index];
        c.rerankRank = int(i + 1);
        c.rerankScore = score.score;
        c.finalRank = c.rerankRank;
    }
    std::stable_sort(m_result.candidates.begin(), m_result.candidates.end(),
                     [](const RetrievalCandidate &a, const RetrievalCandidate &b) {
                         return a.finalRank < b.finalRank;
                     });
    select();
}

void Retriever::select()
{
    const bool reranked = !m_result.rerank.skipped && !m_result.rerank.error.isError();
    int number = 0;
    for (RetrievalCandidate &c : m_result.candidates) {
        if (reranked && m_result.options.threshold > 0 && c.rerankScore
            && *c.rerankScore < m_result.options.threshold) {
            c.outcome = RetrievalCandidate::Outcome::BelowThreshold;
        } else if (number >= m_result.options.topN) {
            c.outcome = RetrievalCandidate::Outcome::BelowTopN;
        } else {
            c.outcome = RetrievalCandidate::Outcome::Selected;
            c.sourceNumber = ++number;
        }
    }
    m_result.totalMs = m_clock.elapsed();
    m_running = false;
    Q_EMIT finished(m_result);
}
