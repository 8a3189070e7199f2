// The score cache's per-query blob (QueryScores) on hostile bytes, as a damaged or foreign
// history file would hand it over: decode() either rejects it or returns entries that are sorted
// and encode back to the very same bytes; merging and finding in them stay in bounds.
#include "store/queryscores.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace QueryScores;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QList<Entry>> entries = decode(bytes);
    if (!entries) {
        const qsizetype count = countForSize(bytes.size());
        // Rejected although well-sized: the format byte or the order must be wrong.
        if (count >= 0 && bytes.at(0) == Version) {
            bool ordered = true;
            for (qsizetype i = 1; i < count && ordered; ++i)
                ordered = std::memcmp(data + 1 + (i - 1) * EntrySize, data + 1 + i * EntrySize,
                                      DocKeySize)
                    < 0;
            if (ordered)
                std::abort();
        }
        return 0;
    }
    if (entries->size() != countForSize(bytes.size()) || encode(*entries) != bytes)
        std::abort();
    for (const Entry &entry : *entries) {
        const Entry *found = find(*entries, entry.doc);
        if (!found || found->doc != entry.doc)
            std::abort();
    }
    // The blob merged with itself shifted: still normalized, every document of both in it.
    QList<Entry> shifted = *entries;
    for (Entry &entry : shifted)
        entry.doc.back() ^= 1;
    normalize(shifted);
    const QList<Entry> merged = merge(*entries, shifted);
    if (!decode(encode(merged)) || merged.size() < entries->size()
        || merged.size() > entries->size() + shifted.size())
        std::abort();
    for (const Entry &entry : shifted) {
        const Entry *found = find(merged, entry.doc);
        if (!found || std::memcmp(&found->score, &entry.score, sizeof entry.score) != 0)
            std::abort();
    }
    return 0;
}
