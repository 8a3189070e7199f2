#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "fakeserver.h"
#include "models/modelcatalog.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// ChatSession against the real local fake server: the messages it builds from a stream.
class TestChatSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fullReply();
    void stopMidStreamKeepsPartial();
    void failureKeepsPartial();
    void retryAfterFailureSucceeds();
    void rateLimitedWaitIsAnnounced();
    void regenerateReplacesReply();
    void coalescesTextUpdates();
    void requestHasSystemPromptAndParameters();
    void unsetParametersAreNotSent();
    void costEstimatedWithoutServerCost();
    void noKeyFailsAtOnce();
    void clearWhileStreaming();
    void sendRefusedWhenBusyOrEmpty();
    void storeRoundTrip();
    void streamingReplyIsFlushed();
    void stopIsPersisted();
    void regenerateMakesSibling();
    void editAndResendBranches();
    void branchPathIsRequest();
    void newConversationStartsEmpty();
    void storeSetLaterKeepsConversation();

private:
    Endpoint deepInfraEndpoint() const;
    QJsonObject lastRequestBody() const;
    bool waitForReply(ChatSession &session);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

Endpoint TestChatSession::deepInfraEndpoint() const
{
    Endpoint endpoint;
    endpoint.name = u"Fake"_s;
    endpoint.baseUrl = QUrl(m_server->baseUrl() + u"/v1/openai"_s);
    return endpoint;
}

QJsonObject TestChatSession::lastRequestBody() const
{
    if (m_server->requests().isEmpty())
        return {};
    return QJsonDocument::fromJson(m_server->requests().last().body).object();
}

bool TestChatSession::waitForReply(ChatSession &session)
{
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    return finished.wait(10000);
}

void TestChatSession::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestChatSession::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    m_client->setEndpoint(deepInfraEndpoint());
    m_client->setApiKey(u"test-key"_s);
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.stallTimeoutMs = 5000;
    m_client->setPolicy(policy);
}

