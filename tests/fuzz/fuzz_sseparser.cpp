// SseParser on hostile bytes: no crash, and the chunking must not change the events (the
// parser's contract), so one fed whole, in two pieces and byte by byte must agree.
#include "api/sseparser.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace {

QList<SseParser::Event> parseAll(QByteArrayView bytes, qsizetype piece)
{
    SseParser parser;
    QList<SseParser::Event> events;
    for (qsizetype at = 0; at < bytes.size(); at += piece)
        events += parser.feed(bytes.sliced(at, qMin(piece, bytes.size() - at)));
    events += parser.finish();
    // finish() resets: a parser reused afterwards must not leak state into the next stream.
    const auto next = parser.feed("data: x\n\n");
    if (next.size() != 1 || next.first().data != "x" || !next.first().event.isEmpty())
        std::abort();
    return events;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the split point of the two-piece run.
    const QByteArrayView bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const auto whole = parseAll(bytes, qMax<qsizetype>(bytes.size(), 1));
    const qsizetype split = bytes.isEmpty() ? 1 : 1 + data[0] % bytes.size();
    if (parseAll(bytes, split) != whole)
        std::abort();
    if (bytes.size() <= 4096 && parseAll(bytes, 1) != whole)
        std::abort();
    return 0;
}
