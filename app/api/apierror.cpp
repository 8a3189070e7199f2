#include "apierror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QStringList>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

// Server messages are shown in a banner; a runaway body must not fill the screen.
constexpr qsizetype MaxMessageChars = 400;

QString bounded(QString text)
{
    text = text.simplified();
    if (text.size() > MaxMessageChars)
        text = text.left(MaxMessageChars - 1) + QChar(0x2026);
    return text;
}

QString stringOf(const QJsonValue &value)
{
    return value.isString() ? value.toString() : QString();
}

QString fromDetailArray(const QJsonArray &items)
{
    QStringList parts;
    for (const QJsonValue &item : items) {
        const QJsonObject entry = item.toObject();
        const QString msg = stringOf(entry.value("msg"_L1));
        if (msg.isEmpty())
            continue;
        QStringList loc;
        const QJsonArray locItems = entry.value("loc"_L1).toArray();
        for (const QJsonValue &part : locItems) {
            const QString piece = part.isDouble() ? QString::number(part.toInt()) : part.toString();
            if (!piece.isEmpty())
                loc.append(piece);
        }
        // FastAPI prefixes where the value was found ("body", "query"); the user only cares
        // about the parameter name.
        if (!loc.isEmpty()
            && (loc.first() == "body"_L1 || loc.first() == "query"_L1 || loc.first() == "path"_L1))
            loc.removeFirst();
        parts.append(loc.isEmpty() ? msg : loc.join(u'.') + ": "_L1 + msg);
    }
    return parts.join("; "_L1);
}

int parseRetryAfter(const QByteArray &header)
{
    const QByteArray value = header.trimmed();
    if (value.isEmpty())
        return -1;
    bool ok = false;
    const double seconds = value.toDouble(&ok);
    if (ok)
        return seconds < 0 ? -1 : int(qMin(seconds * 1000.0, 24.0 * 3600 * 1000));
    // The other form allowed by RFC 9110: an IMF-fixdate such as "Sun, 06 Nov 1994 08:49:37 GMT".
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(value), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
    when.setTimeZone(QTimeZone::utc());
    if (!when.isValid())
        return -1;
    const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(when);
    return int(qBound<qint64>(0, ms, 24LL * 3600 * 1000));
}

} // namespace

QString ApiError::extractMessage(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return {};
    const QJsonObject root = doc.object();

    QString message;
    const QJsonValue error = root.value("error"_L1);
    if (error.isObject())
        message = stringOf(error.toObject().value("message"_L1));
    else if (error.isString())
        message = error.toString();

    if (message.isEmpty()) {
        const QJsonValue detail = root.value("detail"_L1);
        if (detail.isObject()) {
            const QJsonObject d = detail.toObject();
            message = stringOf(d.value("error"_L1));
            if (message.isEmpty())
                message = stringOf(d.value("message"_L1));
        } else if (detail.isString()) {
            message = detail.toString();
        } else if (detail.isArray()) {
            message = fromDetailArray(detail.toArray());
        }
    }
    if (message.isEmpty())
        message = stringOf(root.value("message"_L1));
    return bounded(message);
}

ApiError ApiError::fromHttp(int status, const QByteArray &body, const QByteArray &reasonPhrase,
                            const QByteArray &retryAfter)
{
    ApiError e;
    e.httpStatus = status;
    if (status == 401 || status == 403) {
        e.kind = Kind::Auth;
    } else if (status == 402) {
        e.kind = Kind::Payment;
    } else if (status == 404) {
        e.kind = Kind::NotFound;
    } else if (status == 408) {
        e.kind = Kind::Timeout;
        e.retryable = true;
    } else if (status == 429) {
        e.kind = Kind::RateLimited;
        e.retryable = true;
    } else if (status >= 500 && status <= 599) {
        e.kind = Kind::Server;
        e.retryable = true;
    } else if (status >= 400 && status <= 499) {
        e.kind = Kind::InvalidRequest;
    } else {
        e.kind = Kind::Protocol; // e.g. a redirect we refused to follow
    }
    e.retryAfterMs = parseRetryAfter(retryAfter);

    if (status >= 300 && status <= 399) {
        // Only redirects to another origin reach here (the key must not follow them).
        e.message
            = QCoreApplication::translate("ApiError", "the server redirected to another address");
        return e;
    }
    e.message = extractMessage(body);
    if (e.message.isEmpty())
        e.message = bounded(QString::fromLatin1(reasonPhrase));
    if (e.message.isEmpty())
        e.message = u"HTTP %1"_s.arg(status);
    return e;
}

ApiError ApiError::fromNetwork(QNetworkReply::NetworkError code, const QString &detail)
{
    ApiError e;
    e.message = bounded(detail);
    switch (code) {
    case QNetworkReply::NoError:
        e.kind = Kind::None;
        return e;
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ProxyConnectionClosedError:
        e.kind = Kind::Network;
        e.retryable = true;
        break;
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::UnknownNetworkError:
        // Qt reports certificate problems as SslHandshakeFailedError; never retried (nor
        // ignored), since trying again cannot fix a certificate.
        e.kind = code == QNetworkReply::SslHandshakeFailedError ? Kind::Tls : Kind::Network;
        break;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::ProxyTimeoutError:
    // Only reached when the caller did not cancel: Qt's transfer timeout also reports this code.
    case QNetworkReply::OperationCanceledError:
        e.kind = Kind::Timeout;
        break;
    default:
        e.kind = Kind::Network;
        break;
    }
    if (e.message.isEmpty())
        e.message = u"network error %1"_s.arg(int(code));
    return e;
}