void TestChatSession::rateLimitedWaitIsAnnounced()
{
    m_server->enqueueFault(u"status=429,retry-after=1"_s);
    m_server->enqueueFault(QString()); // then a normal reply
    ChatSession session(m_client.get());
    session.setModel(u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QSignalSpy retrying(&session, &ChatSession::replyRetrying);
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    QVERIFY(session.send(u"hi"_s));
    QVERIFY(retrying.wait(5000));
    QCOMPARE(retrying.first().at(1).toInt(), 1);    // the first retry
    QCOMPARE(retrying.first().at(2).toInt(), 1000); // Retry-After: 1
    QCOMPARE(retrying.first().at(3).value<ApiError>().kind, ApiError::Kind::RateLimited);
    const Message waiting = session.messages().last();
    QCOMPARE(waiting.state, Message::State::Streaming);
    QCOMPARE(waiting.retryDelayMs, 1000);
    QCOMPARE(waiting.retryReason, ApiError::Kind::RateLimited);

    QVERIFY(finished.wait(10000));
    QCOMPARE(session.messages().last().content, u"Hello! You said: hi"_s);
    QCOMPARE(session.messages().last().retryDelayMs, -1);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestChatSession::fullReply()
{
    ChatSession session(m_client.get());
    session.setModel(u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QSignalSpy added(&session, &ChatSession::messageAdded);
    QSignalSpy busy(&session, &ChatSession::busyChanged);
    QSignalSpy failed(&session, &ChatSession::replyFailed);

    QVERIFY(session.send(u"hi"_s));
    QVERIFY(session.isBusy());
    QCOMPARE(added.size(), 2);
    QCOMPARE(session.messages().size(), 2);
    QCOMPARE(session.messages().at(1).state, Message::State::Streaming);
    QVERIFY(waitForReply(session));

    QVERIFY(!session.isBusy());
    QCOMPARE(busy.size(), 2);
    QCOMPARE(busy.at(0).first().toBool(), true);
    QCOMPARE(busy.at(1).first().toBool(), false);
    QCOMPARE(failed.size(), 0);

    const Message &user = session.messages().at(0);
    const Message &reply = session.messages().at(1);
    QCOMPARE(user.role, Message::Role::User);
    QCOMPARE(user.content, u"hi"_s);
    QCOMPARE(reply.role, Message::Role::Assistant);
    QCOMPARE(reply.content, u"Hello! You said: hi"_s);
    QCOMPARE(reply.state, Message::State::Complete);
    QCOMPARE(reply.finishReason, FinishReason::Stop);
    QCOMPARE(reply.model, u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QCOMPARE(reply.parentId, user.id);
    QVERIFY(reply.usage.promptTokens > 0);
    QVERIFY(reply.usage.completionTokens > 0);
    QVERIFY(reply.cost.has_value());
    QCOMPARE(*reply.cost, *reply.usage.estimatedCost);
    QVERIFY(!reply.costEstimated);
    QVERIFY(!reply.error.isError());
}

void TestChatSession::stopMidStreamKeepsPartial()
{
    m_server->setReplyText(u"This reply drips in slowly, three characters at a time, and the "
                           "user stops it long before the end."_s);
    m_server->enqueueFault(u"drip=30"_s);
    ChatSession session(m_client.get());
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    QVERIFY(session.send(u"tell me"_s));
    QTRY_VERIFY_WITH_TIMEOUT(session.messages().at(1).content.size() >= 6, 10000);

    session.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!session.isBusy());
    const Message &reply = session.messages().at(1);
    QCOMPARE(reply.state, Message::State::Stopped);
    QCOMPARE(reply.finishReason, FinishReason::Cancelled);
    QVERIFY(reply.content.size() >= 6);
    QVERIFY(reply.content.size() < 60);
    QVERIFY(u"This reply drips in slowly"_s.startsWith(reply.content.left(20)));
    QVERIFY(!reply.error.isError());

    // Nothing more arrives after the stop.
    const QString kept = reply.content;
    QSignalSpy changed(&session, &ChatSession::messageChanged);
    QVERIFY(!changed.wait(200));
    QCOMPARE(session.messages().at(1).content, kept);
}

void TestChatSession::failureKeepsPartial()
{
    m_server->enqueueFault(u"cut=3"_s);
    ChatSession session(m_client.get());
    QSignalSpy failed(&session, &ChatSession::replyFailed);
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    QVERIFY(session.send(u"hi"_s));
    QVERIFY(failed.wait(10000));
    QCOMPARE(finished.size(), 1);
    QCOMPARE(failed.first().at(0).toInt(), 1);
    QVERIFY(failed.first().at(1).value<ApiError>().isError());

    const Message &reply = session.messages().at(1);
    QCOMPARE(reply.state, Message::State::Failed);
    QCOMPARE(reply.content, u"Hello! Yo"_s); // three chunks of three characters
    QCOMPARE(reply.error.kind, ApiError::Kind::Network);
    QVERIFY(!session.isBusy());
}

void TestChatSession::retryAfterFailureSucceeds()
{
    m_server->enqueueFault(u"cut=2"_s);
    ChatSession session(m_client.get());
    QVERIFY(session.send(u"again"_s));
    QVERIFY(waitForReply(session));
    QCOMPARE(session.messages().at(1).state, Message::State::Failed);

    QSignalSpy reset(&session, &ChatSession::messagesReset);
    QVERIFY(session.retry());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(session.messages().size(), 2);
    QVERIFY(waitForReply(session));
    const Message &reply = session.messages().at(1);
    QCOMPARE(reply.state, Message::State::Complete);
    QCOMPARE(reply.content, u"Hello! You said: again"_s);
    QVERIFY(!reply.error.isError());

    // The failed partial reply was not sent back to the model.
    const QJsonArray messages = lastRequestBody().value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 1);
    QCOMPARE(messages.at(0).toObject().value("content"_L1).toString(), u"again"_s);
}

void TestChatSession::regenerateReplacesReply()
{
    ChatSession session(m_client.get());
    QVERIFY(!session.regenerate()); // nothing to regenerate yet
    QVERIFY(session.send(u"one"_s));
    QVERIFY(waitForReply(session));
    const qint64 firstId = session.messages().at(1).id;
    m_server->setReplyText(u"A different answer."_s);
    QVERIFY(session.regenerate());
    QVERIFY(waitForReply(session));
    QCOMPARE(session.messages().size(), 2);
    QCOMPARE(session.messages().at(1).content, u"A different answer."_s);
    QVERIFY(session.messages().at(1).id != firstId);
    QCOMPARE(m_server->requestCount(), 2);
}

void TestChatSession::coalescesTextUpdates()
{
    const QString text = QString(u"abcdefghij"_s).repeated(20);
    m_server->setReplyText(text);
    m_server->setChunkSize(1);
    m_server->enqueueFault(u"drip=3"_s);
    ChatSession session(m_client.get());
    QSignalSpy changed(&session, &ChatSession::messageChanged);
    QVERIFY(session.send(u"go"_s));
    auto *stream = session.findChild<ChatStream *>();
    QVERIFY(stream);
    QSignalSpy deltas(stream, &ChatStream::delta);
    QVERIFY(waitForReply(session));

    QCOMPARE(session.messages().at(1).content, text);
    QVERIFY2(deltas.size() >= 150, qPrintable(QString::number(deltas.size())));
    // Several updates while streaming, but far fewer than one per token.
    QVERIFY2(changed.size() >= 3, qPrintable(QString::number(changed.size())));
    QVERIFY2(changed.size() * 4 < deltas.size(),
             qPrintable(u"%1 changes for %2 deltas"_s.arg(changed.size()).arg(deltas.size())));
    for (const QList<QVariant> &args : std::as_const(changed))
        QCOMPARE(args.first().toInt(), 1);
}

void TestChatSession::requestHasSystemPromptAndParameters()
{
    ChatSession session(m_client.get());
    session.setModel(u"deepinfra/mistralai/Mistral-7B-Instruct-v0.1"_s);
    session.setSystemPrompt(u"Be terse."_s);
    ChatSession::Parameters parameters;
    parameters.temperature = 0.3;
    parameters.maxTokens = 50;
    session.setParameters(parameters);

    QVERIFY(session.send(u"q1"_s));
    QVERIFY(waitForReply(session));
    QVERIFY(session.send(u"q2"_s));
    QVERIFY(waitForReply(session));

    const QJsonObject body = lastRequestBody();
    QCOMPARE(body.value("model"_L1).toString(), u"mistralai/Mistral-7B-Instruct-v0.1"_s);
    QCOMPARE(body.value("stream"_L1).toBool(), true);
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.3);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 50);
    QVERIFY(!body.contains("top_p"_L1));
    const QJsonArray messages = body.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 4);
    const auto at = [&messages](int i, const char *field) {
        return messages.at(i).toObject().value(QLatin1String(field)).toString();
    };
    QCOMPARE(at(0, "role"), u"system"_s);
    QCOMPARE(at(0, "content"), u"Be terse."_s);
    QCOMPARE(at(1, "role"), u"user"_s);
    QCOMPARE(at(1, "content"), u"q1"_s);
    QCOMPARE(at(2, "role"), u"assistant"_s);
    QCOMPARE(at(2, "content"), u"Hello! You said: q1"_s);
    QCOMPARE(at(3, "content"), u"q2"_s);

    // The reply remembers the settings it was made with.
    const QJsonObject used = session.messages().last().parameters;
    QCOMPARE(used.value("temperature"_L1).toDouble(), 0.3);
    QCOMPARE(used.value("max_tokens"_L1).toInt(), 50);
    QVERIFY(!used.contains("top_p"_L1));
}

