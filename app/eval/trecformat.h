#pragma once

#include "evaltypes.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class QIODevice;

// The TREC text formats that trec_eval reads, and writers whose output it reads back.
//   qrels   qid iter docno rel                 (rel: a whole number; < 0 = judged, not relevant)
//   run     qid Q0 docno rank score tag [...]  (the rank column is ignored, as trec_eval does)
//   topics  qid<TAB>text
// Fields are separated by spaces or tabs; blank lines and lines starting with '#' are skipped;
// CRLF line ends are fine. Readers stream line by line (memory grows with the result, not the
// file) and stop at the first bad line with an Error naming the file and the line: nothing
// half-read is returned. A document listed twice for one query is an error in qrels and runs
// (trec_eval refuses such files too). Pure functions: safe on a worker thread.
namespace Eval::TrecFormat {

// Longest line accepted; a longer one is reported as an error rather than read into memory.
constexpr qsizetype MaxLineBytes = 1024 * 1024;

struct Error
{
    QString file;    // as given by the caller (usually the path)
    qint64 line = 0; // 1-based; 0 = not about one line (the file could not be opened)
    QString message; // translated, says what to fix

    // "file, line N: message" (or "file: message"), translated, for a terminal or a banner.
    QString text() const;
};

// Called now and then with the bytes read so far; return false to stop (the read then fails
// with an Error saying it was cancelled). May be empty.
using Progress = std::function<bool(qint64 bytesRead)>;

std::optional<Qrels> readQrels(QIODevice &device, const QString &fileName, Error *error,
                               const Progress &progress = {});
// A run; *tag (optional) receives the tag of its last line, as trec_eval keeps it.
std::optional<Run> readRun(QIODevice &device, const QString &fileName, Error *error,
                           QString *tag = nullptr, const Progress &progress = {});
// Topics in file order. The text is trimmed; a query id given twice is an error.
std::optional<QList<Query>> readTopics(QIODevice &device, const QString &fileName, Error *error,
                                       const Progress &progress = {});

// The same, opening the file at path (the Error then names path).
std::optional<Qrels> readQrelsFile(const QString &path, Error *error,
                                   const Progress &progress = {});
std::optional<Run> readRunFile(const QString &path, Error *error, QString *tag = nullptr,
                               const Progress &progress = {});
std::optional<QList<Query>> readTopicsFile(const QString &path, Error *error,
                                           const Progress &progress = {});

// Writers. Queries in trec_eval's order (strcmp of the UTF-8 ids); a run's documents in the
// order trec_eval ranks them (score descending, ties by docno descending), numbered from 1, the
// scores written so they read back exactly. Whitespace in `tag` becomes '_' (empty: "sift").
// Fail with *error set (translated) when an id contains whitespace or is empty, a score is not
// finite, or the device cannot be written; nothing is then promised about the device's content.
bool writeRun(QIODevice &device, const Run &run, const QString &tag, QString *error = nullptr);
bool writeQrels(QIODevice &device, const Qrels &qrels, QString *error = nullptr);

} // namespace Eval::TrecFormat
