// A saved system's per-query results (ResultsCodec, eval_system_queries.results) on hostile
// bytes: decode either refuses them with an error or returns documents that encode() writes back
// as the same bytes (one encoding per list, so anything it accepts is exactly what it would write).
#include "store/resultscodec.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    QList<Eval::ScoredDoc> docs;
    QString error;
    if (!ResultsCodec::decode(bytes, &docs, &error)) {
        if (error.isEmpty())
            std::abort();
        return 0;
    }
    QList<ResultsCodec::Entry> entries;
    for (const Eval::ScoredDoc &doc : std::as_const(docs))
        entries.append({ doc.docno.toUtf8(), doc.score });
    QByteArray again;
    ResultsCodec::encode(entries, &again);
    if (again != bytes)
        std::abort();
    return 0;
}
