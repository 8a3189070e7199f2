#pragma once

#include "measures.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <vector>

// Comparing systems over the same queries: paired tests, Holm's correction, bootstrap
// intervals. Every random draw comes from a fixed-seed generator (xoshiro256**, seeded through
// SplitMix64), so the same input gives the same p-values and intervals on every machine and
// every run. Pure functions: safe on a worker thread.
namespace Eval::Significance {

constexpr int DefaultPermutations = 10000;
constexpr int DefaultResamples = 10000;
constexpr std::uint64_t DefaultSeed = 20261206;

// The regularized incomplete beta function I_x(a, b), a, b > 0, 0 ≤ x ≤ 1 (continued fraction,
// Lentz's method; relative accuracy about 1e-14).
double regularizedIncompleteBeta(double a, double b, double x);
// P(T ≤ t) for Student's t distribution with df > 0 degrees of freedom.
double studentTCdf(double t, double df);

// Two-sided p-value of the paired t-test of b against a (same length, paired by position).
// 1 when fewer than two pairs or every difference is 0; 0 when every difference is the same
// non-zero value.
double pairedTTest(const std::vector<double> &a, const std::vector<double> &b);

// Two-sided paired randomization (sign-flip permutation) test of the mean difference: each
// permutation flips the sign of every difference with probability 1/2; p = (number of
// permutations whose |mean| reaches the observed one + 1) / (permutations + 1), so never 0.
double randomizationTest(const std::vector<double> &a, const std::vector<double> &b,
                         int permutations = DefaultPermutations, std::uint64_t seed = DefaultSeed);

// Holm's step-down adjustment of p-values (same order as given), capped at 1.
std::vector<double> holm(const std::vector<double> &p);

struct Interval
{
    double low = 0.0;
    double high = 0.0;
};

// Percentile bootstrap interval of the mean (quantiles interpolated linearly).
Interval bootstrapInterval(const std::vector<double> &values, int resamples = DefaultResamples,
                           double confidence = 0.95, std::uint64_t seed = DefaultSeed);
// The same for every measure of a system at once (the resampled queries are shared by its
// measures), one Interval per measure.
QList<Interval> bootstrapIntervals(const Evaluation &system, int resamples = DefaultResamples,
                                   double confidence = 0.95, std::uint64_t seed = DefaultSeed);

// One pair of systems on one measure, over the queries both were evaluated on.
struct Comparison
{
    qsizetype a = 0;       // index of the first system
    qsizetype b = 0;       // index of the second system
    qsizetype measure = 0; // index into the systems' measures
    qsizetype queries = 0; // paired queries
    double delta = 0.0;    // mean of b − mean of a, over the paired queries
    int wins = 0;          // queries where b scores higher than a
    int ties = 0;
    int losses = 0; // queries where b scores lower than a
    double pRandomization = 1.0;
    double pTTest = 1.0;
    // Holm-adjusted over the pairs compared on this measure.
    double pRandomizationHolm = 1.0;
    double pTTestHolm = 1.0;
};

struct Options
{
    int permutations = DefaultPermutations;
    int resamples = DefaultResamples;
    double confidence = 0.95;
    std::uint64_t seed = DefaultSeed;
};

struct Comparisons
{
    QList<QList<Interval>> intervals; // [system][measure]
    // Every pair (i < j) in the systems' order, and for each pair every measure in order.
    QList<Comparison> comparisons;
};

// All systems must carry the same measures (evaluate() with the same list).
Comparisons compare(const QList<Evaluation> &systems, const Options &options = {});

} // namespace Eval::Significance
