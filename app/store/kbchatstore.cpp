#include "kbchatstore.h"

#include "database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

KbChatStore::KbChatStore(Database *database, QObject *parent)
    : SqlStore(database,
               tr("Sift could not read or save which knowledge collection a conversation uses. "
                  "Check that the disk is not full and the history file is writable."),
               parent)
{
}

KbChatStore::~KbChatStore() = default;

QString KbChatStore::attachedCollection(qint64 conversationId)
{
    QSqlQuery &query = prepared(u"SELECT c.name FROM kb_conversations k"
                                " JOIN kb_collections c ON c.id = k.collection_id"
                                " WHERE k.conversation_id = ?"_s);
    query.bindValue(0, conversationId);
    if (!exec(query))
        return {};
    const QString name = query.next() ? query.value(0).toString() : QString();
    query.finish();
    return name;
}

bool KbChatStore::setAttachedCollection(qint64 conversationId, const QString &name)
{
    if (name.isEmpty()) {
        QSqlQuery &remove = prepared(u"DELETE FROM kb_conversations WHERE conversation_id = ?"_s);
        remove.bindValue(0, conversationId);
        return exec(remove);
    }
    QSqlQuery &insert = prepared(
        u"INSERT INTO kb_conversations (conversation_id, collection_id)"
        " SELECT ?, id FROM kb_collections WHERE name = ?"
        " ON CONFLICT (conversation_id) DO UPDATE SET collection_id = excluded.collection_id"_s);
    insert.bindValue(0, conversationId);
    insert.bindValue(1, name);
    if (!exec(insert))
        return false;
    return insert.numRowsAffected() > 0 || failed(u"no collection named %1"_s.arg(name));
}

bool KbChatStore::saveRetrieval(qint64 messageId, const QJsonObject &record)
{
    QSqlQuery &insert = prepared(u"INSERT OR REPLACE INTO kb_message_retrieval"
                                 " (message_id, record) VALUES (?, ?)"_s);
    insert.bindValue(0, messageId);
    insert.bindValue(1, QString::fromUtf8(QJsonDocument(record).toJson(QJsonDocument::Compact)));
    return exec(insert);
}

std::optional<QJsonObject> KbChatStore::retrieval(qint64 messageId)
{
    QSqlQuery &query = prepared(u"SELECT record FROM kb_message_retrieval WHERE message_id = ?"_s);
    query.bindValue(0, messageId);
    if (!exec(query))
        return std::nullopt;
    std::optional<QJsonObject> record;
    if (query.next())
        record = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    query.finish();
    return record;
}

QSet<qint64> KbChatStore::messagesWithRetrieval(qint64 conversationId)
{
    QSqlQuery &query = prepared(u"SELECT r.message_id FROM kb_message_retrieval r"
                                " JOIN messages m ON m.id = r.message_id"
                                " WHERE m.conversation_id = ?"_s);
    query.bindValue(0, conversationId);
    QSet<qint64> ids;
    if (!exec(query))
        return ids;
    while (query.next())
        ids.insert(query.value(0).toLongLong());
    query.finish();
    return ids;
}
