#include "conversationarchive.h"

#include "messagecodec.h"
#include "models/costformat.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSet>

#include <algorithm>
#include <functional>
#include <vector>
#include <queue>

using namespace Qt::StringLiterals;
using namespace MessageCodec;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ConversationArchive", text);
}

QJsonValue timeToJson(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromJson(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QJsonObject messageToJson(const Message &m)
{
    QJsonObject object{
        { u"id"_s, m.id },
        { u"parent_id"_s, m.parentId > 0 ? QJsonValue(m.parentId) : QJsonValue() },
        { u"role"_s, roleName(m.role) },
        { u"content"_s, m.content },
        { u"state"_s, stateName(m.state) },
        { u"created"_s, timeToJson(m.created) },
    };
    if (!m.model.isEmpty())
        object.insert(u"model"_s, m.model);
    if (!m.parameters.isEmpty())
        object.insert(u"parameters"_s, m.parameters);
    if (!m.usage.isEmpty() || m.usage.estimatedCost) {
        QJsonObject usage{ { u"prompt_tokens"_s, m.usage.promptTokens },
                           { u"completion_tokens"_s, m.usage.completionTokens },
                           { u"total_tokens"_s, m.usage.totalTokens } };
        if (m.usage.estimatedCost)
            usage.insert(u"estimated_cost"_s, *m.usage.estimatedCost);
        object.insert(u"usage"_s, usage);
    }
    if (m.cost)
        object.insert(u"cost"_s, *m.cost);
    if (m.costEstimated)
        object.insert(u"cost_estimated"_s, true);
    if (m.error.isError() || !m.error.message.isNull() || m.error.httpStatus != 0
        || m.error.retryable || m.error.retryAfterMs != -1) {
        QJsonObject error{ { u"kind"_s, errorKindName(m.error.kind) },
                           { u"status"_s, m.error.httpStatus },
                           { u"retryable"_s, m.error.retryable },
                           { u"retry_after_ms"_s, m.error.retryAfterMs } };
        if (!m.error.message.isNull())
            error.insert(u"message"_s, m.error.message);
        object.insert(u"error"_s, error);
    }
    const QString finish = finishName(m.finishReason);
    if (!finish.isEmpty())
        object.insert(u"finish_reason"_s, finish);
    if (m.ttftMs >= 0)
        object.insert(u"ttft_ms"_s, m.ttftMs);
    if (m.durationMs >= 0)
        object.insert(u"duration_ms"_s, m.durationMs);
    if (!m.logprobs.isEmpty())
        object.insert(u"logprobs"_s, m.logprobs);
    if (!m.attachments.isEmpty()) {
        QJsonArray files;
        for (const Attachment &attachment : m.attachments)
            files.append(
                QJsonObject{ { u"name"_s, attachment.name },
                             { u"kind"_s, attachment.isImage() ? u"image"_s : u"text"_s },
                             { u"mime"_s, attachment.mimeType },
                             { u"data"_s, QString::fromLatin1(attachment.data.toBase64()) } });
        object.insert(u"attachments"_s, files);
    }
    return object;
}

Message messageFromJson(const QJsonObject &object)
{
    Message m;
    m.id = object.value(u"id"_s).toInteger();
    m.parentId = object.value(u"parent_id"_s).toInteger();
    m.role = roleFromName(object.value(u"role"_s).toString());
    m.content = object.value(u"content"_s).toString();
    m.model = object.value(u"model"_s).toString();
    m.parameters = object.value(u"parameters"_s).toObject();
    m.state = stateFromName(object.value(u"state"_s).toString());
    m.created = timeFromJson(object.value(u"created"_s));
    const QJsonObject usage = object.value(u"usage"_s).toObject();
    m.usage.promptTokens = usage.value(u"prompt_tokens"_s).toInt();
    m.usage.completionTokens = usage.value(u"completion_tokens"_s).toInt();
    m.usage.totalTokens = usage.value(u"total_tokens"_s).toInt();
    if (usage.value(u"estimated_cost"_s).isDouble())
        m.usage.estimatedCost = usage.value(u"estimated_cost"_s).toDouble();
    if (object.value(u"cost"_s).isDouble())
        m.cost = object.value(u"cost"_s).toDouble();
    m.costEstimated = object.value(u"cost_estimated"_s).toBool();
    if (object.value(u"ttft_ms"_s).isDouble())
        m.ttftMs = std::max<qint64>(-1, object.value(u"ttft_ms"_s).toInteger(-1));
    if (object.value(u"duration_ms"_s).isDouble())
        m.durationMs = std::max<qint64>(-1, object.value(u"duration_ms"_s).toInteger(-1));
    if (object.contains(u"error"_s)) {
        const QJsonObject error = object.value(u"error"_s).toObject();
        m.error.kind = errorKindFromName(error.value(u"kind"_s).toString());
        m.error.httpStatus = error.value(u"status"_s).toInt();
        if (error.contains(u"message"_s))
            m.error.message = error.value(u"message"_s).toString();
        m.error.retryable = error.value(u"retryable"_s).toBool();
        m.error.retryAfterMs = error.value(u"retry_after_ms"_s).toInt(-1);
    }
    m.finishReason = finishFromName(object.value(u"finish_reason"_s).toString());
    m.logprobs = object.value(u"logprobs"_s).toArray();
    const QJsonArray files = object.value(u"attachments"_s).toArray();
    for (const QJsonValue &value : files) {
        const QJsonObject file = value.toObject();
        Attachment attachment;
        attachment.name = file.value(u"name"_s).toString();
        attachment.kind = file.value(u"kind"_s).toString() == "image"_L1 ? Attachment::Kind::Image
                                                                         : Attachment::Kind::Text;
        attachment.mimeType = file.value(u"mime"_s).toString();
        attachment.data = QByteArray::fromBase64(file.value(u"data"_s).toString().toLatin1());
        // A file damaged on the way is dropped rather than sent to a model as garbage.
        if (!attachment.name.isEmpty() && !attachment.data.isEmpty())
            m.attachments.append(attachment);
    }
    return m;
}

// The fields of a conversation's chat settings that travel in a file: what the chat pane saves
// (ChatPane::conversationSettings()). Anything else in the column stays home, so nothing that
// was never meant for a file (a key, a path) can leave with it.
QJsonObject portableSettings(const QJsonObject &settings)
{
    static const QStringList fields{ u"model"_s,      u"system"_s,         u"temperature"_s,
                                     u"max_tokens"_s, u"top_p"_s,          u"options"_s,
                                     u"preset"_s,     u"preset_settings"_s };
    QJsonObject portable;
    for (const QString &field : fields) {
        if (settings.contains(field))
            portable.insert(field, settings.value(field));
    }
    return portable;
}

QString roleHeading(const Message &m)
{
    switch (m.role) {
    case Message::Role::System:
        return QCoreApplication::translate("ConversationArchive", "System");
    case Message::Role::User:
        return QCoreApplication::translate("ConversationArchive", "You");
    case Message::Role::Assistant:
        return m.model.isEmpty()
            ? QCoreApplication::translate("ConversationArchive", "Assistant")
            : QCoreApplication::translate("ConversationArchive", "Assistant (%1)").arg(m.model);
    }
    return {};
}

QString stateNote(const Message &m)
{
    switch (m.state) {
    case Message::State::Complete:
        return {};
    case Message::State::Streaming:
        return QCoreApplication::translate("ConversationArchive",
                                           "The reply was still arriving when this was exported.");
    case Message::State::Stopped:
        return QCoreApplication::translate("ConversationArchive",
                                           "Stopped before the reply was complete.");
    case Message::State::Failed:
        return m.error.message.isEmpty()
            ? QCoreApplication::translate("ConversationArchive", "The reply failed.")
            : QCoreApplication::translate("ConversationArchive", "The reply failed: %1")
                  .arg(m.error.message);
    case Message::State::Interrupted:
        return QCoreApplication::translate("ConversationArchive",
                                           "Interrupted: Sift ended while this reply arrived.");
    }
    return {};
}

// A field the file gives with the wrong type would be stored as NULL or as nonsense: name it, so
// the user knows what to fix (a hand-edited file says "title": 123, not "the disk is full").
bool checkTextFields(const QJsonObject &object, std::initializer_list<const char *> fields,
                     const QString &where, QString *error)
{
    for (const char *field : fields) {
        const QJsonValue value = object.value(QLatin1StringView(field));
        if (value.isUndefined() || value.isNull() || value.isString())
            continue;
        *error = QCoreApplication::translate("ConversationArchive",
                                             "The field \"%1\" of %2 in the file is not text. "
                                             "Correct it in the file (or export it again from "
                                             "Sift), then import again.")
                     .arg(QLatin1StringView(field), where);
        return false;
    }
    return true;
}

QString conversationWhere(const QJsonObject &object)
{
    const QJsonValue title = object.value(u"title"_s);
    return title.isString() && !title.toString().isEmpty()
        ? QCoreApplication::translate("ConversationArchive", "the conversation \"%1\"")
              .arg(title.toString().left(60))
        : QCoreApplication::translate("ConversationArchive", "a conversation");
}

// A conversation from a bare OpenAI `messages` array: one straight path, the system prompt apart.
std::optional<ConversationRecord> fromOpenAiMessages(const QJsonObject &object, QString *error)
{
    if (!checkTextFields(object, { "title", "model" }, conversationWhere(object), error))
        return std::nullopt;
    ConversationRecord record;
    record.title = object.value(u"title"_s).toString();
    record.model = object.value(u"model"_s).toString();
    qint64 id = 0;
    for (const QJsonValue &value : object.value(u"messages"_s).toArray()) {
        const QJsonObject item = value.toObject();
        const QString role = item.value(u"role"_s).toString();
        if (!isKnownRole(role) || !item.value(u"content"_s).isString()) {
            *error = QCoreApplication::translate(
                "ConversationArchive",
                "A message in the file has no known role or no text. Choose a file "
                "exported by Sift or an OpenAI messages list.");
            return std::nullopt;
        }
        if (role == "system"_L1 && id == 0 && record.systemPrompt.isEmpty()) {
            record.systemPrompt = item.value(u"content"_s).toString();
            continue;
        }
        Message m;
        m.id = ++id;
        m.parentId = id - 1;
        m.role = roleFromName(role);
        m.content = item.value(u"content"_s).toString();
        record.messages.append(m);
    }
    return record;
}

std::optional<ConversationRecord> conversationFromJson(const QJsonObject &object, QString *error)
{
    if (!object.contains(u"sift"_s))
        return fromOpenAiMessages(object, error);
    const QString where = conversationWhere(object);
    if (!checkTextFields(object, { "title", "model", "system_prompt", "created", "updated" }, where,
                         error))
        return std::nullopt;

    ConversationRecord record;
    record.title = object.value(u"title"_s).toString();
    record.model = object.value(u"model"_s).toString();
    record.systemPrompt = object.value(u"system_prompt"_s).toString();
    record.created = timeFromJson(object.value(u"created"_s));
    record.updated = timeFromJson(object.value(u"updated"_s));
    record.pinned = object.value(u"pinned"_s).toBool();
    // Files from before conversations kept their settings have none: the chat then goes on
    // with the settings in effect, as it did.
    record.settings
        = portableSettings(object.value(u"sift"_s).toObject().value(u"settings"_s).toObject());
    QSet<qint64> ids;
    for (const QJsonValue &value : object.value(u"sift"_s).toObject().value(u"tree"_s).toArray()) {
        const QJsonObject item = value.toObject();
        if (!isKnownRole(item.value(u"role"_s).toString()) || item.value(u"id"_s).toInteger() <= 0
            || ids.contains(item.value(u"id"_s).toInteger())) {
            *error = QCoreApplication::translate(
                "ConversationArchive",
                "The file has a message without a valid id or role. It may have been "
                "edited by hand; export it again from Sift.");
            return std::nullopt;
        }
        if (!item.value(u"content"_s).isString()) {
            *error = QCoreApplication::translate("ConversationArchive",
                                                 "The field \"content\" of a message in %1 is "
                                                 "missing or not text. Correct it in the file (or "
                                                 "export it again from Sift), then import again.")
                         .arg(where);
            return std::nullopt;
        }
        if (!checkTextFields(
                item, { "model", "state", "created", "finish_reason" },
                QCoreApplication::translate("ConversationArchive", "a message in %1").arg(where),
                error))
            return std::nullopt;
        const Message m = messageFromJson(item);
        ids.insert(m.id);
        record.messages.append(m);
    }
    for (const Message &m : std::as_const(record.messages)) {
        if (m.parentId > 0 && !ids.contains(m.parentId)) {
            *error = QCoreApplication::translate(
                "ConversationArchive",
                "A message in the file answers a message that is not in it. Export the "
                "conversation again from Sift.");
            return std::nullopt;
        }
    }
    return record;
}

} // namespace

QList<Message> ConversationArchive::path(const ConversationRecord &conversation, qint64 leafId)
{
    QHash<qint64, const Message *> byId;
    qint64 newest = 0;
    for (const Message &m : conversation.messages) {
        byId.insert(m.id, &m);
        newest = std::max(newest, m.id);
    }
    QList<Message> path;
    QSet<qint64> seen; // a hand-edited file may loop
    for (qint64 id = leafId > 0 ? leafId : newest; id > 0 && !seen.contains(id);) {
        const Message *m = byId.value(id);
        if (!m)
            break;
        seen.insert(id);
        path.prepend(*m);
        id = m->parentId;
    }
    return path;
}

QString ConversationArchive::toMarkdown(const ConversationRecord &conversation, qint64 leafId)
{
    QHash<qint64, QList<qint64>> children;
    for (const Message &m : conversation.messages)
        children[m.parentId].append(m.id);

    const QString title
        = conversation.title.isEmpty() ? tr("Untitled conversation") : conversation.title;
    QString out = u"# "_s + title + u"\n\n"_s;
    QStringList facts;
    if (!conversation.model.isEmpty())
        facts << tr("Model: `%1`").arg(conversation.model);
    if (conversation.created.isValid())
        facts << tr("Started %1")
                     .arg(QLocale().toString(conversation.created.toLocalTime(),
                                             QLocale::ShortFormat));
    if (!facts.isEmpty())
        out += facts.join(u" · "_s) + u"\n\n"_s;
    if (!conversation.systemPrompt.isEmpty())
        out += u"## "_s + tr("System") + u"\n\n"_s + conversation.systemPrompt + u"\n\n"_s;

    for (const Message &m : path(conversation, leafId)) {
        out += u"## "_s + roleHeading(m);
        const QList<qint64> branches = children.value(m.parentId);
        if (branches.size() > 1)
            out += u' '
                + tr("(branch %1 of %2)").arg(branches.indexOf(m.id) + 1).arg(branches.size());
        out += u"\n\n"_s + m.content + u"\n\n"_s;
        const QString note = stateNote(m);
        if (!note.isEmpty())
            out += u'*' + note + u"*\n\n"_s;
        if (m.isAssistant() && !m.usage.isEmpty()) {
            QString usage
                = tr("%1 + %2 tokens").arg(m.usage.promptTokens).arg(m.usage.completionTokens);
            if (m.cost)
                usage += u", "_s + CostFormat::usd(*m.cost);
            out += u'*' + usage + u"*\n\n"_s;
        }
    }
    return out.trimmed() + u'\n';
}

QJsonObject ConversationArchive::toJson(const ConversationRecord &conversation, qint64 leafId)
{
    const QList<Message> selected = path(conversation, leafId);
    QJsonArray messages;
    if (!conversation.systemPrompt.isEmpty())
        messages.append(
            QJsonObject{ { u"role"_s, u"system"_s }, { u"content"_s, conversation.systemPrompt } });
    for (const Message &m : selected)
        messages.append(
            QJsonObject{ { u"role"_s, roleName(m.role) }, { u"content"_s, m.content } });

    QJsonArray tree;
    for (const Message &m : conversation.messages)
        tree.append(messageToJson(m));

    QJsonObject sift{ { u"version"_s, formatVersion },
                      { u"selected_leaf"_s,
                        selected.isEmpty() ? QJsonValue() : QJsonValue(selected.last().id) },
                      { u"tree"_s, tree } };
    const QJsonObject settings = portableSettings(conversation.settings);
    if (!settings.isEmpty())
        sift.insert(u"settings"_s, settings);
    return QJsonObject{
        { u"title"_s, conversation.title },
        { u"model"_s, conversation.model },
        { u"system_prompt"_s, conversation.systemPrompt },
        { u"created"_s, timeToJson(conversation.created) },
        { u"updated"_s, timeToJson(conversation.updated) },
        { u"pinned"_s, conversation.pinned },
        { u"messages"_s, messages },
        { u"sift"_s, sift },
    };
}

QByteArray ConversationArchive::toJsonDocument(const ConversationRecord &conversation,
                                               qint64 leafId)
{
    return QJsonDocument(toJson(conversation, leafId)).toJson(QJsonDocument::Indented);
}

QByteArray ConversationArchive::exportAll(ConversationStore &store, QString *error)
{
    // Oldest first: imported in this order, the new ids keep the same relative order.
    QList<ConversationSummary> list = store.listConversations();
    std::sort(
        list.begin(), list.end(),
        [](const ConversationSummary &a, const ConversationSummary &b) { return a.id < b.id; });
    QJsonArray conversations;
    for (const ConversationSummary &summary : std::as_const(list)) {
        const std::optional<ConversationRecord> record = store.loadConversation(summary.id);
        if (!record) {
            if (error)
                *error = tr("Sift could not read a conversation from its history. Check that the "
                            "history file is readable.");
            return {};
        }
        conversations.append(toJson(*record));
    }
    const QJsonObject root{ { u"format"_s, u"sift-conversations"_s },
                            { u"version"_s, formatVersion },
                            { u"exported"_s, timeToJson(QDateTime::currentDateTimeUtc()) },
                            { u"conversations"_s, conversations } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QList<ConversationRecord> ConversationArchive::parse(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = tr("The file is not JSON exported by Sift (%1). Choose a .json file that Sift "
                    "exported.")
                     .arg(parseError.errorString());
        return {};
    }
    const QJsonObject root = document.object();
    if (root.value(u"version"_s).toInt() > formatVersion) {
        *error = tr("The file was exported by a newer Sift. Update Sift to import it.");
        return {};
    }
    QJsonArray items;
    if (root.value(u"format"_s).toString() == "sift-conversations"_L1)
        items = root.value(u"conversations"_s).toArray();
    else if (root.contains(u"sift"_s) || root.value(u"messages"_s).isArray())
        items.append(root);
    else {
        *error = tr("The file holds no conversations. Choose a .json file that Sift exported.");
        return {};
    }

    QList<ConversationRecord> records;
    for (const QJsonValue &item : std::as_const(items)) {
        if (item.toObject().value(u"sift"_s).toObject().value(u"version"_s).toInt()
            > formatVersion) {
            *error = tr("The file was exported by a newer Sift. Update Sift to import it.");
            return {};
        }
        std::optional<ConversationRecord> record = conversationFromJson(item.toObject(), error);
        if (!record)
            return {};
        records.append(std::move(*record));
    }
    error->clear();
    return records;
}

QList<ConversationRecord> ConversationArchive::parseFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *error = tr("The file %1 does not exist. Choose another file.")
                     .arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!info.isFile()) {
        *error = tr("%1 is not a regular file. Choose a .json file that Sift exported.")
                     .arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (info.size() > maxImportBytes) {
        const QLocale locale;
        *error = tr("The file is %1; Sift imports conversation files up to %2. Export fewer "
                    "conversations at a time, then import them one file after the other.")
                     .arg(locale.formattedDataSize(info.size()),
                          locale.formattedDataSize(maxImportBytes));
        return {};
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("The file could not be read (%1). Check that it is readable.")
                     .arg(file.errorString());
        return {};
    }
    // Read no more than the cap even if the file grew since the check.
    const QByteArray data = file.read(maxImportBytes + 1);
    if (data.size() > maxImportBytes) {
        *error = tr("The file grew while it was read. Import it again when it is complete.");
        return {};
    }
    return parse(data, error);
}

ConversationArchive::ImportResult ConversationArchive::import(
    ConversationStore &store, const QList<ConversationRecord> &records, const Progress &progress)
{
    ImportResult result;
    qint64 total = 0;
    for (const ConversationRecord &record : records)
        total += record.messages.size();
    qint64 done = 0;
    const auto report = [&] {
        if (!progress || progress(done, total))
            return true;
        result.cancelled = true;
        return false;
    };
    const bool ok = store.inTransaction([&] {
        if (!report())
            return false;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ConversationRecord &record : records) {
            ConversationRecord marked = record;
            marked.imported = now; // the sidebar tells it from conversations chatted here
            const qint64 conversationId = store.insertConversation(marked);
            if (!conversationId)
                return false;
            result.conversationIds.append(conversationId);

            // Parents before children, whatever order the file lists them in, and otherwise in
            // id order (new ids keep the file's order of age): the ready message with the
            // smallest id goes next. n log n; a message never reached is in a loop or answers a
            // message that is not there.
            QList<Message> sorted = record.messages;
            std::sort(sorted.begin(), sorted.end(),
                      [](const Message &a, const Message &b) { return a.id < b.id; });
            QHash<qint64, qsizetype> position;
            position.reserve(sorted.size());
            for (qsizetype i = 0; i < sorted.size(); ++i)
                position.insert(sorted.at(i).id, i);
            QHash<qint64, QList<qsizetype>> children;
            std::priority_queue<qsizetype, std::vector<qsizetype>, std::greater<>> ready;
            for (qsizetype i = 0; i < sorted.size(); ++i) {
                const qint64 parent = sorted.at(i).parentId;
                if (parent > 0 && position.contains(parent))
                    children[parent].append(i);
                else if (parent <= 0)
                    ready.push(i);
            }
            // New ids follow every existing one, in the order written: a parent's is known
            // before its children are written, many rows go in one statement.
            qint64 nextId = store.nextMessageId();
            if (!nextId)
                return false;
            QHash<qint64, qint64> newIds;
            newIds.reserve(sorted.size());
            QList<Message> batch;
            constexpr qsizetype BatchSize = 2048;
            batch.reserve(BatchSize);
            const auto flush = [&] {
                if (!store.insertImportedMessages(conversationId, batch))
                    return false;
                done += batch.size();
                batch.clear();
                return report();
            };
            while (!ready.empty()) {
                const Message &original = sorted.at(ready.top());
                ready.pop();
                if (newIds.contains(original.id))
                    continue; // a repeated id: written once
                Message copy = original;
                copy.id = nextId++;
                copy.parentId = original.parentId > 0 ? newIds.value(original.parentId) : 0;
                newIds.insert(original.id, copy.id);
                batch.append(copy);
                if (batch.size() == BatchSize && !flush())
                    return false;
                for (const qsizetype child : children.value(original.id))
                    ready.push(child);
            }
            if (!batch.isEmpty() && !flush())
                return false;
            result.messages += int(newIds.size());
            if (newIds.size() != position.size()) {
                result.error = tr("The messages of \"%1\" refer to each other in a loop. "
                                  "Export the conversation again from Sift.")
                                   .arg(record.title);
                return false;
            }
            // The file's header as it was; a conversation without a title takes its first
            // user message's, as one chatted here does.
            ConversationRecord header = record;
            header.id = conversationId;
            if (header.title.isEmpty()) {
                for (const Message &m : std::as_const(sorted)) {
                    if (m.role == Message::Role::User) {
                        header.title = ConversationStore::titleForMessage(m.content);
                        break;
                    }
                }
            }
            if (!store.writeConversationHeader(header))
                return false;
        }
        done = total;
        return report();
    });
    result.ok = ok;
    if (!ok) {
        result.conversationIds.clear();
        result.messages = 0;
        if (result.cancelled)
            result.error = tr("The import was cancelled. Nothing was imported.");
        // The store's own sentence names the cause (a full disk, a read-only file, a field).
        if (result.error.isEmpty())
            result.error = store.lastProblem();
        if (result.error.isEmpty())
            result.error = tr("Sift could not save the imported conversations. Check that the "
                              "disk is not full, then import again.");
    }
    return result;
}

ConversationArchive::ImportResult ConversationArchive::import(ConversationStore &store,
                                                              const QByteArray &json)
{
    QString error;
    const QList<ConversationRecord> records = parse(json, &error);
    if (!error.isEmpty()) {
        ImportResult result;
        result.error = error;
        return result;
    }
    return import(store, records);
}
