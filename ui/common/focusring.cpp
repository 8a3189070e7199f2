#include "focusring.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPointer>
#include <QRegion>

namespace {

QPointer<FocusRing> &ring()
{
    static QPointer<FocusRing> instance;
    return instance;
}

// The item view that owns `widget` (the view itself or its viewport), or null.
QAbstractItemView *itemViewOf(QWidget *widget)
{
    if (auto *view = qobject_cast<QAbstractItemView *>(widget))
        return view;
    if (widget && widget->parentWidget())
        if (auto *view = qobject_cast<QAbstractItemView *>(widget->parentWidget()))
            return view->viewport() == widget ? view : nullptr;
    return nullptr;
}

} // namespace

FocusRing::FocusRing()
{
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
}

void FocusRing::install()
{
    static bool installed = false;
    if (installed || !qApp)
        return;
    installed = true;
    QObject::connect(qApp, &QApplication::focusChanged, qApp, [](QWidget *, QWidget *now) {
        QAbstractItemView *view = itemViewOf(now);
        if (!view) {
            if (ring())
                ring()->detach();
            return;
        }
        if (!ring())
            ring() = new FocusRing; // owned by the view it is on, then by the next one
        ring()->attach(view);
    });
}

QWidget *FocusRing::currentTarget()
{
    return ring() && !ring()->isHidden() ? ring()->parentWidget() : nullptr;
}

void FocusRing::attach(QWidget *view)
{
    if (parentWidget() != view) {
        if (parentWidget())
            parentWidget()->removeEventFilter(this);
        setParent(view);
        view->installEventFilter(this);
    }
    setGeometry(view->rect());
    setMask(QRegion(rect()) - QRegion(rect().adjusted(Width, Width, -Width, -Width)));
    raise(); // above the viewport and the scroll bars
    show();
}

void FocusRing::detach()
{
    hide();
}

bool FocusRing::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && !isHidden())
        attach(parentWidget());
    return QWidget::eventFilter(watched, event);
}

void FocusRing::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Active, QPalette::Highlight));
}
