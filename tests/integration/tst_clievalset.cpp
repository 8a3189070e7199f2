#include "clitest.h"
#include "fakeserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString Small = u"Qwen/Qwen3-Reranker-0.6B"_s;
const QString Large = u"Qwen/Qwen3-Reranker-8B"_s;
const QString SampleDir = QStringLiteral(SIFT_SOURCE_DIR "/tests/data/eval-sample");

} // namespace

// `sift eval --set` as a user runs it: the real binary, with a throwaway HOME (so its own
// history file holds the set and the score cache), against the fake server in this process,
// which counts the requests.
class TestCliEvalSet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen());
    }
    void cleanup()
    {
        m_server.reset();
        m_home.reset();
    }

    void secondRunSendsNoRequests()
    {
        const QStringList arguments{ u"--set"_s,        SampleDir,
                                     u"--candidates"_s, SampleDir + u"/firststage.trec"_s,
                                     u"--depth"_s,      u"50"_s,
                                     u"-m"_s,           Small,
                                     u"-m"_s,           Large,
                                     u"--fuse"_s,       u"rrf"_s,
                                     u"--measures"_s,   u"ndcg_cut.10,map"_s,
                                     u"--json"_s };
        const Run first = run(arguments);
        QVERIFY2(first.exitCode == 0, qPrintable(first.err));
        // 20 queries × 50 candidates, 512 pairs of any queries to a request: 2 per model.
        QCOMPARE(m_server->requestCount(), 4);
        QVERIFY2(first.err.contains(u"1000 of 1000 pairs to score"_s), qPrintable(first.err));
        const QJsonObject report = QJsonDocument::fromJson(first.out.toUtf8()).object();
        QCOMPARE(report.value(u"set"_s).toString(), u"eval-sample"_s);
        const QJsonArray systems = report.value(u"systems"_s).toArray();
        // The first stage, the models in -m order, then their fusion.
        QCOMPARE(systems.size(), 4);
        QCOMPARE(systems.at(0).toObject().value(u"name"_s).toString(), u"firststage"_s);
        QCOMPARE(systems.at(1).toObject().value(u"name"_s).toString(), Small);
        QCOMPARE(systems.at(2).toObject().value(u"name"_s).toString(), Large);
        QCOMPARE(systems.at(3).toObject().value(u"name"_s).toString(), u"rrf"_s);
        QCOMPARE(systems.at(2).toObject().value(u"pairs"_s).toInt(), 1000);
        QCOMPARE(systems.at(2).toObject().value(u"scored"_s).toInt(), 1000);
        QVERIFY(systems.at(2).toObject().value(u"cost"_s).toDouble() > 0);
        // The fake server's larger model follows the judgments better than the first stage.
        const auto ndcg = [&](int i) {
            return systems.at(i)
                .toObject()
                .value(u"mean"_s)
                .toObject()
                .value(u"ndcg_cut_10"_s)
                .toDouble();
        };
        QVERIFY2(ndcg(2) > ndcg(0), qPrintable(first.out));
        QVERIFY(!report.value(u"comparisons"_s).toArray().isEmpty());

        m_server->clearRequests();
        const QString trecOut = m_home->filePath(u"trec"_s);
        const Run second = run(arguments + QStringList{ u"--trec-out"_s, trecOut });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(m_server->requestCount(), 0);
        QVERIFY2(!second.err.contains(u"pairs to score"_s), qPrintable(second.err));
        const QJsonObject again = QJsonDocument::fromJson(second.out.toUtf8()).object();
        const QJsonObject large = again.value(u"systems"_s).toArray().at(2).toObject();
        QCOMPARE(large.value(u"from_cache"_s).toInt(), 1000);
        QCOMPARE(large.value(u"cost"_s).toDouble(), 0.0);
        // The same measures from the cache as from the requests.
        QCOMPARE(large.value(u"mean"_s), systems.at(2).toObject().value(u"mean"_s));
        for (const QString &name :
             { u"firststage.trec"_s, u"Qwen_Qwen3-Reranker-0.6B.trec"_s,
               u"Qwen_Qwen3-Reranker-8B.trec"_s, u"rrf.trec"_s, u"qrels.txt"_s })
            QVERIFY2(QFile::exists(QDir(trecOut).filePath(name)), qPrintable(name));
        QFile run8b(QDir(trecOut).filePath(u"Qwen_Qwen3-Reranker-8B.trec"_s));
        QVERIFY(run8b.open(QIODevice::ReadOnly));
        const QList<QByteArray> firstLine = run8b.readLine().simplified().split(' ');
        QCOMPARE(firstLine.size(), 6);
        QCOMPARE(firstLine.at(1), "Q0");
        QCOMPARE(firstLine.at(3), "1");

        // The written files evaluate to the same numbers with --qrels/--run.
        QStringList files{ u"--qrels"_s, QDir(trecOut).filePath(u"qrels.txt"_s), u"--measures"_s,
                           u"ndcg_cut.10,map"_s, u"--json"_s };
        files << u"--run"_s
              << u"large="_s + QDir(trecOut).filePath(u"Qwen_Qwen3-Reranker-8B.trec"_s);
        const Run fromFiles = run(files);
        QVERIFY2(fromFiles.exitCode == 0, qPrintable(fromFiles.err));
        const QJsonObject fileReport = QJsonDocument::fromJson(fromFiles.out.toUtf8()).object();
        QCOMPARE(fileReport.value(u"systems"_s).toArray().at(0).toObject().value(u"mean"_s),
                 systems.at(2).toObject().value(u"mean"_s));
    }

    void costAboveThresholdNeedsYes()
    {
        const QStringList arguments{ u"--set"_s,           SampleDir, u"-m"_s, Large,
                                     u"--confirm-above"_s, u"0"_s };
        const Run refused = run(arguments);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--yes"_s), qPrintable(refused.err));
        QCOMPARE(m_server->requestCount(), 0);

        const Run accepted = run(arguments + QStringList{ u"--yes"_s });
        QVERIFY2(accepted.exitCode == 0, qPrintable(accepted.err));
        QVERIFY(m_server->requestCount() > 0);
        QVERIFY(accepted.out.contains(Large));
        QVERIFY(accepted.out.contains(u"ndcg_cut_10"_s));
    }

    void unknownPriceNeedsYes()
    {
        // The 4B has no documented price: its cost is unknown, so a script must accept it.
        const Run refused = run({ u"--set"_s, SampleDir, u"-m"_s, u"Qwen/Qwen3-Reranker-4B"_s });
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"unknown"_s), qPrintable(refused.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void badLineIsUsageErrorNamingFileAndLine()
    {
        const QString folder = m_home->filePath(u"broken"_s);
        QVERIFY(QDir().mkpath(folder + u"/qrels"_s));
        const auto write = [&](const QString &name, const QByteArray &bytes) {
            QFile file(folder + u'/' + name);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(bytes);
        };
        write(u"corpus.jsonl"_s, "{\"_id\": \"d1\", \"text\": \"a\"}\n{\"_id\": \"d2\"}\n");
        write(u"queries.jsonl"_s, "{\"_id\": \"q1\", \"text\": \"a\"}\n");
        write(u"qrels/test.tsv"_s, "query-id\tcorpus-id\tscore\nq1\td1\t1\n");
        const Run r = run({ u"--set"_s, folder, u"-m"_s, Small });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"corpus.jsonl, line 2"_s), qPrintable(r.err));
        QCOMPARE(m_server->requestCount(), 0);
    }

    void rejectedKeyIsAuthError()
    {
        m_server->setRequiredKey("the-right-key");
        const Run r = run({ u"--set"_s, SampleDir, u"-m"_s, Small });
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(u"DEEPINFRA_API_KEY"_s), qPrintable(r.err));
    }

private:
    using Run = CliTest::Run;

    Run run(QStringList arguments)
    {
        arguments.prepend(u"eval"_s);
        arguments << u"--base-url"_s << m_server->baseUrl() + u"/v1/openai"_s;
        // Asynchronous: the fake server answers from this thread's event loop.
        return CliTest::runWaitingOnSignal(CliTest::environment(m_home->path(), u"eval-test-key"_s),
                                           arguments, {}, 120000);
    }

    std::unique_ptr<QTemporaryDir> m_home;
    std::unique_ptr<FakeServer> m_server;
};

QTEST_GUILESS_MAIN(TestCliEvalSet)
#include "tst_clievalset.moc"
