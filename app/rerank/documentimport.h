#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

// Turns pasted text and files into rerank documents. Never trusts its input: any bytes give a
// result (bad lines are reported, not fatal), and sizes are capped so a hostile file cannot
// exhaust memory.
namespace DocumentImport {

constexpr qsizetype MaxInputBytes = 64 * 1024 * 1024;
constexpr qsizetype MaxDocuments = 100000;
constexpr qsizetype MaxIssues = 1000; // further issues are counted, not listed

enum class Format { Auto, Text, Markdown, Csv, JsonLines };
// How pasted text splits: one document per line, or blocks separated by blank lines.
// Auto: blocks when the text contains a blank line between two non-blank ones, else lines.
enum class Split { Auto, Lines, Blocks };

struct Issue
{
    int line = 0;    // 1-based line of the input where the problem starts
    QString message; // translated, tells the user what to fix
};

struct CsvOptions
{
    // The column to import: by header name when set (case-insensitive), else by 0-based index.
    QString column;
    int columnIndex = 0;
    bool hasHeader = true;
    QChar delimiter = u',';
    // A column of relevance labels (0…3) read beside the text; -1: none.
    int labelColumn = -1;
};

// What the first lines of a CSV file say about it: the delimiter (',' ';' or tab: the one that
// splits the header into most fields), the header's columns, the column that most likely holds
// the text (text, document, passage or content; else the first) and the labels (label or
// relevance; else none). The GUI's column picker and `sift rerank` both start from this.
struct CsvSniff
{
    QChar delimiter = u',';
    QStringList columns;
    int textColumn = 0;
    int labelColumn = -1;

    CsvOptions options() const;
};
CsvSniff sniffCsv(const QByteArray &head);
// sniffCsv() on the first 256 KiB of a file (defaults when it cannot be read).
CsvSniff sniffCsvFile(const QString &path);

struct Result
{
    QStringList documents;
    // Beside documents, one per document: a label 0…3 from a label/relevance column or field,
    // else -1.
    QList<int> labels;
    QList<Issue> issues;
    int issueCount = 0; // all issues, including those beyond MaxIssues
    QString error; // non-empty: nothing could be imported (unreadable file, unknown column, …)
    QStringList columns;    // CSV: the header row (or "1", "2", … without one)
    bool truncated = false; // stopped at MaxDocuments or MaxInputBytes

    bool ok() const { return error.isEmpty(); }
};

// Pasted text. Lines and blocks are trimmed; empty ones are skipped.
Result fromText(const QString &text, Split split = Split::Auto);
Split detectSplit(const QString &text);
// .txt: one document per line.
Result fromTxt(const QByteArray &data);
// .md: paragraphs (blank-line separated blocks); a fenced code block stays in one piece.
Result fromMarkdown(const QByteArray &data);
// .csv: RFC 4180 (quoted fields, "" escapes, newlines inside quotes, CRLF or LF).
Result fromCsv(const QByteArray &data, const CsvOptions &options = {});
// .jsonl: one JSON object per line with a string field (default "text"); a "label" or
// "relevance" number 0…3 becomes the document's label.
Result fromJsonLines(const QByteArray &data, const QString &field = QStringLiteral("text"));
// A label cell: 0…3 (also "2.0"); anything else is -1 (unlabelled).
int parseLabel(const QString &text);

// Picks the parser from the extension (.txt, .md/.markdown, .csv, .jsonl/.ndjson; anything
// else: one per line). Auto on bytes: same as Text. A CSV read with fromFile() and default
// options is sniffed (sniffCsv) first.
Format formatForFileName(const QString &fileName);
Result fromData(const QByteArray &data, Format format, const CsvOptions &csv = {});
Result fromFile(const QString &path, const CsvOptions &csv = {});

// Parses CSV records (for a column picker preview). Stops after maxRecords (< 0: all).
QList<QStringList> parseCsv(const QByteArray &data, QChar delimiter = u',', int maxRecords = -1,
                            QList<int> *recordLines = nullptr, bool *unterminatedQuote = nullptr);

// Rough token count: TokenEstimate's rule (~4 characters per token), what the workbench
// counter shows.
qint64 estimateTokens(const QString &text);
qint64 estimateTokens(const QStringList &documents);

} // namespace DocumentImport
