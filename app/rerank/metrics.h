#pragma once

#include "rerankresult.h"

#include <QList>
#include <QString>

#include <optional>

// Ranking metrics over RerankResult::ranked lists (sorted, best first). Pure functions, no Qt
// objects: cheap enough for the GUI thread (5,000 documents × 3 models well under 16 ms), and
// safe to call from QtConcurrent. nullopt means "undefined for this input" (show a dash), not 0.
namespace Metrics {

// Labels at or above this count as relevant for MRR and recall (1 = "somewhat relevant").
constexpr int DefaultRelevanceThreshold = 1;

// Kendall τ-b between the two models' scores over the documents both scored; ties in either
// model's scores are handled as τ-b does. Knight's O(n log n) algorithm. nullopt when fewer than
// two documents are common or one model gave them all the same score.
std::optional<double> kendallTauB(const QList<RerankScore> &a, const QList<RerankScore> &b);

// |top-k of a ∩ top-k of b| divided by min(k, the longer list's length), so two identical
// rankings give 1 even when k exceeds the number of documents. nullopt when k < 1 or both empty.
std::optional<double> overlapAtK(const QList<RerankScore> &a, const QList<RerankScore> &b, int k);

// nDCG@k with graded labels (indexed by document; -1 = unlabelled, 0 = no gain), defined as
// trec_eval's ndcg_cut.k and Evaluate's (Eval::measure): gain = the label (linear), discount
// log2(rank + 1). The ideal ordering uses every labelled document of the set, so documents a
// model left unscored count against it. nullopt when k < 1 or no label is above 0.
std::optional<double> ndcgAtK(const QList<RerankScore> &ranked, const QList<int> &labels, int k);

// Reciprocal rank of the first document labelled >= threshold (MRR of this one query; trec_eval's
// recip_rank with -l threshold); 0 when none of them is in the ranking, nullopt when the set has
// no such document.
std::optional<double> reciprocalRank(const QList<RerankScore> &ranked, const QList<int> &labels,
                                     int threshold = DefaultRelevanceThreshold);

// Share of the documents labelled >= threshold that appear in the top k (trec_eval's recall.k).
// nullopt when k < 1 or the set has no such document.
std::optional<double> recallAtK(const QList<RerankScore> &ranked, const QList<int> &labels, int k,
                                int threshold = DefaultRelevanceThreshold);

struct RankMove
{
    int index = 0; // document
    int rankA = 0; // 1-based
    int rankB = 0;
    int delta() const { return rankB - rankA; } // > 0: B ranks it lower (further down)

    bool operator==(const RankMove &) const = default;
};

// Documents ranked by both, by |rank change| descending, then by document index.
// limit < 0 = all.
QList<RankMove> movedMost(const QList<RerankScore> &a, const QList<RerankScore> &b, int limit = -1);

// Everything the comparison view shows for one pair of models.
struct PairMetrics
{
    QString modelA;
    QString modelB;
    std::optional<double> kendallTau;
    std::optional<double> overlap;
    int k = 10;
    QList<RankMove> moves;
};
PairMetrics comparePair(const RerankResult &a, const RerankResult &b, int k, int moveLimit = -1);
// Every unordered pair, in the results' order: (0,1), (0,2), …, (1,2), …
QList<PairMetrics> compareAll(const QList<RerankResult> &results, int k, int moveLimit = -1);

// What the labels say about one model.
struct LabelMetrics
{
    QString model;
    std::optional<double> ndcg;
    std::optional<double> mrr;
    std::optional<double> recall;
    int k = 10;
};
LabelMetrics labelMetrics(const RerankResult &result, const QList<int> &labels, int k,
                          int threshold = DefaultRelevanceThreshold);

} // namespace Metrics
