#include "apiclient.h"

#include <QNetworkAccessManager>

ApiClient::ApiClient(QObject *parent) : ApiClient(nullptr, parent) { }

ApiClient::ApiClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent), m_nam(nam ? nam : new QNetworkAccessManager(this))
{
}

void ApiClient::setEndpoint(const Endpoint &endpoint)
{
    m_endpoint = endpoint;
}

void ApiClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
}

ChatStream *ApiClient::chat(ChatRequest request, QObject *owner)
{
    request.model = normalizeModelId(request.model);
    auto *stream
        = new ChatStream(m_nam, m_endpoint, m_apiKey, request, m_policy, owner ? owner : this);
    // Queued so the caller can connect to the stream's signals first; the stream itself
    // refuses to run without a key or over plain http without consent.
    QMetaObject::invokeMethod(stream, &ChatStream::start, Qt::QueuedConnection);
    return stream;
}

JsonReply *ApiClient::getJson(const QUrl &url, QObject *owner)
{
    auto *reply = new JsonReply(m_nam, m_endpoint, m_apiKey, JsonReply::Method::Get, url, {},
                                m_policy, owner ? owner : this);
    QMetaObject::invokeMethod(reply, &JsonReply::start, Qt::QueuedConnection);
    return reply;
}

JsonReply *ApiClient::postJson(const QUrl &url, const QJsonObject &body, QObject *owner)
{
    auto *reply = new JsonReply(m_nam, m_endpoint, m_apiKey, JsonReply::Method::Post, url, body,
                                m_policy, owner ? owner : this);
    QMetaObject::invokeMethod(reply, &JsonReply::start, Qt::QueuedConnection);
    return reply;
}
