#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>

// GUI tests start the real GuiController, which writes settings, the history and the model
// cache: point all three at `home` (never the developer's own) and give the test its own
// application name. Call once, in initTestCase(); false when `home` could not be created.
inline bool useThrowawayHome(const QTemporaryDir &home, const QString &applicationName)
{
    if (!home.isValid())
        return false;
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", home.filePath(QStringLiteral("cache")).toLocal8Bit());
    QCoreApplication::setOrganizationName(QStringLiteral("SiftTest"));
    QCoreApplication::setApplicationName(applicationName);
    return true;
}
