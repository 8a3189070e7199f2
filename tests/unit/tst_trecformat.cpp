#include "eval/measures.h"
#include "eval/trecformat.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;
using namespace Eval;

class TestTrecFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsQrels();
    void readsRun();
    void readsTopics();
    void badQrels_data();
    void badQrels();
    void badRun_data();
    void badRun();
    void badTopics_data();
    void badTopics();
    void longLine();
    void missingFile();
    void progressAndCancel();
    void writesRunInTrecOrder();
    void roundTrips();
    void writerRefusesWhatTrecCannotHold();
    void fixturesRoundTrip();
};

namespace {

QBuffer *bufferWith(QObject *parent, const QByteArray &bytes)
{
    auto *buffer = new QBuffer(parent);
    buffer->setData(bytes);
    return buffer;
}

} // namespace

void TestTrecFormat::readsQrels()
{
    QByteArray data = "# judgments\n"
                      "301 0 d1 2\r\n"
                      "\n"
                      "  301\t0\td2\t0\n"
                      "301 0 d3 -1\n"
                      "302 Q0 d1 1"; // no final newline
    QBuffer *buffer = bufferWith(this, data);
    TrecFormat::Error error;
    const std::optional<Qrels> qrels = TrecFormat::readQrels(*buffer, u"q.txt"_s, &error);
    QVERIFY2(qrels, qPrintable(error.text()));
    QCOMPARE(qrels->size(), 2);
    QCOMPARE(qrels->value(u"301"_s),
             (Judgments{ { u"d1"_s, 2 }, { u"d2"_s, 0 }, { u"d3"_s, -1 } }));
    QCOMPARE(qrels->value(u"302"_s), (Judgments{ { u"d1"_s, 1 } }));

    QBuffer *empty = bufferWith(this, "");
    QVERIFY(TrecFormat::readQrels(*empty, u"e"_s, &error)->isEmpty());
}

void TestTrecFormat::readsRun()
{
    QBuffer *buffer = bufferWith(this,
                                 "301 Q0 d2 1 0.5 first\n"
                                 "#comment\n"
                                 "301 Q0 d1 7 1e-3 first\n"
                                 "302\tQ0\tdä\t1\t-2.25\tlast extra fields are ignored\n");
    TrecFormat::Error error;
    QString tag;
    const std::optional<Run> run = TrecFormat::readRun(*buffer, u"r"_s, &error, &tag);
    QVERIFY2(run, qPrintable(error.text()));
    QCOMPARE(tag, u"last"_s); // trec_eval keeps the last line's tag
    QCOMPARE(run->value(u"301"_s),
             (QList<ScoredDoc>{ { u"d2"_s, 0.5 }, { u"d1"_s, 0.001 } })); // file order
    QCOMPARE(run->value(u"302"_s), (QList<ScoredDoc>{ { u"dä"_s, -2.25 } }));
}

void TestTrecFormat::readsTopics()
{
    QBuffer *buffer = bufferWith(this,
                                 "301\twhat is a  reranker?\n"
                                 "\n"
                                 "302 \t tabs\tinside the text \r\n");
    TrecFormat::Error error;
    const auto topics = TrecFormat::readTopics(*buffer, u"t"_s, &error);
    QVERIFY2(topics, qPrintable(error.text()));
    QCOMPARE(topics->size(), 2);
    QCOMPARE(topics->at(0).id, u"301"_s);
    QCOMPARE(topics->at(0).text, u"what is a  reranker?"_s);
    QCOMPARE(topics->at(1).id, u"302"_s);
    QCOMPARE(topics->at(1).text, u"tabs\tinside the text"_s);
}

void TestTrecFormat::badQrels_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    const QByteArray ok = "1 0 a 1\n";
    QTest::newRow("three fields") << ok + "1 0 b\n" << 2 << u"Expected 4 fields"_s;
    QTest::newRow("five fields") << ok + "1 0 b 1\n1 0 c 1 x\n" << 3 << u"found 5"_s;
    QTest::newRow("run line") << QByteArray("1 Q0 a 1 0.5 tag\n") << 1 << u"qrels file"_s;
    QTest::newRow("word grade") << ok + "1 0 b high\n" << 2 << u"“high” is not a whole"_s;
    QTest::newRow("fraction grade") << ok + "1 0 b 1.5\n" << 2 << u"“1.5”"_s;
    QTest::newRow("huge grade") << ok + "1 0 b 99999999999\n" << 2 << u"whole number"_s;
    QTest::newRow("judged twice") << ok + "2 0 a 1\n1 0 a 0\n" << 3 << u"judged twice"_s;
    QTest::newRow("not utf-8") << ok + "1 0 \xff\xfe 1\n" << 2 << u"UTF-8"_s;
    QTest::newRow("nul") << ok + QByteArray("1 0 b\0 1\n", 9) << 2 << u"NUL"_s;
}

