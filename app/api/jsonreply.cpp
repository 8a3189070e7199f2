#include "jsonreply.h"

#include "networkrequest.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

JsonReply::JsonReply(QNetworkAccessManager *nam, const Endpoint &endpoint, const QString &apiKey,
                     Method method, const QUrl &url, const QByteArray &payload,
                     const RequestPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(endpoint)
    , m_apiKey(apiKey)
    , m_method(method)
    , m_url(url)
    , m_payload(method == Method::Post ? payload : QByteArray())
    , m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &JsonReply::sendAttempt);
}

JsonReply::~JsonReply()
{
    abortReply();
}

void JsonReply::start()
{
    if (m_running || m_clock.isValid())
        return; // a request runs once
    m_running = true;
    m_clock.start();
    if (const ApiError refusal = refusalBeforeSending(m_endpoint, m_apiKey); refusal.isError()) {
        fail(refusal);
        return;
    }
    sendAttempt();
}

void JsonReply::cancel()
{
    if (!m_clock.isValid())
        m_clock.start(); // cancelled before the queued start(): it must not send anything later
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    m_retryTimer.stop();
    abortReply();
}

void JsonReply::sendAttempt()
{
    if (!m_running)
        return;
    ++m_attempt;
    m_body.clear();
    m_received = 0;
    const QNetworkRequest request = buildNetworkRequest(m_url, m_apiKey, m_policy);
    m_reply = m_method == Method::Post ? m_nam->post(request, m_payload) : m_nam->get(request);
    limitReadBuffer(m_reply);
    watchHeaders(m_reply, m_policy);
    connect(m_reply, &QNetworkReply::errorOccurred, this, [this](QNetworkReply::NetworkError code) {
        // Qt also reports some HTTP error statuses so; those are read as such when finished.
        if (code == QNetworkReply::UnknownContentError && m_reply && m_running
            && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 300)
            fail(decompressionError(m_reply));
    });
    connect(m_reply, &QNetworkReply::readyRead, this, &JsonReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &JsonReply::onFinished);
}

void JsonReply::onReadyRead()
{
    // An aborted reply (stall timeout) is closed; there is nothing left to read.
    while (m_reply && m_running && m_reply->isOpen() && m_reply->bytesAvailable() > 0) {
        const QByteArray bytes = readSlice(m_reply);
        m_received += bytes.size();
        if (m_received > m_policy.maxReplyBytes) {
            fail(ApiError::make(
                ApiError::Kind::TooLarge,
                tr("Sift stopped reading it after %1").arg(byteSizeText(m_policy.maxReplyBytes))));
            return;
        }
        m_body.append(bytes);
        const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status >= 300 && m_body.size() >= MaxErrorBody) {
            // Enough for any error message: the rest of a huge error page is not downloaded
            // (on every retry).
            onErrorReplyComplete(status);
            return;
        }
    }
}

void JsonReply::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    onReadyRead();
    if (!m_running)
        return;

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::TooManyRedirectsError) {
        fail(tooManyRedirectsError());
        return;
    }
    if (status >= 300) {
        onErrorReplyComplete(status);
        return;
    }
    if (code != QNetworkReply::NoError) {
        // m_cancelled is false here (cancel() disconnects first), so this is the stall guard.
        const ApiError error = code == QNetworkReply::OperationCanceledError
            ? stallError(reply, m_policy)
            : ApiError::fromNetwork(code, reply->errorString());
        // Requests made here are idempotent, so a cut reply is retried like a refused one.
        if (!scheduleRetry(error))
            fail(error);
        return;
    }

    if (isWebPage(reply, m_body)) {
        fail(ApiError::make(ApiError::Kind::Protocol,
                            tr("the server sent a web page instead of data")));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = parseJsonLenient(m_body, &parseError);
    if (parseError.error != QJsonParseError::NoError || doc.isNull()) {
        fail(ApiError::make(ApiError::Kind::Protocol, tr("the reply is not valid JSON")));
        return;
    }
    m_running = false;
    abortReply();
    Q_EMIT finished(doc, m_clock.elapsed());
}

void JsonReply::onErrorReplyComplete(int status)
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const ApiError error = ApiError::fromHttp(
        status, m_body.left(MaxErrorBody),
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
        reply->rawHeader("Retry-After"));
    if (!scheduleRetry(error))
        fail(error);
}

bool JsonReply::scheduleRetry(const ApiError &error)
{
    if (!isRetryable(error) || m_attempt > m_policy.maxRetries)
        return false;
    const int delay = backoffDelayMs(m_policy, m_attempt, error.retryAfterMs);
    abortReply();
    Q_EMIT retrying(m_attempt, delay, error);
    if (m_running)
        m_retryTimer.start(delay);
    return true;
}

void JsonReply::fail(const ApiError &error)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    abortReply();
    ApiError stamped = error;
    stamped.keyVariable = m_keyVariable;
    Q_EMIT failed(stamped);
}

void JsonReply::abortReply()
{
    releaseReply(m_reply, this);
}
