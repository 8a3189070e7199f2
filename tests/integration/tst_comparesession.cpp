#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chat/replymetrics.h"
#include "fakeserver.h"
#include "models/modelcatalog.h"
#include "store/conversationarchive.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/votestore.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString ModelA = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
const QString ModelB = u"meta-llama/Meta-Llama-3-70B-Instruct"_s;
const QString ModelC = u"mistralai/Mistral-7B-Instruct-v0.1"_s;

} // namespace

// CompareSession against the real local fake server and a real SQLite file: one prompt to
// several models at once, stored as sibling replies.
class TestCompareSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void repliesStreamConcurrently();
    void oneFailingLeavesOthers();
    void stopStopsAll();
    void stopColumnLeavesOthers();
    void modelsDifferInTheDemo();
    void keepMakesBranch();
    void storedAndArchived();
    void modelsAreCapped();
    void shuffledOrderForBlindMode();
    void votesAndLeaderboard();
    void voteRejectsNonsense();
    void sameRequestAsSingleReply();

private:
    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestCompareSession::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestCompareSession::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    Endpoint endpoint;
    endpoint.name = u"Fake"_s;
    endpoint.baseUrl = QUrl(m_server->baseUrl() + u"/v1/openai"_s);
    m_client->setEndpoint(endpoint);
    m_client->setApiKey(u"test-key"_s);
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.maxRetries = 0;
    policy.stallTimeoutMs = 5000;
    m_client->setPolicy(policy);
}

void TestCompareSession::repliesStreamConcurrently()
{
    // Slow streams: if the replies went one after another, the first would be complete before
    // the second got any text.
    m_server->setDefaultFault(u"drip=20"_s);
    ModelCatalog catalog;
    ChatSession session(m_client.get());
    session.setCatalog(&catalog);
    CompareSession compare(&session);
    compare.setModels({ ModelA, ModelB, ModelC });
    QSignalSpy finished(&compare, &CompareSession::finished);
    QSignalSpy busy(&session, &ChatSession::busyChanged);
    QVERIFY(compare.send(u"hello there"_s));
    QVERIFY(session.isBusy());
    QVERIFY(!session.send(u"not now"_s));
    QCOMPARE(compare.columnCount(), 3);
    // Every column has text while every column is still streaming.
    QTRY_VERIFY_WITH_TIMEOUT(
        [&] {
            for (int i = 0; i < 3; ++i) {
                if (compare.reply(i).content.isEmpty()
                    || compare.reply(i).state != Message::State::Streaming)
                    return false;
            }
            return true;
        }(),
        10000);
    QVERIFY(finished.wait(20000));
    QVERIFY(!compare.isBusy());
    QVERIFY(!session.isBusy());
    for (int i = 0; i < 3; ++i) {
        const Message &reply = compare.reply(i);
        QCOMPARE(reply.state, Message::State::Complete);
        QCOMPARE(reply.content, u"Hello! You said: hello there"_s);
        QVERIFY(reply.ttftMs >= 0);
        QVERIFY(reply.durationMs >= reply.ttftMs);
        QVERIFY(ReplyMetrics::tokensPerSecond(reply).has_value());
        QVERIFY(reply.usage.completionTokens > 0);
        QVERIFY(reply.cost.has_value());
    }
    QCOMPARE(compare.reply(1).model, ModelB);
    // Each request named its own model and carried the same prompt.
    QStringList asked;
    for (const FakeServer::Request &request : m_server->requests()) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        asked << body.value(u"model"_s).toString();
    }
    asked.sort();
    QStringList expected{ ModelA, ModelB, ModelC };
    expected.sort();
    QCOMPARE(asked, expected);
    // The shown path: the prompt and the first model's reply, with two siblings.
    QCOMPARE(session.messages().size(), 2);
    QCOMPARE(session.messages().last().model, ModelA);
    QCOMPARE(session.branchCount(1), 3);
    QCOMPARE(session.messages().last().content, compare.reply(0).content);
}

