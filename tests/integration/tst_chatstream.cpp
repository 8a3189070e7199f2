#include "api/apiclient.h"
#include "api/headerguard.h"
#include "fakeserver.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

// Counts the requests Sift hands to Qt, so a test can prove that nothing was sent at all.
class CountingNam : public QNetworkAccessManager
{
public:
    using QNetworkAccessManager::QNetworkAccessManager;
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *data) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, data);
    }
};

const QString Model = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;

ChatRequest makeRequest(const QString &model = Model, bool stream = true)
{
    ChatRequest request;
    request.model = model;
    request.stream = stream;
    request.messages = { { u"system"_s, u"Be brief."_s }, { u"user"_s, u"hi"_s } };
    return request;
}

// Everything a stream emits, in one place.
struct Watch
{
    explicit Watch(ChatStream *stream)
        : deltas(stream, &ChatStream::delta)
        , usages(stream, &ChatStream::usage)
        , finished(stream, &ChatStream::finished)
        , failed(stream, &ChatStream::failed)
        , retrying(stream, &ChatStream::retrying)
    {
    }
    int terminals() const { return int(finished.count() + failed.count()); }
    ApiError error() const
    {
        return failed.isEmpty() ? ApiError() : failed.first().first().value<ApiError>();
    }
    FinishReason reason() const { return finished.first().first().value<FinishReason>(); }
    Usage usage() const { return usages.first().first().value<Usage>(); }

    QSignalSpy deltas;
    QSignalSpy usages;
    QSignalSpy finished;
    QSignalSpy failed;
    QSignalSpy retrying;
};

// A field of /proc/self/status in KiB (VmRSS, VmHWM); -1 when unreadable.
qint64 statusKiB(const QByteArray &field)
{
    QFile file(u"/proc/self/status"_s);
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(field + ':'))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

// Sets this process's peak resident set (VmHWM) back to its current size.
bool resetPeakRss()
{
    QFile file(u"/proc/self/clear_refs"_s);
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

} // namespace

class TestChatStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void success_data();
    void success();
    void lengthLimit();
    void httpErrors_data();
    void httpErrors();
    void retryThenSuccess();
    void retryAfterHonoured();
    void cutMidStream();
    void stall();
    void malformedEventSkipped();
    void unreadableReply_data();
    void unreadableReply();
    void hugeReplyBounded();
    void floodStopsAtCapKeepingText();
    void roughButValidStreams_data();
    void roughButValidStreams();
    void inStreamErrorEvent();
    void invalidUtf8Replaced();
    void redirectLoopNamed();
    void gzipBombNamed();
    void hugeErrorPageNotDownloaded();
    void keepAliveConnectionReused();
    void endlessHeaderBounded_data();
    void endlessHeaderBounded();
    void endlessHeaderWithoutGuardNamed();
    void slowHeaderAmidTrafficAccepted();
    void connectionRefused();
    void cancelMidStream();
    void cancelDuringBackoff();
    void cancelBeforeStart();
    void sameOriginRedirectFollowed();
    void crossOriginRedirectRefused();
    void insecureEndpointSendsNothing();
    void noKey();
    void openAiKindWithoutKey();
    void bearerKey();
    void wrongKey();
    void prefixStripped();
    void parametersOnTheWire();
    void unsetParametersNotSent();

private:
    ChatStream *startChat(const ChatRequest &request);
    QJsonObject lastBody() const;

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<CountingNam> m_nam;
    std::unique_ptr<ApiClient> m_client;
};

void TestChatStream::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Usage>();
    qRegisterMetaType<FinishReason>();
}

void TestChatStream::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_nam = std::make_unique<CountingNam>();
    m_client = std::make_unique<ApiClient>(m_nam.get());
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(m_server->baseUrl() + "/v1/openai"_L1);
    m_client->setEndpoint(endpoint);
    m_client->setApiKey(u"test-key"_s);
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 40;
    policy.maxRetries = 2;
    policy.stallTimeoutMs = 5000;
    m_client->setPolicy(policy);
}

void TestChatStream::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

