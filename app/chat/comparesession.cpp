#include "comparesession.h"

#include "api/apiclient.h"
#include "api/chatstream.h"
#include "chatsession.h"
#include "models/modelcatalog.h"
#include "replymetrics.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// As ChatSession: views repaint at most this often, the store gets the text this often.
constexpr int CoalesceMs = 40;
constexpr int PersistMs = 500;

} // namespace

CompareSession::CompareSession(ChatSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(CoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &CompareSession::flushText);
    m_persist.setInterval(PersistMs);
    connect(&m_persist, &QTimer::timeout, this, &CompareSession::saveText);
    // Another conversation shown, or this one cleared: the columns belong to nothing any more.
    connect(m_session, &ChatSession::conversationChanged, this, [this] {
        if (!m_adding)
            abandon();
    });
    // Stop in the chat, and any change of conversation (which stops first), stop the columns.
    connect(m_session, &ChatSession::stopping, this, &CompareSession::stop);
    connect(m_session, &ChatSession::messagesReset, this, [this] {
        if (!m_adding && m_session->messages().isEmpty())
            abandon();
    });
}

CompareSession::~CompareSession()
{
    abandon();
}

void CompareSession::setReasoningEffort(const QString &effort, const ModelCatalog *catalog)
{
    m_reasoningEffort = effort;
    m_catalog = catalog;
}

void CompareSession::setModels(const QStringList &models)
{
    m_models.clear();
    for (const QString &model : models) {
        const QString id = model.trimmed();
        if (!id.isEmpty() && !m_models.contains(id) && m_models.size() < MaxModels)
            m_models.append(id);
    }
}

bool CompareSession::send(const QString &text, const QList<Attachment> &attachments)
{
    if (isBusy() || m_models.isEmpty() || m_session->isBusy()
        || (text.trimmed().isEmpty() && attachments.isEmpty()))
        return false;
    m_adding = true;
    const bool added = m_session->addUserMessage(text, attachments);
    if (!added) {
        m_adding = false;
        return false;
    }
    m_promptId = m_session->messages().last().id;
    // Every model is asked the same conversation: the one up to and including this prompt.
    const ChatRequest base = m_session->buildRequest();
    QStringList order = m_models;
    if (m_shuffle)
        std::shuffle(order.begin(), order.end(), *QRandomGenerator::global());
    m_columns.clear();
    m_columns.resize(order.size());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Only the model differs, and the reasoning effort where a model does not take it.
    const auto requestFor = [&](const QString &model) {
        ChatRequest request = base;
        request.model = model;
        if (m_catalog)
            request.reasoningEffort
                = m_catalog->reasoningSupport(model) == ModelCatalog::Support::Unsupported
                ? QString()
                : m_reasoningEffort;
        return request;
    };
    for (int i = 0; i < order.size(); ++i) {
        Message &reply = m_columns[i].reply;
        reply.role = Message::Role::Assistant;
        reply.model = order.at(i);
        reply.state = Message::State::Streaming;
        reply.created = now;
        // Every setting a single reply keeps (response format for the JSON check, logprobs, …).
        reply.parameters = ChatParams::replySettings(requestFor(reply.model).toJson());
        if (!m_session->addReply(reply, i == 0)) {
            // The store refused (storageError told the user): ask only those already added.
            m_columns.resize(i);
            break;
        }
    }
    m_adding = false;
    if (m_columns.isEmpty())
        return false;
    m_running = int(m_columns.size()); // busy before the session says it is
    m_session->setHeld(true);
    m_clock.start();
    m_persist.start();
    for (int i = 0; i < m_columns.size(); ++i) {
        m_columns[i].stream
            = m_session->client()->chat(requestFor(m_columns.at(i).reply.model), this);
        startColumn(i);
    }
    Q_EMIT busyChanged(true);
    Q_EMIT started();
    return true;
}

