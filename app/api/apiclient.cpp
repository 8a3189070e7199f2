#include "apiclient.h"

#include "secrets/keyrule.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

#include <memory>

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
    m_keyVariable.clear();
    // A CR/LF inside would write headers of its own: such a key is never sent.
    if (!isUsableKey(m_apiKey))
        m_apiKey.clear();
}

ChatStream *ApiClient::chat(ChatRequest request, QObject *owner)
{
    request.model = m_endpoint.wireModelId(request.model);
    auto *stream
        = new ChatStream(m_nam, m_endpoint, m_apiKey, request, m_policy, owner ? owner : this);
    stream->setKeyVariable(m_keyVariable);
    track(stream);
    // Queued so the caller can connect to the stream's signals first; the stream itself
    // refuses to run without a key or over plain http without consent.
    QMetaObject::invokeMethod(stream, &ChatStream::start, Qt::QueuedConnection);
    return stream;
}

void ApiClient::track(ChatStream *stream)
{
    Q_EMIT requestStarted();
    auto answered = std::make_shared<bool>(false);
    connect(stream, &ChatStream::delta, this, [answered] { *answered = true; });
    connect(stream, &ChatStream::finished, this, [this, answered](FinishReason reason) {
        // A stop before the server said anything tells nothing about the connection.
        if (reason != FinishReason::Cancelled || *answered)
            Q_EMIT requestSucceeded();
    });
    connect(stream, &ChatStream::failed, this,
            [this, answered](const ApiError &error) { Q_EMIT requestFailed(error, *answered); });
}

void ApiClient::track(JsonReply *reply)
{
    Q_EMIT requestStarted();
    connect(reply, &JsonReply::finished, this, &ApiClient::requestSucceeded);
    connect(reply, &JsonReply::failed, this,
            [this](const ApiError &error) { Q_EMIT requestFailed(error, false); });
}

// The key belongs to the endpoint's origin: a URL elsewhere (e.g. one taken from a reply) gets
// the request without it.
static bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && a.port(a.scheme() == u"https" ? 443 : 80) == b.port(b.scheme() == u"https" ? 443 : 80);
}

QString ApiClient::keyFor(const QUrl &url) const
{
    return sameOrigin(url, m_endpoint.baseUrl) ? m_apiKey : QString();
}

JsonReply *ApiClient::getJson(const QUrl &url, QObject *owner)
{
    auto *reply = new JsonReply(m_nam, m_endpoint, keyFor(url), JsonReply::Method::Get, url, {},
                                m_policy, owner ? owner : this);
    reply->setKeyVariable(keyFor(url).isEmpty() ? QString() : m_keyVariable);
    track(reply);
    QMetaObject::invokeMethod(reply, &JsonReply::start, Qt::QueuedConnection);
    return reply;
}

JsonReply *ApiClient::postJson(const QUrl &url, const QJsonObject &body, QObject *owner)
{
    return postJson(url, QJsonDocument(body).toJson(QJsonDocument::Compact), owner);
}

JsonReply *ApiClient::postJson(const QUrl &url, const QByteArray &body, QObject *owner)
{
    auto *reply = new JsonReply(m_nam, m_endpoint, keyFor(url), JsonReply::Method::Post, url, body,
                                m_policy, owner ? owner : this);
    reply->setKeyVariable(keyFor(url).isEmpty() ? QString() : m_keyVariable);
    track(reply);
    QMetaObject::invokeMethod(reply, &JsonReply::start, Qt::QueuedConnection);
    return reply;
}

JsonReply *ApiClient::embeddings(const EmbeddingsRequest &request, QObject *owner)
{
    return postJson(m_endpoint.embeddingsUrl(), request.body(m_endpoint), owner);
}
