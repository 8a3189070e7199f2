#include "chunker.h"

#include "chat/tokenestimate.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <cstring>
#include <utility>

using namespace Qt::StringLiterals;

QString Chunk::lines() const
{
    return lineStart == lineEnd ? QString::number(lineStart)
                                : u"%1-%2"_s.arg(lineStart).arg(lineEnd);
}

namespace {

// How good a place the start of a unit is to end the previous passage.
enum Break { Inside = 0, Line = 1, Paragraph = 2, Section = 3 };

struct Unit
{
    qint64 start = 0;
    qint64 end = 0; // without the line's newline
    int line = 1;
    int tokens = 0;
    bool blank = true;
    Break before = Line;
    QString heading; // the section this unit belongs to (Markdown)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// The bytes of the UTF-8 character at data[0] (size > 0) and the UTF-16 units QString makes of
// it: 2 for a character beyond the BMP. A byte that does not start a well-formed sequence
// (Unicode's table 3-7) counts as one unit of its own, as the replacement character QString puts
// there at most: so counts are never below QString's, and passages never longer than planned.
std::pair<int, int> nextChar(const char *data, qsizetype size)
{
    const auto byte = [&](qsizetype i) { return quint8(data[i]); };
    const quint8 lead = byte(0);
    if (lead < 0x80)
        return { 1, 1 };
    int length = 0;
    quint8 low = 0x80;
    quint8 high = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return { 1, 1 };
    }
    if (size < length || byte(1) < low || byte(1) > high)
        return { 1, 1 };
    for (int i = 2; i < length; ++i) {
        if ((byte(i) & 0xC0) != 0x80)
            return { 1, 1 };
    }
    return { length, length == 4 ? 2 : 1 };
}

int charCount(const char *data, qsizetype size)
{
    int count = 0;
    for (qsizetype i = 0; i < size;) {
        // ASCII, most text and code, eight bytes at a time: one unit per byte.
        if (size - i >= 8) {
            quint64 word;
            std::memcpy(&word, data + i, sizeof word);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                count += 8;
                continue;
            }
        }
        if (quint8(data[i]) < 0x80) {
            ++i;
            ++count;
            continue;
        }
        const auto [bytes, units] = nextChar(data + i, size - i);
        i += bytes;
        count += units;
    }
    return count;
}

int tokensFor(int chars)
{
    return (chars + TokenEstimate::CharsPerToken - 1) / TokenEstimate::CharsPerToken;
}

// Blanks everything of an HTML page that is not visible text with spaces, keeping newlines,
// so offsets and line numbers of the text stay those of the file.
QByteArray blankHtml(QByteArray bytes)
{
    const qsizetype n = bytes.size();
    char *d = bytes.data();
    auto blank = [d](qsizetype from, qsizetype to) {
        for (qsizetype i = from; i < to; ++i) {
            if (d[i] != '\n')
                d[i] = ' ';
        }
    };
    qsizetype i = 0;
    while (i < n) {
        if (d[i] != '<') {
            ++i;
            continue;
        }
        const QByteArray rest
            = QByteArray::fromRawData(d + i, std::min<qsizetype>(n - i, 16)).toLower();
        qsizetype end;
        if (rest.startsWith("<!--")) {
            end = bytes.indexOf("-->", i + 4);
            end = end < 0 ? n : end + 3;
        } else {
            end = bytes.indexOf('>', i + 1);
            end = end < 0 ? n : end + 1;
            for (const char *raw : { "script", "style" }) {
                if (rest.startsWith(QByteArray("<") + raw)) {
                    const QByteArray close = QByteArray("</") + raw;
                    qsizetype at = end;
                    while (at < n) {
                        at = bytes.indexOf('<', at);
                        if (at < 0) {
                            at = n;
                            break;
                        }
                        if (QByteArray::fromRawData(d + at,
                                                    std::min<qsizetype>(n - at, close.size()))
                                .toLower()
                            == close)
                            break;
                        ++at;
                    }
                    const qsizetype closeEnd = at < n ? bytes.indexOf('>', at) : -1;
                    end = closeEnd < 0 ? n : closeEnd + 1;
                }
            }
        }
        blank(i, end);
        i = end;
    }
    return bytes;
}

QString decodeEntities(QString text)
{
    static const std::pair<QLatin1StringView, QChar> entities[] = {
        { "&nbsp;"_L1, QChar(u' ') }, { "&lt;"_L1, QChar(u'<') },   { "&gt;"_L1, QChar(u'>') },
        { "&quot;"_L1, QChar(u'"') }, { "&#39;"_L1, QChar(u'\'') }, { "&apos;"_L1, QChar(u'\'') },
        { "&amp;"_L1, QChar(u'&') },
    };
    if (!text.contains(u'&'))
        return text;
    for (const auto &[entity, character] : entities)
        text.replace(entity, QString(character));
    return text;
}

