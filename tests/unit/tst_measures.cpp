#include "eval/measures.h"
#include "eval/trecformat.h"

#include <QFile>
#include <QTest>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Eval;

class TestMeasures : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void idsSortAsStrcmp();
    void trecOrderBreaksTiesByDocnoDescending();
    void byHand_data();
    void byHand();
    void relevanceLevel();
    void burgesGain();
    void noRelevantDocument();
    void parse_data();
    void parse();
    void parseErrors_data();
    void parseErrors();
    void missingQueries();
    void equalsTrecEval_data();
    void equalsTrecEval();
};

namespace {

const QString FixtureDir = QStringLiteral(SIFT_SOURCE_DIR "/tests/data/trec_eval/");
const QString FixtureMeasures = u"ndcg_cut.5,10,ndcg,map,recip_rank,P.5,10,recall.5,10,100"_s;

// The hand-worked query: judged a:3 b:2 c:0 d:1 e:-1 f:2 (f never retrieved); retrieved with
// ties, so trec_eval ranks c, x, e, b, a, d (x unjudged; 0.7 and 0.5 ties by docno descending).
const Judgments HandJudgments{ { u"a"_s, 3 }, { u"b"_s, 2 },  { u"c"_s, 0 },
                               { u"d"_s, 1 }, { u"e"_s, -1 }, { u"f"_s, 2 } };
const QList<ScoredDoc> HandRun{ { u"a"_s, 0.5 }, { u"b"_s, 0.5 }, { u"c"_s, 0.9 },
                                { u"d"_s, 0.2 }, { u"e"_s, 0.7 }, { u"x"_s, 0.7 } };

double lg(double x)
{
    return std::log2(x);
}

struct Reference
{
    QHash<QString, QHash<QString, QString>> values; // qid ("all" too) → measure → "0.1234"
};

Reference readTrecEvalOutput(const QString &path)
{
    Reference ref;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ref;
    while (!file.atEnd()) {
        const QList<QByteArray> fields = file.readLine().trimmed().split('\t');
        if (fields.size() != 3)
            continue;
        ref.values[QString::fromUtf8(fields[1])][QString::fromUtf8(fields[0].trimmed())]
            = QString::fromUtf8(fields[2]);
    }
    return ref;
}

QString fourDecimals(double value)
{
    // trec_eval prints "%6.4f" with the C library, which rounds an exact half to even
    // (0.15625 → 0.1562); QString::asprintf rounds it up.
    char text[64];
    std::snprintf(text, sizeof text, "%6.4f", value);
    return QString::fromLatin1(text).trimmed();
}

} // namespace

void TestMeasures::idsSortAsStrcmp()
{
    QCOMPARE(sortedIds({ u"9"_s, u"10"_s, u"301"_s, u"B"_s, u"a"_s, u""_s }),
             (QStringList{ u""_s, u"10"_s, u"301"_s, u"9"_s, u"B"_s, u"a"_s }));
    // UTF-8 order is code point order: U+1F600 (a surrogate pair in UTF-16) after U+FFFD,
    // although QString's own comparison puts the surrogate first.
    const QString emoji = QString::fromUcs4(U"\U0001F600");
    const QString replacement = QString::fromUcs4(U"\uFFFD");
    QVERIFY(compareIds(replacement, emoji) < 0);
    QVERIFY(QString::compare(replacement, emoji) > 0);
    QVERIFY(QByteArray(replacement.toUtf8()) < emoji.toUtf8());
    QCOMPARE(compareIds(u"ab", u"ab"), 0);
    QVERIFY(compareIds(u"ab", u"abc") < 0);
}

void TestMeasures::trecOrderBreaksTiesByDocnoDescending()
{
    const QList<ScoredDoc> ordered = trecOrder(HandRun);
    QStringList ids;
    for (const ScoredDoc &d : ordered)
        ids << d.docno;
    QCOMPARE(ids, (QStringList{ u"c"_s, u"x"_s, u"e"_s, u"b"_s, u"a"_s, u"d"_s }));
    // A document listed twice keeps its first (best) place only.
    const QList<ScoredDoc> twice = trecOrder({ { u"a"_s, 0.1 }, { u"b"_s, 0.5 }, { u"a"_s, 0.9 } });
    QCOMPARE(twice, (QList<ScoredDoc>{ { u"a"_s, 0.9 }, { u"b"_s, 0.5 } }));
    const RankedJudgments ranked = RankedJudgments::from(HandJudgments, HandRun);
    QCOMPARE(ranked.ranked,
             (std::vector<int>{ 0, RankedJudgments::NotJudged, RankedJudgments::JudgedNegative, 2,
                                3, 1 }));
    QCOMPARE(ranked.gradeCounts,
             (std::vector<std::pair<int, qsizetype>>{ { 3, 1 }, { 2, 2 }, { 1, 1 }, { 0, 1 } }));
}

