#include "statusbar.h"

#include <QEvent>
#include <QFrame>
#include <QLabel>
#include <QLayout>
#include <QPainter>
#include <QSizeGrip>
#include <QStyleOption>

#include <algorithm>

StatusBar::StatusBar(QWidget *parent) : QStatusBar(parent), m_message(new QLabel(this))
{
    m_message->setTextFormat(Qt::PlainText);
    m_message->setAccessibleName(tr("Status message"));
    // Its text never widens the window; fit() decides what it shows.
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_message->setMinimumWidth(0);
    // Permanent, so QStatusBar does not hide it while a message shows; first, so it takes the
    // space on the left.
    addPermanentWidget(m_message, 1);
    connect(this, &QStatusBar::messageChanged, this, &StatusBar::fit);
}

void StatusBar::addItem(QWidget *item, int priority)
{
    auto *separator = new QFrame(this);
    separator->setFrameShape(QFrame::VLine);
    separator->setFrameShadow(QFrame::Sunken);
    addPermanentWidget(separator);
    addPermanentWidget(item);
    m_items.append({ item, separator, priority, true });
    fit();
}

void StatusBar::setItemVisible(QWidget *item, bool visible)
{
    for (Item &entry : m_items) {
        if (entry.widget == item)
            entry.wanted = visible;
    }
    fit();
}

bool StatusBar::isItemShown(QWidget *item) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [item](const Item &entry) {
        return entry.widget == item && entry.wanted && !entry.widget->isHidden();
    });
}

void StatusBar::paintEvent(QPaintEvent *)
{
    // QStatusBar's own painting without the message text: the label shows it.
    QPainter painter(this);
    QStyleOption option;
    option.initFrom(this);
    style()->drawPrimitive(QStyle::PE_PanelStatusBar, &option, &painter, this);
}

bool StatusBar::event(QEvent *event)
{
    const bool result = QStatusBar::event(event);
    // A widget shown or hidden in the bar: the room for the message changed.
    if (event->type() == QEvent::LayoutRequest)
        fit();
    return result;
}

void StatusBar::resizeEvent(QResizeEvent *event)
{
    QStatusBar::resizeEvent(event);
    fit();
}

int StatusBar::spacing() const
{
    return layout() ? std::max(layout()->spacing(), 4) : 6;
}

int StatusBar::widthOf(const Item &item) const
{
    return item.widget->sizeHint().width() + item.separator->sizeHint().width() + 4 * spacing();
}

QSize StatusBar::minimumSizeHint() const
{
    QSize size = QStatusBar::minimumSizeHint();
    const Item *first = nullptr;
    for (const Item &item : m_items) {
        if (item.wanted && (!first || item.priority > first->priority))
            first = &item;
    }
    int width = 24 + (first ? widthOf(*first) : 0);
    // Widgets others added (the endpoint switch) keep their room, as in fit().
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        const bool ours = child == m_message
            || std::any_of(m_items.cbegin(), m_items.cend(), [child](const Item &item) {
                              return item.widget == child || item.separator == child;
                          });
        if (!ours && !child->isHidden() && !qobject_cast<QSizeGrip *>(child))
            width += child->sizeHint().width() + 2 * spacing();
    }
    if (isSizeGripEnabled())
        width += style()->pixelMetric(QStyle::PM_SizeGripSize, nullptr, this);
    size.setWidth(std::min(size.width(), width));
    return size;
}

void StatusBar::fit()
{
    const QString text = currentMessage();
    const QFontMetrics metrics(m_message->font());
    const int spacing = this->spacing();
    // What the bar can give to the message and the items: its width less the margins and
    // the size grip.
    int available = contentsRect().width() - 24;
    if (isSizeGripEnabled())
        available -= style()->pixelMetric(QStyle::PM_SizeGripSize, nullptr, this);
    QList<const Item *> shown;
    int used = 0;
    // Widgets others added with addPermanentWidget() (the endpoint switch) keep their room.
    for (QWidget *child : findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        const bool ours = child == m_message
            || std::any_of(m_items.cbegin(), m_items.cend(), [child](const Item &item) {
                              return item.widget == child || item.separator == child;
                          });
        if (!ours && !child->isHidden() && !qobject_cast<QSizeGrip *>(child))
            used += child->sizeHint().width() + 2 * spacing;
    }
    for (const Item &item : std::as_const(m_items)) {
        if (item.wanted) {
            shown.append(&item);
            used += widthOf(item);
        }
    }
    // Lowest priority gives way first.
    std::stable_sort(shown.begin(), shown.end(),
                     [](const Item *a, const Item *b) { return a->priority < b->priority; });
    const int needed = text.isEmpty() ? 0 : metrics.horizontalAdvance(text) + 2 * spacing;
    QList<const Item *> giveWay;
    for (const Item *item : std::as_const(shown)) {
        if (needed + used <= available)
            break;
        giveWay.append(item);
        used -= widthOf(*item);
    }
    for (const Item &item : std::as_const(m_items)) {
        const bool visible = item.wanted && !giveWay.contains(&item);
        item.widget->setVisible(visible);
        item.separator->setVisible(visible);
    }
    const int room = std::max(0, available - used);
    const QString shownText = metrics.horizontalAdvance(text) + 2 * spacing <= room
        ? text
        : metrics.elidedText(text, Qt::ElideRight, std::max(0, room - 2 * spacing));
    m_message->setText(shownText);
    m_message->setToolTip(shownText == text ? QString() : text);
    m_message->setAccessibleDescription(text);
}
