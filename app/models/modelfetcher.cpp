#include "modelfetcher.h"

#include "api/apiclient.h"
#include "modelcatalog.h"

#include <QJsonArray>
#include <QLocale>

using namespace Qt::StringLiterals;

ModelFetcher::ModelFetcher(ApiClient *client, ModelCatalog *catalog, QObject *parent)
    : QObject(parent), m_client(client), m_catalog(catalog)
{
}

void ModelFetcher::start(bool force)
{
    cancel();
    if (!m_client || !m_catalog)
        return;
    m_endpoint = m_client->endpoint();
    m_error = {};
    Q_EMIT started();

    const std::optional<CatalogCache::Entry> cached = m_cache.load(m_endpoint);
    if (cached) {
        m_catalog->setLive(cached->models);
        m_fetchedAt = cached->fetchedAt;
        m_origin = Origin::Cache;
        if (!force
            && CatalogCache::isFresh(*cached, QDateTime::currentDateTimeUtc(), m_maxAgeSecs)) {
            finish(Origin::Cache);
            return;
        }
    } else {
        // Another endpoint's live models must not linger.
        m_catalog->setLive({});
        m_fetchedAt = {};
        m_origin = Origin::Documented;
    }

    m_mainDone = m_nativeDone = false;
    m_live.clear();
    m_nativeModels.clear();
    m_main = m_client->getJson(m_endpoint.modelsUrl(), this);
    connect(m_main, &JsonReply::finished, this, &ModelFetcher::onMainFinished);
    connect(m_main, &JsonReply::failed, this, &ModelFetcher::onMainFailed);

    const QUrl nativeUrl = m_endpoint.modelsListUrl();
    if (nativeUrl.isEmpty()) {
        m_nativeDone = true;
        return;
    }
    m_native = m_client->getJson(nativeUrl, this);
    // The native list only refines types: its failure is not worth a notice.
    connect(m_native, &JsonReply::finished, this, [this](const QJsonDocument &document) {
        m_nativeModels = parseNativeModelList(document.array());
        m_nativeDone = true;
        m_native->deleteLater();
        m_native = nullptr;
        complete();
    });
    connect(m_native, &JsonReply::failed, this, [this] {
        m_nativeDone = true;
        m_native->deleteLater();
        m_native = nullptr;
        complete();
    });
}

void ModelFetcher::cancel()
{
    for (JsonReply *reply : { m_main.data(), m_native.data() }) {
        if (!reply)
            continue;
        reply->cancel();
        reply->deleteLater();
    }
    m_main = nullptr;
    m_native = nullptr;
}

void ModelFetcher::onMainFinished(const QJsonDocument &document)
{
    m_live = parseOpenAiModelList(document.object());
    m_mainDone = true;
    if (m_live.isEmpty() && !document.object().value("data"_L1).isArray()) {
        // 200 with something else than a model list: a wrong base URL most likely.
        onMainFailed(
            ApiError::make(ApiError::Kind::Protocol, tr("the reply was not a model list")));
        return;
    }
    complete();
}

void ModelFetcher::onMainFailed(const ApiError &error)
{
    if (m_native)
        m_native->cancel();
    m_native = nullptr;
    m_main->deleteLater();
    m_main = nullptr;
    m_error = error;
    const QString reason = error.message.isEmpty() ? error.userMessage() : error.message;
    if (m_origin == Origin::Cache) {
        Q_EMIT notice(
            tr("Could not refresh the model list (%1). Showing the list from %2.")
                .arg(reason, QLocale().toString(m_fetchedAt.toLocalTime(), QLocale::ShortFormat)));
    } else {
        Q_EMIT notice(
            tr("Could not load the model list (%1). Showing the documented models; any model id "
               "can still be typed.")
                .arg(reason));
    }
    finish(m_origin);
}

void ModelFetcher::complete()
{
    if (!m_mainDone || !m_nativeDone || !m_main)
        return;
    m_main->deleteLater();
    m_main = nullptr;
    const QList<ModelInfo> live = mergeNativeModelList(m_live, m_nativeModels);
    m_liveCount = int(live.size());
    m_fetchedAt = QDateTime::currentDateTimeUtc();
    m_cache.save(m_endpoint, live, m_fetchedAt);
    m_catalog->setLive(live);
    finish(Origin::Live);
}

void ModelFetcher::finish(Origin origin)
{
    m_origin = origin;
    Q_EMIT finished(origin);
}
