#include "clitest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// `sift eval judge` as a user runs it: the real binary against the sift-fakeserver executable
// on the sample BEIR set (tests/data/eval-sample), kept in a store file of the test's own.
class TestCliJudge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        CliTest::startFakeServer(m_server, {}, &m_port);
    }

    void cleanupTestCase() { CliTest::stopFakeServer(m_server); }

    void refusesUnknownCostWithoutYes()
    {
        // The sample chat model has no price: the cost is unknown, so without a terminal and
        // without --yes nothing is sent.
        const Result r = run({ u"--limit"_s, u"3"_s });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--yes"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"3 to ask"_s));
    }

    void judgesResumesAndReportsKappa()
    {
        Result r = run({ u"--limit"_s, u"12"_s, u"--yes"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value("asked"_L1).toInt(), 12);
        QCOMPARE(json.value("stored"_L1).toInt() + json.value("unparseable"_L1).toInt(), 12);
        QCOMPARE(json.value("failed"_L1).toInt(), 0);
        QCOMPARE(json.value("skipped"_L1).toInt(), 0);
        QVERIFY(json.value("kappa_quadratic"_L1).isNull()); // no pair has both grades yet

        // Again: the 12 are skipped; with judged pairs too, κ is defined.
        r = run({ u"--limit"_s, u"40"_s, u"--include-judged"_s, u"--yes"_s, u"--json"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(json.value("skipped"_L1).toInt(), 12);
        QCOMPARE(json.value("asked"_L1).toInt(), 40);
        QVERIFY(json.value("pairs_with_both"_L1).toInt() > 0);
        QVERIFY(json.value("kappa_quadratic"_L1).isDouble());
        QVERIFY(json.value("kappa_linear"_L1).isDouble());
        int total = 0;
        for (const QJsonValue &row : json.value("confusion"_L1).toArray())
            for (const QJsonValue &cell : row.toArray())
                total += cell.toInt();
        QCOMPARE(total, json.value("pairs_with_both"_L1).toInt());

        // The text form names the counts and κ.
        r = run({ u"--limit"_s, u"1"_s, u"--yes"_s });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"kappa (quadratic): "_s), qPrintable(r.out));
        QVERIFY(r.out.contains(u"asked 1, stored "_s));
    }

    void unknownSetIsUsage()
    {
        const Result r = run({ u"--yes"_s }, u"no such set"_s);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"neither a folder nor the name of a set"_s));
    }

private:
    using Result = CliTest::Run;

    Result run(QStringList arguments, const QString &set = {})
    {
        const QString sample = QStringLiteral(SIFT_SOURCE_DIR "/tests/data/eval-sample");
        arguments = QStringList{ u"eval"_s,         u"judge"_s,
                                 u"--base-url"_s,   u"http://127.0.0.1:%1/v1/openai"_s.arg(m_port),
                                 u"--set"_s,        set.isEmpty() ? sample : set,
                                 u"--candidates"_s, sample + u"/firststage.trec"_s,
                                 u"--depth"_s,      u"100"_s,
                                 u"-m"_s,           u"meta-llama/Meta-Llama-3-8B-Instruct"_s,
                                 u"--store"_s,      m_home.filePath(u"sets.db"_s) }
            + arguments;
        return CliTest::runBlocking(CliTest::environment(m_home.path(), u"judge-test-key"_s),
                                    arguments);
    }

    QProcess m_server;
    int m_port = 0;
    QTemporaryDir m_home;
};

QTEST_GUILESS_MAIN(TestCliJudge)
#include "tst_clijudge.moc"
