#pragma once

#include <QTextEdit>

class ReplyDocument;

// A message opened for selecting its text (double-click, F2 or "Select Text" on a message): a
// read-only editor laid over the message's text, showing the same document. Copying gives the
// text as it was sent, without the layout's break points. Esc or leaving it closes it.
class MessageTextViewer : public QTextEdit
{
    Q_OBJECT
public:
    explicit MessageTextViewer(QWidget *parent = nullptr);

    // Takes ownership of the document.
    void setMessageDocument(ReplyDocument *document);
    // The selected text as it was sent.
    QString selectedText() const;

protected:
    QMimeData *createMimeDataFromSelection() const override;
};
