#include "clitest.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `sift rerank` as a user runs it: the real binary against the sift-fakeserver executable, with
// a throwaway HOME and a D-Bus address that leads nowhere (no real keychain is touched).
class TestCliRerank : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tableForOneModel();
    void jsonInCohereShape();
    void twoModelsPrintTauAndOverlap();
    void twoModelsJson();
    void documentsFromStdinAndFiles_data();
    void documentsFromStdinAndFiles();
    void exitCodes_data();
    void exitCodes();
    void refusedPortIsNetworkError();
    void semicolonCsvReadsLikeTheWorkbench();

private:
    using Run = CliTest::Run;
    Run run(QStringList arguments, const QByteArray &input = {},
            const QHash<QString, QString> &env = {});
    QString writeFile(const QString &name, const QByteArray &data);
    QString baseUrl() const { return u"http://127.0.0.1:%1/v1/openai"_s.arg(m_port); }

    QProcess m_server;
    int m_port = 0;
    QTemporaryDir m_home;
    QString m_docs;
};

namespace {

const QString Small = u"Qwen/Qwen3-Reranker-0.6B"_s;
const QString Large = u"Qwen/Qwen3-Reranker-8B"_s;
const QStringList Documents{
    u"Apples grow in an orchard and are picked at harvest."_s,
    u"The river was cold."_s,
    u"An orchard harvest festival with apple cider, music and a very long description that "
    "runs well past sixty characters."_s,
    u"Engines and stones."_s,
    u"Apple trees need pruning."_s,
};

} // namespace

void TestCliRerank::initTestCase()
{
    QVERIFY(m_home.isValid());
    CliTest::startFakeServer(m_server, {}, &m_port);
    if (QTest::currentTestFailed())
        return;
    m_docs = writeFile(u"docs.txt"_s, Documents.join(u'\n').toUtf8() + '\n');
}

void TestCliRerank::cleanupTestCase()
{
    CliTest::stopFakeServer(m_server);
}

QString TestCliRerank::writeFile(const QString &name, const QByteArray &data)
{
    QFile file(m_home.filePath(name));
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write(data);
    return file.fileName();
}

TestCliRerank::Run TestCliRerank::run(QStringList arguments, const QByteArray &input,
                                      const QHash<QString, QString> &env)
{
    QProcessEnvironment environment = CliTest::environment(m_home.path(), u"rerank-test-key"_s);
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    arguments.prepend(u"rerank"_s);
    return CliTest::runBlocking(environment, arguments, input);
}

void TestCliRerank::tableForOneModel()
{
    const Run r
        = run({ u"--base-url"_s, baseUrl(), u"-m"_s, Small, u"-q"_s, u"apple orchard"_s, m_docs });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList lines = r.out.split(u'\n');
    QCOMPARE(lines.at(0), Small);
    QVERIFY(lines.at(1).contains(u"RANK"_s) && lines.at(1).contains(u"DOCUMENT"_s));
    // rank, score, index, first 60 characters (elided)
    static const QRegularExpression row(uR"(^\s+(\d+)\s+(0\.\d{4}|1\.0000)\s+(\d+)\s+(.+)$)"_s);
    QList<int> indices;
    double previous = 2.0;
    for (int i = 0; i < Documents.size(); ++i) {
        const QRegularExpressionMatch m = row.match(lines.at(2 + i));
        QVERIFY2(m.hasMatch(), qPrintable(lines.at(2 + i)));
        QCOMPARE(m.captured(1).toInt(), i + 1);
        const double score = m.captured(2).toDouble();
        QVERIFY(score <= previous);
        previous = score;
        const int index = m.captured(3).toInt();
        indices << index;
        const QString text = m.captured(4);
        QVERIFY(text.size() <= 60);
        QVERIFY(Documents.at(index).startsWith(text.chopped(text.endsWith(u'…') ? 1 : 0)));
    }
    std::sort(indices.begin(), indices.end());
    QCOMPARE(indices, (QList<int>{ 0, 1, 2, 3, 4 }));
    // The long document is cut at 60 characters.
    QVERIFY(r.out.contains(Documents.at(2).left(59) + u'…'));
    // Latency, tokens and the reported cost per model.
    static const QRegularExpression summary(
        uR"(Qwen/Qwen3-Reranker-0\.6B: \d+ ms, [1-9]\d* input tokens, \$0\.\d+)"_s);
    QVERIFY2(summary.match(r.out).hasMatch(), qPrintable(r.out));
    QVERIFY(!r.out.contains(u"Kendall"_s));
}