void TestCompareSession::oneFailingLeavesOthers()
{
    ChatSession session(m_client.get());
    CompareSession compare(&session);
    // The fake server fails a request whose model id ends in "@<fault>".
    compare.setModels({ ModelA, ModelB + u"@status=500"_s, ModelC + u"@cut=2"_s });
    QSignalSpy failed(&compare, &CompareSession::columnFailed);
    QSignalSpy finished(&compare, &CompareSession::finished);
    QVERIFY(compare.send(u"hi"_s));
    QVERIFY(finished.wait(20000));
    QCOMPARE(compare.reply(0).state, Message::State::Complete);
    QCOMPARE(compare.reply(0).content, u"Hello! You said: hi"_s);
    QCOMPARE(compare.reply(1).state, Message::State::Failed);
    QCOMPARE(compare.reply(1).error.httpStatus, 500);
    QCOMPARE(compare.reply(2).state, Message::State::Failed);
    QVERIFY(!compare.reply(2).content.isEmpty()); // the text before the cut is kept
    QCOMPARE(failed.size(), 2);
    QVERIFY(!session.isBusy());
}

void TestCompareSession::stopStopsAll()
{
    m_server->setDefaultFault(u"drip=50"_s);
    ChatSession session(m_client.get());
    CompareSession compare(&session);
    compare.setModels({ ModelA, ModelB });
    QSignalSpy finished(&compare, &CompareSession::finished);
    QVERIFY(compare.send(u"a long question"_s));
    QTRY_VERIFY_WITH_TIMEOUT(
        !compare.reply(0).content.isEmpty() && !compare.reply(1).content.isEmpty(), 10000);
    compare.stop();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!compare.isBusy());
    QVERIFY(!session.isBusy());
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(compare.reply(i).state, Message::State::Stopped);
        QVERIFY(!compare.reply(i).content.isEmpty());
    }
    QCOMPARE(session.messages().last().state, Message::State::Stopped);
}

void TestCompareSession::stopColumnLeavesOthers()
{
    m_server->setDefaultFault(u"drip=20"_s);
    m_server->setReplyText(u"word "_s.repeated(60));
    ChatSession session(m_client.get());
    CompareSession compare(&session);
    compare.setModels({ ModelA, ModelB });
    QSignalSpy finished(&compare, &CompareSession::finished);
    QVERIFY(compare.send(u"a long question"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!compare.reply(0).content.isEmpty(), 10000);
    compare.stopColumn(0);
    QCOMPARE(compare.reply(0).state, Message::State::Stopped);
    QVERIFY(compare.isBusy());
    QCOMPARE(finished.size(), 0);
    compare.stopColumn(0); // already ended: nothing happens
    compare.stopColumn(7); // out of range: nothing happens
    QVERIFY(finished.wait(20000));
    QCOMPARE(compare.reply(1).state, Message::State::Complete);
    QCOMPARE(compare.reply(1).content, u"word "_s.repeated(60));
    QVERIFY(!session.isBusy());
}

// The demo server (sift-fakeserver --model-reply) gives each model its own text, speed and
// price, so a comparison shows what it is for: the figures differ.
void TestCompareSession::modelsDifferInTheDemo()
{
    m_server->setModelReply(ModelA, FakeModelReply{ u"short and fast "_s.repeated(8), 0, 2, 6e-8 });
    m_server->setModelReply(ModelB,
                            FakeModelReply{ u"long and slow "_s.repeated(12), 150, 12, 4e-7 });
    ChatSession session(m_client.get());
    CompareSession compare(&session);
    compare.setModels({ ModelA, ModelB });
    QSignalSpy finished(&compare, &CompareSession::finished);
    QVERIFY(compare.send(u"which?"_s));
    QVERIFY(finished.wait(20000));
    const Message &a = compare.reply(0);
    const Message &b = compare.reply(1);
    QCOMPARE(a.content, u"short and fast "_s.repeated(8));
    QCOMPARE(b.content, u"long and slow "_s.repeated(12));
    QVERIFY2(b.ttftMs >= 150, qPrintable(QString::number(b.ttftMs)));
    QVERIFY(a.cost && b.cost);
    QVERIFY2(*b.cost > 4 * *a.cost, qPrintable(u"%1 vs %2"_s.arg(*b.cost).arg(*a.cost)));
}

void TestCompareSession::keepMakesBranch()
{
    ChatSession session(m_client.get());
    session.setModel(ModelA);
    m_server->setReplyText(QString());
    CompareSession compare(&session);
    compare.setModels({ ModelA, ModelB });
    QSignalSpy finished(&compare, &CompareSession::finished);
    QVERIFY(compare.send(u"first"_s));
    QVERIFY(finished.wait(20000));
    const qint64 keptId = compare.reply(1).id;
    QVERIFY(compare.keep(1));
    QCOMPARE(session.messages().last().id, keptId);
    QCOMPARE(session.messages().last().model, ModelB);
    QCOMPARE(session.model(), ModelB);
    QCOMPARE(session.branchCount(1), 2);
    QCOMPARE(session.branchIndex(1), 1);

    // The conversation goes on from the kept reply, with its model.
    QSignalSpy replied(&session, &ChatSession::replyFinished);
    QVERIFY(session.send(u"second"_s));
    QVERIFY(replied.wait(10000));
    QCOMPARE(session.messages().size(), 4);
    QCOMPARE(session.messages().at(1).id, keptId);
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().last().body).object();
    QCOMPARE(body.value(u"model"_s).toString(), ModelB);
    // The other reply is still a sibling one step back.
    QVERIFY(session.switchBranch(1, -1));
    QCOMPARE(session.messages().at(1).model, ModelA);
}

