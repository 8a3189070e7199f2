// File dialogs open in the folder the user chose last, else in the home folder: never in the
// working directory Sift happened to be started from.
#include "filedialogs.h"
#include "rerankworkbench.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;

class TestFileDialogs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startsAtHomeThenLastFolder();
    void workbenchImportOpensAtHome();

private:
    // The folder the next modal file dialog shows, read as it opens; the dialog is cancelled.
    QString folderOfNextDialog(const std::function<void()> &open);

    QTemporaryDir m_workingDir;
};

void TestFileDialogs::initTestCase()
{
    QVERIFY(m_workingDir.isValid());
    // Started from somewhere that is not home, as a launcher or a terminal might.
    QVERIFY(QDir::setCurrent(m_workingDir.path()));
    QVERIFY(QDir::currentPath() != QDir::homePath());
}

QString TestFileDialogs::folderOfNextDialog(const std::function<void()> &open)
{
    QString folder;
    QTimer::singleShot(0, this, [&folder] {
        auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        folder = dialog->directory().absolutePath();
        dialog->reject();
    });
    open();
    return folder;
}

void TestFileDialogs::startsAtHomeThenLastFolder()
{
    QCOMPARE(FileDialogs::startPath(), QDir::homePath());
    QCOMPARE(FileDialogs::startPath(u"results.csv"_s), QDir::home().filePath(u"results.csv"_s));

    QTemporaryDir chosen;
    FileDialogs::remember(chosen.filePath(u"set.json"_s));
    QCOMPARE(FileDialogs::startPath(u"export.md"_s), chosen.filePath(u"export.md"_s));
    QString shown = folderOfNextDialog(
        [] { FileDialogs::getOpenFileName(nullptr, u"Open"_s, u"All files (*)"_s); });
    QCOMPARE(shown, QDir(chosen.path()).absolutePath());

    // A folder that went away: back to home.
    chosen.remove();
    QCOMPARE(FileDialogs::startPath(), QDir::homePath());
}

void TestFileDialogs::workbenchImportOpensAtHome()
{
    FileDialogs::remember({});
    QTemporaryDir gone;
    FileDialogs::remember(gone.path());
    gone.remove();
    RerankWorkbench bench;
    bench.show();
    QVERIFY(QTest::qWaitForWindowExposed(&bench));
    const QString shown = folderOfNextDialog([&bench] { bench.importSetAction()->trigger(); });
    QCOMPARE(shown, QDir::homePath());
}

QTEST_MAIN(TestFileDialogs)
#include "tst_filedialogs.moc"
