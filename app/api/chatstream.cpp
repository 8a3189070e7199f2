#include "chatstream.h"

#include "networkrequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>

using namespace Qt::StringLiterals;

ChatStream::ChatStream(QNetworkAccessManager *nam, const Endpoint &endpoint, const QString &apiKey,
                       const ChatRequest &request, const RequestPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_endpoint(endpoint)
    , m_apiKey(apiKey)
    , m_request(request)
    , m_policy(policy)
{
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, &ChatStream::sendAttempt);
}

ChatStream::~ChatStream()
{
    abortReply();
}

void ChatStream::start()
{
    if (m_running || m_clock.isValid())
        return; // a stream runs once
    m_running = true;
    m_clock.start();
    if (const ApiError refusal = refusalBeforeSending(m_endpoint, m_apiKey); refusal.isError()) {
        fail(refusal);
        return;
    }
    sendAttempt();
}

void ChatStream::cancel()
{
    if (!m_running && !m_clock.isValid()) {
        // Cancelled before the queued start(): it must not send anything later.
        m_clock.start();
        m_running = true;
    }
    if (!m_running)
        return;
    m_cancelled = true;
    finish(FinishReason::Cancelled);
}

void ChatStream::sendAttempt()
{
    if (!m_running)
        return;
    ++m_attempt;
    m_parser.reset();
    m_body.clear();
    m_received = 0;
    m_httpStatus = 0;
    m_eventStream = false;

    QNetworkRequest request = buildNetworkRequest(m_endpoint.chatUrl(), m_apiKey, m_policy);
    if (m_request.stream)
        request.setRawHeader("Accept", "text/event-stream");
    const QByteArray payload = QJsonDocument(m_request.toJson()).toJson(QJsonDocument::Compact);
    m_reply = m_nam->post(request, payload);
    watchHeaders(m_reply, m_policy);
    connect(m_reply, &QNetworkReply::errorOccurred, this, [this](QNetworkReply::NetworkError code) {
        // Qt also reports some HTTP error statuses so; those are read as such when finished.
        if (code == QNetworkReply::UnknownContentError && m_reply && m_running
            && m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() < 300)
            fail(decompressionError(m_reply));
    });
    limitReadBuffer(m_reply);
    connect(m_reply, &QNetworkReply::readyRead, this, &ChatStream::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ChatStream::onFinished);
}

void ChatStream::onReadyRead()
{
    if (!m_reply || !m_running)
        return;
    if (m_httpStatus == 0) {
        m_httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray type = m_reply->rawHeader("Content-Type").trimmed().toLower();
        // Some servers answer a streaming request with a plain completion; read it as such.
        m_eventStream
            = m_request.stream && (type.isEmpty() || type.startsWith("text/event-stream"));
    }
    // An aborted reply (stall timeout) is closed; there is nothing left to read.
    while (m_reply && m_running && m_reply->isOpen() && m_reply->bytesAvailable() > 0) {
        if (!consume(readSlice(m_reply)))
            return;
    }
}

bool ChatStream::consume(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return true;
    if (m_httpStatus < 200 || m_httpStatus >= 300) {
        if (m_body.size() < MaxErrorBody)
            m_body.append(bytes.left(MaxErrorBody - m_body.size()));
        if (m_body.size() >= MaxErrorBody && m_httpStatus >= 300) {
            // Enough for any error message: the rest of a huge error page is not downloaded
            // (on every retry).
            onErrorReplyComplete();
            return false;
        }
        return true;
    }
    m_gotBytes = true;
    // Everything up to the cap is handled, so the text before it is kept; then the reply stops.
    const qint64 room = std::max<qint64>(0, m_policy.maxReplyBytes - m_received);
    const bool tooLarge = bytes.size() > room;
    const QByteArrayView part = tooLarge ? QByteArrayView(bytes).first(room) : bytes;
    m_received += part.size();
    if (!m_eventStream) {
        m_body.append(part);
    } else {
        const QList<SseParser::Event> events = m_parser.feed(part);
        for (const SseParser::Event &event : events) {
            handleEvent(event);
            if (!m_running)
                return false;
        }
    }
    if (tooLarge) {
        fail(ApiError::make(
            ApiError::Kind::TooLarge,
            m_text.isEmpty()
                ? tr("Sift stopped reading it after %1").arg(byteSizeText(m_policy.maxReplyBytes))
                : tr("Sift stopped reading it after %1 and kept the text so far")
                      .arg(byteSizeText(m_policy.maxReplyBytes))));
        return false;
    }
    return true;
}

void ChatStream::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || !m_running)
        return;
    onReadyRead(); // reads the status and any bytes not announced by readyRead
    if (!m_running)
        return;

    const QNetworkReply::NetworkError code = reply->error();
    if (code == QNetworkReply::TooManyRedirectsError) {
        fail(tooManyRedirectsError());
        return;
    }
    if (m_httpStatus >= 300) {
        onErrorReplyComplete();
        return;
    }
    if (code != QNetworkReply::NoError) {
        ApiError error;
        if (code == QNetworkReply::OperationCanceledError) {
            // m_cancelled is false here (cancel() disconnects first), so this is the stall guard.
            error = stallError(reply, m_policy);
        } else {
            error = ApiError::fromNetwork(code, reply->errorString());
        }
        if (!m_gotBytes) {
            if (!scheduleRetry(error))
                fail(error);
            return;
        }
        if (m_finishSeen && error.kind != ApiError::Kind::Timeout) {
            finish(m_reason); // only the [DONE] marker was lost
            return;
        }
        if (error.kind == ApiError::Kind::Network) {
            error.message = tr("the connection closed before the reply was complete");
            error.retryable = false;
        }
        fail(error);
        return;
    }
    if (m_eventStream)
        handleStreamEnd();
    else
        handleCompletionBody(m_body);
}

