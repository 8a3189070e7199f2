#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QFileInfo>
#include <QLabel>
#include <QLibraryInfo>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTest>
#include <QTranslator>
#include <QWidget>

// The layout tests' checks: a tab in German (the longest of Sift's languages) must fit the window
// with nothing the user needs cut.
namespace LayoutCheck {

// Sift's German strings, built beside the sift binary, and Qt's own from the system, with the
// German locale. Fails the current test when Sift's cannot be loaded.
inline void useGerman()
{
    const QString qm = QFileInfo(QStringLiteral(SIFT_BINARY)).path()
        + QStringLiteral("/translations/sift_de.qm");
    auto *sift = new QTranslator(qApp);
    QVERIFY2(sift->load(qm), qPrintable(qm));
    QCoreApplication::installTranslator(sift);
    auto *qt = new QTranslator(qApp);
    if (qt->load(QStringLiteral("qtbase_de"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
}

struct CutRules
{
    // A widget reaching below the window counts as cut (not where a scroll area shows only its
    // viewport's part).
    bool bottom = true;
    // A label that may be narrower than its text (horizontal policy Ignored, elided by design)
    // is not checked for its width.
    bool skipIgnoredLabels = true;
};

// Widgets under `root` that are shown but lie (partly) outside `window`, or are narrower than
// their text needs, each named with its class and accessible (else object) name.
inline QStringList cutWidgets(const QWidget *window, const QWidget *root, CutRules rules = {})
{
    QStringList cut;
    const QRect inside = window->rect();
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->size().isEmpty())
            continue;
        const QString name = QString::fromLatin1(widget->metaObject()->className())
            + QStringLiteral(" ")
            + (widget->accessibleName().isEmpty() ? widget->objectName()
                                                  : widget->accessibleName());
        const QRect rect(widget->mapTo(window, QPoint(0, 0)), widget->size());
        if (!inside.contains(rect.topLeft()) || rect.right() > inside.right()
            || (rules.bottom && rect.bottom() > inside.bottom()))
            cut << name + QStringLiteral(" outside the window");
        QString text;
        if (auto *label = qobject_cast<QLabel *>(widget); label && !label->wordWrap()
            && !(rules.skipIgnoredLabels
                 && label->sizePolicy().horizontalPolicy() == QSizePolicy::Ignored))
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            text = button->text();
        if (!text.isEmpty() && widget->width() < widget->minimumSizeHint().width())
            cut << name + QStringLiteral(" \u201c") + text
                    + QStringLiteral("\u201d narrower than its text");
    }
    return cut;
}

} // namespace LayoutCheck
