#include "metrics.h"

#include "eval/measures.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <utility>
#include <vector>

namespace {

using Pair = std::pair<double, double>; // (score in a, score in b) of one common document

// Document indices are positions in the set, so a table indexed by them is the cheapest map;
// a hostile index far beyond the lists' size falls back to sorting.
bool denseIndices(const QList<RerankScore> &a, const QList<RerankScore> &b, int *maxIndex)
{
    int top = -1;
    for (const QList<RerankScore> *list : { &a, &b }) {
        for (const RerankScore &s : *list) {
            if (s.index < 0)
                return false;
            top = std::max(top, s.index);
        }
    }
    *maxIndex = top;
    return qsizetype(top) < 4 * (a.size() + b.size()) + 1024;
}

// The documents both lists scored, as score pairs.
std::vector<Pair> commonScores(const QList<RerankScore> &a, const QList<RerankScore> &b)
{
    std::vector<Pair> out;
    out.reserve(std::min(a.size(), b.size()));
    int maxIndex = -1;
    if (denseIndices(a, b, &maxIndex)) {
        std::vector<double> scoreInA(std::size_t(maxIndex + 1), std::nan(""));
        for (const RerankScore &s : a)
            scoreInA[std::size_t(s.index)] = s.score;
        for (const RerankScore &s : b) {
            const double x = scoreInA[std::size_t(s.index)];
            if (!std::isnan(x))
                out.emplace_back(x, s.score);
        }
        return out;
    }
    std::vector<RerankScore> sa(a.cbegin(), a.cend());
    std::vector<RerankScore> sb(b.cbegin(), b.cend());
    const auto byIndex
        = [](const RerankScore &x, const RerankScore &y) { return x.index < y.index; };
    std::sort(sa.begin(), sa.end(), byIndex);
    std::sort(sb.begin(), sb.end(), byIndex);
    auto i = sa.cbegin();
    auto j = sb.cbegin();
    while (i != sa.cend() && j != sb.cend()) {
        if (i->index < j->index) {
            ++i;
        } else if (j->index < i->index) {
            ++j;
        } else {
            out.emplace_back(i->score, j->score);
            ++i;
            ++j;
        }
    }
    return out;
}

// Number of pairs within runs of equal values (values must be sorted so equal ones are adjacent).
template<typename It, typename Eq>
std::int64_t tiedPairs(It first, It last, Eq equal)
{
    std::int64_t total = 0;
    while (first != last) {
        It run = first + 1;
        while (run != last && equal(*first, *run))
            ++run;
        const std::int64_t t = run - first;
        total += t * (t - 1) / 2;
        first = run;
    }
    return total;
}

// Sorts v[lo, hi) by .second with a merge sort, returning how many swaps a bubble sort would
// need: the number of discordant pairs once v was sorted by (first, second).
std::int64_t mergeCountSwaps(std::vector<Pair> &v, std::vector<Pair> &buffer, std::size_t lo,
                             std::size_t hi)
{
    if (hi - lo <= 16) {
        // Insertion sort: each step past a larger neighbour is one swap.
        std::int64_t swaps = 0;
        for (std::size_t i = lo + 1; i < hi; ++i) {
            const Pair item = v[i];
            std::size_t j = i;
            for (; j > lo && item.second < v[j - 1].second; --j)
                v[j] = v[j - 1];
            swaps += std::int64_t(i - j);
            v[j] = item;
        }
        return swaps;
    }
    const std::size_t mid = lo + (hi - lo) / 2;
    std::int64_t swaps = mergeCountSwaps(v, buffer, lo, mid) + mergeCountSwaps(v, buffer, mid, hi);
    std::size_t i = lo, j = mid, k = lo;
    while (i < mid && j < hi) {
        if (v[j].second < v[i].second) {
            swaps += std::int64_t(mid - i);
            buffer[k++] = v[j++];
        } else {
            buffer[k++] = v[i++];
        }
    }
    while (i < mid)
        buffer[k++] = v[i++];
    while (j < hi)
        buffer[k++] = v[j++];
    std::copy(buffer.begin() + std::ptrdiff_t(lo), buffer.begin() + std::ptrdiff_t(hi),
              v.begin() + std::ptrdiff_t(lo));
    return swaps;
}

int labelAt(const QList<int> &labels, int index)
{
    return (index >= 0 && index < labels.size()) ? labels.at(index) : -1;
}

} // namespace

