// The context-length guard's arithmetic: ~4 characters per token, replaced by the server's
// prompt_tokens where a reply reported them.
#include "chat/message.h"
#include "chat/tokenestimate.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {
Message user(const QString &text)
{
    Message message;
    message.role = Message::Role::User;
    message.content = text;
    return message;
}

Message reply(const QString &text, int promptTokens = 0, int completionTokens = 0,
              Message::State state = Message::State::Complete)
{
    Message message;
    message.role = Message::Role::Assistant;
    message.content = text;
    message.state = state;
    message.usage.promptTokens = promptTokens;
    message.usage.completionTokens = completionTokens;
    message.usage.totalTokens = promptTokens + completionTokens;
    return message;
}
} // namespace

class TestTokenEstimate : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forText_data();
    void forText();
    void forPath_data();
    void forPath();
    void countLimitsThePath();
    void exceedsContext_data();
    void exceedsContext();
};

void TestTokenEstimate::forText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tokens");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("one char") << u"a"_s << 1;
    QTest::newRow("four chars") << u"abcd"_s << 1;
    QTest::newRow("five chars") << u"abcde"_s << 2;
    QTest::newRow("400 chars") << QString(400, u'x') << 100;
}

void TestTokenEstimate::forText()
{
    QFETCH(QString, text);
    QFETCH(int, tokens);
    QCOMPARE(TokenEstimate::forText(text), tokens);
}

void TestTokenEstimate::forPath_data()
{
    QTest::addColumn<QList<Message>>("path");
    QTest::addColumn<QString>("system");
    QTest::addColumn<int>("tokens");

    const QString forty(40, u'x'); // 10 tokens
    QTest::newRow("empty") << QList<Message>{} << QString() << 0;
    QTest::newRow("system only") << QList<Message>{} << forty << 10;
    QTest::newRow("blank system prompt is not sent") << QList<Message>{} << u"   "_s << 0;
    QTest::newRow("no usage: all estimated")
        << QList<Message>{ user(forty), reply(forty), user(forty) } << forty << 40;
    QTest::newRow("reported prompt replaces what came before")
        << QList<Message>{ user(forty), reply(forty, 500, 7), user(forty) } << forty
        << 500 + 7 + 10;
    QTest::newRow("reported prompt without completion count")
        << QList<Message>{ user(forty), reply(forty, 500), user(forty) } << QString()
        << 500 + 10 + 10;
    QTest::newRow("newest report wins")
        << QList<Message>{ user(forty), reply(forty, 100, 5), user(forty), reply(forty, 900, 3),
                           user(forty) }
        << QString() << 900 + 3 + 10;
    QTest::newRow("failed reply is not sent")
        << QList<Message>{ user(forty), reply(forty, 0, 0, Message::State::Failed), user(forty) }
        << QString() << 20;
    QTest::newRow("failed reply's usage is not used")
        << QList<Message>{ user(forty), reply(forty, 100, 2), user(forty),
                           reply(forty, 999, 0, Message::State::Failed) }
        << QString() << 100 + 2 + 10;
    QTest::newRow("empty reply is not sent")
        << QList<Message>{ user(forty), reply({}), user(forty) } << QString() << 20;
    QTest::newRow("streaming reply is not sent")
        << QList<Message>{ user(forty), reply(forty, 0, 0, Message::State::Streaming) } << QString()
        << 10;
    QTest::newRow("stopped reply is sent")
        << QList<Message>{ user(forty), reply(forty, 0, 0, Message::State::Stopped) } << QString()
        << 20;
}

void TestTokenEstimate::forPath()
{
    QFETCH(QList<Message>, path);
    QFETCH(QString, system);
    QFETCH(int, tokens);
    QCOMPARE(TokenEstimate::forPath(path, system), tokens);
}

void TestTokenEstimate::countLimitsThePath()
{
    // Editing the message at row 2 sends rows 0 and 1 only.
    const QString forty(40, u'x');
    const QList<Message> path{ user(forty), reply(forty, 300, 4), user(forty), reply(forty) };
    QCOMPARE(TokenEstimate::forPath(path, {}, 2), 304);
    QCOMPARE(TokenEstimate::forPath(path, {}, 1), 10);
    QCOMPARE(TokenEstimate::forPath(path, {}, 0), 0);
    QCOMPARE(TokenEstimate::forPath(path, {}, 99), 304 + 10 + 10);
}

void TestTokenEstimate::exceedsContext_data()
{
    QTest::addColumn<int>("prompt");
    QTest::addColumn<int>("maxReply");
    QTest::addColumn<int>("context");
    QTest::addColumn<bool>("exceeds");
    QTest::newRow("unknown context") << 1000000 << 1000 << 0 << false;
    QTest::newRow("fits") << 100 << 50 << 200 << false;
    QTest::newRow("exactly fits") << 150 << 50 << 200 << false;
    QTest::newRow("prompt too long") << 201 << 0 << 200 << true;
    QTest::newRow("reply budget tips it over") << 150 << 51 << 200 << true;
    QTest::newRow("no overflow near int max")
        << std::numeric_limits<int>::max() << std::numeric_limits<int>::max() << 8192 << true;
}

void TestTokenEstimate::exceedsContext()
{
    QFETCH(int, prompt);
    QFETCH(int, maxReply);
    QFETCH(int, context);
    QFETCH(bool, exceeds);
    QCOMPARE(TokenEstimate::exceedsContext(prompt, maxReply, context), exceeds);
}

QTEST_GUILESS_MAIN(TestTokenEstimate)
#include "tst_tokenestimate.moc"