void TestCompareSession::storedAndArchived()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sift.db"_s);
    qint64 conversation = 0;
    QList<Message> replies;
    {
        Database db;
        QVERIFY(db.open(path).ok());
        ConversationStore store(&db);
        ModelCatalog catalog;
        ChatSession session(m_client.get());
        session.setCatalog(&catalog);
        session.setStore(&store);
        CompareSession compare(&session);
        compare.setModels({ ModelA, ModelB + u"@status=503"_s, ModelC });
        QSignalSpy finished(&compare, &CompareSession::finished);
        QVERIFY(compare.send(u"stored question"_s));
        QVERIFY(finished.wait(20000));
        conversation = session.conversationId();
        QVERIFY(conversation > 0);
        for (int i = 0; i < compare.columnCount(); ++i)
            replies << compare.reply(i);
    }
    Database db;
    QVERIFY(db.open(path).ok());
    ConversationStore store(&db);
    const std::optional<ConversationRecord> record = store.loadConversation(conversation);
    QVERIFY(record);
    QCOMPARE(record->messages.size(), 4); // the prompt and three replies
    const auto check = [&](const QList<Message> &messages) {
        for (const Message &sent : std::as_const(replies)) {
            const auto it = std::find_if(messages.cbegin(), messages.cend(), [&](const Message &m) {
                return m.isAssistant() && m.model == sent.model;
            });
            QVERIFY2(it != messages.cend(), qPrintable(sent.model));
            QCOMPARE(it->parentId, messages.first().id);
            QCOMPARE(it->content, sent.content);
            QCOMPARE(it->state, sent.state);
            QCOMPARE(it->ttftMs, sent.ttftMs);
            QCOMPARE(it->durationMs, sent.durationMs);
            QCOMPARE(it->usage.completionTokens, sent.usage.completionTokens);
            QCOMPARE(it->cost.has_value(), sent.cost.has_value());
            QCOMPARE(it->error.httpStatus, sent.error.httpStatus);
        }
    };
    check(record->messages);
    QVERIFY(replies.at(0).ttftMs >= 0);

    // Export and import keep the siblings with their timing.
    const QByteArray json = ConversationArchive::toJsonDocument(*record);
    QVERIFY(json.contains("\"ttft_ms\""));
    QString error;
    const QList<ConversationRecord> parsed = ConversationArchive::parse(json, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const ConversationArchive::ImportResult imported = ConversationArchive::import(store, parsed);
    QVERIFY2(imported.ok, qPrintable(imported.error));
    const std::optional<ConversationRecord> copy
        = store.loadConversation(imported.conversationIds.value(0));
    QVERIFY(copy);
    QCOMPARE(copy->messages.size(), 4);
    check(copy->messages);
}

