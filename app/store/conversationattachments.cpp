// The attachment half of ConversationStore: files are stored once per content hash in
// `attachments` and linked to messages in `message_attachments` (migration 6).
#include "conversationstore.h"

#include "database.h"

#include <QDateTime>
#include <QHash>

using namespace Qt::StringLiterals;

namespace {

// SQLite's default limit on host parameters is 32,766; stay far below it.
constexpr qsizetype IdsPerQuery = 500;

} // namespace

bool ConversationStore::writeAttachments(const Message &message)
{
    if (message.attachments.isEmpty())
        return true;
    return inTransaction([&] {
        for (qsizetype i = 0; i < message.attachments.size(); ++i) {
            const Attachment &attachment = message.attachments.at(i);
            const QByteArray hash = attachment.hash();
            QSqlQuery &file
                = prepared(u"INSERT OR IGNORE INTO attachments"
                           " (hash, kind, mime, data, created) VALUES (?, ?, ?, ?, ?)"_s);
            file.addBindValue(QString::fromLatin1(hash));
            file.addBindValue(attachment.isImage() ? u"image"_s : u"text"_s);
            file.addBindValue(attachment.mimeType);
            file.addBindValue(attachment.data);
            file.addBindValue(QDateTime::currentMSecsSinceEpoch());
            if (!exec(file))
                return false;
            QSqlQuery &link = prepared(u"INSERT OR REPLACE INTO message_attachments"
                                       " (message_id, position, hash, name) VALUES (?, ?, ?, ?)"_s);
            link.addBindValue(message.id);
            link.addBindValue(int(i));
            link.addBindValue(QString::fromLatin1(hash));
            link.addBindValue(attachment.name);
            if (!exec(link))
                return false;
        }
        return true;
    });
}

void ConversationStore::readAttachments(QList<Message> &messages)
{
    if (messages.isEmpty())
        return;
    QHash<qint64, qsizetype> at;
    for (qsizetype i = 0; i < messages.size(); ++i) {
        if (messages.at(i).role == Message::Role::User)
            at.insert(messages.at(i).id, i);
    }
    QList<qint64> ids = at.keys();
    for (qsizetype start = 0; start < ids.size(); start += IdsPerQuery) {
        const QList<qint64> part = ids.mid(start, IdsPerQuery);
        QStringList marks(part.size(), u"?"_s);
        // Not prepared(): the statement's shape changes with the number of ids.
        QSqlQuery query(m_database->connection());
        query.prepare(u"SELECT ma.message_id, ma.name, a.kind, a.mime, a.data"
                      " FROM message_attachments ma JOIN attachments a ON a.hash = ma.hash"
                      " WHERE ma.message_id IN ("_s
                      + marks.join(u", "_s) + u") ORDER BY ma.message_id, ma.position"_s);
        for (const qint64 id : part)
            query.addBindValue(id);
        if (!exec(query))
            return;
        while (query.next()) {
            Attachment attachment;
            attachment.name = query.value(1).toString();
            attachment.kind = query.value(2).toString() == "image"_L1 ? Attachment::Kind::Image
                                                                      : Attachment::Kind::Text;
            attachment.mimeType = query.value(3).toString();
            attachment.data = query.value(4).toByteArray();
            messages[at.value(query.value(0).toLongLong())].attachments.append(attachment);
        }
    }
}
