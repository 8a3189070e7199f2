#pragma once

#include <QProxyStyle>

// A proxy style whose tool-bar extension icons are loaded when first drawn. QMenuBar's
// constructor asks for SP_ToolBarHorizontalExtensionButton, and reading that PNG's format made
// QImageReader load every image-format plugin: 15 % of the instructions before the first
// paint, for a button that shows only when the menus do not fit (docs/PERFORMANCE.md, fifth
// start-up pass). Everything else is the base style's.
class LazyIconStyle : public QProxyStyle
{
    Q_OBJECT
public:
    // On `base` (owned), or on the default style when it is null.
    explicit LazyIconStyle(QStyle *base = nullptr);

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
};
