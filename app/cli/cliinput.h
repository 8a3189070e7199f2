#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Limits on what the CLI reads from the user before it sends anything: a prompt, a documents
// file or stream, a query. Over a limit the command stops with exit 2 and names it, having read
// at most one byte more than the limit (so /dev/zero or a 100 MB pipe costs nothing).
namespace CliInput {

constexpr qint64 MaxPromptBytes = 1024 * 1024;         // a long chat prompt is ~100 KB
constexpr qint64 MaxDocumentsBytes = 16 * 1024 * 1024; // one rerank input, all documents
constexpr qint64 MaxDocumentBytes = 128 * 1024;        // one document (~32k tokens)
constexpr qint64 MaxQueryBytes = 8 * 1024;             // sent once per document natively
constexpr qint64 BinarySniffBytes = 64 * 1024;

// Up to limit + 1 bytes of standard input; *tooLarge when there was more than limit.
QByteArray readStdin(qint64 limit, bool *tooLarge);

// Text a person wrote or exported, not a binary: no NUL byte and few control characters in the
// first BinarySniffBytes.
bool looksBinary(QByteArrayView bytes);

// Why `path` cannot be read as documents (missing, not a regular file, over
// MaxDocumentsBytes, binary); empty when it can.
QString documentsFileProblem(const QString &path);

// "1 MiB", "128 KiB": a limit for a message.
QString limitText(qint64 bytes);

} // namespace CliInput