void TestChatSession::unsetParametersAreNotSent()
{
    ChatSession session(m_client.get());
    ChatRequest request = session.buildRequest();
    QCOMPARE(request.model, ModelCatalog::defaultChatModel());
    QVERIFY(request.messages.isEmpty());
    QVERIFY(!request.temperature && !request.maxTokens && !request.topP);

    ChatSession::Parameters parameters;
    parameters.topP = 0.9;
    parameters.temperature = -1; // the UI's "unset"
    parameters.maxTokens = 0;
    session.setParameters(parameters);
    session.setSystemPrompt(u"   "_s);
    session.setStreaming(false);
    request = session.buildRequest();
    QVERIFY(request.messages.isEmpty());
    QVERIFY(!request.temperature);
    QVERIFY(!request.maxTokens);
    QCOMPARE(request.topP, std::optional<double>(0.9));
    QVERIFY(!request.stream);
}

void TestChatSession::costEstimatedWithoutServerCost()
{
    // A LiteLLM proxy reports usage without estimated_cost: the catalog's prices fill in.
    Endpoint proxy;
    proxy.name = u"Proxy"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(m_server->baseUrl() + u"/v1"_s);
    m_client->setEndpoint(proxy);

    ModelCatalog catalog;
    catalog.mergeLive(parseOpenAiModelList(
        QJsonDocument::fromJson(
            R"({"data":[{"id":"meta-llama/Meta-Llama-3-8B-Instruct","metadata":{"pricing":{"input_tokens":0.5,"output_tokens":2}}}]})")
            .object()));
    ChatSession session(m_client.get());
    session.setCatalog(&catalog);
    QVERIFY(session.send(u"price me"_s));
    QVERIFY(waitForReply(session));

    const Message &reply = session.messages().at(1);
    QCOMPARE(reply.state, Message::State::Complete);
    QVERIFY(reply.usage.totalTokens > 0);
    QVERIFY(!reply.usage.estimatedCost);
    QVERIFY(reply.cost.has_value());
    QVERIFY(reply.costEstimated);
    const double expected
        = (reply.usage.promptTokens * 0.5 + reply.usage.completionTokens * 2.0) / 1e6;
    QVERIFY(qAbs(*reply.cost - expected) < 1e-12);

    // Without prices there is no cost rather than a wrong one.
    ChatSession unpriced(m_client.get());
    unpriced.setModel(u"org/unknown-model"_s);
    unpriced.setCatalog(&catalog);
    QVERIFY(unpriced.send(u"price me"_s));
    QVERIFY(waitForReply(unpriced));
    QVERIFY(!unpriced.messages().at(1).cost);
    QVERIFY(!unpriced.messages().at(1).costEstimated);
}

