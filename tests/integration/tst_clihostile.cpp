#include "clitest.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <sys/resource.h>

using namespace Qt::StringLiterals;

// Hostile servers and inputs against the real `sift` binary, with the server in its own process
// (sift-fakeserver) as a real one would be: only then can Qt read ahead of Sift, which is what
// the memory checks here are about. Throwaway HOME, no keychain.
class TestCliHostile : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    // First: the peak RSS it checks is the largest of any child reaped so far.
    void endlessHeaderBounded();
    void floodBoundedAndTextKept();
    void serverErrorCannotDriveTerminal();
    void replyCannotDriveTerminal();
    void oversizedInputsRefused_data();
    void oversizedInputsRefused();

private:
    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };
    Run run(const QStringList &arguments, const QByteArray &input = {},
            const QString &program = QStringLiteral(SIFT_BINARY));
    static int startServer(QProcess &server, const QStringList &arguments);
    QString chatUrl() const { return u"http://127.0.0.1:%1/v1/openai"_s.arg(m_port); }

    QProcess m_server;
    int m_port = 0;
    QTemporaryDir m_home;
};

namespace {

// The largest resident set of any child reaped so far, in MiB.
qint64 childrenPeakRssMiB()
{
    rusage usage{};
    if (::getrusage(RUSAGE_CHILDREN, &usage) != 0)
        return -1;
    return usage.ru_maxrss / 1024;
}

} // namespace

int TestCliHostile::startServer(QProcess &server, const QStringList &arguments)
{
    server.start(QStringLiteral(SIFT_FAKESERVER_BINARY), arguments);
    if (!server.waitForStarted(10000))
        return -1;
    while (!server.canReadLine()) {
        if (!server.waitForReadyRead(10000))
            return -1;
    }
    bool ok = false;
    const int port = server.readLine().trimmed().toInt(&ok);
    return ok ? port : -1;
}

void TestCliHostile::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_port = startServer(m_server, {});
    QVERIFY2(m_port > 0, "sift-fakeserver printed no port");
}

void TestCliHostile::cleanupTestCase()
{
    CliTest::stopFakeServer(m_server);
}

TestCliHostile::Run TestCliHostile::run(const QStringList &arguments, const QByteArray &input,
                                        const QString &program)
{
    QProcess process;
    process.setProcessEnvironment(CliTest::environment(m_home.path(), u"hostile-test-key"_s));
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    // stdout may hold megabytes: drain it while waiting so the child never blocks on a pipe.
    QByteArray out;
    while (!process.waitForFinished(50)) {
        out += process.readAllStandardOutput();
        if (process.state() == QProcess::NotRunning)
            break;
    }
    result.out = out + process.readAllStandardOutput();
    result.err = QString::fromUtf8(process.readAllStandardError());
    result.exitCode = CliTest::exitCodeOf(process);
    return result;
}

void TestCliHostile::endlessHeaderBounded()
{
    // A header line that never ends. Qt 6.4 buffers it whole before parsing it; Sift's header
    // guard stops it at 2 MiB, long before the stall timer (a minute, at some MB a second).
    const Run r
        = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"-m"_s,
                u"meta-llama/Meta-Llama-3-8B-Instruct@long-header=100000000000"_s, u"hi"_s });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(u"endless header"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"2 MiB"_s), qPrintable(r.err));
    const qint64 peak = childrenPeakRssMiB();
    qInfo("peak RSS of sift: %lld MiB", peak);
    QVERIFY(peak > 0);
    // sift itself takes about 25 MiB; the header adds at most a few. Without the guard it grew
    // until the stall timer: some MB a second for a minute. AddressSanitizer adds about 100 MiB.
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 LimitMiB = 200;
#else
    constexpr qint64 LimitMiB = 64;
#endif
    QVERIFY2(peak < LimitMiB, qPrintable(QString::number(peak)));
}

void TestCliHostile::floodBoundedAndTextKept()
{
    // 300 MB of events at full speed. Sift reads up to its 16 MiB cap, keeps (and has printed)
    // the text received so far, says why it stopped, and never holds the flood in memory.
    const Run r = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"-m"_s,
                        u"meta-llama/Meta-Llama-3-8B-Instruct@flood=300000000"_s, u"hi"_s });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(u"too large"_s), qPrintable(r.err));
    QVERIFY2(r.err.contains(u"16 MiB"_s), qPrintable(r.err));
    // 16 MiB of events hold about 12.9 M characters of text; all of it reached stdout.
    QVERIFY2(r.out.size() > 12 * 1000 * 1000, qPrintable(QString::number(r.out.size())));
    const qint64 peak = childrenPeakRssMiB();
    qInfo("peak RSS of sift (or an earlier child): %lld MiB", peak);
    QVERIFY(peak > 0);
    // Text kept (~13 M characters, in UTF-8 and UTF-16) plus Qt: well under 200 MiB. Reading
    // ahead of the cap held the whole flood (about 580 MiB for 300 MB). AddressSanitizer's
    // shadow memory and redzones add about 100 MiB here (scripts/test --sanitize).
#if defined(__SANITIZE_ADDRESS__)
    constexpr qint64 LimitMiB = 300;
#else
    constexpr qint64 LimitMiB = 200;
#endif
    QVERIFY2(peak < LimitMiB, qPrintable(QString::number(peak)));
}