void TestMeasures::byHand_data()
{
    QTest::addColumn<QString>("measure");
    QTest::addColumn<double>("expected");
    const double ideal5 = 3 + 2 / lg(3) + 2 / lg(4) + 1 / lg(5);
    QTest::newRow("ndcg_cut.5") << u"ndcg_cut.5"_s << (2 / lg(5) + 3 / lg(6)) / ideal5;
    QTest::newRow("ndcg_cut.3") << u"ndcg_cut.3"_s << 0.0;
    QTest::newRow("ndcg_cut.4") << u"ndcg_cut.4"_s
                                << (2 / lg(5)) / (3 + 2 / lg(3) + 2 / lg(4) + 1 / lg(5));
    QTest::newRow("ndcg") << u"ndcg"_s << (2 / lg(5) + 3 / lg(6) + 1 / lg(7)) / ideal5;
    QTest::newRow("ndcg_cut.100 = ndcg")
        << u"ndcg_cut.100"_s << (2 / lg(5) + 3 / lg(6) + 1 / lg(7)) / ideal5;
    // b at 4, a at 5, d at 6; four relevant documents judged (f was never retrieved).
    QTest::newRow("map") << u"map"_s << (1.0 / 4 + 2.0 / 5 + 3.0 / 6) / 4;
    QTest::newRow("recip_rank") << u"recip_rank"_s << 0.25;
    QTest::newRow("P.5") << u"P.5"_s << 0.4;
    QTest::newRow("P.10 (fewer retrieved)") << u"P.10"_s << 0.3;
    QTest::newRow("recall.5") << u"recall.5"_s << 0.5;
    QTest::newRow("recall.100") << u"recall.100"_s << 0.75;
}

void TestMeasures::byHand()
{
    QFETCH(QString, measure);
    QFETCH(double, expected);
    const QList<Measure> parsed = *parseMeasures(measure);
    QCOMPARE(parsed.size(), 1);
    const QList<double> values = evaluateQuery(HandJudgments, HandRun, parsed);
    QVERIFY2(std::abs(values.at(0) - expected) < 1e-12,
             qPrintable(u"%1 != %2"_s.arg(values.at(0)).arg(expected)));
}

void TestMeasures::relevanceLevel()
{
    const QList<Measure> m = *parseMeasures(u"map,recip_rank,P.5,recall.10,ndcg_cut.5");
    const QList<double> at2 = evaluateQuery(HandJudgments, HandRun, m, 2);
    // Relevant at level 2: a, b, f. b at 4, a at 5.
    QCOMPARE(at2.at(0), (1.0 / 4 + 2.0 / 5) / 3);
    QCOMPARE(at2.at(1), 0.25);
    QCOMPARE(at2.at(2), 0.4);
    QCOMPARE(at2.at(3), 2.0 / 3);
    // nDCG ignores the level (trec_eval: gains are the grades).
    QCOMPARE(at2.at(4), evaluateQuery(HandJudgments, HandRun, m, 1).at(4));
    // Level 0: judged 0 counts too; c is first, a negative grade still does not count.
    const QList<double> at0 = evaluateQuery(HandJudgments, HandRun, m, 0);
    QCOMPARE(at0.at(1), 1.0);
    QCOMPARE(at0.at(2), 3.0 / 5);
}

void TestMeasures::burgesGain()
{
    const QList<Measure> m = *parseMeasures(u"ndcg_burges_cut.5,ndcg_burges");
    QCOMPARE(m.at(0).name(), u"ndcg_burges_cut_5"_s);
    QCOMPARE(m.at(1).name(), u"ndcg_burges"_s);
    const QList<double> v = evaluateQuery(HandJudgments, HandRun, m);
    const double ideal = 7 + 3 / lg(3) + 3 / lg(4) + 1 / lg(5);
    QVERIFY(std::abs(v.at(0) - (3 / lg(5) + 7 / lg(6)) / ideal) < 1e-12);
    QVERIFY(std::abs(v.at(1) - (3 / lg(5) + 7 / lg(6) + 1 / lg(7)) / ideal) < 1e-12);
}

