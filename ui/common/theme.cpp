#include "theme.h"

#include "config/config.h"
#include "lazyiconstyle.h"
#include "themestyle.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

using namespace Qt::StringLiterals;

namespace Theme {

namespace {

    // What the platform gave us before any choice was applied, to go back to on "Follow the
    // system".
    struct SystemLook
    {
        QString styleName;
        QPalette palette;
    };

    // The application's style, seen through GuiController's LazyIconStyle (a proxy has no name
    // of its own), but not through ThemeStyle, the Light and Dark themes' own.
    const QStyle *platformStyle()
    {
        const QStyle *style = QApplication::style();
        if (qobject_cast<const LazyIconStyle *>(style) && !qobject_cast<const ThemeStyle *>(style))
            style = static_cast<const QProxyStyle *>(style)->baseStyle();
        return style;
    }

    SystemLook &systemLook()
    {
        static SystemLook look = [] {
            SystemLook l;
            const QStyle *style = platformStyle();
            l.styleName = style ? style->name() : QString();
            l.palette = QApplication::palette();
            return l;
        }();
        return look;
    }

    QPalette darkPalette()
    {
        // Fusion's roles with a dark base; contrast of text on window ≥ 7:1.
        const QColor window(0x2b, 0x2d, 0x31);
        const QColor base(0x1f, 0x21, 0x24);
        const QColor alternate(0x27, 0x29, 0x2d);
        const QColor text(0xe8, 0xea, 0xed);
        const QColor disabledText(0x80, 0x84, 0x8a);
        const QColor button(0x35, 0x38, 0x3d);
        const QColor highlight(0x3d, 0x8b, 0xe0);
        const QColor link(0x7a, 0xb7, 0xff);

        QPalette p;
        p.setColor(QPalette::Window, window);
        p.setColor(QPalette::WindowText, text);
        p.setColor(QPalette::Base, base);
        p.setColor(QPalette::AlternateBase, alternate);
        p.setColor(QPalette::ToolTipBase, button);
        p.setColor(QPalette::ToolTipText, text);
        p.setColor(QPalette::PlaceholderText, disabledText);
        p.setColor(QPalette::Text, text);
        p.setColor(QPalette::Button, button);
        p.setColor(QPalette::ButtonText, text);
        p.setColor(QPalette::BrightText, Qt::white);
        p.setColor(QPalette::Light, button.lighter(140));
        p.setColor(QPalette::Midlight, button.lighter(120));
        p.setColor(QPalette::Mid, button.darker(120));
        p.setColor(QPalette::Dark, base.darker(130));
        p.setColor(QPalette::Shadow, Qt::black);
        p.setColor(QPalette::Highlight, highlight);
        p.setColor(QPalette::HighlightedText, Qt::white);
        p.setColor(QPalette::Link, link);
        p.setColor(QPalette::LinkVisited, link.darker(120));
        for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText }) {
            p.setColor(QPalette::Disabled, role, disabledText);
        }
        p.setColor(QPalette::Disabled, QPalette::Button, window);
        p.setColor(QPalette::Disabled, QPalette::Highlight, button);
        return p;
    }

    // Light and Dark: Fusion with Sift's corrections (see ThemeStyle).
    void setThemeStyle()
    {
        if (!qobject_cast<ThemeStyle *>(QApplication::style()))
            QApplication::setStyle(new ThemeStyle); // the application takes ownership
    }

    void setStyleNamed(const QString &name)
    {
        if (name.isEmpty() || (platformStyle() && platformStyle()->name() == name))
            return;
        if (QStyle *style = QStyleFactory::create(name))
            QApplication::setStyle(style); // the application takes ownership
    }

} // namespace

Choice fromString(const QString &text)
{
    if (text == "light"_L1)
        return Choice::Light;
    if (text == "dark"_L1)
        return Choice::Dark;
    return Choice::System;
}

QString toString(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return u"light"_s;
    case Choice::Dark:
        return u"dark"_s;
    case Choice::System:
        break;
    }
    return u"system"_s;
}

QString displayName(Choice choice)
{
    switch (choice) {
    case Choice::Light:
        return QApplication::translate("Theme", "Light");
    case Choice::Dark:
        return QApplication::translate("Theme", "Dark");
    case Choice::System:
        break;
    }
    return QApplication::translate("Theme", "Follow the system");
}

void apply(Choice choice)
{
    const SystemLook &look = systemLook();
    switch (choice) {
    case Choice::System:
        setStyleNamed(look.styleName);
        QApplication::setPalette(look.palette);
        return;
    case Choice::Light:
        setThemeStyle();
        QApplication::setPalette(QApplication::style()->standardPalette());
        return;
    case Choice::Dark:
        setThemeStyle();
        QApplication::setPalette(darkPalette());
        return;
    }
}

void follow(Config *config)
{
    if (!config)
        return;
    systemLook(); // remember the platform's look before the first change
    const auto applyConfigured
        = [config] { apply(fromString(config->get(Config::Theme).toString())); };
    if (fromString(config->get(Config::Theme).toString()) != Choice::System)
        applyConfigured();
    QObject::connect(config, &Config::changed, config, [applyConfigured](Config::Key key) {
        if (key == Config::Theme)
            applyConfigured();
    });
}

} // namespace Theme
