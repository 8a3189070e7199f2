#include "rendermarker.h"

#include "store/database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

using namespace Qt::StringLiterals;

RenderMarker::RenderMarker(const QString &path)
    : m_path(path.isEmpty() ? QFileInfo(Database::defaultPath()).absolutePath() + u"/rendering"_s
                            : path)
{
}

qint64 RenderMarker::pending() const
{
    QFile file(m_path);
    // A regular file only, and only a few bytes of it: the marker is never more than an id.
    if (!QFileInfo(m_path).isFile() || !file.open(QIODevice::ReadOnly))
        return 0;
    bool ok = false;
    const qint64 id = file.read(32).trimmed().toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

bool RenderMarker::set(qint64 conversationId)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QSaveFile file(m_path); // written whole and synced, or not at all
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(QByteArray::number(conversationId));
    return file.commit();
}

void RenderMarker::clear()
{
    QFile::remove(m_path);
}
