#include "rerank/metrics.h"

#include "eval/measures.h"

#include <QRandomGenerator>
#include <QTest>

#include <cmath>

using Metrics::RankMove;

namespace {

// Scores by document index (NaN = not scored), returned as a sorted ranking.
QList<RerankScore> byScores(const QList<double> &scores)
{
    QList<RerankScore> out;
    for (qsizetype i = 0; i < scores.size(); ++i) {
        if (!std::isnan(scores.at(i)))
            out << RerankScore{ int(i), scores.at(i) };
    }
    sortRanked(out);
    return out;
}

// A ranking given as document indices, best first (scores descending, no ties).
QList<RerankScore> byOrder(const QList<int> &indices)
{
    QList<RerankScore> out;
    for (qsizetype i = 0; i < indices.size(); ++i)
        out << RerankScore{ indices.at(i), double(indices.size() - i) };
    return out;
}

// τ-b by its definition, O(n²): the reference the fast version must match.
std::optional<double> naiveTauB(const QList<double> &x, const QList<double> &y)
{
    qint64 c = 0, d = 0, tx = 0, ty = 0;
    const qsizetype n = x.size();
    for (qsizetype i = 0; i < n; ++i) {
        for (qsizetype j = i + 1; j < n; ++j) {
            const double dx = x[i] - x[j];
            const double dy = y[i] - y[j];
            if (dx == 0 && dy == 0)
                continue;
            if (dx == 0)
                ++tx;
            else if (dy == 0)
                ++ty;
            else if ((dx > 0) == (dy > 0))
                ++c;
            else
                ++d;
        }
    }
    const double denominator = std::sqrt(double(c + d + tx)) * std::sqrt(double(c + d + ty));
    if (denominator == 0)
        return std::nullopt;
    return double(c - d) / denominator;
}

const double unscored = std::nan("");

} // namespace

class TestMetrics : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void kendallTau_data();
    void kendallTau();
    void kendallTauUndefined();
    void kendallTauMatchesDefinition();
    void overlap_data();
    void overlap();
    void ndcg_data();
    void ndcg();
    void reciprocalRank_data();
    void reciprocalRank();
    void recall_data();
    void recall();
    void movedMost();
    void comparePairs();
    void fiveThousandDocuments();
    void agreesWithEvaluate();
};

void TestMetrics::kendallTau_data()
{
    QTest::addColumn<QList<double>>("a");
    QTest::addColumn<QList<double>>("b");
    QTest::addColumn<double>("expected");

    QTest::newRow("same order") << QList<double>{ 0.9, 0.8, 0.7, 0.6, 0.5 }
                                << QList<double>{ 0.5, 0.4, 0.3, 0.2, 0.1 } << 1.0;
    QTest::newRow("reversed") << QList<double>{ 0.9, 0.8, 0.7, 0.6 }
                              << QList<double>{ 0.1, 0.2, 0.3, 0.4 } << -1.0;
    // (0,1)D (0,2)C (0,3)C (1,2)C (1,3)C (2,3)D → (4 − 2) / 6
    QTest::newRow("two swaps") << QList<double>{ 1, 2, 3, 4 } << QList<double>{ 2, 1, 4, 3 }
                               << 1.0 / 3.0;
    // C = 4, D = 0, one tie in a (1,2), one tie in b (1,3): 4 / sqrt(5 · 5)
    QTest::newRow("ties in both") << QList<double>{ 1, 2, 2, 3 } << QList<double>{ 1, 3, 2, 3 }
                                  << 0.8;
    // C = 3, D = 1, one tie each: 2 / sqrt(5 · 5)
    QTest::newRow("ties and discord")
        << QList<double>{ 1, 1, 2, 3 } << QList<double>{ 2, 1, 1, 3 } << 0.4;
    // (0,1) tied in both: left out of both denominators: 2 / sqrt(2 · 2)
    QTest::newRow("joint tie") << QList<double>{ 1, 1, 2 } << QList<double>{ 5, 5, 6 } << 1.0;
    // Only documents 2, 3, 4 are scored by both; on them b reverses a.
    QTest::newRow("common documents only")
        << QList<double>{ 0.9, 0.8, 0.7, 0.6, 0.5, unscored, unscored }
        << QList<double>{ unscored, unscored, 0.1, 0.2, 0.3, 0.9, 0.8 } << -1.0;
}

