#include "clitest.h"
#include "fakeserver.h"
#include "requirement.h"

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>

using namespace Qt::StringLiterals;

// The real sift binary, run as a user would, against the local fake server. Every run gets a
// throwaway HOME and a D-Bus address that leads nowhere, so no real keychain is touched.
class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void chatStreamsReply();
    void chatNoStream();
    void chatPromptFromStdin_data();
    void chatPromptFromStdin();
    void chatSendsOptions();
    void deepInfraKeyStaysWithDeepInfra();
    void stallTimeoutFromSettings();
    void keyWithLineBreakIsNotSent();
    void credentialsInBaseUrlRefused();
    void exitCodes_data();
    void exitCodes();
    void partialReplyStaysPrinted();
    void refusedPortIsNetworkError();
    void chatWritesAsItArrives();
    void interruptStopsCleanly();
    void modelsFiltered();
    void modelsJson();
    void modelsLive();
    void modelsMarkVision();
    void keyStatus_data();
    void keyStatus();
    void keySetWithoutKeychainWritesNoFile();
    void keyLifecycleWithKeychain();
    void versionAndHelp();

private:
    using Run = CliTest::Run;
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QHash<QString, QString> &env = {});
    QString chatUrl() const { return m_server->baseUrl() + u"/v1/openai"_s; }

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<QTemporaryDir> m_home;
};

static const QString TestKey = u"cli-test-key-5b21"_s;

TestCli::Run TestCli::run(const QStringList &arguments, const QByteArray &input,
                          const QHash<QString, QString> &env)
{
    QProcessEnvironment environment = CliTest::environment(m_home->path(), TestKey);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isNull())
            environment.remove(it.key());
        else
            environment.insert(it.key(), it.value());
    }
    // Wait on the signal: the fake server lives on this thread's event loop.
    return CliTest::runWaitingOnSignal(environment, arguments, input);
}

void TestCli::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
}

void TestCli::chatStreamsReply()
{
    m_server->setDefaultFault(u"drip=40"_s);
    const Run r = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"-m"_s,
                        u"meta-llama/Meta-Llama-3-8B-Instruct"_s, u"hi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"Hello! You said: hi\n"_s);
    // "12 + 2 tokens, $0.0000012" shape, on stderr only.
    const QRegularExpression usage(u"^\\d+ \\+ \\d+ tokens, \\$0\\.0*\\d+\\s*$"_s);
    QVERIFY2(usage.match(r.err).hasMatch(), qPrintable(r.err));

    QCOMPARE(m_server->requestCount(), 1);
    const FakeServer::Request request = m_server->requests().first();
    QCOMPARE(request.headers.value("authorization"), "Bearer " + TestKey.toUtf8());
    const QJsonObject body = QJsonDocument::fromJson(request.body).object();
    QCOMPARE(body.value("model"_L1).toString(), u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QCOMPARE(body.value("stream"_L1).toBool(), true);
}

void TestCli::chatNoStream()
{
    const Run r
        = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"--no-stream"_s, u"hello"_s, u"there"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"Hello! You said: hello there\n"_s);
    QVERIFY(r.err.contains(u"tokens"_s));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value("stream"_L1).toBool(), false);
}

void TestCli::chatPromptFromStdin_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("dash") << QStringList{ u"-"_s };
    QTest::newRow("no prompt, piped") << QStringList();
}

void TestCli::chatPromptFromStdin()
{
    QFETCH(QStringList, extra);
    const Run r = run(QStringList{ u"chat"_s, u"--base-url"_s, chatUrl() } + extra, "from stdin ✓");
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, u"Hello! You said: from stdin ✓\n"_s);
}

void TestCli::chatSendsOptions()
{
    const Run r = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"-s"_s, u"Be terse."_s, u"-t"_s,
                        u"0.5"_s, u"--max-tokens"_s, u"3"_s, u"-m"_s,
                        u"deepinfra/mistralai/Mistral-7B-Instruct-v0.1"_s, u"hi"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject body = QJsonDocument::fromJson(m_server->requests().first().body).object();
    QCOMPARE(body.value("model"_L1).toString(), u"mistralai/Mistral-7B-Instruct-v0.1"_s);
    QCOMPARE(body.value("temperature"_L1).toDouble(), 0.5);
    QCOMPARE(body.value("max_tokens"_L1).toInt(), 3);
    const QJsonArray messages = body.value("messages"_L1).toArray();
    QCOMPARE(messages.size(), 2);
    QCOMPARE(messages.at(0).toObject().value("content"_L1).toString(), u"Be terse."_s);
    // Three chunks, then the length limit: the user is told how to get more.
    QCOMPARE(r.out, u"Hello! Yo\n"_s);
    QVERIFY(r.err.contains(u"--max-tokens"_s));
}