ChatStream *TestChatStream::startChat(const ChatRequest &request)
{
    return m_client->chat(request);
}

QJsonObject TestChatStream::lastBody() const
{
    const QList<FakeServer::Request> requests = m_server->requests();
    return requests.isEmpty() ? QJsonObject()
                              : QJsonDocument::fromJson(requests.last().body).object();
}

void TestChatStream::success_data()
{
    QTest::addColumn<bool>("openai");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<bool>("cost");

    QTest::newRow("deepinfra streaming") << false << true << true;
    QTest::newRow("deepinfra non-streaming") << false << false << true;
    QTest::newRow("litellm streaming") << true << true << false;
    QTest::newRow("litellm non-streaming") << true << false << false;
}

void TestChatStream::success()
{
    QFETCH(bool, openai);
    QFETCH(bool, stream);
    QFETCH(bool, cost);

    if (openai) {
        Endpoint endpoint;
        endpoint.kind = Endpoint::Kind::OpenAI;
        endpoint.baseUrl = QUrl(m_server->baseUrl() + "/v1/"_L1);
        m_client->setEndpoint(endpoint);
    }
    m_server->setReplyText(u"Hello there, how can I help you today? ✓"_s);
    ChatStream *chat = startChat(makeRequest(Model, stream));
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.failed.count(), 0);
    QCOMPARE(watch.reason(), FinishReason::Stop);
    QCOMPARE(chat->text(), u"Hello there, how can I help you today? ✓"_s);
    QString joined;
    for (const QList<QVariant> &args : std::as_const(watch.deltas))
        joined += args.first().toString();
    QCOMPARE(joined, chat->text());
    if (stream)
        QVERIFY(watch.deltas.count() > 5); // chunks of 3 characters, not one blob
    else
        QCOMPARE(watch.deltas.count(), 1);

    QCOMPARE(watch.usages.count(), 1);
    const Usage usage = watch.usage();
    QCOMPARE(usage.promptTokens, 3); // "Be brief." + "hi"
    QVERIFY(usage.completionTokens > 0);
    QCOMPARE(usage.totalTokens, usage.promptTokens + usage.completionTokens);
    QCOMPARE(usage.estimatedCost.has_value(), cost);
    if (cost)
        QVERIFY(qFuzzyCompare(*usage.estimatedCost, usage.totalTokens * 1e-7));

    QVERIFY(!chat->isRunning());
    QCOMPARE(chat->attempts(), 1);
    QCOMPARE(chat->malformedEvents(), 0);
    QVERIFY(chat->timeToFirstTokenMs() >= 0);
    QCOMPARE(m_server->requestCount(), 1);
    const FakeServer::Request sent = m_server->requests().first();
    QCOMPARE(sent.path,
             openai ? QByteArray("/v1/chat/completions")
                    : QByteArray("/v1/openai/chat/completions"));
    QCOMPARE(lastBody().value("stream"_L1).toBool(), stream);
}

void TestChatStream::lengthLimit()
{
    ChatRequest request = makeRequest();
    request.maxTokens = 2;
    ChatStream *chat = startChat(request);
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.reason(), FinishReason::Length);
    QCOMPARE(chat->text(), u"Hello!"_s); // two chunks of three characters
}

void TestChatStream::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("requests");

    // maxRetries is 2: retryable statuses are tried three times in all.
    QTest::newRow("401") << 401 << Kind::Auth << u"Not authenticated"_s << 1;
    QTest::newRow("402") << 402 << Kind::Payment << u"Insufficient balance"_s << 1;
    QTest::newRow("403") << 403 << Kind::Auth << u"Not authenticated"_s << 1;
    QTest::newRow("404") << 404 << Kind::NotFound << u"Model not found"_s << 1;
    QTest::newRow("422") << 422 << Kind::InvalidRequest
                         << u"temperature: ensure this value is less than or equal to 2"_s << 1;
    QTest::newRow("400") << 400 << Kind::InvalidRequest << u"Bad Request"_s << 1;
    QTest::newRow("429") << 429 << Kind::RateLimited << u"Model busy, retry later"_s << 3;
    QTest::newRow("500 plain text") << 500 << Kind::Server << u"Internal Server Error"_s << 3;
    QTest::newRow("502 html") << 502 << Kind::Server << u"Bad Gateway"_s << 3;
    QTest::newRow("503") << 503 << Kind::Server << u"Service unavailable"_s << 3;
}

