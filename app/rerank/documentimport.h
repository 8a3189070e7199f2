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
};

struct Result
{
    QStringList documents;
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
// .jsonl: one JSON object per line with a string field (default "text").
Result fromJsonLines(const QByteArray &data, const QString &field = QStringLiteral("text"));

// Picks the parser from the extension (.txt, .md/.markdown, .csv, .jsonl/.ndjson; anything
// else: one per line). Auto on bytes: same as Text.
Format formatForFileName(const QString &fileName);
Result fromData(const QByteArray &data, Format format, const CsvOptions &csv = {});
Result fromFile(const QString &path, const CsvOptions &csv = {});

// Parses CSV records (for a column picker preview). Stops after maxRecords (< 0: all).
QList<QStringList> parseCsv(const QByteArray &data, QChar delimiter = u',', int maxRecords = -1,
                            QList<int> *recordLines = nullptr, bool *unterminatedQuote = nullptr);

// Rough token count (~4 characters per token), what the workbench counter shows.
qint64 estimateTokens(const QString &text);
qint64 estimateTokens(const QStringList &documents);

} // namespace DocumentImport
