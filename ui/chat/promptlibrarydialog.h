#pragma once

#include "chat/presets.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

// The prompt library: a search field over the saved prompts, the chosen one's text, and
// Insert / Delete. Typing filters by name and text; the arrows move in the list from the
// search field; Enter inserts, Delete (in the list) removes. Insert emits promptChosen().
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

    QPointer<PresetStore> m_store;
    QList<SavedPrompt> m_prompts;
    QLineEdit *m_search;
    QListWidget *m_list;
    QLabel *m_empty;
    QPlainTextEdit *m_preview;
    QLabel *m_variables;
    QPushButton *m_insert;
    QPushButton *m_delete;
};
