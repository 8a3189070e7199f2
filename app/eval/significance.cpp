#include "significance.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <array>
#include <cmath>
#include <limits>
#include <numeric>

namespace Eval::Significance {

namespace {

    // Differences this small are float noise from summing the same terms in another order.
    constexpr double TieTolerance = 1e-12;

    std::uint64_t splitMix64(std::uint64_t &state)
    {
        std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    // xoshiro256** (Blackman and Vigna): fast, fully specified, the same stream everywhere.
    class Random
    {
    public:
        explicit Random(std::uint64_t seed)
        {
            for (std::uint64_t &word : m_s)
                word = splitMix64(seed);
        }

        std::uint64_t next()
        {
            const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
            const std::uint64_t t = m_s[1] << 17;
            m_s[2] ^= m_s[0];
            m_s[3] ^= m_s[1];
            m_s[1] ^= m_s[2];
            m_s[0] ^= m_s[3];
            m_s[2] ^= t;
            m_s[3] = rotl(m_s[3], 45);
            return result;
        }

        // Uniform in [0, n) by Lemire's multiply-shift on the high 32 bits (no division; the
        // bias for the query counts seen here is below 1e-5).
        std::uint32_t below(std::uint32_t n)
        {
            return std::uint32_t(((next() >> 32) * std::uint64_t(n)) >> 32);
        }

    private:
        static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
        std::array<std::uint64_t, 4> m_s{};
    };

    // Lentz's continued fraction for I_x(a, b) (Numerical Recipes' betacf).
    double betaContinuedFraction(double a, double b, double x)
    {
        constexpr int MaxIterations = 100000;
        constexpr double Epsilon = 1e-16;
        constexpr double Tiny = 1e-300;
        const double qab = a + b;
        const double qap = a + 1.0;
        const double qam = a - 1.0;
        double c = 1.0;
        double d = 1.0 - qab * x / qap;
        if (std::abs(d) < Tiny)
            d = Tiny;
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= MaxIterations; ++m) {
            const int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + aa * d;
            if (std::abs(d) < Tiny)
                d = Tiny;
            c = 1.0 + aa / c;
            if (std::abs(c) < Tiny)
                c = Tiny;
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + aa * d;
            if (std::abs(d) < Tiny)
                d = Tiny;
            c = 1.0 + aa / c;
            if (std::abs(c) < Tiny)
                c = Tiny;
            d = 1.0 / d;
            const double delta = d * c;
            h *= delta;
            if (std::abs(delta - 1.0) < Epsilon)
                break;
        }
        return h;
    }

    struct Paired
    {
        std::vector<double> a;
        std::vector<double> b;
    };

    Paired pairUp(const Evaluation &x, const Evaluation &y, qsizetype measure)
    {
        Paired p;
        if (x.queries == y.queries) {
            p.a = x.column(measure);
            p.b = y.column(measure);
            return p;
        }
        for (qsizetype i = 0; i < x.queries.size(); ++i) {
            const qsizetype j = y.queryIndex(x.queries.at(i));
            if (j < 0)
                continue;
            p.a.push_back(x.perQuery.at(i).value(measure));
            p.b.push_back(y.perQuery.at(j).value(measure));
        }
        return p;
    }