void TestTrecFormat::badQrels()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, says);
    QBuffer *buffer = bufferWith(this, data);
    TrecFormat::Error error;
    QVERIFY(!TrecFormat::readQrels(*buffer, u"judged.qrels"_s, &error));
    QCOMPARE(error.file, u"judged.qrels"_s);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QVERIFY2(error.text().startsWith(u"judged.qrels, line %1: "_s.arg(line)),
             qPrintable(error.text()));
}

void TestTrecFormat::badRun_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    const QByteArray ok = "1 Q0 a 1 0.5 t\n";
    QTest::newRow("five fields") << ok + "1 Q0 b 2 0.4\n" << 2 << u"Expected 6 fields"_s;
    QTest::newRow("qrels line") << QByteArray("1 0 a 1\n") << 1 << u"TREC run file"_s;
    QTest::newRow("word score") << ok + "1 Q0 b 2 high t\n" << 2 << u"“high” is not a number"_s;
    QTest::newRow("nan score") << ok + "1 Q0 b 2 nan t\n" << 2 << u"“nan”"_s;
    QTest::newRow("inf score") << ok + "1 Q0 b 2 inf t\n" << 2 << u"“inf”"_s;
    QTest::newRow("listed twice") << ok + "2 Q0 a 1 0.5 t\n1 Q0 a 3 0.1 t\n"
                                  << 3 << u"listed twice for query “1” (also on line 1)"_s;
    QTest::newRow("not utf-8") << ok + "1 Q0 \xc3( 2 0.4 t\n" << 2 << u"UTF-8"_s;
}

void TestTrecFormat::badRun()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, says);
    QBuffer *buffer = bufferWith(this, data);
    TrecFormat::Error error;
    QString tag = u"unchanged"_s;
    QVERIFY(!TrecFormat::readRun(*buffer, u"bm25.run"_s, &error, &tag));
    QCOMPARE(tag, u"unchanged"_s);
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
    QVERIFY(error.text().contains(u"bm25.run"_s));
}

void TestTrecFormat::badTopics_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("says");
    const QByteArray ok = "1\tfirst query\n";
    QTest::newRow("no tab") << ok + "2 second query\n" << 2 << u"a tab"_s;
    QTest::newRow("empty id") << ok + "\tsecond\n" << 2 << u"empty or contains spaces"_s;
    QTest::newRow("id with space") << ok + "2 b\tsecond\n" << 2 << u"“2 b”"_s;
    QTest::newRow("no text") << ok + "2\t   \n" << 2 << u"has no text"_s;
    QTest::newRow("twice") << ok + "2\tx\n1\ty\n" << 3 << u"also on line 1"_s;
    QTest::newRow("not utf-8") << ok + "2\t\xe2\x82\n" << 2 << u"UTF-8"_s;
}

void TestTrecFormat::badTopics()
{
    QFETCH(QByteArray, data);
    QFETCH(int, line);
    QFETCH(QString, says);
    QBuffer *buffer = bufferWith(this, data);
    TrecFormat::Error error;
    QVERIFY(!TrecFormat::readTopics(*buffer, u"topics.tsv"_s, &error));
    QCOMPARE(error.line, line);
    QVERIFY2(error.message.contains(says), qPrintable(error.message));
}

void TestTrecFormat::longLine()
{
    QByteArray data = "1 0 a 1\n";
    data += QByteArray(TrecFormat::MaxLineBytes + 10, 'x');
    data += " 0 b 1\n2 0 c 1\n";
    QBuffer *buffer = bufferWith(this, data);
    TrecFormat::Error error;
    QVERIFY(!TrecFormat::readQrels(*buffer, u"big"_s, &error));
    QCOMPARE(error.line, 2);
    QVERIFY2(error.message.contains(u"longer than"_s), qPrintable(error.message));
}

void TestTrecFormat::missingFile()
{
    TrecFormat::Error error;
    QVERIFY(!TrecFormat::readQrelsFile(u"/nonexistent/x.qrels"_s, &error));
    QCOMPARE(error.line, 0);
    QCOMPARE(error.file, u"/nonexistent/x.qrels"_s);
    QVERIFY2(error.text().startsWith(u"/nonexistent/x.qrels: "_s), qPrintable(error.text()));
    QVERIFY(!TrecFormat::readRunFile(u"/nonexistent/x.run"_s, &error));
    QVERIFY(!TrecFormat::readTopicsFile(u"/nonexistent/x.tsv"_s, &error));
}

void TestTrecFormat::progressAndCancel()
{
    QByteArray data;
    for (int i = 0; i < 100000; ++i)
        data += "q" + QByteArray::number(i % 100) + " 0 d" + QByteArray::number(i) + " 1\n";
    QBuffer *buffer = bufferWith(this, data);
    QList<qint64> seen;
    TrecFormat::Error error;
    const auto qrels = TrecFormat::readQrels(*buffer, u"p"_s, &error, [&](qint64 bytes) {
        seen << bytes;
        return true;
    });
    QVERIFY(qrels);
    QCOMPARE(qrels->size(), 100);
    QVERIFY(seen.size() >= 3);
    QVERIFY(std::is_sorted(seen.cbegin(), seen.cend()));
    QVERIFY(seen.last() <= data.size());

    QBuffer *again = bufferWith(this, data);
    QVERIFY(!TrecFormat::readQrels(*again, u"p"_s, &error, [](qint64) { return false; }));
    QVERIFY2(error.message.contains(u"cancelled"_s), qPrintable(error.message));
}

