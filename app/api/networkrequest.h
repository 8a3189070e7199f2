#pragma once

#include "chatstream.h"

#include <QNetworkRequest>
#include <QUrl>

// Builds the QNetworkRequest every call uses: Bearer key (only when given), JSON content type,
// User-Agent, same-origin redirects only (the key never follows a redirect to another host),
// HTTP/2 off (DeepInfra streams fine over 1.1; simpler fault behaviour), stall timeout.
QNetworkRequest buildNetworkRequest(const QUrl &url, const QString &apiKey,
                                    const RequestPolicy &policy);

// Delay before retry number `attempt` (1-based): base * 2^(attempt-1), capped; a server's
// Retry-After (ms, -1 = none) wins when larger, within the cap.
int backoffDelayMs(const RequestPolicy &policy, int attempt, int retryAfterMs);

// Whether a failure before the first byte of the reply is worth another attempt.
bool isRetryable(const ApiError &error);

// Why a request to this endpoint must not be sent at all (insecure without consent, or no key
// where the service needs one); Kind::None when it may go.
ApiError refusalBeforeSending(const Endpoint &endpoint, const QString &apiKey);
