#include "rerankjob.h"

#include "api/apiclient.h"
#include "api/jsonreply.h"
#include "api/jsontext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <climits>
#include <cmath>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

ApiError protocolError(const char *text)
{
    return ApiError::make(ApiError::Kind::Protocol, QCoreApplication::translate("RerankJob", text));
}

// A JSON number, or NaN for anything else (strings, null, missing).
double number(const QJsonValue &value)
{
    return value.isDouble() ? value.toDouble() : std::nan("");
}

} // namespace

int RerankJob::batchesFor(qsizetype documents, int batchSize)
{
    RerankSet set;
    set.batchSize = batchSize;
    const qsizetype size = set.effectiveBatchSize();
    return int((std::max<qsizetype>(documents, 0) + size - 1) / size);
}

int RerankJob::batchesFor(const QList<QueryRun> &runs, int batchSize, bool splitAtRuns)
{
    RerankSet set;
    set.batchSize = batchSize;
    return int(split(runs, set.effectiveBatchSize(), splitAtRuns).size());
}

QList<RerankJob::Batch> RerankJob::split(const QList<QueryRun> &runs, int size, bool splitAtRuns)
{
    QList<Batch> batches;
    int first = 0;
    int count = 0;
    for (const QueryRun &run : runs) {
        for (int left = std::max(0, run.documents); left > 0;) {
            const int taken = std::min(left, size - count);
            count += taken;
            left -= taken;
            if (count == size) {
                batches.append(Batch{ first, count, {}, false });
                first += count;
                count = 0;
            }
        }
        if (splitAtRuns && count > 0) {
            batches.append(Batch{ first, count, {}, false });
            first += count;
            count = 0;
        }
    }
    if (count > 0)
        batches.append(Batch{ first, count, {}, false });
    return batches;
}

bool RerankJob::stopsEveryRequest(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::NoKey:
    case ApiError::Kind::Payment:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Insecure:
        return true;
    default:
        return false;
    }
}

RerankJob::RerankJob(ApiClient *client, const RerankSet &set, const QString &model, QObject *parent)
    : RerankJob(client, set, {}, model, parent)
{
}

RerankJob::RerankJob(ApiClient *client, const RerankSet &set, const QList<QueryRun> &runs,
                     const QString &model, QObject *parent)
    : QObject(parent), m_client(client), m_set(set), m_runs(runs), m_model(model.trimmed())
{
    const int total = int(m_set.documents.size());
    int start = 0;
    for (const QueryRun &run : std::as_const(m_runs)) {
        m_runStarts.append(start);
        start += std::max(0, run.documents);
    }
    if (start != total) {
        // Runs that do not cover the documents: one query for all, as a plain set.
        m_runs.clear();
        m_runStarts.clear();
    }
    const QList<QueryRun> whole{ QueryRun{ m_set.query, total } };
    const bool cohere = m_client && m_client->endpoint().kind == Endpoint::Kind::OpenAI;
    m_batches = split(m_runs.isEmpty() ? whole : m_runs, m_set.effectiveBatchSize(), cohere);
    m_result.model = m_model;
    m_result.documentCount = total;
}

int RerankJob::runOf(int index) const
{
    return int(std::upper_bound(m_runStarts.cbegin(), m_runStarts.cend(), index)
               - m_runStarts.cbegin())
        - 1;
}

RerankJob::~RerankJob()
{
    for (Batch &batch : m_batches) {
        if (batch.reply)
            batch.reply->cancel();
    }
}

void RerankJob::setMaxInFlight(int requests)
{
    m_maxInFlight = std::max(1, requests);
}

void RerankJob::setUtf8Texts(const QList<QByteArray> &texts)
{
    m_utf8Texts.clear();
    if (texts.size() != m_set.documents.size())
        return;
    m_utf8Texts = texts;
    for (QByteArray &text : m_utf8Texts) {
        // What the QString path would send for bytes that are not UTF-8 (U+FFFD for them).
        if (Q_UNLIKELY(!QByteArrayView(text).isValidUtf8()))
            text = QString::fromUtf8(text).toUtf8();
    }
}

void RerankJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    if (!m_client) {
        abandonPending(
            ApiError::make(ApiError::Kind::NoKey,
                           QCoreApplication::translate("RerankJob",
                                                       "No connection to the service is set "
                                                       "up. Open Settings → Endpoint.")));
    }
    if (m_batches.isEmpty() || !m_client) {
        // Nothing to send: still answer asynchronously, like a real run.
        QTimer::singleShot(0, this, &RerankJob::complete);
        return;
    }
    launchMore();
}

void RerankJob::cancel()
{
    if (!m_running || m_finished)
        return;
    m_cancelled = true;
    abandonPending(ApiError::make(ApiError::Kind::Cancelled,
                                  QCoreApplication::translate("RerankJob", "Cancelled.")));
    complete();
}

QByteArray RerankJob::requestBody(const Batch &batch) const
{
    // Written directly (JsonText), keys in the order QJsonObject would write them: a batch is
    // tens of kilobytes of text, built for every request of a run of thousands.
    const bool cohere = m_client->endpoint().kind == Endpoint::Kind::OpenAI;
    // The query of the batch's first document: a Cohere batch has only that one.
    const int firstRun = m_runs.isEmpty() ? -1 : runOf(batch.first);
    const QString &batchQuery = firstRun < 0 ? m_set.query : m_runs.at(firstRun).query;
    const bool utf8 = !m_utf8Texts.isEmpty();
    qsizetype size = 64;
    for (int i = batch.first; i < batch.first + batch.count; ++i)
        size += (utf8 ? m_utf8Texts.at(i).size() : m_set.documents.at(i).text.size()) + 3;
    // The longest query of the batch's runs: a later run's longer query must not outgrow the
    // reservation (a reallocation copies the whole body).
    qsizetype querySize = batchQuery.size();
    for (int run = std::max(firstRun, 0) + 1;
         firstRun >= 0 && run < m_runs.size() && m_runStarts.at(run) < batch.first + batch.count;
         ++run)
        querySize = std::max(querySize, m_runs.at(run).query.size());
    QByteArray body;
    body.reserve(size + (batch.count + 1) * (querySize + 3) + m_set.instruction.size());
    body.append("{\"documents\":[");
    for (int i = batch.first; i < batch.first + batch.count; ++i) {
        if (i > batch.first)
            body.append(',');
        if (utf8)
            JsonText::appendUtf8String(body, m_utf8Texts.at(i));
        else
            JsonText::appendString(body, m_set.documents.at(i).text);
    }
    body.append(']');
    if (!m_set.instruction.isEmpty()) {
        body.append(",\"instruction\":");
        JsonText::appendString(body, m_set.instruction);
    }
    if (cohere) {
        // A proxy's model name is its own (LiteLLM's "deepinfra/…" included): send it as typed.
        body.append(",\"model\":");
        JsonText::appendString(body, m_client->endpoint().wireModelId(m_model));
        body.append(",\"query\":");
        JsonText::appendString(body, batchQuery);
    } else {
        // DeepInfra's native shape: the query once per document, each run's escaped once.
        body.append(",\"queries\":[");
        int run = firstRun;
        QByteArray query;
        JsonText::appendString(query, batchQuery);
        int runEnd = run < 0 || run + 1 >= m_runStarts.size() ? INT_MAX : m_runStarts.at(run + 1);
        for (int i = batch.first; i < batch.first + batch.count; ++i) {
            if (i >= runEnd) {
                while (i >= runEnd) {
                    ++run;
                    runEnd = run + 1 >= m_runStarts.size() ? INT_MAX : m_runStarts.at(run + 1);
                }
                query.clear();
                JsonText::appendString(query, m_runs.at(run).query);
            }
            if (i > batch.first)
                body.append(',');
            body.append(query);
        }
        body.append(']');
    }
    body.append('}');
    return body;
}

void RerankJob::launchMore()
{
    while (!m_cancelled && m_client && m_inFlight < m_maxInFlight
           && m_nextBatch < m_batches.size()) {
        const int index = m_nextBatch++;
        Batch &batch = m_batches[index];
        if (batch.done)
            continue;
        JsonReply *reply
            = m_client->postJson(m_client->endpoint().rerankUrl(m_model), requestBody(batch), this);
        batch.reply = reply;
        ++m_inFlight;
        connect(reply, &JsonReply::finished, this,
                [this, index](const QJsonDocument &document, qint64) {
                    onBatchReply(index, document);
                });
        connect(reply, &JsonReply::failed, this,
                [this, index](const ApiError &error) { onBatchFailed(index, error); });
    }
}

