#include "jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstring>

namespace {

bool needsEscape(char c)
{
    return c == '"' || c == '\\' || uchar(c) < 0x20;
}

// Whether any of the 8 bytes in `word` needs an escape: bytes below 0x20, '"' or '\', tested all
// at once ("has a byte less than n" and "has a zero byte" of Bit Twiddling Hacks: exact for
// n <= 128; the bytes of multi-byte UTF-8 sequences, >= 0x80, never match).
bool anyNeedsEscape(quint64 word)
{
    constexpr quint64 Ones = 0x0101010101010101ULL;
    constexpr quint64 Highs = 0x8080808080808080ULL;
    const auto hasZero = [](quint64 v) { return (v - Ones) & ~v & Highs; };
    const quint64 below20 = (word - Ones * 0x20) & ~word & Highs;
    return (below20 | hasZero(word ^ (Ones * '"')) | hasZero(word ^ (Ones * '\\'))) != 0;
}

// The first byte in [begin, end) that needs an escape, or end: eight bytes at a time, since
// almost no byte of a document needs one.
const char *findEscape(const char *begin, const char *end)
{
    while (end - begin >= 8) {
        quint64 word;
        std::memcpy(&word, begin, sizeof word);
        if (anyNeedsEscape(word))
            break;
        begin += 8;
    }
    return std::find_if(begin, end, needsEscape);
}

} // namespace

namespace JsonText {

void appendUtf8String(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    const char *begin = utf8.data();
    const char *const end = begin + utf8.size();
    // Runs without anything to escape go in one append: most text has none.
    while (begin != end) {
        const char *special = findEscape(begin, end);
        out.append(begin, special - begin);
        if (special == end)
            break;
        switch (*special) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        default: {
            static constexpr char Hex[] = "0123456789abcdef";
            const uchar c = uchar(*special);
            const char escaped[6] = { '\\', 'u', '0', '0', Hex[c >> 4], Hex[c & 0xf] };
            out.append(escaped, 6);
            break;
        }
        }
        begin = special + 1;
    }
    out.append('"');
}

void appendString(QByteArray &out, QStringView text)
{
    if (Q_UNLIKELY(!text.isValidUtf16())) {
        // A lone surrogate: QJsonDocument writes it as a \uXXXX escape, toUtf8() as '?'.
        const QByteArray array
            = QJsonDocument(QJsonArray{ text.toString() }).toJson(QJsonDocument::Compact);
        out.append(QByteArrayView(array).sliced(1, array.size() - 2));
        return;
    }
    appendUtf8String(out, text.toUtf8());
}

} // namespace JsonText
