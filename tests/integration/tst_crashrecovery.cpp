#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "fakeserver.h"
#include "killedchild.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The reply the child streams: long enough to still be flowing when it is killed.
QString replyText()
{
    QString text;
    for (int i = 0; i < 400; ++i)
        text += u"w%1 "_s.arg(i);
    return text;
}

constexpr int FlushesBeforeKill = 3;

// The child: a ChatSession saving to `path` while an in-process fake server drips a reply.
// It prints one line per flush ("flush <message id> <stored length>") and runs until killed.
int runChild(const QString &path)
{
    FakeServer server;
    if (!server.listen())
        return 2;
    server.setReplyText(replyText());
    server.setChunkSize(4);
    server.setDefaultFault(u"drip=25"_s);
    ApiClient client;
    Endpoint endpoint;
    endpoint.name = u"Fake"_s;
    endpoint.baseUrl = QUrl(server.baseUrl() + u"/v1/openai"_s);
    client.setEndpoint(endpoint);
    client.setApiKey(u"test-key"_s);
    Database db;
    if (!db.open(path).ok())
        return 3;
    ConversationStore store(&db);
    ChatSession session(&client);
    session.setStore(&store);
    QObject::connect(&session, &ChatSession::replyPersisted, &session, [&](qint64 id) {
        const qsizetype length = store.message(id)->content.size();
        std::printf("flush %lld %lld\n", static_cast<long long>(id),
                    static_cast<long long>(length));
        std::fflush(stdout);
    });
    QObject::connect(&session, &ChatSession::replyFinished, &session,
                     [] { QCoreApplication::exit(4); }); // too fast: the test cannot kill it
    if (!session.send(u"tell me a long story"_s))
        return 5;
    return QCoreApplication::exec();
}

} // namespace

// A Sift process killed with SIGKILL mid-reply: on the next start the partial reply is there,
// recent, marked interrupted, and the database is intact.
class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedMidReply();
};

void TestCrashRecovery::killedMidReply()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sift.db"_s);
    // Text keeps arriving while the child runs: every flush stores more of it than the last.
    // (How often it flushes is a timing figure: bench_store measures the gap.)
    const KilledChild child = KilledChild::runAndKill(path, FlushesBeforeKill);
    QVERIFY2(child.error.isEmpty(), qPrintable(child.error));
    QCOMPARE(child.values.size(), FlushesBeforeKill);
    QVERIFY2(child.valuesGrow(), qPrintable(child.valuesText()));
    const qint64 messageId = child.id;
    const qint64 storedLength = child.value;

    Database db;
    const Database::OpenResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.status, Database::Status::Ok); // the lock of a dead process is taken over
    QString problems;
    QVERIFY2(db.integrityCheck(&problems), qPrintable(problems));
    ConversationStore store(&db);

    std::optional<Message> reply = store.message(messageId);
    QVERIFY(reply.has_value());
    QCOMPARE(reply->state, Message::State::Streaming);
    // The text on disk is a real part of the reply, at least what the last flush reported.
    QVERIFY(reply->content.size() >= storedLength);
    QVERIFY(storedLength > 0);
    QVERIFY(replyText().startsWith(reply->content));
    QVERIFY(reply->content.size() < replyText().size());

    QCOMPARE(store.markStreamingAsInterrupted(), 1);
    QCOMPARE(store.markStreamingAsInterrupted(), 0);
    reply = store.message(messageId);
    QCOMPARE(reply->state, Message::State::Interrupted);
    QVERIFY(reply->content.size() >= storedLength);

    // What the next start shows: the conversation, the partial reply marked interrupted.
    ApiClient client;
    ChatSession session(&client);
    session.setStore(&store);
    const QList<ConversationSummary> list = store.listConversations();
    QCOMPARE(list.size(), 1);
    QVERIFY(session.openConversation(list.first().id));
    QCOMPARE(session.messages().size(), 2);
    QCOMPARE(session.messages().at(0).content, u"tell me a long story"_s);
    QCOMPARE(session.messages().at(1).state, Message::State::Interrupted);
    QCOMPARE(session.messages().at(1).content, reply->content);
    QVERIFY(db.integrityCheck(&problems));
}

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--child") == 0) {
        QCoreApplication app(argc, argv);
        return runChild(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestCrashRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