void TestChatStream::httpErrors()
{
    QFETCH(int, status);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    QFETCH(int, requests);

    m_server->setDefaultFault(u"status=%1"_s.arg(status));
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.finished.count(), 0);
    const ApiError error = watch.error();
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QVERIFY(!error.userMessage().contains(u'<'));
    QCOMPARE(m_server->requestCount(), requests);
    QCOMPARE(chat->attempts(), requests);
    QCOMPARE(watch.retrying.count(), requests - 1);
    QVERIFY(chat->text().isEmpty());
}

void TestChatStream::retryThenSuccess()
{
    m_server->enqueueFault(u"status=429"_s);
    m_server->enqueueFault(u"status=503"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(chat->text(), u"Hello! You said: hi"_s);
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(chat->attempts(), 3);
    QCOMPARE(watch.retrying.count(), 2);
    QCOMPARE(watch.retrying.at(0).at(0).toInt(), 1);
    QCOMPARE(watch.retrying.at(0).at(1).toInt(), 10);
    QCOMPARE(watch.retrying.at(0).at(2).value<ApiError>().kind, Kind::RateLimited);
    QCOMPARE(watch.retrying.at(1).at(0).toInt(), 2);
    QCOMPARE(watch.retrying.at(1).at(1).toInt(), 20);
    QCOMPARE(watch.retrying.at(1).at(2).value<ApiError>().kind, Kind::Server);
}

void TestChatStream::retryAfterHonoured()
{
    RequestPolicy policy = m_client->policy();
    policy.backoffMaxMs = 5000;
    m_client->setPolicy(policy);
    m_server->enqueueFault(u"status=429,retry-after=1"_s);
    QElapsedTimer clock;
    clock.start();
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.retrying.count(), 1);
    QCOMPARE(watch.retrying.first().at(1).toInt(), 1000);
    QCOMPARE(watch.retrying.first().at(2).value<ApiError>().retryAfterMs, 1000);
    QVERIFY(clock.elapsed() >= 1000);
    QCOMPARE(chat->text(), u"Hello! You said: hi"_s);
}

void TestChatStream::cutMidStream()
{
    m_server->setDefaultFault(u"cut=3"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.finished.count(), 0);
    const ApiError error = watch.error();
    QCOMPARE(error.kind, Kind::Network);
    QCOMPARE(error.message, u"the connection closed before the reply was complete"_s);
    QCOMPARE(chat->text(), u"Hello! Yo"_s); // three chunks of three characters survive
    QCOMPARE(m_server->requestCount(), 1);  // bytes arrived: never retried
    QCOMPARE(watch.retrying.count(), 0);
}

void TestChatStream::stall()
{
    RequestPolicy policy = m_client->policy();
    policy.stallTimeoutMs = 300;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"stall"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.error().kind, Kind::Timeout);
    QCOMPARE(chat->text(), u"Hel"_s);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestChatStream::malformedEventSkipped()
{
    m_server->setDefaultFault(u"malformed"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.reason(), FinishReason::Stop);
    QCOMPARE(chat->malformedEvents(), 1);
    QCOMPARE(chat->text(), u"Hello! You said: hi"_s);
    QCOMPARE(watch.usages.count(), 1);
}

void TestChatStream::unreadableReply_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("message");

    QTest::newRow("html streaming")
        << u"html"_s << true << u"the server sent a web page instead of data"_s;
    QTest::newRow("html") << u"html"_s << false << u"the server sent a web page instead of data"_s;
    QTest::newRow("notjson streaming") << u"notjson"_s << true << u"the reply is not valid JSON"_s;
    QTest::newRow("notjson") << u"notjson"_s << false << u"the reply is not valid JSON"_s;
}