bool RerankJob::parseNative(const Batch &batch, const QJsonObject &reply, ApiError *error)
{
    const QJsonArray scores = reply.value(u"scores"_s).toArray();
    if (scores.size() != batch.count) {
        *error = protocolError(
            QT_TRANSLATE_NOOP("RerankJob",
                              "The service returned a different number of scores than "
                              "documents sent. Try again, or use a smaller batch size."));
        return false;
    }
    QList<RerankScore> parsed;
    parsed.reserve(batch.count);
    for (int i = 0; i < batch.count; ++i) {
        const double score = number(scores.at(i));
        if (!std::isfinite(score)) {
            *error = protocolError(
                QT_TRANSLATE_NOOP("RerankJob",
                                  "The service returned a score that is not a number. "
                                  "Try again later."));
            return false;
        }
        parsed.append(RerankScore{ batch.first + i, score });
    }
    m_scores.append(parsed);
    m_arrived = parsed;

    const QJsonObject status = reply.value(u"inference_status"_s).toObject();
    qint64 tokens = reply.value(u"input_tokens"_s).toInteger(-1);
    if (tokens < 0)
        tokens = status.value(u"tokens_input"_s).toInteger(0);
    m_inputTokens += tokens;
    const double cost = number(status.value(u"cost"_s));
    if (std::isfinite(cost) && cost >= 0) {
        m_reportedCost += cost;
    } else {
        m_unreportedCostTokens += tokens;
        ++m_batchesWithoutCost;
    }
    return true;
}

