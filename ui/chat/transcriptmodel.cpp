#include "transcriptmodel.h"

#include "attachmentthumbnails.h"

#include "chat/jsonschema.h"
#include "knowledge/knowledgechat.h"
#include "knowledge/knowledgeprompt.h"

#include <QLocale>

#include "models/costformat.h"

#include "chat/chatsession.h"
#include "chat/message.h"

#include <QCoreApplication>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

TranscriptModel::TranscriptModel(ChatSession *session, QObject *parent)
    : QAbstractListModel(parent), m_session(session), m_thumbnails(new AttachmentThumbnails(this))
{
    m_rows = int(session->messages().size());
    connect(m_thumbnails, &AttachmentThumbnails::ready, this, [this](qint64 id) {
        const int row = rowOfMessage(id);
        if (row >= 0)
            Q_EMIT dataChanged(index(row), index(row), { AttachmentsRole });
    });
    connect(session, &ChatSession::messageAdded, this, &TranscriptModel::onMessageAdded);
    connect(session, &ChatSession::messageChanged, this, &TranscriptModel::onMessageChanged);
    connect(session, &ChatSession::messagesReset, this, &TranscriptModel::resync);
}

void TranscriptModel::setKnowledgeChat(KnowledgeChat *chat)
{
    if (m_knowledge)
        m_knowledge->disconnect(this);
    m_knowledge = chat;
    if (chat) {
        connect(chat, &KnowledgeChat::retrievalChanged, this, [this](qint64 id) {
            const int row = rowOfMessage(id);
            if (row >= 0)
                Q_EMIT dataChanged(index(row), index(row));
        });
    }
    if (m_rows > 0)
        Q_EMIT dataChanged(index(0), index(m_rows - 1));
}

int TranscriptModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TranscriptModel::lastReplyRow() const
{
    if (!m_session)
        return -1;
    const QList<Message> &messages = m_session->messages();
    for (int row = int(std::min<qsizetype>(m_rows, messages.size())) - 1; row >= 0; --row) {
        if (messages.at(row).isAssistant())
            return row;
    }
    return -1;
}

int TranscriptModel::rowOfMessage(qint64 id) const
{
    if (!m_session)
        return -1;
    const QList<Message> &messages = m_session->messages();
    for (int row = 0; row < std::min<qsizetype>(m_rows, messages.size()); ++row) {
        if (messages.at(row).id == id)
            return row;
    }
    return -1;
}

QString TranscriptModel::usageText(const Message &message)
{
    if (!message.isAssistant() || message.usage.isEmpty())
        return {};
    const int tokens = message.usage.totalTokens > 0
        ? message.usage.totalTokens
        : message.usage.promptTokens + message.usage.completionTokens;
    QString text = QCoreApplication::translate("TranscriptModel", "%n tokens", nullptr, tokens);
    std::optional<double> cost = message.cost;
    if (!cost)
        cost = message.usage.estimatedCost;
    if (cost) {
        text += u" · "_s + CostFormat::usd(*cost, QLocale());
        if (message.costEstimated)
            text += u" "_s + QCoreApplication::translate("TranscriptModel", "(estimated)");
    }
    return text;
}

static QString stateText(const Message &message)
{
    switch (message.state) {
    case Message::State::Stopped:
        return QCoreApplication::translate("TranscriptModel", "stopped");
    case Message::State::Interrupted:
        return QCoreApplication::translate("TranscriptModel", "interrupted");
    case Message::State::Streaming:
        if (message.retryDelayMs >= 0) {
            const int seconds = (message.retryDelayMs + 999) / 1000;
            return message.retryReason == ApiError::Kind::RateLimited
                ? QCoreApplication::translate("TranscriptModel", "rate-limited, retrying in %n s",
                                              nullptr, seconds)
                : QCoreApplication::translate("TranscriptModel", "server busy, retrying in %n s",
                                              nullptr, seconds);
        }
        return QCoreApplication::translate("TranscriptModel", "writing…");
    case Message::State::Failed:
        return QCoreApplication::translate("TranscriptModel", "failed");
    case Message::State::Complete:
        if (message.isAssistant() && message.finishReason == FinishReason::Length)
            return QCoreApplication::translate("TranscriptModel",
                                               "cut at the token limit: raise Max tokens");
        return {};
    }
    return {};
}

QString TranscriptModel::displayText(const Message &message) const
{
    // A JSON reply (response_format asked for one) is shown pretty-printed as a code block whose
    // objects and arrays fold; the files of a user message are chips under it (AttachmentsRole).
    if (const JsonView *view = jsonView(message); view && view->outline)
        return view->shown;
    return message.content;
}

