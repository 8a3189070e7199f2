#pragma once

#include "api/chatrequest.h"
#include "chatoptions.h"
#include "message.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTimer>

class ApiClient;
class ChatStream;
class ConversationStore;
class ModelCatalog;

// One conversation with one model: turns ChatStream signals into Messages.
// The UI (TranscriptView) and the CLI both drive it; it holds no widgets.
// A conversation is a tree (edits and regenerations add siblings); messages() is the path from
// the root to the selected leaf, which is also what the model is sent. With a store set, every
// message is saved as it is made and a streaming reply is flushed at least once per second.
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
    const ModelCatalog *catalog() const { return m_catalog; }
    ApiClient *client() const { return m_client; }
    void setModel(const QString &model) { m_model = model; }
    QString model() const { return m_model; }
    void setSystemPrompt(const QString &prompt) { m_systemPrompt = prompt; }
    QString systemPrompt() const { return m_systemPrompt; }
    // Text added to the system message of the requests made while it is set, never stored with
    // the conversation: the numbered sources KnowledgeChat found for one question.
    void setSourcesPrompt(const QString &text) { m_sourcesPrompt = text; }
    void setParameters(const Parameters &parameters) { m_parameters = parameters; }
    Parameters parameters() const { return m_parameters; }
    // The other parameters, response format, logprobs and extra fields (chatoptions.h); they
    // apply after setParameters()'s.
    void setOptions(const ChatOptions &options) { m_options = options; }
    const ChatOptions &options() const { return m_options; }
    void setStreaming(bool streaming) { m_streaming = streaming; }

    // Without a store the conversation lives in memory only (the CLI, tests). The first store
    // set takes over a conversation already in memory; changing stores starts afresh.
    void setStore(ConversationStore *store);
    ConversationStore *store() const { return m_store; }
    // 0 until the first message of a new conversation is saved.
    qint64 conversationId() const { return m_conversationId; }
    // Loads a stored conversation and shows the path to its newest message. Stops a running
    // reply first. False when there is no store or no such conversation.
    bool openConversation(qint64 id);
    // The same, with the messages read on a worker (a read connection of its own to the store's
    // file): a conversation of 100,000 messages does not hold up the window. isLoading() until
    // it is shown (conversationChanged) or could not be (loadFailed). Anything else that changes
    // the conversation meanwhile (another open, New, clear) drops the load.
    void openConversationInBackground(qint64 id);
    bool isLoading() const { return m_loadingId != 0; }
    qint64 loadingConversationId() const { return m_loadingId; }
    // An empty conversation; it is saved when its first message is sent.
    void newConversation();

    const QList<Message> &messages() const { return m_messages; }
    bool isBusy() const { return !m_stream.isNull() || m_held; }

    // Branches: the siblings of the message at `row` (itself included) and its 0-based place
    // among them. A message without siblings has count 1.
    int branchCount(int row) const;
    int branchIndex(int row) const;
    // Shows the sibling `step` places away from the message at `row` and below it the newest
    // path of that branch. False when busy or out of range.
    bool switchBranch(int row, int step);
    // Makes sure the message is on the shown path (switching to the newest path through it).
    // False when the conversation has no such message or a reply is streaming elsewhere.
    bool revealMessage(qint64 id);
    // Asks again with `text` in place of the user message at `row`, as a new branch beside it.
    bool editAndResend(int row, const QString &text);

    // Appends a user message and an assistant reply that streams in. No-op when busy or empty.
    bool send(const QString &text);
    // The same with files attached to the user message (attachments.h).
    bool send(const QString &text, const QList<Attachment> &attachments);
    // Stop: the partial reply is kept and marked Stopped.
    void stop();
    // Re-asks the last user message; the new reply becomes a sibling of the last one.
    bool regenerate();
    // Same as regenerate(); named for the Retry button on a failed reply.
    bool retry() { return regenerate(); }
    void clear();

    // The request that send()/regenerate() would make for the messages so far.
    ChatRequest buildRequest() const;

    // For CompareSession, which runs several replies to one prompt at once beside this session:
    // appends a user message (with its files) without asking for a reply; send() is this plus
    // the reply, so both ask with the same message and buildRequest().
    bool addUserMessage(const QString &text, const QList<Attachment> &attachments = {});
    // Adds an assistant reply under the last message shown (its id is set; saved with a store).
    // With `show` it joins the shown path; otherwise it is a sibling reachable by switchBranch().
    bool addReply(Message &reply, bool show);
    enum class Save { Nothing, Text, Everything };
    // Takes the new state of a reply added by addReply() and saves as much of it as asked;
    // messageChanged() follows only with Save::Everything (the reply's end).
    void updateReply(const Message &reply, Save save);
    // While held, the session counts as busy (a comparison runs): no send, edit or branch switch.
    void setHeld(bool held);

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
    // The reply waits delayMs before retry number `attempt` (after a 429, 5xx or refused
    // connection before any byte); the message's retryDelayMs says so until text arrives.
    void replyRetrying(int row, int attempt, int delayMs, const ApiError &error);
    void replyFinished(int row);
    // Another conversation (or a new, empty one: id 0) is shown.
    void conversationChanged(qint64 id);
    // The streaming reply's text was written to the store (for crash-safety tests).
    void replyPersisted(qint64 messageId);
    // openConversationInBackground() began or ended.
    void loadingChanged(bool loading);
    // openConversationInBackground() found no such conversation (deleted, gone, unreadable).
    void loadFailed(qint64 id);
    // stop() was called (also before another conversation is shown): replies run beside the
    // session (CompareSession) stop too.
    void stopping();

