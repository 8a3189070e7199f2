#include "benchutil.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QFile>

#include <cstring>
#include <pthread.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Bench {

double rssMb(qint64 pid)
{
    QFile file(pid == 0 ? u"/proc/self/status"_s : u"/proc/%1/status"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return NotMeasured;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            const QList<QByteArray> parts = line.simplified().split(' ');
            bool ok = false;
            const double kb = parts.value(1).toDouble(&ok);
            return ok ? kb / 1024.0 : NotMeasured;
        }
    }
    return NotMeasured;
}

double cpuSeconds(qint64 pid)
{
    QFile file(u"/proc/%1/stat"_s.arg(pid));
    if (!file.open(QIODevice::ReadOnly))
        return NotMeasured;
    const QByteArray stat = file.readAll();
    // The command name may hold spaces; fields after its closing parenthesis are fixed.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14 and 15 of stat (utime, stime) are at 11 and 12 after the name and state.
    bool userOk = false;
    bool systemOk = false;
    const double ticks = fields.value(11).toDouble(&userOk) + fields.value(12).toDouble(&systemOk);
    if (!userOk || !systemOk)
        return NotMeasured;
    return ticks / double(sysconf(_SC_CLK_TCK));
}

bool Report::check(const char *name, double value, const char *unit, double goal,
                   const QString &note)
{
    // NaN compares false: a figure that was not measured fails instead of passing.
    const bool ok = value <= goal;
    if (!ok)
        ++m_failures;
    std::printf("%-52s %9.2f %-3s goal <= %-8g (%5.2f of goal)  %s%s%s\n", name, value, unit, goal,
                goal > 0 ? value / goal : 0.0,
                ok ? "PASS" : (std::isnan(value) ? "FAIL (not measured)" : "FAIL"),
                note.isEmpty() ? "" : "  ", qPrintable(note));
    std::fflush(stdout);
    return ok;
}

void Report::info(const char *name, double value, const char *unit, const QString &note)
{
    std::printf("%-52s %9.2f %-3s %s\n", name, value, unit, qPrintable(note));
    std::fflush(stdout);
}

StallMeter::StallMeter(QObject *parent) : QObject(parent)
{
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(1);
    connect(&m_timer, &QTimer::timeout, this, &StallMeter::onTick);
}

void StallMeter::start()
{
    m_stalls.clear();
    m_clock.start();
    m_last = m_clock.nsecsElapsed();
    m_timer.start();
}

void StallMeter::stop()
{
    m_timer.stop();
}

void StallMeter::onTick()
{
    const qint64 now = m_clock.nsecsElapsed();
    // Lateness beyond the 1 ms interval: the time the loop could not run timers.
    m_stalls << std::max(0.0, double(now - m_last) / 1e6 - 1.0);
    m_last = now;
}

ServerThread::ServerThread(std::function<void(FakeServer &)> configure, QObject *parent)
    : QThread(parent), m_configure(std::move(configure))
{
}

ServerThread::~ServerThread()
{
    quit();
    wait();
}

quint16 ServerThread::startServer()
{
    start();
    m_ready.acquire();
    return m_port;
}

double ServerThread::cpuMs() const
{
    timespec ts{};
    if (!m_hasCpuClock || clock_gettime(m_cpuClock, &ts) != 0)
        return NotMeasured;
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void ServerThread::run()
{
    // Before m_ready is released: startServer()'s caller reads it after acquiring.
    m_hasCpuClock = pthread_getcpuclockid(pthread_self(), &m_cpuClock) == 0;
    FakeServer server;
    if (m_configure)
        m_configure(server);
    m_port = server.listen() ? server.port() : 0;
    m_ready.release();
    if (m_port != 0)
        exec();
}

PaintClock::PaintClock(QObject *target, QObject *parent) : QObject(parent), m_target(target)
{
    target->installEventFilter(this);
}

bool PaintClock::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_target || event->type() != QEvent::Paint || m_inside)
        return false;
    // Still inside the backing store's repaint: the nested delivery paints as the original would.
    m_inside = true;
    QCoreApplication::sendEvent(watched, event);
    m_inside = false;
    ++m_count;
    m_lastMs = nowMs();
    if (onPainted)
        onPainted(m_lastMs);
    return true;
}

bool spinUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    // Wakes the blocking wait below now and then, so the timeout is seen with nothing to do.
    QTimer wake;
    wake.start(20);
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
    }
    return true;
}

bool quickMode(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--quick") == 0)
            return true;
    }
    return false;
}

} // namespace Bench
