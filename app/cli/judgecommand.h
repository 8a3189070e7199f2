#pragma once

#include <QStringList>

class QCoreApplication;

namespace Cli {

// sift eval judge --set FOLDER|NAME -m MODEL [--yes] [--include-judged] [--limit N]
//                 [--system-prompt FILE] [--user-template FILE] [--confirm] [--store FILE]
//                 [--confirm-above USD] [--json]   + the common endpoint options
// Asks a chat model for suggested grades 0–3 of the set's unjudged candidates (app/eval/judge.h,
// docs/JUDGE.md), after a cost estimate (asked on a terminal above --confirm-above; without a
// terminal it refuses without --yes), and prints the counts, the cost and the agreement with
// the human grades (weighted κ, confusion matrix). `command`: the index of the word "judge".
int runEvalJudge(QCoreApplication &app, const QStringList &arguments, int command);

} // namespace Cli
