#pragma once

// Shared by messagedelegate.cpp and messagedelegateactions.cpp; not part of any API.

#include <QFont>

namespace MessageDelegateDetail {
// How long a Copy button or link says "Copied" after a click.
constexpr int CopiedFeedbackMs = 1500;

// The font of status lines, links and buttons: a little smaller than the text.
inline QFont smallFont(const QFont &base)
{
    QFont font = base;
    if (font.pointSizeF() > 0)
        font.setPointSizeF(font.pointSizeF() * 0.9);
    return font;
}
} // namespace MessageDelegateDetail
