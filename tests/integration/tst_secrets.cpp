// A full session with a distinctive key, then a search for it everywhere it must not be: every
// file of the throwaway HOME (settings, database, WAL, export, caches), the output of every run
// with all debug logging on, the command line of the running process, and the keyring's own
// files (which hold it encrypted, never in plain text).
//
// The key goes in through `sift key set` into the real keychain (gnome-keyring in scripts/test's
// private D-Bus session) and is read back from there both by `sift chat` and, in process, by the
// same KeyStore + ChatSession + ConversationStore the GUI uses, which also writes the database
// and an export.
#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "config/config.h"
#include "fakeserver.h"
#include "requirement.h"
#include "secrets/keystore.h"
#include "store/conversationarchive.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The encodings a careless write could leave the key in.
QList<QByteArray> needles(const QString &key)
{
    const QByteArray utf8 = key.toUtf8();
    return { utf8, QByteArray(reinterpret_cast<const char *>(key.utf16()), key.size() * 2),
             utf8.toBase64(QByteArray::OmitTrailingEquals), utf8.toPercentEncoding() };
}

// Files under `root` (hidden ones too) that contain the key in any of those encodings.
QStringList filesContaining(const QString &root, const QString &key, int *scanned = nullptr)
{
    QStringList hits;
    int count = 0;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        ++count;
        const QByteArray content = file.readAll();
        for (const QByteArray &needle : needles(key)) {
            if (content.contains(needle)) {
                hits << path;
                break;
            }
        }
    }
    if (scanned)
        *scanned = count;
    return hits;
}

} // namespace

class TestSecrets : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scannerFindsPlantedKey();
    void fullSessionLeavesNoTrace();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QByteArray cmdline; // /proc/<pid>/cmdline, read while the process ran
    };
    Run run(const QStringList &arguments, const QByteArray &input = {});
    QStringList endpointArgs() const { return { u"--endpoint"_s, m_endpoint }; }

    QString m_bus;
    QString m_key;
    QString m_endpoint;
    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServer> m_server;
    bool m_keyStored = false;
};

void TestSecrets::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<KeyStore::Result>();
    m_bus = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    if (m_bus.isEmpty())
        SIFT_SKIP_OR_FAIL(
            "No D-Bus session: run inside scripts/test (dbus-run-session + gnome-keyring).");
    const QString unique = QUuid::createUuid().toString(QUuid::Id128);
    m_key = u"sk-SIFTSECRET-"_s + unique;
    m_endpoint = u"SecretsTest-"_s + unique.left(8);
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_server->setRequiredKey(m_key.toUtf8());

    // The endpoint as the settings dialog saves it (no key in it), in the throwaway HOME.
    Config config(m_home->filePath(u".config/Sift/Sift.conf"_s));
    Endpoint endpoint;
    endpoint.name = m_endpoint;
    endpoint.baseUrl = QUrl(m_server->baseUrl() + "/v1/openai"_L1);
    config.setEndpoints({ endpoint });
}

void TestSecrets::cleanupTestCase()
{
    if (m_keyStored)
        run(QStringList{ u"key"_s, u"clear"_s } + endpointArgs());
}

