#include "config/config.h"
#include "config/runoptions.h"
#include "models/modelcatalog.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaults();
    void setGetAndSignal();
    void roundTripThroughIni();
    void handEditedValueFallsBack();
    void endpointsDefault();
    void endpointsRoundTrip();
    void endpointsSkipDamaged();
    void activeEndpoint();
    void runOptions_data();
    void runOptions();
    void runOptionsApiKeyEnv();
    void keyRuleKeepsDeepInfraKeyAtDeepInfra();
    void credentialsNeverInSettings();

private:
    QString iniPath() const { return m_dir->filePath(u"sift.ini"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConfig::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConfig::defaults()
{
    Config config(iniPath());
    QCOMPARE(config.get(Config::StallTimeoutMs).toInt(), 60000);
    QCOMPARE(config.get(Config::LastChatModel).toString(), ModelCatalog::defaultChatModel());
    QCOMPARE(config.get(Config::ActiveEndpoint).toString(), u"DeepInfra"_s);
    QVERIFY(config.get(Config::Temperature).toDouble() < 0);
    QVERIFY(config.get(Config::TopP).toDouble() < 0);
    QCOMPARE(config.get(Config::MaxTokens).toInt(), 0);
    QCOMPARE(config.get(Config::ParametersExpanded).toBool(), false);
    QVERIFY(config.get(Config::WindowGeometry).toByteArray().isEmpty());
    QCOMPARE(config.get(Config::CurrentTab).toInt(), 0);
    QVERIFY(config.get(Config::SystemPrompt).toString().isEmpty());
}

void TestConfig::setGetAndSignal()
{
    Config config(iniPath());
    QSignalSpy changed(&config, &Config::changed);
    config.set(Config::Temperature, 0.7);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().value<Config::Key>(), Config::Temperature);
    QCOMPARE(config.get(Config::Temperature).toDouble(), 0.7);

    config.set(Config::Temperature, 0.7); // same value: no signal
    QCOMPARE(changed.size(), 1);

    config.reset(Config::Temperature);
    QCOMPARE(changed.size(), 2);
    QVERIFY(config.get(Config::Temperature).toDouble() < 0);
    config.reset(Config::Temperature);
    QCOMPARE(changed.size(), 2);
}

void TestConfig::roundTripThroughIni()
{
    const QByteArray geometry("\x01\x02\x00\xff", 4);
    {
        Config config(iniPath());
        config.set(Config::StallTimeoutMs, 15000);
        config.set(Config::LastChatModel, u"mistralai/Mistral-7B-Instruct-v0.1"_s);
        config.set(Config::SystemPrompt, u"Be brief.\nUse lists, \"quotes\" = fine"_s);
        config.set(Config::Temperature, 1.25);
        config.set(Config::MaxTokens, 512);
        config.set(Config::ParametersExpanded, true);
        config.set(Config::WindowGeometry, geometry);
        config.sync();
        QCOMPARE(config.fileName(), iniPath());
    }
    QVERIFY(QFile::exists(iniPath()));
    Config again(iniPath());
    // Types survive the ini file's strings.
    QCOMPARE(again.get(Config::StallTimeoutMs).metaType(), QMetaType::fromType<int>());
    QCOMPARE(again.get(Config::StallTimeoutMs).toInt(), 15000);
    QCOMPARE(again.get(Config::LastChatModel).toString(), u"mistralai/Mistral-7B-Instruct-v0.1"_s);
    QCOMPARE(again.get(Config::SystemPrompt).toString(),
             u"Be brief.\nUse lists, \"quotes\" = fine"_s);
    QCOMPARE(again.get(Config::Temperature).toDouble(), 1.25);
    QCOMPARE(again.get(Config::MaxTokens).toInt(), 512);
    QCOMPARE(again.get(Config::ParametersExpanded).metaType(), QMetaType::fromType<bool>());
    QCOMPARE(again.get(Config::ParametersExpanded).toBool(), true);
    QCOMPARE(again.get(Config::WindowGeometry).toByteArray(), geometry);
}

void TestConfig::handEditedValueFallsBack()
{
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Network]\nStallTimeoutMs=soon\n");
    }
    Config config(iniPath());
    QCOMPARE(config.get(Config::StallTimeoutMs).toInt(), 60000);
}

void TestConfig::endpointsDefault()
{
    Config config(iniPath());
    const QList<Endpoint> list = config.endpoints();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first(), Endpoint::deepInfra());
    QCOMPARE(config.activeEndpoint(), Endpoint::deepInfra());

    // Clearing the list still leaves the default.
    config.setEndpoints({});
    QCOMPARE(config.endpoints(), QList<Endpoint>{ Endpoint::deepInfra() });
}

