#pragma once

#include "eval/evaltypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <utility>

// The bytes of one query's results in a saved evaluation system (eval_system_queries.results,
// schema 17): a system of 100,000 pairs is 1,000 rows of a few kilobytes instead of 100,000 rows,
// so saving, replacing (its ON DELETE CASCADE) and loading it touch 1,000 rows.
//
// Format 1, all integers unsigned LEB128 (7 bits a byte, low first, at most 5, no more than
// needed):
//   byte 1 (the format) · count · count × { id length · id (UTF-8) · score (IEEE 754 binary64,
//   little-endian: every double, NaNs included, comes back bit for bit) }
// and nothing after. A new format gets a new first byte; decode() keeps reading the old ones.
namespace ResultsCodec {

// A document's id in UTF-8 and its score.
using Entry = std::pair<QByteArray, double>;

// Replaces `blob`'s contents with `docs` in their order (its capacity is reused).
void encode(const QList<Entry> &docs, QByteArray *blob);

// Appends the documents of `blob` to `docs`. False with `error` set (English, for lastError())
// when the bytes are not what encode() writes: empty, an unknown format, truncated, a number
// longer than it needs, bytes after the last document, an id that is not UTF-8. Never reads outside
// `blob`; on failure `docs` may hold the documents read before the problem.
bool decode(QByteArrayView blob, QList<Eval::ScoredDoc> *docs, QString *error);

} // namespace ResultsCodec
