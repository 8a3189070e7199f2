#pragma once

#include <QStatusBar>

class QFrame;
class QLabel;

// The window's status bar. QStatusBar paints a message over the space left of its permanent
// widgets and clips it there, mid-word ("Receiving the repl"), and the next message is painted
// the same way ("Could not" beside "42 tokens"). Here the message is a label of its own
// that shows it whole: the items on the right (each after a separator) give way, lowest
// priority first, while a message needs their room; only a message longer than the whole bar
// is elided, with the full text as its tooltip. showMessage()/clearMessage() work as usual.
class StatusBar : public QStatusBar
{
    Q_OBJECT
public:
    explicit StatusBar(QWidget *parent = nullptr);

    // Adds a permanent item on the right, after a separator. Items with a lower priority give
    // way first when a message needs their room.
    void addItem(QWidget *item, int priority);
    // Shows or hides an item and its separator; a shown item may still give way to a message.
    void setItemVisible(QWidget *item, bool visible);
    // Visible now (wanted and not giving way to a message).
    bool isItemShown(QWidget *item) const;
    QLabel *messageLabel() const { return m_message; }
    // As narrow as the most important item: the others give way when the window narrows. The
    // widths of all shown items as the minimum kept the window from narrowing at all.
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    struct Item
    {
        QWidget *widget;
        QFrame *separator;
        int priority;
        bool wanted = true;
    };
    void fit();
    int widthOf(const Item &item) const;
    int spacing() const;

    QLabel *m_message;
    QList<Item> m_items;
};
