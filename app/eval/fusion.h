#pragma once

#include "evaltypes.h"

#include <QList>
#include <QString>
#include <QStringView>

#include <optional>

// Fusion of several runs into one, a "virtual system" evaluated like any other. Per query:
// - RRF (Cormack et al. 2009): score = Σ over the runs that retrieved the document of
//   1 / (k + rank), k = 60, rank 1-based in the order trec_eval ranks that run (score
//   descending, ties by docno descending);
// - CombSUM: Σ of the document's min-max normalised scores, (s − min) / (max − min) within that
//   run's list for the query (a list whose scores are all equal normalises to 1);
// - CombMNZ: CombSUM × the number of runs that retrieved the document.
// A document missing from a run adds nothing from it. Queries: those of any run. Pure functions.
namespace Eval::Fusion {

enum class Method { Rrf, CombSum, CombMnz };

constexpr double RrfK = 60.0;

// "rrf", "combsum", "combmnz"
QString methodName(Method method);
std::optional<Method> methodFromName(QStringView name);

Run fuse(const QList<Run> &runs, Method method, double rrfK = RrfK);

} // namespace Eval::Fusion
