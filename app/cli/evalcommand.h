#pragma once

#include <QStringList>

class QCoreApplication;

namespace Cli {

// sift eval --qrels FILE --run [NAME=]FILE [--run …] [--measures LIST] [--complete] [-l N]
//           [--per-query] [--trec-out DIR] [--json]
// sift eval --set PATH [--candidates RUNFILE] [--depth N] -m MODEL [-m MODEL …] [--run …]
//           [--fuse rrf|combsum|combmnz] [--yes] … + the common endpoint options
//   (the set's judgments, first stage and rerankers come from collectEvalSet())
// Evaluates TREC runs against judgments exactly as trec_eval does, and compares every pair of
// runs (randomization and t-test, Holm-corrected). A malformed input file is exit 2, naming the
// file and the line. `command`: the index of the word "eval" in arguments.
int runEval(QCoreApplication &app, const QStringList &arguments, int command);

} // namespace Cli