void TestChatStream::unreadableReply()
{
    QFETCH(QString, fault);
    QFETCH(bool, stream);
    QFETCH(QString, message);

    m_server->setDefaultFault(fault);
    ChatStream *chat = startChat(makeRequest(Model, stream));
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    const ApiError error = watch.error();
    QCOMPARE(error.kind, Kind::Protocol);
    QCOMPARE(error.message, message);
    QVERIFY(!error.userMessage().contains(u'<'));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestChatStream::hugeReplyBounded()
{
    RequestPolicy policy = m_client->policy();
    policy.maxReplyBytes = 64 * 1024;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"huge=50000000"_s);
    ChatStream *chat = startChat(makeRequest(Model, false));
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    const ApiError error = watch.error();
    QCOMPARE(error.kind, Kind::TooLarge);
    QVERIFY2(error.message.contains("stopped reading it after 64 KiB"_L1),
             qPrintable(error.message));
}

void TestChatStream::floodStopsAtCapKeepingText()
{
    RequestPolicy policy = m_client->policy();
    policy.maxReplyBytes = 1024 * 1024;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"flood=50000000"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 20000);

    const ApiError error = watch.error();
    QCOMPARE(error.kind, Kind::TooLarge);
    QVERIFY2(error.message.contains("1 MiB"_L1), qPrintable(error.message));
    QVERIFY2(error.message.contains("kept"_L1), qPrintable(error.message));
    // Every event before the cap was read: each carries 1,000 characters in about 1,300 bytes,
    // so 1 MiB holds at least 700 of them. Reading in one piece past the cap would keep none.
    QVERIFY2(chat->text().size() >= 700 * 1000, qPrintable(QString::number(chat->text().size())));
    QVERIFY(chat->text().startsWith(u"lorem ipsum"_s));
}

void TestChatStream::roughButValidStreams_data()
{
    QTest::addColumn<FakeFault>("fault");
    QTest::addColumn<QString>("replyText");
    const QString ascii = u"The quick brown fox jumps over the lazy dog."_s;
    const QString wide = u"Grüße aus Köln, 世界, 🎉 and more"_s;
    QTest::newRow("keep-alive comments") << FakeFault{ .keepAliveComments = true } << ascii;
    QTest::newRow("CRLF line ends") << FakeFault{ .crlf = true } << ascii;
    QTest::newRow("events split across reads") << FakeFault{ .splitEvents = true } << wide;
    QTest::newRow("split CRLF with comments")
        << FakeFault{ .keepAliveComments = true, .crlf = true, .splitEvents = true } << wide;
    QTest::newRow("usage in a chunk with empty choices")
        << FakeFault{ .usageChunk = true } << ascii;
    QTest::newRow("cut right after finish_reason") << FakeFault{ .cutAfterFinish = true } << ascii;
    QTest::newRow("usage chunk, then cut")
        << FakeFault{ .usageChunk = true, .cutAfterFinish = true } << ascii;
}

void TestChatStream::roughButValidStreams()
{
    QFETCH(FakeFault, fault);
    QFETCH(QString, replyText);
    m_server->setReplyText(replyText);
    m_server->setDefaultFault(fault);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QVERIFY2(watch.failed.isEmpty(), qPrintable(watch.error().message));
    QCOMPARE(watch.reason(), FinishReason::Stop);
    QCOMPARE(chat->text(), replyText);
    QCOMPARE(chat->malformedEvents(), 0);
    // Usage arrives unless the cut took its chunk away.
    if (!(fault.usageChunk && fault.cutAfterFinish)) {
        QCOMPARE(watch.usages.size(), 1);
        QVERIFY(watch.usage().completionTokens > 0);
    }
}

void TestChatStream::inStreamErrorEvent()
{
    m_server->setChunkSize(4);
    m_server->setDefaultFault(FakeFault{ .errorEventAfter = 2 });
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.failed.size(), 1);
    QCOMPARE(watch.error().kind, Kind::Server);
    QCOMPARE(watch.error().message, u"Model overloaded mid-reply"_s);
    QCOMPARE(chat->text(), u"Hello! Y"_s); // the two 4-character chunks before the error
    QCOMPARE(m_server->requestCount(), 1); // bytes arrived: not retried
}

