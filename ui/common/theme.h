#pragma once

#include <QString>

class Config;

// Light or dark look, chosen in Settings → Appearance (KeePassXC offers the same). "Follow the
// system" keeps the platform's style and palette; Light and Dark use the Fusion style with a
// fixed palette, so they look the same on every desktop. Widgets that paint by hand read the
// palette and listen for QEvent::PaletteChange, so switching needs no restart.
namespace Theme {

enum class Choice { System, Light, Dark };

Choice fromString(const QString &text); // unknown text: System
QString toString(Choice choice);
QString displayName(Choice choice); // translated

// Applies `choice` to the running application.
void apply(Choice choice);
// Applies the configured choice now and again whenever Config::Theme changes.
void follow(Config *config);

} // namespace Theme
