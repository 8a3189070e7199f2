#include "eval/fusion.h"
#include "eval/measures.h"
#include "eval/significance.h"

#include <QTest>

#include <cmath>
#include <numbers>
#include <numeric>

using namespace Qt::StringLiterals;
using namespace Eval;
using namespace Eval::Significance;

class TestSignificance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void incompleteBeta_data();
    void incompleteBeta();
    void incompleteBetaClosedForms();
    void studentT_data();
    void studentT();
    void pairedTTestMatchesScipy();
    void pairedTTestEdges();
    void randomizationMatchesExactEnumeration();
    void randomizationIsReproducible();
    void holmAdjusts();
    void bootstrapInterval();
    void compareSystems();
    void rrf();
    void combSumAndMnz();
};

namespace {

void verifyClose(double actual, double expected, double tolerance)
{
    QVERIFY2(std::abs(actual - expected) <= tolerance,
             qPrintable(u"%1 != %2"_s.arg(actual, 0, 'g', 17).arg(expected, 0, 'g', 17)));
}

// Exact two-sided sign-flip p-value (share of all 2^n sign patterns with |sum| ≥ observed).
double exactRandomization(const std::vector<double> &d)
{
    const double observed = std::abs(std::accumulate(d.cbegin(), d.cend(), 0.0)) - 1e-12;
    const std::uint32_t patterns = 1u << d.size();
    int reached = 0;
    for (std::uint32_t s = 0; s < patterns; ++s) {
        double sum = 0.0;
        for (std::size_t i = 0; i < d.size(); ++i)
            sum += (s >> i & 1) ? -d[i] : d[i];
        if (std::abs(sum) >= observed)
            ++reached;
    }
    return double(reached) / double(patterns);
}

} // namespace

void TestSignificance::incompleteBeta_data()
{
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("x");
    QTest::addColumn<double>("expected");
    // scipy.special.betainc 1.10.1 (Debian 12's python3-scipy).
    QTest::newRow("0.5,0.5,0.3") << 0.5 << 0.5 << 0.3 << 0.3690101195655454;
    QTest::newRow("2,3,0.4") << 2.0 << 3.0 << 0.4 << 0.5247999999999999;
    QTest::newRow("10,0.5,0.9") << 10.0 << 0.5 << 0.9 << 0.15164090963470997;
    QTest::newRow("0.1,10,0.01") << 0.1 << 10.0 << 0.01 << 0.8244896709066979;
    QTest::newRow("50,50,0.55") << 50.0 << 50.0 << 0.55 << 0.8413478010629016;
    QTest::newRow("1.5,2.5,0.999") << 1.5 << 2.5 << 0.999 << 0.9999999356016206;
    QTest::newRow("200,0.5,0.995") << 200.0 << 0.5 << 0.995 << 0.15703865369787695;
}

void TestSignificance::incompleteBeta()
{
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, x);
    QFETCH(double, expected);
    verifyClose(regularizedIncompleteBeta(a, b, x), expected, 1e-12);
}

void TestSignificance::incompleteBetaClosedForms()
{
    for (double x : { 0.0, 0.01, 0.2, 0.5, 0.77, 0.999, 1.0 }) {
        verifyClose(regularizedIncompleteBeta(1, 3.5, x), 1 - std::pow(1 - x, 3.5), 1e-13);
        verifyClose(regularizedIncompleteBeta(2.5, 1, x), std::pow(x, 2.5), 1e-13);
        verifyClose(regularizedIncompleteBeta(0.5, 0.5, x),
                    2 / std::numbers::pi * std::asin(std::sqrt(x)), 1e-13);
    }
    QVERIFY(std::isnan(regularizedIncompleteBeta(0, 1, 0.5)));
}

void TestSignificance::studentT_data()
{
    QTest::addColumn<double>("t");
    QTest::addColumn<double>("df");
    QTest::addColumn<double>("expected");
    // scipy.stats.t.cdf 1.10.1.
    QTest::newRow("2, 10") << 2.0 << 10.0 << 0.9633059826146297;
    QTest::newRow("-1.3, 3") << -1.3 << 3.0 << 0.14223375436394847;
    QTest::newRow("0.5, 1") << 0.5 << 1.0 << 0.6475836176504333;
    QTest::newRow("12.706, 1") << 12.7062047361747 << 1.0 << 0.975;
    QTest::newRow("2, 100") << 2.0 << 100.0 << 0.9758939106344332;
    QTest::newRow("4.5, 7") << 4.5 << 7.0 << 0.9986008349610787;
    QTest::newRow("-0.2, 2999") << -0.2 << 2999.0 << 0.4207470706034047;
    QTest::newRow("3, 999") << 3.0 << 999.0 << 0.9986166117699261;
}

void TestSignificance::studentT()
{
    QFETCH(double, t);
    QFETCH(double, df);
    QFETCH(double, expected);
    verifyClose(studentTCdf(t, df), expected, 1e-12);
    // df = 1 is Cauchy, df = 2 has a closed form too.
    verifyClose(studentTCdf(t, 1), 0.5 + std::atan(t) / std::numbers::pi, 1e-13);
    verifyClose(studentTCdf(t, 2), 0.5 + t / (2 * std::sqrt(2 + t * t)), 1e-13);
}

