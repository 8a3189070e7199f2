#pragma once

#include "chat/message.h"
#include "sqlstore.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class Database;

// One row of the conversation list: only what the sidebar shows.
struct ConversationSummary
{
    qint64 id = 0;
    QString title;
    QDateTime created;
    QDateTime updated;
    bool pinned = false;
    QString model;
    QDateTime imported; // valid when the conversation was imported from a file
};

// A whole conversation: its header and every message of its tree, oldest first.
struct ConversationRecord
{
    qint64 id = 0;
    QString title;
    QDateTime created;
    QDateTime updated;
    bool pinned = false;
    QString model;
    QString systemPrompt;
    QDateTime deletedAt; // invalid unless soft-deleted
    QDateTime imported;  // valid when the conversation was imported from a file
    // The chat settings it was last used with (ConversationStore::conversationSettings()).
    QJsonObject settings;
    QList<Message> messages;
};

struct SearchHit
{
    qint64 conversationId = 0;
    QString conversationTitle;
    qint64 messageId = 0;
    // Text around the match; matched terms sit between highlightBegin and highlightEnd.
    QString snippet;
    double rank = 0; // FTS5 bm25: lower is a better match
};

struct UsageTotals
{
    qint64 promptTokens = 0;
    qint64 completionTokens = 0;
    double cost = 0;            // USD
    bool costEstimated = false; // part of the cost was computed from prices
    int replies = 0;            // assistant messages counted
};

// The one object all SQLite writes of the chat history go through. Lives on the GUI thread;
// every call is a few short statements (prepared once, reused) in a short transaction.
// Failures return false/0/nullopt/empty, set lastError() and emit storageError(); nothing throws.
// Destroy it before its Database closes (it drops its prepared statements on aboutToClose).
class ConversationStore : public SqlStore
{
    Q_OBJECT
public:
    static constexpr QChar highlightBegin = QChar(0x0002);
    static constexpr QChar highlightEnd = QChar(0x0003);

    explicit ConversationStore(Database *database, QObject *parent = nullptr);
    ~ConversationStore() override;

    // Conversations
    qint64 createConversation(const QString &title = {}, const QString &model = {},
                              const QString &systemPrompt = {});
    // Newest activity first, pinned ones before all others; soft-deleted ones left out.
    QList<ConversationSummary> listConversations(int limit = -1);
    // One row of that list; nullopt when the conversation is gone or deleted.
    std::optional<ConversationSummary> conversationSummary(qint64 id);
    bool renameConversation(qint64 id, const QString &title);
    bool setPinned(qint64 id, bool pinned);
    bool setConversationModel(qint64 id, const QString &model);
    bool setSystemPrompt(qint64 id, const QString &prompt);
    // The chat settings the conversation was last used with, as the chat pane writes them; an
    // empty object when none were saved (conversations older than them, the CLI's).
    QJsonObject conversationSettings(qint64 id);
    bool setConversationSettings(qint64 id, const QJsonObject &settings);
    // Soft delete: hidden from lists and search until restoreConversation() or purgeDeleted().
    bool deleteConversation(qint64 id);
    bool restoreConversation(qint64 id);
    // Removes for good what was soft-deleted at or before `deletedBefore` (default: all).
    // Returns the number of conversations removed, -1 on failure.
    int purgeDeleted(const QDateTime &deletedBefore = {});
    std::optional<ConversationRecord> loadConversation(qint64 id);

    // Messages
    // Inserts `message` (its id is ignored and set to the new row id); an empty conversation
    // title is taken from the first user message. `created` defaults to now.
    bool addMessage(qint64 conversationId, Message &message);
    // For ConversationArchive::import inside its transaction: inserts only the row (the caller
    // guarantees the parent is in the same conversation and rewrites the header afterwards).
    // One statement instead of addMessage()'s three: 100,000 messages import in seconds.
    bool insertImportedMessage(qint64 conversationId, Message &message);
    // The same for many messages at once, each with its id and parent already set (ids above
    // every existing one: nextMessageId() onwards), in statements of many rows: the full-text
    // index is then written once per statement, not once per message.
    bool insertImportedMessages(qint64 conversationId, const QList<Message> &messages);
    // The id the next message would get; 0 on failure.
    qint64 nextMessageId();
    // Another connection (an import on a worker) changed the list: tells those who show it.
    void announceListChanged() { Q_EMIT conversationListChanged(); }
    // The title a conversation gets from its first user message.
    static QString titleForMessage(const QString &content);
    // The streaming flush: rewrites only the text.
    bool updateMessageContent(qint64 messageId, const QString &content);
    bool setMessageState(qint64 messageId, Message::State state);
    // Rewrites every field but id, parent and creation time (e.g. when a reply ends).
    bool updateMessage(const Message &message);
    std::optional<Message> message(qint64 messageId);
    // Root to `leafId`, inclusive: the conversation as sent to the model.
    QList<Message> pathToLeaf(qint64 leafId);
    // The messages sharing `messageId`'s parent (itself included), oldest first: its branches.
    QList<Message> siblings(qint64 messageId);
    // The newest message of the conversation: the leaf a reopened conversation shows.
    qint64 latestLeaf(qint64 conversationId);
    // Crash recovery, run once at start: messages left streaming become interrupted.
    // Returns how many were marked, -1 on failure.
    int markStreamingAsInterrupted();

