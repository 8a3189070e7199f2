#include "clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `sift chat -m A -m B` as a user runs it: the real binary against the sift-fakeserver
// executable, with a throwaway HOME and a D-Bus address that leads nowhere.
class TestCliCompare : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void repliesUnderHeadersThenTable();
    void jsonShape();
    void oneFailingKeepsTheOthers();
    void promptFromStdin();
    void attachmentsGoToEveryModel();
    void usageErrors_data();
    void usageErrors();

private:
    using Run = CliTest::Run;
    Run run(QStringList arguments, const QByteArray &input = {});
    QString baseUrl() const { return u"http://127.0.0.1:%1/v1/openai"_s.arg(m_port); }

    QProcess m_server;
    int m_port = 0;
    QTemporaryDir m_home;
};

namespace {

const QString ModelA = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
const QString ModelB = u"meta-llama/Meta-Llama-3-70B-Instruct"_s;
const QString ModelC = u"mistralai/Mistral-7B-Instruct-v0.1"_s;

} // namespace

void TestCliCompare::initTestCase()
{
    QVERIFY(m_home.isValid());
    // A drip of 2 ms per piece: each reply takes long enough for a speed to be measured.
    CliTest::startFakeServer(m_server, { u"--fault"_s, u"drip=2"_s }, &m_port);
}

void TestCliCompare::cleanupTestCase()
{
    CliTest::stopFakeServer(m_server);
}

TestCliCompare::Run TestCliCompare::run(QStringList arguments, const QByteArray &input)
{
    arguments.prepend(u"chat"_s);
    arguments << u"--base-url"_s << baseUrl();
    return CliTest::runBlocking(CliTest::environment(m_home.path(), u"compare-test-key"_s),
                                arguments, input);
}

void TestCliCompare::repliesUnderHeadersThenTable()
{
    const Run r = run({ u"-m"_s, ModelA, u"-m"_s, ModelB, u"-m"_s, ModelC, u"Hi there"_s });
    QCOMPARE(r.exitCode, 0);
    const QStringList lines = r.out.split(u'\n');
    // Each reply under its model's header, in the order given.
    const qsizetype a = lines.indexOf(u"== "_s + ModelA + u" =="_s);
    const qsizetype b = lines.indexOf(u"== "_s + ModelB + u" =="_s);
    const qsizetype c = lines.indexOf(u"== "_s + ModelC + u" =="_s);
    QVERIFY2(a >= 0 && a < b && b < c, qPrintable(r.out));
    QCOMPARE(lines.at(a + 1), u"Hello! You said: Hi there"_s);
    QCOMPARE(lines.at(b + 1), u"Hello! You said: Hi there"_s);
    QCOMPARE(lines.at(c + 1), u"Hello! You said: Hi there"_s);
    // Then the table: a header and one row per model, with time, speed, tokens and cost.
    const qsizetype head = lines.indexOf(
        QRegularExpression(u"model\\s+TTFT\\s+tok/s\\s+tokens\\s+cost\\s+result"_s));
    QVERIFY2(head > c, qPrintable(r.out));
    const QRegularExpression row(u"^(\\S+)\\s+\\d+ ms\\s+[\\d.]+\\s+\\d+\\s+\\$[\\d.]+\\s+ok$"_s);
    QStringList models;
    for (qsizetype i = head + 1; i < lines.size() && !lines.at(i).isEmpty(); ++i) {
        const QRegularExpressionMatch match = row.match(lines.at(i));
        QVERIFY2(match.hasMatch(), qPrintable(lines.at(i)));
        models << match.captured(1);
    }
    QCOMPARE(models, (QStringList{ ModelA, ModelB, ModelC }));
}