void TestMetrics::kendallTau()
{
    QFETCH(QList<double>, a);
    QFETCH(QList<double>, b);
    QFETCH(double, expected);
    const std::optional<double> tau = Metrics::kendallTauB(byScores(a), byScores(b));
    QVERIFY(tau.has_value());
    QVERIFY2(std::abs(*tau - expected) < 1e-12, qPrintable(QString::number(*tau, 'g', 17)));
    // Symmetric in its arguments.
    QVERIFY(std::abs(*Metrics::kendallTauB(byScores(b), byScores(a)) - expected) < 1e-12);
}

void TestMetrics::kendallTauUndefined()
{
    QVERIFY(!Metrics::kendallTauB({}, {}));
    QVERIFY(!Metrics::kendallTauB(byScores({ 0.5 }), byScores({ 0.7 })));
    // One model gave every common document the same score.
    QVERIFY(!Metrics::kendallTauB(byScores({ 0.5, 0.5, 0.5 }), byScores({ 0.1, 0.2, 0.3 })));
    // No documents in common.
    QVERIFY(!Metrics::kendallTauB(byScores({ 0.1, 0.2, unscored, unscored }),
                                  byScores({ unscored, unscored, 0.1, 0.2 })));
}

void TestMetrics::kendallTauMatchesDefinition()
{
    QRandomGenerator random(42);
    for (int round = 0; round < 50; ++round) {
        const int n = 2 + int(random.bounded(60));
        QList<double> x, y;
        for (int i = 0; i < n; ++i) {
            // Few distinct values: many ties in each and in both.
            x << double(random.bounded(round % 2 ? 4 : 50));
            y << double(random.bounded(round % 3 ? 5 : 50));
        }
        const std::optional<double> fast = Metrics::kendallTauB(byScores(x), byScores(y));
        const std::optional<double> slow = naiveTauB(x, y);
        QCOMPARE(fast.has_value(), slow.has_value());
        if (fast)
            QVERIFY2(
                std::abs(*fast - *slow) < 1e-12,
                qPrintable(QStringLiteral("round %1: %2 vs %3").arg(round).arg(*fast).arg(*slow)));
    }
}

void TestMetrics::overlap_data()
{
    QTest::addColumn<QList<int>>("a");
    QTest::addColumn<QList<int>>("b");
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("expected"); // < 0: undefined

    const QList<int> a{ 0, 1, 2, 3, 4 };
    const QList<int> b{ 1, 0, 5, 2, 6 };
    QTest::newRow("top 3") << a << b << 3 << 2.0 / 3.0;
    QTest::newRow("top 1") << a << b << 1 << 0.0;
    QTest::newRow("k beyond the lists") << a << b << 10 << 3.0 / 5.0;
    QTest::newRow("identical, k beyond") << a << a << 10 << 1.0;
    QTest::newRow("shorter list (top-n)") << a << QList<int>{ 0, 1 } << 5 << 2.0 / 5.0;
    QTest::newRow("k = 0") << a << b << 0 << -1.0;
    QTest::newRow("both empty") << QList<int>{} << QList<int>{} << 10 << -1.0;
}

void TestMetrics::overlap()
{
    QFETCH(QList<int>, a);
    QFETCH(QList<int>, b);
    QFETCH(int, k);
    QFETCH(double, expected);
    const std::optional<double> value = Metrics::overlapAtK(byOrder(a), byOrder(b), k);
    if (expected < 0) {
        QVERIFY(!value);
        return;
    }
    QVERIFY(value);
    QVERIFY(std::abs(*value - expected) < 1e-12);
}