void TestMeasures::noRelevantDocument()
{
    const Judgments judgments{ { u"a"_s, 0 }, { u"b"_s, -1 } };
    const QList<double> v = evaluateQuery(judgments, { { u"a"_s, 1 }, { u"b"_s, 2 } },
                                          *parseMeasures(FixtureMeasures));
    for (double x : v)
        QCOMPARE(x, 0.0);
    // No documents at all (a judged query the run did not answer, under --complete).
    for (double x : evaluateQuery(HandJudgments, {}, *parseMeasures(FixtureMeasures)))
        QCOMPARE(x, 0.0);
}

void TestMeasures::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("issue's example")
        << u"ndcg_cut.5,ndcg_cut.10,map,recip_rank,P.10,recall.100,ndcg"_s
        << QStringList{ u"ndcg_cut_5"_s, u"ndcg_cut_10"_s, u"map"_s, u"recip_rank"_s,
                        u"P_10"_s,       u"recall_100"_s,  u"ndcg"_s };
    QTest::newRow("trec_eval's list form")
        << u"ndcg_cut.5,10, P.20"_s << QStringList{ u"ndcg_cut_5"_s, u"ndcg_cut_10"_s, u"P_20"_s };
    QTest::newRow("repeats dropped") << u"map,map,P.5,P.5"_s << QStringList{ u"map"_s, u"P_5"_s };
    QTest::newRow("default cutoffs")
        << u"P"_s << QStringList{ u"P_5"_s,   u"P_10"_s,  u"P_15"_s,  u"P_20"_s,  u"P_30"_s,
                                  u"P_100"_s, u"P_200"_s, u"P_500"_s, u"P_1000"_s };
}

void TestMeasures::parse()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QString error;
    const auto measures = parseMeasures(text, &error);
    QVERIFY2(measures, qPrintable(error));
    QCOMPARE(measureNames(*measures), names);
    QCOMPARE(
        measureNames(defaultMeasures()),
        (QStringList{ u"ndcg_cut_10"_s, u"map"_s, u"recip_rank"_s, u"P_10"_s, u"recall_100"_s }));
    QCOMPARE(defaultMeasures().at(0).spec(), u"ndcg_cut.10"_s);
}

void TestMeasures::parseErrors_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("says");
    QTest::newRow("unknown") << u"ndcg_cut.10,mrr"_s << u"Unknown measure “mrr”"_s;
    QTest::newRow("output name") << u"P_10"_s << u"Unknown measure “P_10”"_s;
    QTest::newRow("zero cutoff") << u"P.0"_s << u"from 1 to"_s;
    QTest::newRow("word cutoff") << u"P.ten"_s << u"from 1 to"_s;
    QTest::newRow("cutoff on map") << u"map.5"_s << u"takes no cutoff"_s;
    QTest::newRow("bare number first") << u"10,map"_s << u"follows no measure"_s;
    QTest::newRow("bare number after map") << u"map,10"_s << u"follows no measure"_s;
    QTest::newRow("empty item") << u"map,,P.5"_s << u"empty item"_s;
    QTest::newRow("empty") << u""_s << u"empty item"_s;
}

void TestMeasures::parseErrors()
{
    QFETCH(QString, text);
    QFETCH(QString, says);
    QString error;
    QVERIFY(!parseMeasures(text, &error));
    QVERIFY2(error.contains(says), qPrintable(error));
}

void TestMeasures::missingQueries()
{
    const Qrels qrels{ { u"1"_s, { { u"a"_s, 1 } } },
                       { u"2"_s, { { u"b"_s, 1 } } },
                       { u"3"_s, { { u"c"_s, 1 } } } };
    // 2 has an empty list (no results), 4 is not judged (ignored).
    const Run run{ { u"1"_s, { { u"a"_s, 1 } } },
                   { u"2"_s, {} },
                   { u"3"_s, { { u"x"_s, 1 }, { u"c"_s, 0 } } },
                   { u"4"_s, { { u"a"_s, 1 } } } };
    const QList<Measure> m{ Measure{ MeasureKind::RecipRank, 0 } };
    const Evaluation answered = evaluate(qrels, run, m);
    QCOMPARE(answered.queries, (QStringList{ u"1"_s, u"3"_s }));
    QCOMPARE(answered.mean.at(0), 0.75);
    QCOMPARE(answered.queryIndex(u"3"_s), 1);
    QCOMPARE(answered.queryIndex(u"2"_s), -1);
    QCOMPARE(answered.column(0), (std::vector<double>{ 1.0, 0.5 }));
    const Evaluation complete = evaluate(qrels, run, m, Options{ 1, true });
    QCOMPARE(complete.queries, (QStringList{ u"1"_s, u"2"_s, u"3"_s }));
    QCOMPARE(complete.mean.at(0), 0.5);
    QCOMPARE(complete.perQuery.at(1), QList<double>{ 0.0 });
    const Evaluation nothing = evaluate(qrels, Run{}, m);
    QVERIFY(nothing.queries.isEmpty());
    QCOMPARE(nothing.mean, QList<double>{ 0.0 });
}