void TestCliCompare::jsonShape()
{
    const Run r = run({ u"-m"_s, ModelA, u"-m"_s, ModelB, u"--json"_s, u"Hi"_s });
    QCOMPARE(r.exitCode, 0);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(r.out));
    const QJsonArray replies = document.object().value(u"replies"_s).toArray();
    QCOMPARE(replies.size(), 2);
    for (int i = 0; i < 2; ++i) {
        const QJsonObject reply = replies.at(i).toObject();
        QCOMPARE(reply.keys(),
                 (QStringList{ u"completion_tokens"_s, u"cost"_s, u"error"_s, u"finish_reason"_s,
                               u"model"_s, u"text"_s, u"tokens_per_s"_s, u"ttft_ms"_s }));
        QCOMPARE(reply.value(u"model"_s).toString(), i == 0 ? ModelA : ModelB);
        QCOMPARE(reply.value(u"text"_s).toString(), u"Hello! You said: Hi"_s);
        QVERIFY(reply.value(u"ttft_ms"_s).isDouble());
        QVERIFY(reply.value(u"tokens_per_s"_s).toDouble() > 0);
        QVERIFY(reply.value(u"completion_tokens"_s).toInt() > 0);
        QVERIFY(reply.value(u"cost"_s).toDouble() > 0);
        QCOMPARE(reply.value(u"finish_reason"_s).toString(), u"stop"_s);
        QVERIFY(reply.value(u"error"_s).isNull());
    }
}

void TestCliCompare::oneFailingKeepsTheOthers()
{
    // The second model is refused with 401 (exit 3), the third with 500 (exit 5): the exit code
    // is the first failure's, and every reply that arrived is printed.
    const Run r = run({ u"-m"_s, ModelA, u"-m"_s, ModelB + u"@status=401"_s, u"-m"_s,
                        ModelC + u"@status=500"_s, u"Hi"_s });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.out.contains(u"== "_s + ModelA + u" ==\nHello! You said: Hi\n"_s),
             qPrintable(r.out));
    QVERIFY(r.out.contains(u"== "_s + ModelB + u"@status=401 =="_s));
    QVERIFY(r.out.contains(u"failed"_s));
    QVERIFY2(r.err.contains(ModelB), qPrintable(r.err));

    const Run json
        = run({ u"-m"_s, ModelA + u"@status=500"_s, u"-m"_s, ModelB, u"--json"_s, u"Hi"_s });
    QCOMPARE(json.exitCode, 5);
    const QJsonArray replies
        = QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"replies"_s).toArray();
    QCOMPARE(replies.size(), 2);
    QVERIFY(!replies.at(0).toObject().value(u"error"_s).toString().isEmpty());
    QCOMPARE(replies.at(1).toObject().value(u"text"_s).toString(), u"Hello! You said: Hi"_s);
}

void TestCliCompare::promptFromStdin()
{
    const Run r = run({ u"-m"_s, ModelA, u"-m"_s, ModelB, u"--json"_s, u"-"_s }, "from a pipe");
    QCOMPARE(r.exitCode, 0);
    const QJsonArray replies
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"replies"_s).toArray();
    QCOMPARE(replies.size(), 2);
    QCOMPARE(replies.at(1).toObject().value(u"text"_s).toString(),
             u"Hello! You said: from a pipe"_s);
}

void TestCliCompare::attachmentsGoToEveryModel()
{
    QFile file(m_home.filePath(u"notes.txt"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("remember the milk\n");
    file.close();
    const Run r = run({ u"-m"_s, ModelA, u"-m"_s, ModelB, u"--json"_s, u"--attach"_s,
                        file.fileName(), u"look"_s });
    QCOMPARE(r.exitCode, 0);
    const QJsonArray replies
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"replies"_s).toArray();
    QCOMPARE(replies.size(), 2);
    // The fake server echoes what it was sent: the file went with the prompt to each model.
    for (const QJsonValue &reply : replies)
        QVERIFY2(reply.toObject().value(u"text"_s).toString().contains(u"remember the milk"_s),
                 qPrintable(r.out));
}

void TestCliCompare::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("five models") << QStringList{ u"-m"_s, u"a"_s, u"-m"_s, u"b"_s, u"-m"_s, u"c"_s,
                                                 u"-m"_s, u"d"_s, u"-m"_s, u"e"_s, u"hi"_s };
    QTest::newRow("same model twice") << QStringList{ u"-m"_s, ModelA, u"-m"_s, ModelA, u"hi"_s };
    QTest::newRow("no prompt") << QStringList{ u"-m"_s, ModelA, u"-m"_s, ModelB, u"-"_s };
}

void TestCliCompare::usageErrors()
{
    QFETCH(QStringList, arguments);
    const Run r = run(arguments);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_clicompare.moc"