// Issue 12: DEEPINFRA_API_KEY belongs to deepinfra-kind endpoints. Another server gets no key
// unless the user names a variable for it with --api-key-env.
void TestCli::deepInfraKeyStaysWithDeepInfra()
{
    const QString proxy = m_server->baseUrl() + u"/v1"_s;
    const Run plain = run({ u"chat"_s, u"--kind"_s, u"openai"_s, u"--base-url"_s, proxy, u"hi"_s });
    QVERIFY2(plain.exitCode == 0, qPrintable(plain.err));
    QCOMPARE(m_server->requestCount(), 1);
    QVERIFY2(!m_server->requests().first().headers.contains("authorization"),
             m_server->requests().first().headers.value("authorization").constData());

    m_server->clearRequests();
    const Run named = run({ u"chat"_s, u"--kind"_s, u"openai"_s, u"--base-url"_s, proxy,
                            u"--api-key-env"_s, u"SIFT_PROXY_KEY"_s, u"hi"_s },
                          {}, { { u"SIFT_PROXY_KEY"_s, u"proxy-key-77"_s } });
    QVERIFY2(named.exitCode == 0, qPrintable(named.err));
    QCOMPARE(m_server->requests().first().headers.value("authorization"),
             QByteArray("Bearer proxy-key-77"));

    // The models list of a proxy (--live) and a rerank go the same way.
    m_server->clearRequests();
    const Run models
        = run({ u"models"_s, u"--live"_s, u"--kind"_s, u"openai"_s, u"--base-url"_s, proxy });
    QVERIFY2(models.exitCode == 0, qPrintable(models.err));
    QVERIFY(m_server->requestCount() >= 1);
    for (const FakeServer::Request &request : m_server->requests())
        QVERIFY(!request.headers.contains("authorization"));

    // `sift key status` tells the same story.
    const Run status = run({ u"key"_s, u"status"_s, u"--kind"_s, u"openai"_s });
    QVERIFY2(!status.out.contains(u"environment"_s), qPrintable(status.out));
}

// The stall timeout set in Settings (Sift.conf) applies to every command's client, the model
// list included (which used to wait the default 60 s).
void TestCli::stallTimeoutFromSettings()
{
    QDir().mkpath(m_home->path() + u"/.config/Sift"_s);
    QFile config(m_home->path() + u"/.config/Sift/Sift.conf"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[Network]\nStallTimeoutMs=1000\n");
    config.close();
    m_server->setDefaultFault(u"stall"_s);
    // A retried stall is 3 tries of 1 s here; with the default it would be minutes.
    const Run models = run({ u"models"_s, u"--live"_s, u"--base-url"_s, chatUrl() });
    QCOMPARE(models.exitCode, 4);
    const Run chat = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"hi"_s });
    QCOMPARE(chat.exitCode, 4);
    QVERIFY2(chat.err.contains(u"no data for 1 second"_s), qPrintable(chat.err));
}

// Issue 18 item 7: a key with CR/LF from the environment would inject headers; it is refused
// before anything is sent.
void TestCli::keyWithLineBreakIsNotSent()
{
    const Run r = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"hi"_s }, {},
                      { { u"DEEPINFRA_API_KEY"_s, u"sk-abc\r\nX-Injected: yes"_s } });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(u"DEEPINFRA_API_KEY"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"control character"_s), qPrintable(r.err));
    QCOMPARE(m_server->requestCount(), 0);

    const Run set = run({ u"key"_s, u"set"_s }, "sk-abc\rX-Injected: yes\n");
    QVERIFY(set.exitCode != 0);
    QVERIFY2(set.err.contains(u"control character"_s), qPrintable(set.err));
}