void TestChatSession::noKeyFailsAtOnce()
{
    m_client->setApiKey({});
    ChatSession session(m_client.get());
    QSignalSpy failed(&session, &ChatSession::replyFailed);
    QVERIFY(session.send(u"hi"_s));
    QVERIFY(failed.wait(5000));
    QCOMPARE(session.messages().at(1).state, Message::State::Failed);
    QCOMPARE(session.messages().at(1).error.kind, ApiError::Kind::NoKey);
    QVERIFY(session.messages().at(1).content.isEmpty());
    QCOMPARE(m_server->requestCount(), 0);
}

void TestChatSession::clearWhileStreaming()
{
    m_server->enqueueFault(u"drip=30"_s);
    ChatSession session(m_client.get());
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    QSignalSpy busy(&session, &ChatSession::busyChanged);
    QVERIFY(session.send(u"hello there"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!session.messages().at(1).content.isEmpty(), 10000);
    session.clear();
    QVERIFY(session.messages().isEmpty());
    QVERIFY(!session.isBusy());
    QCOMPARE(busy.size(), 2);
    QVERIFY(!finished.wait(200));
    QVERIFY(session.messages().isEmpty());

    // The session is usable again.
    QVERIFY(session.send(u"fresh"_s));
    QVERIFY(waitForReply(session));
    QCOMPARE(session.messages().size(), 2);
    QCOMPARE(session.messages().at(0).parentId, 0);
}

void TestChatSession::sendRefusedWhenBusyOrEmpty()
{
    m_server->enqueueFault(u"drip=20"_s);
    ChatSession session(m_client.get());
    QVERIFY(!session.send(u"  \n"_s));
    QVERIFY(session.messages().isEmpty());
    QVERIFY(session.send(u"first"_s));
    QVERIFY(!session.send(u"second"_s));
    QVERIFY(!session.regenerate());
    QCOMPARE(session.messages().size(), 2);
    session.stop();
    QVERIFY(!session.isBusy());
    QVERIFY(session.send(u"second"_s));
    QCOMPARE(session.messages().size(), 4);
    QVERIFY(waitForReply(session));
}

void TestChatSession::storeRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sift.db"_s);
    QList<Message> sent;
    qint64 conversation = 0;
    {
        Database db;
        QVERIFY(db.open(path).ok());
        ConversationStore store(&db);
        ChatSession session(m_client.get());
        session.setStore(&store);
        QSignalSpy changed(&session, &ChatSession::conversationChanged);
        QVERIFY(session.send(u"first question\nwith a second line"_s));
        QCOMPARE(changed.size(), 1);
        conversation = session.conversationId();
        QVERIFY(conversation > 0);
        QVERIFY(waitForReply(session));
        QVERIFY(session.send(u"second"_s));
        QVERIFY(waitForReply(session));
        sent = session.messages();
        QCOMPARE(sent.size(), 4);
        const QList<ConversationSummary> list = store.listConversations();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().title, u"first question"_s);
    }
    Database db;
    QVERIFY(db.open(path).ok());
    ConversationStore store(&db);
    ChatSession session(m_client.get());
    session.setStore(&store);
    QSignalSpy reset(&session, &ChatSession::messagesReset);
    QVERIFY(session.openConversation(conversation));
    QVERIFY(reset.size() >= 1);
    QCOMPARE(session.conversationId(), conversation);
    QCOMPARE(session.messages().size(), sent.size());
    for (int i = 0; i < sent.size(); ++i) {
        const Message &a = sent.at(i);
        const Message &b = session.messages().at(i);
        QCOMPARE(b.id, a.id);
        QCOMPARE(b.parentId, a.parentId);
        QCOMPARE(b.role, a.role);
        QCOMPARE(b.content, a.content);
        QCOMPARE(b.state, a.state);
        QCOMPARE(b.model, a.model);
        QCOMPARE(b.usage.totalTokens, a.usage.totalTokens);
        QCOMPARE(b.cost.has_value(), a.cost.has_value());
    }
    QVERIFY(!session.openConversation(conversation + 100));
    // Continuing a reopened conversation appends to it.
    QVERIFY(session.send(u"third"_s));
    QVERIFY(waitForReply(session));
    QCOMPARE(store.loadConversation(conversation)->messages.size(), 6);
    QCOMPARE(lastRequestBody().value(u"messages"_s).toArray().size(), 5);
}

