#include "runoptions.h"

#include "config.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("RunOptions", text);
}

} // namespace

void RunOptions::addTo(QCommandLineParser &parser)
{
    parser.addOption({ u"endpoint"_s, tr("Use the configured endpoint <name>."), u"name"_s });
    parser.addOption({ u"base-url"_s,
                       tr("Send requests to <url> for this run (e.g. a LiteLLM proxy)."),
                       u"url"_s });
    parser.addOption(
        { u"kind"_s, tr("Endpoint kind for this run: deepinfra or openai."), u"kind"_s });
    parser.addOption({ u"api-key-env"_s,
                       tr("Read the API key from environment variable <var> for this "
                          "run's endpoint (default: DEEPINFRA_API_KEY, for DeepInfra endpoints "
                          "only)."),
                       u"var"_s });
}

RunOptions RunOptions::from(const QCommandLineParser &parser)
{
    RunOptions options;
    options.endpointName = parser.value(u"endpoint"_s).trimmed();
    options.baseUrl = parser.value(u"base-url"_s).trimmed();
    options.kind = parser.value(u"kind"_s).trimmed();
    if (parser.isSet(u"api-key-env"_s)) {
        options.apiKeyEnv = parser.value(u"api-key-env"_s).trimmed();
        options.apiKeyEnvNamed = true;
    }
    return options;
}

bool RunOptions::resolve(const Config &config, Endpoint *endpoint, QString *error) const
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };

    Endpoint result;
    if (endpointName.isEmpty()) {
        result = config.activeEndpoint();
    } else {
        const QList<Endpoint> known = config.endpoints();
        QStringList names;
        bool found = false;
        for (const Endpoint &candidate : known) {
            names.append(candidate.name);
            if (candidate.name == endpointName) {
                result = candidate;
                found = true;
            }
        }
        if (!found)
            return failWith(tr("There is no endpoint named “%1”. Use one of: %2.")
                                .arg(endpointName, names.join(", "_L1)));
    }

    if (!kind.isEmpty() && !Endpoint::kindFromString(kind, &result.kind))
        return failWith(tr("Unknown endpoint kind “%1”. Use deepinfra or openai.").arg(kind));

    if (!baseUrl.isEmpty()) {
        const QUrl url(baseUrl, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != "http"_L1 && scheme != "https"_L1))
            return failWith(
                tr("“%1” is not an http:// or https:// address. Give a full base URL such as "
                   "https://api.deepinfra.com/v1/openai.")
                    .arg(baseUrl));
        if (!url.userInfo().isEmpty())
            return failWith(tr("Remove the user name and password from “%1”: Sift does not take "
                               "credentials in a URL. Store the key with sift key set, or name "
                               "a variable with --api-key-env.")
                                .arg(url.toString(QUrl::RemoveUserInfo)));
        // Consent to plain http was given for the configured host, not for this one.
        if (url.host() != result.baseUrl.host())
            result.insecureConsent = false;
        result.baseUrl = url;
    }

    if (endpoint)
        *endpoint = result;
    if (error)
        error->clear();
    return true;
}

KeyRule RunOptions::keyRule(const Endpoint &runEndpoint) const
{
    return apiKeyEnvNamed ? KeyRule::named(apiKeyEnv, runEndpoint.name) : KeyRule();
}
