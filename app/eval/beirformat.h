#pragma once

#include "evaltypes.h"

#include <QByteArrayView>
#include <QString>

#include <functional>

class QIODevice;

// The line formats of a BEIR folder (corpus.jsonl, queries.jsonl, qrels/<split>.tsv) and of
// documents as .tsv (TREC's topics, qrels and runs are Eval::TrecFormat's). Each
// parser reads one line and answers false with a translated *error that says what is wrong with
// it (without file and line: readLines() callers add those). Pure functions: run on any thread,
// fuzzed by tests/fuzz/fuzz_beirformat.
namespace BeirFormat {

// The longest line read (a document of ~16M characters); longer ones are an error, not a hang.
constexpr qint64 MaxLineBytes = 64 * 1024 * 1024;

// {"_id": "d1", "title": "…", "text": "…"} (title optional; "_id" a string or a whole number;
// "id"/"docno" accepted for "_id", "contents"/"body" for "text").
bool parseDocument(QByteArrayView line, Eval::Document *document, QString *error);
// {"_id": "q1", "text": "…"} ("query" accepted for "text"; an "instruction" field is kept).
bool parseQuery(QByteArrayView line, Eval::Query *query, QString *error);
// "q1<TAB>d1<TAB>2" (a header "query-id corpus-id score" is recognised by isQrelsHeader()).
bool parseQrel(QByteArrayView line, QString *queryId, QString *docId, int *grade, QString *error);
bool isQrelsHeader(QByteArrayView line);
// Documents as "id<TAB>text" or "id<TAB>title<TAB>text".
bool parseTsvDocument(QByteArrayView line, Eval::Document *document, QString *error);

// Reads `device` line by line (LF or CRLF, a UTF-8 BOM skipped), skipping blank lines, and calls
// onLine(lineNumber, line) until it returns false. Returns false with *error set when a line is
// longer than MaxLineBytes or reading fails (*errorLine then names the line).
bool readLines(QIODevice *device, const std::function<bool(qint64, QByteArrayView)> &onLine,
               QString *error = nullptr, qint64 *errorLine = nullptr);

} // namespace BeirFormat
