#pragma once

#include "api/endpoint.h"
#include "modelinfo.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

// The last live model list of each endpoint, one JSON file per endpoint (name and base URL)
// with the time it was fetched. Lets Sift start with yesterday's list when offline. Holds no
// key: only what the models route returned.
class CatalogCache
{
public:
    struct Entry
    {
        QDateTime fetchedAt; // UTC
        QList<ModelInfo> models;
    };

    static constexpr qint64 DefaultMaxAgeSecs = 24 * 60 * 60;

    // directory empty: QStandardPaths::CacheLocation.
    explicit CatalogCache(const QString &directory = {});

    QString directory() const { return m_directory; }
    QString fileFor(const Endpoint &endpoint) const;
    std::optional<Entry> load(const Endpoint &endpoint) const;
    bool save(const Endpoint &endpoint, const QList<ModelInfo> &models,
              const QDateTime &fetchedAt = QDateTime::currentDateTimeUtc()) const;
    void remove(const Endpoint &endpoint) const;

    // Fresh: fetched less than maxAgeSecs ago (and not in the future: a clock set back).
    static bool isFresh(const Entry &entry, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                        qint64 maxAgeSecs = DefaultMaxAgeSecs);

private:
    QString m_directory;
};
