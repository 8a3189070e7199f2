#include "attachmentthumbnails.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {
// 48 × 48 × 4 bytes each: about 3 MB at most.
constexpr int MaxThumbnails = 300;
} // namespace

AttachmentThumbnails::AttachmentThumbnails(QObject *parent)
    : QObject(parent), m_images(MaxThumbnails)
{
}

QImage AttachmentThumbnails::thumbnail(qint64 messageId, int place, const Attachment &attachment)
{
    if (!attachment.isImage())
        return {};
    // The size and name too: an in-memory conversation started afresh may reuse an id.
    const QString key = u"%1:%2:%3:%4"_s.arg(messageId)
                            .arg(place)
                            .arg(attachment.data.size())
                            .arg(attachment.name);
    if (const QImage *image = m_images.object(key))
        return *image;
    if (m_pending.contains(key) || m_unreadable.contains(key))
        return {};
    m_pending.insert(key);
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this, [this, watcher, key, messageId] {
        watcher->deleteLater();
        m_pending.remove(key);
        const QImage image = watcher->result();
        if (image.isNull())
            m_unreadable.insert(key);
        else
            m_images.insert(key, new QImage(image));
        Q_EMIT ready(messageId);
    });
    watcher->setFuture(
        QtConcurrent::run([data = attachment.data] { return Attachments::thumbnail(data, Side); }));
    return {};
}
