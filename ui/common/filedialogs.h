#pragma once

#include <QString>
#include <QStringList>

class QWidget;

// Where Sift's file dialogs open: the folder the user chose last, else the home folder (Qt's
// default is the working directory, which for a desktop launch is meaningless). The wrappers
// are QFileDialog's static functions with that start and remember the folder chosen.
namespace FileDialogs {

// The folder to start in, with `fileName` (a suggested name) appended when given.
QString startPath(const QString &fileName = {});
// Remembers the folder of a chosen file (or a chosen folder) for the next dialog.
void remember(const QString &path);

QString getSaveFileName(QWidget *parent, const QString &caption, const QString &fileName,
                        const QString &filter);
QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &filter);

} // namespace FileDialogs
