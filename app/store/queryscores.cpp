#include "queryscores.h"

#include <QtEndian>

#include <algorithm>
#include <cstring>

namespace QueryScores {

namespace {

    bool byDoc(const Entry &a, const Entry &b)
    {
        return a.doc < b.doc;
    }

} // namespace

DocKey docKey(QByteArrayView textHash)
{
    DocKey key{};
    std::memcpy(key.data(), textHash.data(),
                size_t(std::min<qsizetype>(DocKeySize, textHash.size())));
    return key;
}

void normalize(QList<Entry> &entries)
{
    // Stable: of one document the entry that came last stays last, and wins below.
    std::stable_sort(entries.begin(), entries.end(), byDoc);
    qsizetype kept = 0;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i + 1 < entries.size() && entries.at(i + 1).doc == entries.at(i).doc)
            continue;
        entries[kept++] = entries.at(i);
    }
    entries.resize(kept);
}

QByteArray encode(const QList<Entry> &entries)
{
    QByteArray bytes(1 + entries.size() * EntrySize, Qt::Uninitialized);
    char *out = bytes.data();
    *out++ = Version;
    for (const Entry &entry : entries) {
        std::memcpy(out, entry.doc.data(), DocKeySize);
        quint64 bits = 0;
        std::memcpy(&bits, &entry.score, sizeof bits);
        qToLittleEndian(bits, out + DocKeySize);
        out += EntrySize;
    }
    return bytes;
}

qsizetype countForSize(qsizetype size)
{
    if (size < 1 || (size - 1) % EntrySize != 0)
        return -1;
    return (size - 1) / EntrySize;
}

std::optional<QList<Entry>> decode(QByteArrayView bytes)
{
    const qsizetype count = countForSize(bytes.size());
    if (count < 0 || bytes.at(0) != Version)
        return std::nullopt;
    QList<Entry> entries(count);
    const char *in = bytes.data() + 1;
    for (qsizetype i = 0; i < count; ++i, in += EntrySize) {
        Entry &entry = entries[i];
        std::memcpy(entry.doc.data(), in, DocKeySize);
        const quint64 bits = qFromLittleEndian<quint64>(in + DocKeySize);
        std::memcpy(&entry.score, &bits, sizeof bits);
        if (i > 0 && !(entries.at(i - 1).doc < entry.doc))
            return std::nullopt;
    }
    return entries;
}

QList<Entry> merge(const QList<Entry> &older, const QList<Entry> &newer)
{
    QList<Entry> merged;
    merged.reserve(older.size() + newer.size());
    auto a = older.cbegin();
    auto b = newer.cbegin();
    while (a != older.cend() || b != newer.cend()) {
        if (b == newer.cend() || (a != older.cend() && a->doc < b->doc)) {
            merged.append(*a++);
        } else {
            if (a != older.cend() && a->doc == b->doc)
                ++a;
            merged.append(*b++);
        }
    }
    return merged;
}

const Entry *find(const QList<Entry> &entries, const DocKey &doc)
{
    const auto at
        = std::lower_bound(entries.cbegin(), entries.cend(), doc,
                           [](const Entry &entry, const DocKey &key) { return entry.doc < key; });
    return at != entries.cend() && at->doc == doc ? &*at : nullptr;
}

} // namespace QueryScores