    // Bootstrap over the rows of a [row][column] matrix: one Interval per column.
    QList<Interval> bootstrap(const std::vector<double> &matrix, std::size_t rows,
                              std::size_t columns, int resamples, double confidence,
                              std::uint64_t seed)
    {
        QList<Interval> out(static_cast<qsizetype>(columns));
        if (rows == 0 || columns == 0 || resamples < 1)
            return out;
        Random random(seed);
        std::vector<std::vector<double>> means(columns,
                                               std::vector<double>(std::size_t(resamples)));
        std::vector<double> sums(columns);
        for (int r = 0; r < resamples; ++r) {
            std::fill(sums.begin(), sums.end(), 0.0);
            for (std::size_t i = 0; i < rows; ++i) {
                const double *row
                    = matrix.data() + std::size_t(random.below(std::uint32_t(rows))) * columns;
                for (std::size_t c = 0; c < columns; ++c)
                    sums[c] += row[c];
            }
            for (std::size_t c = 0; c < columns; ++c)
                means[c][std::size_t(r)] = sums[c] / double(rows);
        }
        const double alpha = (1.0 - std::clamp(confidence, 0.0, 1.0)) / 2.0;
        const auto quantile = [](const std::vector<double> &sorted, double q) {
            const double position = q * double(sorted.size() - 1);
            const std::size_t below = std::size_t(std::floor(position));
            const std::size_t above = std::min(below + 1, sorted.size() - 1);
            return sorted[below] + (sorted[above] - sorted[below]) * (position - double(below));
        };
        for (std::size_t c = 0; c < columns; ++c) {
            std::sort(means[c].begin(), means[c].end());
            out[qsizetype(c)]
                = Interval{ quantile(means[c], alpha), quantile(means[c], 1.0 - alpha) };
        }
        return out;
    }

} // namespace

double regularizedIncompleteBeta(double a, double b, double x)
{
    if (!(a > 0.0) || !(b > 0.0) || std::isnan(x))
        return std::numeric_limits<double>::quiet_NaN();
    if (x <= 0.0)
        return 0.0;
    if (x >= 1.0)
        return 1.0;
    const double logFront = std::lgamma(a + b) - std::lgamma(a) - std::lgamma(b) + a * std::log(x)
        + b * std::log1p(-x);
    const double front = std::exp(logFront);
    // The continued fraction converges fast for x below the mean; use the symmetry otherwise.
    if (x < (a + 1.0) / (a + b + 2.0))
        return front * betaContinuedFraction(a, b, x) / a;
    return 1.0 - front * betaContinuedFraction(b, a, 1.0 - x) / b;
}

double studentTCdf(double t, double df)
{
    if (std::isnan(t) || !(df > 0.0))
        return std::numeric_limits<double>::quiet_NaN();
    if (std::isinf(t))
        return t > 0 ? 1.0 : 0.0;
    const double tail = 0.5 * regularizedIncompleteBeta(df / 2.0, 0.5, df / (df + t * t));
    return t > 0 ? 1.0 - tail : tail;
}

double pairedTTest(const std::vector<double> &a, const std::vector<double> &b)
{
    const std::size_t n = std::min(a.size(), b.size());
    if (n < 2)
        return 1.0;
    double mean = 0.0;
    for (std::size_t i = 0; i < n; ++i)
        mean += b[i] - a[i];
    mean /= double(n);
    double squares = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        const double d = b[i] - a[i] - mean;
        squares += d * d;
    }
    const double variance = squares / double(n - 1);
    if (variance <= TieTolerance * TieTolerance)
        return std::abs(mean) <= TieTolerance ? 1.0 : 0.0;
    const double t = mean / std::sqrt(variance / double(n));
    const double df = double(n - 1);
    return std::clamp(regularizedIncompleteBeta(df / 2.0, 0.5, df / (df + t * t)), 0.0, 1.0);
}

double randomizationTest(const std::vector<double> &a, const std::vector<double> &b,
                         int permutations, std::uint64_t seed)
{
    const std::size_t n = std::min(a.size(), b.size());
    // Pairs with no difference add nothing whatever their sign: leave them out.
    std::vector<double> d;
    d.reserve(n);
    for (std::size_t i = 0; i < n; ++i) {
        const double x = b[i] - a[i];
        if (std::abs(x) > TieTolerance)
            d.push_back(x);
    }
    if (d.empty() || permutations < 1)
        return 1.0;
    // Flipping the signs of a subset S gives total − 2·sum(S). Sums over every subset of each
    // group of 8 differences are tabled, so one permutation costs n/8 look-ups.
    const std::size_t groups = (d.size() + 7) / 8;
    d.resize(groups * 8, 0.0);
    std::vector<double> table(groups * 256);
    for (std::size_t g = 0; g < groups; ++g) {
        double *t = table.data() + g * 256;
        t[0] = 0.0;
        for (int bit = 0; bit < 8; ++bit) {
            const int span = 1 << bit;
            for (int s = 0; s < span; ++s)
                t[span + s] = t[s] + d[g * 8 + std::size_t(bit)];
        }
    }
    double total = 0.0;
    double magnitude = 0.0;
    for (double x : d) {
        total += x;
        magnitude += std::abs(x);
    }
    const double observed = std::abs(total) - 1e-12 * magnitude;
    Random random(seed);
    int reached = 0;
    const std::size_t words = (groups + 7) / 8;
    for (int p = 0; p < permutations; ++p) {
        double flipped = 0.0;
        std::size_t g = 0;
        for (std::size_t w = 0; w < words; ++w) {
            std::uint64_t bits = random.next();
            for (int k = 0; k < 8 && g < groups; ++k, ++g, bits >>= 8)
                flipped += table[g * 256 + (bits & 0xFF)];
        }
        if (std::abs(total - 2.0 * flipped) >= observed)
            ++reached;
    }
    return double(reached + 1) / double(permutations + 1);
}

std::vector<double> holm(const std::vector<double> &p)
{
    const std::size_t m = p.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&p](std::size_t x, std::size_t y) { return p[x] < p[y]; });
    std::vector<double> adjusted(m);
    double running = 0.0;
    for (std::size_t rank = 0; rank < m; ++rank) {
        const double value = std::min(1.0, double(m - rank) * p[order[rank]]);
        running = std::max(running, value);
        adjusted[order[rank]] = running;
    }
    return adjusted;
}