ApiError ApiError::make(Kind kind, const QString &message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

QString ApiError::userMessage() const
{
    const bool has = !message.isEmpty();
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::Auth:
        if (!keyVariable.isEmpty())
            return QCoreApplication::translate(
                       "ApiError",
                       "The API key from the environment variable %1 was rejected. Correct %1 "
                       "or unset it (then Sift uses the key stored in Settings), and restart "
                       "Sift.")
                .arg(keyVariable);
        return QCoreApplication::translate(
            "ApiError", "The API key was rejected. Open Settings → API key and enter a valid key.");
    case Kind::Payment:
        return has ? QCoreApplication::translate(
                         "ApiError",
                         "The account cannot pay for this request (%1). Add credit to your "
                         "DeepInfra account, then try again.")
                         .arg(message)
                   : QCoreApplication::translate(
                       "ApiError",
                       "The account cannot pay for this request. Add credit to your DeepInfra "
                       "account, then try again.");
    case Kind::NotFound:
        return has ? QCoreApplication::translate(
                         "ApiError",
                         "The server does not know this model (%1). Pick another model and try "
                         "again.")
                         .arg(message)
                   : QCoreApplication::translate(
                       "ApiError",
                       "The server does not know this model. Pick another model and try again.");
    case Kind::InvalidRequest:
        return has ? QCoreApplication::translate(
                         "ApiError", "The server refused a setting: %1. Change it and try again.")
                         .arg(message)
                   : QCoreApplication::translate(
                       "ApiError",
                       "The server refused the request. Check the chat settings and try again.");
    case Kind::RateLimited:
        return has ? QCoreApplication::translate(
                         "ApiError", "The model is busy (%1). Wait a moment and try again.")
                         .arg(message)
                   : QCoreApplication::translate("ApiError",
                                                 "The model is busy. Wait a moment and try again.");
    case Kind::Server:
        if (httpStatus > 0)
            return QCoreApplication::translate(
                       "ApiError", "The server had a problem (HTTP %1). Try again in a moment.")
                .arg(httpStatus);
        return has
            ? QCoreApplication::translate("ApiError",
                                          "The server had a problem (%1). Try again in a moment.")
                  .arg(message)
            : QCoreApplication::translate("ApiError",
                                          "The server had a problem. Try again in a moment.");
    case Kind::Network:
        return has ? QCoreApplication::translate(
                         "ApiError",
                         "The connection to the server failed (%1). Check your network and the "
                         "endpoint address in Settings, then try again.")
                         .arg(message)
                   : QCoreApplication::translate(
                       "ApiError",
                       "The connection to the server failed. Check your network and the "
                       "endpoint address in Settings, then try again.");
    case Kind::Tls:
        return QCoreApplication::translate(
                   "ApiError",
                   "The secure connection could not be verified (%1). Check the endpoint address "
                   "and your system's certificates; Sift does not ignore certificate errors.")
            .arg(message);
    case Kind::Timeout:
        return has ? QCoreApplication::translate(
                         "ApiError",
                         "The server stopped sending data (%1). Try again, or pick a less busy "
                         "model.")
                         .arg(message)
                   : QCoreApplication::translate(
                       "ApiError",
                       "The server stopped sending data. Try again, or pick a less busy model.");
    case Kind::TooLarge:
        return QCoreApplication::translate(
                   "ApiError",
                   "The server's reply was too large: %1. Check the endpoint in Settings, or ask "
                   "for a shorter reply.")
            .arg(message);
    case Kind::Protocol:
        if (httpStatus >= 300 && httpStatus <= 399)
            return QCoreApplication::translate(
                "ApiError",
                "The server redirected Sift to another address, so the request was stopped and "
                "your key was not sent there. Check the endpoint's base URL in Settings.");
        return has ? QCoreApplication::translate(
                         "ApiError",
                         "The server sent a reply Sift cannot read (%1). Check that the endpoint "
                         "in Settings is an OpenAI-compatible API.")
                         .arg(message)
                   : QCoreApplication::translate(
                       "ApiError",
                       "The server sent a reply Sift cannot read. Check that the endpoint in "
                       "Settings is an OpenAI-compatible API.");
    case Kind::Insecure:
        return QCoreApplication::translate(
            "ApiError",
            "The endpoint uses plain http to another machine, so nothing was sent. Switch "
            "it to https in Settings, or allow insecure connections for it.");
    case Kind::NoKey:
        return QCoreApplication::translate(
            "ApiError", "No API key is set. Open Settings → API key and enter your DeepInfra key.");
    case Kind::Cancelled:
        return QCoreApplication::translate("ApiError", "The request was cancelled.");
    }
    return message;
}