void TestChatStream::invalidUtf8Replaced()
{
    m_server->setReplyText(u"abcdefghijkl"_s);
    m_server->setDefaultFault(FakeFault{ .invalidUtf8 = true }); // a 0xFF before "ghi"
    for (const bool stream : { true, false }) {
        ChatStream *chat = startChat(makeRequest(Model, stream));
        Watch watch(chat);
        QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
        QVERIFY2(watch.failed.isEmpty(), qPrintable(watch.error().message));
        QCOMPARE(chat->malformedEvents(), 0);
        if (stream)
            QCOMPARE(chat->text(), u"abcdef\uFFFDghijkl"_s);
        else
            QCOMPARE(chat->text(), u"abcdefghijkl"_s); // the fault shapes streams only
    }
}

void TestChatStream::redirectLoopNamed()
{
    m_server->setDefaultFault(u"redirect="_s + m_server->baseUrl()
                              + u"/v1/openai/chat/completions"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.error().kind, Kind::Protocol);
    QVERIFY2(watch.error().message.contains("too many redirects"_L1),
             qPrintable(watch.error().message));
    QVERIFY(!watch.error().userMessage().contains("not sent there"_L1));
}

void TestChatStream::gzipBombNamed()
{
    m_server->setDefaultFault(u"gzip-bomb=2000000000"_s);
    ChatStream *chat = startChat(makeRequest(Model, false));
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 30000);
    QCOMPARE(watch.error().kind, Kind::TooLarge);
    QVERIFY2(watch.error().message.contains("decompressed"_L1), qPrintable(watch.error().message));
}

void TestChatStream::hugeErrorPageNotDownloaded()
{
    m_server->setDefaultFault(u"status=500;huge=500000000"_s);
    const qint64 sentBefore = FakeServer::generatedBytesSent();
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 60000);
    QCOMPARE(watch.error().kind, Kind::Server);
    QCOMPARE(m_server->requestCount(), 3); // two retries in this test's policy
    const qint64 sentMiB = (FakeServer::generatedBytesSent() - sentBefore) / (1024 * 1024);
    QVERIFY2(sentMiB < 50, qPrintable(QString::number(sentMiB)));
}

void TestChatStream::keepAliveConnectionReused()
{
    m_server->setDefaultFault(FakeFault{ .keepAlive = true });
    for (int i = 0; i < 3; ++i) {
        ChatStream *chat = startChat(makeRequest(Model, i % 2 == 0));
        Watch watch(chat);
        QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
        QVERIFY2(watch.failed.isEmpty(), qPrintable(watch.error().message));
        QCOMPARE(chat->text(), u"Hello! You said: hi"_s);
    }
    QCOMPARE(m_server->requestCount(), 3);
    QCOMPARE(m_server->connectionCount(), 1);
}

void TestChatStream::endlessHeaderBounded_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("endless header line") << u"long-header=100000000000"_s;
    QTest::newRow("endless header lines") << u"many-headers=100000000000"_s;
    QTest::newRow("endless status line") << u"long-status=100000000000"_s;
}

