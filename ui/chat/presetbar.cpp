#include "presetbar.h"

#include <algorithm>

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QStyleOptionComboBox>
#include <QStylePainter>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace {

// The preset combo: as wide as the longest name with " (changed)" after it, up to MaxChars
// characters, whether or not the mark is shown, so marking a preset changed never moves the
// header or raises the window's minimum width. A longer text is elided in the middle, which
// keeps the name's start and the "(changed)" mark; the tooltip names the preset in full.
class PresetCombo : public QComboBox
{
public:
    static constexpr int MaxChars = 24;
    using QComboBox::QComboBox;

protected:
    void paintEvent(QPaintEvent *) override
    {
        QStylePainter painter(this);
        painter.setPen(palette().color(QPalette::Text));
        QStyleOptionComboBox option;
        initStyleOption(&option);
        painter.drawComplexControl(QStyle::CC_ComboBox, option);
        const QRect field = style()->subControlRect(QStyle::CC_ComboBox, &option,
                                                    QStyle::SC_ComboBoxEditField, this);
        option.currentText
            = fontMetrics().elidedText(option.currentText, Qt::ElideMiddle, field.width() - 2);
        painter.drawControl(QStyle::CE_ComboBoxLabel, option);
    }
};

} // namespace

PresetBar::PresetBar(PresetStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_combo(new PresetCombo(this)), m_menu(new QToolButton(this))
{
    auto *label = new QLabel(tr("Pre&set:"), this);
    label->setBuddy(m_combo);
    m_combo->setAccessibleName(tr("Preset"));
    // The width follows the names (reload()), never the "(changed)" mark.
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_menu->setText(tr("Presets"));
    m_menu->setAccessibleName(tr("Preset actions"));
    m_menu->setPopupMode(QToolButton::InstantPopup);
    m_menu->setAutoRaise(true);
    auto *menu = new QMenu(m_menu);
    menu->addAction(tr("&Save Current Settings as Preset…"), this, &PresetBar::askName);
    QAction *remove = menu->addAction(tr("&Delete This Preset…"), this, &PresetBar::askRemove);
    menu->addSeparator();
    menu->addAction(tr("&Import Presets and Prompts…"), this, &PresetBar::importFile);
    menu->addAction(tr("&Export Presets and Prompts…"), this, &PresetBar::exportFile);
    connect(menu, &QMenu::aboutToShow, this,
            [this, remove] { remove->setEnabled(!currentPreset().isEmpty()); });
    m_menu->setMenu(menu);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(m_combo);
    layout->addWidget(m_menu);
    connect(m_combo, &QComboBox::activated, this, [this](int index) {
        if (index <= 0) {
            m_changed = false;
            Q_EMIT presetCleared();
            return;
        }
        if (!m_store)
            return;
        if (const auto preset = m_store->find(m_combo->itemData(index).toString()))
            Q_EMIT presetChosen(*preset);
    });
    if (m_store)
        connect(m_store, &PresetStore::changed, this, &PresetBar::reload);
    reload();
}

void PresetBar::reload()
{
    const QString current = currentPreset();
    {
        const QSignalBlocker blocker(m_combo);
        m_combo->clear();
        m_combo->addItem(tr("(none)"), QString());
        if (m_store) {
            for (const QString &name : m_store->names()) {
                m_combo->addItem(name, name);
                m_combo->setItemData(m_combo->count() - 1, name, Qt::ToolTipRole);
            }
        }
        // QComboBox counts the length in widths of 'X': the widest text converted to that.
        const QFontMetrics metrics = m_combo->fontMetrics();
        int width = metrics.horizontalAdvance(m_combo->itemText(0));
        for (int i = 1; i < m_combo->count(); ++i)
            width = std::max(
                width, metrics.horizontalAdvance(tr("%1 (changed)").arg(m_combo->itemText(i))));
        width = std::min(width, metrics.averageCharWidth() * PresetCombo::MaxChars);
        const int x = std::max(1, metrics.horizontalAdvance(u'X'));
        m_combo->setMinimumContentsLength((width + x - 1) / x);
    }
    showPreset(current, m_changed);
}

void PresetBar::showPreset(const QString &name, bool changed)
{
    const QSignalBlocker blocker(m_combo);
    // Only the chosen item carries the mark; the others keep their plain names.
    for (int i = 1; i < m_combo->count(); ++i)
        m_combo->setItemText(i, m_combo->itemData(i).toString());
    const int index = std::max(0, m_combo->findData(name));
    m_combo->setCurrentIndex(index);
    m_changed = changed && index > 0;
    if (m_changed)
        m_combo->setItemText(index, tr("%1 (changed)").arg(name));
    m_combo->setToolTip(
        m_changed ? tr("The settings are no longer those of the preset %1. Choose it again to "
                       "apply it, or save the settings under its name.")
                        .arg(name)
            : index > 0
            ? tr("The preset %1 is in effect. Each conversation keeps the settings it was last "
                 "used with.")
                  .arg(name)
            : tr("Apply a saved set of system prompt, model and parameters. Each "
                 "conversation keeps the settings it was last used with."));
}

QString PresetBar::currentPreset() const
{
    return m_combo->currentData().toString();
}

void PresetBar::askName()
{
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Preset"));
    dialog->setLabelText(tr("Name of the preset:"));
    dialog->setTextValue(currentPreset());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (name.isEmpty())
            return;
        if (!m_store || !m_store->find(name)) {
            Q_EMIT saveRequested(name);
            return;
        }
        // Replacing a preset loses the one saved: asked first, as Delete is.
        confirmReplace(this, tr("Save Preset"),
                       tr("A preset named “%1” exists already. Replace it with the current "
                          "settings?")
                           .arg(name),
                       [this, name] { Q_EMIT saveRequested(name); });
    });
    dialog->open();
}