void TestSignificance::pairedTTestMatchesScipy()
{
    const std::vector<double> a{ 0.5, 0.6, 0.2, 0.9, 0.4, 0.7, 0.3, 0.8 };
    const std::vector<double> b{ 0.4, 0.65, 0.1, 0.7, 0.45, 0.5, 0.3, 0.6 };
    // scipy.stats.ttest_rel(a, b).pvalue (two-sided)
    verifyClose(pairedTTest(a, b), 0.058107304180450875, 1e-12);
    verifyClose(pairedTTest(b, a), 0.058107304180450875, 1e-12);
}

void TestSignificance::pairedTTestEdges()
{
    QCOMPARE(pairedTTest({ 0.3 }, { 0.5 }), 1.0);
    QCOMPARE(pairedTTest({ 0.3, 0.4 }, { 0.3, 0.4 }), 1.0);
    QCOMPARE(pairedTTest({ 0.3, 0.4, 0.1 }, { 0.4, 0.5, 0.2 }), 0.0);
    QCOMPARE(randomizationTest({ 0.3, 0.4 }, { 0.3, 0.4 }), 1.0);
    QCOMPARE(randomizationTest({}, {}), 1.0);
}

void TestSignificance::randomizationMatchesExactEnumeration()
{
    const std::vector<std::vector<double>> cases{
        { 0.1, -0.05, 0.2, 0.15, 0.0, 0.3, -0.1, 0.05, 0.12, 0.07, -0.02, 0.09 },
        { 0.5, -0.4, 0.3, -0.35, 0.1, 0.05, -0.2, 0.25, -0.1, 0.15, 0.0, 0.0, -0.05, 0.2 },
        { 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0 },
    };
    for (const std::vector<double> &d : cases) {
        std::vector<double> a(d.size(), 0.5);
        std::vector<double> b(d.size());
        for (std::size_t i = 0; i < d.size(); ++i)
            b[i] = a[i] + d[i];
        const double exact = exactRandomization(d);
        const double estimated = randomizationTest(a, b);
        // 10,000 permutations: the standard error is at most 0.005.
        verifyClose(estimated, exact, 0.02);
    }
}

void TestSignificance::randomizationIsReproducible()
{
    std::vector<double> a(500);
    std::vector<double> b(500);
    for (std::size_t i = 0; i < a.size(); ++i) {
        a[i] = std::fmod(i * 0.618034, 1.0);
        b[i] = std::clamp(a[i] + std::sin(double(i)) * 0.2 + 0.01, 0.0, 1.0);
    }
    const double p = randomizationTest(a, b);
    QCOMPARE(randomizationTest(a, b), p);
    QVERIFY(p > 0.0 && p <= 1.0);
    // Swapping the systems gives the same two-sided p.
    QCOMPARE(randomizationTest(b, a), p);
    QVERIFY(randomizationTest(a, b, 10000, 7) != p);
}

void TestSignificance::holmAdjusts()
{
    // As statsmodels' multipletests(method="holm") gives.
    const std::vector<double> adjusted = holm({ 0.01, 0.04, 0.03, 0.005 });
    const std::vector<double> expected{ 0.03, 0.06, 0.06, 0.02 };
    for (std::size_t i = 0; i < expected.size(); ++i)
        verifyClose(adjusted[i], expected[i], 1e-15);
    QCOMPARE(holm({ 0.5, 0.9 }), (std::vector<double>{ 1.0, 1.0 }));
    QVERIFY(holm({}).empty());
}

void TestSignificance::bootstrapInterval()
{
    std::vector<double> values(400);
    double mean = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        values[i] = std::fmod(i * 0.754877666, 1.0); // roughly uniform on [0, 1)
        mean += values[i];
    }
    mean /= double(values.size());
    const Interval interval = Significance::bootstrapInterval(values);
    QVERIFY(interval.low < mean && mean < interval.high);
    // Normal approximation: ± 1.96 · (1/√12) / √400 ≈ ± 0.0283.
    const double half = (interval.high - interval.low) / 2;
    QVERIFY2(half > 0.024 && half < 0.033, qPrintable(QString::number(half)));
    const Interval again = Significance::bootstrapInterval(values);
    QCOMPARE(again.low, interval.low);
    QCOMPARE(again.high, interval.high);
    const Interval constant = Significance::bootstrapInterval({ 0.5, 0.5, 0.5 });
    QCOMPARE(constant.low, 0.5);
    QCOMPARE(constant.high, 0.5);
}

