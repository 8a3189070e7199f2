#pragma once

#include <QWidget>

// A ring in the palette's highlight colour along the inside edge of the list, table or
// read-only text view that has keyboard focus. Item views show focus only through their current
// item (a faint rectangle in Fusion, none in the transcript's delegate), which cannot be seen in
// the dark theme, and a read-only text view (a passage, a preview) shows no cursor; text fields
// and buttons draw their own. install() follows the application's focus, once.
class FocusRing : public QWidget
{
    Q_OBJECT
public:
    static void install();
    // The view the ring is drawn on; null when focus is elsewhere.
    static QWidget *currentTarget();

    static constexpr int Width = 2;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    FocusRing();
    void attach(QWidget *view);
    void detach();
};
