#include "networkrequest.h"

#include "headerguard.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

QNetworkRequest buildNetworkRequest(const QUrl &url, const QString &apiKey,
                                    const RequestPolicy &policy)
{
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
    request.setRawHeader("Accept", "application/json, text/event-stream");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Sift/" SIFT_VERSION));
    // The key must never follow a redirect to another origin (or from https to http).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);
    request.setMaximumRedirectsAllowed(MaxRedirects);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    // Qt restarts this timer whenever bytes arrive, which makes it a stall guard.
    request.setTransferTimeout(policy.stallTimeoutMs);
    if (!apiKey.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + apiKey.toUtf8());
    return request;
}

void limitReadBuffer(QNetworkReply *reply)
{
    reply->setReadBufferSize(ReplyReadBufferBytes);
    // The request starts on a queued call made by post()/get(); this one runs right after it,
    // so the HTTP thread sees the limit before it reads a byte (with a fast server it may not
    // return to its event loop again until the whole reply is read).
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(ReplyReadBufferBytes); }, Qt::QueuedConnection);
}

namespace {
constexpr char HeadersSeenProperty[] = "_sift_headers_seen";
}

void watchHeaders(QNetworkReply *reply, const RequestPolicy &policy)
{
    QObject::connect(reply, &QNetworkReply::metaDataChanged, reply,
                     [reply] { reply->setProperty(HeadersSeenProperty, true); });
    HeaderGuard::watch(reply, policy.maxHeaderBytes);
}

QByteArray readSlice(QNetworkReply *reply)
{
    QByteArray bytes = reply->read(ReplyReadSliceBytes);
    HeaderGuard::received(bytes.size());
    return bytes;
}

void releaseReply(QPointer<QNetworkReply> &reply, QObject *receiver)
{
    if (!reply)
        return;
    QNetworkReply *released = reply;
    reply = nullptr;
    // Disconnect first: abort() emits finished() synchronously. A reply that already finished
    // (the usual case: we are in its finished handler) must not be aborted again; Qt warns.
    released->disconnect(receiver);
    if (!released->isFinished())
        released->abort();
    released->deleteLater();
}

bool isWebPage(const QNetworkReply *reply, const QByteArray &body)
{
    const QByteArray type = reply ? reply->rawHeader("Content-Type").toLower() : QByteArray();
    return type.contains("html") || body.trimmed().startsWith('<');
}

ApiError stallError(QNetworkReply *reply, const RequestPolicy &policy)
{
    if (HeaderGuard::exceeded(reply))
        return ApiError::make(
            ApiError::Kind::Protocol,
            QCoreApplication::translate("ApiClient",
                                        "an endless header: Sift stopped reading it after %1")
                .arg(byteSizeText(policy.maxHeaderBytes)));
    const double seconds = policy.stallTimeoutMs / 1000.0;
    if (reply && !reply->property(HeadersSeenProperty).toBool())
        return ApiError::make(ApiError::Kind::Timeout,
                              QCoreApplication::translate(
                                  "ApiClient",
                                  "no complete reply header arrived within %1 seconds (the server "
                                  "is silent or sends an endless header)")
                                  .arg(seconds));
    return ApiError::make(
        ApiError::Kind::Timeout,
        QCoreApplication::translate("ApiClient", "no data for %1 seconds").arg(seconds));
}

QJsonDocument parseJsonLenient(const QByteArray &bytes, QJsonParseError *error)
{
    QJsonDocument document = QJsonDocument::fromJson(bytes, error);
    if (error->error == QJsonParseError::IllegalUTF8String)
        document = QJsonDocument::fromJson(QString::fromUtf8(bytes).toUtf8(), error);
    return document;
}

ApiError decompressionError(QNetworkReply *reply)
{
    const QString detail = reply->errorString().trimmed();
    if (detail.endsWith(u':'))
        return ApiError::make(ApiError::Kind::TooLarge,
                              QCoreApplication::translate(
                                  "ApiClient",
                                  "it grew too large when decompressed (a compression bomb), so "
                                  "Sift stopped reading it"));
    return ApiError::make(
        ApiError::Kind::Protocol,
        QCoreApplication::translate("ApiClient", "the reply could not be decompressed (%1)")
            .arg(detail));
}

ApiError tooManyRedirectsError()
{
    return ApiError::make(
        ApiError::Kind::Protocol,
        QCoreApplication::translate("ApiClient",
                                    "too many redirects: the server redirected more than %1 times "
                                    "(a redirect loop)")
            .arg(MaxRedirects));
}

QString byteSizeText(qint64 bytes)
{
    constexpr qint64 KiB = 1024;
    constexpr qint64 MiB = 1024 * KiB;
    if (bytes >= MiB && bytes % MiB == 0)
        return QCoreApplication::translate("ApiClient", "%1 MiB").arg(bytes / MiB);
    if (bytes >= KiB && bytes % KiB == 0)
        return QCoreApplication::translate("ApiClient", "%1 KiB").arg(bytes / KiB);
    return QCoreApplication::translate("ApiClient", "%1 bytes").arg(bytes);
}

int backoffDelayMs(const RequestPolicy &policy, int attempt, int retryAfterMs)
{
    const int cap = qMax(0, policy.backoffMaxMs);
    qint64 delay = qMax(0, policy.backoffBaseMs);
    for (int i = 1; i < attempt && delay < cap; ++i)
        delay *= 2;
    delay = qMin<qint64>(delay, cap);
    if (retryAfterMs > delay)
        delay = qMin(retryAfterMs, cap);
    return int(delay);
}

bool isRetryable(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::RateLimited:
    case ApiError::Kind::Server:
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
        return error.retryable;
    default:
        return false;
    }
}

ApiError refusalBeforeSending(const Endpoint &endpoint, const QString &apiKey)
{
    if (!endpoint.mayUseKey())
        return ApiError::make(
            ApiError::Kind::Insecure,
            QCoreApplication::translate("ApiClient", "plain http to %1 without consent")
                .arg(endpoint.baseUrl.host()));
    if (apiKey.isEmpty() && endpoint.kind == Endpoint::Kind::DeepInfra)
        return ApiError::make(ApiError::Kind::NoKey,
                              QCoreApplication::translate("ApiClient", "no API key"));
    return {};
}