int headingLevel(const char *line, qsizetype size)
{
    int level = 0;
    while (level < size && line[level] == '#')
        ++level;
    if (level < 1 || level > 6)
        return 0;
    return (level == size || line[level] == ' ' || line[level] == '\t') ? level : 0;
}

// The lines of the file, long ones split into pieces of at most maxChars characters, each with
// how good a break its start is.
QList<Unit> unitsOf(const QByteArray &bytes, Chunker::Kind kind, int maxChars)
{
    QList<Unit> units;
    const char *d = bytes.constData();
    const qsizetype n = bytes.size();
    bool inFence = false;
    bool previousBlank = true;
    QStringList headings; // by level - 1
    int lineNumber = 1;
    qsizetype lineStart = 0;
    while (lineStart <= n) {
        qsizetype lineEnd = bytes.indexOf('\n', lineStart);
        const bool last = lineEnd < 0;
        if (last)
            lineEnd = n;
        if (last && lineStart == n)
            break;
        const char *line = d + lineStart;
        const qsizetype size = lineEnd - lineStart;
        bool blank = true;
        for (qsizetype i = 0; i < size && blank; ++i)
            blank = isSpace(line[i]);

        Break before = previousBlank ? Paragraph : Line;
        if (kind == Chunker::Kind::Markdown) {
            qsizetype indent = 0;
            while (indent < size && line[indent] == ' ')
                ++indent;
            const bool fence = indent < 4 && size - indent >= 3
                && (std::string_view(line + indent, 3) == "```"
                    || std::string_view(line + indent, 3) == "~~~");
            if (fence)
                inFence = !inFence;
            if (inFence && !fence)
                before = Line; // a code block stays whole where it can
            if (!inFence && !fence) {
                if (const int level = headingLevel(line, size)) {
                    before = Section;
                    headings.resize(level);
                    headings[level - 1] = QString::fromUtf8(line + level, size - level).trimmed();
                    headings.removeAll(QString());
                }
            }
        } else if (kind == Chunker::Kind::Code) {
            if (previousBlank && !blank && !isSpace(line[0]) && line[0] != '}' && line[0] != ')')
                before = Section; // a top-level line after a blank: a function, a class
        }
        const QString heading = headings.join(u" › "_s);

        // Pieces of at most maxChars characters, cut at a space where there is one.
        qsizetype pieceStart = lineStart;
        bool firstPiece = true;
        do {
            qsizetype pieceEnd = lineEnd;
            int chars = charCount(d + pieceStart, lineEnd - pieceStart);
            if (chars > maxChars) {
                qsizetype at = pieceStart;
                int counted = 0;
                while (at < lineEnd) {
                    const auto [bytes, units] = nextChar(d + at, lineEnd - at);
                    if (counted + units > maxChars && counted > 0)
                        break;
                    at += bytes;
                    counted += units;
                }
                qsizetype cut = at;
                for (qsizetype back = at; back > pieceStart + (at - pieceStart) / 2; --back) {
                    if (isSpace(d[back - 1])) {
                        cut = back;
                        break;
                    }
                }
                pieceEnd = cut;
                chars = charCount(d + pieceStart, pieceEnd - pieceStart);
            }
            Unit unit;
            unit.start = pieceStart;
            unit.end = pieceEnd;
            unit.line = lineNumber;
            unit.tokens = tokensFor(chars + 1); // + its line break, which the passage keeps
            unit.blank = blank;
            unit.before = firstPiece ? before : Inside;
            unit.heading = heading;
            units.append(unit);
            pieceStart = pieceEnd;
            firstPiece = false;
        } while (pieceStart < lineEnd);

        previousBlank = blank;
        ++lineNumber;
        lineStart = lineEnd + 1;
        if (last)
            break;
    }
    return units;
}

} // namespace

