#pragma once

#include "sqlstore.h"

#include <QJsonObject>
#include <QSet>
#include <QString>

#include <optional>

class Database;

// Knowledge in chat, in the history file: which collection a conversation answers from, and what
// retrieval did for each reply (RetrievalRecord's JSON). Both go with their conversation or
// message (and an attachment with its collection) when those are deleted.
class KbChatStore : public SqlStore
{
    Q_OBJECT
public:
    explicit KbChatStore(Database *database, QObject *parent = nullptr);
    ~KbChatStore() override;

    // The name of the collection attached to the conversation; empty when none.
    QString attachedCollection(qint64 conversationId);
    // Attaches the collection by name (empty: detaches). False when it does not exist.
    bool setAttachedCollection(qint64 conversationId, const QString &name);

    bool saveRetrieval(qint64 messageId, const QJsonObject &record);
    std::optional<QJsonObject> retrieval(qint64 messageId);
    // The messages of a conversation that have a retrieval kept (one query, for the transcript).
    QSet<qint64> messagesWithRetrieval(qint64 conversationId);
};
