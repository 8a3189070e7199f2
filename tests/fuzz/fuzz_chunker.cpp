// The chunker on hostile bytes, as every kind (text, Markdown, code, HTML) and a few targets:
// passages go forward, stay inside the input, hold text, agree with their line numbers, and
// (but for HTML, whose text is the visible part) are exactly their byte range.
#include "knowledge/chunker.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte picks the kind and the target size; the rest is the file.
    const uint8_t options = data[0];
    const QByteArray bytes
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    static constexpr Chunker::Kind kinds[] = { Chunker::Kind::Text, Chunker::Kind::Markdown,
                                               Chunker::Kind::Code, Chunker::Kind::Html };
    const Chunker::Kind kind = kinds[options & 3];
    Chunker::Options chunking;
    chunking.targetTokens = 16 << ((options >> 2) & 3); // 16 … 128
    chunking.overlapTokens = (options >> 4) & 1 ? chunking.targetTokens / 3 : 0;

    qint64 previous = -1;
    for (const Chunk &chunk : Chunker::chunk(bytes, kind, chunking)) {
        if (chunk.byteStart <= previous || chunk.byteStart >= chunk.byteEnd
            || chunk.byteEnd > bytes.size() || chunk.text.trimmed().isEmpty())
            std::abort();
        previous = chunk.byteStart;
        if (chunk.lineStart != int(bytes.left(chunk.byteStart).count('\n')) + 1
            || chunk.lineEnd != int(bytes.left(chunk.byteEnd - 1).count('\n')) + 1)
            std::abort();
        if (kind != Chunker::Kind::Html
            && chunk.text
                != QString::fromUtf8(bytes.mid(chunk.byteStart, chunk.byteEnd - chunk.byteStart)))
            std::abort();
        if (chunk.text.size() > chunking.targetTokens * 4 + 4)
            std::abort();
    }
    return 0;
}
