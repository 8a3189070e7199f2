// Document importers (txt, md, csv, jsonl, pasted text) on hostile bytes: always a result,
// never more documents than the cap, and every issue points at a line of the input.
#include "rerank/documentimport.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

void check(const DocumentImport::Result &result)
{
    if (result.documents.size() > DocumentImport::MaxDocuments)
        std::abort();
    if (result.issues.size() > DocumentImport::MaxIssues
        || result.issueCount < result.issues.size())
        std::abort();
    DocumentImport::estimateTokens(result.documents);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the CSV options; the rest is the file.
    const uint8_t options = data[0];
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    check(DocumentImport::fromTxt(bytes));
    check(DocumentImport::fromMarkdown(bytes));
    check(DocumentImport::fromJsonLines(bytes));
    check(DocumentImport::fromData(bytes, DocumentImport::Format::Auto));

    DocumentImport::CsvOptions csv;
    static constexpr char16_t delimiters[] = { u',', u';', u'\t', u'|' };
    csv.delimiter = QChar(delimiters[options & 3]);
    csv.hasHeader = options & 4;
    csv.columnIndex = (options >> 3) & 3;
    if (options & 0x20)
        csv.column = QStringLiteral("text");
    check(DocumentImport::fromCsv(bytes, csv));
    bool unterminated = false;
    QList<int> lines;
    const auto records
        = DocumentImport::parseCsv(bytes, csv.delimiter, options >> 6, &lines, &unterminated);
    if (lines.size() != records.size())
        std::abort();

    const QString text = QString::fromUtf8(bytes);
    check(DocumentImport::fromText(text, DocumentImport::Split::Auto));
    check(DocumentImport::fromText(text, DocumentImport::Split::Lines));
    check(DocumentImport::fromText(text, DocumentImport::Split::Blocks));
    return 0;
}
