#include "promptlibrarydialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// Every word of the search in the name or the text, in any case.
bool matches(const SavedPrompt &prompt, const QStringList &words)
{
    for (const QString &word : words) {
        if (!prompt.name.contains(word, Qt::CaseInsensitive)
            && !prompt.text.contains(word, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

} // namespace

PromptLibraryDialog::PromptLibraryDialog(PresetStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_empty(new QLabel(this))
    , m_preview(new QPlainTextEdit(this))
    , m_variables(new QLabel(this))
{
    setWindowTitle(tr("Prompt Library"));
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setAccessibleName(tr("Saved prompts"));
    m_list->setUniformItemSizes(true);
    m_list->installEventFilter(this);
    m_empty->setWordWrap(true);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_preview->setReadOnly(true);
    m_preview->setAccessibleName(tr("Prompt text"));
    m_preview->setTabChangesFocus(true);
    m_preview->setMaximumHeight(m_preview->fontMetrics().lineSpacing() * 6 + 12);
    m_variables->setTextFormat(Qt::PlainText);
    m_variables->setWordWrap(true);
    m_variables->setAccessibleName(tr("Prompt variables"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_insert = buttons->addButton(tr("&Insert"), QDialogButtonBox::AcceptRole);
    m_insert->setToolTip(tr("Put the prompt in the message box; its {{variables}} are asked for "
                            "when it is sent (Enter)"));
    m_insert->setDefault(true);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    m_delete->setToolTip(tr("Remove the prompt from the library (Delete in the list)"));
    m_delete->setAutoDefault(false);
    // Insert is wired to the button, not to accepted(): it closes only with a prompt chosen.
    connect(m_insert, &QPushButton::clicked, this, &PromptLibraryDialog::insertCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PromptLibraryDialog::deleteCurrent);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_preview);
    layout->addWidget(m_variables);
    layout->addWidget(buttons);
    resize(460, 400);

    connect(m_search, &QLineEdit::textChanged, this, &PromptLibraryDialog::reload);
    connect(m_list, &QListWidget::currentRowChanged, this, &PromptLibraryDialog::showCurrent);
    // Enter reaches the default button (Insert); a double click inserts too.
    connect(m_list, &QListWidget::itemDoubleClicked, this, &PromptLibraryDialog::insertCurrent);
    if (m_store)
        connect(m_store, &PresetStore::changed, this, &PromptLibraryDialog::reload);
    reload();
    m_search->setFocus();
}

QStringList PromptLibraryDialog::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_list->count(); ++row)
        names.append(m_list->item(row)->text());
    return names;
}

SavedPrompt PromptLibraryDialog::currentPrompt() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return {};
    const int index = item->data(Qt::UserRole).toInt();
    return index >= 0 && index < m_prompts.size() ? m_prompts.at(index) : SavedPrompt{};
}

void PromptLibraryDialog::reload()
{
    const QString current = currentPrompt().name;
    m_prompts = m_store ? m_store->prompts() : QList<SavedPrompt>();
    const QStringList words = m_search->text().split(u' ', Qt::SkipEmptyParts);
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (qsizetype i = 0; i < m_prompts.size(); ++i) {
            const SavedPrompt &prompt = m_prompts.at(i);
            if (!matches(prompt, words))
                continue;
            auto *item = new QListWidgetItem(prompt.name, m_list);
            item->setData(Qt::UserRole, int(i));
            item->setToolTip(prompt.text.left(400));
            if (prompt.name == current)
                m_list->setCurrentItem(item);
        }
        if (!m_list->currentItem() && m_list->count() > 0)
            m_list->setCurrentRow(0);
    }
    if (m_prompts.isEmpty())
        m_empty->setText(tr("No saved prompts yet. Type a message, then choose Save Message as "
                            "Prompt in the Prompts menu."));
    else if (m_list->count() == 0)
        m_empty->setText(tr("No prompt matches “%1”.").arg(m_search->text().trimmed()));
    m_empty->setVisible(m_list->count() == 0);
    showCurrent();
}

void PromptLibraryDialog::showCurrent()
{
    const SavedPrompt prompt = currentPrompt();
    m_preview->setPlainText(prompt.text);
    const QStringList variables = PromptTemplate::variables(prompt.text);
    m_variables->setText(prompt.name.isEmpty() ? QString()
                             : variables.isEmpty()
                             ? tr("No {{variables}}: inserted as it is.")
                             : tr("Asked for before sending: %1").arg(variables.join(u", "_s)));
    m_insert->setEnabled(!prompt.name.isEmpty());
    m_delete->setEnabled(!prompt.name.isEmpty());
}

void PromptLibraryDialog::insertCurrent()
{
    const SavedPrompt prompt = currentPrompt();
    if (prompt.name.isEmpty())
        return;
    Q_EMIT promptChosen(prompt);
    accept();
}

void PromptLibraryDialog::deleteCurrent()
{
    const SavedPrompt prompt = currentPrompt();
    if (!prompt.name.isEmpty() && m_store)
        m_store->removePrompt(prompt.name); // changed() reloads the list
}

bool PromptLibraryDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QDialog::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        switch (key->key()) {
        case Qt::Key_Up:
        case Qt::Key_Down:
        case Qt::Key_PageUp:
        case Qt::Key_PageDown:
            // The list moves while the focus stays in the search field.
            QApplication::sendEvent(m_list, event);
            return true;
        default:
            break;
        }
    }
    if (watched == m_list && key->matches(QKeySequence::Delete)) {
        deleteCurrent();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}