void TestCliRerank::jsonInCohereShape()
{
    const Run r = run({ u"--base-url"_s, baseUrl(), u"-m"_s, Small, u"-q"_s, u"apple orchard"_s,
                        u"--json"_s, u"--top-n"_s, u"3"_s, u"--batch-size"_s, u"2"_s, m_docs });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError error;
    const QJsonObject reply = QJsonDocument::fromJson(r.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    const QJsonArray results = reply.value(u"results"_s).toArray();
    QCOMPARE(results.size(), 3);
    double previous = 2.0;
    for (const QJsonValue &value : results) {
        const QJsonObject entry = value.toObject();
        QVERIFY(entry.value(u"index"_s).isDouble());
        const double score = entry.value(u"relevance_score"_s).toDouble(-1);
        QVERIFY(score >= 0 && score <= previous);
        previous = score;
    }
    const QJsonObject meta = reply.value(u"meta"_s).toObject();
    QVERIFY(meta.value(u"tokens"_s).toObject().value(u"input_tokens"_s).toInt() > 0);
    QVERIFY(meta.value(u"billed_units"_s).toObject().value(u"total_tokens"_s).toInt() > 0);
    QCOMPARE(reply.value(u"model"_s).toString(), Small);
    QCOMPARE(reply.value(u"state"_s).toString(), u"complete"_s);
    QVERIFY(reply.value(u"cost"_s).toDouble() > 0);
}

void TestCliRerank::twoModelsPrintTauAndOverlap()
{
    const Run r = run({ u"--base-url"_s, baseUrl(), u"-m"_s, Small, u"-m"_s, Large, u"-q"_s,
                        u"apple orchard"_s, m_docs });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.startsWith(Small + u'\n'));
    QVERIFY(r.out.contains(u'\n' + Large + u'\n'));
    static const QRegularExpression pair(
        uR"(Qwen/Qwen3-Reranker-0\.6B vs Qwen/Qwen3-Reranker-8B: Kendall τ (-?[01]\.\d{3}), overlap@10 ([01]\.\d{3}))"_s);
    const QRegularExpressionMatch m = pair.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    const double tau = m.captured(1).toDouble();
    QVERIFY(tau >= -1 && tau <= 1);
    // k = 10 is beyond the 5 documents, and both models ranked all of them.
    QCOMPARE(m.captured(2), u"1.000"_s);
}

void TestCliRerank::twoModelsJson()
{
    const Run r = run({ u"--base-url"_s, baseUrl(), u"-m"_s, Small, u"-m"_s, Large, u"-q"_s,
                        u"apple orchard"_s, u"--json"_s, m_docs });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject reply = QJsonDocument::fromJson(r.out.toUtf8()).object();
    const QJsonArray models = reply.value(u"models"_s).toArray();
    QCOMPARE(models.size(), 2);
    QCOMPARE(models.at(1).toObject().value(u"model"_s).toString(), Large);
    QCOMPARE(models.at(1).toObject().value(u"results"_s).toArray().size(), Documents.size());
    const QJsonArray comparisons = reply.value(u"comparisons"_s).toArray();
    QCOMPARE(comparisons.size(), 1);
    const QJsonObject pair = comparisons.at(0).toObject();
    QCOMPARE(pair.value(u"model_a"_s).toString(), Small);
    QCOMPARE(pair.value(u"model_b"_s).toString(), Large);
    QVERIFY(pair.value(u"kendall_tau"_s).isDouble());
    QCOMPARE(pair.value(u"overlap_at_10"_s).toDouble(), 1.0);
}

void TestCliRerank::documentsFromStdinAndFiles_data()
{
    QTest::addColumn<QString>("file"); // empty: standard input
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("documents");

    QTest::newRow("stdin, one per line") << QString() << QByteArray("a apple\n\nb\nc\n") << 3;
    QTest::newRow("stdin with -") << u"-"_s << QByteArray("a apple\nb\n") << 2;
    QTest::newRow("jsonl") << u"docs.jsonl"_s
                           << QByteArray("{\"text\":\"apple\"}\n{\"text\":\"pear\"}\nbad\n") << 2;
    QTest::newRow("csv, text column")
        << u"docs.csv"_s << QByteArray("id,text\n1,\"apple, red\"\n2,pear\n") << 2;
}

void TestCliRerank::documentsFromStdinAndFiles()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, data);
    QFETCH(int, documents);
    QStringList arguments{ u"--base-url"_s, baseUrl(),  u"-m"_s,    Small,
                           u"-q"_s,         u"apple"_s, u"--json"_s };
    QByteArray input;
    if (file.isEmpty() || file == u"-"_s) {
        input = data;
        if (!file.isEmpty())
            arguments << file;
    } else {
        arguments << writeFile(file, data);
    }
    const Run r = run(arguments, input);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray results
        = QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"results"_s).toArray();
    QCOMPARE(results.size(), documents);
    if (file.endsWith(u".jsonl"_s))
        QVERIFY2(r.err.contains(u"Line 3"_s), qPrintable(r.err)); // the bad line is reported
}

