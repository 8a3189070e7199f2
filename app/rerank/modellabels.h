#pragma once

#include <QString>
#include <QStringList>

// Short names for model ids shown side by side (ranking headers, the agreement and label tables,
// the slopegraph): ids from one family differ only at their end ("Qwen/Qwen3-Reranker-0.6B",
// "…-4B", "…-8B"), so eliding their end makes them all read alike. The prefix every id shares is
// dropped up to its last separator (/ - _ . space), giving "0.6B", "4B", "8B"; with nothing in
// common (or one id) the organisation part before the last '/' is dropped. A name that would be
// empty or not unique falls back to the full id. Views show the full id in a tooltip.
namespace ModelLabels {

QStringList shortNames(const QStringList &ids);
// The short name of `id` among `ids` (the id itself when it is not among them).
QString shortName(const QString &id, const QStringList &ids);

} // namespace ModelLabels
