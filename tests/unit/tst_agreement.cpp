#include "eval/agreement.h"
#include "eval/judge.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Agreement;

class TestAgreement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Wikipedia's "Cohen's kappa" examples (two raters, yes/no): on two adjacent grades every
    // weighting gives plain Cohen's κ.
    void textbookBinary_data()
    {
        QTest::addColumn<int>("yesYes");
        QTest::addColumn<int>("yesNo");
        QTest::addColumn<int>("noYes");
        QTest::addColumn<int>("noNo");
        QTest::addColumn<double>("expected");
        // p_o = 0.7, p_e = 0.5 → κ = 0.4
        QTest::newRow("20/5/10/15") << 20 << 5 << 10 << 15 << 0.4;
        // p_o = 0.6, p_e = 0.54 → κ = 0.06/0.46
        QTest::newRow("45/15/25/15") << 45 << 15 << 25 << 15 << 0.06 / 0.46;
        // p_o = 0.6, p_e = 0.46 → κ = 0.14/0.54
        QTest::newRow("25/35/5/35") << 25 << 35 << 5 << 35 << 0.14 / 0.54;
    }
    void textbookBinary()
    {
        QFETCH(int, yesYes);
        QFETCH(int, yesNo);
        QFETCH(int, noYes);
        QFETCH(int, noNo);
        QFETCH(double, expected);
        QList<GradePair> pairs;
        pairs.append(QList<GradePair>(yesYes, GradePair{ 1, 1 }));
        pairs.append(QList<GradePair>(yesNo, GradePair{ 1, 0 }));
        pairs.append(QList<GradePair>(noYes, GradePair{ 0, 1 }));
        pairs.append(QList<GradePair>(noNo, GradePair{ 0, 0 }));
        const Confusion m = confusion(pairs);
        QCOMPARE(total(m), yesYes + yesNo + noYes + noNo);
        QVERIFY(qAbs(*cohenKappa(m) - expected) < 1e-9);
        QVERIFY(qAbs(*weightedKappa(m, Weights::Linear) - expected) < 1e-9);
        QVERIFY(qAbs(*weightedKappa(m, Weights::Quadratic) - expected) < 1e-9);
    }

    // Pairs (0,0), (1,1), (2,3), (3,1), by hand:
    // marginals human 1/4 each; suggested 1/4, 1/2, 0, 1/4.
    // quadratic: observed (1+4)/9/4 = 5/36, expected 1/4·(1/4·14/9 + 1/2·6/9 + 1/4·14/9) = 10/36
    //   → κ = 0.5
    // linear: observed (1+2)/3/4 = 9/36, expected 1/4·(1/4·2 + 1/2·4/3 + 1/4·2) = 15/36 → κ = 0.4
    // unweighted: observed 2/4, expected 1 − (1/16 + 1/8 + 0 + 1/16) = 3/4 → κ = 1/3
    void handComputed()
    {
        const Confusion m = confusion({ { 0, 0 }, { 1, 1 }, { 2, 3 }, { 3, 1 } });
        QCOMPARE(m[2][3], 1);
        QCOMPARE(m[3][1], 1);
        QVERIFY(qAbs(*weightedKappa(m, Weights::Quadratic) - 0.5) < 1e-12);
        QVERIFY(qAbs(*weightedKappa(m, Weights::Linear) - 0.4) < 1e-12);
        QVERIFY(qAbs(*cohenKappa(m) - 1.0 / 3.0) < 1e-12);
        QCOMPARE(*observedAgreement(m), 0.5);
    }

    void clampsGrades()
    {
        // −1 (judged unrelated) counts as 0, grades above 3 as 3.
        const Confusion m = confusion({ { -1, 0 }, { 4, 3 }, { 0, -1 } });
        QCOMPARE(m[0][0], 2);
        QCOMPARE(m[3][3], 1);
        QCOMPARE(total(m), 3);
        QCOMPARE(*weightedKappa(m, Weights::Quadratic), 1.0);
    }

    void undefinedCases()
    {
        QVERIFY(!weightedKappa(confusion({}), Weights::Quadratic));
        QVERIFY(!observedAgreement(confusion({})));
        // Both graders always say 2: no expected disagreement, κ undefined.
        QVERIFY(!weightedKappa(confusion({ { 2, 2 }, { 2, 2 } }), Weights::Linear));
        // Perfect disagreement at the ends of the scale is below 0.
        QVERIFY(*weightedKappa(confusion({ { 0, 3 }, { 3, 0 } }), Weights::Quadratic) < 0);
    }

    void parseGrade_data()
    {
        QTest::addColumn<QString>("reply");
        QTest::addColumn<int>("grade"); // −1: none
        QTest::newRow("digit") << u"2"_s << 2;
        QTest::newRow("spaces") << u"  3\n"_s << 3;
        QTest::newRow("sentence") << u"Grade: 1 (marginal)"_s << 1;
        QTest::newRow("first digit wins") << u"0, maybe 3"_s << 0;
        QTest::newRow("after thinking") << u"<think>is it 1? no</think>2"_s << 2;
        QTest::newRow("off scale") << u"5"_s << -1;
        QTest::newRow("ten") << u"10/10"_s << -1; // a number off the scale, not "1"
        QTest::newRow("words") << u"Highly relevant"_s << -1;
        QTest::newRow("empty") << QString() << -1;
        QTest::newRow("arabic-indic") << u"\u0662"_s << -1;
    }
    void parseGrade()
    {
        QFETCH(QString, reply);
        QFETCH(int, grade);
        const std::optional<int> parsed = JudgePrompt::parseGrade(reply);
        QCOMPARE(parsed.value_or(-1), grade);
    }

    void render()
    {
        QCOMPARE(
            JudgePrompt::render(u"Q={query} D={document} Q={query}"_s, u"a {document}"_s, u"b"_s),
            u"Q=a {document} D=b Q=a {document}"_s);
        const QString prompt
            = JudgePrompt::render(JudgePrompt::defaultUserTemplate(), u"q"_s, u"d"_s);
        QVERIFY(prompt.contains(u"<query>\nq\n</query>"_s));
        QVERIFY(prompt.contains(u"<document>\nd\n</document>"_s));
        QVERIFY(JudgePrompt::defaultSystemPrompt().contains(u"0 = not relevant"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "tst_agreement.moc"
