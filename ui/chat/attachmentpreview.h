#pragma once

#include "chat/attachments.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;

// One file sent with a message, opened from its chip in the transcript: a picture at a size
// that fits the screen (decoded on a worker), or a text file's contents, read-only.
class AttachmentPreview : public QDialog
{
    Q_OBJECT
public:
    static constexpr int MaxSide = 1024;

    explicit AttachmentPreview(const Attachment &attachment, QWidget *parent = nullptr);

    QLabel *imageLabel() const { return m_image; }
    QPlainTextEdit *textView() const { return m_text; }
    QLabel *infoLabel() const { return m_info; }
    bool isLoading() const { return m_loading; }

Q_SIGNALS:
    // The picture was decoded and is shown (or could not be read: the info line says so).
    void loaded();

private:
    QLabel *m_image = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_info;
    bool m_loading = false;
};
