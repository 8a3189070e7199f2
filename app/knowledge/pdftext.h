#pragma once

#include <QString>

#include <optional>

// The text of a PDF file for indexing, through Qt PDF (Debian 12: libqt6pdf6) when Sift was
// built with it. Pages are joined by a blank line, so the chunker cuts between them.
namespace PdfText {

// False when this build has no PDF reader (PDF files are then skipped with a note).
bool available();
// The text of every page; nullopt with *error (translated) when the file cannot be read as a PDF.
std::optional<QString> extract(const QString &path, QString *error);

} // namespace PdfText
