// Thin main: builds the application object, then hands over to the CLI or the GUI controller.
#include "cli/clirunner.h"
#include "config/startuptrace.h"
#include "guicontroller.h"
#include "translationloader.h"

#include <QApplication>
#include <QCoreApplication>

static void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Sift"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("sift.example.org"));
    QCoreApplication::setApplicationName(QStringLiteral("Sift"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SIFT_VERSION));
}

int main(int argc, char *argv[])
{
    StartupTrace::mark("main");
    setIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        TranslationLoader::install(&app);
        return Cli::run(app, app.arguments());
    }

    QApplication app(argc, argv);
    StartupTrace::mark("QApplication");
    QApplication::setApplicationDisplayName(QStringLiteral("Sift"));
    // The desktop file name lets Wayland compositors match the window to its icon and entry.
    QGuiApplication::setDesktopFileName(QStringLiteral(SIFT_APP_ID));
    // The window icon is set by GuiController after the first paint: decoding it took ~2 ms.
    TranslationLoader::install(&app);
    StartupTrace::mark("translations");
    GuiController controller;
    if (!controller.start(app.arguments()))
        return Cli::Usage;
    return app.exec();
}
