#pragma once

#include "chatstream.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPointer>
#include <QUrl>

// Builds the QNetworkRequest every call uses: Bearer key (only when given), JSON content type,
// User-Agent, same-origin redirects only (the key never follows a redirect to another host),
// HTTP/2 off (DeepInfra streams fine over 1.1; simpler fault behaviour), stall timeout.
QNetworkRequest buildNetworkRequest(const QUrl &url, const QString &apiKey,
                                    const RequestPolicy &policy);

// Enough of an error reply for any message; the rest of an error page is not downloaded.
constexpr qsizetype MaxErrorBody = 64 * 1024;

// Same-origin redirects followed before a request fails with "too many redirects".
constexpr int MaxRedirects = 5;

// How much of a reply Qt may buffer ahead of the reader (QNetworkReply::setReadBufferSize):
// beyond it Qt stops reading the socket, so a flood waits in the kernel instead of in memory.
constexpr qint64 ReplyReadBufferBytes = 256 * 1024;
// Replies are read in slices of this size, each handled before the next, so a size cap stops
// in the middle of a reply with everything before it kept.
constexpr qint64 ReplyReadSliceBytes = 64 * 1024;

// Bounds what Qt buffers of `reply` ahead of its reader to ReplyReadBufferBytes. Call it right
// after post()/get(): Qt 6.4 passes the limit to its HTTP thread only once the request has
// started there, so it is set again on the next event-loop turn.
void limitReadBuffer(QNetworkReply *reply);

// Marks `reply` once its headers have arrived, for stallError(), and bounds what its header may
// grow to (HeaderGuard, policy.maxHeaderBytes).
void watchHeaders(QNetworkReply *reply, const RequestPolicy &policy);
// Up to ReplyReadSliceBytes of `reply`'s body, counted for HeaderGuard.
QByteArray readSlice(QNetworkReply *reply);
// Lets go of `reply` for `receiver`, which owns the request: `reply` is null afterwards, and the
// reply is disconnected from receiver, aborted unless it finished, and deleted later.
void releaseReply(QPointer<QNetworkReply> &reply, QObject *receiver);
// A body that is a web page (a proxy's login or error page) rather than the data asked for, by
// its Content-Type or its first character.
bool isWebPage(const QNetworkReply *reply, const QByteArray &body);
// The error for a reply Qt ended with OperationCanceledError that the caller did not cancel:
// the stall guard, or HeaderGuard for a header that grew past policy.maxHeaderBytes. Qt 6.4
// neither restarts the stall guard while header bytes arrive nor reports them, so a timeout
// before the header was complete means a silent server (or an endless header where HeaderGuard
// cannot measure), not a stop mid-reply.
ApiError stallError(QNetworkReply *reply, const RequestPolicy &policy);

// QJsonDocument::fromJson, except that invalid UTF-8 (which Qt's parser refuses outright) is
// decoded with U+FFFD for the bad bytes: the rest of the server's text is kept.
QJsonDocument parseJsonLenient(const QByteArray &bytes, QJsonParseError *error);

// Qt reports a reply it could not inflate as UnknownContentError, at once (its finished() may
// only follow at the stall timeout). Without a zlib detail that is its compression-bomb guard.
ApiError decompressionError(QNetworkReply *reply);
// Qt gave up after RequestPolicy's redirect cap (same-origin redirects that never end).
ApiError tooManyRedirectsError();

// "16 MiB", "64 KiB", "100 bytes": a byte count for a message.
QString byteSizeText(qint64 bytes);

// Delay before retry number `attempt` (1-based): base * 2^(attempt-1), capped; a server's
// Retry-After (ms, -1 = none) wins when larger, within the cap.
int backoffDelayMs(const RequestPolicy &policy, int attempt, int retryAfterMs);

// Whether a failure before the first byte of the reply is worth another attempt.
bool isRetryable(const ApiError &error);

// Why a request to this endpoint must not be sent at all (insecure without consent, or no key
// where the service needs one); Kind::None when it may go.
ApiError refusalBeforeSending(const Endpoint &endpoint, const QString &apiKey);