const TranscriptModel::JsonView *TranscriptModel::jsonView(const Message &message) const
{
    if (!message.isAssistant() || message.state != Message::State::Complete
        || !message.parameters.value("response_format"_L1)
                .toObject()
                .value("type"_L1)
                .toString()
                .startsWith("json"_L1))
        return nullptr;
    JsonView &view = m_json[message.id];
    if (view.size != message.content.size() || view.state != int(message.state)) {
        const int shape = view.shape;
        view = JsonView();
        view.size = message.content.size();
        view.state = int(message.state);
        view.shape = shape + 1;
        view.outline = JsonOutline::parse(message.content);
        view.check = ReplyCheck::of(message.content, message.parameters, true);
        updateJsonShown(view);
    }
    return &view;
}

void TranscriptModel::updateJsonShown(JsonView &view) const
{
    view.shown.clear();
    view.foldLines.clear();
    if (!view.outline)
        return;
    QStringList lines;
    for (const JsonOutline::Line &line : view.outline->lines(view.folded)) {
        lines.append(line.text);
        view.foldLines.append(line.fold);
    }
    view.shown = u"```json\n"_s + lines.join(u'\n') + u"\n```"_s;
}

void TranscriptModel::toggleJsonFold(int row, int fold)
{
    if (!m_session || row < 0 || row >= m_rows || row >= m_session->messages().size())
        return;
    const Message &message = m_session->messages().at(row);
    if (!jsonView(message) || fold < 0)
        return;
    JsonView &view = m_json[message.id];
    if (!view.folded.remove(fold))
        view.folded.insert(fold);
    jsonChanged(row);
}

void TranscriptModel::foldAllJson(int row, bool folded)
{
    if (!m_session || row < 0 || row >= m_rows || row >= m_session->messages().size())
        return;
    const Message &message = m_session->messages().at(row);
    const JsonView *found = jsonView(message);
    if (!found || !found->outline)
        return;
    JsonView &view = m_json[message.id];
    view.folded = folded ? view.outline->allBelowTop() : QSet<int>();
    jsonChanged(row);
}

QList<TranscriptModel::JsonFold> TranscriptModel::jsonFolds(int row) const
{
    QList<JsonFold> folds;
    if (!m_session || row < 0 || row >= m_rows || row >= m_session->messages().size())
        return folds;
    const JsonView *view = jsonView(m_session->messages().at(row));
    if (!view || !view->outline)
        return folds;
    const QList<JsonOutline::Line> lines = view->outline->lines(view->folded);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const JsonOutline::Line &line = lines.at(i);
        if (line.fold < 0)
            continue;
        // After the indentation comes the two-character marker ("▾ " or "▸ ").
        QString label = line.text.trimmed();
        if (label.size() > 2)
            label = label.mid(2);
        folds.append({ line.fold, int(i + 1), label, line.folded });
    }
    return folds;
}

void TranscriptModel::jsonChanged(int row)
{
    JsonView &view = m_json[m_session->messages().at(row).id];
    ++view.shape;
    updateJsonShown(view);
    Q_EMIT dataChanged(index(row), index(row));
}