void TestCompareSession::modelsAreCapped()
{
    ChatSession session(m_client.get());
    CompareSession compare(&session);
    compare.setModels({ ModelA, u" "_s, ModelA, ModelB, ModelC, u"d"_s, u"e"_s });
    QCOMPARE(compare.models(), (QStringList{ ModelA, ModelB, ModelC, u"d"_s }));
    QVERIFY(!compare.send(u"  "_s));
    compare.setModels({});
    QVERIFY(!compare.send(u"hi"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCompareSession::shuffledOrderForBlindMode()
{
    ChatSession session(m_client.get());
    CompareSession compare(&session);
    const QStringList models{ ModelA, ModelB, ModelC };
    compare.setModels(models);
    QSignalSpy finished(&compare, &CompareSession::finished);
    const auto order = [&] {
        QStringList asked;
        for (int i = 0; i < compare.columnCount(); ++i)
            asked << compare.reply(i).model;
        return asked;
    };
    QVERIFY(compare.send(u"plain"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(order(), models); // not blind: the order given

    compare.setShuffle(true);
    bool moved = false;
    // Ten sends all in the given order: (1/6)^10 by chance.
    for (int round = 0; round < 10 && !moved; ++round) {
        QVERIFY(compare.send(u"blind %1"_s.arg(round)));
        QVERIFY(finished.wait(10000));
        QStringList asked = order();
        moved = asked != models;
        asked.sort();
        QStringList sorted = models;
        sorted.sort();
        QCOMPARE(asked, sorted); // every model once
    }
    QVERIFY(moved);
}

void TestCompareSession::votesAndLeaderboard()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    VoteStore votes(&db);
    QSignalSpy changed(&votes, &VoteStore::votesChanged);
    const auto vote = [&](const QString &endpoint, const QStringList &models,
                          CompareVote::Outcome outcome, int winner) {
        CompareVote v;
        v.endpoint = endpoint;
        v.models = models;
        v.outcome = outcome;
        v.winner = winner;
        return votes.recordVote(v);
    };
    QVERIFY(vote(u"DeepInfra"_s, { ModelA, ModelB }, CompareVote::Outcome::Win, 1));
    QVERIFY(vote(u"DeepInfra"_s, { ModelA, ModelB }, CompareVote::Outcome::Win, 1));
    QVERIFY(vote(u"DeepInfra"_s, { ModelB, ModelA, ModelC }, CompareVote::Outcome::Win, 1));
    QVERIFY(vote(u"DeepInfra"_s, { ModelA, ModelC }, CompareVote::Outcome::Tie, -1));
    QVERIFY(vote(u"Proxy"_s, { ModelA, ModelB }, CompareVote::Outcome::AllBad, -1));
    QCOMPARE(changed.size(), 5);
    QCOMPARE(votes.voteCount(), 5);

    const QList<LeaderboardRow> deepinfra = votes.leaderboard(u"DeepInfra"_s);
    QCOMPARE(deepinfra.size(), 3);
    QCOMPARE(deepinfra.at(0).model, ModelB); // 2 of 3
    QCOMPARE(deepinfra.at(0).votes, 3);
    QCOMPARE(deepinfra.at(0).wins, 2);
    QCOMPARE(deepinfra.at(1).model, ModelA); // 1 of 4
    QCOMPARE(deepinfra.at(1).votes, 4);
    QCOMPARE(deepinfra.at(1).wins, 1);
    QCOMPARE(deepinfra.at(1).ties, 1);
    QCOMPARE(deepinfra.at(2).model, ModelC); // 0 of 2
    QCOMPARE(deepinfra.at(2).ties, 1);
    QCOMPARE(deepinfra.at(0).winRate(), 2.0 / 3.0);

    const QList<LeaderboardRow> proxy = votes.leaderboard(u"Proxy"_s);
    QCOMPARE(proxy.size(), 2);
    QCOMPARE(proxy.at(0).bad, 1);
    QCOMPARE(votes.leaderboard().size(), 5);
}

void TestCompareSession::voteRejectsNonsense()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    VoteStore votes(&db);
    CompareVote one;
    one.models = { ModelA };
    QVERIFY(!votes.recordVote(one));
    CompareVote outOfRange;
    outOfRange.models = { ModelA, ModelB };
    outOfRange.outcome = CompareVote::Outcome::Win;
    outOfRange.winner = 2;
    QVERIFY(!votes.recordVote(outOfRange));
    QCOMPARE(votes.voteCount(), 0);
}

void TestCompareSession::sameRequestAsSingleReply()
{
    // Files, parameters, response format and logprobs: what a single reply is asked with.
    ChatOptions options;
    options.topK = 40;
    options.seed = 7;
    options.stop = { u"END"_s };
    options.extra = QJsonObject{ { u"chat_template_kwargs"_s,
                                   QJsonObject{ { u"enable_thinking"_s, false } } } };
    options.responseFormat.kind = ResponseFormat::Kind::JsonSchema;
    options.responseFormat.schema = QJsonObject{ { u"type"_s, u"object"_s } };
    options.topLogprobs = 2;
    QImage picture(40, 30, QImage::Format_RGB32);
    picture.fill(Qt::blue);
    const QList<Attachment> files{
        *Attachments::fromData(u"notes.md"_s, "# Notes\n").attachment,
        *Attachments::fromImage(picture, u"plot.png"_s).attachment,
    };
    const auto prepare = [&](ChatSession &session) {
        session.setModel(ModelA);
        session.setSystemPrompt(u"Be brief."_s);
        session.setParameters({ 0.3, 100, 0.9 });
        session.setOptions(options);
    };

    ChatSession single(m_client.get());
    prepare(single);
    QSignalSpy singleDone(&single, &ChatSession::replyFinished);
    QVERIFY(single.send(u"look"_s, files));
    QVERIFY(singleDone.wait(10000));
    QCOMPARE(m_server->requests().size(), 1);
    QJsonObject expected = QJsonDocument::fromJson(m_server->requests().last().body).object();
    expected.remove(u"model"_s);
    QVERIFY(
        expected.value(u"messages"_s).toArray().last().toObject().value(u"content"_s).isArray());
    m_server->clearRequests();

    ChatSession session(m_client.get());
    prepare(session);
    CompareSession compare(&session);
    compare.setModels({ ModelA, ModelB });
    QSignalSpy finished(&compare, &CompareSession::finished);
    QVERIFY(compare.send(u"look"_s, files));
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_server->requests().size(), 2);
    QStringList asked;
    for (const auto &request : m_server->requests()) {
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        asked.append(body.take(u"model"_s).toString());
        QCOMPARE(body, expected);
    }
    asked.sort();
    QCOMPARE(asked, (QStringList{ ModelB, ModelA }));
    QCOMPARE(session.messages().first().attachments, files);
    for (int i = 0; i < compare.columnCount(); ++i) {
        const Message &reply = compare.reply(i);
        QCOMPARE(reply.state, Message::State::Complete);
        // Kept with the reply like a single one's: the JSON check and the heat map use them.
        QCOMPARE(reply.parameters, single.messages().last().parameters);
        QVERIFY(!reply.logprobs.isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestCompareSession)
#include "tst_comparesession.moc"
