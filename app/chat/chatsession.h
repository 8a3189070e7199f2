#pragma once

#include "api/chatrequest.h"
#include "message.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class ApiClient;
class ChatStream;
class ModelCatalog;

// One conversation with one model: turns ChatStream signals into Messages.
// The UI (TranscriptView) and the CLI both drive it; it holds no widgets.
class ChatSession : public QObject
{
    Q_OBJECT
public:
    struct Parameters
    {
        std::optional<double> temperature;
        std::optional<int> maxTokens;
        std::optional<double> topP;
    };

    explicit ChatSession(ApiClient *client, QObject *parent = nullptr);

    void setCatalog(const ModelCatalog *catalog) { m_catalog = catalog; }
    void setModel(const QString &model) { m_model = model; }
    QString model() const { return m_model; }
    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    QString systemPrompt() const { return m_systemPrompt; }
    void setParameters(const Parameters &parameters) { m_parameters = parameters; }
    Parameters parameters() const { return m_parameters; }
    void setStreaming(bool streaming) { m_streaming = streaming; }

    const QList<Message> &messages() const { return m_messages; }
    bool isBusy() const { return !m_stream.isNull(); }

    // Appends a user message and an assistant reply that streams in. No-op when busy or empty.
    bool send(const QString &text);
    // Stop: the partial reply is kept and marked Stopped.
    void stop();
    // Re-asks the last user message, replacing the last assistant reply (failed or not).
    bool regenerate();
    // Same as regenerate(); named for the Retry button on a failed reply.
    bool retry() { return regenerate(); }
    void clear();

    // The request that send()/regenerate() would make for the messages so far.
    ChatRequest buildRequest() const;

Q_SIGNALS:
    void messageAdded(int row);
    // Text, state or usage of a message changed. Text changes of the streaming reply are
    // coalesced (at most one per ~40 ms) so views never repaint per token.
    void messageChanged(int row);
    // Each piece of reply text as it arrives, not coalesced: for consumers that write a
    // stream (the CLI's stdout). Views use messageChanged().
    void replyDelta(int row, const QString &text);
    void messagesReset();
    void busyChanged(bool busy);
    // The streaming reply failed; the message keeps its partial text and error.
    void replyFailed(int row, const ApiError &error);
    void replyFinished(int row);

private:
    void startReply();
    void flushPending();
    void endReply(Message::State state);

    ApiClient *m_client;
    const ModelCatalog *m_catalog = nullptr;
    QString m_model;
    QString m_systemPrompt;
    Parameters m_parameters;
    bool m_streaming = true;
    QList<Message> m_messages;
    QPointer<ChatStream> m_stream;
    bool m_textDirty = false; // the reply's text grew since the last messageChanged()
    QTimer m_coalesce;
    qint64 m_nextId = 1;
};
