#pragma once

#include "apierror.h"
#include "chatrequest.h"
#include "endpoint.h"
#include "sseparser.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QNetworkAccessManager;
class QNetworkReply;

// Retry and timeout knobs shared by every request object.
struct RequestPolicy
{
    int stallTimeoutMs = 60000;              // no bytes for this long: fail with Kind::Timeout
    int maxRetries = 3;                      // 429/5xx/refused before the first byte
    int backoffBaseMs = 500;                 // doubled each attempt
    int backoffMaxMs = 8000;                 // also caps Retry-After
    qint64 maxReplyBytes = 16 * 1024 * 1024; // larger replies are cut off with a message
    // A reply header still growing past this is aborted (HeaderGuard); Qt's own parser would
    // refuse a header over 256 KiB, but only once it has ended.
    qint64 maxHeaderBytes = 2 * 1024 * 1024;
};

// One chat completion in flight, streaming or not. Created by ApiClient::chat().
// Emits delta() for each piece of text, usage() once when the server reports it, then exactly
// one of finished() or failed(). cancel() ends it with finished(FinishReason::Cancelled).
// Text received before a failure stays in text(): callers keep it.
class ChatStream : public QObject
{
    Q_OBJECT
public:
    ChatStream(QNetworkAccessManager *nam, const Endpoint &endpoint, const QString &apiKey,
               const ChatRequest &request, const RequestPolicy &policy, QObject *parent = nullptr);
    ~ChatStream() override;

    // Starts the request (ApiClient calls it on the next event-loop turn).
    void start();
    // The environment variable the key came from: failures carry it (ApiError::keyVariable).
    void setKeyVariable(const QString &variable) { m_keyVariable = variable; }
    void cancel();

    const ChatRequest &request() const { return m_request; }
    QString text() const { return m_text; }
    bool isRunning() const { return m_running; }
    int attempts() const { return m_attempt; }
    int malformedEvents() const { return m_malformed; }
    // Milliseconds from start() to the first delta, -1 before it.
    qint64 timeToFirstTokenMs() const { return m_firstTokenMs; }

Q_SIGNALS:
    void delta(const QString &text);
    void usage(const Usage &usage);
    // Token probabilities of the text that follows (OpenAI's choices[0].logprobs.content[]),
    // emitted only when the server sent some.
    void logprobs(const QJsonArray &tokens);
    void finished(FinishReason reason);
    void failed(const ApiError &error);
    // A retry was scheduled after a retryable failure before any byte of the reply.
    // attempt is the retry's number (1 for the first retry); the request goes out after delayMs.
    void retrying(int attempt, int delayMs, const ApiError &error);

private:
    void sendAttempt();
    void onReadyRead();
    void onFinished();
    // Takes reply bytes; false when the stream ended while handling them.
    bool consume(const QByteArray &bytes);
    void handleEvent(const SseParser::Event &event);
    void handleCompletionBody(const QByteArray &body);
    void handleStreamEnd();
    // An error status with its body read (or the first MaxErrorBody bytes of it).
    void onErrorReplyComplete();
    bool scheduleRetry(const ApiError &error);
    void emitDelta(const QString &piece);
    void emitLogprobs(const QJsonObject &choice);
    void fail(const ApiError &error);
    void finish(FinishReason reason);
    void abortReply();

    QNetworkAccessManager *m_nam;
    Endpoint m_endpoint;
    QString m_apiKey;
    QString m_keyVariable;
    ChatRequest m_request;
    RequestPolicy m_policy;
    QPointer<QNetworkReply> m_reply;
    SseParser m_parser;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    QString m_text;
    QByteArray m_body; // non-streaming or error body
    qint64 m_received = 0;
    qint64 m_firstTokenMs = -1;
    int m_attempt = 0;
    int m_malformed = 0;
    bool m_running = false;
    bool m_cancelled = false;
    bool m_gotBytes = false;
    bool m_done = false; // [DONE] seen
    bool m_usageSeen = false;
    bool m_finishSeen = false;  // a non-null finish_reason arrived
    bool m_eventStream = false; // this attempt's reply is text/event-stream
    int m_validEvents = 0;
    int m_httpStatus = 0;
    FinishReason m_reason = FinishReason::Unknown;
};
