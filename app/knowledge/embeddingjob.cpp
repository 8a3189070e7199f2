#include "embeddingjob.h"

#include "api/apiclient.h"
#include "api/embeddings.h"
#include "api/jsonreply.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

bool stopsWholeJob(ApiError::Kind kind)
{
    switch (kind) {
    case ApiError::Kind::Auth:
    case ApiError::Kind::NoKey:
    case ApiError::Kind::Payment:
    case ApiError::Kind::NotFound:
    case ApiError::Kind::Insecure:
    case ApiError::Kind::InvalidRequest:
        return true;
    default:
        return false;
    }
}

} // namespace

EmbeddingJob::EmbeddingJob(ApiClient *client, const QString &model, const QStringList &inputs,
                           int dimensions, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model.trimmed())
    , m_inputs(inputs)
    , m_dimensions(dimensions)
    , m_price(pricePerToken(model))
{
    m_result.vectors = QList<QList<float>>(inputs.size());
    makeBatches(DefaultBatchSize);
}

EmbeddingJob::~EmbeddingJob()
{
    for (Batch &batch : m_batches) {
        if (batch.reply)
            batch.reply->cancel();
    }
}

QString EmbeddingJob::defaultModel()
{
    return u"Qwen/Qwen3-Embedding-0.6B"_s;
}

std::optional<double> EmbeddingJob::pricePerToken(const QString &model)
{
    const QString id = normalizeModelId(model);
    if (id == "Qwen/Qwen3-Embedding-0.6B"_L1)
        return 0.002e-6;
    if (id == "BAAI/bge-m3"_L1 || id == "Qwen/Qwen3-Embedding-8B"_L1
        || id == "BAAI/bge-large-en-v1.5"_L1)
        return 0.010e-6;
    if (id == "Qwen/Qwen3-Embedding-4B"_L1)
        return 0.005e-6;
    return std::nullopt;
}

void EmbeddingJob::makeBatches(int size)
{
    m_batches.clear();
    const int total = int(m_inputs.size());
    for (int first = 0; first < total; first += size)
        m_batches.append(Batch{ first, std::min(size, total - first), {}, false });
}

void EmbeddingJob::setBatchSize(int texts)
{
    if (!m_running && !m_finished)
        makeBatches(std::clamp(texts, 1, 2048));
}

void EmbeddingJob::setMaxInFlight(int requests)
{
    m_maxInFlight = std::max(1, requests);
}

void EmbeddingJob::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_clock.start();
    if (!m_client) {
        m_result.error = ApiError::make(
            ApiError::Kind::NoKey,
            QCoreApplication::translate("EmbeddingJob",
                                        "No connection to the service is set up. Open "
                                        "Settings → Endpoint."));
    }
    if (m_batches.isEmpty() || !m_client) {
        QTimer::singleShot(0, this, &EmbeddingJob::complete);
        return;
    }
    launchMore();
}

void EmbeddingJob::cancel()
{
    if (m_finished)
        return;
    m_result.cancelled = true;
    for (Batch &batch : m_batches) {
        if (batch.reply) {
            batch.reply->cancel();
            batch.reply->deleteLater();
        }
    }
    complete();
}

void EmbeddingJob::launchMore()
{
    while (!m_finished && m_client && m_inFlight < m_maxInFlight && m_next < m_batches.size()) {
        const int index = m_next++;
        Batch &batch = m_batches[index];
        EmbeddingsRequest request;
        request.model = m_model;
        request.inputs = m_inputs.mid(batch.first, batch.count);
        request.dimensions = m_dimensions;
        JsonReply *reply = m_client->embeddings(request, this);
        batch.reply = reply;
        ++m_inFlight;
        connect(reply, &JsonReply::finished, this,
                [this, index](const QJsonDocument &document, qint64) { onReply(index, document); });
        connect(reply, &JsonReply::failed, this,
                [this, index](const ApiError &error) { onFailed(index, error); });
    }
}

void EmbeddingJob::onReply(int index, const QJsonDocument &document)
{
    if (m_finished || m_batches.at(index).done)
        return;
    const Batch &batch = m_batches.at(index);
    EmbeddingsReply reply;
    ApiError error;
    if (!EmbeddingsReply::parse(document, batch.count, &reply, &error)) {
        onFailed(index, error);
        return;
    }
    if (m_dimensions > 0 && reply.vectors.constFirst().size() != m_dimensions) {
        onFailed(index,
                 ApiError::make(ApiError::Kind::Protocol,
                                QCoreApplication::translate(
                                    "EmbeddingJob",
                                    "The service returned vectors of %1 dimensions instead of "
                                    "%2. Choose a model that supports the collection's size.")
                                    .arg(reply.vectors.constFirst().size())
                                    .arg(m_dimensions)));
        return;
    }
    for (int i = 0; i < batch.count; ++i)
        m_result.vectors[batch.first + i] = std::move(reply.vectors[i]);
    m_result.promptTokens += reply.promptTokens;
    settle(index);
}

void EmbeddingJob::onFailed(int index, const ApiError &error)
{
    if (m_finished || m_batches.at(index).done)
        return;
    if (!m_result.error.isError())
        m_result.error = error;
    if (stopsWholeJob(error.kind)) {
        for (Batch &batch : m_batches) {
            if (batch.reply) {
                batch.reply->cancel();
                batch.reply->deleteLater();
            }
        }
        complete();
        return;
    }
    settle(index);
}

void EmbeddingJob::settle(int index)
{
    Batch &batch = m_batches[index];
    batch.done = true;
    if (batch.reply) {
        batch.reply->deleteLater();
        batch.reply = nullptr;
        --m_inFlight;
    }
    m_done += batch.count;
    Q_EMIT progress(m_done, int(m_inputs.size()));
    if (m_done >= m_inputs.size())
        complete();
    else
        launchMore();
}

void EmbeddingJob::complete()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_result.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    if (m_price)
        m_result.cost = double(m_result.promptTokens) * *m_price;
    Q_EMIT finished();
}