void TestSignificance::compareSystems()
{
    Qrels qrels;
    Run better;
    Run worse;
    Run partial;
    for (int q = 0; q < 40; ++q) {
        const QString qid = u"q%1"_s.arg(q);
        qrels[qid] = { { u"r"_s, 1 }, { u"n"_s, 0 } };
        better[qid] = { { u"r"_s, 2.0 }, { u"n"_s, 1.0 } };
        // worse finds the relevant document second for 30 of 40 queries
        worse[qid] = { { u"r"_s, q < 30 ? 0.5 : 2.0 }, { u"n"_s, 1.0 } };
        if (q % 2 == 0)
            partial[qid] = better[qid];
    }
    const QList<Measure> measures = *parseMeasures(u"recip_rank,P.1");
    const QList<Evaluation> systems{ evaluate(qrels, worse, measures),
                                     evaluate(qrels, better, measures),
                                     evaluate(qrels, partial, measures) };
    const Comparisons report = compare(systems);
    QCOMPARE(report.intervals.size(), 3);
    QCOMPARE(report.intervals.at(1).at(0).low, 1.0);
    QCOMPARE(report.comparisons.size(), 3 * 2);
    const Comparison &c = report.comparisons.at(0); // worse → better, recip_rank
    QCOMPARE(c.a, 0);
    QCOMPARE(c.b, 1);
    QCOMPARE(c.measure, 0);
    QCOMPARE(c.queries, 40);
    QCOMPARE(c.wins, 30);
    QCOMPARE(c.ties, 10);
    QCOMPARE(c.losses, 0);
    verifyClose(c.delta, 30 * 0.5 / 40, 1e-15);
    QVERIFY(c.pRandomization < 0.001);
    QVERIFY(c.pRandomizationHolm >= c.pRandomization);
    QVERIFY(c.pTTest < 1e-6 && c.pTTest > 0.0); // t ≈ 10.8 with 39 degrees of freedom
    // better vs partial: only the 20 queries both answered are paired, and they are equal.
    const Comparison &same = report.comparisons.at(4);
    QCOMPARE(same.a, 1);
    QCOMPARE(same.b, 2);
    QCOMPARE(same.queries, 20);
    QCOMPARE(same.ties, 20);
    QCOMPARE(same.pRandomization, 1.0);
    QCOMPARE(same.pTTest, 1.0);
}

void TestSignificance::rrf()
{
    const Run a{ { u"1"_s, { { u"x"_s, 0.9 }, { u"y"_s, 0.5 }, { u"z"_s, 0.5 } } } };
    const Run b{ { u"1"_s, { { u"y"_s, 3.0 }, { u"w"_s, 1.0 } } }, { u"2"_s, { { u"q"_s, 1 } } } };
    const Run fused = Fusion::fuse({ a, b }, Fusion::Method::Rrf);
    QCOMPARE(fused.size(), 2);
    QHash<QString, double> s;
    for (const ScoredDoc &d : fused.value(u"1"_s))
        s.insert(d.docno, d.score);
    // a ranks x, z, y (tie by docno descending); b ranks y, w.
    QCOMPARE(s.value(u"x"_s), 1.0 / 61);
    QCOMPARE(s.value(u"z"_s), 1.0 / 62);
    QCOMPARE(s.value(u"y"_s), 1.0 / 63 + 1.0 / 61);
    QCOMPARE(s.value(u"w"_s), 1.0 / 62);
    QCOMPARE(fused.value(u"2"_s), (QList<ScoredDoc>{ { u"q"_s, 1.0 / 61 } }));
    QCOMPARE(Fusion::methodFromName(u"RRF"), Fusion::Method::Rrf);
    QCOMPARE(Fusion::methodFromName(u"combmnz"), Fusion::Method::CombMnz);
    QVERIFY(!Fusion::methodFromName(u"borda"));
    QCOMPARE(Fusion::methodName(Fusion::Method::CombSum), u"combsum"_s);
}

void TestSignificance::combSumAndMnz()
{
    const Run a{ { u"1"_s, { { u"x"_s, 10 }, { u"y"_s, 5 }, { u"z"_s, 0 } } } };
    const Run b{ { u"1"_s, { { u"y"_s, -1 }, { u"w"_s, -3 } } } };
    const Run c{ { u"1"_s, { { u"w"_s, 7 } } } }; // one score: normalises to 1
    QHash<QString, double> sum;
    for (const ScoredDoc &d : Fusion::fuse({ a, b, c }, Fusion::Method::CombSum).value(u"1"_s))
        sum.insert(d.docno, d.score);
    QCOMPARE(sum.value(u"x"_s), 1.0);
    QCOMPARE(sum.value(u"y"_s), 0.5 + 1.0);
    QCOMPARE(sum.value(u"z"_s), 0.0);
    QCOMPARE(sum.value(u"w"_s), 0.0 + 1.0);
    QHash<QString, double> mnz;
    for (const ScoredDoc &d : Fusion::fuse({ a, b, c }, Fusion::Method::CombMnz).value(u"1"_s))
        mnz.insert(d.docno, d.score);
    QCOMPARE(mnz.value(u"x"_s), 1.0);
    QCOMPARE(mnz.value(u"y"_s), 3.0);
    QCOMPARE(mnz.value(u"z"_s), 0.0);
    QCOMPARE(mnz.value(u"w"_s), 2.0);
}

QTEST_GUILESS_MAIN(TestSignificance)
#include "tst_significance.moc"
