#pragma once

#include "chat/presets.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPlainTextEdit;
class QPushButton;

// The prompt library: a search field over the saved prompts, the chosen one's text, and
// Insert / Rename / Delete / Undo. Typing filters by name and text; the arrows move in the list
// from the search field; Enter inserts, F2 renames in place, Delete (in the list) removes and
// Ctrl+Z brings the removed prompts back, newest first, also after the dialog was closed and
// opened again (for the rest of the session). Insert emits promptChosen().
class PromptLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PromptLibraryDialog(PresetStore *store, QWidget *parent = nullptr);

    QLineEdit *searchField() const { return m_search; }
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *preview() const { return m_preview; }
    QPushButton *insertButton() const { return m_insert; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *renameButton() const { return m_rename; }
    QPushButton *undoButton() const { return m_undo; }
    // "Deleted “X”…", "A prompt named “X” exists already…"; empty when there is nothing to say.
    QString notice() const;
    // The names shown, in order (after the search).
    QStringList shownNames() const;
    // The prompt selected in the list; empty name when none.
    SavedPrompt currentPrompt() const;

Q_SIGNALS:
    void promptChosen(const SavedPrompt &prompt);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void showCurrent();
    void insertCurrent();
    void deleteCurrent();
    // Brings back the prompt deleted last, selected where it was. The deleted prompts are kept
    // in the store's trash (PresetStore::trashPrompt), so this works also for a prompt deleted
    // before the dialog was last closed.
    void undoDelete();
    // Enables Undo Delete and names in its tooltip what it brings back.
    void updateUndo();
    bool canUndoDelete() const;
    // Opens the selected prompt's name for editing in the list.
    void renameCurrent();
    void commitRename(QListWidgetItem *item);
    void setNotice(const QString &text);

    QPointer<PresetStore> m_store;
    QList<SavedPrompt> m_prompts;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_empty;
    QPlainTextEdit *m_preview;
    QLabel *m_variables;
    QPushButton *m_insert;
    QPushButton *m_delete;
    QPushButton *m_rename;
    QPushButton *m_undo;
    QLabel *m_notice;
    QString m_select; // the prompt the next reload selects (after a rename, an undo)
};