void TestCliHostile::serverErrorCannotDriveTerminal()
{
    // A 400 whose message sets the window title, clears the screen and colours the text.
    const QString hostile = u"\x1b]0;pwned\x07\x1b[2J\x1b[31mRED\x9b1m key \r\x1b[1Aspoof"_s;
    const QString spec
        = u"status=400;error-message="_s + QString::fromLatin1(QUrl::toPercentEncoding(hostile));
    const Run r = run({ u"chat"_s, u"--base-url"_s, chatUrl(), u"-m"_s, u"m@"_s + spec, u"hi"_s });
    QCOMPARE(r.exitCode, 5);
    QVERIFY2(r.err.contains(u"RED"_s) && r.err.contains(u"spoof"_s), qPrintable(r.err));
    for (const QChar c : r.err) {
        const char16_t u = c.unicode();
        QVERIFY2(u == u'\n' || (u >= 0x20 && u != 0x7f && !(u >= 0x80 && u <= 0x9f)),
                 qPrintable(u"control character U+%1 on stderr"_s.arg(int(u), 4, 16, QChar(u'0'))));
    }
}

void TestCliHostile::replyCannotDriveTerminal()
{
    // A server whose reply carries escape sequences; stdout is a terminal (script(1) gives the
    // run a pty), so they are dropped. Piped, the text stays byte for byte.
    QProcess server;
    const QString reply = u"safe\x1b]0;pwned\x07\x1b[2J text\x1b[0m end"_s;
    const int port = startServer(server, { u"--reply"_s, reply });
    QVERIFY(port > 0);
    const QString url = u"http://127.0.0.1:%1/v1/openai"_s.arg(port);
    const Run piped = run({ u"chat"_s, u"--base-url"_s, url, u"hi"_s });
    QCOMPARE(piped.exitCode, 0);
    QCOMPARE(QString::fromUtf8(piped.out), reply + u'\n');

    const QString command = QStringLiteral(SIFT_BINARY) + u" chat --base-url "_s + url + u" hi"_s;
    const Run tty = run({ u"-qfec"_s, command, u"/dev/null"_s }, {}, u"script"_s);
    server.terminate();
    server.waitForFinished(5000);
    QCOMPARE(tty.exitCode, 0);
    const QString shown = QString::fromUtf8(tty.out);
    QVERIFY2(shown.contains(u"safe]0;pwned[2J text[0m end"_s), qPrintable(shown));
    QVERIFY(!shown.contains(u'\x1b'));
    QVERIFY(!shown.contains(u'\x07'));
}

void TestCliHostile::oversizedInputsRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("expected"); // in the message on stderr

    const QString rerankModel = u"Qwen/Qwen3-Reranker-0.6B"_s;
    const QString docs = m_home.filePath(u"docs.txt"_s);
    QFile docsFile(docs);
    QVERIFY(docsFile.open(QIODevice::WriteOnly));
    docsFile.write("apples\npears\n");
    docsFile.close();
    const QString binary = m_home.filePath(u"binary.dat"_s);
    QFile binaryFile(binary);
    QVERIFY(binaryFile.open(QIODevice::WriteOnly));
    QByteArray bytes(300 * 1000, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char((i * 7919 + i / 13) % 256); // every byte value, NUL included
    binaryFile.write(bytes);
    binaryFile.close();
    const QString bigDocument = m_home.filePath(u"big-document.txt"_s);
    QFile bigFile(bigDocument);
    QVERIFY(bigFile.open(QIODevice::WriteOnly));
    bigFile.write("short one\n" + QByteArray(200 * 1000, 'w') + "\n");
    bigFile.close();

    const QStringList chat{ u"chat"_s, u"--base-url"_s, u"http://127.0.0.1:9/v1/openai"_s, u"-"_s };
    QTest::newRow("4 MiB prompt on stdin")
        << chat << QByteArray(4 * 1024 * 1024, 'a') << u"1 MiB"_s;
    const QStringList rerank{ u"rerank"_s, u"--base-url"_s, u"http://127.0.0.1:9/v1/openai"_s,
                              u"-m"_s,     rerankModel,     u"-q"_s };
    QTest::newRow("/dev/zero as documents")
        << rerank + QStringList{ u"apple"_s, u"/dev/zero"_s } << QByteArray() << u"regular file"_s;
    QTest::newRow("binary file as documents")
        << rerank + QStringList{ u"apple"_s, binary } << QByteArray() << u"binary"_s;
    QTest::newRow("binary on stdin")
        << rerank + QStringList{ u"apple"_s, u"-"_s } << bytes << u"binary"_s;
    QTest::newRow("17 MiB of documents on stdin")
        << rerank + QStringList{ u"apple"_s, u"-"_s }
        << QByteArray("doc\n").repeated(17 * 256 * 1024) << u"16 MiB"_s;
    QTest::newRow("120 KB query") << rerank + QStringList{ QString(120 * 1000, u'q'), docs }
                                  << QByteArray() << u"8 KiB"_s;
    for (const char *temperature : { "nan", "inf", "-inf", "2.5", "-0.1" }) {
        QTest::addRow("temperature %s", temperature)
            << QStringList{ u"chat"_s,
                            u"--base-url"_s,
                            u"http://127.0.0.1:9/v1/openai"_s,
                            u"-t"_s,
                            QString::fromLatin1(temperature),
                            u"hi"_s }
            << QByteArray() << u"--temperature needs a number from 0 to 2"_s;
    }
    QTest::newRow("200 KB document")
        << rerank + QStringList{ u"apple"_s, bigDocument } << QByteArray() << u"document 2"_s;
}

void TestCliHostile::oversizedInputsRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, expected);
    // Port 9 (discard) on loopback: nothing listens, and nothing may be sent anyway.
    const Run r = run(arguments, input);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(expected), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliHostile)
#include "tst_clihostile.moc"
