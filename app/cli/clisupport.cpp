#include "clisupport.h"

#include "clirunner.h"
#include "config/clientsetup.h"
#include "config/config.h"
#include "secrets/keystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>

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
    if (answer.status == KeyStore::Status::Error && answer.fromEnvironment) {
        err(answer.errorText);
        return false;
    }
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

bool resolveEndpoint(const QCommandLineParser &parser, const Config &config, RunOptions *options,
                     Endpoint *endpoint)
{
    *options = RunOptions::from(parser);
    QString error;
    if (!options->resolve(config, endpoint, &error)) {
        err(error);
        return false;
    }
    return true;
}

bool prepareClient(ApiClient *client, const Config &config, const RunOptions &options,
                   const Endpoint &endpoint)
{
    QString key;
    if (!resolveKey(options, endpoint, &key))
        return false;
    ClientSetup::configure(client, endpoint, ClientSetup::policy(config), key);
    return true;
}

QString errorMessage(const ApiError &error, const RunOptions &options, const Endpoint &endpoint)
{
    const KeyRule rule = options.keyRule(endpoint);
    if (error.kind == ApiError::Kind::Auth && !rule.environmentKey(endpoint).isEmpty())
        return QCoreApplication::translate(
                   "Cli",
                   "The API key from %1 was rejected by the server. Correct or unset %1 (without "
                   "it, Sift uses the key stored with \"sift key set\").")
            .arg(rule.variableFor(endpoint));
    return error.userMessage();
}

int commandIndex(const QStringList &arguments)
{
    static const QStringList commands
        = { u"chat"_s, u"models"_s, u"key"_s, u"rerank"_s, u"eval"_s, u"preset"_s, u"kb"_s };
    // Options shared by every command that take a value (so the scan skips their values).
    // "--tab" is the GUI's (e.g. "--tab rerank"): its value is not a command.
    static const QStringList valueOptions
        = { u"--endpoint"_s, u"--base-url"_s, u"--kind"_s, u"--api-key-env"_s, u"--tab"_s };
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--"_L1)
            return -1;
        if (valueOptions.contains(argument)) {
            ++i;
            continue;
        }
        if (argument.startsWith(u'-'))
            continue;
        return commands.contains(argument) ? i : -1;
    }
    return -1;
}

int parseArguments(QCommandLineParser &parser, const QStringList &arguments, int command,
                   const QCommandLineOption &help, const QString &name, const QString &hint,
                   QChar separator)
{
    QStringList rest = arguments;
    if (command >= 0)
        rest.removeAt(command);
    if (!parser.parse(rest)) {
        err(name + u": "_s + parser.errorText() + separator + hint);
        return Cli::Usage;
    }
    if (parser.isSet(help)) {
        out(parser.helpText());
        return Cli::Ok;
    }
    return -1;
}

bool confirmSpend(const QString &refusal, const QString &question)
{
    if (!::isatty(STDIN_FILENO) || !::isatty(STDERR_FILENO)) {
        err(refusal);
        return false;
    }
    writeTo(stderr, question + u" [y/N] "_s);
    QFile in;
    const QString answer = in.open(stdin, QIODevice::ReadOnly)
        ? QString::fromUtf8(in.readLine()).trimmed().toLower()
        : QString();
    if (answer == "y"_L1 || answer == "yes"_L1)
        return true;
    err(QCoreApplication::translate("Cli", "Nothing was sent."));
    return false;
}

} // namespace CliSupport
