#pragma once

#include "api/apierror.h"
#include "api/endpoint.h"
#include "config/runoptions.h"

#include <QString>

#include <cstdio>
#include <optional>

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

// USD with two significant digits for small amounts: $0.0000012, $0.0042, $1.25.
QString formatCost(double cost);

// The key for a run: the environment variable, else the keychain entry of the endpoint.
// Spins a local event loop (the CLI has no GUI to keep responsive).
std::optional<QString> findKey(const RunOptions &options, const Endpoint &endpoint);

} // namespace CliSupport