// Issue 18 item 10: user:pass@ in --base-url is refused (never sent, never stored).
void TestCli::credentialsInBaseUrlRefused()
{
    const QString url = u"http://someone:s3cret-pw@127.0.0.1:%1/v1/openai"_s.arg(m_server->port());
    const Run r = run({ u"chat"_s, u"--base-url"_s, url, u"hi"_s });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(u"password"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(u"s3cret-pw"_s));
    QCOMPARE(m_server->requestCount(), 0);
}

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("fault");
    QTest::addColumn<QString>("keyEnv"); // null = unset
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message"); // part of stderr

    QTest::newRow("401 wrong key")
        << QStringList{ u"chat"_s, u"hi"_s } << QString() << u"wrong-key"_s << 3 << u"API key"_s;
    QTest::newRow("no key anywhere") << QStringList{ u"chat"_s, u"hi"_s } << QString() << QString()
                                     << 3 << u"No API key for endpoint DeepInfra"_s;
    QTest::newRow("500") << QStringList{ u"chat"_s, u"hi"_s } << u"status=500"_s << TestKey << 5
                         << QString();
    QTest::newRow("402") << QStringList{ u"chat"_s, u"hi"_s } << u"status=402"_s << TestKey << 5
                         << QString();
    QTest::newRow("bad option") << QStringList{ u"chat"_s, u"--frobnicate"_s, u"hi"_s } << QString()
                                << TestKey << 2 << u"frobnicate"_s;
    QTest::newRow("bad temperature") << QStringList{ u"chat"_s, u"-t"_s, u"hot"_s, u"hi"_s }
                                     << QString() << TestKey << 2 << u"--temperature"_s;
    QTest::newRow("bad max tokens") << QStringList{ u"chat"_s, u"--max-tokens"_s, u"-4"_s, u"hi"_s }
                                    << QString() << TestKey << 2 << u"--max-tokens"_s;
    QTest::newRow("unknown endpoint")
        << QStringList{ u"chat"_s, u"--endpoint"_s, u"Nowhere"_s, u"hi"_s } << QString() << TestKey
        << 2 << u"Nowhere"_s;
    QTest::newRow("bad kind") << QStringList{ u"chat"_s, u"--kind"_s, u"cohere"_s, u"hi"_s }
                              << QString() << TestKey << 2 << u"cohere"_s;
    QTest::newRow("empty prompt") << QStringList{ u"chat"_s, u"-"_s } << QString() << TestKey << 2
                                  << u"prompt"_s;
    QTest::newRow("key without action")
        << QStringList{ u"key"_s } << QString() << TestKey << 2 << u"sift key status"_s;
    QTest::newRow("models stray argument")
        << QStringList{ u"models"_s, u"extra"_s } << QString() << TestKey << 2 << u"extra"_s;
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, fault);
    QFETCH(QString, keyEnv);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    m_server->setRequiredKey(TestKey.toUtf8());
    if (!fault.isEmpty())
        m_server->setDefaultFault(fault);
    if (arguments.first() == "chat"_L1)
        arguments << u"--base-url"_s << chatUrl();
    const Run r = run(arguments, {}, { { u"DEEPINFRA_API_KEY"_s, keyEnv } });
    QVERIFY2(r.exitCode == exitCode,
             qPrintable(u"exit %1, stderr: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!r.err.trimmed().isEmpty());
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(!r.err.contains(TestKey));
    QVERIFY(!r.out.contains(TestKey));
    // A rejected key from the environment names the variable, not a Settings dialog.
    if (exitCode == 3 && !keyEnv.isEmpty()) {
        QVERIFY2(r.err.contains(u"DEEPINFRA_API_KEY"_s), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"Settings"_s), qPrintable(r.err));
    }
}

void TestCli::partialReplyStaysPrinted()
{
    m_server->setDefaultFault(u"cut=3"_s);
    const Run r = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"hi"_s });
    QCOMPARE(r.exitCode, 4);
    QCOMPARE(r.out, u"Hello! Yo\n"_s);
    QCOMPARE(r.err.trimmed().count(u'\n'), 0); // one line
    QVERIFY(!r.err.trimmed().isEmpty());
}