void TestChatStream::endlessHeaderBounded()
{
    // Qt 6.4 buffers a reply header whole before it parses (or limits) it, and says nothing
    // while it grows: without HeaderGuard only the stall timer (a minute) ended this, at some
    // MB a second.
    QFETCH(QString, fault);
    QVERIFY2(HeaderGuard::available(), "no per-thread I/O accounting in /proc");
    RequestPolicy policy = m_client->policy();
    policy.stallTimeoutMs = 60000;
    policy.maxRetries = 0;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(fault);
    const bool peakKnown = resetPeakRss();
    const qint64 rssBefore = statusKiB("VmRSS");
    const qint64 sentBefore = FakeServer::generatedBytesSent();
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 30000);

    const ApiError error = watch.error();
    QCOMPARE(error.kind, Kind::Protocol);
    QVERIFY2(error.message.contains("endless header"_L1), qPrintable(error.message));
    QVERIFY2(error.message.contains("2 MiB"_L1), qPrintable(error.message));
    QVERIFY2(error.userMessage().contains("endless header"_L1), qPrintable(error.userMessage()));
    QCOMPARE(m_server->requestCount(), 1); // not retried
    // The server went on writing only as far as Sift read: the budget, one guard tick of
    // reading, and the socket buffers on both sides.
    const qint64 sent = FakeServer::generatedBytesSent() - sentBefore;
    qInfo("server wrote %lld KiB of header", sent / 1024);
    QVERIFY2(sent < 16 * 1024 * 1024, qPrintable(QString::number(sent)));
    if (peakKnown && rssBefore > 0) {
        const qint64 peakGrowthKiB = statusKiB("VmHWM") - rssBefore;
        qInfo("peak RSS grew by %lld KiB", peakGrowthKiB);
        QVERIFY2(peakGrowthKiB < 16 * 1024, qPrintable(QString::number(peakGrowthKiB)));
    }
}

void TestChatStream::endlessHeaderWithoutGuardNamed()
{
    // Where HeaderGuard cannot measure (here: switched off), the stall timer ends it, and the
    // message does not claim that the server went quiet.
    RequestPolicy policy = m_client->policy();
    policy.stallTimeoutMs = 1500;
    policy.maxRetries = 0;
    policy.maxHeaderBytes = 0;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"long-header=100000000000"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 20000);

    const ApiError error = watch.error();
    QCOMPARE(error.kind, Kind::Timeout);
    // Not "stopped sending data": bytes kept coming, the header never ended.
    QVERIFY2(error.message.contains("header"_L1), qPrintable(error.message));
    QVERIFY2(error.userMessage().contains("endless header"_L1), qPrintable(error.userMessage()));
}

void TestChatStream::slowHeaderAmidTrafficAccepted()
{
    // A non-streaming reply whose server answers only when done (its header comes late) is no
    // endless header, even while other replies on the same connection pool bring in far more
    // than the header budget: 16 MiB of flood (stopped at the cap) and an ordinary stream.
    RequestPolicy policy = m_client->policy();
    policy.stallTimeoutMs = 60000;
    policy.maxRetries = 0;
    m_client->setPolicy(policy);
    ChatStream *slow = startChat(makeRequest(Model + u"@slow-first=4000"_s, false));
    Watch slowWatch(slow);
    ChatStream *flood = startChat(makeRequest(Model + u"@flood=100000000"_s));
    Watch floodWatch(flood);
    QTRY_COMPARE_WITH_TIMEOUT(floodWatch.terminals(), 1, 30000);
    QCOMPARE(floodWatch.error().kind, Kind::TooLarge);
    QCOMPARE(slowWatch.terminals(), 0);          // still waiting for its header
    m_server->setReplyText(QString(3000, u'z')); // about 1,000 events over some seconds
    ChatStream *steady = startChat(makeRequest(Model + u"@drip=1"_s));
    Watch steadyWatch(steady);

    QTRY_COMPARE_WITH_TIMEOUT(slowWatch.terminals(), 1, 30000);
    QVERIFY2(slowWatch.failed.isEmpty(), qPrintable(slowWatch.error().message));
    QCOMPARE(slow->text(), u"Hello! You said: hi"_s);
    QTRY_COMPARE_WITH_TIMEOUT(steadyWatch.terminals(), 1, 60000);
    QVERIFY2(steadyWatch.failed.isEmpty(), qPrintable(steadyWatch.error().message));
}

void TestChatStream::connectionRefused()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        port = probe.serverPort();
    } // closed: nothing listens there now
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://127.0.0.1:%1/v1/openai"_s.arg(port));
    m_client->setEndpoint(endpoint);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    const ApiError error = watch.error();
    QCOMPARE(error.kind, Kind::Network);
    QCOMPARE(watch.retrying.count(), 2);
    QCOMPARE(chat->attempts(), 3);
}

