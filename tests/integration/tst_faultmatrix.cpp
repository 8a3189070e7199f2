// Every fault from issue 7 against every kind of call (chat streaming, chat non-streaming,
// models, rerank), one data row each. For each row: exactly one error reaches the caller, its
// user message is one clear line without HTML or the key, what arrived before the fault is kept,
// and the same client serves a following request normally.
#include "api/apiclient.h"
#include "fakeserver.h"
#include "models/modelinfo.h"
#include "rerank/rerankjob.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

enum class Surface { ChatStream, ChatPlain, Models, Rerank };
// How the fault is produced: by the fake server, or by where the client is pointed.
enum class Setup { ServerFault, Refused, UnknownHost, OtherHostRedirect, SameHostRedirect };

const QString Key = u"matrix-secret-key-4711"_s;
const QString ChatModel = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
const QString Reranker = u"Qwen/Qwen3-Reranker-0.6B"_s;
const QString FullReply = u"Hello! You said: hi"_s;
constexpr int Documents = 6;
constexpr int BatchSize = 2; // three batches; the fault hits the last one
constexpr int RetryAfterSeconds = 1;
constexpr qint64 HugeBytes = 400'000'000; // far beyond the default 16 MiB cap

// What one call ended with.
struct Outcome
{
    int terminals = 0;
    ApiError error;    // kind None when the call succeeded
    QString text;      // chat: the text kept
    int malformed = 0; // chat: events skipped
    int models = -1;   // models: entries parsed
    int scored = -1;   // rerank: documents scored
    int unscored = -1; // rerank: documents left without a score
    qint64 elapsedMs = 0;
};

// Peak resident memory since the last resetPeakRss(), in KiB (0 when the kernel won't say).
qint64 peakRssKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return 0;
}

bool resetPeakRss()
{
    QFile clear(u"/proc/self/clear_refs"_s);
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

RerankSet makeSet()
{
    RerankSet set;
    set.query = u"apple orchard"_s;
    set.batchSize = BatchSize;
    for (int i = 0; i < Documents; ++i)
        set.documents << RerankDocument{ u"document %1 about apples"_s.arg(i), -1 };
    return set;
}

} // namespace

Q_DECLARE_METATYPE(Surface)
Q_DECLARE_METATYPE(Setup)

class TestFaultMatrix : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void matrix_data();
    void matrix();
    void hugeReplyMemoryBounded_data();
    void hugeReplyMemoryBounded();

private:
    Outcome run(Surface surface);
    void pointAt(const QUrl &base);

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

void TestFaultMatrix::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<Usage>();
    qRegisterMetaType<FinishReason>();
    qRegisterMetaType<RerankResult>();
}

void TestFaultMatrix::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_server->setRequiredKey(Key.toUtf8());
    m_client = std::make_unique<ApiClient>();
    m_client->setApiKey(Key);
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 2000; // above Retry-After, so the server's delay is what counts
    policy.maxRetries = 2;
    policy.stallTimeoutMs = 700;
    m_client->setPolicy(policy);
    pointAt(QUrl(m_server->baseUrl() + "/v1/openai"_L1));
}

void TestFaultMatrix::cleanup()
{
    m_client.reset();
    m_server.reset();
}

void TestFaultMatrix::pointAt(const QUrl &base)
{
    Endpoint endpoint;
    endpoint.name = u"Matrix"_s;
    endpoint.baseUrl = base;
    m_client->setEndpoint(endpoint);
}

