#pragma once

#include <QHash>
#include <QList>
#include <QString>

// The shared vocabulary of Evaluate (issue 14): judgments and runs as trec_eval reads them.
// Plain values, no Qt objects; every evaluation file format, measure, test and fusion uses these.
namespace Eval {

// One query's judgments: document id → grade. A grade ≤ 0 is "judged, not relevant"
// (−1 = judged unrelated, as trec_eval reads it); ≥ the relevance level counts for binary measures.
using Judgments = QHash<QString, int>;
// Query id → that query's judgments.
using Qrels = QHash<QString, Judgments>;

struct ScoredDoc
{
    QString docno;
    double score = 0.0;

    bool operator==(const ScoredDoc &) const = default;
};

// One system's results: query id → its documents with scores, in file order (not sorted; the
// measures order them as trec_eval does: score descending, ties by docno descending).
using Run = QHash<QString, QList<ScoredDoc>>;

// A run with the name it is shown and exported under.
struct NamedRun
{
    QString name;
    Run run;
};

struct Query
{
    QString id;
    QString text;
    QString instruction; // optional, for rerankers that take one
};

struct Document
{
    QString id;
    QString title;
    QString text;
};

} // namespace Eval
