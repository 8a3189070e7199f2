#pragma once

#include "api/apierror.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <optional>

class ApiClient;
class JsonReply;

// Embeds many texts with one model: splits them into batches, sends at most maxInFlight() at a
// time through ApiClient::embeddings (which retries 429/5xx/refused with backoff, like the
// rerank job's batches), matches vectors to inputs by index and counts tokens and cost.
// A batch that still fails leaves its texts without a vector and its error kept; an error every
// batch would hit (key, funds, unknown model) stops the rest at once. finished() comes exactly
// once, also after cancel().
class EmbeddingJob : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultBatchSize = 32;
    static constexpr int DefaultMaxInFlight = 4;

    struct Result
    {
        QList<QList<float>> vectors; // by input; empty where the batch failed
        qint64 promptTokens = 0;
        std::optional<double> cost; // USD; nullopt when the model's price is unknown
        qint64 elapsedMs = 0;
        ApiError error; // the first failure (Kind::None when every text has a vector)
        bool cancelled = false;

        bool ok() const { return !error.isError() && !cancelled; }
    };

    EmbeddingJob(ApiClient *client, const QString &model, const QStringList &inputs,
                 int dimensions = 0, QObject *parent = nullptr);
    ~EmbeddingJob() override;

    void setBatchSize(int texts);
    void setMaxInFlight(int requests);
    // USD per token for the cost; by default pricePerToken(model).
    void setPricePerToken(std::optional<double> price) { m_price = price; }

    void start();
    void cancel();
    bool isFinished() const { return m_finished; }
    const Result &result() const { return m_result; }

    // Documented input prices (../shared/PROTOCOL.md) of the embedding models Sift offers.
    static std::optional<double> pricePerToken(const QString &model);
    static QString defaultModel();

Q_SIGNALS:
    void progress(int done, int total);
    void finished();

private:
    struct Batch
    {
        int first = 0;
        int count = 0;
        QPointer<JsonReply> reply;
        bool done = false;
    };
    void makeBatches(int size);
    void launchMore();
    void onReply(int batch, const QJsonDocument &document);
    void onFailed(int batch, const ApiError &error);
    void settle(int batch);
    void complete();

    QPointer<ApiClient> m_client;
    QString m_model;
    QStringList m_inputs;
    int m_dimensions = 0;
    int m_maxInFlight = DefaultMaxInFlight;
    std::optional<double> m_price;
    QList<Batch> m_batches;
    int m_next = 0;
    int m_inFlight = 0;
    int m_done = 0;
    QElapsedTimer m_clock;
    Result m_result;
    bool m_running = false;
    bool m_finished = false;
};
