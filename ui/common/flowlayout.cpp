#include "flowlayout.h"

#include <QStyle>
#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addTrailingWidget(QWidget *widget)
{
    if (m_trailingFrom < 0)
        m_trailingFrom = int(m_items.size());
    addWidget(widget);
}

void FlowLayout::addStretchingWidget(QWidget *widget)
{
    m_stretching = int(m_items.size());
    addWidget(widget);
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    if (m_trailingFrom > index)
        --m_trailingFrom;
    if (m_stretching == index)
        m_stretching = -1;
    else if (m_stretching > index)
        --m_stretching;
    return m_items.takeAt(index);
}

int FlowLayout::spacingOrDefault() const
{
    if (spacing() >= 0)
        return spacing();
    const QWidget *parent = parentWidget();
    return parent
        ? parent->style()->pixelMetric(QStyle::PM_LayoutHorizontalSpacing, nullptr, parent)
        : 6;
}

int FlowLayout::heightForWidth(int width) const
{
    return doLayout(QRect(0, 0, width, 0), false);
}

QSize FlowLayout::minimumSize() const
{
    QSize size;
    for (const QLayoutItem *item : m_items)
        size = size.expandedTo(item->minimumSize());
    const QMargins margins = contentsMargins();
    return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom());
}

QSize FlowLayout::sizeHint() const
{
    // All on one row.
    int width = 0;
    int height = 0;
    for (const QLayoutItem *item : m_items) {
        if (item->isEmpty())
            continue;
        width += item->sizeHint().width() + (width > 0 ? spacingOrDefault() : 0);
        height = std::max(height, item->sizeHint().height());
    }
    const QMargins margins = contentsMargins();
    return { width + margins.left() + margins.right(), height + margins.top() + margins.bottom() };
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    doLayout(rect, true);
}

int FlowLayout::doLayout(const QRect &rect, bool apply) const
{
    const QRect area = rect.marginsRemoved(contentsMargins());
    const int gap = spacingOrDefault();
    // Rows of item indexes first, then their places: the trailing items of the last row they
    // share with leading ones go to its right end.
    QList<QList<int>> rows(1);
    int x = 0;
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i)->isEmpty())
            continue;
        const int width = m_items.at(i)->sizeHint().width();
        if (x > 0 && x + width > area.width()) {
            rows.append(QList<int>());
            x = 0;
        }
        rows.last().append(i);
        x += width + gap;
    }
    int y = area.y();
    for (const QList<int> &row : std::as_const(rows)) {
        int height = 0;
        int used = 0; // the row's widths and gaps
        for (int i : row) {
            height = std::max(height, m_items.at(i)->sizeHint().height());
            used += std::min(m_items.at(i)->sizeHint().width(), area.width());
        }
        used += gap * int(std::max<qsizetype>(0, row.size() - 1));
        if (apply) {
            // An item no wider than the area; the stretching one takes what the row leaves.
            const auto sizeOf = [&](int i) {
                QSize size = m_items.at(i)->sizeHint();
                size.setWidth(std::min(size.width(), area.width()));
                if (i == m_stretching)
                    size.setWidth(size.width() + std::max(0, area.width() - used));
                return size;
            };
            // Items of different heights share the row's middle.
            const auto top = [&](const QSize &size) { return y + (height - size.height()) / 2; };
            int left = area.x();
            int right = area.right() + 1;
            // Trailing items from the right end, in order.
            QList<int> trailing;
            for (int i : row) {
                if (m_trailingFrom >= 0 && i >= m_trailingFrom)
                    trailing.append(i);
            }
            for (auto it = trailing.crbegin(); it != trailing.crend(); ++it) {
                const QSize size = sizeOf(*it);
                right -= size.width();
                m_items.at(*it)->setGeometry(QRect(QPoint(right, top(size)), size));
                right -= gap;
            }
            for (int i : row) {
                if (trailing.contains(i))
                    continue;
                const QSize size = sizeOf(i);
                m_items.at(i)->setGeometry(QRect(QPoint(left, top(size)), size));
                left += size.width() + gap;
            }
        }
        y += height + gap;
    }
    return y - gap - area.y() + contentsMargins().top() + contentsMargins().bottom();
}
