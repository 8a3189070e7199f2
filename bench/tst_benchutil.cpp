// The benchmark helpers must fail a figure they could not measure: an unreadable /proc entry or
// an empty sample is not a pass.
#include "benchutil.h"

#include <QTest>

#include <cmath>

class TestBenchUtil : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void unreadableProcIsNotMeasured()
    {
        // No process has pid 0x7ffffff0 (above pid_max).
        QVERIFY(std::isnan(Bench::rssMb(0x7ffffff0)));
        QVERIFY(std::isnan(Bench::cpuSeconds(0x7ffffff0)));
        QVERIFY(Bench::rssMb() > 0); // this process is there
    }

    void emptySampleIsNotMeasured()
    {
        QVERIFY(std::isnan(Bench::percentile({}, 0.99)));
        Bench::StallMeter never;
        QVERIFY(std::isnan(never.p99()));
        QVERIFY(std::isnan(never.max()));
    }

    void notMeasuredFails()
    {
        Bench::Report report;
        QVERIFY(!report.check("rss of a process that is gone", Bench::rssMb(0x7ffffff0), "MB", 5));
        QVERIFY(!report.check("stall max of no ticks", Bench::percentile({}, 1.0), "ms", 16));
        QVERIFY(report.check("a measured figure", 1.0, "ms", 16));
        QCOMPARE(report.failures(), 2);
        QCOMPARE(report.exitCode(), 1);
    }

    void peakKeepsNotMeasured()
    {
        QCOMPARE(Bench::peak(3.0, 5.0), 5.0);
        QVERIFY(std::isnan(Bench::peak(3.0, Bench::rssMb(0x7ffffff0))));
        QVERIFY(std::isnan(Bench::peak(Bench::NotMeasured, 5.0)));
    }
};

QTEST_GUILESS_MAIN(TestBenchUtil)
#include "tst_benchutil.moc"
