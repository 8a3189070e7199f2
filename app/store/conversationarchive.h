#pragma once

#include "conversationstore.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <functional>

// Export of conversations to Markdown and JSON, and import of that JSON. The JSON of one
// conversation is its OpenAI `messages` (the selected path, system prompt first) plus Sift's own
// `sift` block with the whole tree: every message with model, parameters, usage, cost, state and
// branches, and the chat settings it was last used with (system prompt, parameters, options,
// model, the preset they came from). Nothing else is written: no key, no endpoint.
//
// parse() touches no database and may run on a worker thread (QtConcurrent) for big files;
// import() then writes on the store's thread in one transaction.
class ConversationArchive
{
public:
    static constexpr int formatVersion = 1;

    // `leafId` picks the branch shown; 0 = the newest message.
    static QString toMarkdown(const ConversationRecord &conversation, qint64 leafId = 0);
    static QJsonObject toJson(const ConversationRecord &conversation, qint64 leafId = 0);
    static QByteArray toJsonDocument(const ConversationRecord &conversation, qint64 leafId = 0);
    // Every conversation that is not deleted, as one document.
    static QByteArray exportAll(ConversationStore &store, QString *error = nullptr);

    // Accepts exportAll() output, one toJsonDocument(), or a bare OpenAI {"messages": [...]}.
    // Message ids in the result are the file's; import() assigns new ones.
    static QList<ConversationRecord> parse(const QByteArray &json, QString *error);
    // The largest file parseFile() reads: parsing JSON takes several times its size in memory.
    static constexpr qint64 maxImportBytes = 200LL * 1024 * 1024;
    // Reads and parses `path`; refuses a file that is larger than maxImportBytes or is not a
    // regular file (a FIFO, a device) before reading any of it.
    static QList<ConversationRecord> parseFile(const QString &path, QString *error);

    struct ImportResult
    {
        bool ok = false;
        QList<qint64> conversationIds; // new ids, in file order
        int messages = 0;
        QString error;          // translated
        bool cancelled = false; // Progress said stop: nothing was imported
    };
    // Called now and then (every few thousand messages) while messages are written (`done` of
    // `total`); returning false stops the import, and nothing of it is kept.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Writes `records` in one transaction: all of them, or nothing (a failure, a cancel).
    static ImportResult import(ConversationStore &store, const QList<ConversationRecord> &records,
                               const Progress &progress = {});
    static ImportResult import(ConversationStore &store, const QByteArray &json);

    // The path from the root to `leafId` (0 = newest) within an in-memory conversation.
    static QList<Message> path(const ConversationRecord &conversation, qint64 leafId = 0);
};