void TestCliRerank::exitCodes_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("withKey");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stderrContains");

    QTest::newRow("no model") << QStringList{ u"-q"_s, u"x"_s } << true << 2 << u"-m"_s;
    QTest::newRow("no query") << QStringList{ u"-m"_s, Small } << true << 2 << u"-q"_s;
    QTest::newRow("bad top-n") << QStringList{ u"-m"_s, Small,        u"-q"_s,
                                               u"x"_s,  u"--top-n"_s, u"many"_s }
                               << true << 2 << u"--top-n"_s;
    QTest::newRow("bad batch size")
        << QStringList{ u"-m"_s, Small, u"-q"_s, u"x"_s, u"--batch-size"_s, u"0"_s } << true << 2
        << u"--batch-size"_s;
    QTest::newRow("unknown option")
        << QStringList{ u"-m"_s, Small, u"-q"_s, u"x"_s, u"--nope"_s } << true << 2 << u"nope"_s;
    QTest::newRow("no key") << QStringList{ u"-m"_s, Small, u"-q"_s, u"x"_s } << false << 3
                            << u"sift key set"_s;
    QTest::newRow("key rejected") << QStringList{ u"-m"_s, u"fault/status=401"_s, u"-q"_s, u"x"_s }
                                  << true << 3 << u"not scored"_s;
    QTest::newRow("unknown model") << QStringList{ u"-m"_s, u"fault/status=404"_s, u"-q"_s, u"x"_s }
                                   << true << 5 << u"not scored"_s;
    QTest::newRow("one model fails, one works")
        << QStringList{ u"-m"_s, Small, u"-m"_s, u"fault/status=404"_s, u"-q"_s, u"x"_s } << true
        << 5 << u"5 of 5 documents not scored"_s;
}

void TestCliRerank::exitCodes()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, withKey);
    QFETCH(int, exitCode);
    QFETCH(QString, stderrContains);
    arguments << u"--base-url"_s << baseUrl() << m_docs;
    if (!withKey)
        arguments << u"--api-key-env"_s << u"SIFT_TEST_UNSET_KEY_VARIABLE"_s;
    const Run r = run(arguments);
    QVERIFY2(r.exitCode == exitCode, qPrintable(u"%1: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
}

void TestCliRerank::refusedPortIsNetworkError()
{
    // Find a port nobody listens on: take one, then let it go.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    const Run r = run({ u"--base-url"_s, u"http://127.0.0.1:%1/v1/openai"_s.arg(port), u"-m"_s,
                        Small, u"-q"_s, u"x"_s, m_docs });
    QVERIFY2(r.exitCode == 4, qPrintable(u"%1: %2"_s.arg(r.exitCode).arg(r.err)));
    QVERIFY(r.err.contains(u"not scored"_s));
}

// Issue 13: a ';'-separated CSV with a BOM, CRLF and quoted fields used to be sent as whole lines
// by `sift rerank` while the workbench split it. Both now read it with DocumentImport's sniffing:
// the same three documents (tst_documentimport's sniffedCsv checks the workbench's side).
void TestCliRerank::semicolonCsvReadsLikeTheWorkbench()
{
    const QString path
        = writeFile(u"semicolon.csv"_s,
                    QByteArray("\xEF\xBB\xBFid;passage;label\r\n1;\"apple; red\";3\r\n"
                               "2;\"a \"\"pear\"\", green\";0\r\n3;plum;\r\n"));
    const Run r = run({ u"--base-url"_s, baseUrl(), u"-m"_s, Small, u"-q"_s, u"apple"_s, path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QStringList expected{ u"apple; red"_s, u"a \"pear\", green"_s, u"plum"_s };
    for (const QString &text : expected)
        QVERIFY2(r.out.contains(u"  "_s + text + u'\n'), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"1;"_s), qPrintable(r.out));
    QVERIFY2(!r.out.contains(u"passage"_s), qPrintable(r.out));

    const Run json = run(
        { u"--base-url"_s, baseUrl(), u"-m"_s, Small, u"-q"_s, u"apple"_s, u"--json"_s, path });
    QVERIFY2(json.exitCode == 0, qPrintable(json.err));
    QCOMPARE(
        QJsonDocument::fromJson(json.out.toUtf8()).object().value(u"results"_s).toArray().size(),
        3);
}

QTEST_GUILESS_MAIN(TestCliRerank)
#include "tst_clirerank.moc"
