#pragma once

#include "evaltypes.h"
#include "measures.h"
#include "significance.h"

#include <QJsonObject>
#include <QList>
#include <QString>

// Everything Evaluate shows for a set of systems over one qrels: each system's measures (per
// query and mean, trec_eval-equal), 95% bootstrap intervals, and every pair compared with
// paired tests. Built by one pure function (run it on a worker for big sets: 4 systems ×
// 1,000 queries take well under a second), printed by `sift eval` as text or JSON.
namespace Eval {

struct SystemReport
{
    QString name;
    Evaluation evaluation;
    QList<Significance::Interval> intervals; // per measure
};

struct Report
{
    // A difference is marked significant when its Holm-adjusted randomization p is below this.
    static constexpr double Alpha = 0.05;

    QList<Measure> measures;
    Options options;
    Significance::Options significance;
    QList<SystemReport> systems;
    // Each pair (a < b in systems' order), each measure; see Significance::compare().
    QList<Significance::Comparison> comparisons;

    static bool significant(const Significance::Comparison &c)
    {
        return c.pRandomizationHolm < Alpha;
    }
    // Per measure, the index of the system with the highest mean (the first on a tie), -1 when
    // there are no systems.
    QList<qsizetype> best() const;
};

Report buildReport(const Qrels &qrels, const QList<NamedRun> &runs, const QList<Measure> &measures,
                   const Options &options = {}, const Significance::Options &significance = {});

// The shape `sift eval --json` prints:
// {"measures": [...], "systems": [{"name", "queries", "mean": {m: v}, "ci95": {m: [lo, hi]},
//   "per_query": {qid: {m: v}}}], "comparisons": [{"a", "b", "measure", "delta",
//   "p_randomization", "p_ttest", "p_randomization_holm", "p_ttest_holm", "significant",
//   "wins", "ties", "losses", "queries"}]}
// "per_query" only with perQuery. delta = mean of b − mean of a over the queries both have;
// wins = queries where b scores higher.
QJsonObject reportToJson(const Report &report, bool perQuery);

// `sift eval`'s text: with perQuery, each system in trec_eval's -q format first
// ("measure<TAB>qid<TAB>value"); then the summary table (best per column marked), the 95%
// bootstrap interval of each mean ("[low, high]" per system and measure), then, for two or more
// systems, the comparison table. Headers translated.
QString reportToText(const Report &report, bool perQuery);

} // namespace Eval
