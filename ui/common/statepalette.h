#pragma once

#include <QColor>
#include <QPalette>

// The colours of states (error, warning, success, information) for the palette in use, light or
// dark, asked for by role instead of hard-coded RGB (after KeePassXC's StateColorPalette).
// The palette has no such roles; these are chosen to read on its window and base colours.
class StatePalette
{
public:
    enum class Role { Error, Warning, Success, Info };

    explicit StatePalette(const QPalette &palette);

    // Text or an icon in the state's colour on the window or base colour (contrast ≥ 4.5:1).
    QColor text(Role role) const;
    // A fill for a banner or badge in that state; the palette's Text colour reads on it.
    QColor background(Role role) const;
    bool isDark() const { return m_dark; }

    // The one rule for "dark": a background darker than mid-grey. For a palette, its window.
    static bool isDark(const QColor &background);
    static bool isDark(const QPalette &palette);
    // WCAG 2 contrast ratio of two colours, 1 … 21.
    static double contrast(const QColor &a, const QColor &b);

private:
    QPalette m_palette;
    bool m_dark;
};
