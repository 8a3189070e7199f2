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
    const KeyRule rule = options.keyRule(endpoint);
    keys.setKeyRule(rule);
    QEventLoop loop;
    KeyStore::Result answer;
    QObject::connect(&keys, &KeyStore::readFinished, &loop,
                     [&](const QString &account, const KeyStore::Result &result) {
                         if (account != endpoint.keyAccount())
                             return;
                         answer = result;
                         loop.quit();
                     });
    keys.readFor(endpoint);
    loop.exec();
    key->clear();
    if (answer.status == KeyStore::Status::Found)
        *key = answer.key;
    if (key->isEmpty() && endpoint.kind == Endpoint::Kind::DeepInfra) {
        const QString variable = rule.variableFor(endpoint);
        err(variable.isEmpty()
                ? QCoreApplication::translate("Cli",
                                              "No API key for endpoint %1. Run: sift key set.")
                      .arg(endpoint.name)
                : QCoreApplication::translate(
                      "Cli", "No API key for endpoint %1. Run: sift key set (or set %2).")
                      .arg(endpoint.name, variable));
        return false;
    }
    return true;
}

} // namespace CliSupport