void TestCli::refusedPortIsNetworkError()
{
    // A port that was just free: nothing listens there.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run r = run(
        { u"chat"_s, u"--base-url"_s, u"http://127.0.0.1:%1/v1/openai"_s.arg(port), u"hi"_s });
    QVERIFY2(r.exitCode == 4, qPrintable(u"exit %1, stderr: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(r.err.trimmed().count(u'\n'), 0);
}

// Written as it arrives, not all at the end: the server sends the first piece of the reply and
// then holds the connection, so text on stdout while sift still runs can only be streamed text.
void TestCli::chatWritesAsItArrives()
{
    m_server->setDefaultFault(u"stall"_s);
    m_server->setReplyText(u"A reply of which only the first piece is ever sent."_s);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home->path());
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    environment.insert(u"DEEPINFRA_API_KEY"_s, TestKey);
    process.setProcessEnvironment(environment);
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    process.start(QStringLiteral(SIFT_BINARY), { u"chat"_s, u"--base-url"_s, chatUrl(), u"go"_s });
    QVERIFY(process.waitForStarted(10000));
    process.closeWriteChannel();
    QVERIFY(output.wait(30000));
    QCOMPARE(process.state(), QProcess::Running);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(!out.isEmpty() && u"A reply of which only"_s.startsWith(out), qPrintable(out));
    process.kill();
    QVERIFY(process.waitForFinished(10000));
}

void TestCli::interruptStopsCleanly()
{
    // The server sends one piece and holds the rest: what is printed does not depend on when the
    // signal lands.
    m_server->setDefaultFault(u"stall"_s);
    m_server->setReplyText(u"A long reply that takes seconds to drip in, chunk by chunk."_s);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"HOME"_s, m_home->path());
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent"_s);
    environment.insert(u"DEEPINFRA_API_KEY"_s, TestKey);
    process.setProcessEnvironment(environment);
    QSignalSpy output(&process, &QProcess::readyReadStandardOutput);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SIFT_BINARY), { u"chat"_s, u"--base-url"_s, chatUrl(), u"go"_s });
    QVERIFY(process.waitForStarted(10000));
    process.closeWriteChannel();
    QVERIFY(output.wait(10000)); // the reply has started
    QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
    QVERIFY(finished.wait(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 130);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.endsWith(u'\n'), qPrintable(out));
    QVERIFY2(out.size() > 1
                 && u"A long reply that takes seconds to drip in"_s.startsWith(out.chopped(1)),
             qPrintable(out));
    QVERIFY(QString::fromUtf8(process.readAllStandardError()).contains(u"Stopped"_s));
}

