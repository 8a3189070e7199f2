#pragma once

// Checkpoints of the way to the first paint, for finding what start-up waits for. With the
// environment variable SIFT_TRACE_STARTUP set, each mark prints "sift-startup <ns> <ms> <cpu>
// <label>" on stderr: the monotonic clock (the one bench_startup reads before spawning Sift) and
// the milliseconds since the first mark (the start of main()), then the process's CPU milliseconds
// (steadier than wall time on a busy machine). Without the variable a mark costs one branch.
namespace StartupTrace {
void mark(const char *label);
}
