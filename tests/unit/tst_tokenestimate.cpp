// The context-length guard's arithmetic: ~4 characters per token, replaced by the server's
// prompt_tokens where a reply reported them.
#include "chat/message.h"
#include "chat/tokenestimate.h"

#include <QBuffer>
#include <QImage>
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
Attachment picture(QSize size)
{
    Attachment attachment;
    attachment.kind = Attachment::Kind::Image;
    attachment.name = u"picture.png"_s;
    attachment.mimeType = u"image/png"_s;
    QImage image(size, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QBuffer buffer(&attachment.data);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return attachment;
}

Attachment textFile(const QByteArray &text)
{
    Attachment attachment;
    attachment.name = u"notes.txt"_s; // "notes.txt:\n```\n" + text + "\n```": 19 characters more
    attachment.mimeType = u"text/plain"_s;
    attachment.data = text;
    return attachment;
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
    void forImage_data();
    void forImage();
    void attachmentsCount();
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

// OpenAI's rule: fit 2048×2048, shorter side to 768, then 85 + 170 per 512×512 tile.
void TestTokenEstimate::forImage_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("tokens");
    QTest::newRow("small: one tile") << QSize(100, 50) << 85 + 170;
    QTest::newRow("one full tile") << QSize(512, 512) << 85 + 170;
    QTest::newRow("just over a tile") << QSize(513, 512) << 85 + 2 * 170;
    QTest::newRow("1024x768: 2x2") << QSize(1024, 768) << 85 + 4 * 170;
    QTest::newRow("1536 square, Sift's default: to 768") << QSize(1536, 1536) << 85 + 4 * 170;
    QTest::newRow("2000x1000: to 1536x768, 3x2") << QSize(2000, 1000) << 85 + 6 * 170;
    QTest::newRow("8192x1024: to 2048x256, 4x1") << QSize(8192, 1024) << 85 + 4 * 170;
    QTest::newRow("unknown size") << QSize() << TokenEstimate::UnknownImageTokens;
}

void TestTokenEstimate::forImage()
{
    QFETCH(QSize, size);
    QFETCH(int, tokens);
    QCOMPARE(TokenEstimate::forImage(size), tokens);
}

// Attached files count as sent: pictures by their size (read from the PNG), text files as the
// fenced block appended to the message; in the message being written and in the path.
void TestTokenEstimate::attachmentsCount()
{
    const Attachment photo = picture(QSize(1024, 768));
    QCOMPARE(TokenEstimate::forImage(photo), 765);
    Attachment broken = photo;
    broken.data = "not a picture";
    QCOMPARE(TokenEstimate::forImage(broken), TokenEstimate::UnknownImageTokens);

    QCOMPARE(TokenEstimate::forMessage({}, { photo }), 765);
    QCOMPARE(TokenEstimate::forMessage(u"abcd"_s, { photo, photo }), 1 + 2 * 765);
    const QByteArray text(381, 'x'); // 381 + 19 = 400 characters: 100 tokens
    QCOMPARE(TokenEstimate::forMessage({}, { textFile(text) }), 100);
    QCOMPARE(TokenEstimate::forMessage({}, { textFile(text), picture(QSize(64, 64)) }), 100 + 255);

    Message withFiles = user(QString(40, u'x'));
    withFiles.attachments = { photo, textFile(text) };
    // "40 x" + "\n\n" + the 400-character block: 442 characters, 111 tokens.
    QCOMPARE(TokenEstimate::forPath({ withFiles }, {}), 111 + 765);
    // A reported prompt_tokens covers the pictures before it.
    QCOMPARE(TokenEstimate::forPath({ withFiles, reply(u"ok"_s, 900, 1), user(u"abcd"_s) }, {}),
             900 + 1 + 1);
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
