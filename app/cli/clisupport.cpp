#include "clisupport.h"

#include "clirunner.h"
#include "secrets/keystore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CliSupport {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

QString terminalSafe(const QString &text)
{
    const auto isControl = [](QChar c) {
        const char16_t u = c.unicode();
        return (u < 0x20 && u != u'\n' && u != u'\t') || (u >= 0x7f && u <= 0x9f);
    };
    if (std::none_of(text.cbegin(), text.cend(), isControl))
        return text;
    QString safe;
    safe.reserve(text.size());
    for (const QChar c : text) {
        if (!isControl(c))
            safe.append(c);
    }
    return safe;
}

void out(const QString &text)
{
    static const bool terminal = ::isatty(STDOUT_FILENO) == 1;
    writeTo(stdout, terminal ? terminalSafe(text) : text);
}

void err(const QString &text)
{
    const QString safe = terminalSafe(text);
    writeTo(stderr, safe.endsWith(u'\n') ? safe : safe + u'\n');
}

int exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return Cli::Ok;
    case ApiError::Kind::Auth:
    case ApiError::Kind::NoKey:
        return Cli::Auth;
    case ApiError::Kind::Network:
    case ApiError::Kind::Tls:
    case ApiError::Kind::Timeout:
        return Cli::Network;
    default:
        return Cli::Other;
    }
}

QString formatCost(double cost)
{
    if (cost <= 0)
        return u"$0"_s;
    int decimals = 4;
    if (cost < 0.01)
        decimals = std::max(2, int(-std::floor(std::log10(cost))) + 1);
    QString text = QString::number(cost, 'f', decimals);
    if (text.contains(u'.')) {
        while (text.endsWith(u'0'))
            text.chop(1);
        if (text.endsWith(u'.'))
            text.chop(1);
    }
    return u"$"_s + text;
}

bool resolveKey(const RunOptions &options, const Endpoint &endpoint, QString *key)
{
    KeyStore keys;
    keys.setEnvironmentOverride(options.apiKeyEnv);
    QEventLoop loop;
    KeyStore::Result answer;
    QObject::connect(&keys, &KeyStore::readFinished, &loop,
                     [&](const QString &account, const KeyStore::Result &result) {
                         if (account != endpoint.keyAccount())
                             return;
                         answer = result;
                         loop.quit();
                     });
    keys.read(endpoint.keyAccount());
    loop.exec();
    key->clear();
    if (answer.status == KeyStore::Status::Found)
        *key = answer.key;
    if (key->isEmpty() && endpoint.kind == Endpoint::Kind::DeepInfra) {
        err(QCoreApplication::translate(
                "Cli", "No API key for endpoint %1. Run: sift key set (or set %2).")
                .arg(endpoint.name, options.apiKeyEnv));
        return false;
    }
    return true;
}

} // namespace CliSupport