void TestChatSession::streamingReplyIsFlushed()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    m_server->setReplyText(QString(u"word "_s).repeated(60));
    m_server->setChunkSize(5);
    m_server->enqueueFault(u"drip=40"_s);
    ChatSession session(m_client.get());
    session.setStore(&store);
    QSignalSpy persisted(&session, &ChatSession::replyPersisted);
    QVERIFY(session.send(u"go"_s));
    const qint64 replyId = session.messages().at(1).id;
    QCOMPARE(store.message(replyId)->state, Message::State::Streaming);
    // Mid-stream, the row holds a recent prefix of the reply.
    QVERIFY(persisted.wait(3000));
    QVERIFY(session.isBusy());
    const QString stored = store.message(replyId)->content;
    QVERIFY(!stored.isEmpty());
    QVERIFY(session.messages().at(1).content.startsWith(stored));
    QCOMPARE(store.message(replyId)->state, Message::State::Streaming);
    QVERIFY(waitForReply(session));
    const Message done = *store.message(replyId);
    QCOMPARE(done.state, Message::State::Complete);
    QCOMPARE(done.content, session.messages().at(1).content);
    QVERIFY(done.usage.totalTokens > 0);
    QVERIFY(done.cost.has_value());
}

void TestChatSession::stopIsPersisted()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    m_server->setReplyText(QString(u"slow "_s).repeated(60));
    m_server->enqueueFault(u"drip=30"_s);
    ChatSession session(m_client.get());
    session.setStore(&store);
    QVERIFY(session.send(u"go"_s));
    QTRY_VERIFY_WITH_TIMEOUT(session.messages().at(1).content.size() >= 6, 10000);
    session.stop();
    const Message stored = *store.message(session.messages().at(1).id);
    QCOMPARE(stored.state, Message::State::Stopped);
    QCOMPARE(stored.content, session.messages().at(1).content);
}

void TestChatSession::regenerateMakesSibling()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    ChatSession session(m_client.get());
    session.setStore(&store);
    QVERIFY(session.send(u"one"_s));
    QVERIFY(waitForReply(session));
    const Message first = session.messages().at(1);
    QCOMPARE(session.branchCount(1), 1);
    m_server->setReplyText(u"Second answer."_s);
    QVERIFY(session.regenerate());
    QVERIFY(waitForReply(session));
    QCOMPARE(session.messages().size(), 2);
    QCOMPARE(session.messages().at(1).content, u"Second answer."_s);
    QCOMPARE(session.branchCount(1), 2);
    QCOMPARE(session.branchIndex(1), 1);
    QCOMPARE(store.siblings(first.id).size(), 2);

    QVERIFY(!session.switchBranch(1, 1)); // already the last
    QSignalSpy reset(&session, &ChatSession::messagesReset);
    QVERIFY(session.switchBranch(1, -1));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(session.messages().at(1).id, first.id);
    QCOMPARE(session.messages().at(1).content, first.content);
    QCOMPARE(session.branchIndex(1), 0);
    QVERIFY(session.switchBranch(1, 1));
    QCOMPARE(session.messages().at(1).content, u"Second answer."_s);
}

