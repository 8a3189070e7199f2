#include "requirement.h"
#include "secrets/keystore.h"

#include <QSignalSpy>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

// Runs against the real secret service (gnome-keyring in a private D-Bus session, see
// scripts/test). Each run uses its own service name so runs never see each other's keys.
class TestKeyStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void roundTrip();
    void overwrite();
    void clearGivesNotFound();
    void missingIsNotFound();
    void environmentOverrideWinsAndIsNotStored();
    void accountsAreIndependent();

private:
    KeyStore::Result read(KeyStore &store, const QString &account);
    KeyStore::Result write(KeyStore &store, const QString &account, const QString &key);
    KeyStore::Result clear(KeyStore &store, const QString &account);

    QString m_service;
    QStringList m_accounts;
};

static KeyStore::Result waitFor(QSignalSpy &spy, const QString &account)
{
    // Exactly one answer per call, for the account asked about.
    if (spy.isEmpty() && !spy.wait(10000))
        return { KeyStore::Status::Error, {}, u"timeout"_s, false, false };
    if (spy.size() != 1 || spy.first().at(0).toString() != account)
        return { KeyStore::Status::Error, {}, u"unexpected answer"_s, false, false };
    return spy.first().at(1).value<KeyStore::Result>();
}

KeyStore::Result TestKeyStore::read(KeyStore &store, const QString &account)
{
    QSignalSpy spy(&store, &KeyStore::readFinished);
    store.read(account);
    return waitFor(spy, account);
}

KeyStore::Result TestKeyStore::write(KeyStore &store, const QString &account, const QString &key)
{
    m_accounts.append(account);
    QSignalSpy spy(&store, &KeyStore::writeFinished);
    store.write(account, key);
    return waitFor(spy, account);
}

KeyStore::Result TestKeyStore::clear(KeyStore &store, const QString &account)
{
    QSignalSpy spy(&store, &KeyStore::clearFinished);
    store.clear(account);
    return waitFor(spy, account);
}

void TestKeyStore::initTestCase()
{
    qRegisterMetaType<KeyStore::Result>();
    m_service = u"SiftTest-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        SIFT_SKIP_OR_FAIL(
            "No D-Bus session: run inside scripts/test (dbus-run-session + gnome-keyring).");
    KeyStore store(m_service);
    const KeyStore::Result probe = read(store, u"probe"_s);
    if (probe.status == KeyStore::Status::Unavailable)
        SIFT_SKIP_OR_FAIL("No secret service on this D-Bus session: run inside scripts/test.");
    QCOMPARE(probe.status, KeyStore::Status::NotFound);
}

void TestKeyStore::cleanupTestCase()
{
    KeyStore store(m_service);
    for (const QString &account : std::as_const(m_accounts))
        clear(store, account);
}

void TestKeyStore::roundTrip()
{
    KeyStore store(m_service);
    const KeyStore::Result written = write(store, u"DeepInfra"_s, u"sk-test-1234"_s);
    QCOMPARE(written.status, KeyStore::Status::Found);
    QVERIFY(written.persisted);
    QVERIFY(!store.isSessionOnly());

    // A fresh store reads it back from the keychain, not from memory.
    KeyStore other(m_service);
    const KeyStore::Result result = read(other, u"DeepInfra"_s);
    QCOMPARE(result.status, KeyStore::Status::Found);
    QCOMPARE(result.key, u"sk-test-1234"_s);
    QVERIFY(!result.fromEnvironment);
}

void TestKeyStore::overwrite()
{
    KeyStore store(m_service);
    QCOMPARE(write(store, u"Overwrite"_s, u"first"_s).status, KeyStore::Status::Found);
    QCOMPARE(write(store, u"Overwrite"_s, u"second ünïcode key"_s).status, KeyStore::Status::Found);
    const KeyStore::Result result = read(store, u"Overwrite"_s);
    QCOMPARE(result.status, KeyStore::Status::Found);
    QCOMPARE(result.key, u"second ünïcode key"_s);
}

