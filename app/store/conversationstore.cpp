#include "conversationstore.h"

#include "chat/searchterms.h"

#include "database.h"
#include "messagecodec.h"
#include "sqlvalues.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QStringMatcher>

#include <algorithm>
#include <array>
#include <atomic>
#include <functional>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;
using namespace SqlValues;

using namespace MessageCodec;

namespace {

QVariant optionalReal(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant();
}

// A conversation's settings as stored: NULL when there are none.
QVariant settingsText(const QJsonObject &settings)
{
    return settings.isEmpty()
        ? QVariant(QMetaType::fromType<QString>())
        : QVariant(QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact)));
}

QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant();
}

// The sidebar title: the first line of the first user message, kept short.
QString titleFrom(const QString &content)
{
    const QString line = content.trimmed().section(u'\n', 0, 0).simplified();
    constexpr int maxLength = 60;
    if (line.size() <= maxLength)
        return line;
    return line.left(maxLength).trimmed() + u'…';
}

// The writable fields of a message, in the order of messageFields.
QVariantList messageValues(const Message &message)
{
    const auto orNull
        = [](const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); };
    return { roleName(message.role),
             text(message.content),
             text(message.model),
             message.parameters.isEmpty()
                 ? QVariant()
                 : QVariant(QString::fromUtf8(
                     QJsonDocument(message.parameters).toJson(QJsonDocument::Compact))),
             message.usage.promptTokens,
             message.usage.completionTokens,
             message.usage.totalTokens,
             optionalReal(message.usage.estimatedCost),
             optionalReal(message.cost),
             message.costEstimated ? 1 : 0,
             stateName(message.state),
             orNull(errorKindName(message.error.kind)),
             message.error.httpStatus,
             message.error.message.isNull() ? QVariant() : QVariant(message.error.message),
             message.error.retryable ? 1 : 0,
             message.error.retryAfterMs,
             orNull(finishName(message.finishReason)),
             message.ttftMs >= 0 ? QVariant(message.ttftMs) : QVariant(),
             message.durationMs >= 0 ? QVariant(message.durationMs) : QVariant(),
             message.logprobs.isEmpty()
                 ? QVariant()
                 : QVariant(QString::fromUtf8(
                     QJsonDocument(message.logprobs).toJson(QJsonDocument::Compact))) };
}

const QString messageFields = u"role, content, model, parameters, prompt_tokens,"
                              " completion_tokens, total_tokens, usage_cost, cost, cost_estimated,"
                              " state, error_kind, error_status, error, error_retryable,"
                              " error_retry_after, finish_reason, ttft_ms, duration_ms,"
                              " logprobs"_s;

// Search ranks at most this many matches, the newest: enough to find the best of a common word
// in recent history, and bm25 over every match of it would cost tens of milliseconds.
constexpr int RankedMatches = 1000;
// A snippet is cut from at most this many characters around the first match.
constexpr qsizetype SnippetScanChars = 8000;

const QString messageColumns = u"m.id, m.parent_id, m.role, m.content, m.model, m.parameters,"
                               " m.prompt_tokens, m.completion_tokens, m.total_tokens,"
                               " m.usage_cost, m.cost, m.cost_estimated, m.state, m.error_kind,"
                               " m.error_status, m.error, m.error_retryable, m.error_retry_after,"
                               " m.finish_reason, m.created, m.ttft_ms, m.duration_ms,"
                               " m.logprobs"_s;

} // namespace

ConversationStore::ConversationStore(Database *database, QObject *parent)
    : SqlStore(database,
               tr("Sift could not read or save its history. Check that the disk is not full and "
                  "the history file is writable."),
               parent)
{
}

ConversationStore::~ConversationStore() = default;

void ConversationStore::listChanged()
{
    if (inTransaction())
        m_listChangedPending = true;
    else
        Q_EMIT conversationListChanged();
}

void ConversationStore::transactionEnded(bool committed)
{
    // One signal per transaction, and none for one that was rolled back.
    if (std::exchange(m_listChangedPending, false) && committed)
        Q_EMIT conversationListChanged();
}

bool ConversationStore::touch(qint64 conversationId, qint64 now)
{
    QSqlQuery &query = prepared(u"UPDATE conversations SET updated = ? WHERE id = ?"_s);
    bind(query, { now, conversationId });
    return exec(query);
}

