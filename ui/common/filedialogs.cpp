#include "filedialogs.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace FileDialogs {

namespace {

    QString &lastFolder()
    {
        static QString folder;
        return folder;
    }

} // namespace

QString startPath(const QString &fileName)
{
    QString folder = lastFolder();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QDir::homePath();
    return fileName.isEmpty() ? folder : QDir(folder).filePath(fileName);
}

void remember(const QString &path)
{
    if (path.isEmpty())
        return;
    const QFileInfo info(path);
    lastFolder() = info.isDir() ? info.absoluteFilePath() : info.absolutePath();
}

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &fileName,
                        const QString &filter)
{
    const QString path = QFileDialog::getSaveFileName(parent, caption, startPath(fileName), filter);
    remember(path);
    return path;
}

QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    const QString path = QFileDialog::getOpenFileName(parent, caption, startPath(), filter);
    remember(path);
    return path;
}

QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &filter)
{
    const QStringList paths = QFileDialog::getOpenFileNames(parent, caption, startPath(), filter);
    if (!paths.isEmpty())
        remember(paths.constFirst());
    return paths;
}

} // namespace FileDialogs
