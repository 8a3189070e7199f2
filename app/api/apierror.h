#pragma once

#include <QByteArray>
#include <QMetaType>
#include <QNetworkReply>
#include <QString>

// One failure of a call to the service, as the rest of Sift sees it: a kind to branch on,
// the HTTP status when there was one, a message fit to show, and whether trying again may help.
struct ApiError
{
    Q_GADGET
public:
    enum class Kind {
        None,
        Auth,           // 401/403: key missing or rejected
        Payment,        // 402: account out of funds
        NotFound,       // 404: unknown or retired model
        InvalidRequest, // 400/422: a parameter the server refused
        RateLimited,    // 429
        Server,         // 5xx
        Network,        // refused, DNS, reset, cut mid-stream
        Tls,            // certificate or handshake failure
        Timeout,        // no bytes for the stall timeout
        Protocol,       // a reply Sift cannot read (not JSON, HTML, too large)
        Insecure,       // plain http to a non-loopback host without consent
        NoKey,          // no API key available
        Cancelled,
        TooLarge, // a reply beyond the size cap (also after decompression): reading stopped
    };
    Q_ENUM(Kind)

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString message; // the server's own words when it gave any, else ours
    bool retryable = false;
    int retryAfterMs = -1; // from Retry-After, when present
    // The environment variable the request's key came from (DEEPINFRA_API_KEY, --api-key-env);
    // empty for a key from the keychain or the key dialog. A rejected key's message names it.
    QString keyVariable;

    bool isError() const { return kind != Kind::None; }

    // Maps an HTTP error reply (PROTOCOL.md's error table) to an ApiError.
    static ApiError fromHttp(int status, const QByteArray &body,
                             const QByteArray &reasonPhrase = {},
                             const QByteArray &retryAfter = {});
    static ApiError fromNetwork(QNetworkReply::NetworkError code, const QString &detail);
    static ApiError make(Kind kind, const QString &message);

    // Pulls the human message out of error.message, detail.error, detail (string) or
    // detail[].msg (with its loc). Empty when the body holds none (e.g. HTML).
    static QString extractMessage(const QByteArray &body);

    // One translated sentence telling the user what happened and what to do.
    QString userMessage() const;
};

Q_DECLARE_METATYPE(ApiError)