qint64 ConversationStore::createConversation(const QString &title, const QString &model,
                                             const QString &systemPrompt)
{
    ConversationRecord record;
    record.title = title;
    record.model = model;
    record.systemPrompt = systemPrompt;
    record.created = record.updated = QDateTime::currentDateTimeUtc();
    const qint64 id = insertConversation(record);
    if (id)
        listChanged();
    return id;
}

qint64 ConversationStore::insertConversation(const ConversationRecord &record)
{
    QSqlQuery &query
        = prepared(u"INSERT INTO conversations (title, created, updated, pinned, model,"
                   " system_prompt, imported_at, settings) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = nowMs();
    bind(query,
         { text(record.title), record.created.isValid() ? record.created.toMSecsSinceEpoch() : now,
           record.updated.isValid() ? record.updated.toMSecsSinceEpoch() : now,
           record.pinned ? 1 : 0, text(record.model), text(record.systemPrompt),
           record.imported.isValid() ? QVariant(record.imported.toMSecsSinceEpoch())
                                     : QVariant(QMetaType::fromType<qlonglong>()),
           settingsText(record.settings) });
    if (!exec(query))
        return 0;
    return query.lastInsertId().toLongLong();
}

bool ConversationStore::writeConversationHeader(const ConversationRecord &record)
{
    QSqlQuery &query
        = prepared(u"UPDATE conversations SET title = CASE WHEN ? = '' THEN title ELSE ? END,"
                   " updated = ?, pinned = ?,"
                   " model = ?, system_prompt = ? WHERE id = ?"_s);
    bind(query,
         { text(record.title), text(record.title),
           record.updated.isValid() ? record.updated.toMSecsSinceEpoch() : nowMs(),
           record.pinned ? 1 : 0, text(record.model), text(record.systemPrompt), record.id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    listChanged();
    return true;
}

QList<ConversationSummary> ConversationStore::listConversations(int limit)
{
    QSqlQuery &query = prepared(u"SELECT id, title, created, updated, pinned, model, imported_at"
                                " FROM conversations WHERE deleted_at IS NULL"
                                " ORDER BY pinned DESC, updated DESC, id DESC LIMIT ?"_s);
    bind(query, { limit });
    QList<ConversationSummary> list;
    if (!exec(query))
        return list;
    while (query.next()) {
        ConversationSummary row;
        row.id = query.value(0).toLongLong();
        row.title = query.value(1).toString();
        row.created = timeFrom(query.value(2));
        row.updated = timeFrom(query.value(3));
        row.pinned = query.value(4).toBool();
        row.model = query.value(5).toString();
        row.imported = timeFrom(query.value(6));
        list.append(row);
    }
    query.finish();
    return list;
}

std::optional<ConversationSummary> ConversationStore::conversationSummary(qint64 id)
{
    QSqlQuery &query = prepared(u"SELECT id, title, created, updated, pinned, model, imported_at"
                                " FROM conversations WHERE id = ? AND deleted_at IS NULL"_s);
    bind(query, { id });
    if (!exec(query) || !query.next())
        return std::nullopt;
    ConversationSummary row;
    row.id = query.value(0).toLongLong();
    row.title = query.value(1).toString();
    row.created = timeFrom(query.value(2));
    row.updated = timeFrom(query.value(3));
    row.pinned = query.value(4).toBool();
    row.model = query.value(5).toString();
    row.imported = timeFrom(query.value(6));
    query.finish();
    return row;
}

bool ConversationStore::renameConversation(qint64 id, const QString &title)
{
    QSqlQuery &query = prepared(u"UPDATE conversations SET title = ? WHERE id = ?"_s);
    bind(query, { text(title.trimmed()), id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    listChanged();
    return true;
}

bool ConversationStore::setPinned(qint64 id, bool pinned)
{
    QSqlQuery &query = prepared(u"UPDATE conversations SET pinned = ? WHERE id = ?"_s);
    bind(query, { pinned ? 1 : 0, id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    listChanged();
    return true;
}

bool ConversationStore::setConversationModel(qint64 id, const QString &model)
{
    QSqlQuery &query = prepared(u"UPDATE conversations SET model = ? WHERE id = ?"_s);
    bind(query, { text(model), id });
    return exec(query) && query.numRowsAffected() > 0;
}

bool ConversationStore::setSystemPrompt(qint64 id, const QString &prompt)
{
    QSqlQuery &query = prepared(u"UPDATE conversations SET system_prompt = ? WHERE id = ?"_s);
    bind(query, { text(prompt), id });
    return exec(query) && query.numRowsAffected() > 0;
}

QJsonObject ConversationStore::conversationSettings(qint64 id)
{
    QSqlQuery &query = prepared(u"SELECT settings FROM conversations WHERE id = ?"_s);
    bind(query, { id });
    if (!exec(query))
        return {};
    const QByteArray json = query.next() ? query.value(0).toByteArray() : QByteArray();
    query.finish();
    return QJsonDocument::fromJson(json).object();
}

bool ConversationStore::setConversationSettings(qint64 id, const QJsonObject &settings)
{
    QSqlQuery &query = prepared(u"UPDATE conversations SET settings = ? WHERE id = ?"_s);
    bind(query, { settingsText(settings), id });
    return exec(query) && query.numRowsAffected() > 0;
}

bool ConversationStore::deleteConversation(qint64 id)
{
    QSqlQuery &query = prepared(
        u"UPDATE conversations SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"_s);
    bind(query, { nowMs(), id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    listChanged();
    return true;
}

bool ConversationStore::restoreConversation(qint64 id)
{
    QSqlQuery &query = prepared(u"UPDATE conversations SET deleted_at = NULL WHERE id = ?"
                                " AND deleted_at IS NOT NULL"_s);
    bind(query, { id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    listChanged();
    return true;
}

int ConversationStore::purgeDeleted(const QDateTime &deletedBefore)
{
    // Messages go with their conversation (ON DELETE CASCADE), the FTS rows with them (trigger).
    QSqlQuery &query
        = prepared(u"DELETE FROM conversations WHERE deleted_at IS NOT NULL AND deleted_at <= ?"_s);
    bind(query,
         { deletedBefore.isValid() ? deletedBefore.toMSecsSinceEpoch()
                                   : std::numeric_limits<qint64>::max() });
    int removed = -1;
    if (!inTransaction([&] {
            if (!exec(query))
                return false;
            removed = query.numRowsAffected();
            return true;
        }))
        return -1;
    return removed;
}

std::optional<ConversationRecord> ConversationStore::loadConversation(qint64 id)
{
    QSqlQuery &header = prepared(u"SELECT id, title, created, updated, pinned, model,"
                                 " system_prompt, deleted_at, imported_at, settings"
                                 " FROM conversations WHERE id = ?"_s);
    bind(header, { id });
    if (!exec(header))
        return std::nullopt;
    if (!header.next()) {
        header.finish();
        return std::nullopt;
    }
    ConversationRecord record;
    record.id = header.value(0).toLongLong();
    record.title = header.value(1).toString();
    record.created = timeFrom(header.value(2));
    record.updated = timeFrom(header.value(3));
    record.pinned = header.value(4).toBool();
    record.model = header.value(5).toString();
    record.systemPrompt = header.value(6).toString();
    record.deletedAt = timeFrom(header.value(7));
    record.imported = timeFrom(header.value(8));
    record.settings = QJsonDocument::fromJson(header.value(9).toByteArray()).object();
    header.finish();

    QSqlQuery &messages = prepared(u"SELECT "_s + messageColumns
                                   + u" FROM messages m WHERE m.conversation_id = ?"
                                     " ORDER BY m.id"_s);
    bind(messages, { id });
    if (!exec(messages))
        return std::nullopt;
    record.messages = readMessages(messages);
    return record;
}

bool ConversationStore::addMessage(qint64 conversationId, Message &message)
{
    const qint64 now = nowMs();
    if (!message.created.isValid())
        message.created = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);

    const bool ok = inTransaction([&] {
        if (message.parentId > 0) {
            // A branch never crosses conversations: the foreign key alone would allow it.
            QSqlQuery &parent = prepared(u"SELECT conversation_id FROM messages WHERE id = ?"_s);
            bind(parent, { message.parentId });
            if (!exec(parent))
                return false;
            const bool sameConversation
                = parent.next() && parent.value(0).toLongLong() == conversationId;
            parent.finish();
            if (!sameConversation)
                return failed(u"parent %1 is not in conversation %2"_s.arg(message.parentId)
                                  .arg(conversationId));
        }
        QSqlQuery &insert
            = prepared(u"INSERT INTO messages (conversation_id, parent_id, "_s + messageFields
                       + u", created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                         " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        bind(insert,
             QVariantList{ conversationId, idOrNull(message.parentId) } + messageValues(message)
                 + QVariantList{ message.created.toMSecsSinceEpoch(), now });
        if (!exec(insert))
            return false;
        message.id = insert.lastInsertId().toLongLong();
        if (!writeAttachments(message))
            return false;

        QSqlQuery &conversation
            = prepared(u"UPDATE conversations SET updated = ?,"
                       " title = CASE WHEN title = '' AND ? = 'user' THEN ? ELSE title END"
                       " WHERE id = ?"_s);
        bind(conversation,
             { now, roleName(message.role), titleFrom(message.content), conversationId });
        return exec(conversation);
    });
    if (!ok) {
        message.id = 0;
        return false;
    }
    // Only this conversation's row moved: a list of thousands is not reloaded per message.
    if (inTransaction())
        listChanged();
    else
        Q_EMIT conversationChanged(conversationId);
    return true;
}

QString ConversationStore::titleForMessage(const QString &content)
{
    return titleFrom(content);
}

bool ConversationStore::insertImportedMessage(qint64 conversationId, Message &message)
{
    const qint64 now = nowMs();
    if (!message.created.isValid())
        message.created = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    QSqlQuery &insert
        = prepared(u"INSERT INTO messages (conversation_id, parent_id, "_s + messageFields
                   + u", created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?,"
                     " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    bind(insert,
         QVariantList{ conversationId, idOrNull(message.parentId) } + messageValues(message)
             + QVariantList{ message.created.toMSecsSinceEpoch(), now });
    if (!exec(insert)) {
        message.id = 0;
        return false;
    }
    message.id = insert.lastInsertId().toLongLong();
    if (!writeAttachments(message))
        return false;
    listChanged();
    return true;
}

qint64 ConversationStore::nextMessageId()
{
    QSqlQuery &query = prepared(u"SELECT COALESCE(MAX(id), 0) + 1 FROM messages"_s);
    if (!exec(query))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

bool ConversationStore::insertImportedMessages(qint64 conversationId,
                                               const QList<Message> &messages)
{
    // The trigger that feeds the full-text index makes each INSERT a statement transaction, and
    // FTS5 writes its pending terms at each: one row per statement wrote the index 100,000
    // times. Rows per statement: 22 values each stay well below SQLite's 32,766 parameters.
    constexpr qsizetype RowsPerStatement = 256;
    const qint64 now = nowMs();
    const auto sqlFor = [](qsizetype rows) {
        QString sql = u"INSERT INTO messages (id, conversation_id, parent_id, "_s + messageFields
            + u", created, updated) VALUES "_s;
        // id, conversation, parent, the message's fields, created, updated.
        const qsizetype columns = 3 + messageFields.count(u',') + 1 + 2;
        const QString row = u'(' + QStringList(columns, u"?"_s).join(u", "_s) + u')';
        for (qsizetype i = 0; i < rows; ++i)
            sql += (i ? u", "_s : QString()) + row;
        return sql;
    };
    for (qsizetype from = 0; from < messages.size(); from += RowsPerStatement) {
        const qsizetype rows = std::min(RowsPerStatement, messages.size() - from);
        QSqlQuery &insert = prepared(sqlFor(rows));
        int at = 0;
        for (qsizetype i = from; i < from + rows; ++i) {
            const Message &message = messages.at(i);
            const QVariantList values
                = QVariantList{ message.id, conversationId, idOrNull(message.parentId) }
                + messageValues(message)
                + QVariantList{ message.created.isValid() ? message.created.toMSecsSinceEpoch()
                                                          : now,
                                now };
            for (const QVariant &value : values)
                insert.bindValue(at++, value);
        }
        if (!exec(insert))
            return false;
    }
    for (const Message &message : messages) {
        if (!writeAttachments(message))
            return false;
    }
    if (!messages.isEmpty())
        listChanged();
    return true;
}

bool ConversationStore::updateMessageContent(qint64 messageId, const QString &content)
{
    QSqlQuery &query = prepared(u"UPDATE messages SET content = ?, updated = ? WHERE id = ?"_s);
    bind(query, { text(content), nowMs(), messageId });
    return exec(query) && query.numRowsAffected() > 0;
}

bool ConversationStore::setMessageState(qint64 messageId, Message::State state)
{
    QSqlQuery &query = prepared(u"UPDATE messages SET state = ?, updated = ? WHERE id = ?"_s);
    bind(query, { stateName(state), nowMs(), messageId });
    return exec(query) && query.numRowsAffected() > 0;
}

bool ConversationStore::updateMessage(const Message &message)
{
    static const QString sql = [] {
        QStringList assignments = messageFields.split(u", "_s);
        for (QString &field : assignments)
            field = field.trimmed() + u" = ?"_s;
        return u"UPDATE messages SET "_s + assignments.join(u", "_s)
            + u", updated = ? WHERE id = ?"_s;
    }();
    QSqlQuery &query = prepared(sql);
    bind(query, messageValues(message) + QVariantList{ nowMs(), message.id });
    return exec(query) && query.numRowsAffected() > 0;
}

Message ConversationStore::readMessage(const QSqlQuery &query) const
{
    Message m;
    m.id = query.value(0).toLongLong();
    m.parentId = query.value(1).isNull() ? 0 : query.value(1).toLongLong();
    m.role = roleFromName(query.value(2).toString());
    m.content = query.value(3).toString();
    m.model = query.value(4).toString();
    if (!query.value(5).isNull())
        m.parameters = QJsonDocument::fromJson(query.value(5).toString().toUtf8()).object();
    m.usage.promptTokens = query.value(6).toInt();
    m.usage.completionTokens = query.value(7).toInt();
    m.usage.totalTokens = query.value(8).toInt();
    if (!query.value(9).isNull())
        m.usage.estimatedCost = query.value(9).toDouble();
    if (!query.value(10).isNull())
        m.cost = query.value(10).toDouble();
    m.costEstimated = query.value(11).toBool();
    m.state = stateFromName(query.value(12).toString());
    m.error.kind = errorKindFromName(query.value(13).toString());
    m.error.httpStatus = query.value(14).toInt();
    if (!query.value(15).isNull())
        m.error.message = query.value(15).toString();
    m.error.retryable = query.value(16).toBool();
    m.error.retryAfterMs = query.value(17).toInt();
    m.finishReason = finishFromName(query.value(18).toString());
    m.created = timeFrom(query.value(19));
    m.ttftMs = query.value(20).isNull() ? -1 : query.value(20).toLongLong();
    m.durationMs = query.value(21).isNull() ? -1 : query.value(21).toLongLong();
    if (!query.value(22).isNull())
        m.logprobs = QJsonDocument::fromJson(query.value(22).toString().toUtf8()).array();
    return m;
}

QList<Message> ConversationStore::readMessages(QSqlQuery &query)
{
    QList<Message> list;
    while (query.next())
        list.append(readMessage(query));
    query.finish();
    readAttachments(list);
    return list;
}

std::optional<Message> ConversationStore::message(qint64 messageId)
{
    QSqlQuery &query
        = prepared(u"SELECT "_s + messageColumns + u" FROM messages m WHERE m.id = ?"_s);
    bind(query, { messageId });
    if (!exec(query))
        return std::nullopt;
    const QList<Message> list = readMessages(query);
    if (list.isEmpty())
        return std::nullopt;
    return list.first();
}

QList<Message> ConversationStore::pathToLeaf(qint64 leafId)
{
    QSqlQuery &query
        = prepared(u"WITH RECURSIVE path(id, depth) AS (SELECT ?, 0 UNION ALL"
                   " SELECT p.parent_id, path.depth + 1 FROM messages p JOIN path ON p.id = path.id"
                   " WHERE p.parent_id IS NOT NULL)"
                   " SELECT "_s
                   + messageColumns
                   + u" FROM messages m JOIN path ON m.id = path.id"
                     " ORDER BY path.depth DESC"_s);
    bind(query, { leafId });
    if (!exec(query))
        return {};
    return readMessages(query);
}

QList<Message> ConversationStore::siblings(qint64 messageId)
{
    QSqlQuery &query = prepared(u"SELECT "_s + messageColumns
                                + u" FROM messages m JOIN messages self ON self.id = ?"
                                  " WHERE m.conversation_id = self.conversation_id"
                                  " AND m.parent_id IS self.parent_id ORDER BY m.id"_s);
    bind(query, { messageId });
    if (!exec(query))
        return {};
    return readMessages(query);
}

qint64 ConversationStore::latestLeaf(qint64 conversationId)
{
    QSqlQuery &query = prepared(u"SELECT MAX(id) FROM messages WHERE conversation_id = ?"_s);
    bind(query, { conversationId });
    if (!exec(query))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

int ConversationStore::markStreamingAsInterrupted()
{
    QSqlQuery &query = prepared(u"UPDATE messages SET state = 'interrupted', updated = ?"
                                " WHERE state = 'streaming'"_s);
    bind(query, { nowMs() });
    if (!exec(query))
        return -1;
    return query.numRowsAffected();
}

QString ConversationStore::toFtsQuery(const QString &text)
{
    const QStringList terms = text.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList quoted;
    for (QString term : terms) {
        term.replace(u'"', u"\"\""_s);
        quoted << u'"' + term + u'"';
    }
    if (quoted.isEmpty())
        return {};
    quoted.last() += u'*';
    return quoted.join(u' ');
}

QString ConversationStore::makeSnippet(const QString &content, const QString &query, int words)
{
    // Tokens as FTS5's unicode61 tokenizer sees them: runs of letters and digits, compared
    // case- and accent-insensitively.
    static const QRegularExpression wordPattern(u"[\\p{L}\\p{N}]+"_s);
    if (content.size() > SnippetScanChars) {
        // Tokenizing and folding a message of megabytes costs about 100 ms; the snippet needs
        // only the text around the first match. Find it with a plain case-insensitive search for
        // each term (an accent-folded match it misses falls back to the start) and cut a window.
        qsizetype at = -1;
        for (auto it = wordPattern.globalMatch(query); it.hasNext();) {
            const QStringMatcher matcher(it.next().capturedView(), Qt::CaseInsensitive);
            const qsizetype found = matcher.indexIn(content);
            if (found >= 0 && (at < 0 || found < at))
                at = found;
        }
        qsizetype from = at < SnippetScanChars / 2 ? 0 : at - SnippetScanChars / 2;
        // Start on a word, not inside one.
        while (from > 0 && from < content.size() && content.at(from).isLetterOrNumber())
            ++from;
        const qsizetype length = std::min<qsizetype>(SnippetScanChars, content.size() - from);
        QString snippet = makeSnippet(content.mid(from, length), query, words);
        if (from > 0 && !snippet.startsWith(u'…'))
            snippet.prepend(u'…');
        if (from + length < content.size() && !snippet.endsWith(u'…'))
            snippet.append(u'…');
        return snippet;
    }
    const SearchTerms terms(query);
    struct Token
    {
        qsizetype start;
        qsizetype end;
        bool hit;
    };
    QList<Token> tokens;
    for (auto it = wordPattern.globalMatch(content); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        tokens.append({ match.capturedStart(), match.capturedEnd(),
                        terms.matchesWord(match.capturedView()) });
    }
    if (tokens.isEmpty())
        return {};

    // The window of `words` tokens with the most hits, earliest on a tie, like snippet().
    const qsizetype span = std::min<qsizetype>(std::max(words, 1), tokens.size());
    qsizetype count = 0;
    for (qsizetype i = 0; i < span; ++i)
        count += tokens.at(i).hit;
    qsizetype best = 0;
    qsizetype bestCount = count;
    for (qsizetype start = 1; start + span <= tokens.size(); ++start) {
        count += tokens.at(start + span - 1).hit - tokens.at(start - 1).hit;
        if (count > bestCount) {
            best = start;
            bestCount = count;
        }
    }
    // A little context before the first hit reads better than starting on it, as long as no
    // hit of the window falls off its end.
    qsizetype firstHit = -1;
    qsizetype lastHit = -1;
    for (qsizetype i = best; i < best + span; ++i) {
        if (tokens.at(i).hit) {
            if (firstHit < 0)
                firstHit = i;
            lastHit = i;
        }
    }
    if (firstHit >= 0)
        best = std::max({ qsizetype(0), std::min(best, firstHit - 2), lastHit - span + 1 });
    const qsizetype last = std::min(best + span, tokens.size()) - 1;

    QString out;
    if (best > 0)
        out += u'…';
    qsizetype position = best == 0 ? 0 : tokens.at(best).start;
    for (qsizetype i = best; i <= last; ++i) {
        const Token &token = tokens.at(i);
        out += QStringView(content).mid(position, token.start - position);
        const QStringView word = QStringView(content).mid(token.start, token.end - token.start);
        if (token.hit)
            out += highlightBegin + word.toString() + highlightEnd;
        else
            out += word;
        position = token.end;
    }
    if (last < tokens.size() - 1)
        out += u'…';
    else
        out += QStringView(content).mid(position);
    out.replace(u'\n', u' ');
    return out;
}

namespace {

// Where `needle` first occurs in `haystack`, ASCII letters compared case-insensitively (other
// bytes exactly); -1 when it does not. Boyer-Moore-Horspool: megabytes in a millisecond or two.
qsizetype indexOfFolded(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (n == 0 || n > haystack.size())
        return -1;
    const auto fold = [](char c) { return uchar(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c); };
    std::array<qsizetype, 256> shift;
    shift.fill(n);
    for (qsizetype i = 0; i + 1 < n; ++i) {
        shift[fold(needle[i])] = n - 1 - i;
        const char c = needle[i];
        shift[uchar(c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c)] = n - 1 - i;
    }
    const uchar last = fold(needle[n - 1]);
    for (qsizetype at = 0; at + n <= haystack.size();) {
        const char c = haystack[at + n - 1];
        if (fold(c) == last) {
            qsizetype i = n - 2;
            while (i >= 0 && fold(haystack[at + i]) == fold(needle[i]))
                --i;
            if (i < 0)
                return at;
        }
        at += shift[uchar(c)];
    }
    return -1;
}

bool isUtf8Continuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

} // namespace

QString ConversationStore::makeSnippetUtf8(const QByteArray &content, const QString &query,
                                           int words)
{
    if (content.size() <= SnippetScanChars)
        return makeSnippet(QString::fromUtf8(content), query, words);
    static const QRegularExpression wordPattern(u"[\\p{L}\\p{N}]+"_s);
    qsizetype at = -1;
    bool nonAscii = false;
    for (auto it = wordPattern.globalMatch(query); it.hasNext();) {
        const QString term = it.next().captured();
        const QByteArray needle = term.toUtf8();
        nonAscii |= needle.size() != term.size();
        const qsizetype found = indexOfFolded(content, needle);
        if (found >= 0 && (at < 0 || found < at))
            at = found;
    }
    // Letters beyond ASCII change case only as text: the whole message then, as before.
    if (at < 0 && nonAscii)
        return makeSnippet(QString::fromUtf8(content), query, words);
    qsizetype from = at < SnippetScanChars / 2 ? 0 : at - SnippetScanChars / 2;
    qsizetype to = std::min<qsizetype>(content.size(), from + SnippetScanChars);
    // Whole characters only, and a start on a word rather than inside one.
    while (from > 0 && from < content.size() && isUtf8Continuation(content.at(from)))
        ++from;
    while (to < content.size() && to > from && isUtf8Continuation(content.at(to)))
        --to;
    QString window = QString::fromUtf8(QByteArrayView(content).sliced(from, to - from));
    if (from > 0) {
        qsizetype skip = 0;
        while (skip < window.size() && window.at(skip).isLetterOrNumber())
            ++skip;
        window.remove(0, skip);
    }
    QString snippet = makeSnippet(window, query, words);
    if (from > 0 && !snippet.startsWith(u'…'))
        snippet.prepend(u'…');
    if (to < content.size() && !snippet.endsWith(u'…'))
        snippet.append(u'…');
    return snippet;
}

QString ConversationStore::snippetToHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(highlightBegin, u"<b>"_s);
    html.replace(highlightEnd, u"</b>"_s);
    return html;
}

QList<SearchHit> ConversationStore::search(const QString &text, int limit)
{
    QString error;
    const QList<SearchHit> hits = searchOn(database()->connection(), text, limit, &error);
    if (!error.isEmpty())
        failed(error);
    return hits;
}

QList<SearchHit> ConversationStore::searchFile(const QString &databasePath, const QString &text,
                                               int limit, QString *error)
{
    return searchFileOn(databasePath, text, limit, error, {});
}

QList<SearchHit> ConversationStore::searchFileEach(
    const QString &databasePath, const QString &text, int limit,
    const std::function<bool(const SearchHit &)> &onHit, QString *error)
{
    return searchFileOn(databasePath, text, limit, error, onHit);
}

QList<SearchHit> ConversationStore::searchFileOn(
    const QString &databasePath, const QString &text, int limit, QString *error,
    const std::function<bool(const SearchHit &)> &onHit)
{
    // A connection of this thread's own, read-only: WAL lets it read while the GUI thread's
    // connection writes.
    static std::atomic<int> counter{ 0 };
    const QString name = u"sift-search-%1"_s.arg(++counter);
    QList<SearchHit> hits;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (db.open())
            hits = searchOn(db, text, limit, error, onHit);
        else if (error)
            *error = db.lastError().text();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return hits;
}

QList<SearchHit> ConversationStore::searchOn(const QSqlDatabase &db, const QString &text, int limit,
                                             QString *error,
                                             const std::function<bool(const SearchHit &)> &onHit)
{
    QList<SearchHit> hits;
    const QString fts = toFtsQuery(text);
    if (fts.isEmpty())
        return hits;
    const auto fail = [&](const QSqlQuery &query) {
        if (error)
            *error = query.lastError().text();
        return hits;
    };
    // A common word matches thousands of messages, and ranking (bm25) costs per match: only the
    // newest RankedMatches of them are ranked. Finding where they start walks the index alone,
    // without ranking.
    QSqlQuery newest(db);
    newest.setForwardOnly(true);
    newest.prepare(u"SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?"
                   " ORDER BY rowid DESC LIMIT 1 OFFSET ?"_s);
    bind(newest, { fts, RankedMatches - 1 });
    qint64 fromRowid = 0;
    if (!newest.exec())
        return fail(newest);
    if (newest.next())
        fromRowid = newest.value(0).toLongLong();
    newest.finish();
    // The best hits without their text: sorting rows that carry messages of megabytes would copy
    // every one of them. FTS5's snippet() would tokenize each whole message; the snippet is cut
    // below from the text around the first match, hit by hit.
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT m.conversation_id, c.title, m.id, f.rank FROM messages_fts f"
        " JOIN messages m ON m.id = f.rowid JOIN conversations c ON c.id = m.conversation_id"
        " WHERE messages_fts MATCH ? AND f.rowid >= ? AND c.deleted_at IS NULL"
        " ORDER BY f.rank LIMIT ?"_s);
    bind(query, { fts, fromRowid, limit });
    if (!query.exec())
        return fail(query);
    while (query.next()) {
        SearchHit hit;
        hit.conversationId = query.value(0).toLongLong();
        hit.conversationTitle = query.value(1).toString();
        hit.messageId = query.value(2).toLongLong();
        hit.rank = query.value(3).toDouble();
        hits.append(hit);
    }
    query.finish();
    // The text as SQLite keeps it (UTF-8): a message of megabytes is not converted whole.
    QSqlQuery content(db);
    content.setForwardOnly(true);
    content.prepare(u"SELECT CAST(content AS BLOB) FROM messages WHERE id = ?"_s);
    for (qsizetype i = 0; i < hits.size(); ++i) {
        SearchHit &hit = hits[i];
        bind(content, { hit.messageId });
        if (!content.exec())
            return fail(content);
        if (content.next())
            hit.snippet = makeSnippetUtf8(content.value(0).toByteArray(), text);
        content.finish();
        if (onHit && !onHit(hit)) {
            hits.resize(i + 1);
            break;
        }
    }
    return hits;
}

UsageTotals ConversationStore::readTotals(QSqlQuery &query)
{
    UsageTotals totals;
    if (!exec(query))
        return totals;
    if (query.next()) {
        totals.promptTokens = query.value(0).toLongLong();
        totals.completionTokens = query.value(1).toLongLong();
        totals.cost = query.value(2).toDouble();
        totals.costEstimated = query.value(3).toBool();
        totals.replies = query.value(4).toInt();
    }
    query.finish();
    return totals;
}

UsageTotals ConversationStore::totals(qint64 conversationId)
{
    QSqlQuery &query = prepared(
        u"SELECT COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(completion_tokens), 0),"
        " COALESCE(SUM(COALESCE(cost, usage_cost)), 0), COALESCE(MAX(cost_estimated), 0),"
        " COUNT(*) FROM messages WHERE conversation_id = ? AND role = 'assistant'"_s);
    bind(query, { conversationId });
    return readTotals(query);
}

UsageTotals ConversationStore::monthTotals(const QDate &month)
{
    const QDate day = month.isValid() ? month : QDate::currentDate();
    const QDate first(day.year(), day.month(), 1);
    const qint64 from = first.startOfDay().toMSecsSinceEpoch();
    const qint64 to = first.addMonths(1).startOfDay().toMSecsSinceEpoch();
    // Soft-deleted conversations still count: the money was spent.
    QSqlQuery &query = prepared(
        u"SELECT COALESCE(SUM(prompt_tokens), 0), COALESCE(SUM(completion_tokens), 0),"
        " COALESCE(SUM(COALESCE(cost, usage_cost)), 0), COALESCE(MAX(cost_estimated), 0),"
        " COUNT(*) FROM messages WHERE role = 'assistant' AND created >= ? AND created < ?"_s);
    bind(query, { from, to });
    return readTotals(query);
}