void ChatStream::onErrorReplyComplete()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    const ApiError error = ApiError::fromHttp(
        m_httpStatus, m_body,
        reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray(),
        reply->rawHeader("Retry-After"));
    if (!scheduleRetry(error))
        fail(error);
}

void ChatStream::handleEvent(const SseParser::Event &event)
{
    if (event.data == "[DONE]") {
        m_done = true;
        // The server declared the reply complete even if it named no reason.
        finish(m_finishSeen ? m_reason : FinishReason::Stop);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = parseJsonLenient(event.data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        ++m_malformed;
        return;
    }
    const QJsonObject object = doc.object();
    if (event.event == "error" || (object.contains("error"_L1) && !object.contains("choices"_L1))) {
        ApiError error
            = ApiError::make(ApiError::Kind::Server, ApiError::extractMessage(event.data));
        if (error.message.isEmpty())
            error.message = tr("the server reported an error during the reply");
        fail(error);
        return;
    }
    ++m_validEvents;

    const QJsonArray choices = object.value("choices"_L1).toArray();
    if (!choices.isEmpty()) {
        const QJsonObject choice = choices.first().toObject();
        emitLogprobs(choice);
        const QString content = choice.value("delta"_L1).toObject().value("content"_L1).toString();
        if (!content.isEmpty()) {
            emitDelta(content);
            if (!m_running)
                return;
        }
        const QJsonValue reason = choice.value("finish_reason"_L1);
        if (reason.isString()) {
            m_finishSeen = true;
            m_reason = finishReasonFromString(reason.toString());
        }
    }
    const QJsonValue usageValue = object.value("usage"_L1);
    if (usageValue.isObject() && !m_usageSeen) {
        m_usageSeen = true;
        Q_EMIT usage(Usage::fromJson(usageValue.toObject()));
    }
}

void ChatStream::handleStreamEnd()
{
    const QList<SseParser::Event> events = m_parser.finish();
    for (const SseParser::Event &event : events) {
        handleEvent(event);
        if (!m_running)
            return;
    }
    if (m_validEvents == 0) {
        fail(ApiError::make(ApiError::Kind::Protocol,
                            m_malformed > 0 ? tr("the server's events could not be read")
                                            : tr("the server sent no events")));
        return;
    }
    if (m_finishSeen) {
        finish(m_reason);
        return;
    }
    ApiError error = ApiError::make(ApiError::Kind::Network,
                                    tr("the connection closed before the reply was complete"));
    fail(error);
}

void ChatStream::handleCompletionBody(const QByteArray &body)
{
    if (isWebPage(m_reply, body)) {
        fail(ApiError::make(ApiError::Kind::Protocol,
                            tr("the server sent a web page instead of data")));
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = parseJsonLenient(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(ApiError::make(ApiError::Kind::Protocol, tr("the reply is not valid JSON")));
        return;
    }
    const QJsonObject object = doc.object();
    const QJsonArray choices = object.value("choices"_L1).toArray();
    if (choices.isEmpty()) {
        QString message = ApiError::extractMessage(body);
        fail(ApiError::make(message.isEmpty() ? ApiError::Kind::Protocol : ApiError::Kind::Server,
                            message.isEmpty() ? tr("the reply holds no answer") : message));
        return;
    }
    const QJsonObject choice = choices.first().toObject();
    emitLogprobs(choice);
    const QString content = choice.value("message"_L1).toObject().value("content"_L1).toString();
    if (!content.isEmpty()) {
        emitDelta(content);
        if (!m_running)
            return;
    }
    const QJsonValue reason = choice.value("finish_reason"_L1);
    if (reason.isString()) {
        m_finishSeen = true;
        m_reason = finishReasonFromString(reason.toString());
    }
    const QJsonValue usageValue = object.value("usage"_L1);
    if (usageValue.isObject() && !m_usageSeen) {
        m_usageSeen = true;
        Q_EMIT usage(Usage::fromJson(usageValue.toObject()));
        if (!m_running)
            return;
    }
    finish(m_finishSeen ? m_reason : FinishReason::Stop);
}

bool ChatStream::scheduleRetry(const ApiError &error)
{
    if (m_gotBytes || !isRetryable(error) || m_attempt > m_policy.maxRetries)
        return false;
    const int delay = backoffDelayMs(m_policy, m_attempt, error.retryAfterMs);
    abortReply();
    Q_EMIT retrying(m_attempt, delay, error);
    if (m_running)
        m_retryTimer.start(delay);
    return true;
}

void ChatStream::emitLogprobs(const QJsonObject &choice)
{
    // Servers that ignore the request send nothing or "logprobs": null: treated as absent.
    const QJsonArray tokens = choice.value("logprobs"_L1).toObject().value("content"_L1).toArray();
    if (!tokens.isEmpty())
        Q_EMIT logprobs(tokens);
}

void ChatStream::emitDelta(const QString &piece)
{
    m_text += piece;
    if (m_firstTokenMs < 0)
        m_firstTokenMs = m_clock.elapsed();
    Q_EMIT delta(piece);
}

void ChatStream::fail(const ApiError &error)
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

void ChatStream::finish(FinishReason reason)
{
    if (!m_running)
        return;
    m_running = false;
    m_retryTimer.stop();
    abortReply();
    Q_EMIT finished(reason);
}

void ChatStream::abortReply()
{
    releaseReply(m_reply, this);
}
