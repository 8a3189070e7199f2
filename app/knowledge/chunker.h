#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

// One passage of a file as it is indexed, embedded and cited.
struct Chunk
{
    QString text;
    qint64 byteStart = 0; // [byteStart, byteEnd) in the file's bytes
    qint64 byteEnd = 0;
    int lineStart = 1; // 1-based, inclusive
    int lineEnd = 1;
    QString heading; // Markdown: the section's headings, "Intro › Setup"; else empty

    QString lines() const; // "12-30", or "7" for one line
    bool operator==(const Chunk &) const = default;
};

// Cuts a file into passages of about Options::targetTokens tokens (TokenEstimate's four
// characters per token) along its structure: Markdown at headings, then paragraphs; source
// code at blank lines, preferring a blank line followed by a top-level line (where functions
// and classes start); plain text at paragraphs; HTML as its visible text (tags, comments,
// scripts and styles blanked, so byte and line ranges still point into the file). A passage
// that ends inside a section starts the next one with about overlapTokens of its tail.
// Lines longer than a passage are split at spaces (or anywhere, on a UTF-8 boundary).
namespace Chunker {

enum class Kind { Text, Markdown, Code, Html, Pdf, Unsupported };

struct Options
{
    int targetTokens = 400;
    int overlapTokens = 60;
};

// By the file name's extension (and a few well-known names such as Makefile).
Kind kindForFileName(const QString &fileName);
// True when the bytes look binary (a NUL in the first 8 KiB).
bool looksBinary(const QByteArray &bytes);

QList<Chunk> chunk(const QByteArray &bytes, Kind kind, const Options &options = {});

} // namespace Chunker

Q_DECLARE_METATYPE(Chunk)
