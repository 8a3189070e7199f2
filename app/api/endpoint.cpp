#include "endpoint.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace {

// The base path without trailing slashes, so "…/openai/" and "…/openai" build the same URLs.
QString trimmedPath(const QUrl &url)
{
    QString path = url.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return path;
}

QUrl withPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

} // namespace

Endpoint Endpoint::deepInfra()
{
    return Endpoint();
}

QString Endpoint::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::DeepInfra:
        return u"deepinfra"_s;
    case Kind::OpenAI:
        return u"openai"_s;
    }
    return u"deepinfra"_s;
}

bool Endpoint::kindFromString(const QString &text, Kind *kind)
{
    const QString key = text.trimmed().toLower();
    Kind parsed;
    if (key == "deepinfra"_L1)
        parsed = Kind::DeepInfra;
    else if (key == "openai"_L1)
        parsed = Kind::OpenAI;
    else
        return false;
    if (kind)
        *kind = parsed;
    return true;
}

QUrl Endpoint::chatUrl() const
{
    return withPath(baseUrl, trimmedPath(baseUrl) + "/chat/completions"_L1);
}

QUrl Endpoint::modelsUrl() const
{
    return withPath(baseUrl, trimmedPath(baseUrl) + "/models"_L1);
}

QUrl Endpoint::embeddingsUrl() const
{
    return withPath(baseUrl, trimmedPath(baseUrl) + "/embeddings"_L1);
}

QUrl Endpoint::rerankUrl(const QString &model) const
{
    QString path = trimmedPath(baseUrl);
    if (kind == Kind::OpenAI)
        return withPath(baseUrl, path + "/rerank"_L1);
    if (path.endsWith("/openai"_L1))
        path.chop(7);
    // The model id's own slashes ("Qwen/Qwen3-Reranker-0.6B") are path segments on purpose.
    return withPath(baseUrl, path + "/inference/"_L1 + wireModelId(model));
}

QUrl Endpoint::modelsListUrl() const
{
    if (kind != Kind::DeepInfra)
        return {};
    return withPath(baseUrl, u"/models/list"_s);
}

QString Endpoint::wireModelId(const QString &model) const
{
    return kind == Kind::DeepInfra ? normalizeModelId(model) : model.trimmed();
}

bool Endpoint::isLoopback() const
{
    const QString host = baseUrl.host();
    if (host.compare("localhost"_L1, Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool Endpoint::isInsecure() const
{
    return baseUrl.scheme().compare("https"_L1, Qt::CaseInsensitive) != 0 && !isLoopback();
}

QString normalizeModelId(const QString &model)
{
    QString id = model.trimmed();
    if (id.startsWith("deepinfra/"_L1, Qt::CaseInsensitive))
        id.remove(0, 10);
    return id;
}
