#include "clisupport.h"

#include "clirunner.h"
#include "secrets/keystore.h"

#include <QCoreApplication>
#include <QEventLoop>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace CliSupport {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void out(const QString &text)
{
    writeTo(stdout, text);
}

void err(const QString &text)
{
    writeTo(stderr, text.endsWith(u'\n') ? text : text + u'\n');
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
