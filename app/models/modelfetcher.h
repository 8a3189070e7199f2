#pragma once

#include "api/apierror.h"
#include "catalogcache.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

class ApiClient;
class JsonReply;
class ModelCatalog;

// Brings the live model list of the client's endpoint into the catalog, in the background:
// the cached list first (at once, so a restart offline still shows yesterday's models), then
// the network when the cache is older than maxAge or a refresh was asked for. DeepInfra's
// /v1/openai/models gives prices and context, /models/list adds types and deprecation;
// openai-kind endpoints only have /models. A failed fetch leaves the cached or documented
// list and says so through notice(), once, in words fit for a status bar.
class ModelFetcher : public QObject
{
    Q_OBJECT
public:
    enum class Origin { Live, Cache, Documented };
    Q_ENUM(Origin)

    ModelFetcher(ApiClient *client, ModelCatalog *catalog, QObject *parent = nullptr);

    void setCache(const CatalogCache &cache) { m_cache = cache; }
    const CatalogCache &cache() const { return m_cache; }
    void setMaxAgeSecs(qint64 secs) { m_maxAgeSecs = secs; }

    // force: ignore a fresh cache and go to the network. A running fetch is replaced.
    void start(bool force = false);
    void cancel();
    bool isRunning() const { return m_main != nullptr; }
    // When the list now in the catalog was fetched; invalid for the documented table.
    QDateTime fetchedAt() const { return m_fetchedAt; }
    Origin origin() const { return m_origin; }
    // Why the last fetch failed; kind None after a successful one.
    ApiError lastError() const { return m_error; }
    // How many models the last successful network fetch listed.
    int liveCount() const { return m_liveCount; }

Q_SIGNALS:
    void started();
    void finished(ModelFetcher::Origin origin);
    void notice(const QString &message);

private:
    void onMainFinished(const QJsonDocument &document);
    void onMainFailed(const ApiError &error);
    void complete();
    void finish(Origin origin);

    QPointer<ApiClient> m_client;
    QPointer<ModelCatalog> m_catalog;
    CatalogCache m_cache;
    qint64 m_maxAgeSecs = CatalogCache::DefaultMaxAgeSecs;
    Endpoint m_endpoint;
    QPointer<JsonReply> m_main;
    QPointer<JsonReply> m_native;
    bool m_mainDone = false;
    bool m_nativeDone = false;
    QList<ModelInfo> m_live;
    QList<ModelInfo> m_nativeModels;
    QDateTime m_fetchedAt;
    Origin m_origin = Origin::Documented;
    ApiError m_error;
    int m_liveCount = 0;
};