std::optional<double> Metrics::kendallTauB(const QList<RerankScore> &a, const QList<RerankScore> &b)
{
    std::vector<Pair> v = commonScores(a, b);
    const std::int64_t n = std::int64_t(v.size());
    if (n < 2)
        return std::nullopt;
    std::sort(v.begin(), v.end());
    const std::int64_t n0 = n * (n - 1) / 2;
    const std::int64_t tiesA = tiedPairs(
        v.cbegin(), v.cend(), [](const Pair &x, const Pair &y) { return x.first == y.first; });
    const std::int64_t tiesBoth
        = tiedPairs(v.cbegin(), v.cend(), [](const Pair &x, const Pair &y) { return x == y; });
    std::vector<Pair> buffer(v.size());
    const std::int64_t swaps = mergeCountSwaps(v, buffer, 0, v.size());
    const std::int64_t tiesB = tiedPairs(
        v.cbegin(), v.cend(), [](const Pair &x, const Pair &y) { return x.second == y.second; });
    if (tiesA == n0 || tiesB == n0)
        return std::nullopt;
    // Concordant minus discordant pairs (Knight 1966): ties in a were sorted by b, so they never
    // count as swaps; pairs tied in both were subtracted twice.
    const double numerator = double(n0 - tiesA - tiesB + tiesBoth - 2 * swaps);
    const double denominator = std::sqrt(double(n0 - tiesA)) * std::sqrt(double(n0 - tiesB));
    return std::clamp(numerator / denominator, -1.0, 1.0);
}

std::optional<double> Metrics::overlapAtK(const QList<RerankScore> &a, const QList<RerankScore> &b,
                                          int k)
{
    const qsizetype depth = std::min<qsizetype>(k, std::max(a.size(), b.size()));
    if (k < 1 || depth < 1)
        return std::nullopt;
    QSet<int> top;
    top.reserve(depth);
    for (qsizetype i = 0; i < std::min(depth, a.size()); ++i)
        top.insert(a.at(i).index);
    qsizetype shared = 0;
    for (qsizetype i = 0; i < std::min(depth, b.size()); ++i)
        shared += top.contains(b.at(i).index) ? 1 : 0;
    return double(shared) / double(depth);
}

namespace {

// The workbench's labels as Evaluate's measures see one query: the ranked documents' labels in
// rank order (-1 = unlabelled, i.e. not judged) and every label given.
Eval::RankedJudgments asJudgments(const QList<RerankScore> &ranked, const QList<int> &labels)
{
    std::vector<int> rankedLabels;
    rankedLabels.reserve(std::size_t(ranked.size()));
    for (const RerankScore &s : ranked)
        rankedLabels.push_back(labelAt(labels, s.index));
    return Eval::RankedJudgments::fromGrades(rankedLabels,
                                             std::vector<int>(labels.cbegin(), labels.cend()));
}

bool anyAtLeast(const QList<int> &labels, int threshold)
{
    return std::any_of(labels.cbegin(), labels.cend(), [&](int l) { return l >= threshold; });
}

} // namespace

std::optional<double> Metrics::ndcgAtK(const QList<RerankScore> &ranked, const QList<int> &labels,
                                       int k)
{
    if (k < 1 || !anyAtLeast(labels, 1))
        return std::nullopt;
    return Eval::measure(asJudgments(ranked, labels),
                         Eval::Measure{ Eval::MeasureKind::NdcgCut, k });
}

