#include "resultscodec.h"

#include <QStringDecoder>
#include <QtEndian>

#include <cstring>

using namespace Qt::StringLiterals;

namespace ResultsCodec {

namespace {

    constexpr char Format = 1;
    constexpr qsizetype ScoreSize = 8;

    void appendNumber(QByteArray *blob, quint32 value)
    {
        while (value >= 0x80) {
            blob->append(char((value & 0x7f) | 0x80));
            value >>= 7;
        }
        blob->append(char(value));
    }

    // Reads a number encode() wrote at `*at`, moving past it; false when the bytes end first, it
    // takes more than 5 bytes or 32 bits, or it has a byte more than it needs (encode() never
    // writes one: every list has one encoding).
    bool readNumber(QByteArrayView blob, qsizetype *at, quint32 *value)
    {
        quint64 result = 0;
        for (int shift = 0; shift < 35; shift += 7) {
            if (*at >= blob.size())
                return false;
            const auto byte = quint8(blob[*at]);
            ++*at;
            result |= quint64(byte & 0x7f) << shift;
            if (!(byte & 0x80)) {
                if (result > 0xffffffffu || (byte == 0 && shift > 0))
                    return false;
                *value = quint32(result);
                return true;
            }
        }
        return false;
    }

} // namespace

void encode(const QList<Entry> &docs, QByteArray *blob)
{
    qsizetype size = 1 + 5;
    for (const Entry &doc : docs)
        size += 5 + doc.first.size() + ScoreSize;
    blob->clear();
    blob->reserve(size);
    blob->append(Format);
    appendNumber(blob, quint32(docs.size()));
    for (const auto &[id, score] : docs) {
        appendNumber(blob, quint32(id.size()));
        blob->append(id);
        quint64 bits;
        static_assert(sizeof bits == sizeof score);
        std::memcpy(&bits, &score, sizeof bits);
        bits = qToLittleEndian(bits);
        blob->append(reinterpret_cast<const char *>(&bits), sizeof bits);
    }
}

bool decode(QByteArrayView blob, QList<Eval::ScoredDoc> *docs, QString *error)
{
    if (blob.isEmpty()) {
        *error = u"no bytes"_s;
        return false;
    }
    if (blob[0] != Format) {
        *error = u"unknown format %1"_s.arg(quint8(blob[0]));
        return false;
    }
    qsizetype at = 1;
    quint32 count = 0;
    if (!readNumber(blob, &at, &count)) {
        *error = u"the number of documents is cut short or malformed"_s;
        return false;
    }
    // Each document takes at least 1 + 8 bytes: a count beyond that is not believed (nor
    // reserved for).
    if (count > quint64(blob.size() - at) / (1 + ScoreSize)) {
        *error = u"%1 documents cannot fit in %2 bytes"_s.arg(count).arg(blob.size());
        return false;
    }
    docs->reserve(docs->size() + qsizetype(count));
    // Stateless: an id cut inside a character is an error, not carried into the next id; the
    // initial BOM kept: an id starting with U+FEFF comes back whole (QString::fromUtf8 drops it).
    QStringDecoder utf8(QStringDecoder::Utf8,
                        QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    for (quint32 i = 0; i < count; ++i) {
        quint32 length = 0;
        if (!readNumber(blob, &at, &length)
            || quint64(length) + ScoreSize > quint64(blob.size() - at)) {
            *error = u"document %1 of %2 is cut short or malformed"_s.arg(i + 1).arg(count);
            return false;
        }
        QString id = utf8.decode(blob.sliced(at, length));
        if (utf8.hasError()) {
            *error = u"the id of document %1 of %2 is not UTF-8"_s.arg(i + 1).arg(count);
            return false;
        }
        at += length;
        quint64 bits;
        std::memcpy(&bits, blob.data() + at, sizeof bits);
        at += ScoreSize;
        bits = qFromLittleEndian(bits);
        double score;
        std::memcpy(&score, &bits, sizeof score);
        docs->append(Eval::ScoredDoc{ std::move(id), score });
    }
    if (at != blob.size()) {
        *error = u"%1 bytes after the last document"_s.arg(blob.size() - at);
        return false;
    }
    return true;
}

} // namespace ResultsCodec