Outcome TestFaultMatrix::run(Surface surface)
{
    Outcome out;
    QElapsedTimer clock;
    clock.start();
    const auto done = [&] { out.elapsedMs = clock.elapsed(); };

    if (surface == Surface::ChatStream || surface == Surface::ChatPlain) {
        ChatRequest request;
        request.model = ChatModel;
        request.stream = surface == Surface::ChatStream;
        request.messages = { { u"user"_s, u"hi"_s } };
        std::unique_ptr<ChatStream> chat(m_client->chat(request, nullptr));
        chat->setParent(nullptr);
        QSignalSpy finished(chat.get(), &ChatStream::finished);
        QSignalSpy failed(chat.get(), &ChatStream::failed);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 20000); }();
        done();
        out.terminals = int(finished.count() + failed.count());
        if (!failed.isEmpty())
            out.error = failed.first().first().value<ApiError>();
        out.text = chat->text();
        out.malformed = chat->malformedEvents();
    } else if (surface == Surface::Models) {
        JsonReply *reply = m_client->getJson(m_client->endpoint().modelsUrl(), nullptr);
        std::unique_ptr<JsonReply> owned(reply);
        reply->setParent(nullptr);
        QSignalSpy finished(reply, &JsonReply::finished);
        QSignalSpy failed(reply, &JsonReply::failed);
        [&] { QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 20000); }();
        done();
        out.terminals = int(finished.count() + failed.count());
        if (!failed.isEmpty())
            out.error = failed.first().first().value<ApiError>();
        else
            out.models
                = int(parseOpenAiModelList(finished.first().first().value<QJsonDocument>().object())
                          .size());
    } else {
        RerankJob job(m_client.get(), makeSet(), Reranker);
        job.setMaxInFlight(1); // batches in order, so the fault lands on the last one
        QSignalSpy finished(&job, &RerankJob::finished);
        job.start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 30000); }();
        done();
        out.terminals = int(finished.count());
        const RerankResult result = job.result();
        out.error = result.firstError();
        out.scored = int(result.ranked.size());
        out.unscored = int(result.unscored.size());
    }
    return out;
}

void TestFaultMatrix::matrix_data()
{
    QTest::addColumn<Surface>("surface");
    QTest::addColumn<Setup>("setup");
    QTest::addColumn<QString>("spec");
    QTest::addColumn<Kind>("kind");         // None: the call succeeds despite the fault
    QTest::addColumn<bool>("keepsPartial"); // text/scores from before the fault survive
    QTest::addColumn<QString>("mentions");  // the user message must contain this

    struct Fault
    {
        const char *name;
        Setup setup;
        QString spec;
        Kind kind;
        QString mentions;
    };
    const QList<Fault> faults{
        { "401", Setup::ServerFault, u"status=401"_s, Kind::Auth, {} },
        { "403", Setup::ServerFault, u"status=403"_s, Kind::Auth, {} },
        { "402", Setup::ServerFault, u"status=402"_s, Kind::Payment, {} },
        { "404", Setup::ServerFault, u"status=404"_s, Kind::NotFound, {} },
        { "422", Setup::ServerFault, u"status=422"_s, Kind::InvalidRequest, u"temperature"_s },
        { "429",
          Setup::ServerFault,
          u"status=429,retry-after=%1"_s.arg(RetryAfterSeconds),
          Kind::RateLimited,
          {} },
        { "500", Setup::ServerFault, u"status=500"_s, Kind::Server, {} },
        { "502", Setup::ServerFault, u"status=502"_s, Kind::Server, {} },
        { "503", Setup::ServerFault, u"status=503"_s, Kind::Server, {} },
        { "refused", Setup::Refused, {}, Kind::Network, {} },
        { "unknown host", Setup::UnknownHost, {}, Kind::Network, {} },
        { "cut", Setup::ServerFault, u"cut=3"_s, Kind::Network, {} },
        { "stall", Setup::ServerFault, u"stall"_s, Kind::Timeout, {} },
        { "malformed", Setup::ServerFault, u"malformed"_s, Kind::Protocol, {} },
        { "not json", Setup::ServerFault, u"notjson"_s, Kind::Protocol, {} },
        { "html page", Setup::ServerFault, u"html"_s, Kind::Protocol, {} },
        { "50 MB", Setup::ServerFault, u"huge=50000000"_s, Kind::TooLarge, {} },
        { "redirect other host", Setup::OtherHostRedirect, {}, Kind::Protocol, u"redirected"_s },
        { "redirect same host", Setup::SameHostRedirect, {}, Kind::None, {} },
    };
    const QList<std::pair<const char *, Surface>> surfaces{
        { "chat stream", Surface::ChatStream },
        { "chat", Surface::ChatPlain },
        { "models", Surface::Models },
        { "rerank", Surface::Rerank },
    };
    for (const auto &[surfaceName, surface] : surfaces) {
        for (const Fault &f : faults) {
            Kind kind = f.kind;
            bool partial = false;
            if (surface == Surface::Rerank) {
                // The first two batches were scored before the fault; an endpoint that cannot
                // be reached at all leaves nothing to keep.
                partial = f.setup != Setup::Refused && f.setup != Setup::UnknownHost
                    && kind != Kind::None;
            } else if (surface == Surface::ChatStream) {
                partial = f.spec == "cut=3"_L1 || f.spec == "stall"_L1;
                // A broken event mid-stream is skipped and counted; the reply goes on.
                if (f.spec == "malformed"_L1)
                    kind = Kind::None;
            }
            QTest::addRow("%s: %s", surfaceName, f.name)
                << surface << f.setup << f.spec << kind << partial << f.mentions;
        }
    }
}