void TestKeyStore::clearGivesNotFound()
{
    KeyStore store(m_service);
    QCOMPARE(write(store, u"Clear me"_s, u"doomed"_s).status, KeyStore::Status::Found);
    QCOMPARE(read(store, u"Clear me"_s).status, KeyStore::Status::Found);
    const KeyStore::Result cleared = clear(store, u"Clear me"_s);
    QCOMPARE(cleared.status, KeyStore::Status::NotFound);
    const KeyStore::Result result = read(store, u"Clear me"_s);
    QCOMPARE(result.status, KeyStore::Status::NotFound);
    QVERIFY(result.key.isEmpty());
    // Clearing again is fine: there is nothing to remove.
    QCOMPARE(clear(store, u"Clear me"_s).status, KeyStore::Status::NotFound);
}

void TestKeyStore::missingIsNotFound()
{
    KeyStore store(m_service);
    const KeyStore::Result result = read(store, u"never-written"_s);
    QCOMPARE(result.status, KeyStore::Status::NotFound);
    QVERIFY(result.errorText.isEmpty());
    QVERIFY(!store.isSessionOnly());
}

void TestKeyStore::environmentOverrideWinsAndIsNotStored()
{
    const QByteArray variable = "SIFT_TEST_API_KEY";
    KeyStore store(m_service);
    Endpoint endpoint;
    endpoint.name = u"Env"_s;
    endpoint.kind = Endpoint::Kind::OpenAI;
    store.setKeyRule(KeyRule::named(QString::fromLatin1(variable), endpoint.name));
    QCOMPARE(write(store, u"Env"_s, u"stored-key"_s).status, KeyStore::Status::Found);

    const auto readFor = [&store](const Endpoint &target) {
        QSignalSpy spy(&store, &KeyStore::readFinished);
        store.readFor(target);
        return waitFor(spy, target.keyAccount());
    };
    qputenv(variable.constData(), "env-key");
    const KeyStore::Result fromEnv = readFor(endpoint);
    // read() is the keychain entry alone, whatever the environment holds.
    const KeyStore::Result plain = read(store, u"Env"_s);
    qunsetenv(variable.constData());
    QCOMPARE(fromEnv.status, KeyStore::Status::Found);
    QCOMPARE(fromEnv.key, u"env-key"_s);
    QVERIFY(fromEnv.fromEnvironment);

    // The environment key was never written: the keychain still holds the old one.
    QCOMPARE(plain.status, KeyStore::Status::Found);
    QCOMPARE(plain.key, u"stored-key"_s);
    QVERIFY(!plain.fromEnvironment);

    // An empty variable does not count as a key.
    qputenv(variable.constData(), "");
    const KeyStore::Result emptyEnv = readFor(endpoint);
    qunsetenv(variable.constData());
    QCOMPARE(emptyEnv.key, u"stored-key"_s);
    QVERIFY(!emptyEnv.fromEnvironment);
}

void TestKeyStore::accountsAreIndependent()
{
    KeyStore store(m_service);
    QCOMPARE(write(store, u"Account A"_s, u"key-a"_s).status, KeyStore::Status::Found);
    QCOMPARE(write(store, u"Account B"_s, u"key-b"_s).status, KeyStore::Status::Found);
    QCOMPARE(read(store, u"Account A"_s).key, u"key-a"_s);
    QCOMPARE(read(store, u"Account B"_s).key, u"key-b"_s);
    QCOMPARE(clear(store, u"Account A"_s).status, KeyStore::Status::NotFound);
    QCOMPARE(read(store, u"Account A"_s).status, KeyStore::Status::NotFound);
    QCOMPARE(read(store, u"Account B"_s).key, u"key-b"_s);

    // Another service name is another namespace.
    KeyStore otherService(m_service + u"-other"_s);
    QCOMPARE(read(otherService, u"Account B"_s).status, KeyStore::Status::NotFound);
}

QTEST_GUILESS_MAIN(TestKeyStore)
#include "tst_keystore.moc"