void TestMetrics::ndcg_data()
{
    QTest::addColumn<QList<int>>("ranking");
    QTest::addColumn<QList<int>>("labels");
    QTest::addColumn<int>("k");
    QTest::addColumn<double>("expected"); // < 0: undefined

    const QList<int> labels{ 3, 2, 0, 1, -1 }; // document 4 unlabelled
    const double l3 = std::log2(3.0), l5 = std::log2(5.0);
    // Linear gain, as trec_eval's ndcg_cut and Evaluate. Ranks 1–3 hold documents 2 (0),
    // 0 (3), 1 (2): gains 0, 3, 2.
    QTest::newRow("@3") << QList<int>{ 2, 0, 1, 3, 4 } << labels << 3
                        << (3.0 / l3 + 2.0 / 2.0) / (3.0 + 2.0 / l3 + 1.0 / 2.0);
    QTest::newRow("k beyond n") << QList<int>{ 2, 0, 1, 3, 4 } << labels << 10
                                << (3.0 / l3 + 2.0 / 2.0 + 1.0 / l5) / (3.0 + 2.0 / l3 + 1.0 / 2.0);
    QTest::newRow("ideal order") << QList<int>{ 0, 1, 3, 2, 4 } << labels << 5 << 1.0;
    QTest::newRow("ties in labels") << QList<int>{ 1, 0, 2 } << QList<int>{ 2, 2, 0 } << 2 << 1.0;
    // Document 0 was not scored: the ideal still counts it.
    QTest::newRow("unscored relevant document")
        << QList<int>{ 2, 1 } << labels << 10 << (2.0 / l3) / (3.0 + 2.0 / l3 + 1.0 / 2.0);
    QTest::newRow("all labels zero") << QList<int>{ 0, 1, 2 } << QList<int>{ 0, 0, 0 } << 3 << -1.0;
    QTest::newRow("no labels") << QList<int>{ 0, 1, 2 } << QList<int>{ -1, -1, -1 } << 3 << -1.0;
    QTest::newRow("k = 0") << QList<int>{ 0, 1 } << labels << 0 << -1.0;
    QTest::newRow("empty ranking") << QList<int>{} << labels << 3 << 0.0;
}

void TestMetrics::ndcg()
{
    QFETCH(QList<int>, ranking);
    QFETCH(QList<int>, labels);
    QFETCH(int, k);
    QFETCH(double, expected);
    const std::optional<double> value = Metrics::ndcgAtK(byOrder(ranking), labels, k);
    if (expected < 0) {
        QVERIFY(!value);
        return;
    }
    QVERIFY(value);
    QVERIFY2(std::abs(*value - expected) < 1e-12, qPrintable(QString::number(*value)));
}

void TestMetrics::reciprocalRank_data()
{
    QTest::addColumn<QList<int>>("ranking");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<QList<int>>("labels");
    QTest::addColumn<double>("expected"); // < 0: undefined

    const QList<int> labels{ 3, 2, 0, 1, -1 };
    QTest::newRow("first relevant third") << QList<int>{ 2, 4, 3, 0, 1 } << 1 << labels << 1.0 / 3;
    QTest::newRow("threshold 2") << QList<int>{ 2, 4, 3, 0, 1 } << 2 << labels << 0.25;
    QTest::newRow("top is relevant") << QList<int>{ 1, 0 } << 1 << labels << 1.0;
    QTest::newRow("relevant not ranked") << QList<int>{ 2, 4 } << 1 << labels << 0.0;
    QTest::newRow("nothing relevant") << QList<int>{ 0, 1 } << 1 << QList<int>{ 0, 0, -1 } << -1.0;
}