void TestCli::modelsFiltered()
{
    const Run r = run({ u"models"_s, u"--type"_s, u"rerank"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4); // header + 3
    QVERIFY(lines.at(1).startsWith(u"Qwen/Qwen3-Reranker-0.6B "_s));
    QVERIFY(lines.at(2).startsWith(u"Qwen/Qwen3-Reranker-4B "_s));
    QVERIFY(lines.at(3).startsWith(u"Qwen/Qwen3-Reranker-8B "_s));
    QVERIFY(lines.at(1).contains(u"$0.01"_s));
    QVERIFY(lines.at(1).contains(u"32768"_s));
    QVERIFY(!r.out.contains(u"Llama"_s));

    const Run all = run({ u"models"_s });
    QCOMPARE(all.exitCode, 0);
    QCOMPARE(all.out.split(u'\n', Qt::SkipEmptyParts).size(), 12);
    QCOMPARE(run({ u"models"_s, u"--type"_s, u"bogus"_s }).exitCode, 2);
}

void TestCli::modelsJson()
{
    const Run r = run({ u"models"_s, u"--type"_s, u"chat"_s, u"--json"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonArray list = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(list.size(), 8);
    QCOMPARE(list.first().toObject().value("id"_L1).toString(),
             u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QCOMPARE(list.first().toObject().value("type"_L1).toString(), u"chat"_s);
    QVERIFY(list.first().toObject().value("price_in"_L1).isNull());
}

void TestCli::modelsLive()
{
    // --live fetches, prints live prices and caches; the next plain run shows the cached list.
    const Run r
        = run({ u"models"_s, u"--live"_s, u"--base-url"_s, chatUrl(), u"--type"_s, u"chat"_s });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QStringList paths;
    for (const FakeServer::Request &request : m_server->requests())
        paths.append(QString::fromUtf8(request.path));
    paths.sort();
    QCOMPARE(paths, QStringList({ u"/models/list"_s, u"/v1/openai/models"_s }));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 1 + 11); // header, 8 documented + 3 live chat models
    QVERIFY(lines.at(1).startsWith(u"meta-llama/Meta-Llama-3-8B-Instruct "_s));
    QVERIFY2(lines.at(1).contains(u"$0.03"_s) && lines.at(1).contains(u"$0.06"_s),
             qPrintable(lines.at(1)));
    QVERIFY(lines.last().startsWith(u"Gryphe/MythoMax-L2-13b "_s));
    QVERIFY(lines.last().endsWith(u"deprecated"_s));

    m_server->clearRequests();
    const Run cached = run({ u"models"_s, u"--base-url"_s, chatUrl(), u"--json"_s });
    QVERIFY2(cached.exitCode == 0, qPrintable(cached.err));
    QCOMPARE(m_server->requestCount(), 0);
    const QJsonArray list = QJsonDocument::fromJson(cached.out.toUtf8()).array();
    QCOMPARE(list.size(), 15);
    QCOMPARE(list.last().toObject().value("source"_L1).toString(), u"live"_s);

    // A failing live fetch is an error with the CLI's exit codes.
    m_server->setDefaultFault(u"status=401"_s);
    const Run denied = run({ u"models"_s, u"--live"_s, u"--base-url"_s, chatUrl() });
    QCOMPARE(denied.exitCode, 3);
    QVERIFY(denied.out.isEmpty());
    QVERIFY(!denied.err.isEmpty());
    const Run noKey = run({ u"models"_s, u"--live"_s, u"--base-url"_s, chatUrl() }, {},
                          { { u"DEEPINFRA_API_KEY"_s, QString() } });
    QCOMPARE(noKey.exitCode, 3);
}

// Issue 17: which models accept images, in the table (IMAGES column) and in --json ("vision").
void TestCli::modelsMarkVision()
{
    QVERIFY(run({ u"models"_s, u"--live"_s, u"--base-url"_s, chatUrl() }).exitCode == 0);
    // The cached live list: the fake endpoint tags Llama 3.2 Vision as vision; one more model
    // is added to the cache marked so.
    QDirIterator files(m_home->path() + u"/.cache"_s, { u"models-*.json"_s }, QDir::Files,
                       QDirIterator::Subdirectories);
    QVERIFY(files.hasNext());
    QFile cache(files.next());
    QVERIFY(cache.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(cache.readAll()).object();
    cache.close();
    QJsonArray list = root.value("models"_L1).toArray();
    list.append(QJsonObject{ { "id"_L1, u"acme/seer-7b"_s },
                             { "type"_L1, u"chat"_s },
                             { "source"_L1, u"live"_s },
                             { "vision"_L1, true } });
    root.insert("models"_L1, list);
    QVERIFY(cache.open(QIODevice::WriteOnly | QIODevice::Truncate));
    cache.write(QJsonDocument(root).toJson());
    cache.close();

    const Run table = run({ u"models"_s, u"--base-url"_s, chatUrl(), u"--type"_s, u"chat"_s });
    QVERIFY2(table.exitCode == 0, qPrintable(table.err));
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.first().endsWith(u"IMAGES"_s), qPrintable(lines.first()));
    const int column = int(lines.first().indexOf(u"IMAGES"_s));
    const auto imagesOf = [&](const QString &id) {
        for (const QString &line : lines) {
            if (line.startsWith(id + u' '))
                return line.mid(column).section(u' ', 0, 0);
        }
        return QString();
    };
    QCOMPARE(imagesOf(u"acme/seer-7b"_s), u"yes"_s);
    QCOMPARE(imagesOf(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s), u"yes"_s);
    QCOMPARE(imagesOf(u"meta-llama/Meta-Llama-3-8B-Instruct"_s), u"-"_s);
    QCOMPARE(imagesOf(u"Gryphe/MythoMax-L2-13b"_s), u"-"_s);

    const Run json = run({ u"models"_s, u"--base-url"_s, chatUrl(), u"--json"_s });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QHash<QString, bool> vision;
    for (const QJsonValue &value : QJsonDocument::fromJson(json.out.toUtf8()).array()) {
        const QJsonObject entry = value.toObject();
        QVERIFY2(entry.value("vision"_L1).isBool(), qPrintable(entry.value("id"_L1).toString()));
        vision.insert(entry.value("id"_L1).toString(), entry.value("vision"_L1).toBool());
    }
    QCOMPARE(vision.value(u"acme/seer-7b"_s), true);
    QCOMPARE(vision.value(u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s), true);
    QCOMPARE(vision.value(u"meta-llama/Meta-Llama-3-8B-Instruct"_s, true), false);
    QCOMPARE(vision.value(u"Qwen/Qwen3-Reranker-0.6B"_s, true), false);
}

void TestCli::keyStatus_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("keyEnv");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no keychain") << QStringList() << QString()
                                 << u"DeepInfra: no keychain available\n"_s;
    QTest::newRow("environment") << QStringList() << TestKey
                                 << u"DeepInfra: from environment (DEEPINFRA_API_KEY)\n"_s;
    QTest::newRow("other variable") << QStringList{ u"--api-key-env"_s, u"SIFT_OTHER_KEY"_s }
                                    << TestKey << u"DeepInfra: no keychain available\n"_s;
}

void TestCli::keyStatus()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, keyEnv);
    QFETCH(QString, expected);
    const Run r = run(QStringList{ u"key"_s, u"status"_s } + extra, {},
                      { { u"DEEPINFRA_API_KEY"_s, keyEnv } });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(r.out, expected);
    QVERIFY(!r.out.contains(TestKey));
}

