#include "attachmentbar.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QImage>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPixmap>
#include <QPushButton>
#include <QToolButton>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr int ThumbnailSide = 32;

} // namespace

AttachmentBar::AttachmentBar(QWidget *parent)
    : QWidget(parent)
    , m_attach(new QPushButton(tr("&Attach…"), this))
    , m_chipArea(new QWidget(this))
    , m_chipLayout(new QHBoxLayout(m_chipArea))
    , m_error(new QLabel(this))
{
    m_attach->setAccessibleName(tr("Attach files"));
    m_attach->setToolTip(tr("Attach text, code or image files (PNG, JPEG, WebP, GIF). You can "
                            "also drop files on the message or paste a picture."));
    connect(m_attach, &QPushButton::clicked, this, &AttachmentBar::chooseFiles);
    m_chipLayout->setContentsMargins(0, 0, 0, 0);
    m_chipLayout->addStretch();
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setAccessibleName(tr("Attachment problem"));
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_attach);
    row->addWidget(m_chipArea, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(row);
    layout->addWidget(m_error);
}

void AttachmentBar::chooseFiles()
{
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Attach Files"), QString(),
        tr("Text, code and images (*);;Images (*.png *.jpg *.jpeg *.webp *.gif)"));
    addFiles(paths);
}

void AttachmentBar::clear()
{
    m_attachments.clear();
    m_tickets.clear();
    m_thumbnails.clear();
    m_error->setVisible(false);
    rebuildChips();
    Q_EMIT attachmentsChanged();
}

void AttachmentBar::addFiles(const QStringList &paths)
{
    for (const QString &path : paths)
        load([path, side = m_maxSide] { return Attachments::fromFile(path, side); });
}

void AttachmentBar::addImage(const QImage &image, const QString &name)
{
    load([image, name, side = m_maxSide] { return Attachments::fromImage(image, name, side); });
}

void AttachmentBar::load(std::function<Attachments::Loaded()> work)
{
    ++m_loading;
    const quint64 ticket = m_nextTicket++;
    struct Result
    {
        Attachments::Loaded loaded;
        QImage thumbnail;
    };
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, ticket] {
        watcher->deleteLater();
        const Result result = watcher->result();
        add(result.loaded, result.thumbnail, ticket);
    });
    // The chip's thumbnail is made on the worker too: decoding the scaled picture again on the
    // GUI thread took as long as a frame or more, for every chip at each change.
    watcher->setFuture(QtConcurrent::run([work = std::move(work)] {
        Result result{ work(), {} };
        if (result.loaded.attachment && result.loaded.attachment->isImage())
            result.thumbnail
                = Attachments::thumbnail(result.loaded.attachment->data, ThumbnailSide);
        return result;
    }));
}

bool AttachmentBar::canAccept(const QMimeData *data)
{
    if (!data)
        return false;
    if (data->hasImage())
        return true;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            return true;
    }
    return false;
}

bool AttachmentBar::addMimeData(const QMimeData *data)
{
    if (!canAccept(data))
        return false;
    QStringList paths;
    for (const QUrl &url : data->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (!paths.isEmpty())
        addFiles(paths);
    else
        addImage(qvariant_cast<QImage>(data->imageData()), tr("pasted image.png"));
    return true;
}

void AttachmentBar::add(const Attachments::Loaded &loaded, const QImage &thumbnail, quint64 ticket)
{
    --m_loading;
    if (loaded.attachment) {
        const auto at = std::upper_bound(m_tickets.begin(), m_tickets.end(), ticket);
        const qsizetype index = at - m_tickets.begin();
        m_tickets.insert(index, ticket);
        m_thumbnails.insert(index, thumbnail);
        m_attachments.insert(index, *loaded.attachment);
        m_error->setVisible(false);
        rebuildChips();
        Q_EMIT attachmentsChanged();
    } else {
        m_error->setText(loaded.error);
        m_error->setVisible(true);
        Q_EMIT refused(loaded.error);
    }
    if (m_loading == 0)
        Q_EMIT loadingFinished();
}

QList<QWidget *> AttachmentBar::chips() const
{
    QList<QWidget *> list;
    for (int i = 0; i < m_chipLayout->count(); ++i) {
        if (QWidget *widget = m_chipLayout->itemAt(i)->widget())
            list.append(widget);
    }
    return list;
}

void AttachmentBar::rebuildChips()
{
    while (QLayoutItem *item = m_chipLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QLocale locale;
    for (int i = 0; i < m_attachments.size(); ++i) {
        const Attachment &attachment = m_attachments.at(i);
        auto *chip = new QToolButton(m_chipArea);
        chip->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        chip->setText(attachment.name + u"  ✕"_s);
        chip->setAccessibleName(tr("Remove attachment %1").arg(attachment.name));
        chip->setToolTip(
            tr("%1, %2. Click to remove it.")
                .arg(attachment.name, locale.formattedDataSize(attachment.data.size())));
        if (const QImage &thumbnail = m_thumbnails.at(i); !thumbnail.isNull()) {
            chip->setIcon(QPixmap::fromImage(thumbnail));
            chip->setIconSize(QSize(ThumbnailSide, ThumbnailSide));
        }
        connect(chip, &QToolButton::clicked, this, [this, i] {
            if (i < m_attachments.size()) {
                m_attachments.removeAt(i);
                m_tickets.removeAt(i);
                m_thumbnails.removeAt(i);
            }
            rebuildChips();
            Q_EMIT attachmentsChanged();
        });
        m_chipLayout->addWidget(chip);
    }
    m_chipLayout->addStretch();
}