void PresetBar::confirmReplace(QWidget *parent, const QString &title, const QString &text,
                               const std::function<void()> &replace)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *replaceButton = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [replaceButton, replace](QAbstractButton *button) {
                         if (button == replaceButton)
                             replace();
                     });
    box->open();
}

void PresetBar::askRemove()
{
    const QString name = currentPreset();
    if (name.isEmpty() || !m_store)
        return;
    // A preset cannot be brought back once deleted: asked first, Cancel the default.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete Preset"),
                                tr("Delete the preset “%1”? Conversations that used it keep "
                                   "their settings.")
                                    .arg(name),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    QPushButton *remove = box->addButton(tr("&Delete"), QMessageBox::DestructiveRole);
    box->setDefaultButton(box->addButton(QMessageBox::Cancel));
    connect(box, &QMessageBox::buttonClicked, this, [this, remove, name](QAbstractButton *button) {
        if (button == remove && m_store)
            m_store->remove(name);
    });
    box->open();
}

void PresetBar::importFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Presets and Prompts"),
                                                      QString(), tr("JSON files (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

void PresetBar::importFrom(const QString &path)
{
    if (!m_store || m_import)
        return;
    QFile file(path);
    QString error;
    const std::optional<PresetStore::ImportFile> contents = file.open(QIODevice::ReadOnly)
        ? PresetStore::parseImport(file.read(4 * 1024 * 1024), &error)
        : std::nullopt;
    if (!contents) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Import Presets and Prompts"),
                                    error.isEmpty() ? tr("The file could not be read. Check "
                                                         "that it is readable.")
                                                    : error,
                                    QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setTextFormat(Qt::PlainText);
        box->open();
        return;
    }
    m_import = PendingImport{ *contents, m_store->conflicts(*contents), {} };
    askConflict(0);
}