void TestFaultMatrix::matrix()
{
    QFETCH(Surface, surface);
    QFETCH(Setup, setup);
    QFETCH(QString, spec);
    QFETCH(Kind, kind);
    QFETCH(bool, keepsPartial);
    QFETCH(QString, mentions);

    const QUrl goodBase(m_server->baseUrl() + "/v1/openai"_L1);
    FakeServer other;
    QVERIFY(other.listen());
    int priorRequests = 0;
    if (surface == Surface::Rerank) {
        // Two clean batches first (an empty entry means "no fault").
        m_server->enqueueFault(QString());
        m_server->enqueueFault(QString());
        priorRequests = 2;
    }
    switch (setup) {
    case Setup::ServerFault:
        m_server->setDefaultFault(spec);
        break;
    case Setup::Refused: {
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        } // closed: nothing listens there now
        pointAt(QUrl(u"http://127.0.0.1:%1/v1/openai"_s.arg(port)));
        break;
    }
    case Setup::UnknownHost: {
        // A name longer than DNS allows (over 255 bytes) fails inside the local resolver: no
        // query leaves the machine, unlike a plain ".invalid" name, which glibc does send to
        // the configured name server.
        QStringList labels(5, QString(60, u'a'));
        labels << u"invalid"_s;
        const QUrl base(u"https://%1/v1/openai"_s.arg(labels.join(u'.')));
        QVERIFY2(base.isValid(), qPrintable(base.errorString()));
        pointAt(base);
        break;
    }
    case Setup::OtherHostRedirect:
        // "localhost" instead of 127.0.0.1, and another port: another origin in every respect.
        m_server->setDefaultFault(u"redirect=http://localhost:%1%2"_s.arg(other.port())
                                      .arg(surface == Surface::Models ? u"/v1/openai/models"_s
                                               : surface == Surface::Rerank
                                               ? u"/v1/inference/"_s + Reranker
                                               : u"/v1/openai/chat/completions"_s));
        break;
    case Setup::SameHostRedirect:
        m_server->enqueueFault(u"redirect="_s + m_server->baseUrl()
                               + (surface == Surface::Models ? u"/v1/openai/models"_s
                                      : surface == Surface::Rerank
                                      ? u"/v1/inference/"_s + Reranker
                                      : u"/v1/openai/chat/completions"_s));
        break;
    }

    const Outcome out = run(surface);
    QCOMPARE(out.terminals, 1);
    QCOMPARE(out.error.kind, kind);

    if (kind != Kind::None) {
        const QString message = out.error.userMessage();
        qInfo("user sees: %s", qPrintable(message)); // docs/RELIABILITY.md quotes these
        QVERIFY2(!message.trimmed().isEmpty(), "an empty message tells the user nothing");
        QVERIFY2(!message.contains(u'\n'), qPrintable(message));
        // Short, apart from the address it may quote (the unknown host's is long on purpose).
        QVERIFY2(QString(message).remove(m_client->endpoint().baseUrl.host()).size() <= 300,
                 qPrintable(message));
        static const QRegularExpression markup(u"<\\s*[A-Za-z!/]"_s);
        QVERIFY2(!message.contains(markup), qPrintable(message));
        QVERIFY2(!message.contains(Key), "the key must never appear in a message");
        QVERIFY2(message.endsWith(u'.') || message.endsWith(u'?'), qPrintable(message));
        if (!mentions.isEmpty())
            QVERIFY2(message.contains(mentions), qPrintable(message));
    }

    switch (surface) {
    case Surface::ChatStream:
    case Surface::ChatPlain:
        if (kind == Kind::None) {
            QCOMPARE(out.text, FullReply);
            QCOMPARE(out.malformed, spec == "malformed"_L1 ? 1 : 0);
        } else if (keepsPartial) {
            QVERIFY2(!out.text.isEmpty() && FullReply.startsWith(out.text), qPrintable(out.text));
            QVERIFY(out.text != FullReply);
        } else {
            QCOMPARE(out.text, QString());
        }
        break;
    case Surface::Models:
        QCOMPARE(out.models > 0, kind == Kind::None);
        break;
    case Surface::Rerank:
        QCOMPARE(out.scored + out.unscored, Documents);
        if (kind == Kind::None)
            QCOMPARE(out.scored, Documents);
        else if (keepsPartial)
            QCOMPARE(out.scored, Documents - BatchSize);
        else
            QCOMPARE(out.scored, 0);
        break;
    }

    if (spec.startsWith("status=429"_L1)) {
        // Retried twice, each time after the server's Retry-After, then given up on.
        QCOMPARE(m_server->requestCount() - priorRequests, 3);
        QVERIFY2(out.elapsedMs >= 2 * RetryAfterSeconds * 1000 - 50,
                 qPrintable(QString::number(out.elapsedMs)));
    }
    if (setup == Setup::OtherHostRedirect) {
        for (const FakeServer::Request &request : other.requests())
            QVERIFY2(!request.headers.contains("authorization"), "key sent to another host");
    }
    if (setup == Setup::UnknownHost || setup == Setup::Refused)
        QCOMPARE(m_server->requestCount(), 0);

    // Still usable: the same client, pointed back at a healthy server, works normally.
    pointAt(goodBase);
    m_server->setDefaultFault(FakeFault());
    const Outcome again = run(surface);
    QCOMPARE(again.terminals, 1);
    QCOMPARE(again.error.kind, Kind::None);
    switch (surface) {
    case Surface::ChatStream:
    case Surface::ChatPlain:
        QCOMPARE(again.text, FullReply);
        break;
    case Surface::Models:
        QVERIFY(again.models > 0);
        break;
    case Surface::Rerank:
        QCOMPARE(again.scored, Documents);
        break;
    }
}

