#include "messagetextviewer.h"

#include "replydocument.h"

#include <QMimeData>
#include <QScrollBar>
#include <QTextDocumentFragment>

MessageTextViewer::MessageTextViewer(QWidget *parent) : QTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setFrameShape(QFrame::NoFrame);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setTabChangesFocus(true);
    setContextMenuPolicy(Qt::DefaultContextMenu);
    // Drawn over the bubble: its own background would hide the bubble's colour.
    viewport()->setAutoFillBackground(false);
    setAutoFillBackground(false);
    setAccessibleName(tr("Message text"));
    setToolTip(tr("Select text to copy it. Esc closes."));
}

void MessageTextViewer::setMessageDocument(ReplyDocument *document)
{
    // Owned as a child; QTextEdit deletes the document it had when that was its child too.
    document->setParent(this);
    setDocument(document);
}

QString MessageTextViewer::selectedText() const
{
    const QTextCursor cursor = textCursor();
    if (!cursor.hasSelection())
        return {};
    if (const auto *reply = qobject_cast<const ReplyDocument *>(document()))
        return reply->text(cursor.selectionStart(), cursor.selectionEnd());
    return cursor.selection().toPlainText();
}

QMimeData *MessageTextViewer::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(selectedText());
    return data;
}
