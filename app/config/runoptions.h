#pragma once

#include "api/endpoint.h"

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
    QString apiKeyEnv = QStringLiteral("DEEPINFRA_API_KEY");

    static void addTo(QCommandLineParser &parser);
    // Reads the options from a parser that has processed the arguments.
    static RunOptions from(const QCommandLineParser &parser);
    // The endpoint to use: the named (or active) one from config, then --base-url/--kind applied.
    // Returns false with *error set on a bad kind, URL or unknown name.
    bool resolve(const Config &config, Endpoint *endpoint, QString *error) const;
};
