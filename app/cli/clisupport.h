#pragma once

#include "api/apierror.h"
#include "api/endpoint.h"
#include "config/runoptions.h"

#include <QString>

#include <cstdio>

// Pieces every CLI command shares: output, exit codes, cost formatting, finding the key.
namespace CliSupport {

// UTF-8 to a stream, flushed at once, with no newline added (progress lines use "\r").
void writeTo(FILE *stream, const QString &text);
// UTF-8 to stdout, flushed at once (replies stream to the terminal as they arrive).
void out(const QString &text);
// One line to stderr (a newline is added when missing).
void err(const QString &text);

// 0 ok, 3 authentication, 4 network, 5 server/other (see Cli::ExitCode).
int exitCodeFor(const ApiError &error);

// The key for a run: the environment variable, else the keychain entry of the endpoint.
// Spins a local event loop (the CLI has no GUI to keep responsive). An OpenAI-compatible
// server (a local vLLM, a proxy without auth) may need no key: *key is then empty. Returns
// false, after saying so on stderr, when a DeepInfra endpoint has no key (exit Cli::Auth).
bool resolveKey(const RunOptions &options, const Endpoint &endpoint, QString *key);

} // namespace CliSupport