void TestChatStream::cancelMidStream()
{
    m_server->setReplyText(QString(300, u'x'));
    m_server->setDefaultFault(u"drip=20"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    connect(chat, &ChatStream::delta, chat, [chat] {
        if (chat->text().size() >= 6)
            chat->cancel();
    });
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.reason(), FinishReason::Cancelled);
    QCOMPARE(chat->text(), u"xxxxxx"_s);
    QVERIFY(!chat->isRunning());
    const int deltas = int(watch.deltas.count());
    // The server would go on dripping for seconds; nothing more may reach the caller.
    QVERIFY(!watch.deltas.wait(300));
    QCOMPARE(watch.deltas.count(), deltas);
    QCOMPARE(watch.terminals(), 1);
    QCOMPARE(watch.usages.count(), 0);
    chat->cancel(); // a second cancel is a no-op
    QCOMPARE(watch.terminals(), 1);
}

void TestChatStream::cancelDuringBackoff()
{
    RequestPolicy policy = m_client->policy();
    policy.backoffBaseMs = 5000;
    policy.backoffMaxMs = 5000;
    m_client->setPolicy(policy);
    m_server->setDefaultFault(u"status=503"_s);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QVERIFY(watch.retrying.wait(5000));
    chat->cancel();
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.reason(), FinishReason::Cancelled);
    QVERIFY(!watch.failed.wait(300));
    QCOMPARE(m_server->requestCount(), 1);
}

void TestChatStream::cancelBeforeStart()
{
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    chat->cancel();
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(watch.reason(), FinishReason::Cancelled);
    // The queued start() runs now and must do nothing.
    QVERIFY(!watch.failed.wait(200));
    QCOMPARE(watch.terminals(), 1);
    QCOMPARE(m_nam->created, 0);
}

void TestChatStream::sameOriginRedirectFollowed()
{
    m_server->enqueueFault(u"redirect="_s + m_server->baseUrl() + "/v1/openai/chat/completions"_L1);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(chat->text(), u"Hello! You said: hi"_s);
    QCOMPARE(m_server->requestCount(), 2);
    QCOMPARE(m_server->requests().last().headers.value("authorization"),
             QByteArray("Bearer test-key"));
}

void TestChatStream::crossOriginRedirectRefused()
{
    FakeServer other;
    QVERIFY(other.listen());
    m_server->enqueueFault(u"redirect="_s + other.baseUrl() + "/v1/openai/chat/completions"_L1);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 0);
    QCOMPARE(watch.error().kind, Kind::Protocol);
    QCOMPARE(watch.error().message, u"the server redirected to another address"_s);
    // The key never reaches another origin.
    QCOMPARE(other.requestCount(), 0);
    QCOMPARE(m_server->requestCount(), 1);
}

void TestChatStream::insecureEndpointSendsNothing()
{
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(u"http://example.invalid/v1/openai"_s);
    m_client->setEndpoint(endpoint);
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QCOMPARE(watch.terminals(), 0); // queued, so the caller can connect first
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.error().kind, Kind::Insecure);
    QCOMPARE(m_nam->created, 0);
}

void TestChatStream::noKey()
{
    m_client->setApiKey(QString());
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QCOMPARE(watch.terminals(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.error().kind, Kind::NoKey);
    QCOMPARE(m_nam->created, 0);
    QCOMPARE(m_server->requestCount(), 0);
}

void TestChatStream::openAiKindWithoutKey()
{
    Endpoint endpoint;
    endpoint.kind = Endpoint::Kind::OpenAI;
    endpoint.baseUrl = QUrl(m_server->baseUrl() + "/v1"_L1);
    m_client->setEndpoint(endpoint);
    m_client->setApiKey(QString());
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY(!m_server->requests().first().headers.contains("authorization"));
}

void TestChatStream::bearerKey()
{
    m_server->setRequiredKey("test-key");
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.finished.count(), 1);
    const FakeServer::Request sent = m_server->requests().first();
    QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer test-key"));
    QCOMPARE(sent.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(sent.headers.value("accept"), QByteArray("text/event-stream"));
}

void TestChatStream::wrongKey()
{
    m_server->setRequiredKey("right-key");
    ChatStream *chat = startChat(makeRequest());
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);

    QCOMPARE(watch.error().kind, Kind::Auth);
    QCOMPARE(watch.error().userMessage(),
             u"The API key was rejected. Open Settings → API key and enter a valid key."_s);
    QCOMPARE(m_server->requestCount(), 1); // never retried
}

