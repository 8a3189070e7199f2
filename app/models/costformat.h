#pragma once

#include <QLocale>
#include <QString>

// The one way Sift writes an amount of money (US dollars) for people: the CLI, the transcript,
// the Markdown export and the workbench all call it. At least two decimals ("$3.42", "$0.50"), and
// two significant digits for smaller amounts, trailing zeros dropped down to two decimals:
// 3.42e-05 is "$0.000034", never "$3.42e-05". The UI passes the user's locale; files and the CLI
// keep the C locale so they read the same everywhere.
namespace CostFormat {
QString usd(double amount, const QLocale &locale = QLocale::c());
} // namespace CostFormat
