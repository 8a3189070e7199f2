#pragma once

#include "api/apierror.h"
#include "api/endpoint.h"
#include "config/runoptions.h"

#include <QEventLoop>
#include <QObject>
#include <QString>
#include <QStringList>

class ApiClient;
class Config;
class QCommandLineOption;
class QCommandLineParser;

#include <cstdio>
#include <unistd.h>

// Pieces every CLI command shares: output, exit codes, cost formatting, finding the key.
namespace CliSupport {

// UTF-8 to a stream, flushed at once, with no newline added (progress lines use "\r").
void writeTo(FILE *stream, const QString &text);
// UTF-8 to stdout, flushed at once (replies stream to the terminal as they arrive). When stdout
// is a terminal the text goes through terminalSafe(): a reply must not drive the terminal.
void out(const QString &text);
// One line to stderr (a newline is added when missing), through terminalSafe(): error messages
// carry the server's words.
void err(const QString &text);
// Text from a server or a file made harmless for a terminal: control characters other than
// newline and tab are dropped (C0, DEL, C1), so escape sequences (colours, cursor moves, window
// titles, OSC 8 links) lose their ESC/CSI/OSC and show as plain text.
QString terminalSafe(const QString &text);

// 0 ok, 3 authentication, 4 network, 5 server/other (see Cli::ExitCode).
int exitCodeFor(const ApiError &error);

// The key for a run, by KeyRule: the environment variable where it applies (DEEPINFRA_API_KEY
// for deepinfra-kind endpoints, a variable named with --api-key-env), else the keychain entry.
// Spins a local event loop (the CLI has no GUI to keep responsive). An OpenAI-compatible
// server (a local vLLM, a proxy without auth) may need no key: *key is then empty. Returns
// false, after saying so on stderr, when a DeepInfra endpoint has no key (exit Cli::Auth).
bool resolveKey(const RunOptions &options, const Endpoint &endpoint, QString *key);

// The run options given with the command (RunOptions::from) and the endpoint they pick. False,
// after saying why, when they name no usable endpoint (exit Cli::Usage).
bool resolveEndpoint(const QCommandLineParser &parser, const Config &config, RunOptions *options,
                     Endpoint *endpoint);

// Every command's client: the endpoint, the key by resolveKey() and the policy from Config
// (ClientSetup, as the GUI). False, after saying why, when the key is missing (exit Cli::Auth).
bool prepareClient(ApiClient *client, const Config &config, const RunOptions &options,
                   const Endpoint &endpoint);

// The error in words for this run: a rejected key from the environment names its variable
// (the keychain and Settings have nothing to do with it).
QString errorMessage(const ApiError &error, const RunOptions &options, const Endpoint &endpoint);

// Index of the command word (chat, models, key, rerank) in arguments, skipping the shared
// options' values; -1 when there is none before "--".
int commandIndex(const QStringList &arguments);

// A command's own options: parses arguments, the command word at index `command` left out (none
// when negative). On a parse error says "<name>: <error><separator><hint>" on stderr and returns
// Cli::Usage; when `help` is set prints the help and returns Cli::Ok; otherwise returns -1: go on.
// `hint` is the command's translated "Run … --help" sentence.
int parseArguments(QCommandLineParser &parser, const QStringList &arguments, int command,
                   const QCommandLineOption &help, const QString &name, const QString &hint,
                   QChar separator = u'\n');

// Starts `job` and spins a local event loop until it emits `finished` (not at all when start()
// leaves it idle). When stderr is a terminal, `show` is connected to the job's `progress` signal
// to redraw a status line there (with "\r"), and the line is erased before this returns, so the
// command's results start on a clean line.
template<typename Job, typename Finished, typename Progress, typename Show>
void runShowingProgress(Job *job, Finished finished, Progress progress, Show show)
{
    QEventLoop loop;
    QObject::connect(job, finished, &loop, &QEventLoop::quit);
    const bool showProgress = ::isatty(STDERR_FILENO);
    if (showProgress)
        QObject::connect(job, progress, &loop, show);
    job->start();
    if (job->isRunning())
        loop.exec();
    if (showProgress)
        writeTo(stderr, QStringLiteral("\r\x1b[K"));
}

// Spending above this many dollars is asked about first (sift eval --set, sift eval judge).
constexpr double DefaultConfirmAboveUsd = 0.10;

// Before a paid run above the threshold: without a terminal on stdin and stderr, prints refusal
// and returns false; on one, asks question (y/N) and returns the answer, saying "Nothing was
// sent." on no. The caller exits Cli::Usage on false.
bool confirmSpend(const QString &refusal, const QString &question);

} // namespace CliSupport
