#pragma once

#include "api/apierror.h"
#include "message.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>

class ChatSession;
class ChatStream;
class ModelCatalog;

// One prompt sent to several models at once (compare chat). It works on top of a ChatSession:
// the prompt becomes one user message of that conversation and every model's reply one
// assistant message under it, siblings like regenerated replies, each with its model, time to
// first token, duration, tokens and cost. The first model's reply is the one shown until the
// user keeps another (keep()). The replies stream concurrently through ChatStream; one failing
// leaves the others running; stop() stops them all. Used by the chat pane's columns and by
// `sift chat -m A -m B`.
class CompareSession : public QObject
{
    Q_OBJECT
public:
    static constexpr int MaxModels = 4;

    explicit CompareSession(ChatSession *session, QObject *parent = nullptr);
    ~CompareSession() override;

    ChatSession *session() const { return m_session; }
    // The models the next send() asks, in column order; duplicates and empty ids are dropped,
    // and at most MaxModels are kept. Fewer than two: send() still works (one column).
    void setModels(const QStringList &models);
    QStringList models() const { return m_models; }
    // Blind comparisons: each send() asks the models in a new random order, so a column's place
    // does not tell which model wrote it.
    void setShuffle(bool shuffle) { m_shuffle = shuffle; }
    bool shuffle() const { return m_shuffle; }
    // The reasoning effort chosen for the comparison, sent per model as a single chat does:
    // not to a model `catalog` knows not to take it (ModelCatalog::reasoningSupport()), to the
    // others. Without a catalog every model gets the effort of the session's request.
    void setReasoningEffort(const QString &effort, const ModelCatalog *catalog);

    // Adds `text` (and the files attached to it) to the conversation and asks every model with
    // the request a single reply would get (ChatSession::buildRequest(): parameters, response
    // format, attachments), only the model differing. False when busy, empty, no models, or
    // the store refused the messages.
    bool send(const QString &text, const QList<Attachment> &attachments = {});
    // Stops every reply still streaming; their partial text is kept and marked Stopped.
    void stop();
    // Stops the reply of one column only (a slow or rambling model); the others go on.
    void stopColumn(int column);
    bool isBusy() const { return m_running > 0; }

    // The replies of the last send(), one per model, in column order.
    int columnCount() const { return int(m_columns.size()); }
    const Message &reply(int column) const { return m_columns.at(column).reply; }
    // The user message they answer (0 before the first send).
    qint64 promptId() const { return m_promptId; }
    // Makes the reply of `column` the conversation's shown branch (the others stay siblings)
    // and its model the session's model. False while busy or out of range.
    bool keep(int column);
    // Forgets the columns (the replies stay in the conversation).
    void reset();

Q_SIGNALS:
    // A send() began: columnCount() columns, all streaming.
    void started();
    // Text, state, usage or timing of a column changed; text changes coalesced (~40 ms).
    void columnChanged(int column);
    // Each piece of text as it arrives (for the CLI; views use columnChanged()).
    void columnDelta(int column, const QString &text);
    void columnFinished(int column);
    void columnFailed(int column, const ApiError &error);
    // Every column has ended.
    void finished();
    void busyChanged(bool busy);

private:
    struct Column
    {
        Message reply;
        QPointer<ChatStream> stream;
        bool textDirty = false; // for columnChanged()
        bool saveDirty = false; // for the store
    };

    void startColumn(int column);
    void endColumn(int column, Message::State state);
    void flushText();
    void saveText();
    void abandon();

    QPointer<ChatSession> m_session;
    QStringList m_models;
    QList<Column> m_columns;
    qint64 m_promptId = 0;
    int m_running = 0;
    bool m_adding = false;
    bool m_shuffle = false;
    QString m_reasoningEffort;
    QPointer<const ModelCatalog> m_catalog;
    QElapsedTimer m_clock;
    QTimer m_coalesce;
    QTimer m_persist;
};
