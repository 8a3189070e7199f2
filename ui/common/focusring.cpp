#include "focusring.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QRegion>
#include <QTextEdit>

namespace {

QPointer<FocusRing> &ring()
{
    static QPointer<FocusRing> instance;
    return instance;
}

// A read-only text view shows no cursor, so nothing in it shows that it has the keyboard.
bool isReadOnlyText(const QWidget *widget)
{
    if (auto *plain = qobject_cast<const QPlainTextEdit *>(widget))
        return plain->isReadOnly()
            && !(plain->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    if (auto *rich = qobject_cast<const QTextEdit *>(widget))
        return rich->isReadOnly() && !(rich->textInteractionFlags() & Qt::TextSelectableByKeyboard);
    return false;
}

// The item view or read-only text view that owns `widget` (the view itself or its viewport),
// or null.
QAbstractScrollArea *ringTargetOf(QWidget *widget)
{
    const auto target = [](QWidget *w) -> QAbstractScrollArea * {
        if (qobject_cast<QAbstractItemView *>(w) || isReadOnlyText(w))
            return static_cast<QAbstractScrollArea *>(w);
        return nullptr;
    };
    if (QAbstractScrollArea *view = target(widget))
        return view;
    if (widget && widget->parentWidget())
        if (QAbstractScrollArea *view = target(widget->parentWidget()))
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
        QAbstractScrollArea *view = ringTargetOf(now);
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