TestSecrets::Run TestSecrets::run(const QStringList &arguments, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString home = m_home->path();
    environment.insert(u"HOME"_s, home);
    environment.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    environment.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    environment.insert(u"XDG_STATE_HOME"_s, home + u"/.local/state"_s);
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, m_bus);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.debug=true"_s);
    environment.remove(u"DEEPINFRA_API_KEY"_s); // the key comes from the keychain only
    process.setProcessEnvironment(environment);

    Run result;
    const auto readCmdline = [&] {
        if (!result.cmdline.isEmpty() || process.processId() <= 0)
            return;
        QFile cmdline(u"/proc/%1/cmdline"_s.arg(process.processId()));
        if (cmdline.open(QIODevice::ReadOnly))
            result.cmdline = cmdline.readAll();
    };
    connect(&process, &QProcess::readyReadStandardOutput, this, [&] {
        readCmdline();
        result.out += process.readAllStandardOutput();
    });
    connect(&process, &QProcess::readyReadStandardError, this, [&] {
        readCmdline();
        result.err += process.readAllStandardError();
    });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SIFT_BINARY), arguments);
    if (!process.waitForStarted(10000))
        return result;
    readCmdline();
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // Wait on the signal: the fake server lives on this thread's event loop.
    if (!finished.wait(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out += process.readAllStandardOutput();
    result.err += process.readAllStandardError();
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return result;
}

void TestSecrets::scannerFindsPlantedKey()
{
    // The search below proves something only if it can find the key at all.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = u"sk-planted-1234"_s;
    for (int i = 0; i < needles(key).size(); ++i) {
        QFile file(dir.filePath(u".hidden/f%1"_s.arg(i)));
        QDir().mkpath(QFileInfo(file).path());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("prefix " + needles(key).at(i) + " suffix");
    }
    int scanned = 0;
    QCOMPARE(filesContaining(dir.path(), key, &scanned).size(), needles(key).size());
    QCOMPARE(scanned, needles(key).size());
}

void TestSecrets::fullSessionLeavesNoTrace()
{
    QList<Run> runs;

    // 1. The key into the keychain, as a user would: piped into `sift key set`.
    const Run set = run(QStringList{ u"key"_s, u"set"_s } + endpointArgs(), m_key.toUtf8() + '\n');
    if (set.err.contains("No keychain is available"))
        SIFT_SKIP_OR_FAIL("No secret service on this D-Bus session.");
    QVERIFY2(set.exitCode == 0, set.err.constData());
    m_keyStored = true;
    runs << set;

    // 2. CLI calls that use it: a streamed chat (slow enough to read its /proc entry while it
    // runs), a plain one, a model list and a refused request whose error is printed.
    m_server->setDefaultFault(u"drip=30"_s);
    const Run chat = run(QStringList{ u"chat"_s, u"hi"_s } + endpointArgs());
    QVERIFY2(chat.exitCode == 0, chat.err.constData());
    QCOMPARE(chat.out, QByteArray("Hello! You said: hi\n"));
    QVERIFY2(!chat.cmdline.isEmpty(), "the command line was not caught while sift ran");
    runs << chat;
    m_server->setDefaultFault(FakeFault());
    runs << run(QStringList{ u"chat"_s, u"--no-stream"_s, u"again"_s } + endpointArgs());
    QCOMPARE(runs.last().exitCode, 0);
    runs << run(QStringList{ u"models"_s } + endpointArgs());
    QCOMPARE(runs.last().exitCode, 0);
    runs << run(QStringList{ u"chat"_s, u"-m"_s, u"fault/status=401"_s, u"fails"_s }
                + endpointArgs());
    QVERIFY(runs.last().exitCode != 0);
    QVERIFY(!runs.last().err.isEmpty());
    runs << run(QStringList{ u"key"_s, u"status"_s } + endpointArgs());

    // 3. In process, the GUI's path: key from the keychain, a stored conversation, an export.
    KeyStore keys;
    QSignalSpy read(&keys, &KeyStore::readFinished);
    keys.read(m_endpoint);
    QVERIFY(read.wait(20000));
    const auto stored = read.first().at(1).value<KeyStore::Result>();
    QCOMPARE(stored.status, KeyStore::Status::Found);
    QCOMPARE(stored.key, m_key);

    const QString dataDir = m_home->filePath(u".local/share/Sift"_s);
    QVERIFY(QDir().mkpath(dataDir));
    {
        Database database;
        QVERIFY(database.open(dataDir + u"/sift.db"_s).ok());
        ConversationStore store(&database);
        ApiClient client;
        Endpoint endpoint;
        endpoint.name = m_endpoint;
        endpoint.baseUrl = QUrl(m_server->baseUrl() + "/v1/openai"_L1);
        client.setEndpoint(endpoint);
        client.setApiKey(stored.key);
        ChatSession session(&client);
        session.setStore(&store);
        session.setModel(u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
        QVERIFY(session.send(u"remember nothing secret"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 20000);
        QVERIFY(session.conversationId() > 0);
        QCOMPARE(session.messages().size(), 2);
        QCOMPARE(session.messages().last().content, u"Hello! You said: remember nothing secret"_s);

        // The conversation's own settings, as the chat pane saves them, go into the export too.
        QVERIFY(store.setConversationSettings(
            session.conversationId(),
            QJsonObject{ { u"model"_s, u"meta-llama/Meta-Llama-3-8B-Instruct"_s },
                         { u"system"_s, u"Be brief."_s },
                         { u"temperature"_s, 0.5 },
                         { u"options"_s, QJsonObject{ { u"seed"_s, 3 } } } }));

        QString error;
        const QByteArray all = ConversationArchive::exportAll(store, &error);
        QVERIFY2(!all.isEmpty(), qPrintable(error));
        QVERIFY(all.contains("Be brief."));
        QFile json(m_home->filePath(u"Documents/export.json"_s));
        QVERIFY(QDir().mkpath(QFileInfo(json).path()));
        QVERIFY(json.open(QIODevice::WriteOnly));
        json.write(all);
        QFile markdown(m_home->filePath(u"Documents/export.md"_s));
        QVERIFY(markdown.open(QIODevice::WriteOnly));
        const auto record = store.loadConversation(session.conversationId());
        QVERIFY(record.has_value());
        markdown.write(ConversationArchive::toMarkdown(*record).toUtf8());
    }

    // The key really travelled: every request reached the server with it (so searching for it
    // means something), and the server saw no other key.
    QStringList paths;
    for (const FakeServer::Request &request : m_server->requests())
        paths << QString::fromUtf8(request.method + ' ' + request.path);
    QVERIFY2(m_server->requestCount() >= 4, qPrintable(paths.join(u", "_s)));
    for (const FakeServer::Request &request : m_server->requests())
        QCOMPARE(request.headers.value("authorization"), "Bearer " + m_key.toUtf8());

    // 4. The search.
    int scanned = 0;
    const QStringList hits = filesContaining(m_home->path(), m_key, &scanned);
    QVERIFY2(hits.isEmpty(), qPrintable(hits.join(u", "_s)));
    QVERIFY2(QFile::exists(dataDir + u"/sift.db"_s), "the database was not where it was searched");
    QVERIFY(scanned >= 4); // settings, database, two exports at least
    qInfo("searched %d files in the throwaway HOME", scanned);

    int debugLines = 0;
    for (const Run &r : std::as_const(runs)) {
        for (const QByteArray &needle : needles(m_key)) {
            QVERIFY2(!r.out.contains(needle), r.out.constData());
            QVERIFY2(!r.err.contains(needle), r.err.constData());
            QVERIFY2(!r.cmdline.contains(needle), r.cmdline.constData());
        }
        debugLines += int(r.err.count('\n'));
    }
    qInfo("%d lines of log output checked", debugLines);

    // The keyring stores the key, encrypted: its files must not hold the plain text.
    const QString keyrings
        = qEnvironmentVariable("XDG_DATA_HOME", QDir::homePath() + u"/.local/share"_s)
        + u"/keyrings"_s;
    if (QDir(keyrings).exists()) {
        const QStringList plain = filesContaining(keyrings, m_key);
        QVERIFY2(plain.isEmpty(), qPrintable(plain.join(u", "_s)));
    }
}

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