Chunker::Kind Chunker::kindForFileName(const QString &fileName)
{
    static const QSet<QString> markdown{ u"md"_s, u"markdown"_s, u"mdown"_s, u"mkd"_s, u"mdx"_s };
    static const QSet<QString> html{ u"html"_s, u"htm"_s, u"xhtml"_s };
    static const QSet<QString> code{
        u"c"_s,     u"cc"_s,  u"cpp"_s,  u"cxx"_s,  u"h"_s,   u"hh"_s,    u"hpp"_s,  u"hxx"_s,
        u"py"_s,    u"js"_s,  u"mjs"_s,  u"ts"_s,   u"tsx"_s, u"jsx"_s,   u"java"_s, u"kt"_s,
        u"go"_s,    u"rs"_s,  u"rb"_s,   u"php"_s,  u"cs"_s,  u"swift"_s, u"m"_s,    u"mm"_s,
        u"scala"_s, u"sh"_s,  u"bash"_s, u"zsh"_s,  u"lua"_s, u"pl"_s,    u"r"_s,    u"sql"_s,
        u"cmake"_s, u"qml"_s, u"css"_s,  u"scss"_s, u"vue"_s, u"dart"_s,  u"hs"_s,   u"ex"_s,
        u"exs"_s,   u"clj"_s, u"el"_s,   u"vim"_s,  u"ps1"_s, u"zig"_s,   u"nim"_s,  u"f90"_s,
    };
    static const QSet<QString> text{
        u"txt"_s,  u"text"_s, u"rst"_s,  u"log"_s, u"csv"_s, u"tsv"_s,        u"json"_s, u"jsonl"_s,
        u"yaml"_s, u"yml"_s,  u"toml"_s, u"ini"_s, u"cfg"_s, u"conf"_s,       u"xml"_s,  u"tex"_s,
        u"org"_s,  u"adoc"_s, u"srt"_s,  u"vtt"_s, u"bib"_s, u"properties"_s,
    };
    static const QSet<QString> codeNames{ u"makefile"_s, u"cmakelists.txt"_s, u"dockerfile"_s,
                                          u"meson.build"_s };
    static const QSet<QString> textNames{ u"readme"_s,    u"license"_s, u"copying"_s, u"authors"_s,
                                          u"changelog"_s, u"news"_s,    u"todo"_s };
    const QFileInfo info(fileName);
    const QString name = info.fileName().toLower();
    if (codeNames.contains(name))
        return Kind::Code;
    if (textNames.contains(name))
        return Kind::Text;
    const QString suffix = info.suffix().toLower();
    if (markdown.contains(suffix))
        return Kind::Markdown;
    if (html.contains(suffix))
        return Kind::Html;
    if (code.contains(suffix))
        return Kind::Code;
    if (text.contains(suffix))
        return Kind::Text;
    if (suffix == "pdf"_L1)
        return Kind::Pdf;
    return Kind::Unsupported;
}

bool Chunker::looksBinary(const QByteArray &bytes)
{
    return bytes.left(8192).contains('\0');
}

QList<Chunk> Chunker::chunk(const QByteArray &input, Kind kind, const Options &options)
{
    if (kind == Kind::Pdf || kind == Kind::Unsupported)
        return {};
    const int target = std::max(16, options.targetTokens);
    const int overlap = std::clamp(options.overlapTokens, 0, target / 2);
    const QByteArray bytes = kind == Kind::Html ? blankHtml(input) : input;
    const QList<Unit> units = unitsOf(bytes, kind, target * TokenEstimate::CharsPerToken);
    const int minimum = target / 4; // a heading ends a passage only once it has this much

    QList<Chunk> chunks;
    const qsizetype n = units.size();
    qsizetype start = 0;
    while (start < n) {
        while (start < n && units.at(start).blank)
            ++start;
        if (start >= n)
            break;
        int tokens = 0;
        qsizetype i = start;
        bool overflow = false;
        for (; i < n; ++i) {
            const Unit &unit = units.at(i);
            if (i > start && unit.before == Section && tokens >= minimum)
                break;
            if (i > start && tokens + unit.tokens > target) {
                overflow = true;
                break;
            }
            tokens += unit.tokens;
        }
        qsizetype end = i;
        if (overflow) {
            // The best break in the second half of what fits: the strongest, then the latest.
            int running = 0;
            int bestScore = -1;
            qsizetype best = i;
            for (qsizetype j = start; j < i; ++j) {
                if (j > start && running >= target / 2 && units.at(j).before >= bestScore) {
                    bestScore = units.at(j).before;
                    best = j;
                }
                running += units.at(j).tokens;
            }
            end = best;
        }
        qsizetype last = end;
        while (last > start && units.at(last - 1).blank)
            --last;

        Chunk chunk;
        chunk.byteStart = units.at(start).start;
        chunk.byteEnd = units.at(last - 1).end;
        chunk.lineStart = units.at(start).line;
        chunk.lineEnd = units.at(last - 1).line;
        chunk.heading = units.at(start).heading;
        QString text = QString::fromUtf8(bytes.constData() + chunk.byteStart,
                                         chunk.byteEnd - chunk.byteStart);
        if (kind == Kind::Html) {
            QStringList lines = text.split(u'\n');
            for (QString &line : lines)
                line = line.simplified();
            lines.removeAll(QString());
            text = decodeEntities(lines.join(u'\n'));
        }
        chunk.text = text;
        if (!chunk.text.trimmed().isEmpty())
            chunks.append(chunk);

        if (end >= n)
            break;
        // Overlap only where a passage was cut inside a section: a heading or a new function
        // starts clean.
        qsizetype next = end;
        if (overlap > 0 && units.at(end).before < Section) {
            int carried = 0;
            while (next - 1 > start && carried + units.at(next - 1).tokens <= overlap
                   && units.at(next - 1).before != Section) {
                carried += units.at(next - 1).tokens;
                --next;
            }
        }
        start = std::max(next, start + 1);
    }
    return chunks;
}
