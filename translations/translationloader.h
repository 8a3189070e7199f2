#pragma once

#include <QLocale>

class QCoreApplication;

// Installs Sift's translations (embedded as resources under :/i18n) and Qt's own (qtbase_*.qm
// from the Qt installation) for a locale, by default the system's. Used by the GUI and the CLI.
class TranslationLoader
{
public:
    // Returns true when a Sift translation was found for the locale (English counts: it holds
    // the plural forms).
    static bool install(QCoreApplication *app, const QLocale &locale = QLocale::system());
};