void TestConfig::endpointsRoundTrip()
{
    Endpoint proxy;
    proxy.name = u"Office proxy"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(u"http://litellm.lan:4000/v1"_s);
    proxy.insecureConsent = true;
    const QList<Endpoint> list = { Endpoint::deepInfra(), proxy };
    {
        Config config(iniPath());
        QSignalSpy changed(&config, &Config::endpointsChanged);
        config.setEndpoints(list);
        QCOMPARE(changed.size(), 1);
        config.setEndpoints(list);
        QCOMPARE(changed.size(), 1);
        config.sync();
    }
    Config again(iniPath());
    QCOMPARE(again.endpoints(), list);

    // The file holds where to connect, never a key.
    QFile file(iniPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll().toLower();
    QVERIFY(text.contains("litellm.lan"));
    QVERIFY(!text.contains("key="));
    QVERIFY(!text.contains("apikey"));
}

void TestConfig::endpointsSkipDamaged()
{
    {
        QFile file(iniPath());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Endpoints]\n"
                   "1\\name=Good\n1\\kind=openai\n1\\baseUrl=http://127.0.0.1:4000\n"
                   "2\\name=BadKind\n2\\kind=cohere\n2\\baseUrl=https://x.example\n"
                   "3\\name=\n3\\kind=openai\n3\\baseUrl=https://y.example\n"
                   "4\\name=Good\n4\\kind=deepinfra\n4\\baseUrl=https://z.example\n"
                   "5\\name=NoHost\n5\\kind=openai\n5\\baseUrl=just words\n"
                   "size=5\n");
    }
    Config config(iniPath());
    const QList<Endpoint> list = config.endpoints();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, u"Good"_s);
    QCOMPARE(list.first().kind, Endpoint::Kind::OpenAI);
}

void TestConfig::activeEndpoint()
{
    Config config(iniPath());
    Endpoint local;
    local.name = u"Local"_s;
    local.kind = Endpoint::Kind::OpenAI;
    local.baseUrl = QUrl(u"http://127.0.0.1:8000/v1"_s);
    config.setEndpoints({ Endpoint::deepInfra(), local });
    QCOMPARE(config.activeEndpoint().name, u"DeepInfra"_s);
    config.set(Config::ActiveEndpoint, u"Local"_s);
    QCOMPARE(config.activeEndpoint(), local);
    QCOMPARE(config.endpoint(u"DeepInfra"_s), Endpoint::deepInfra());

    // The active endpoint was removed: the first one takes over.
    config.setEndpoints({ Endpoint::deepInfra() });
    QCOMPARE(config.activeEndpoint(), Endpoint::deepInfra());
}

void TestConfig::runOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("kind");
    QTest::addColumn<bool>("consent");

    const int di = int(Endpoint::Kind::DeepInfra);
    const int oa = int(Endpoint::Kind::OpenAI);
    QTest::newRow("nothing: active")
        << QStringList() << true << u"Proxy"_s << u"http://proxy.lan:4000/v1"_s << oa << true;
    QTest::newRow("named") << QStringList{ u"--endpoint"_s, u"DeepInfra"_s } << true
                           << u"DeepInfra"_s << u"https://api.deepinfra.com/v1/openai"_s << di
                           << false;
    QTest::newRow("unknown name") << QStringList{ u"--endpoint"_s, u"Nope"_s } << false << QString()
                                  << QString() << 0 << false;
    QTest::newRow("base url override")
        << QStringList{ u"--endpoint"_s, u"DeepInfra"_s, u"--base-url"_s,
                        u"http://127.0.0.1:9999/v1/openai"_s }
        << true << u"DeepInfra"_s << u"http://127.0.0.1:9999/v1/openai"_s << di << false;
    QTest::newRow("kind override") << QStringList{ u"--kind"_s, u"DEEPINFRA"_s } << true
                                   << u"Proxy"_s << u"http://proxy.lan:4000/v1"_s << di << true;
    QTest::newRow("other host drops consent")
        << QStringList{ u"--base-url"_s, u"http://other.lan:4000/v1"_s } << true << u"Proxy"_s
        << u"http://other.lan:4000/v1"_s << oa << false;
    QTest::newRow("bad kind") << QStringList{ u"--kind"_s, u"cohere"_s } << false << QString()
                              << QString() << 0 << false;
    QTest::newRow("bad url: no scheme") << QStringList{ u"--base-url"_s, u"api.example.com"_s }
                                        << false << QString() << QString() << 0 << false;
    QTest::newRow("bad url: ftp") << QStringList{ u"--base-url"_s, u"ftp://files.example/v1"_s }
                                  << false << QString() << QString() << 0 << false;
    QTest::newRow("bad url: garbage") << QStringList{ u"--base-url"_s, u"http://"_s } << false
                                      << QString() << QString() << 0 << false;
}

