#pragma once

#include <QWidget>

class QPushButton;

// What an empty chat shows instead of a blank transcript: a line on what to do and a few example
// prompts; clicking one puts it in the message box (nothing is sent until the user sends it).
class WelcomePanel : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePanel(QWidget *parent = nullptr);

    QStringList examples() const;

Q_SIGNALS:
    void promptChosen(const QString &prompt);

protected:
    // Laid over the transcript, it gets the transcript's height, however short (the Parameters
    // open in an 800×600 window leave about 110 px): it shows what fits whole, dropping
    // examples from the end, then the hint, then the title.
    void resizeEvent(QResizeEvent *event) override;

private:
    void fitHeight();
    // An example longer than the panel is wide shows its start and "…"; the whole text is in
    // its tooltip and accessible name.
    void fitWidth();

    QList<QWidget *> m_droppable; // in the order they give way
    QList<QPushButton *> m_examples;
};
