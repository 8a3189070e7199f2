#include "promptlibrarydialog.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

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
    , m_notice(new QLabel(this))
{
    setWindowTitle(tr("Prompt Library"));
    m_search->setPlaceholderText(tr("Search prompts"));
    m_search->setAccessibleName(tr("Search prompts"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_list->setAccessibleName(tr("Saved prompts"));
    m_list->setUniformItemSizes(true);
    // F2 renames in place; a double click inserts (below), so it does not edit.
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed);
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
    m_notice->setTextFormat(Qt::PlainText);
    m_notice->setWordWrap(true);
    m_notice->setAccessibleName(tr("Prompt library notice"));
    m_notice->setVisible(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_insert = buttons->addButton(tr("&Insert"), QDialogButtonBox::AcceptRole);
    m_insert->setToolTip(tr("Put the prompt in the message box; its {{variables}} are asked for "
                            "when it is sent (Enter)"));
    m_insert->setDefault(true);
    m_rename = buttons->addButton(tr("&Rename"), QDialogButtonBox::ActionRole);
    m_rename->setToolTip(tr("Give the prompt another name (F2)"));
    m_rename->setAutoDefault(false);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::ActionRole);
    m_delete->setToolTip(tr("Remove the prompt from the library (Delete in the list)"));
    m_delete->setAutoDefault(false);
    auto *undo = new QAction(this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(undo);
    m_undo = buttons->addButton(tr("&Undo Delete"), QDialogButtonBox::ActionRole);
    m_undo->setAutoDefault(false);
    // Insert is wired to the button, not to accepted(): it closes only with a prompt chosen.
    connect(m_insert, &QPushButton::clicked, this, &PromptLibraryDialog::insertCurrent);
    connect(m_delete, &QPushButton::clicked, this, &PromptLibraryDialog::deleteCurrent);
    connect(m_rename, &QPushButton::clicked, this, &PromptLibraryDialog::renameCurrent);
    connect(m_undo, &QPushButton::clicked, this, &PromptLibraryDialog::undoDelete);
    connect(undo, &QAction::triggered, this, &PromptLibraryDialog::undoDelete);
    connect(m_list, &QListWidget::itemChanged, this, &PromptLibraryDialog::commitRename);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_preview);
    layout->addWidget(m_variables);
    layout->addWidget(m_notice);
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
    // A prompt just renamed or brought back is selected under its name; else the one selected.
    const QString current = m_select.isEmpty() ? currentPrompt().name : std::exchange(m_select, {});
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
            item->setFlags(item->flags() | Qt::ItemIsEditable);
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
    updateUndo();
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
    m_rename->setEnabled(!prompt.name.isEmpty());
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
    if (prompt.name.isEmpty() || !m_store)
        return;
    const int row = m_list->currentRow();
    // Into the store's trash, so Undo Delete still has it after the dialog is closed.
    if (!m_store->trashPrompt(prompt.name)) // changed() reloads the list
        return;
    // The next prompt takes the deleted one's place, so Delete can go on down the list.
    if (m_list->count() > 0)
        m_list->setCurrentRow(std::min(row, m_list->count() - 1));
    setNotice(
        tr("Deleted “%1”. Undo Delete (%2) brings it back.")
            .arg(prompt.name, QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)));
}

void PromptLibraryDialog::undoDelete()
{
    if (!canUndoDelete())
        return;
    const SavedPrompt next = m_store->trashedPrompts().constLast();
    bool kept = false;
    m_select = next.name;
    m_store->restoreTrashedPrompt(&kept); // changed() reloads the list and selects it
    m_select.clear();
    // Saved again meanwhile (by name): that newer one is kept.
    setNotice(kept ? tr("A prompt named “%1” exists already; it is kept.").arg(next.name)
                   : QString());
}

bool PromptLibraryDialog::canUndoDelete() const
{
    return m_store && !m_store->trashedPrompts().isEmpty();
}

void PromptLibraryDialog::updateUndo()
{
    const QString shortcut = QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText);
    m_undo->setEnabled(canUndoDelete());
    m_undo->setToolTip(canUndoDelete()
                           ? tr("Bring back “%1”, the prompt deleted last (%2)")
                                 .arg(m_store->trashedPrompts().constLast().name, shortcut)
                           : tr("Bring back the prompt deleted last (%1)").arg(shortcut));
}

void PromptLibraryDialog::renameCurrent()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_list->setFocus();
    m_list->editItem(item);
}

void PromptLibraryDialog::commitRename(QListWidgetItem *item)
{
    const int index = item->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_prompts.size())
        return;
    const QString from = m_prompts.at(index).name;
    const QString to = item->text().trimmed();
    // Handled once the editor has closed: the rename reloads the list under it.
    QMetaObject::invokeMethod(
        this,
        [this, from, to] {
            if (to == from || !m_store) {
                reload(); // the name as it was (spaces around it dropped)
                return;
            }
            if (to.isEmpty()) {
                setNotice(tr("A prompt needs a name; “%1” keeps its own.").arg(from));
                m_select = from;
                reload();
                return;
            }
            m_select = to;
            if (m_store->renamePrompt(from, to)) { // changed() reloads the list
                setNotice(QString());
                return;
            }
            setNotice(tr("A prompt named “%1” exists already. Choose another name.").arg(to));
            m_select = from;
            reload();
        },
        Qt::QueuedConnection);
}

QString PromptLibraryDialog::notice() const
{
    return m_notice->text();
}

void PromptLibraryDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
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
        case Qt::Key_F2:
            renameCurrent();
            return true;
        default:
            break;
        }
        // Ctrl+Z undoes typing in the field first, then brings deleted prompts back.
        if (key->matches(QKeySequence::Undo) && !m_search->isUndoAvailable() && canUndoDelete()) {
            undoDelete();
            return true;
        }
    }
    if (watched == m_list && key->matches(QKeySequence::Delete)) {
        deleteCurrent();
        return true;
    }
    if (watched == m_list && key->matches(QKeySequence::Undo)) {
        undoDelete();
        return true;
    }
    return QDialog::eventFilter(watched, event);
}
