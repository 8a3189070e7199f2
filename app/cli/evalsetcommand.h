#pragma once

#include "eval/evaltypes.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace Cli {

// The options of `sift eval --set` beyond those `sift eval --qrels/--run` has (runEval adds
// them, and the common endpoint options, to its parser).
struct EvalSetOptions
{
    QCommandLineOption set;
    QCommandLineOption candidates;
    QCommandLineOption depth;
    QCommandLineOption model;
    QCommandLineOption yes;
    QCommandLineOption store;
    QCommandLineOption batchSize;
    QCommandLineOption confirmAbove;

    EvalSetOptions();
    QList<QCommandLineOption> all() const;
};

// What one system of the set cost to run now (rerankers; the first stage costs nothing).
struct EvalSetSystemCost
{
    QString name;
    int pairs = 0;
    int fromCache = 0;
    int scored = 0;
    qint64 inputTokens = 0;
    std::optional<double> cost; // USD of the requests sent now
    bool costEstimated = false;
    qint64 latencyMs = 0;
};

// The systems of an evaluation set, ready to be measured: its judgments, the first stage (when
// the set has one) and one run per -m model, in that order.
struct EvalSetSystems
{
    QString setName;
    Eval::Qrels qrels;
    QList<Eval::NamedRun> runs;
    QList<Eval::NamedRun> rerankers; // the -m models' runs (also in runs): what --fuse fuses
    QList<EvalSetSystemCost> costs;
};

// `sift eval --set PATH`'s first half, for `sift eval` to join: imports the BEIR folder at PATH
// into the store (or reuses the set imported from the same, unchanged files), with candidates
// from --candidates RUNFILE (top --depth, default 100) or the judged documents; estimates what
// the -m models' missing pairs cost, asks on a terminal above --confirm-above dollars (--yes
// skips; without a terminal it refuses with exit 2); scores the missing pairs through the score
// cache, showing progress on a terminal. The common endpoint options (RunOptions) must be on the
// parser too. Returns -1 with *systems filled, else the exit code (the problem already said on
// stderr).
int collectEvalSet(const QCommandLineParser &parser, const EvalSetOptions &options,
                   EvalSetSystems *systems);

} // namespace Cli
