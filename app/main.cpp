// Thin main: builds the application object, then hands over to the CLI or the GUI controller.
#include "cli/clirunner.h"
#include "guicontroller.h"

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
    setIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (Cli::isCliInvocation(arguments)) {
        QCoreApplication app(argc, argv);
        return Cli::run(app, app.arguments());
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Sift"));
    GuiController controller;
    if (!controller.start(app.arguments()))
        return Cli::Usage;
    return app.exec();
}
