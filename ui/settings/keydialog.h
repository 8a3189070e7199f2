#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

// Asks for the DeepInfra API key once. Opened non-modally with open(); the caller reads key()
// on accepted() and stores it through KeyStore.
class KeyDialog : public QDialog
{
    Q_OBJECT
public:
    explicit KeyDialog(const QString &endpointName, QWidget *parent = nullptr);

    QString key() const;
    // Shown above the field, e.g. why the stored key could not be read.
    void setNote(const QString &text);
    QLineEdit *keyField() const { return m_key; }

private:
    QLineEdit *m_key;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};
