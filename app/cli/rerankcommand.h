#pragma once

#include <QStringList>

class QCoreApplication;

namespace Cli {

// sift rerank -m MODEL [-m MODEL …] -q QUERY [--instruction TEXT] [--top-n N] [--batch-size N]
//             [--json] [FILE | -]
int runRerank(QCoreApplication &app, const QStringList &arguments);

} // namespace Cli
