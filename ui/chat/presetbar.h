#pragma once

#include "chat/presets.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QFormLayout;
class QLineEdit;
class QToolButton;

// The chat's preset chooser: a combo of the saved presets, and a menu to save the current
// settings as a preset, delete one, and import or export them as JSON. Choosing one emits
// presetChosen(); the pane applies it.
class PresetBar : public QWidget
{
    Q_OBJECT
public:
    explicit PresetBar(PresetStore *store, QWidget *parent = nullptr);

    // Shows `name` as chosen without emitting presetChosen; empty: none. `changed`: the
    // settings in effect are no longer the preset's, shown as "Name (changed)".
    void showPreset(const QString &name, bool changed = false);
    QString currentPreset() const;
    bool isChanged() const { return m_changed; }
    QComboBox *combo() const { return m_combo; }
    QToolButton *menuButton() const { return m_menu; }
    // Imports the presets file at `path` (what the menu's Import does once a file is chosen):
    // for each name that is taken it asks Replace, Keep Both or Skip (with "Apply to all");
    // Cancel imports nothing. Nothing is replaced without that answer.
    void importFrom(const QString &path);

    // Asks whether to replace the `what` named `name` (a "preset", a "prompt", as the caller
    // words it in `text`); `replace` runs only on Replace. Cancel is the default.
    static void confirmReplace(QWidget *parent, const QString &title, const QString &text,
                               const std::function<void()> &replace);

Q_SIGNALS:
    void presetChosen(const Preset &preset);
    // The user chose "(none)": the settings stay, no preset is named for them.
    void presetCleared();
    // The user asked to save the current settings under `name`.
    void saveRequested(const QString &name);

private:
    void reload();
    void askName();
    // Deletes the chosen preset once the user confirms it.
    void askRemove();
    void importFile();
    void exportFile();
    // Asks about conflict `index` of the import under way, then the next; imports after the
    // last answer.
    void askConflict(int index);

    struct PendingImport
    {
        PresetStore::ImportFile file;
        QList<PresetStore::NameConflict> conflicts;
        QList<PresetStore::ConflictChoice> choices; // one per conflict answered so far
    };
    std::optional<PendingImport> m_import;

    QPointer<PresetStore> m_store;
    QComboBox *m_combo;
    QToolButton *m_menu;
    bool m_changed = false;
};

// Fills the {{variables}} of a prompt: one field per variable, then accept() gives the text.
class PromptVariablesDialog : public QDialog
{
    Q_OBJECT
public:
    PromptVariablesDialog(const QString &text, QWidget *parent = nullptr);

    QString filledText() const;
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }

private:
    QString m_text;
    QHash<QString, QLineEdit *> m_fields;
};
