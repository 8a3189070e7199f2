#include "api/apiclient.h"
#include "chat/attachments.h"
#include "chat/chatsession.h"
#include "chat/jsonschema.h"
#include "fakeserver.h"
#include "store/conversationarchive.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// Issue 17's request shapes and replies against the real fake server, and their storage in a
// real SQLite file: parameters, extra fields, response_format, logprobs, attachments.
class TestChatExtras : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void everyParameterSent();
    void jsonObjectReply();
    void jsonSchemaReplyValidAndInvalid();
    void logprobsStreamed_data();
    void logprobsStreamed();
    void logprobsNotReturned();
    void imageSentAsContentParts();
    void attachmentsAndLogprobsStored();
    void attachmentsDeduplicated();
    void attachmentsSurviveExportImport();

private:
    QJsonObject lastRequestBody() const;
    bool waitForReply(ChatSession &session);
    static Attachment pngAttachment(const QString &name, Qt::GlobalColor color);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

QJsonObject TestChatExtras::lastRequestBody() const
{
    if (m_server->requests().isEmpty())
        return {};
    return QJsonDocument::fromJson(m_server->requests().last().body).object();
}

bool TestChatExtras::waitForReply(ChatSession &session)
{
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    return finished.wait(10000);
}

Attachment TestChatExtras::pngAttachment(const QString &name, Qt::GlobalColor color)
{
    QImage image(64, 48, QImage::Format_RGB32);
    image.fill(color);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return *Attachments::fromData(name, png).attachment;
}

void TestChatExtras::initTestCase()
{
    qRegisterMetaType<ApiError>();
}

void TestChatExtras::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    Endpoint endpoint;
    endpoint.name = u"Fake"_s;
    endpoint.baseUrl = QUrl(m_server->baseUrl() + u"/v1/openai"_s);
    m_client->setEndpoint(endpoint);
    m_client->setApiKey(u"test-key"_s);
}

void TestChatExtras::everyParameterSent()
{
    ChatSession session(m_client.get());
    ChatSession::Parameters parameters;
    parameters.temperature = 0.4;
    session.setParameters(parameters);
    ChatOptions options;
    options.topK = 40;
    options.minP = 0.1;
    options.repetitionPenalty = 1.2;
    options.presencePenalty = 0.3;
    options.frequencyPenalty = 0.2;
    options.seed = 99;
    options.stop = { u"zzz"_s };
    options.reasoningEffort = u"medium"_s;
    options.maxTokens = 100;
    options.extra = QJsonObject{ { "chat_template_kwargs"_L1,
                                   QJsonObject{ { "enable_thinking"_L1, false } } } };
    session.setOptions(options);
    QVERIFY(session.send(u"hi"_s));
    QVERIFY(waitForReply(session));
    const QJsonObject body = lastRequestBody();
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.4);
    QCOMPARE(body.value("top_k"_L1).toInt(), 40);
    QCOMPARE(body.value("min_p"_L1).toDouble(), 0.1);
    QCOMPARE(body.value("repetition_penalty"_L1).toDouble(), 1.2);
    QCOMPARE(body.value("presence_penalty"_L1).toDouble(), 0.3);
    QCOMPARE(body.value("frequency_penalty"_L1).toDouble(), 0.2);
    QCOMPARE(body.value("seed"_L1).toInt(), 99);
    QCOMPARE(body.value("stop"_L1).toArray(), QJsonArray{ u"zzz"_s });
    QCOMPARE(body.value("reasoning_effort"_L1).toString(), u"medium"_s);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 100);
    QCOMPARE(body.value("chat_template_kwargs"_L1).toObject().value("enable_thinking"_L1),
             QJsonValue(false));
    // The reply keeps the settings it was made with (not the conversation).
    const Message &reply = session.messages().last();
    QCOMPARE(reply.parameters.value("top_k"_L1).toInt(), 40);
    QCOMPARE(reply.parameters.value("chat_template_kwargs"_L1).toObject().size(), 1);
    QVERIFY(!reply.parameters.contains("messages"_L1));
    QVERIFY(!reply.parameters.contains("model"_L1));
}

void TestChatExtras::jsonObjectReply()
{
    ChatSession session(m_client.get());
    ChatOptions options;
    options.responseFormat.kind = ResponseFormat::Kind::JsonObject;
    session.setOptions(options);
    QVERIFY(session.send(u"give me json"_s));
    QVERIFY(waitForReply(session));
    QCOMPARE(lastRequestBody().value("response_format"_L1).toObject(),
             QJsonObject({ { "type"_L1, u"json_object"_s } }));
    const QJsonDocument reply = QJsonDocument::fromJson(session.messages().last().content.toUtf8());
    QVERIFY2(reply.isObject(), qPrintable(session.messages().last().content));
}