Interval bootstrapInterval(const std::vector<double> &values, int resamples, double confidence,
                           std::uint64_t seed)
{
    return bootstrap(values, values.size(), 1, resamples, confidence, seed).value(0);
}

QList<Interval> bootstrapIntervals(const Evaluation &system, int resamples, double confidence,
                                   std::uint64_t seed)
{
    const std::size_t columns = std::size_t(system.measures.size());
    std::vector<double> matrix;
    matrix.reserve(std::size_t(system.perQuery.size()) * columns);
    for (const QList<double> &row : system.perQuery) {
        for (std::size_t c = 0; c < columns; ++c)
            matrix.push_back(row.value(qsizetype(c)));
    }
    return bootstrap(matrix, std::size_t(system.perQuery.size()), columns, resamples, confidence,
                     seed);
}

Comparisons compare(const QList<Evaluation> &systems, const Options &options)
{
    Comparisons report;
    const qsizetype measures = systems.isEmpty() ? 0 : systems.first().measures.size();

    // Bootstrap: systems evaluated on the same queries share one pass over one matrix (a row per
    // query, the systems' measures side by side). The draws depend only on the seed and the
    // number of queries, so each system gets exactly the interval it would get alone.
    struct Group
    {
        QList<qsizetype> members;
        QList<Interval> intervals;
    };
    std::vector<Group> groups;
    for (qsizetype s = 0; s < systems.size(); ++s) {
        auto same = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return systems.at(g.members.first()).queries == systems.at(s).queries;
        });
        if (same == groups.end())
            groups.push_back(Group{ { s }, {} });
        else
            same->members.append(s);
    }
    // Every test and every bootstrap pass seeds its own generator, so running them on several
    // threads gives the same numbers as running them one after the other.
    QtConcurrent::blockingMap(groups, [&](Group &g) {
        const qsizetype rows = systems.at(g.members.first()).perQuery.size();
        const std::size_t columns = std::size_t(g.members.size() * measures);
        std::vector<double> matrix;
        matrix.reserve(std::size_t(rows) * columns);
        for (qsizetype q = 0; q < rows; ++q) {
            for (const qsizetype s : std::as_const(g.members)) {
                for (qsizetype m = 0; m < measures; ++m)
                    matrix.push_back(systems.at(s).perQuery.at(q).value(m));
            }
        }
        g.intervals = bootstrap(matrix, std::size_t(rows), columns, options.resamples,
                                options.confidence, options.seed);
    });
    report.intervals.resize(systems.size());
    for (const Group &g : groups) {
        for (qsizetype k = 0; k < g.members.size(); ++k)
            report.intervals[g.members.at(k)] = g.intervals.mid(k * measures, measures);
    }

    for (qsizetype i = 0; i < systems.size(); ++i) {
        for (qsizetype j = i + 1; j < systems.size(); ++j) {
            for (qsizetype m = 0; m < measures; ++m) {
                Comparison c;
                c.a = i;
                c.b = j;
                c.measure = m;
                report.comparisons.append(c);
            }
        }
    }
    QtConcurrent::blockingMap(report.comparisons, [&](Comparison &c) {
        const Paired p = pairUp(systems.at(c.a), systems.at(c.b), c.measure);
        c.queries = qsizetype(p.a.size());
        double sum = 0.0;
        for (std::size_t q = 0; q < p.a.size(); ++q) {
            const double d = p.b[q] - p.a[q];
            sum += d;
            if (d > TieTolerance)
                ++c.wins;
            else if (d < -TieTolerance)
                ++c.losses;
            else
                ++c.ties;
        }
        c.delta = p.a.empty() ? 0.0 : sum / double(p.a.size());
        c.pRandomization = randomizationTest(p.a, p.b, options.permutations, options.seed);
        c.pTTest = pairedTTest(p.a, p.b);
    });
    // Holm across the pairs, separately for each measure and each test.
    for (qsizetype m = 0; m < measures; ++m) {
        std::vector<qsizetype> at;
        std::vector<double> pr;
        std::vector<double> pt;
        for (qsizetype k = 0; k < report.comparisons.size(); ++k) {
            if (report.comparisons.at(k).measure != m)
                continue;
            at.push_back(k);
            pr.push_back(report.comparisons.at(k).pRandomization);
            pt.push_back(report.comparisons.at(k).pTTest);
        }
        const std::vector<double> hr = holm(pr);
        const std::vector<double> ht = holm(pt);
        for (std::size_t k = 0; k < at.size(); ++k) {
            report.comparisons[at[k]].pRandomizationHolm = hr[k];
            report.comparisons[at[k]].pTTestHolm = ht[k];
        }
    }
    return report;
}

} // namespace Eval::Significance