void CompareSession::startColumn(int column)
{
    ChatStream *stream = m_columns.at(column).stream;
    connect(stream, &ChatStream::delta, this, [this, column](const QString &text) {
        Column &c = m_columns[column];
        if (c.reply.ttftMs < 0)
            c.reply.ttftMs = m_clock.elapsed();
        c.reply.content += text;
        c.reply.retryDelayMs = -1;
        c.textDirty = true;
        c.saveDirty = true;
        Q_EMIT columnDelta(column, text);
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(stream, &ChatStream::logprobs, this, [this, column](const QJsonArray &tokens) {
        QJsonArray &list = m_columns[column].reply.logprobs;
        for (const QJsonValue &token : tokens)
            list.append(token);
    });
    connect(stream, &ChatStream::usage, this, [this, column](const Usage &usage) {
        ReplyMetrics::applyUsage(m_columns[column].reply, usage, m_session->catalog());
        m_columns[column].textDirty = true;
        if (!m_coalesce.isActive())
            m_coalesce.start();
    });
    connect(stream, &ChatStream::retrying, this,
            [this, column](int, int delayMs, const ApiError &error) {
                Message &reply = m_columns[column].reply;
                reply.retryDelayMs = delayMs;
                reply.retryReason = error.kind;
                Q_EMIT columnChanged(column);
            });
    connect(stream, &ChatStream::finished, this, [this, column](FinishReason reason) {
        m_columns[column].reply.finishReason = reason;
        endColumn(column,
                  reason == FinishReason::Cancelled ? Message::State::Stopped
                                                    : Message::State::Complete);
    });
    connect(stream, &ChatStream::failed, this, [this, column](const ApiError &error) {
        m_columns[column].reply.error = error;
        endColumn(column, Message::State::Failed);
    });
}

void CompareSession::endColumn(int column, Message::State state)
{
    Column &c = m_columns[column];
    if (ChatStream *stream = c.stream) {
        c.stream = nullptr;
        stream->disconnect(this);
        stream->deleteLater();
    } else {
        return; // already ended
    }
    c.reply.state = state;
    c.reply.retryDelayMs = -1;
    c.reply.durationMs = m_clock.elapsed();
    c.textDirty = false;
    c.saveDirty = false;
    m_session->updateReply(c.reply, ChatSession::Save::Everything);
    const ApiError error = c.reply.error;
    Q_EMIT columnChanged(column);
    if (state == Message::State::Failed)
        Q_EMIT columnFailed(column, error);
    Q_EMIT columnFinished(column);
    if (--m_running > 0)
        return;
    m_coalesce.stop();
    m_persist.stop();
    m_session->setHeld(false);
    Q_EMIT busyChanged(false);
    Q_EMIT finished();
}

void CompareSession::flushText()
{
    m_coalesce.stop();
    for (int i = 0; i < m_columns.size(); ++i) {
        Column &c = m_columns[i];
        if (!c.textDirty)
            continue;
        c.textDirty = false;
        if (c.stream)
            c.reply.durationMs = m_clock.elapsed(); // so the speed shows while it streams
        // The session (and the transcript, hidden behind the columns) gets the text with each
        // save, twice a second: laying a long reply out in the transcript per update as well as
        // in its column doubled the work for nothing on screen.
        Q_EMIT columnChanged(i);
    }
}

void CompareSession::saveText()
{
    for (Column &c : m_columns) {
        if (!c.saveDirty || !c.stream)
            continue;
        c.saveDirty = false;
        m_session->updateReply(c.reply, ChatSession::Save::Text);
    }
}

void CompareSession::stop()
{
    // Each stream answers cancel() with finished(Cancelled); endColumn() marks it Stopped.
    for (int i = 0; i < m_columns.size(); ++i)
        stopColumn(i);
}

void CompareSession::stopColumn(int column)
{
    if (column < 0 || column >= m_columns.size())
        return;
    if (ChatStream *stream = m_columns.at(column).stream) {
        stream->cancel();
        if (m_columns.at(column).stream)
            endColumn(column, Message::State::Stopped);
    }
}

bool CompareSession::keep(int column)
{
    if (isBusy() || column < 0 || column >= m_columns.size())
        return false;
    const Message &reply = m_columns.at(column).reply;
    if (!m_session->revealMessage(reply.id))
        return false;
    m_session->setModel(reply.model);
    return true;
}

void CompareSession::reset()
{
    if (isBusy())
        return;
    m_columns.clear();
    m_promptId = 0;
}

void CompareSession::abandon()
{
    const bool wasBusy = isBusy();
    for (Column &c : m_columns) {
        if (ChatStream *stream = c.stream) {
            c.stream = nullptr;
            stream->disconnect(this);
            stream->cancel();
            stream->deleteLater();
        }
    }
    m_coalesce.stop();
    m_persist.stop();
    m_columns.clear();
    m_promptId = 0;
    m_running = 0;
    if (wasBusy) {
        if (m_session)
            m_session->setHeld(false);
        Q_EMIT busyChanged(false);
        Q_EMIT finished();
    }
}