void PresetBar::askConflict(int index)
{
    if (!m_import)
        return;
    if (index >= m_import->conflicts.size()) {
        const PendingImport pending = *std::exchange(m_import, std::nullopt);
        if (m_store)
            m_store->importFile(pending.file,
                                [&pending](const PresetStore::NameConflict &conflict) {
                                    const qsizetype i = pending.conflicts.indexOf(conflict);
                                    return i >= 0 && i < pending.choices.size()
                                        ? pending.choices.at(i)
                                        : PresetStore::ConflictChoice::KeepBoth;
                                });
        return;
    }
    const PresetStore::NameConflict conflict = m_import->conflicts.at(index);
    const QString renamed = conflict.prompt ? m_store->freePromptName(conflict.name)
                                            : m_store->freePresetName(conflict.name);
    auto *box = new QMessageBox(QMessageBox::Question, tr("Import Presets and Prompts"),
                                conflict.prompt
                                    ? tr("A prompt named “%1” exists already.").arg(conflict.name)
                                    : tr("A preset named “%1” exists already.").arg(conflict.name),
                                QMessageBox::NoButton, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setTextFormat(Qt::PlainText);
    box->setInformativeText(
        tr("Replace it with the imported one, keep both (the imported one as “%1”), or skip "
           "the imported one?")
            .arg(renamed));
    QPushButton *replace = box->addButton(tr("&Replace"), QMessageBox::DestructiveRole);
    QPushButton *keepBoth = box->addButton(tr("Keep &Both"), QMessageBox::AcceptRole);
    QPushButton *skip = box->addButton(tr("&Skip"), QMessageBox::RejectRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    cancel->setToolTip(tr("Import nothing from the file."));
    box->setDefaultButton(keepBoth);
    box->setEscapeButton(cancel);
    const qsizetype remaining = m_import->conflicts.size() - index - 1;
    if (remaining > 0) {
        auto *all = new QCheckBox(tr("&Apply to all (%n more)", nullptr, int(remaining)), box);
        box->setCheckBox(all);
    }
    connect(box, &QMessageBox::finished, this, [this, box, index, replace, keepBoth, skip] {
        if (!m_import)
            return;
        QAbstractButton *clicked = box->clickedButton();
        PresetStore::ConflictChoice choice;
        if (clicked == replace)
            choice = PresetStore::ConflictChoice::Replace;
        else if (clicked == keepBoth)
            choice = PresetStore::ConflictChoice::KeepBoth;
        else if (clicked == skip)
            choice = PresetStore::ConflictChoice::Skip;
        else {
            m_import.reset(); // Cancel, Esc or closed: nothing imported
            return;
        }
        const bool toAll = box->checkBox() && box->checkBox()->isChecked();
        const qsizetype count = toAll ? m_import->conflicts.size() : index + 1;
        while (m_import->choices.size() < count)
            m_import->choices.append(choice);
        // The next question once this box has gone.
        QMetaObject::invokeMethod(
            this, [this, next = int(count)] { askConflict(next); }, Qt::QueuedConnection);
    });
    box->open();
}

void PresetBar::exportFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export Presets and Prompts"), u"sift-presets.json"_s, tr("JSON files (*.json)"));
    if (path.isEmpty() || !m_store)
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m_store->exportJson()) < 0 || !file.commit())
        QMessageBox::warning(this, tr("Export Presets and Prompts"),
                             tr("The presets could not be written. Choose another folder."));
}

PromptVariablesDialog::PromptVariablesDialog(const QString &text, QWidget *parent)
    : QDialog(parent), m_text(text)
{
    setWindowTitle(tr("Fill In the Prompt"));
    // Room for the title (longer in other languages) and for a value of some length.
    setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    auto *form = new QFormLayout;
    for (const QString &name : PromptTemplate::variables(text)) {
        auto *edit = new QLineEdit(this);
        edit->setAccessibleName(name);
        auto *label = new QLabel(name + u':', this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(edit);
        form->addRow(label, edit);
        m_fields.insert(name, edit);
    }
    auto *note = new QLabel(tr("The message uses these {{variables}}; their values go in "
                               "before it is sent."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

QString PromptVariablesDialog::filledText() const
{
    QHash<QString, QString> values;
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        values.insert(it.key(), it.value()->text());
    return PromptTemplate::fill(m_text, values);
}