void TestMetrics::reciprocalRank()
{
    QFETCH(QList<int>, ranking);
    QFETCH(int, threshold);
    QFETCH(QList<int>, labels);
    QFETCH(double, expected);
    const std::optional<double> value
        = Metrics::reciprocalRank(byOrder(ranking), labels, threshold);
    if (expected < 0) {
        QVERIFY(!value);
        return;
    }
    QVERIFY(value);
    QVERIFY(std::abs(*value - expected) < 1e-12);
}

void TestMetrics::recall_data()
{
    QTest::addColumn<QList<int>>("ranking");
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("threshold");
    QTest::addColumn<double>("expected"); // < 0: undefined

    const QList<int> ranking{ 2, 4, 3, 0, 1 }; // labels 0, -, 1, 3, 2
    QTest::newRow("@3") << ranking << 3 << 1 << 1.0 / 3;
    QTest::newRow("@4") << ranking << 4 << 1 << 2.0 / 3;
    QTest::newRow("k beyond n") << ranking << 10 << 1 << 1.0;
    QTest::newRow("threshold 2") << ranking << 4 << 2 << 0.5;
    QTest::newRow("k = 0") << ranking << 0 << 1 << -1.0;
    QTest::newRow("nothing at threshold 4") << ranking << 3 << 4 << -1.0;
}

void TestMetrics::recall()
{
    QFETCH(QList<int>, ranking);
    QFETCH(int, k);
    QFETCH(int, threshold);
    QFETCH(double, expected);
    const QList<int> labels{ 3, 2, 0, 1, -1 };
    const std::optional<double> value = Metrics::recallAtK(byOrder(ranking), labels, k, threshold);
    if (expected < 0) {
        QVERIFY(!value);
        return;
    }
    QVERIFY(value);
    QVERIFY(std::abs(*value - expected) < 1e-12);
}

void TestMetrics::movedMost()
{
    const QList<RerankScore> a = byOrder({ 0, 1, 2, 3, 4, 7 });
    const QList<RerankScore> b = byOrder({ 4, 1, 2, 0, 3, 9 });
    const QList<RankMove> all = Metrics::movedMost(a, b);
    // Documents 7 and 9 are each ranked by one model only.
    const QList<RankMove> expected{
        { 4, 5, 1 }, { 0, 1, 4 }, { 3, 4, 5 }, { 1, 2, 2 }, { 2, 3, 3 }
    };
    QCOMPARE(all, expected);
    QCOMPARE(all.constFirst().delta(), -4);
    QCOMPARE(all.at(1).delta(), 3);
    QCOMPARE(Metrics::movedMost(a, b, 2), expected.first(2));
    QCOMPARE(Metrics::movedMost(a, b, 0), QList<RankMove>{});
    QCOMPARE(Metrics::movedMost({}, b), QList<RankMove>{});
}

void TestMetrics::comparePairs()
{
    RerankResult a, b, c;
    a.model = QStringLiteral("A");
    b.model = QStringLiteral("B");
    c.model = QStringLiteral("C");
    a.ranked = byOrder({ 0, 1, 2, 3 });
    b.ranked = byOrder({ 0, 1, 2, 3 });
    c.ranked = byOrder({ 3, 2, 1, 0 });
    const QList<Metrics::PairMetrics> pairs = Metrics::compareAll({ a, b, c }, 2);
    QCOMPARE(pairs.size(), 3);
    QCOMPARE(pairs.at(0).modelA, QStringLiteral("A"));
    QCOMPARE(pairs.at(0).modelB, QStringLiteral("B"));
    QCOMPARE(*pairs.at(0).kendallTau, 1.0);
    QCOMPARE(*pairs.at(0).overlap, 1.0);
    QCOMPARE(pairs.at(1).modelB, QStringLiteral("C"));
    QCOMPARE(*pairs.at(1).kendallTau, -1.0);
    QCOMPARE(*pairs.at(1).overlap, 0.0);
    QCOMPARE(pairs.at(2).modelA, QStringLiteral("B"));
    QCOMPARE(pairs.at(2).moves.constFirst().delta(), 3);

    const Metrics::LabelMetrics label = Metrics::labelMetrics(c, { 0, 0, 0, 2 }, 1);
    QCOMPARE(*label.ndcg, 1.0);
    QCOMPARE(*label.mrr, 1.0);
    QCOMPARE(*label.recall, 1.0);
}