void TestConfig::runOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, ok);

    Config config(iniPath());
    Endpoint proxy;
    proxy.name = u"Proxy"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(u"http://proxy.lan:4000/v1"_s);
    proxy.insecureConsent = true;
    config.setEndpoints({ Endpoint::deepInfra(), proxy });
    config.set(Config::ActiveEndpoint, u"Proxy"_s);

    QCommandLineParser parser;
    RunOptions::addTo(parser);
    QVERIFY(parser.parse(QStringList{ u"sift"_s } + arguments));
    const RunOptions options = RunOptions::from(parser);

    Endpoint endpoint;
    QString error;
    QCOMPARE(options.resolve(config, &endpoint, &error), ok);
    QCOMPARE(error.isEmpty(), ok);
    if (!ok)
        return;
    QTEST(endpoint.name, "name");
    QTEST(endpoint.baseUrl.toString(), "url");
    QTEST(int(endpoint.kind), "kind");
    QTEST(endpoint.insecureConsent, "consent");
}

void TestConfig::runOptionsApiKeyEnv()
{
    QCommandLineParser parser;
    RunOptions::addTo(parser);
    QVERIFY(parser.parse({ u"sift"_s }));
    QCOMPARE(RunOptions::from(parser).apiKeyEnv, u"DEEPINFRA_API_KEY"_s);

    QCommandLineParser other;
    RunOptions::addTo(other);
    QVERIFY(other.parse({ u"sift"_s, u"--api-key-env"_s, u"LITELLM_KEY"_s }));
    QCOMPARE(RunOptions::from(other).apiKeyEnv, u"LITELLM_KEY"_s);
}

// Issue 12: DEEPINFRA_API_KEY for deepinfra-kind endpoints only; a variable named with
// --api-key-env for the run's own endpoint only; nothing from the environment for the rest.
void TestConfig::keyRuleKeepsDeepInfraKeyAtDeepInfra()
{
    Endpoint deepInfra;
    Endpoint proxy;
    proxy.name = u"Proxy"_s;
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(u"http://localhost:4000"_s);
    qputenv("DEEPINFRA_API_KEY", "di-key");
    qputenv("SIFT_PROXY_KEY", "proxy-key");

    QCommandLineParser parser;
    RunOptions::addTo(parser);
    QVERIFY(parser.parse({ u"sift"_s }));
    const KeyRule plain = RunOptions::from(parser).keyRule(deepInfra);
    QCOMPARE(plain.variableFor(deepInfra), u"DEEPINFRA_API_KEY"_s);
    QCOMPARE(plain.environmentKey(deepInfra), u"di-key"_s);
    QCOMPARE(plain.variableFor(proxy), QString());
    QCOMPARE(plain.environmentKey(proxy), QString());

    QCommandLineParser named;
    RunOptions::addTo(named);
    QVERIFY(named.parse({ u"sift"_s, u"--api-key-env"_s, u"SIFT_PROXY_KEY"_s }));
    const KeyRule forProxy = RunOptions::from(named).keyRule(proxy);
    QCOMPARE(forProxy.environmentKey(proxy), u"proxy-key"_s);
    // Switching to DeepInfra in the GUI: the DeepInfra variable again, not the proxy's.
    QCOMPARE(forProxy.environmentKey(deepInfra), u"di-key"_s);
    Endpoint other = proxy;
    other.name = u"Other proxy"_s;
    QCOMPARE(forProxy.environmentKey(other), QString());

    QCOMPARE(KeyRule::keychainOnly().environmentKey(deepInfra), QString());
    qunsetenv("DEEPINFRA_API_KEY");
    qunsetenv("SIFT_PROXY_KEY");
}

// Issue 18 item 10: user:pass@ in a base URL is refused on the command line and never written
// to (or read from) Sift.conf.
void TestConfig::credentialsNeverInSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"sift.ini"_s);
    {
        Config config(path);
        Endpoint proxy;
        proxy.name = u"Proxy"_s;
        proxy.kind = Endpoint::Kind::OpenAI;
        proxy.baseUrl = QUrl(u"http://someone:s3cret-pw@localhost:4000/v1"_s);
        config.setEndpoints({ proxy });
        config.sync();
        QCOMPARE(config.endpoint(u"Proxy"_s).baseUrl, QUrl(u"http://localhost:4000/v1"_s));

        QCommandLineParser parser;
        RunOptions::addTo(parser);
        QVERIFY(parser.parse({ u"sift"_s, u"--base-url"_s, u"https://a:b@example.org/v1"_s }));
        Endpoint endpoint;
        QString error;
        QVERIFY(!RunOptions::from(parser).resolve(config, &endpoint, &error));
        QVERIFY2(error.contains(u"password"_s), qPrintable(error));
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.contains("localhost:4000"));
    QVERIFY2(!text.contains("s3cret-pw") && !text.contains("someone"), text.constData());
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
