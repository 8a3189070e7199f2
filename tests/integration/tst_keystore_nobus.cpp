#include "secrets/keystore.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// No secret service reachable (CTest points D-Bus at a socket that does not exist): Sift must
// say so, keep a key given to it for this run only, and never write it to a file.
class TestKeyStoreNoBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unavailableReported();
    void writeKeepsForSession();
    void clearForgetsSessionKey();
    void noFileHoldsTheKey();
    void keyWithControlCharactersIsRefused();

private:
    QTemporaryDir m_home;
};

static const QString SecretKey = u"sk-nobus-7f3a9c1e5d"_s;

static KeyStore::Result answer(QSignalSpy &spy)
{
    if (spy.isEmpty() && !spy.wait(10000))
        return { KeyStore::Status::Error, {}, u"timeout"_s, false, false };
    return spy.takeFirst().at(1).value<KeyStore::Result>();
}

void TestKeyStoreNoBus::initTestCase()
{
    qRegisterMetaType<KeyStore::Result>();
    QVERIFY(m_home.isValid());
    // Also when started by hand: no bus, and every place a library might write is in m_home.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");
    qputenv("HOME", m_home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", (m_home.path() + u"/.config"_s).toLocal8Bit());
    qputenv("XDG_DATA_HOME", (m_home.path() + u"/.local/share"_s).toLocal8Bit());
    qputenv("XDG_CACHE_HOME", (m_home.path() + u"/.cache"_s).toLocal8Bit());
}

void TestKeyStoreNoBus::unavailableReported()
{
    KeyStore store;
    QSignalSpy spy(&store, &KeyStore::readFinished);
    store.read(u"DeepInfra"_s);
    const KeyStore::Result result = answer(spy);
    QCOMPARE(result.status, KeyStore::Status::Unavailable);
    QVERIFY(result.key.isEmpty());
    QVERIFY(!result.errorText.isEmpty());
    qInfo("%s", qPrintable(result.errorText));
    QVERIFY(store.isSessionOnly());
    QCOMPARE(spy.size(), 0); // one answer only, even after the retry
}

void TestKeyStoreNoBus::writeKeepsForSession()
{
    KeyStore store;
    QSignalSpy written(&store, &KeyStore::writeFinished);
    store.write(u"DeepInfra"_s, SecretKey);
    const KeyStore::Result result = answer(written);
    QCOMPARE(result.status, KeyStore::Status::Unavailable);
    QVERIFY(!result.persisted);
    QVERIFY(store.isSessionOnly());

    QSignalSpy read(&store, &KeyStore::readFinished);
    store.read(u"DeepInfra"_s);
    const KeyStore::Result back = answer(read);
    QCOMPARE(back.status, KeyStore::Status::Found);
    QCOMPARE(back.key, SecretKey);
    QVERIFY(!back.persisted);
    QVERIFY(!back.fromEnvironment);

    // Only for this run and this store: a new one (a new run) has nothing.
    KeyStore next;
    QSignalSpy nextRead(&next, &KeyStore::readFinished);
    next.read(u"DeepInfra"_s);
    QCOMPARE(answer(nextRead).status, KeyStore::Status::Unavailable);
}

void TestKeyStoreNoBus::clearForgetsSessionKey()
{
    KeyStore store;
    QSignalSpy written(&store, &KeyStore::writeFinished);
    store.write(u"Proxy"_s, SecretKey);
    QCOMPARE(answer(written).status, KeyStore::Status::Unavailable);

    QSignalSpy cleared(&store, &KeyStore::clearFinished);
    store.clear(u"Proxy"_s);
    QVERIFY(answer(cleared).key.isEmpty());

    QSignalSpy read(&store, &KeyStore::readFinished);
    store.read(u"Proxy"_s);
    const KeyStore::Result result = answer(read);
    QCOMPARE(result.status, KeyStore::Status::Unavailable);
    QVERIFY(result.key.isEmpty());
}

void TestKeyStoreNoBus::noFileHoldsTheKey()
{
    int files = 0;
    QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        ++files;
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY2(!bytes.contains(SecretKey.toUtf8()), qPrintable(file.fileName()));
        QVERIFY2(!bytes.contains(SecretKey.toUtf8().toBase64()), qPrintable(file.fileName()));
    }
    qInfo("scanned %d files under HOME", files);
}

// Issue 18 item 7: a key with CR/LF would write HTTP headers of its own. It is refused when
// stored and when it comes from the environment, with words that say why.
void TestKeyStoreNoBus::keyWithControlCharactersIsRefused()
{
    KeyStore store;
    QSignalSpy written(&store, &KeyStore::writeFinished);
    store.write(u"Injected"_s, u"sk-abc\r\nX-Injected: yes"_s);
    const KeyStore::Result refused = answer(written);
    QCOMPARE(refused.status, KeyStore::Status::Error);
    QVERIFY(refused.errorText.contains(u"control character"_s));
    QSignalSpy read(&store, &KeyStore::readFinished);
    store.read(u"Injected"_s);
    QVERIFY(answer(read).key.isEmpty()); // not even kept for the session

    Endpoint deepInfra;
    qputenv("DEEPINFRA_API_KEY", "sk-abc\nX-Injected: yes");
    store.readFor(deepInfra);
    const KeyStore::Result fromEnv = answer(read);
    qunsetenv("DEEPINFRA_API_KEY");
    QCOMPARE(fromEnv.status, KeyStore::Status::Error);
    QVERIFY(fromEnv.fromEnvironment);
    QVERIFY(fromEnv.key.isEmpty());
    QVERIFY2(fromEnv.errorText.contains(u"DEEPINFRA_API_KEY"_s), qPrintable(fromEnv.errorText));
    QVERIFY(!fromEnv.errorText.contains(u"X-Injected"_s));
}

QTEST_GUILESS_MAIN(TestKeyStoreNoBus)
#include "tst_keystore_nobus.moc"
