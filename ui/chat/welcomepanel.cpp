#include "welcomepanel.h"

#include <QLabel>
#include <QPushButton>
#include <QResizeEvent>
#include <QVBoxLayout>

WelcomePanel::WelcomePanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("New chat"));
    auto *title = new QLabel(tr("Start a conversation"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    auto *hint = new QLabel(
        tr("Type a message below, or pick an example to put it in the message box."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addWidget(hint);
    layout->addSpacing(12);
    for (const QString &example : examples()) {
        auto *button = new QPushButton(example, this);
        button->setAccessibleName(tr("Example: %1").arg(example));
        button->setToolTip(tr("Put this example in the message box"));
        button->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
        // By mouse: Tab goes from the message box to the transcript, as in any chat.
        button->setFocusPolicy(Qt::ClickFocus);
        connect(button, &QPushButton::clicked, this,
                [this, example] { Q_EMIT promptChosen(example); });
        button->setProperty("example", example);
        layout->addWidget(button, 0, Qt::AlignHCenter);
        m_droppable.prepend(button);
        m_examples.append(button);
    }
    layout->addStretch(3);
    m_droppable << hint << title;
}

void WelcomePanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitWidth();
    fitHeight();
}

void WelcomePanel::fitWidth()
{
    const QMargins margins = layout()->contentsMargins();
    const int available = width() - margins.left() - margins.right();
    for (QPushButton *button : std::as_const(m_examples)) {
        const QString example = button->property("example").toString();
        const QFontMetrics metrics = button->fontMetrics();
        if (button->text() != example)
            button->setText(example);
        // The button's frame and padding around its text.
        const int chrome = button->sizeHint().width() - metrics.horizontalAdvance(example);
        const bool fits = button->sizeHint().width() <= available;
        if (!fits)
            button->setText(metrics.elidedText(example, Qt::ElideRight, available - chrome));
        const QString hint = tr("Put this example in the message box");
        button->setToolTip(fits ? hint : example + QStringLiteral("\n\n") + hint);
    }
}

void WelcomePanel::fitHeight()
{
    for (QWidget *widget : std::as_const(m_droppable))
        widget->setVisible(true);
    for (QWidget *widget : std::as_const(m_droppable)) {
        layout()->invalidate();
        if (layout()->minimumSize().height() <= height())
            break;
        widget->setVisible(false);
    }
}

QStringList WelcomePanel::examples() const
{
    return { tr("Explain the difference between TCP and UDP in simple terms."),
             tr("Write a Python function that removes duplicates from a list and keeps the "
                "order."),
             tr("Summarise the main ideas of Stoic philosophy in five bullet points."),
             tr("Draft a short, polite email asking to move a meeting to next week.") };
}