QVariant TranscriptModel::data(const QModelIndex &index, int role) const
{
    if (!m_session || !index.isValid() || index.row() >= m_rows
        || index.row() >= m_session->messages().size())
        return {};
    const Message &message = m_session->messages().at(index.row());
    const ReplyRetrieval *retrieval
        = m_knowledge && message.isAssistant() && m_knowledge->hasRetrieval(message.id)
        ? m_knowledge->retrieval(message.id)
        : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        // Linked once the reply is whole: the streaming view splits the text as it comes.
        return retrieval && message.state != Message::State::Streaming
            ? KnowledgePrompt::linkCitations(displayText(message), retrieval->sourceCount())
            : displayText(message);
    case SourcesRole:
        return retrieval ? KnowledgePrompt::sourceLines(retrieval->result) : QStringList();
    case RetrievalNoteRole:
        return retrieval ? RetrievalRecord::problems(retrieval->result).join(u'\n') : QString();
    case HasRetrievalRole:
        return retrieval != nullptr;
    case ContentRole:
        return message.content;
    case Qt::AccessibleTextRole: {
        QStringList parts{ message.isAssistant() ? tr("Reply") : tr("You"), message.content };
        if (!message.attachments.isEmpty()) {
            const QLocale locale;
            QStringList files;
            for (const Attachment &attachment : message.attachments)
                files.append(
                    (attachment.isImage() ? tr("%1 (picture, %2)") : tr("%1 (file, %2)"))
                        .arg(attachment.name, locale.formattedDataSize(attachment.data.size())));
            parts.append(tr("Attached: %1").arg(files.join(u", "_s)));
        }
        if (const JsonView *view = jsonView(message))
            parts.append(view->check.text);
        parts << stateText(message) << usageText(message);
        return parts.join(u"\n"_s).trimmed();
    }
    case AttachmentsRole: {
        QList<AttachmentChip> chips;
        for (int i = 0; i < message.attachments.size(); ++i) {
            const Attachment &attachment = message.attachments.at(i);
            chips.append({ attachment.name, attachment.isImage(), attachment.data.size(),
                           m_thumbnails->thumbnail(message.id, i, attachment) });
        }
        return QVariant::fromValue(chips);
    }
    case AttachmentCountRole:
        return int(message.attachments.size());
    case JsonTextRole: {
        const JsonView *view = jsonView(message);
        return view && view->outline ? view->outline->pretty() : QString();
    }
    case JsonFoldLinesRole: {
        const JsonView *view = jsonView(message);
        return QVariant::fromValue(view ? view->foldLines : QList<int>());
    }
    case ReplyCheckRole: {
        const JsonView *view = jsonView(message);
        return view ? view->check.text : QString();
    }
    case ReplyCheckOkRole: {
        const JsonView *view = jsonView(message);
        return !view || view->check.ok;
    }
    case ShapeRole: {
        const JsonView *view = jsonView(message);
        return view ? view->shape : 0;
    }
    case RoleRole:
        return int(message.role);
    case StateRole:
        return int(message.state);
    case StateTextRole:
        return stateText(message);
    case UsageTextRole:
        return usageText(message);
    case ErrorTextRole:
        return message.error.isError() && message.state == Message::State::Failed
            ? message.error.userMessage()
            : QString();
    case ModelRole:
        return message.model;
    case IsLastReplyRole:
        return message.isAssistant() && index.row() == lastReplyRow();
    case BranchIndexRole:
        return m_session->branchIndex(index.row());
    case BranchCountRole:
        return m_session->branchCount(index.row());
    case MessageIdRole:
        return message.id;
    default:
        return {};
    }
}

Qt::ItemFlags TranscriptModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags flags = QAbstractListModel::flags(index);
    return index.isValid() ? flags | Qt::ItemIsEditable : flags;
}

QHash<int, QByteArray> TranscriptModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ContentRole, "content");
    names.insert(RoleRole, "role");
    names.insert(StateRole, "state");
    names.insert(StateTextRole, "stateText");
    names.insert(UsageTextRole, "usageText");
    names.insert(ErrorTextRole, "errorText");
    names.insert(ModelRole, "model");
    names.insert(IsLastReplyRole, "isLastReply");
    names.insert(BranchIndexRole, "branchIndex");
    names.insert(BranchCountRole, "branchCount");
    names.insert(MessageIdRole, "messageId");
    names.insert(AttachmentsRole, "attachments");
    names.insert(AttachmentCountRole, "attachmentCount");
    names.insert(JsonTextRole, "jsonText");
    names.insert(JsonFoldLinesRole, "jsonFoldLines");
    names.insert(ReplyCheckRole, "replyCheck");
    names.insert(ReplyCheckOkRole, "replyCheckOk");
    names.insert(ShapeRole, "shape");
    return names;
}

void TranscriptModel::onMessageAdded(int row)
{
    if (!m_session)
        return;
    const int size = int(m_session->messages().size());
    if (row != m_rows || size <= m_rows) {
        // Not a plain append: start over rather than show a stale row.
        resync();
        return;
    }
    const int previousLast = lastReplyRow();
    beginInsertRows({}, row, row);
    ++m_rows;
    endInsertRows();
    // The "last reply" moved: its Regenerate/Retry links belong to the new one now.
    if (previousLast >= 0 && previousLast != lastReplyRow()) {
        const QModelIndex old = index(previousLast);
        Q_EMIT dataChanged(old, old);
    }
}

void TranscriptModel::onMessageChanged(int row)
{
    if (!m_session || m_session->messages().size() < m_rows) {
        resync();
        return;
    }
    if (row < 0 || row >= m_rows)
        return;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
}

void TranscriptModel::resync()
{
    beginResetModel();
    m_json.clear();
    m_rows = m_session ? int(m_session->messages().size()) : 0;
    endResetModel();
}
