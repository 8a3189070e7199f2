#pragma once

// Shared pieces of the benchmarks: the report line, an event-loop stall meter, process memory
// and CPU from /proc, and a fake server on its own thread (so what the GUI thread's clock sees
// is the client's work, not the server's).

#include "fakeserver.h"

#include <QElapsedTimer>
#include <QList>
#include <QSemaphore>
#include <QString>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <functional>
#include <limits>

namespace Bench {

// Median of several runs, in milliseconds: one slow run on a shared machine says little.
inline double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// A figure that could not be measured (an empty sample, an unreadable /proc file) is NaN, and
// Report::check() fails it: a benchmark that measured nothing must not pass.
inline constexpr double NotMeasured = std::numeric_limits<double>::quiet_NaN();

inline double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return NotMeasured;
    std::sort(values.begin(), values.end());
    const auto at = std::min<qsizetype>(values.size() - 1, qsizetype(p * double(values.size())));
    return values.at(at);
}

// CPU time of the calling thread in milliseconds (the GUI thread's own work).
inline double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// The monotonic clock in milliseconds (fractions kept): one time base for every event a
// benchmark timestamps.
inline double nowMs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Resident set size of a process in MB (pid 0 = this one), from /proc/<pid>/status; NotMeasured
// when it cannot be read.
double rssMb(qint64 pid = 0);
// utime + stime of a process in seconds, from /proc/<pid>/stat; NotMeasured when unreadable.
double cpuSeconds(qint64 pid);

// The larger of a running peak and a new sample; a sample that was not measured spoils the peak
// (std::max would quietly drop it).
inline double peak(double sofar, double sample)
{
    return std::isnan(sample) || std::isnan(sofar) ? NotMeasured : std::max(sofar, sample);
}

// Counts goals met and missed; prints one aligned line per figure:
//   name  value unit  goal  ratio  PASS/FAIL
class Report
{
public:
    // A figure with a goal "value <= goal". A value that is NaN (not measured) fails.
    bool check(const char *name, double value, const char *unit, double goal,
               const QString &note = {});
    // A figure printed for information only (no goal of its own).
    void info(const char *name, double value, const char *unit, const QString &note = {});
    int failures() const { return m_failures; }
    int exitCode() const { return m_failures == 0 ? 0 : 1; }

private:
    int m_failures = 0;
};

// Measures how late a 1 ms precise timer fires on the current thread's event loop: each
// lateness is a stall the user would feel as a frozen window.
class StallMeter : public QObject
{
    Q_OBJECT
public:
    explicit StallMeter(QObject *parent = nullptr);
    void start();
    void stop();
    QList<double> stallsMs() const { return m_stalls; }
    double p99() const { return percentile(m_stalls, 0.99); }
    double max() const
    {
        return m_stalls.isEmpty() ? NotMeasured
                                  : *std::max_element(m_stalls.begin(), m_stalls.end());
    }

private:
    void onTick();
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_stalls;
};

// A FakeServer living on its own thread with its own event loop. configure() runs on that
// thread before listen().
class ServerThread : public QThread
{
    Q_OBJECT
public:
    explicit ServerThread(std::function<void(FakeServer &)> configure = {},
                          QObject *parent = nullptr);
    ~ServerThread() override;
    // Starts the thread and waits until the server listens; the port, or 0 on failure.
    quint16 startServer();
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    // CPU time the server's thread has used so far, in milliseconds (read from any thread):
    // the server's own work, apart from the client's threads in the same process.
    double cpuMs() const;

protected:
    void run() override;

private:
    std::function<void(FakeServer &)> m_configure;
    QSemaphore m_ready;
    quint16 m_port = 0;
    clockid_t m_cpuClock = 0;
    bool m_hasCpuClock = false;
};

// CPU time of the whole process (every thread) in milliseconds.
inline double processCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

// Timestamps the end of each paint of one object (a widget or its viewport). The filter delivers
// the paint event itself so that the time is taken after the widget painted, not before.
class PaintClock : public QObject
{
    Q_OBJECT
public:
    explicit PaintClock(QObject *target, QObject *parent = nullptr);
    int count() const { return m_count; }
    double lastMs() const { return m_lastMs; }
    // Called after each paint with its end time.
    std::function<void(double endMs)> onPainted;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QObject *m_target;
    bool m_inside = false;
    int m_count = 0;
    double m_lastMs = 0;
};

// Runs the event loop until `done()` holds or `timeoutMs` passed; false on timeout.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 10000);

// Reads a boolean "--quick" from argv: the short run CTest uses.
bool quickMode(int argc, char *argv[]);

} // namespace Bench