void TestChatExtras::jsonSchemaReplyValidAndInvalid()
{
    const QJsonObject schema = QJsonDocument::fromJson(R"({"type":"object",
        "properties":{"city":{"type":"string"},"population":{"type":"integer","minimum":1}},
        "required":["city","population"],"additionalProperties":false})")
                                   .object();
    ChatSession session(m_client.get());
    ChatOptions options;
    options.responseFormat.kind = ResponseFormat::Kind::JsonSchema;
    options.responseFormat.name = u"city"_s;
    options.responseFormat.schema = schema;
    session.setOptions(options);
    QVERIFY(session.send(u"a city"_s));
    QVERIFY(waitForReply(session));
    const QJsonObject format = lastRequestBody().value("response_format"_L1).toObject();
    QCOMPARE(format.value("type"_L1).toString(), u"json_schema"_s);
    QCOMPARE(format.value("json_schema"_L1).toObject().value("name"_L1).toString(), u"city"_s);
    QCOMPARE(format.value("json_schema"_L1).toObject().value("schema"_L1).toObject(), schema);
    QCOMPARE(format.value("json_schema"_L1).toObject().value("strict"_L1).toBool(), true);
    const Message &good = session.messages().last();
    QVERIFY2(JsonSchema::validateText(good.content, schema).ok, qPrintable(good.content));
    // The schema travels with the reply, so a view can check it later.
    QCOMPARE(ResponseFormat::fromJson(good.parameters.value("response_format"_L1)).schema, schema);

    session.setModel(u"fault/invalid-json"_s);
    QVERIFY(session.send(u"another"_s));
    QVERIFY(waitForReply(session));
    const JsonSchema::Result bad
        = JsonSchema::validateText(session.messages().last().content, schema);
    QVERIFY(!bad.ok);
    QCOMPARE(bad.path, u"$.city"_s);
}

void TestChatExtras::logprobsStreamed_data()
{
    QTest::addColumn<bool>("stream");
    QTest::newRow("stream") << true;
    QTest::newRow("no stream") << false;
}

void TestChatExtras::logprobsStreamed()
{
    QFETCH(bool, stream);
    ChatSession session(m_client.get());
    session.setStreaming(stream);
    ChatOptions options;
    options.topLogprobs = 3;
    session.setOptions(options);
    QVERIFY(session.send(u"hi"_s));
    QVERIFY(waitForReply(session));
    const QJsonObject body = lastRequestBody();
    QCOMPARE(body.value("logprobs"_L1).toBool(), true);
    QCOMPARE(body.value("top_logprobs"_L1).toInt(), 3);
    const Message &reply = session.messages().last();
    QVERIFY(!reply.logprobs.isEmpty());
    QString joined;
    for (const QJsonValue &value : reply.logprobs) {
        const QJsonObject token = value.toObject();
        joined += token.value("token"_L1).toString();
        QVERIFY(token.value("logprob"_L1).toDouble() <= 0);
        QCOMPARE(token.value("top_logprobs"_L1).toArray().size(), 3);
    }
    QCOMPARE(joined, reply.content); // one entry per token, in order
    QCOMPARE(reply.parameters.value("logprobs"_L1).toBool(), true);
}

void TestChatExtras::logprobsNotReturned()
{
    ChatSession session(m_client.get());
    session.setModel(u"fault/no-logprobs"_s);
    ChatOptions options;
    options.topLogprobs = 2;
    session.setOptions(options);
    QVERIFY(session.send(u"hi"_s));
    QVERIFY(waitForReply(session));
    const Message &reply = session.messages().last();
    QCOMPARE(reply.state, Message::State::Complete);
    QVERIFY(reply.logprobs.isEmpty());
    // Asked for but absent: what a view says "not returned" from.
    QCOMPARE(reply.parameters.value("logprobs"_L1).toBool(), true);
}

