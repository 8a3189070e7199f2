#pragma once

#include "apierror.h"
#include "chatstream.h"
#include "endpoint.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

// One JSON GET or POST with the shared policy: retries 429/5xx/refused with backoff (honouring
// Retry-After), stall timeout, reply size cap, error mapping. Emits finished() or failed() once.
class JsonReply : public QObject
{
    Q_OBJECT
public:
    enum class Method { Get, Post };
    // `payload`: the POST body, JSON text (empty for a GET).
    JsonReply(QNetworkAccessManager *nam, const Endpoint &endpoint, const QString &apiKey,
              Method method, const QUrl &url, const QByteArray &payload,
              const RequestPolicy &policy, QObject *parent = nullptr);
    ~JsonReply() override;

    void start();
    // The environment variable the key came from: failures carry it (ApiError::keyVariable).
    void setKeyVariable(const QString &variable) { m_keyVariable = variable; }
    // Stops the request; no signal follows (the caller asked for it, so it knows).
    void cancel();
    bool isRunning() const { return m_running; }
    int attempts() const { return m_attempt; }
    QUrl url() const { return m_url; }

Q_SIGNALS:
    // elapsedMs: wall time from start() including retries.
    void finished(const QJsonDocument &document, qint64 elapsedMs);
    void failed(const ApiError &error);
    // attempt is the retry's number (1 for the first retry).
    void retrying(int attempt, int delayMs, const ApiError &error);

private:
    void sendAttempt();
    void onReadyRead();
    void onFinished();
    bool scheduleRetry(const ApiError &error);
    // An error status with its body read (or the first MaxErrorBody bytes of it).
    void onErrorReplyComplete(int status);
    void fail(const ApiError &error);
    void abortReply();

    QNetworkAccessManager *m_nam;
    Endpoint m_endpoint;
    QString m_apiKey;
    QString m_keyVariable;
    Method m_method;
    QUrl m_url;
    QByteArray m_payload;
    RequestPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QByteArray m_body;
    qint64 m_received = 0;
    int m_attempt = 0;
    bool m_running = false;
    bool m_cancelled = false;
};
