// The one cost formatting rule (issue 13, "cost formatting"): what the CLI, the transcript, the
// Markdown export and the workbench print for an amount of money.
#include "models/costformat.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;

class TestCostFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cLocale_data();
    void cLocale();
    void userLocale();
};

void TestCostFormat::cLocale_data()
{
    QTest::addColumn<double>("amount");
    QTest::addColumn<QString>("text");
    QTest::newRow("millionths, never scientific") << 3.42e-05 << u"$0.000034"_s;
    QTest::newRow("a trailing zero dropped") << 9e-07 << u"$0.0000009"_s;
    QTest::newRow("rounded to two digits") << 1.234e-06 << u"$0.0000012"_s;
    QTest::newRow("cents keep two decimals") << 0.5 << u"$0.50"_s;
    QTest::newRow("just under a dime") << 0.0123 << u"$0.012"_s;
    QTest::newRow("a few cents") << 0.05 << u"$0.05"_s;
    QTest::newRow("dollars") << 3.4199 << u"$3.42"_s;
    QTest::newRow("no group separator") << 1234.5 << u"$1234.50"_s;
    QTest::newRow("zero") << 0.0 << u"$0.00"_s;
    QTest::newRow("negative is no cost") << -1.0 << u"$0.00"_s;
    QTest::newRow("not a number") << std::numeric_limits<double>::quiet_NaN() << u"$0.00"_s;
    QTest::newRow("too small to show") << 1e-15 << u"$0.00"_s;
}

void TestCostFormat::cLocale()
{
    QFETCH(double, amount);
    QFETCH(QString, text);
    QCOMPARE(CostFormat::usd(amount), text);
}

void TestCostFormat::userLocale()
{
    const QLocale german(QLocale::German, QLocale::Germany);
    QCOMPARE(CostFormat::usd(3.42e-05, german), u"$0,000034"_s);
    QCOMPARE(CostFormat::usd(0.5, german), u"$0,50"_s);
}

QTEST_MAIN(TestCostFormat)
#include "tst_costformat.moc"
