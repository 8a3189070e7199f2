#include "themestyle.h"

#include "statepalette.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

using namespace Qt::StringLiterals;

ThemeStyle::ThemeStyle() : LazyIconStyle(QStyleFactory::create(u"Fusion"_s)) { }

QColor ThemeStyle::checkBoxBorder(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    if (!StatePalette::isDark(base))
        return palette.color(QPalette::Window).darker(140); // Fusion's own
    // Half way from the base to the text: about 4:1 against the base, quieter than the text.
    return QColor::fromRgbF(base.redF() * 0.45 + text.redF() * 0.55,
                            base.greenF() * 0.45 + text.greenF() * 0.55,
                            base.blueF() * 0.45 + text.blueF() * 0.55);
}

QColor ThemeStyle::progressFill(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor fill = palette.color(QPalette::Highlight);
    const bool darkText = !StatePalette::isDark(palette.color(QPalette::Base));
    for (int i = 0; i < 12 && StatePalette::contrast(fill, text) < 4.5; ++i)
        fill = darkText ? fill.lighter(110) : fill.darker(115);
    return fill;
}

void ThemeStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    const auto *bar = qstyleoption_cast<const QStyleOptionProgressBar *>(option);
    if (bar && element == CE_ProgressBarLabel) {
        // One colour on the fill and on the groove: Fusion's split at the fill's edge cut
        // glyphs in two.
        QStyleOptionProgressBar copy(*bar);
        copy.palette.setColor(QPalette::HighlightedText, bar->palette.color(QPalette::Text));
        QProxyStyle::drawControl(element, &copy, painter, widget);
        return;
    }
    if (bar && element == CE_ProgressBarContents) {
        QStyleOptionProgressBar copy(*bar);
        copy.palette.setColor(QPalette::Highlight, progressFill(bar->palette));
        QProxyStyle::drawControl(element, &copy, painter, widget);
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
}

void ThemeStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                               QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox
        || !StatePalette::isDark(option->palette.color(QPalette::Base)))
        return;
    // Fusion drew its box with a focus outline when focused by keyboard: keep that one.
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        return;
    // Over Fusion's border, on the same half-pixel-aligned rectangle.
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->translate(0.5, 0.5);
    painter->setPen(checkBoxBorder(option->palette));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
    painter->restore();
}
