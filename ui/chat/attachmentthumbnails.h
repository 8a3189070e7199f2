#pragma once

#include "chat/attachments.h"

#include <QCache>
#include <QImage>
#include <QObject>
#include <QSet>

// Small previews of the pictures attached to sent messages, for the transcript's chips. Made on
// a worker (decoding a 1,536 px picture takes tens of milliseconds) and kept by message and
// place, a few hundred at most; the transcript asks again for one that was dropped.
class AttachmentThumbnails : public QObject
{
    Q_OBJECT
public:
    static constexpr int Side = 48;

    explicit AttachmentThumbnails(QObject *parent = nullptr);

    // The thumbnail of the `place`-th attachment of a message; a null image while it is being
    // made (ready() follows) or when the picture cannot be read.
    QImage thumbnail(qint64 messageId, int place, const Attachment &attachment);
    int pending() const { return int(m_pending.size()); }

Q_SIGNALS:
    void ready(qint64 messageId);

private:
    QCache<QString, QImage> m_images;
    QSet<QString> m_pending;
    QSet<QString> m_unreadable;
};
