#pragma once

#include <QPointer>
#include <QWidget>

#include <functional>

// A tab's page that builds its contents the first time it is shown, or when something asks for
// them (content()). Start-up then pays only for the tab on screen: the rule for every tab of the
// main window but Chat (tst_guicontroller checks that none of them is built by the first paint),
// so a new tab does not slow the first paint.
class LazyPage : public QWidget
{
    Q_OBJECT
public:
    // `build` makes the contents as a child of the page it is given; the page lays them out.
    using Builder = std::function<QWidget *(QWidget *page)>;

    explicit LazyPage(Builder build, QWidget *parent = nullptr);

    bool isBuilt() const { return m_content != nullptr; }
    // The contents, built now if need be.
    QWidget *content();

Q_SIGNALS:
    void built(QWidget *content);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Builder m_build;
    QPointer<QWidget> m_content;
    bool m_building = false;
};
