#include "lazypage.h"

#include <QVBoxLayout>

LazyPage::LazyPage(Builder build, QWidget *parent) : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::content()
{
    // The builder may ask for the page again (a tab that needs another one built first).
    if (m_content || m_building || !m_build)
        return m_content;
    m_building = true;
    QWidget *content = m_build(this);
    m_building = false;
    if (!content)
        return nullptr;
    m_content = content;
    layout()->addWidget(content);
    content->show(); // now, not on the next event-loop turn (as a layout does it)
    // Laid out now too: the page may be showing already, its layout done before it had contents.
    if (isVisible())
        layout()->activate();
    Q_EMIT built(content);
    return content;
}

void LazyPage::showEvent(QShowEvent *event)
{
    content();
    QWidget::showEvent(event);
}