std::optional<double> Metrics::reciprocalRank(const QList<RerankScore> &ranked,
                                              const QList<int> &labels, int threshold)
{
    if (!anyAtLeast(labels, std::max(threshold, 0)))
        return std::nullopt;
    return Eval::measure(asJudgments(ranked, labels),
                         Eval::Measure{ Eval::MeasureKind::RecipRank, 0 }, std::max(threshold, 0));
}

std::optional<double> Metrics::recallAtK(const QList<RerankScore> &ranked, const QList<int> &labels,
                                         int k, int threshold)
{
    if (k < 1 || !anyAtLeast(labels, std::max(threshold, 0)))
        return std::nullopt;
    return Eval::measure(asJudgments(ranked, labels), Eval::Measure{ Eval::MeasureKind::Recall, k },
                         std::max(threshold, 0));
}

QList<Metrics::RankMove> Metrics::movedMost(const QList<RerankScore> &a,
                                            const QList<RerankScore> &b, int limit)
{
    QList<RankMove> moves;
    moves.reserve(std::min(a.size(), b.size()));
    int maxIndex = -1;
    if (denseIndices(a, b, &maxIndex)) {
        std::vector<int> rankInB(std::size_t(maxIndex + 1), 0);
        for (qsizetype i = 0; i < b.size(); ++i)
            rankInB[std::size_t(b.at(i).index)] = int(i + 1);
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (const int rank = rankInB[std::size_t(a.at(i).index)])
                moves.append(RankMove{ a.at(i).index, int(i + 1), rank });
        }
    } else {
        QHash<int, int> rankInB;
        rankInB.reserve(b.size());
        for (qsizetype i = 0; i < b.size(); ++i)
            rankInB.insert(b.at(i).index, int(i + 1));
        for (qsizetype i = 0; i < a.size(); ++i) {
            const auto it = rankInB.constFind(a.at(i).index);
            if (it != rankInB.cend())
                moves.append(RankMove{ a.at(i).index, int(i + 1), it.value() });
        }
    }
    const auto byMove = [](const RankMove &x, const RankMove &y) {
        const int dx = std::abs(x.delta());
        const int dy = std::abs(y.delta());
        return dx != dy ? dx > dy : x.index < y.index;
    };
    if (limit >= 0 && limit < moves.size()) {
        std::partial_sort(moves.begin(), moves.begin() + limit, moves.end(), byMove);
        moves.resize(limit);
    } else {
        std::sort(moves.begin(), moves.end(), byMove);
    }
    return moves;
}

Metrics::PairMetrics Metrics::comparePair(const RerankResult &a, const RerankResult &b, int k,
                                          int moveLimit)
{
    PairMetrics pair;
    pair.modelA = a.model;
    pair.modelB = b.model;
    pair.k = k;
    pair.kendallTau = kendallTauB(a.ranked, b.ranked);
    pair.overlap = overlapAtK(a.ranked, b.ranked, k);
    pair.moves = movedMost(a.ranked, b.ranked, moveLimit);
    return pair;
}

QList<Metrics::PairMetrics> Metrics::compareAll(const QList<RerankResult> &results, int k,
                                                int moveLimit)
{
    QList<PairMetrics> pairs;
    for (qsizetype i = 0; i < results.size(); ++i) {
        for (qsizetype j = i + 1; j < results.size(); ++j)
            pairs << comparePair(results.at(i), results.at(j), k, moveLimit);
    }
    return pairs;
}

Metrics::LabelMetrics Metrics::labelMetrics(const RerankResult &result, const QList<int> &labels,
                                            int k, int threshold)
{
    LabelMetrics metrics;
    metrics.model = result.model;
    metrics.k = k;
    metrics.ndcg = ndcgAtK(result.ranked, labels, k);
    metrics.mrr = reciprocalRank(result.ranked, labels, threshold);
    metrics.recall = recallAtK(result.ranked, labels, k, threshold);
    return metrics;
}
