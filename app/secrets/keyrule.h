#pragma once

#include "api/endpoint.h"

#include <QString>

// Which key an endpoint uses (one rule for the GUI, the CLI and Settings):
// - DEEPINFRA_API_KEY applies to deepinfra-kind endpoints only;
// - a variable the user names with --api-key-env applies to the endpoint the run started with;
// - every other endpoint uses its own keychain entry (account = endpoint name).
// A key from the environment is never stored, and never sent to an endpoint it was not meant for.
class KeyRule
{
public:
    static QString defaultVariable() { return QStringLiteral("DEEPINFRA_API_KEY"); }

    KeyRule() = default;
    // `variable` was named explicitly (--api-key-env) for the endpoint called `endpointName`.
    // An empty variable turns the environment off for that endpoint.
    static KeyRule named(const QString &variable, const QString &endpointName);
    // No environment at all: keychain only (`sift key set|clear`).
    static KeyRule keychainOnly();

    // The environment variable that supplies `endpoint`'s key, empty when none applies.
    QString variableFor(const Endpoint &endpoint) const;
    // That variable's value (trimmed) when it is set and not empty.
    QString environmentKey(const Endpoint &endpoint) const;

private:
    bool m_environment = true;
    bool m_named = false;
    QString m_variable;
    QString m_endpointName;
};

// Keys travel in an HTTP header: a key with control characters (CR/LF would add headers of its
// own) is refused wherever it comes from: typed, stored, read back or from the environment.
bool isUsableKey(const QString &key);
