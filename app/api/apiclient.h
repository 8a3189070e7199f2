#pragma once

#include "chatstream.h"
#include "embeddings.h"
#include "endpoint.h"
#include "jsonreply.h"

#include <QObject>

class QNetworkAccessManager;

// Entry point to one endpoint: makes request objects that share its network manager, key and
// policy. It never blocks; every result arrives through the returned object's signals.
class ApiClient : public QObject
{
    Q_OBJECT
public:
    explicit ApiClient(QObject *parent = nullptr);
    ApiClient(QNetworkAccessManager *nam, QObject *parent = nullptr);

    void setEndpoint(const Endpoint &endpoint);
    const Endpoint &endpoint() const { return m_endpoint; }
    // Also forgets the key's variable (setKeyVariable()).
    void setApiKey(const QString &key);
    // The environment variable the key came from, for the message when it is rejected.
    void setKeyVariable(const QString &variable) { m_keyVariable = variable; }
    QString keyVariable() const { return m_keyVariable; }
    bool hasApiKey() const { return !m_apiKey.isEmpty(); }
    void setPolicy(const RequestPolicy &policy) { m_policy = policy; }
    const RequestPolicy &policy() const { return m_policy; }
    QNetworkAccessManager *networkManager() const { return m_nam; }

    // The stream belongs to `owner` (or to the client when null). The model id goes out as the
    // endpoint wants it (Endpoint::wireModelId).
    // Without a key, or for an insecure endpoint without consent, the stream fails at once.
    ChatStream *chat(ChatRequest request, QObject *owner = nullptr);
    // JSON request objects with the same error mapping, key handling and retries (GET and
    // rerank POSTs are idempotent, so they are retried on 429/5xx/refused).
    JsonReply *getJson(const QUrl &url, QObject *owner = nullptr);
    JsonReply *postJson(const QUrl &url, const QJsonObject &body, QObject *owner = nullptr);
    // The same with the body as JSON text already (see JsonText: built without a QJsonObject).
    JsonReply *postJson(const QUrl &url, const QByteArray &body, QObject *owner = nullptr);

    // POST <base>/embeddings in OpenAI's shape (EmbeddingsRequest::body); the reply is read with
    // EmbeddingsReply::parse. Retried like the other JSON POSTs (embeddings are idempotent).
    JsonReply *embeddings(const EmbeddingsRequest &request, QObject *owner = nullptr);

    // Key string for the Authorization header; used by request objects only.
    QString apiKey() const { return m_apiKey; }

Q_SIGNALS:
    // The outcome of every request this client made (chat, models, rerank), for the connection
    // state (ConnectionStatus::watch). `answered`: the server had begun its reply when the
    // request failed (a stream cut or stalled mid-way), so it was reachable.
    void requestStarted();
    void requestSucceeded();
    void requestFailed(const ApiError &error, bool answered);

private:
    QString keyFor(const QUrl &url) const;
    void track(ChatStream *stream);
    void track(JsonReply *reply);

    QNetworkAccessManager *m_nam;
    Endpoint m_endpoint;
    QString m_apiKey;
    QString m_keyVariable;
    RequestPolicy m_policy;
};
