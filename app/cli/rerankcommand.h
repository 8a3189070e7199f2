#pragma once

#include <QStringList>

class QCoreApplication;

namespace Cli {

// sift rerank -m MODEL [-m MODEL …] -q QUERY [--instruction TEXT] [--top-n N] [--batch-size N]
//             [--json] [FILE | -]
// `command`: the index of the word "rerank" in arguments (CliSupport::commandIndex).
int runRerank(QCoreApplication &app, const QStringList &arguments, int command);

} // namespace Cli