void TestChatSession::editAndResendBranches()
{
    ChatSession session(m_client.get()); // branching works without a store too
    QVERIFY(session.send(u"alpha"_s));
    QVERIFY(waitForReply(session));
    QVERIFY(session.send(u"beta"_s));
    QVERIFY(waitForReply(session));
    QCOMPARE(session.messages().size(), 4);
    QVERIFY(!session.editAndResend(1, u"not a user message"_s));
    QVERIFY(!session.editAndResend(0, u"  "_s));

    QVERIFY(session.editAndResend(0, u"gamma"_s));
    QVERIFY(waitForReply(session));
    QCOMPARE(session.messages().size(), 2);
    QCOMPARE(session.messages().at(0).content, u"gamma"_s);
    QCOMPARE(session.messages().at(1).content, u"Hello! You said: gamma"_s);
    QCOMPARE(session.branchCount(0), 2);
    QCOMPARE(session.branchIndex(0), 1);

    // Back on the first branch, the whole older path comes back, down to its newest leaf.
    QVERIFY(session.switchBranch(0, -1));
    QCOMPARE(session.messages().size(), 4);
    QCOMPARE(session.messages().at(0).content, u"alpha"_s);
    QCOMPARE(session.messages().at(2).content, u"beta"_s);
    QCOMPARE(session.messages().at(3).content, u"Hello! You said: beta"_s);
}

void TestChatSession::branchPathIsRequest()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    ChatSession session(m_client.get());
    session.setStore(&store);
    QVERIFY(session.send(u"alpha"_s));
    QVERIFY(waitForReply(session));
    QVERIFY(session.send(u"beta"_s));
    QVERIFY(waitForReply(session));
    QVERIFY(session.editAndResend(2, u"delta"_s));
    QVERIFY(waitForReply(session));
    QVERIFY(session.switchBranch(2, -1));
    QVERIFY(session.send(u"epsilon"_s));
    QVERIFY(waitForReply(session));

    // The request holds the selected path only: alpha, reply, beta, reply, epsilon.
    const QJsonArray messages = lastRequestBody().value(u"messages"_s).toArray();
    QStringList contents;
    for (const QJsonValue &message : messages)
        contents << message.toObject().value(u"content"_s).toString();
    QCOMPARE(contents,
             QStringList({ u"alpha"_s, u"Hello! You said: alpha"_s, u"beta"_s,
                           u"Hello! You said: beta"_s, u"epsilon"_s }));
    QVERIFY(!contents.contains(u"delta"_s));
    // Stored, the same path is what the conversation reopens on.
    QCOMPARE(store.pathToLeaf(session.messages().last().id).size(), 6);
    ChatSession reopened(m_client.get());
    reopened.setStore(&store);
    QVERIFY(reopened.openConversation(session.conversationId()));
    QCOMPARE(reopened.messages().size(), 6);
    QCOMPARE(reopened.messages().at(4).content, u"epsilon"_s);
    QCOMPARE(reopened.branchCount(2), 2);
    QCOMPARE(reopened.branchIndex(2), 0);
}

void TestChatSession::newConversationStartsEmpty()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    ChatSession session(m_client.get());
    session.setStore(&store);
    QVERIFY(session.send(u"one"_s));
    QVERIFY(waitForReply(session));
    const qint64 first = session.conversationId();
    QSignalSpy changed(&session, &ChatSession::conversationChanged);
    session.newConversation();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toLongLong(), 0);
    QVERIFY(session.messages().isEmpty());
    QCOMPARE(session.conversationId(), 0);
    QCOMPARE(store.listConversations().size(), 1); // nothing saved until the first message
    QVERIFY(session.send(u"two"_s));
    QVERIFY(waitForReply(session));
    QVERIFY(session.conversationId() != first);
    QCOMPARE(store.listConversations().size(), 2);
}

void TestChatSession::storeSetLaterKeepsConversation()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    ChatSession session(m_client.get());
    QVERIFY(session.send(u"before the history opened"_s));
    QVERIFY(waitForReply(session));
    QSignalSpy changed(&session, &ChatSession::conversationChanged);
    session.setStore(&store);
    QCOMPARE(changed.size(), 1);
    QVERIFY(session.conversationId() > 0);
    QCOMPARE(session.messages().size(), 2);
    QVERIFY(session.send(u"after"_s));
    QVERIFY(waitForReply(session));
    QCOMPARE(lastRequestBody().value(u"messages"_s).toArray().size(), 3);
    const QList<Message> stored = store.pathToLeaf(session.messages().last().id);
    QCOMPARE(stored.size(), 4);
    QCOMPARE(stored.first().content, u"before the history opened"_s);
    QCOMPARE(stored.at(1).parentId, stored.at(0).id);
    QCOMPARE(stored.at(3).content, session.messages().at(3).content);
}

QTEST_GUILESS_MAIN(TestChatSession)
#include "tst_chatsession.moc"
