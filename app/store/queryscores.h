#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>

#include <array>
#include <optional>

// The score cache's value for one (endpoint, model, instruction, query): every cached document
// of that query with its score, as one BLOB (EvalStore's eval_query_scores.scores). A run of
// 1,000 queries × 100 candidates then reads and writes 1,000 rows instead of 100,000.
//
// Layout: one format byte (Version), then entries of EntrySize bytes sorted by document key,
// strictly ascending: the document key (DocKeySize bytes) and the score (IEEE 754 double,
// little endian). Anything else is rejected as a whole by decode(): the file is data, a torn or
// foreign blob must never be read out of bounds nor half-trusted.
namespace QueryScores {

// The first 16 bytes of the document's EvalStore::textHash (SHA-256 of the text sent): 128
// bits keep two different documents of one query apart with certainty for any real set (the
// same length the per-pair keys had), and the entries stay 24 bytes instead of 40.
constexpr int DocKeySize = 16;
constexpr int EntrySize = DocKeySize + 8;
constexpr char Version = 1;

using DocKey = std::array<unsigned char, DocKeySize>;

struct Entry
{
    DocKey doc{};
    double score = 0.0;

    bool operator==(const Entry &) const = default;
};

// The key of a document from its text hash (at least DocKeySize bytes; shorter is zero-padded).
DocKey docKey(QByteArrayView textHash);

// Sorts by document and keeps, of one document, the last entry in list order.
void normalize(QList<Entry> &entries);
// `entries` must be normalized.
QByteArray encode(const QList<Entry> &entries);
// nullopt when the bytes are not a blob encode() writes (wrong format byte, a torn entry,
// documents out of order or repeated).
std::optional<QList<Entry>> decode(QByteArrayView bytes);
// Both normalized; of a document in both, `newer` wins. The result is normalized.
QList<Entry> merge(const QList<Entry> &older, const QList<Entry> &newer);
// The entry of `doc` in normalized `entries`, nullptr when there is none.
const Entry *find(const QList<Entry> &entries, const DocKey &doc);
// Entries of a blob by its size alone (for counting in SQL without decoding): -1 when the size
// cannot be one of encode()'s.
qsizetype countForSize(qsizetype size);

} // namespace QueryScores
