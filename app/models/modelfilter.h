#pragma once

#include <QStringView>

// The picker's search: fuzzy, case-insensitive, on a model's id and display name. Kept out of
// the widgets so it is testable and fast enough to run over thousands of ids per keystroke.
namespace ModelFilter {

// -1 when `pattern` is not a subsequence of `text`; otherwise higher is better: a substring
// beats scattered letters, matches at word starts ("l3 8b") and the start of the text count
// more. An empty pattern matches everything with 0.
int fuzzyScore(QStringView pattern, QStringView text);

// Every whitespace-separated term of `query` must match the id or the name; the sum of the
// best scores, or -1.
int matchScore(QStringView query, QStringView id, QStringView name);

} // namespace ModelFilter
