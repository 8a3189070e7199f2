#include "startuptrace.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>

namespace StartupTrace {

void mark(const char *label)
{
    static const bool enabled = std::getenv("SIFT_TRACE_STARTUP") != nullptr;
    if (!enabled)
        return;
    const auto now = std::chrono::steady_clock::now();
    static const auto first = now;
    const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(now.time_since_epoch());
    const double ms = std::chrono::duration<double, std::milli>(now - first).count();
    // CPU time of the process so far: steadier than wall time on a busy machine.
    timespec cpu{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &cpu);
    const double cpuMs = double(cpu.tv_sec) * 1e3 + double(cpu.tv_nsec) / 1e6;
    std::fprintf(stderr, "sift-startup %lld %.2f %.2f %s\n", static_cast<long long>(ns.count()), ms,
                 cpuMs, label);
}

} // namespace StartupTrace
