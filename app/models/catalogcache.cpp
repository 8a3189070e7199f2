#include "catalogcache.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {
constexpr int FormatVersion = 1;
}

CatalogCache::CatalogCache(const QString &directory)
    : m_directory(directory.isEmpty()
                      ? QStandardPaths::writableLocation(QStandardPaths::CacheLocation)
                      : directory)
{
}

QString CatalogCache::fileFor(const Endpoint &endpoint) const
{
    // Hashed so any endpoint name makes a valid file name; the URL is part of it so that
    // pointing an endpoint elsewhere does not show the old server's models.
    const QByteArray identity = endpoint.name.toUtf8() + '\n'
        + Endpoint::kindToString(endpoint.kind).toUtf8() + '\n' + endpoint.baseUrl.toEncoded();
    const QByteArray hash = QCryptographicHash::hash(identity, QCryptographicHash::Sha1).toHex();
    return QDir(m_directory)
        .filePath(u"models-"_s + QString::fromLatin1(hash.left(16)) + u".json"_s);
}

std::optional<CatalogCache::Entry> CatalogCache::load(const Endpoint &endpoint) const
{
    QFile file(fileFor(endpoint));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    if (root.value("version"_L1).toInt() != FormatVersion)
        return std::nullopt;
    Entry entry;
    entry.fetchedAt = QDateTime::fromString(root.value("fetched_at"_L1).toString(), Qt::ISODate);
    if (!entry.fetchedAt.isValid())
        return std::nullopt;
    for (const QJsonValue &value : root.value("models"_L1).toArray()) {
        ModelInfo info = modelInfoFromJson(value.toObject());
        if (info.id.isEmpty())
            continue;
        info.source = ModelInfo::Source::Live;
        entry.models.append(info);
    }
    return entry;
}

bool CatalogCache::save(const Endpoint &endpoint, const QList<ModelInfo> &models,
                        const QDateTime &fetchedAt) const
{
    if (!QDir().mkpath(m_directory))
        return false;
    QJsonArray list;
    for (const ModelInfo &info : models)
        list.append(modelInfoToJson(info));
    const QJsonObject root{
        { "version"_L1, FormatVersion },
        { "endpoint"_L1, endpoint.name },
        { "base_url"_L1, endpoint.baseUrl.toString(QUrl::RemoveUserInfo) },
        { "fetched_at"_L1, fetchedAt.toUTC().toString(Qt::ISODate) },
        { "models"_L1, list },
    };
    // QSaveFile: a crash mid-write leaves the previous list, not half a file.
    QSaveFile file(fileFor(endpoint));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QJsonDocument(root).toJson(QJsonDocument::Compact));
    return file.commit();
}

void CatalogCache::remove(const Endpoint &endpoint) const
{
    QFile::remove(fileFor(endpoint));
}

bool CatalogCache::isFresh(const Entry &entry, const QDateTime &now, qint64 maxAgeSecs)
{
    const qint64 age = entry.fetchedAt.secsTo(now);
    return entry.fetchedAt.isValid() && age >= 0 && age < maxAgeSecs;
}