void TestChatStream::prefixStripped()
{
    ChatStream *chat = startChat(makeRequest(u"deepinfra/"_s + Model));
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);
    QCOMPARE(lastBody().value("model"_L1).toString(), Model);
    QCOMPARE(chat->request().model, Model);
}

void TestChatStream::parametersOnTheWire()
{
    ChatRequest request = makeRequest();
    request.temperature = 0.7;
    request.topP = 0.9;
    request.topK = 40;
    request.minP = 0.05;
    request.repetitionPenalty = 1.1;
    request.maxTokens = 256;
    request.stop = { u"###"_s, u"END"_s };
    request.presencePenalty = 0.5;
    request.frequencyPenalty = -0.25;
    request.seed = 1234567890123LL;
    request.n = 1;
    request.responseFormat = QJsonObject{ { "type"_L1, "json_object"_L1 } };
    request.tools = QJsonArray{ QJsonObject{ { "type"_L1, "function"_L1 } } };
    request.toolChoice = u"auto"_s;
    request.reasoningEffort = u"low"_s;
    ChatStream *chat = startChat(request);
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QCOMPARE(watch.finished.count(), 1);

    const QJsonObject body = lastBody();
    QCOMPARE(body.value("model"_L1).toString(), Model);
    const QJsonArray messages = body.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value("role"_L1).toString(), u"system"_s);
    QCOMPARE(messages.at(1).toObject().value("content"_L1).toString(), u"hi"_s);
    QCOMPARE(body.value("stream"_L1).toBool(), true);
    QCOMPARE(body.value("stream_options"_L1).toObject().value("include_usage"_L1).toBool(), true);
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.7);
    QCOMPARE(body.value("top_p"_L1).toDouble(), 0.9);
    QCOMPARE(body.value("top_k"_L1).toInt(), 40);
    QCOMPARE(body.value("min_p"_L1).toDouble(), 0.05);
    QCOMPARE(body.value("repetition_penalty"_L1).toDouble(), 1.1);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 256);
    QCOMPARE(body.value("stop"_L1).toArray(), (QJsonArray{ u"###"_s, u"END"_s }));
    QCOMPARE(body.value("presence_penalty"_L1).toDouble(), 0.5);
    QCOMPARE(body.value("frequency_penalty"_L1).toDouble(), -0.25);
    QCOMPARE(body.value("seed"_L1).toInteger(), 1234567890123LL);
    QCOMPARE(body.value("n"_L1).toInt(), 1);
    QCOMPARE(body.value("response_format"_L1).toObject().value("type"_L1).toString(),
             u"json_object"_s);
    QCOMPARE(body.value("tools"_L1).toArray().size(), 1);
    QCOMPARE(body.value("tool_choice"_L1).toString(), u"auto"_s);
    QCOMPARE(body.value("reasoning_effort"_L1).toString(), u"low"_s);
}

void TestChatStream::unsetParametersNotSent()
{
    ChatRequest request = makeRequest();
    request.includeUsage = false;
    ChatStream *chat = startChat(request);
    Watch watch(chat);
    QTRY_COMPARE_WITH_TIMEOUT(watch.terminals(), 1, 10000);
    QStringList keys = lastBody().keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{ u"messages"_s, u"model"_s, u"stream"_s }));

    ChatStream *plain = startChat(makeRequest(Model, false));
    Watch plainWatch(plain);
    QTRY_COMPARE_WITH_TIMEOUT(plainWatch.terminals(), 1, 10000);
    keys = lastBody().keys();
    keys.sort();
    QCOMPARE(keys, (QStringList{ u"messages"_s, u"model"_s, u"stream"_s }));
}

QTEST_GUILESS_MAIN(TestChatStream)
#include "tst_chatstream.moc"
