#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSignalSpy>
#include <QString>
#include <QStringList>
#include <QTest>

// The CLI tests' side of running the real sift binary as a user does: a throwaway home, no
// keychain, and sift-fakeserver as a separate process or FakeServer in the test's own event loop.
namespace CliTest {

// What a run left. exitCode is -1 when the binary did not start or did not finish in time, -2
// when it crashed.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// The environment of a run: HOME and the XDG folders inside `home` (a throwaway directory), a
// D-Bus address that leads nowhere (no real keychain is touched) and `key` as DEEPINFRA_API_KEY
// (when one is given).
inline QProcessEnvironment environment(const QString &home, const QString &key = {})
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
                       QStringLiteral("unix:path=/nonexistent"));
    if (!key.isNull())
        environment.insert(QStringLiteral("DEEPINFRA_API_KEY"), key);
    return environment;
}

inline int exitCodeOf(const QProcess &process)
{
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
}

// Runs sift with `input` on its standard input and waits for its end, blocking: for a server in
// another process (sift-fakeserver).
inline Run runBlocking(const QProcessEnvironment &environment, const QStringList &arguments,
                       const QByteArray &input = {})
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(SIFT_BINARY), arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = exitCodeOf(process);
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

// Runs sift with `input` on its standard input and waits for its end on the finished signal: the
// FakeServer it talks to answers from this thread's event loop. Standard output is read as it
// arrives.
inline Run runWaitingOnSignal(const QProcessEnvironment &environment, const QStringList &arguments,
                              const QByteArray &input = {}, int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    Run result;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &process,
                     [&] { result.out += QString::fromUtf8(process.readAllStandardOutput()); });
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral(SIFT_BINARY), arguments);
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.out += QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = exitCodeOf(process);
    return result;
}

// Starts the sift-fakeserver executable with `arguments` and reads the port it prints first.
// Fails the current test when it cannot (the caller returns on QTest::currentTestFailed()).
inline void startFakeServer(QProcess &server, const QStringList &arguments, int *port)
{
    server.start(QStringLiteral(SIFT_FAKESERVER_BINARY), arguments);
    QVERIFY(server.waitForStarted(10000));
    while (!server.canReadLine())
        QVERIFY2(server.waitForReadyRead(10000), "sift-fakeserver printed no port");
    bool ok = false;
    *port = server.readLine().trimmed().toInt(&ok);
    QVERIFY(ok && *port > 0);
}

inline void stopFakeServer(QProcess &server)
{
    server.terminate();
    if (!server.waitForFinished(5000))
        server.kill();
}

} // namespace CliTest
