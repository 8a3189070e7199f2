#pragma once

#include "eval/evaltypes.h"
#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Writers for what the Evaluate tab exports and hands over, beside TrecFormat's run and qrels:
// a table as CSV or Markdown, a run as ranx's JSON, and one query of a set as a workbench set
// with the systems' rankings as results. Pure functions: safe on any thread.
namespace Eval::Export {

// RFC 4180 CSV: fields with a comma, quote or line break quoted, quotes doubled; CRLF line ends.
// A field starting with = + - @ gets a leading ' so spreadsheets do not run it as a formula,
// unless it reads as a number.
QString tableToCsv(const QStringList &header, const QList<QStringList> &rows);
// A GitHub Markdown table; '|' in cells escaped, line breaks become spaces.
QString tableToMarkdown(const QStringList &header, const QList<QStringList> &rows);

// ranx's run format: {"qid": {"docid": score, …}, …}, queries and documents in trec_eval's
// order. Scores that are not finite are left out (JSON has no NaN).
QByteArray runToRanxJson(const Run &run);

// One query of a set for the Rerank workbench.
struct WorkbenchQuery
{
    RerankSet set;               // the query, its instruction, the candidates with judgments
    QList<RerankResult> results; // one per system, "model" = the system's name
};

// The documents are the query's candidates (in candidate order), then the judged documents of
// the query not among them; a document's label is its grade clamped to 0…3 (unjudged: none).
// Each system's result ranks the documents it scored in trec_eval's order; the documents it did
// not retrieve are left out of its ranking. A document's text is its title and text joined by a
// blank line (either alone when the other is empty); a document the set lacks shows its id.
WorkbenchQuery workbenchQuery(const Query &query, const QStringList &candidates,
                              const Judgments &judgments, const QHash<QString, Document> &documents,
                              const QList<NamedRun> &systems);

} // namespace Eval::Export
