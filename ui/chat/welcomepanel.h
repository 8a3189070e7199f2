#pragma once

#include <QWidget>

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
};
