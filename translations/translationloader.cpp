#include "translationloader.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

using namespace Qt::StringLiterals;

bool TranslationLoader::install(QCoreApplication *app, const QLocale &locale)
{
    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *sift = new QTranslator(app);
    bool found = sift->load(locale, u"sift"_s, u"_"_s, u":/i18n"_s);
    // Untranslated languages and the C locale still get English plural forms ("1 document",
    // not "1 document(s)").
    if (!found && !sift->load(u"sift_en"_s, u":/i18n"_s)) {
        delete sift;
        return false;
    }
    QCoreApplication::installTranslator(sift);
    return found;
}
