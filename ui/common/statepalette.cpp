#include "statepalette.h"

#include <algorithm>
#include <cmath>

namespace {

struct RoleColors
{
    QRgb lightText;
    QRgb darkText;
    QRgb tint; // mixed into the base colour for backgrounds
};

RoleColors colorsFor(StatePalette::Role role)
{
    switch (role) {
    case StatePalette::Role::Error:
        return { qRgb(180, 30, 20), qRgb(255, 140, 130), qRgb(220, 50, 47) };
    case StatePalette::Role::Warning:
        return { qRgb(138, 83, 0), qRgb(255, 196, 107), qRgb(224, 161, 0) };
    case StatePalette::Role::Success:
        return { qRgb(30, 123, 52), qRgb(126, 224, 143), qRgb(46, 160, 67) };
    case StatePalette::Role::Info:
        return { qRgb(31, 95, 168), qRgb(140, 196, 255), qRgb(61, 139, 224) };
    }
    return { qRgb(0, 0, 0), qRgb(255, 255, 255), qRgb(128, 128, 128) };
}

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}

} // namespace

StatePalette::StatePalette(const QPalette &palette)
    : m_palette(palette), m_dark(isDark(palette)) { }

QColor StatePalette::text(Role role) const
{
    const RoleColors colors = colorsFor(role);
    return QColor(m_dark ? colors.darkText : colors.lightText);
}

QColor StatePalette::background(Role role) const
{
    // A light tint keeps the palette's text readable on it in either theme.
    return blend(m_palette.color(QPalette::Base), QColor(colorsFor(role).tint), 0.22);
}

bool StatePalette::isDark(const QColor &background)
{
    return background.lightnessF() < 0.5;
}

double StatePalette::contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
            + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

bool StatePalette::isDark(const QPalette &palette)
{
    return isDark(palette.color(QPalette::Window));
}