// Five thousand documents with many ties give complete, well-formed figures. How long this
// takes is measured in bench/bench_rerank, not here: a unit test is no place for timings.
void TestMetrics::fiveThousandDocuments()
{
    const int n = 5000;
    QRandomGenerator random(7);
    QList<RerankResult> results(3);
    QList<int> labels;
    for (int i = 0; i < n; ++i)
        labels << int(random.bounded(5)) - 1;
    for (RerankResult &r : results) {
        for (int i = 0; i < n; ++i)
            r.ranked << RerankScore{ i, double(random.bounded(1000)) / 1000.0 }; // many ties
        sortRanked(r.ranked);
    }
    const QList<Metrics::PairMetrics> pairs = Metrics::compareAll(results, 10, 20);
    QCOMPARE(pairs.size(), 3);
    for (const Metrics::PairMetrics &pair : pairs) {
        QVERIFY(pair.kendallTau.has_value());
        // Independent random scores: τ near 0, never near ±1.
        QVERIFY(std::abs(*pair.kendallTau) < 0.1);
        QCOMPARE(pair.moves.size(), 20);
    }
    for (const RerankResult &r : std::as_const(results)) {
        const Metrics::LabelMetrics m = Metrics::labelMetrics(r, labels, 10);
        QVERIFY(m.ndcg.has_value());
        QVERIFY(*m.ndcg >= 0.0 && *m.ndcg <= 1.0);
    }
}

// The workbench and Evaluate give one query the same nDCG, MRR and recall: the workbench's
// labels read as qrels (document index as docno, -1 = not judged) and its ranking as a run.
void TestMetrics::agreesWithEvaluate()
{
    QRandomGenerator random(11);
    for (int round = 0; round < 50; ++round) {
        const int n = 1 + int(random.bounded(40));
        QList<int> labels;
        Eval::Judgments judgments;
        for (int i = 0; i < n; ++i) {
            labels << int(random.bounded(5)) - 1;
            if (labels.last() >= 0)
                judgments.insert(QString::number(i), labels.last());
        }
        // A ranking of some documents, with distinct scores so both sides order them alike.
        QList<RerankScore> ranked;
        QList<Eval::ScoredDoc> docs;
        for (int i = 0; i < n; ++i) {
            if (random.bounded(4) == 0)
                continue;
            const double score = random.generateDouble() + i * 1e-9;
            ranked << RerankScore{ i, score };
            docs << Eval::ScoredDoc{ QString::number(i), score };
        }
        sortRanked(ranked);
        for (int k : { 1, 5, 10, 100 }) {
            const QList<Eval::Measure> measures{ { Eval::MeasureKind::NdcgCut, k },
                                                 { Eval::MeasureKind::RecipRank, 0 },
                                                 { Eval::MeasureKind::Recall, k } };
            const QList<double> expected = Eval::evaluateQuery(judgments, docs, measures);
            if (const auto ndcg = Metrics::ndcgAtK(ranked, labels, k))
                QCOMPARE(*ndcg, expected.at(0));
            else
                QCOMPARE(expected.at(0), 0.0);
            if (const auto rr = Metrics::reciprocalRank(ranked, labels))
                QCOMPARE(*rr, expected.at(1));
            if (const auto recall = Metrics::recallAtK(ranked, labels, k))
                QCOMPARE(*recall, expected.at(2));
        }
    }
}

QTEST_GUILESS_MAIN(TestMetrics)
#include "tst_metrics.moc"
