#pragma once

#include "api/endpoint.h"
#include "secrets/keyrule.h"

#include <QString>

class QCommandLineParser;
class Config;

// The options the GUI and every CLI command share:
//   --endpoint NAME, --base-url URL, --kind deepinfra|openai, --api-key-env VAR
struct RunOptions
{
    QString endpointName;
    QString baseUrl;
    QString kind;
    QString apiKeyEnv = KeyRule::defaultVariable();
    bool apiKeyEnvNamed = false; // --api-key-env given: the variable is the user's choice

    static void addTo(QCommandLineParser &parser);
    // Reads the options from a parser that has processed the arguments.
    static RunOptions from(const QCommandLineParser &parser);
    // The endpoint to use: the named (or active) one from config, then --base-url/--kind applied.
    // Returns false with *error set on a bad kind, URL or unknown name.
    bool resolve(const Config &config, Endpoint *endpoint, QString *error) const;
    // Which key each endpoint uses in this run; `runEndpoint` is the one resolve() gave.
    KeyRule keyRule(const Endpoint &runEndpoint) const;
};