private:
    void startReply();
    void flushPending();
    void endReply(Message::State state);
    void persistReply();
    bool appendMessage(Message &message);
    // Writes the replies whose final save failed (full disk, read-only file).
    void saveUnsaved();
    bool persisting() const;
    void showPath(qint64 leafId);
    const Message *treeMessage(qint64 id) const;
    QList<const Message *> siblingsOf(const Message &message) const;
    qint64 newestLeafUnder(qint64 id) const;
    void syncTree();
    // Where each message sits in m_tree and each parent's children, built once per change of the
    // tree's shape: a walk along a path or over branches is then linear, not quadratic.
    void indexTree() const;
    void treeShapeChanged() { m_indexed = false; }
    struct Loaded;
    // Everything of a stored conversation that opening it needs, built off the GUI thread.
    static Loaded load(const QString &databasePath, qint64 id);
    void show(Loaded &&loaded);
    void endLoading();

    ApiClient *m_client;
    const ModelCatalog *m_catalog = nullptr;
    QString m_model;
    QString m_systemPrompt;
    QString m_sourcesPrompt;
    Parameters m_parameters;
    ChatOptions m_options;
    bool m_streaming = true;
    QList<Message> m_messages;                    // the shown path
    QList<Message> m_tree;                        // every message of the conversation, oldest first
    mutable QHash<qint64, qsizetype> m_treeIndex; // id -> position in m_tree
    mutable QHash<qint64, QList<qsizetype>> m_children; // parent id -> positions, oldest first
    mutable bool m_indexed = false;
    ConversationStore *m_store = nullptr;
    qint64 m_conversationId = 0;
    QTimer m_persist;
    bool m_persistDirty = false; // the reply's text grew since it was last written
    QPointer<ChatStream> m_stream;
    bool m_textDirty = false; // the reply's text grew since the last messageChanged()
    QTimer m_coalesce;
    qint64 m_nextId = 1;
    QSet<qint64> m_unsaved;   // replies kept in memory only because their final save failed
    qint64 m_loadingId = 0;   // the conversation openConversationInBackground() is reading
    int m_loadGeneration = 0; // a load whose generation is older is dropped
    bool m_held = false;      // a CompareSession is running replies for this conversation
};