    // Search and totals
    QList<SearchHit> search(const QString &text, int limit = 50);
    // The same search with a read-only connection of its own to the file at `databasePath`: for
    // a worker thread (QtConcurrent), so a search never holds up the window. `error` gets the
    // driver's words on failure.
    static QList<SearchHit> searchFile(const QString &databasePath, const QString &text,
                                       int limit = 50, QString *error = nullptr);
    // searchFile() handing each hit to `onHit` as soon as its snippet is made, best first, so a
    // list can fill while the rest are cut; `onHit` returns false to stop early (a newer query).
    // Returns the hits handed over.
    static QList<SearchHit> searchFileEach(const QString &databasePath, const QString &text,
                                           int limit,
                                           const std::function<bool(const SearchHit &)> &onHit,
                                           QString *error = nullptr);
    // makeSnippet() of a message given as its UTF-8 bytes (as SQLite keeps it): a message of
    // megabytes is searched for the first match as bytes and only the text around it decoded.
    static QString makeSnippetUtf8(const QByteArray &content, const QString &query, int words = 16);
    // Quotes every term of what the user typed so FTS5 syntax in it is taken literally; the last
    // term matches as a prefix (search as you type). Empty when there is nothing to search.
    static QString toFtsQuery(const QString &text);
    // About `words` words of `content` around the best cluster of matches of the search `query`,
    // the matches between highlightBegin and highlightEnd, "…" where text was cut.
    static QString makeSnippet(const QString &content, const QString &query, int words = 16);
    // The snippet as HTML: text escaped, matches in <b>.
    static QString snippetToHtml(const QString &snippet);
    UsageTotals totals(qint64 conversationId);
    // All replies created in the given month (local time); default: this month.
    UsageTotals monthTotals(const QDate &month = {});

    // For export/import (ConversationArchive): SqlStore::inTransaction() runs work in one.
    // Inserts a conversation header as given (created/updated/pinned kept). Returns the new id.
    qint64 insertConversation(const ConversationRecord &record);
    // Writes title, updated, pinned, model and system prompt of `record.id` as given; an empty
    // title keeps the current one (e.g. the one taken from the first message).
    bool writeConversationHeader(const ConversationRecord &record);

Q_SIGNALS:
    // Conversations were added, removed or reordered in ways a caller should reload for.
    void conversationListChanged();
    // One conversation's row changed (a message was added: its time, maybe its title); the rest
    // of the list did not. Not emitted inside a transaction (conversationListChanged() then).
    void conversationChanged(qint64 id);

protected:
    void transactionEnded(bool committed) override;

private:
    static QList<SearchHit> searchOn(const QSqlDatabase &db, const QString &text, int limit,
                                     QString *error,
                                     const std::function<bool(const SearchHit &)> &onHit = {});
    static QList<SearchHit> searchFileOn(const QString &databasePath, const QString &text,
                                         int limit, QString *error,
                                         const std::function<bool(const SearchHit &)> &onHit);
    bool touch(qint64 conversationId, qint64 now);
    void listChanged();
    Message readMessage(const QSqlQuery &query) const;
    QList<Message> readMessages(QSqlQuery &query);
    // Attachments (conversationattachments.cpp): stored once per content, linked per message.
    bool writeAttachments(const Message &message);
    void readAttachments(QList<Message> &messages);
    UsageTotals readTotals(QSqlQuery &query);

    bool m_listChangedPending = false; // one signal per transaction, not one per row
};
