#include "chatsession.h"

#include "api/apiclient.h"
#include "api/chatstream.h"
#include "models/modelcatalog.h"

using namespace Qt::StringLiterals;

namespace {

// Views repaint at most this often while a reply streams in.
constexpr int CoalesceMs = 40;

} // namespace

ChatSession::ChatSession(ApiClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &ChatSession::flushPending);
}

bool ChatSession::send(const QString &text)
{
    if (isBusy() || text.trimmed().isEmpty())
        return false;
    Message message;
    message.id = m_nextId++;
    message.parentId = m_messages.isEmpty() ? 0 : m_messages.last().id;
    message.role = Message::Role::User;
    message.content = text;
    message.created = QDateTime::currentDateTimeUtc();
    m_messages.append(message);
    Q_EMIT messageAdded(int(m_messages.size()) - 1);
    startReply();
    return true;
}

void ChatSession::stop()
{
    if (!m_stream)
        return;
    // The stream answers cancel() with finished(Cancelled), which marks the reply Stopped.
    m_stream->cancel();
    if (m_stream)
        endReply(Message::State::Stopped);
}

bool ChatSession::regenerate()
{
    if (isBusy())
        return false;
    qsizetype userRow = m_messages.size() - 1;
    if (userRow >= 0 && m_messages.at(userRow).isAssistant())
        --userRow;
    if (userRow < 0 || m_messages.at(userRow).role != Message::Role::User)
        return false;
    if (userRow != m_messages.size() - 1) {
        m_messages.removeLast();
        Q_EMIT messagesReset();
    }
    startReply();
    return true;
}

void ChatSession::clear()
{
    const bool wasBusy = isBusy();
    if (m_stream) {
        // Nothing is left to show the reply in: drop it without any signal.
        ChatStream *stream = m_stream;
        m_stream = nullptr;
        stream->disconnect(this);
        stream->cancel();
        stream->deleteLater();
    }
    m_coalesce.stop();
    m_textDirty = false;
    m_messages.clear();
    Q_EMIT messagesReset();
    if (wasBusy)
        Q_EMIT busyChanged(false);
}

ChatRequest ChatSession::buildRequest() const
{
    ChatRequest request;
    request.model = m_model.isEmpty() ? ModelCatalog::defaultChatModel() : m_model;
    request.stream = m_streaming;
    if (!m_systemPrompt.trimmed().isEmpty())
        request.messages.append({ u"system"_s, m_systemPrompt });
    for (const Message &message : m_messages) {
        // A reply still streaming, or one that failed, is not part of the conversation the
        // model should see; neither is an empty reply (the API refuses empty content).
        if (message.state == Message::State::Streaming)
            continue;
        if (message.isAssistant()
            && (message.state == Message::State::Failed || message.content.isEmpty()))
            continue;
        request.messages.append({ Message::roleToString(message.role), message.content });
    }
    if (m_parameters.temperature && *m_parameters.temperature >= 0)
        request.temperature = m_parameters.temperature;
    if (m_parameters.maxTokens && *m_parameters.maxTokens > 0)
        request.maxTokens = m_parameters.maxTokens;
    if (m_parameters.topP && *m_parameters.topP >= 0)
        request.topP = m_parameters.topP;
    return request;
}

void ChatSession::startReply()
{
    const ChatRequest request = buildRequest();

    Message reply;
    reply.id = m_nextId++;
    reply.parentId = m_messages.isEmpty() ? 0 : m_messages.last().id;
    reply.role = Message::Role::Assistant;
    reply.model = request.model;
    reply.state = Message::State::Streaming;
    reply.created = QDateTime::currentDateTimeUtc();
    // The settings this reply was made with, for the transcript and the store.
    const QJsonObject body = request.toJson();
    for (const auto key : { "temperature"_L1, "max_tokens"_L1, "top_p"_L1 }) {
        if (body.contains(key))
            reply.parameters.insert(key, body.value(key));
    }
    m_messages.append(reply);
    const int row = int(m_messages.size()) - 1;
    Q_EMIT messageAdded(row);

    m_textDirty = false;
    ChatStream *stream = m_client->chat(request, this);
    m_stream = stream;
    connect(stream, &ChatStream::delta, this, [this](const QString &text) {
        if (!m_stream || m_messages.isEmpty())
            return;
        m_messages.last().content += text;
        m_textDirty = true;
        Q_EMIT replyDelta(int(m_messages.size()) - 1, text);
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(stream, &ChatStream::usage, this, [this](const Usage &usage) {
        if (!m_stream || m_messages.isEmpty())
            return;
        Message &message = m_messages.last();
        message.usage = usage;
        if (usage.estimatedCost) {
            message.cost = usage.estimatedCost;
            message.costEstimated = false;
        } else if (m_catalog) {
            // LiteLLM and others report no cost: estimate it from the model's prices.
            if (const auto model = m_catalog->find(message.model)) {
                message.cost = model->estimateCost(usage.promptTokens, usage.completionTokens);
                message.costEstimated = message.cost.has_value();
            }
        }
        flushPending();
        Q_EMIT messageChanged(int(m_messages.size()) - 1);
    });
    connect(stream, &ChatStream::finished, this, [this](FinishReason reason) {
        if (!m_stream || m_messages.isEmpty())
            return;
        m_messages.last().finishReason = reason;
        endReply(reason == FinishReason::Cancelled ? Message::State::Stopped
                                                   : Message::State::Complete);
    });
    connect(stream, &ChatStream::failed, this, [this](const ApiError &error) {
        if (!m_stream || m_messages.isEmpty())
            return;
        m_messages.last().error = error;
        endReply(Message::State::Failed);
    });
    Q_EMIT busyChanged(true);
}

void ChatSession::flushPending()
{
    m_coalesce.stop();
    if (!m_textDirty || m_messages.isEmpty())
        return;
    m_textDirty = false;
    Q_EMIT messageChanged(int(m_messages.size()) - 1);
}

void ChatSession::endReply(Message::State state)
{
    const int row = int(m_messages.size()) - 1;
    m_coalesce.stop();
    m_textDirty = false; // the state change below repaints the text too
    if (ChatStream *stream = m_stream) {
        m_stream = nullptr;
        stream->disconnect(this);
        stream->deleteLater();
    }
    Message &reply = m_messages[row];
    reply.state = state;
    const ApiError error = reply.error;
    Q_EMIT messageChanged(row);
    if (state == Message::State::Failed)
        Q_EMIT replyFailed(row, error);
    Q_EMIT busyChanged(false);
    Q_EMIT replyFinished(row);
}
