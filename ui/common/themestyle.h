#pragma once

#include "lazyiconstyle.h"

// Fusion, as the Light and Dark themes use it (its extension icons loaded when first drawn, see
// LazyIconStyle), with two corrections:
// - check box borders are the window colour darkened, invisible on a dark base (the Rerank
//   model list); on a dark palette they get a border that contrasts with the base;
// - a progress bar's text switches colour where the fill ends, which cut glyphs in two (the
//   "/" of "12 / 40"); it is drawn in one colour, the fill toned so the text reads on it.
class ThemeStyle : public LazyIconStyle
{
    Q_OBJECT
public:
    ThemeStyle(); // on Fusion

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget = nullptr) const override;

    // The border drawn around an unchecked check box for `palette`.
    static QColor checkBoxBorder(const QPalette &palette);
    // A progress bar's fill: the highlight, darkened where needed for 4.5:1 with the text.
    static QColor progressFill(const QPalette &palette);
};