void TestFaultMatrix::hugeReplyMemoryBounded_data()
{
    QTest::addColumn<Surface>("surface");
    QTest::newRow("chat stream") << Surface::ChatStream;
    QTest::newRow("chat") << Surface::ChatPlain;
    QTest::newRow("models") << Surface::Models;
}

void TestFaultMatrix::hugeReplyMemoryBounded()
{
    QFETCH(Surface, surface);
    if (!resetPeakRss())
        QSKIP("this kernel cannot reset the peak RSS counter");
    const qint64 before = peakRssKiB();
    m_server->setDefaultFault(u"huge=%1"_s.arg(HugeBytes));
    const Outcome out = run(surface);
    QCOMPARE(out.error.kind, Kind::TooLarge);
    const qint64 growthMiB = (peakRssKiB() - before) / 1024;
    qInfo("peak RSS growth for a %lld MB reply: %lld MiB (cap %lld MiB)", HugeBytes / 1000000,
          growthMiB, m_client->policy().maxReplyBytes / (1024 * 1024));
    // The reply is cut at the cap: memory holds a few times the cap at most, never the reply.
    QVERIFY2(growthMiB < 4 * m_client->policy().maxReplyBytes / (1024 * 1024),
             qPrintable(QString::number(growthMiB)));
}

QTEST_GUILESS_MAIN(TestFaultMatrix)
#include "tst_faultmatrix.moc"
