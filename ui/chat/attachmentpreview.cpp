#include "attachmentpreview.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QLabel>
#include <QLocale>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

AttachmentPreview::AttachmentPreview(const Attachment &attachment, QWidget *parent)
    : QDialog(parent), m_info(new QLabel(this))
{
    setWindowTitle(attachment.name);
    const QString size = QLocale().formattedDataSize(attachment.data.size());
    m_info->setTextFormat(Qt::PlainText);
    m_info->setAccessibleName(tr("About the attachment"));
    auto *layout = new QVBoxLayout(this);
    if (attachment.isImage()) {
        m_info->setText(tr("%1 · picture · %2").arg(attachment.name, size));
        m_image = new QLabel(tr("Loading the picture…"), this);
        m_image->setTextFormat(Qt::PlainText);
        m_image->setAlignment(Qt::AlignCenter);
        m_image->setAccessibleName(tr("Picture %1").arg(attachment.name));
        m_image->setMinimumSize(200, 150);
        auto *scroll = new QScrollArea(this);
        scroll->setWidget(m_image);
        scroll->setWidgetResizable(true);
        scroll->setAccessibleName(tr("Picture"));
        layout->addWidget(scroll, 1);
        m_loading = true;
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, attachment] {
            watcher->deleteLater();
            m_loading = false;
            const QImage image = watcher->result();
            if (image.isNull()) {
                m_image->setText(tr("Sift cannot read this picture."));
            } else {
                m_image->setPixmap(QPixmap::fromImage(image));
                m_image->setMinimumSize(image.size().boundedTo(QSize(800, 600)));
                adjustSize();
            }
            Q_EMIT loaded();
        });
        // Decoding a 1,536 px picture takes tens of milliseconds: not on the GUI thread.
        watcher->setFuture(QtConcurrent::run(
            [data = attachment.data] { return Attachments::thumbnail(data, MaxSide); }));
    } else {
        m_info->setText(tr("%1 · text file · %2").arg(attachment.name, size));
        m_text = new QPlainTextEdit(this);
        m_text->setReadOnly(true);
        m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        m_text->setPlainText(QString::fromUtf8(attachment.data));
        m_text->setAccessibleName(tr("Contents of %1").arg(attachment.name));
        m_text->setTabChangesFocus(true);
        m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
        layout->addWidget(m_text, 1);
        resize(700, 500);
    }
    layout->insertWidget(0, m_info);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}
