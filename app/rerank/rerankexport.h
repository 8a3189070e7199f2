#pragma once

#include "metrics.h"
#include "rerankresult.h"
#include "rerankset.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

// The workbench's file formats as pure functions (no Qt objects, no files): safe on a worker
// thread, used by WorkbenchSession and testable without a window. Numbers are written in the C
// locale; texts as UTF-8.
namespace RerankExport {

// One row per model and document: model,rank,index,score,label,document (unscored documents
// with empty rank and score), RFC 4180 quoting.
QByteArray resultsCsv(const RerankSet &set, const QList<RerankResult> &results);

// Self-contained results: the query, instruction and every document (text and label), per
// model its ranking with each document's text, the unscored documents, and the metrics shown on
// screen (Kendall τ and overlap@k per pair; nDCG@k, MRR and recall@k per model when there are
// labels).
QByteArray resultsJson(const RerankSet &set, const QList<RerankResult> &results,
                       const QList<Metrics::PairMetrics> &pairs,
                       const QList<Metrics::LabelMetrics> &labelMetrics, int k);

// The file of the older "Save set…" (format "sift-rerank-set", version 1): the set, and the
// results when they belong to it.
QByteArray legacySetFile(const RerankSet &set, const QList<RerankResult> &results,
                         bool withResults);

} // namespace RerankExport