bool RerankJob::parseCohere(const Batch &batch, const QJsonObject &reply, ApiError *error)
{
    if (!reply.value(u"results"_s).isArray()) {
        *error = protocolError(
            QT_TRANSLATE_NOOP("RerankJob",
                              "The service's reply has no rerank results. Check that the "
                              "endpoint is a rerank-capable proxy."));
        return false;
    }
    QList<bool> seen(batch.count, false);
    QList<RerankScore> parsed;
    parsed.reserve(batch.count);
    for (const QJsonValue &value : reply.value(u"results"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        const double index = number(entry.value(u"index"_s));
        const double score = number(entry.value(u"relevance_score"_s));
        if (!std::isfinite(index) || index < 0 || index >= batch.count || index != std::floor(index)
            || !std::isfinite(score) || seen.at(int(index))) {
            continue;
        }
        seen[int(index)] = true;
        parsed.append(RerankScore{ batch.first + int(index), score });
    }
    m_scores.append(parsed);
    m_arrived = parsed;
    if (parsed.size() < batch.count) {
        const ApiError missing
            = protocolError(QT_TRANSLATE_NOOP("RerankJob",
                                              "The service returned no score for this "
                                              "document. Run it again."));
        for (int i = 0; i < batch.count; ++i) {
            if (!seen.at(i))
                m_unscored.append(UnscoredDocument{ batch.first + i, missing });
        }
    }

    const QJsonObject meta = reply.value(u"meta"_s).toObject();
    qint64 tokens = meta.value(u"tokens"_s).toObject().value(u"input_tokens"_s).toInteger(-1);
    if (tokens < 0)
        tokens = meta.value(u"billed_units"_s).toObject().value(u"total_tokens"_s).toInteger(0);
    m_inputTokens += tokens;
    // Cohere's shape carries no price: always priced from the catalog.
    m_unreportedCostTokens += tokens;
    ++m_batchesWithoutCost;
    return true;
}

void RerankJob::onBatchReply(int index, const QJsonDocument &document)
{
    if (m_cancelled || m_finished || m_batches.at(index).done)
        return;
    const Batch &batch = m_batches.at(index);
    ApiError error;
    const bool ok = m_client && m_client->endpoint().kind == Endpoint::Kind::OpenAI
        ? parseCohere(batch, document.object(), &error)
        : parseNative(batch, document.object(), &error);
    if (!ok) {
        onBatchFailed(index, error);
        return;
    }
    ++m_succeededBatches;
    settleBatch(index);
}

void RerankJob::onBatchFailed(int index, const ApiError &error)
{
    if (m_cancelled || m_finished || m_batches.at(index).done)
        return;
    if (stopsEveryRequest(error.kind)) {
        Batch &batch = m_batches[index];
        if (batch.reply) {
            batch.reply->deleteLater();
            batch.reply = nullptr;
            --m_inFlight;
        }
        abandonPending(error);
        complete();
        return;
    }
    const Batch &batch = m_batches.at(index);
    for (int i = batch.first; i < batch.first + batch.count; ++i)
        m_unscored.append(UnscoredDocument{ i, error });
    settleBatch(index);
}

void RerankJob::settleBatch(int index)
{
    Batch &batch = m_batches[index];
    batch.done = true;
    if (batch.reply) {
        batch.reply->deleteLater();
        batch.reply = nullptr;
        --m_inFlight;
    }
    // Announced once the batch is settled: a cancel() from a receiver must not count these
    // documents as unscored too.
    if (!m_arrived.isEmpty())
        Q_EMIT scoresArrived(std::exchange(m_arrived, {}));
    if (m_finished)
        return;
    m_done += batch.count;
    Q_EMIT batchFinished(batch.first, batch.count);
    Q_EMIT progress(m_done, total());
    if (m_finished || m_cancelled)
        return;
    if (m_done >= total())
        complete();
    else
        launchMore();
}

void RerankJob::abandonPending(const ApiError &error)
{
    for (Batch &batch : m_batches) {
        if (batch.done)
            continue;
        if (batch.reply) {
            batch.reply->cancel(); // emits nothing further
            batch.reply->deleteLater();
            batch.reply = nullptr;
            --m_inFlight;
        }
        batch.done = true;
        for (int i = batch.first; i < batch.first + batch.count; ++i)
            m_unscored.append(UnscoredDocument{ i, error });
    }
    m_nextBatch = int(m_batches.size());
}

void RerankJob::fillResult(RerankResult &r) const
{
    r.latencyMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_keepRanking) {
        r.ranked = m_scores;
        sortRanked(r.ranked);
        if (m_set.topN > 0 && r.ranked.size() > m_set.topN)
            r.ranked.resize(m_set.topN);
    }
    r.unscored = m_unscored;
    std::sort(
        r.unscored.begin(), r.unscored.end(),
        [](const UnscoredDocument &a, const UnscoredDocument &b) { return a.index < b.index; });
    r.inputTokens = m_inputTokens;

    r.cost.reset();
    r.costEstimated = false;
    if (m_succeededBatches > 0) {
        const std::optional<double> estimate = m_modelInfo
            ? m_modelInfo->estimateCost(int(std::min<qint64>(m_unreportedCostTokens, INT_MAX)), 0)
            : std::nullopt;
        if (m_batchesWithoutCost == 0) {
            r.cost = m_reportedCost;
        } else if (estimate) {
            r.cost = m_reportedCost + *estimate;
            r.costEstimated = true;
        }
    }
}

RerankResult RerankJob::partialResult() const
{
    if (m_finished)
        return m_result;
    RerankResult r = m_result;
    fillResult(r);
    // Documents still waiting for an answer: unscored, so a stored partial result says which.
    ApiError pending;
    pending.kind = ApiError::Kind::Cancelled;
    pending.message = QCoreApplication::translate(
        "RerankJob", "Sift stopped before this document was scored. Run the models again.");
    for (const Batch &batch : m_batches) {
        if (batch.done)
            continue;
        for (int i = batch.first; i < batch.first + batch.count; ++i)
            r.unscored.append(UnscoredDocument{ i, pending });
    }
    std::sort(
        r.unscored.begin(), r.unscored.end(),
        [](const UnscoredDocument &a, const UnscoredDocument &b) { return a.index < b.index; });
    r.state = RerankResult::State::Running;
    return r;
}

void RerankJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;

    RerankResult &r = m_result;
    fillResult(r);
    if (m_cancelled)
        r.state = RerankResult::State::Cancelled;
    else if (m_scores.isEmpty() && !m_unscored.isEmpty())
        r.state = RerankResult::State::Failed;
    else if (!m_unscored.isEmpty())
        r.state = RerankResult::State::Partial;
    else
        r.state = RerankResult::State::Complete;
    Q_EMIT finished(r);
}
