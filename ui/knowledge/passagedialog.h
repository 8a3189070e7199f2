#pragma once

#include "knowledge/knowledgetypes.h"
#include "knowledge/passagecontext.h"

#include <QDialog>
#include <QFutureWatcher>

class QLabel;
class QPlainTextEdit;

// A cited passage in its file: the file's name and lines in the title, the file's text with the
// passage highlighted and scrolled to, or the passage as indexed with a note saying why (file
// gone, changed, not plain text). The file is read on a worker (PassageContext).
class PassageDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassageDialog(const KbPassage &passage, int sourceNumber = 0,
                           QWidget *parent = nullptr);
    ~PassageDialog() override;

    QString headerText() const;
    QString noteText() const;
    QPlainTextEdit *textView() const { return m_text; }
    // The highlighted passage as shown (empty until the file was read).
    QString highlightedText() const;
    bool isLoaded() const { return m_loaded; }

Q_SIGNALS:
    void loaded();

private:
    void showContext(const PassageContext &context);

    QLabel *m_header;
    QLabel *m_note;
    QPlainTextEdit *m_text;
    QFutureWatcher<PassageContext> m_watcher;
    bool m_loaded = false;
};
