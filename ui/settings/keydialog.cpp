#include "keydialog.h"

#include "secrets/keyrule.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

KeyDialog::KeyDialog(const QString &endpointName, QWidget *parent)
    : QDialog(parent)
    , m_key(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("API Key"));
    setAccessibleName(tr("API key"));

    auto *intro = new QLabel(
        tr("Sift needs your DeepInfra API key to chat. Create one at "
           "<a href=\"https://deepinfra.com/dash/api_keys\">deepinfra.com/dash/api_keys</a>, "
           "paste it below and press Save Key. It is kept in the system keychain for the endpoint "
           "“%1”.")
            .arg(endpointName.toHtmlEscaped()),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::RichText);
    intro->setOpenExternalLinks(true);
    intro->setTextInteractionFlags(Qt::TextBrowserInteraction);
    intro->setAccessibleName(tr("Where to get a key"));

    m_note->setWordWrap(true);
    m_note->setVisible(false);

    m_key->setEchoMode(QLineEdit::Password);
    m_key->setPlaceholderText(tr("Paste your API key"));
    m_key->setAccessibleName(tr("API key"));
    m_key->setToolTip(tr("Your DeepInfra API key. It is never shown or written to a file."));
    m_key->setClearButtonEnabled(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&API key:"), m_key);

    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Save Key"));
    ok->setAccessibleName(tr("Save key"));
    ok->setEnabled(false);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(m_key, &QLineEdit::textChanged, this, [this, ok](const QString &text) {
        const bool usable = isUsableKey(text.trimmed());
        ok->setEnabled(!text.trimmed().isEmpty() && usable);
        if (!usable)
            setNote(tr("The key holds a line break or another control character. Paste the key "
                       "alone."));
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_note);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    setMinimumWidth(460);
}

QString KeyDialog::key() const
{
    return m_key->text().trimmed();
}

void KeyDialog::setNote(const QString &text)
{
    m_note->setText(text);
    m_note->setVisible(!text.isEmpty());
}