void TestTrecFormat::writesRunInTrecOrder()
{
    const Run run{ { u"b"_s, { { u"d1"_s, 0.5 }, { u"d3"_s, 0.5 }, { u"d2"_s, 0.9 } } },
                   { u"a"_s, { { u"x"_s, 1e-20 } } } };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QString error;
    QVERIFY2(TrecFormat::writeRun(buffer, run, u"my run"_s, &error), qPrintable(error));
    QCOMPARE(buffer.data(),
             QByteArray("a Q0 x 1 1e-20 my_run\n"
                        "b Q0 d2 1 0.9 my_run\n"
                        "b Q0 d3 2 0.5 my_run\n" // ties: docno descending, as trec_eval ranks
                        "b Q0 d1 3 0.5 my_run\n"));
}

void TestTrecFormat::roundTrips()
{
    Run run;
    Qrels qrels;
    for (int q = 0; q < 20; ++q) {
        const QString qid = u"q%1"_s.arg(q);
        for (int d = 0; d < 30; ++d) {
            const QString docno = u"doc-%1-ü"_s.arg(d * 7 % 30);
            run[qid].append(ScoredDoc{ docno, std::sin(q * 31 + d) / 3.0 });
            qrels[qid].insert(docno, d % 5 - 1);
        }
    }
    QBuffer runBuffer;
    runBuffer.open(QIODevice::ReadWrite);
    QVERIFY(TrecFormat::writeRun(runBuffer, run, {}));
    runBuffer.seek(0);
    TrecFormat::Error error;
    QString tag;
    const auto readBack = TrecFormat::readRun(runBuffer, u"r"_s, &error, &tag);
    QVERIFY2(readBack, qPrintable(error.text()));
    QCOMPARE(tag, u"sift"_s);
    QCOMPARE(readBack->size(), run.size());
    for (auto it = run.cbegin(); it != run.cend(); ++it)
        QCOMPARE(readBack->value(it.key()), trecOrder(it.value())); // scores exact

    QBuffer qrelsBuffer;
    qrelsBuffer.open(QIODevice::ReadWrite);
    QVERIFY(TrecFormat::writeQrels(qrelsBuffer, qrels));
    qrelsBuffer.seek(0);
    QCOMPARE(*TrecFormat::readQrels(qrelsBuffer, u"q"_s, &error), qrels);
}

void TestTrecFormat::writerRefusesWhatTrecCannotHold()
{
    QString error;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(
        !TrecFormat::writeRun(buffer, Run{ { u"1"_s, { { u"a b"_s, 1.0 } } } }, u"t"_s, &error));
    QVERIFY2(error.contains(u"“a b”"_s), qPrintable(error));
    QVERIFY(
        !TrecFormat::writeRun(buffer, Run{ { u"1 2"_s, { { u"a"_s, 1.0 } } } }, u"t"_s, &error));
    QVERIFY2(error.contains(u"query id"_s), qPrintable(error));
    QVERIFY(!TrecFormat::writeRun(
        buffer, Run{ { u"1"_s, { { u"a"_s, std::numeric_limits<double>::quiet_NaN() } } } }, u"t"_s,
        &error));
    QVERIFY(!TrecFormat::writeQrels(buffer, Qrels{ { u"1"_s, { { u""_s, 1 } } } }, &error));
}

void TestTrecFormat::fixturesRoundTrip()
{
    // The committed random fixture read, written and read again gives the same measures.
    const QString dir = QStringLiteral(SIFT_SOURCE_DIR "/tests/data/trec_eval/");
    TrecFormat::Error error;
    const auto qrels = TrecFormat::readQrelsFile(dir + u"random.qrels"_s, &error);
    QVERIFY2(qrels, qPrintable(error.text()));
    const auto run = TrecFormat::readRunFile(dir + u"random_b.run"_s, &error);
    QVERIFY2(run, qPrintable(error.text()));
    QTemporaryDir tmp;
    QFile out(tmp.filePath(u"b.run"_s));
    QVERIFY(out.open(QIODevice::WriteOnly));
    QVERIFY(TrecFormat::writeRun(out, *run, u"b"_s));
    out.close();
    const auto again = TrecFormat::readRunFile(out.fileName(), &error);
    QVERIFY2(again, qPrintable(error.text()));
    const QList<Measure> measures = *parseMeasures(u"ndcg_cut.10,map,P.5,recall.100");
    const Evaluation first = evaluate(*qrels, *run, measures);
    const Evaluation second = evaluate(*qrels, *again, measures);
    QCOMPARE(second.queries, first.queries);
    QCOMPARE(second.perQuery, first.perQuery);
}

QTEST_GUILESS_MAIN(TestTrecFormat)
#include "tst_trecformat.moc"