void TestChatExtras::imageSentAsContentParts()
{
    ChatSession session(m_client.get());
    const Attachment image = pngAttachment(u"red.png"_s, Qt::red);
    const Attachment text = *Attachments::fromData(u"notes.txt"_s, "remember this").attachment;
    QVERIFY(session.send(u"look"_s, { text, image }));
    QVERIFY(waitForReply(session));
    const QJsonArray messages = lastRequestBody().value("messages"_L1).toArray();
    const QJsonArray parts = messages.last().toObject().value("content"_L1).toArray();
    QCOMPARE(parts.size(), 2);
    QCOMPARE(parts.at(0).toObject().value("type"_L1).toString(), u"text"_s);
    QCOMPARE(parts.at(0).toObject().value("text"_L1).toString(),
             u"look\n\nnotes.txt:\n```\nremember this\n```"_s);
    QCOMPARE(parts.at(1).toObject().value("type"_L1).toString(), u"image_url"_s);
    QCOMPARE(parts.at(1).toObject().value("image_url"_L1).toObject().value("url"_L1).toString(),
             Attachments::dataUrl(image));
    // The fake server echoes the text parts and counts the images.
    QVERIFY2(session.messages().last().content.contains(u"[1 image(s)]"_s),
             qPrintable(session.messages().last().content));
    QVERIFY(session.messages().last().content.contains(u"remember this"_s));

    // The next turn sends the earlier message with its image again.
    QVERIFY(session.send(u"and now?"_s));
    QVERIFY(waitForReply(session));
    const QJsonArray second = lastRequestBody().value("messages"_L1).toArray();
    QCOMPARE(second.at(0).toObject().value("content"_L1).toArray().size(), 2);
    QVERIFY(second.last().toObject().value("content"_L1).isString());
}

void TestChatExtras::attachmentsAndLogprobsStored()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sift.db"_s);
    const Attachment image = pngAttachment(u"blue.png"_s, Qt::blue);
    const Attachment text = *Attachments::fromData(u"a.cpp"_s, "int main() {}\n").attachment;
    qint64 conversation = 0;
    QJsonArray logprobs;
    {
        Database db;
        QVERIFY(db.open(path).ok());
        ConversationStore store(&db);
        ChatSession session(m_client.get());
        session.setStore(&store);
        ChatOptions options;
        options.topLogprobs = 1;
        session.setOptions(options);
        QVERIFY(session.send(u"files"_s, { image, text }));
        QVERIFY(waitForReply(session));
        conversation = session.conversationId();
        logprobs = session.messages().last().logprobs;
        QVERIFY(!logprobs.isEmpty());
    }
    Database db;
    QVERIFY(db.open(path).ok());
    ConversationStore store(&db);
    const std::optional<ConversationRecord> record = store.loadConversation(conversation);
    QVERIFY(record);
    QCOMPARE(record->messages.size(), 2);
    QCOMPARE(record->messages.at(0).attachments, QList<Attachment>({ image, text }));
    QCOMPARE(record->messages.at(1).logprobs, logprobs);
}

void TestChatExtras::attachmentsDeduplicated()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    const Attachment image = pngAttachment(u"same.png"_s, Qt::green);
    Attachment renamed = image;
    renamed.name = u"copy of same.png"_s;
    ChatSession session(m_client.get());
    session.setStore(&store);
    QVERIFY(session.send(u"one"_s, { image }));
    QVERIFY(waitForReply(session));
    QVERIFY(session.send(u"two"_s, { renamed, image }));
    QVERIFY(waitForReply(session));
    QSqlQuery query(db.connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM attachments"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 1); // one copy of the bytes
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM message_attachments"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 3);
    const std::optional<ConversationRecord> record
        = store.loadConversation(session.conversationId());
    QCOMPARE(record->messages.at(2).attachments.at(0).name, u"copy of same.png"_s);

    // Deleting the conversation for good removes the file with its last reference.
    QVERIFY(store.deleteConversation(session.conversationId()));
    QVERIFY(store.purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(60)) >= 1);
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM attachments"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestChatExtras::attachmentsSurviveExportImport()
{
    QTemporaryDir dir;
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);
    const Attachment image = pngAttachment(u"photo.png"_s, Qt::yellow);
    ChatSession session(m_client.get());
    session.setStore(&store);
    ChatOptions options;
    options.topLogprobs = 2;
    session.setOptions(options);
    QVERIFY(session.send(u"keep these"_s, { image }));
    QVERIFY(waitForReply(session));
    const QList<Message> sent = session.messages();

    const std::optional<ConversationRecord> record
        = store.loadConversation(session.conversationId());
    const QByteArray file = ConversationArchive::toJsonDocument(*record);

    QTemporaryDir otherDir;
    Database other;
    QVERIFY(other.open(otherDir.filePath(u"sift.db"_s)).ok());
    ConversationStore otherStore(&other);
    const ConversationArchive::ImportResult result = ConversationArchive::import(otherStore, file);
    QVERIFY2(result.ok, qPrintable(result.error));
    const std::optional<ConversationRecord> imported
        = otherStore.loadConversation(result.conversationIds.first());
    QVERIFY(imported);
    QCOMPARE(imported->messages.at(0).attachments, sent.at(0).attachments);
    QCOMPARE(imported->messages.at(1).logprobs, sent.at(1).logprobs);
}

QTEST_GUILESS_MAIN(TestChatExtras)
#include "tst_chatextras.moc"