void TestMeasures::equalsTrecEval_data()
{
    QTest::addColumn<QString>("qrels");
    QTest::addColumn<QString>("run");
    QTest::addColumn<QString>("measures");
    QTest::addColumn<int>("level");
    QTest::addColumn<bool>("complete");
    QTest::addColumn<QString>("output");
    const QString m = FixtureMeasures;
    const QString g = u"graded.qrels"_s;
    QTest::newRow("full") << g << u"full.run"_s << m << 1 << false << u"graded-full.out"_s;
    QTest::newRow("full -c") << g << u"full.run"_s << m << 1 << true << u"graded-full.c.out"_s;
    QTest::newRow("full -c -l 2") << g << u"full.run"_s << m << 2 << true
                                  << u"graded-full.l2.c.out"_s;
    QTest::newRow("full -l 0") << g << u"full.run"_s << m << 0 << false << u"graded-full.l0.out"_s;
    QTest::newRow("full, default cutoffs") << g << u"full.run"_s << u"ndcg_cut,P,recall"_s << 1
                                           << false << u"graded-full.defaults.out"_s;
    QTest::newRow("ties, 304 missing")
        << g << u"tiesA.run"_s << m << 1 << false << u"graded-tiesA.out"_s;
    QTest::newRow("ties -c") << g << u"tiesA.run"_s << m << 1 << true << u"graded-tiesA.c.out"_s;
    QTest::newRow("ties -c -l 2") << g << u"tiesA.run"_s << m << 2 << true
                                  << u"graded-tiesA.l2.c.out"_s;
    for (const char *r : { "a", "b", "c" }) {
        const QString run = u"random_%1.run"_s.arg(QLatin1StringView(r));
        QTest::addRow("random %s", r) << u"random.qrels"_s << run << m << 1 << false
                                      << u"random-%1.out"_s.arg(QLatin1StringView(r));
        QTest::addRow("random %s -c", r) << u"random.qrels"_s << run << m << 1 << true
                                         << u"random-%1.c.out"_s.arg(QLatin1StringView(r));
        QTest::addRow("random %s -c -l 2", r) << u"random.qrels"_s << run << m << 2 << true
                                              << u"random-%1.l2.c.out"_s.arg(QLatin1StringView(r));
    }
}

void TestMeasures::equalsTrecEval()
{
    QFETCH(QString, qrels);
    QFETCH(QString, run);
    QFETCH(QString, measures);
    QFETCH(int, level);
    QFETCH(bool, complete);
    QFETCH(QString, output);

    TrecFormat::Error error;
    const auto judged = TrecFormat::readQrelsFile(FixtureDir + qrels, &error);
    QVERIFY2(judged, qPrintable(error.text()));
    const auto ranked = TrecFormat::readRunFile(FixtureDir + run, &error);
    QVERIFY2(ranked, qPrintable(error.text()));
    const QList<Measure> list = *parseMeasures(measures);
    const Evaluation ours = evaluate(*judged, *ranked, list, Options{ level, complete });
    const Reference ref = readTrecEvalOutput(FixtureDir + output);
    QVERIFY2(ref.values.contains(u"all"_s), qPrintable(output));

    QStringList refQueries = ref.values.keys();
    refQueries.removeAll(u"all"_s);
    QCOMPARE(ours.queries, sortedIds(refQueries));
    int compared = 0;
    for (qsizetype q = 0; q <= ours.queries.size(); ++q) {
        const bool all = q == ours.queries.size();
        const QString qid = all ? u"all"_s : ours.queries.at(q);
        const QList<double> &values = all ? ours.mean : ours.perQuery.at(q);
        for (qsizetype m = 0; m < list.size(); ++m) {
            const QString name = list.at(m).name();
            const QString expected = ref.values.value(qid).value(name);
            QVERIFY2(!expected.isEmpty(), qPrintable(qid + u' ' + name));
            QVERIFY2(fourDecimals(values.at(m)) == expected,
                     qPrintable(u"%1 %2: Sift %3, trec_eval %4"_s.arg(
                         name, qid, QString::number(values.at(m), 'f', 8), expected)));
            ++compared;
        }
    }
    QVERIFY(compared > list.size());
}

QTEST_GUILESS_MAIN(TestMeasures)
#include "tst_measures.moc"
