#pragma once

#include "evaltypes.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>
#include <utility>
#include <vector>

// Retrieval measures defined exactly as usnistgov/trec_eval 10.0 computes them (m_ndcg.c,
// m_ndcg_cut.c, m_map.c, m_recip_rank.c, m_P.c, m_recall.c, form_res_rels.c):
// - a query's documents are ordered by score descending, ties by docno in descending strcmp
//   order of the UTF-8 bytes; the run's rank column plays no part;
// - nDCG: gain = the grade (linear), discount log2(rank + 1), the ideal ranking built from every
//   judged document of the query (retrieved or not); a grade < 0 gains nothing;
// - binary measures count a document relevant when its grade ≥ the relevance level (-l,
//   default 1); unjudged documents are not relevant;
// - queries in the run but not in the qrels are ignored; the mean is over the judged queries
//   that have results, or with `complete` (trec_eval -c) over every judged query, a query without
//   results scoring 0.
// Beside trec_eval's, nDCG with Burges' exponential gain 2^grade − 1 is offered under its own
// names (ndcg_burges, ndcg_burges_cut.K) so it is never mistaken for trec_eval's numbers.
// Pure functions over values: safe on any thread, cheap enough for thousands of queries.
namespace Eval {

// strcmp() order of the UTF-8 encodings (= Unicode code point order): <0, 0, >0.
int compareIds(QStringView a, QStringView b);
// ids sorted in that order (the order trec_eval lists queries in).
QStringList sortedIds(QStringList ids);
// A query's documents in the order trec_eval ranks them: score descending, ties by docno
// descending. A document listed twice keeps only its first place (trec_eval refuses such runs;
// TrecFormat::readRun reports them as errors).
QList<ScoredDoc> trecOrder(const QList<ScoredDoc> &docs);

enum class MeasureKind {
    NdcgCut,       // ndcg_cut.K
    Ndcg,          // ndcg (whole ranking)
    Map,           // map
    RecipRank,     // recip_rank
    Precision,     // P.K
    Recall,        // recall.K
    NdcgBurgesCut, // ndcg_burges_cut.K: gain 2^grade − 1 (not a trec_eval measure)
    NdcgBurges,    // ndcg_burges
};

struct Measure
{
    MeasureKind kind = MeasureKind::NdcgCut;
    int cutoff = 0; // K ≥ 1 for the .K measures, 0 for the others

    // trec_eval's output name: ndcg_cut_10, ndcg, map, recip_rank, P_10, recall_100.
    QString name() const;
    // The name in trec_eval's -m syntax: ndcg_cut.10, P.10, map.
    QString spec() const;
    bool hasCutoff() const;
    bool operator==(const Measure &) const = default;
};

// Parses trec_eval's -m syntax, comma separated: "ndcg_cut.5,ndcg_cut.10,map,P.10,recall.100"
// (also "ndcg_cut.5,10": a bare number adds a cutoff to the measure before it). A .K measure
// given without K gets trec_eval's default cutoffs 5,10,15,20,30,100,200,500,1000. Order kept,
// repeats dropped. nullopt and a translated *error for an unknown name or a bad cutoff.
std::optional<QList<Measure>> parseMeasures(QStringView text, QString *error = nullptr);
// "ndcg_cut.10,map,recip_rank,P.10,recall.100"
QList<Measure> defaultMeasures();
QStringList measureNames(const QList<Measure> &measures);

struct Options
{
    int relevanceLevel = 1; // trec_eval -l: grades ≥ this count as relevant
    bool complete = false;  // trec_eval -c: average over every judged query
};

// One query as trec_eval's form_res_rels sees it.
struct RankedJudgments
{
    static constexpr int NotJudged = -1;      // retrieved, not in the qrels
    static constexpr int JudgedNegative = -2; // retrieved, judged with a grade < 0

    // The grade of the document at rank i + 1 (≥ 0), or one of the two codes above.
    std::vector<int> ranked;
    // Every judged document of the query with a grade ≥ 0, as (grade, how many), grades
    // descending. Documents the run did not retrieve count here too (they shape the ideal).
    std::vector<std::pair<int, qsizetype>> gradeCounts;

    // From judgments and a run's documents for the query (ranked with trecOrder()).
    static RankedJudgments from(const Judgments &judgments, const QList<ScoredDoc> &docs);
    // From grades already in rank order (< 0 read as NotJudged) and the grades of every judged
    // document (< 0 ignored): the workbench's labels.
    static RankedJudgments fromGrades(const std::vector<int> &rankedGrades,
                                      const std::vector<int> &judgedGrades);
};

// One measure of one query. recip_rank, P, recall and map use relevanceLevel.
double measure(const RankedJudgments &query, const Measure &measure, int relevanceLevel = 1);

// One system over a query set.
struct Evaluation
{
    QList<Measure> measures;
    // The queries that count, in trec_eval's order: judged and answered (or, with complete,
    // every judged query).
    QStringList queries;
    QList<QList<double>> perQuery; // [query][measure]
    QList<double> mean;            // [measure]; 0 when no query counts

    qsizetype queryIndex(const QString &queryId) const;
    // One measure's values, in the order of queries.
    std::vector<double> column(qsizetype measure) const;
};

Evaluation evaluate(const Qrels &qrels, const Run &run, const QList<Measure> &measures,
                    const Options &options = {});
// One query's values for measures (a missing query: pass an empty list of documents).
QList<double> evaluateQuery(const Judgments &judgments, const QList<ScoredDoc> &docs,
                            const QList<Measure> &measures, int relevanceLevel = 1);

} // namespace Eval
