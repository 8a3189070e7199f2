#pragma once

#include <QLayout>
#include <QList>

// Lays its widgets out left to right and wraps them onto further rows when the width runs out
// (a row of buttons in a narrow window). Its minimum width is that of its widest item; the
// height follows the width (heightForWidth).
class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = -1);
    ~FlowLayout() override;

    // The widgets after this one keep to the right end of their row (a stretch in a box layout).
    void addTrailingWidget(QWidget *widget);
    // This widget takes the width its row leaves over (a field that grows with the window); the
    // others keep their size hints.
    void addStretchingWidget(QWidget *widget);

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect &rect) override;

private:
    int doLayout(const QRect &rect, bool apply) const;
    int spacingOrDefault() const;

    QList<QLayoutItem *> m_items;
    int m_trailingFrom = -1; // index of the first item kept to the right, -1: none
    int m_stretching = -1;   // index of the item that takes its row's spare width, -1: none
};