void TestCli::keySetWithoutKeychainWritesNoFile()
{
    const QString secret = u"sk-never-on-disk-93d1"_s;
    const Run r = run({ u"key"_s, u"set"_s }, secret.toUtf8() + '\n');
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(u"keychain"_s), qPrintable(r.err));
    QVERIFY(!r.err.contains(secret));
    QDirIterator it(m_home->path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains(secret.toUtf8()), qPrintable(file.fileName()));
    }

    const Run empty = run({ u"key"_s, u"set"_s }, "\n");
    QCOMPARE(empty.exitCode, 2);
}

void TestCli::keyLifecycleWithKeychain()
{
    const QString bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (bus.isEmpty())
        SIFT_SKIP_OR_FAIL(
            "No D-Bus session: run inside scripts/test (dbus-run-session + gnome-keyring).");
    // A unique endpoint (so a unique keychain account) in the throwaway config: a real
    // keychain entry of the user is never touched.
    const QString name = u"CliTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QDir().mkpath(m_home->path() + u"/.config/Sift"_s);
    QFile config(m_home->path() + u"/.config/Sift/Sift.conf"_s);
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write("[Endpoints]\n1\\name=" + name.toUtf8()
                 + "\n1\\kind=deepinfra\n1\\baseUrl=https://api.deepinfra.com/v1/openai\n"
                   "size=1\n");
    config.close();

    const QHash<QString, QString> env
        = { { u"DBUS_SESSION_BUS_ADDRESS"_s, bus }, { u"DEEPINFRA_API_KEY"_s, QString() } };
    const QStringList endpoint = { u"--endpoint"_s, name };
    const Run before = run(QStringList{ u"key"_s, u"status"_s } + endpoint, {}, env);
    if (before.out.contains(u"no keychain available"_s))
        SIFT_SKIP_OR_FAIL("No secret service on this D-Bus session.");
    QCOMPARE(before.out, name + u": not stored\n"_s);

    const Run set = run(QStringList{ u"key"_s, u"set"_s } + endpoint, TestKey.toUtf8() + '\n', env);
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    QVERIFY(!set.out.contains(TestKey));
    QCOMPARE(run(QStringList{ u"key"_s, u"status"_s } + endpoint, {}, env).out,
             name + u": stored\n"_s);

    // chat finds the stored key when the environment has none.
    m_server->setRequiredKey(TestKey.toUtf8());
    const Run chat
        = run(QStringList{ u"chat"_s, u"--base-url"_s, chatUrl(), u"hi"_s } + endpoint, {}, env);
    QVERIFY2(chat.exitCode == 0, qPrintable(chat.err));
    QCOMPARE(chat.out, u"Hello! You said: hi\n"_s);

    QCOMPARE(run(QStringList{ u"key"_s, u"clear"_s } + endpoint, {}, env).exitCode, 0);
    QCOMPARE(run(QStringList{ u"key"_s, u"status"_s } + endpoint, {}, env).out,
             name + u": not stored\n"_s);
    QCOMPARE(run(QStringList{ u"chat"_s, u"--base-url"_s, chatUrl(), u"hi"_s } + endpoint, {}, env)
                 .exitCode,
             3);
}

void TestCli::versionAndHelp()
{
    const Run version = run({ u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QCOMPARE(version.out, u"sift %1\n"_s.arg(QStringLiteral(SIFT_VERSION)));
    const Run help = run({ u"--help"_s });
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(u"sift chat"_s));
    QVERIFY(help.out.contains(u"sift rerank"_s));
    const Run chatHelp = run({ u"chat"_s, u"--help"_s });
    QCOMPARE(chatHelp.exitCode, 0);
    QVERIFY(chatHelp.out.contains(u"--max-tokens"_s));
    QVERIFY(chatHelp.out.contains(u"--base-url"_s));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
