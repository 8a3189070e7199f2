#include "passagedialog.h"

#include "common/statepalette.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTextBlock>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

PassageDialog::PassageDialog(const KbPassage &passage, int sourceNumber, QWidget *parent)
    : QDialog(parent)
    , m_header(new QLabel(this))
    , m_note(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
{
    const QString where = tr("%1, lines %2").arg(passage.path, passage.chunk.lines());
    setWindowTitle(sourceNumber > 0 ? tr("Source [%1]").arg(sourceNumber) : tr("Passage"));
    m_header->setTextFormat(Qt::PlainText); // a file name is data
    m_header->setWordWrap(true);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_header->setText(
        passage.chunk.heading.isEmpty() ? where : tr("%1 — %2").arg(where, passage.chunk.heading));
    m_header->setAccessibleName(tr("File and lines"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);
    m_note->setAccessibleName(tr("Note"));
    m_note->hide();
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setAccessibleName(tr("The passage in its file"));
    m_text->setPlainText(tr("Reading the file…"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addWidget(m_note);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(720, 520);

    connect(&m_watcher, &QFutureWatcher<PassageContext>::finished, this,
            [this] { showContext(m_watcher.result()); });
    m_watcher.setFuture(QtConcurrent::run(&PassageContext::read, passage));
    m_text->setFocus();
}

PassageDialog::~PassageDialog()
{
    m_watcher.waitForFinished();
}

void PassageDialog::showContext(const PassageContext &context)
{
    m_text->setPlainText(context.text);
    m_note->setText(context.note);
    m_note->setVisible(!context.note.isEmpty());
    QTextCursor cursor(m_text->document());
    cursor.setPosition(std::clamp(context.highlightStart, 0, int(context.text.size())));
    cursor.setPosition(std::clamp(context.highlightEnd, 0, int(context.text.size())),
                       QTextCursor::KeepAnchor);
    QTextEdit::ExtraSelection selection;
    selection.cursor = cursor;
    const StatePalette states(palette());
    selection.format.setBackground(states.background(StatePalette::Role::Warning));
    m_text->setExtraSelections({ selection });
    // Scroll so the passage starts at the top, the cursor at its start for reading on.
    QTextCursor start(m_text->document());
    start.setPosition(cursor.selectionStart());
    m_text->setTextCursor(start);
    m_text->centerCursor();
    m_loaded = true;
    Q_EMIT loaded();
}

QString PassageDialog::headerText() const
{
    return m_header->text();
}

QString PassageDialog::noteText() const
{
    return m_note->isHidden() ? QString() : m_note->text();
}

QString PassageDialog::highlightedText() const
{
    const QList<QTextEdit::ExtraSelection> selections = m_text->extraSelections();
    return selections.isEmpty() ? QString()
                                : selections.first().cursor.selectedText().replace(
                                    QChar::ParagraphSeparator, QLatin1Char('\n'));
}
