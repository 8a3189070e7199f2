// BEIR line readers (corpus/queries jsonl, qrels tsv, tsv documents) on hostile bytes: never a
// crash, every accepted line yields the ids the importer relies on, and the line reader numbers
// lines in order without handing out a newline.
#include "eval/beirformat.h"

#include <QBuffer>

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    qint64 previous = 0;
    QString error;
    qint64 errorLine = 0;
    BeirFormat::readLines(
        &buffer,
        [&](qint64 number, QByteArrayView line) {
            if (number <= previous || line.contains('\n'))
                std::abort();
            previous = number;
            QString lineError;
            Eval::Document document;
            if (BeirFormat::parseDocument(line, &document, &lineError) && document.id.isEmpty())
                std::abort();
            if (BeirFormat::parseTsvDocument(line, &document, &lineError) && document.id.isEmpty())
                std::abort();
            Eval::Query query;
            if (BeirFormat::parseQuery(line, &query, &lineError)
                && (query.id.isEmpty() || query.text.trimmed().isEmpty()))
                std::abort();
            QString queryId;
            QString docId;
            int grade = 0;
            BeirFormat::isQrelsHeader(line);
            if (BeirFormat::parseQrel(line, &queryId, &docId, &grade, &lineError)
                && (queryId.isEmpty() || docId.isEmpty()))
                std::abort();
            return true;
        },
        &error, &errorLine);
    return 0;
}
