#include "codehighlighter.h"

#include "replydocument.h"
#include "statepalette.h"

#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// What a line ends inside of, carried to the next line.
enum State : int {
    Normal = 0,
    InBlockComment = 1,  // /* … */
    InMarkupComment = 2, // <!-- … -->
    InTag = 3,           // between <name and >
    // A string: StringFlag | quote character (| TripleFlag for """ and ''').
    StringFlag = 0x10000,
    TripleFlag = 0x20000,
};

// Words sorted once, looked up without allocating.
class WordList
{
public:
    WordList() = default;
    WordList(std::initializer_list<const char16_t *> words,
             Qt::CaseSensitivity cs = Qt::CaseSensitive)
        : m_caseInsensitive(cs == Qt::CaseInsensitive)
    {
        m_words.reserve(qsizetype(words.size()));
        for (const char16_t *word : words)
            m_words.append(QString::fromUtf16(word));
        std::sort(m_words.begin(), m_words.end(), [this](const QString &a, const QString &b) {
            return QStringView(a).compare(b, sensitivity()) < 0;
        });
    }
    bool contains(QStringView word) const
    {
        const auto it = std::lower_bound(m_words.cbegin(), m_words.cend(), word,
                                         [this](const QString &a, QStringView b) {
                                             return QStringView(a).compare(b, sensitivity()) < 0;
                                         });
        return it != m_words.cend() && QStringView(*it).compare(word, sensitivity()) == 0;
    }

private:
    Qt::CaseSensitivity sensitivity() const
    {
        return m_caseInsensitive ? Qt::CaseInsensitive : Qt::CaseSensitive;
    }
    QStringList m_words;
    bool m_caseInsensitive = false;
};

// How one language family looks to the line lexer.
struct Spec
{
    WordList keywords = {};
    WordList types = {};
    WordList constants = {};
    QStringView lineComment = {};  // "//", "--" (empty: none)
    bool hashComments = false;     // # to the end of the line (after a space or at the start)
    bool blockComments = false;    // /* … */
    bool preprocessor = false;     // # directives at the start of a line
    bool annotations = false;      // @name
    bool capitalizedTypes = false; // Names like HashMap read as types
    bool shellVariables = false;   // $name, ${…}
    bool rustLifetimes = false;    // 'a is not a character literal
    bool jsonKeys = false;         // a string before ':' is a key
    bool backslashEscapes = true;
    bool tripleQuotes = false;        // """ and ''' span lines
    QStringView quotes = {};          // characters that open a string
    QStringView multilineQuotes = {}; // the ones whose strings may span lines
};

const Spec &cSpec()
{
    static const Spec spec{
        .keywords
        = { u"alignas",       u"alignof",      u"asm",          u"auto",      u"break",
            u"case",          u"catch",        u"class",        u"co_await",  u"co_return",
            u"co_yield",      u"concept",      u"const",        u"consteval", u"constexpr",
            u"constinit",     u"const_cast",   u"continue",     u"decltype",  u"default",
            u"delete",        u"do",           u"dynamic_cast", u"else",      u"enum",
            u"explicit",      u"export",       u"extern",       u"final",     u"for",
            u"friend",        u"goto",         u"if",           u"inline",    u"mutable",
            u"namespace",     u"new",          u"noexcept",     u"operator",  u"override",
            u"private",       u"protected",    u"public",       u"register",  u"reinterpret_cast",
            u"requires",      u"restrict",     u"return",       u"sizeof",    u"static",
            u"static_assert", u"static_cast",  u"struct",       u"switch",    u"template",
            u"this",          u"thread_local", u"throw",        u"try",       u"typedef",
            u"typeid",        u"typename",     u"union",        u"using",     u"virtual",
            u"volatile",      u"while" },
        .types = { u"bool",     u"char",     u"char8_t",  u"char16_t",  u"char32_t",
                   u"double",   u"float",    u"int",      u"int8_t",    u"int16_t",
                   u"int32_t",  u"int64_t",  u"long",     u"ptrdiff_t", u"short",
                   u"signed",   u"size_t",   u"ssize_t",  u"uint8_t",   u"uint16_t",
                   u"uint32_t", u"uint64_t", u"unsigned", u"void",      u"wchar_t" },
        .constants = { u"true", u"false", u"nullptr", u"NULL" },
        .lineComment = u"//",
        .blockComments = true,
        .preprocessor = true,
        .capitalizedTypes = true,
        .quotes = u"\"'",
    };
    return spec;
}

const Spec &pythonSpec()
{
    static const Spec spec{
        .keywords
        = { u"and",     u"as",       u"assert", u"async",    u"await", u"break",  u"case",
            u"class",   u"continue", u"def",    u"del",      u"elif",  u"else",   u"except",
            u"finally", u"for",      u"from",   u"global",   u"if",    u"import", u"in",
            u"is",      u"lambda",   u"match",  u"nonlocal", u"not",   u"or",     u"pass",
            u"raise",   u"return",   u"try",    u"while",    u"with",  u"yield" },
        .types = { u"bool", u"bytes", u"dict", u"float", u"frozenset", u"int", u"list", u"object",
                   u"set", u"str", u"tuple", u"type", u"self", u"cls" },
        .constants = { u"True", u"False", u"None" },
        .hashComments = true,
        .annotations = true, // decorators
        .tripleQuotes = true,
        .quotes = u"\"'",
    };
    return spec;
}

const Spec &javaScriptSpec(bool typeScript)
{
    static const auto make = [](bool ts) {
        return Spec{
            .keywords
            = { u"async",     u"await",    u"break",     u"case",       u"catch",     u"class",
                u"const",     u"continue", u"debugger",  u"default",    u"delete",    u"do",
                u"else",      u"export",   u"extends",   u"finally",    u"for",       u"from",
                u"function",  u"get",      u"if",        u"import",     u"in",        u"instanceof",
                u"let",       u"new",      u"of",        u"return",     u"set",       u"static",
                u"super",     u"switch",   u"this",      u"throw",      u"try",       u"typeof",
                u"var",       u"void",     u"while",     u"with",       u"yield",     u"abstract",
                u"as",        u"declare",  u"enum",      u"implements", u"interface", u"keyof",
                u"namespace", u"private",  u"protected", u"public",     u"readonly",  u"satisfies",
                u"type" },
            .types = { u"any", u"bigint", u"boolean", u"never", u"number", u"object", u"string",
                       u"symbol", u"unknown", u"Array", u"Map", u"Object", u"Promise", u"Set",
                       u"String", u"Number", u"Boolean", u"Error" },
            .constants = { u"true", u"false", u"null", u"undefined", u"NaN", u"Infinity" },
            .lineComment = u"//",
            .blockComments = true,
            .annotations = ts, // decorators
            .quotes = u"\"'`",
            .multilineQuotes = u"`", // template literals
        };
    };
    static const Spec js = make(false);
    static const Spec ts = make(true);
    return typeScript ? ts : js;
}

const Spec &jsonSpec()
{
    static const Spec spec{
        .constants = { u"true", u"false", u"null" },
        .lineComment = u"//", // JSON with comments, as in many config files
        .blockComments = true,
        .jsonKeys = true,
        .quotes = u"\"",
    };
    return spec;
}

const Spec &bashSpec()
{
    static const Spec spec{
        .keywords = { u"if",      u"then",     u"else",   u"elif",   u"fi",       u"for",
                      u"while",   u"until",    u"do",     u"done",   u"case",     u"esac",
                      u"in",      u"function", u"select", u"return", u"local",    u"export",
                      u"declare", u"readonly", u"unset",  u"break",  u"continue", u"time" },
        .types = { u"alias", u"cd", u"echo", u"eval", u"exec", u"exit", u"printf", u"pwd", u"read",
                   u"set", u"shift", u"source", u"test", u"trap", u"sudo" },
        .constants = { u"true", u"false" },
        .hashComments = true,
        .shellVariables = true,
        .quotes = u"\"'",
    };
    return spec;
}

const Spec &rustSpec()
{
    static const Spec spec{
        .keywords
        = { u"as",     u"async", u"await",  u"break",  u"const",  u"continue", u"crate", u"dyn",
            u"else",   u"enum",  u"extern", u"fn",     u"for",    u"if",       u"impl",  u"in",
            u"let",    u"loop",  u"match",  u"mod",    u"move",   u"mut",      u"pub",   u"ref",
            u"return", u"self",  u"Self",   u"static", u"struct", u"super",    u"trait", u"type",
            u"unsafe", u"use",   u"where",  u"while" },
        .types = { u"bool", u"char", u"f32", u"f64", u"i8", u"i16", u"i32", u"i64", u"i128",
                   u"isize", u"str", u"u8", u"u16", u"u32", u"u64", u"u128", u"usize" },
        .constants = { u"true", u"false", u"None", u"Some", u"Ok", u"Err" },
        .lineComment = u"//",
        .blockComments = true,
        .capitalizedTypes = true,
        .rustLifetimes = true,
        .quotes = u"\"'",
        .multilineQuotes = u"\"",
    };
    return spec;
}

const Spec &goSpec()
{
    static const Spec spec{
        .keywords
        = { u"break",  u"case",        u"chan", u"const",   u"continue", u"default", u"defer",
            u"else",   u"fallthrough", u"for",  u"func",    u"go",       u"goto",    u"if",
            u"import", u"interface",   u"map",  u"package", u"range",    u"return",  u"select",
            u"struct", u"switch",      u"type", u"var" },
        .types
        = { u"any",     u"bool", u"byte",  u"complex64", u"complex128", u"error",  u"float32",
            u"float64", u"int",  u"int8",  u"int16",     u"int32",      u"int64",  u"rune",
            u"string",  u"uint", u"uint8", u"uint16",    u"uint32",     u"uint64", u"uintptr" },
        .constants = { u"true", u"false", u"nil", u"iota" },
        .lineComment = u"//",
        .blockComments = true,
        .quotes = u"\"'`",
        .multilineQuotes = u"`", // raw strings
    };
    return spec;
}

const Spec &javaSpec()
{
    static const Spec spec{
        .keywords
        = { u"abstract",   u"assert",   u"break",      u"case",      u"catch",  u"class",
            u"const",      u"continue", u"default",    u"do",        u"else",   u"enum",
            u"extends",    u"final",    u"finally",    u"for",       u"goto",   u"if",
            u"implements", u"import",   u"instanceof", u"interface", u"native", u"new",
            u"package",    u"private",  u"protected",  u"public",    u"record", u"return",
            u"sealed",     u"static",   u"strictfp",   u"super",     u"switch", u"synchronized",
            u"this",       u"throw",    u"throws",     u"transient", u"try",    u"var",
            u"volatile",   u"while",    u"yield" },
        .types
        = { u"boolean", u"byte", u"char", u"double", u"float", u"int", u"long", u"short", u"void" },
        .constants = { u"true", u"false", u"null" },
        .lineComment = u"//",
        .blockComments = true,
        .annotations = true,
        .capitalizedTypes = true,
        .tripleQuotes = true, // text blocks
        .quotes = u"\"'",
    };
    return spec;
}

const Spec &sqlSpec()
{
    static const Spec spec{
        .keywords = WordList(
            { u"add",       u"all",        u"alter",      u"and",       u"as",          u"asc",
              u"begin",     u"between",    u"by",         u"case",      u"check",       u"column",
              u"commit",    u"constraint", u"create",     u"cross",     u"default",     u"delete",
              u"desc",      u"distinct",   u"drop",       u"else",      u"end",         u"exists",
              u"foreign",   u"from",       u"full",       u"group",     u"having",      u"if",
              u"in",        u"index",      u"inner",      u"insert",    u"into",        u"is",
              u"join",      u"key",        u"left",       u"like",      u"limit",       u"not",
              u"offset",    u"on",         u"or",         u"order",     u"outer",       u"over",
              u"partition", u"primary",    u"references", u"returning", u"right",       u"rollback",
              u"select",    u"set",        u"table",      u"then",      u"transaction", u"union",
              u"unique",    u"update",     u"values",     u"view",      u"when",        u"where",
              u"with" },
            Qt::CaseInsensitive),
        .types = WordList({ u"bigint", u"blob", u"boolean", u"char", u"date", u"decimal", u"double",
                            u"float", u"int", u"integer", u"json", u"numeric", u"real", u"serial",
                            u"smallint", u"text", u"timestamp", u"varchar" },
                          Qt::CaseInsensitive),
        .constants = WordList({ u"true", u"false", u"null" }, Qt::CaseInsensitive),
        .lineComment = u"--",
        .blockComments = true,
        .backslashEscapes = false, // SQL doubles the quote instead
        .quotes = u"'\"",
    };
    return spec;
}

// The values of YAML keys: quoted strings, numbers, booleans and nulls, comments.
const Spec &yamlScalars()
{
    static const Spec spec{
        .constants = { u"true", u"false", u"null", u"yes", u"no", u"on", u"off", u"True", u"False",
                       u"Null", u"Yes", u"No", u"TRUE", u"FALSE", u"NULL", u"~" },
        .hashComments = true,
        .quotes = u"\"'",
    };
    return spec;
}

const Spec *specFor(CodeHighlighter::Language language)
{
    using L = CodeHighlighter::Language;
    switch (language) {
    case L::C:
    case L::Cpp:
        return &cSpec();
    case L::Python:
        return &pythonSpec();
    case L::JavaScript:
        return &javaScriptSpec(false);
    case L::TypeScript:
        return &javaScriptSpec(true);
    case L::Json:
        return &jsonSpec();
    case L::Bash:
        return &bashSpec();
    case L::Rust:
        return &rustSpec();
    case L::Go:
        return &goSpec();
    case L::Java:
        return &javaSpec();
    case L::Sql:
        return &sqlSpec();
    case L::Yaml:
    case L::Html:
    case L::Xml:
    case L::None:
        break;
    }
    return nullptr;
}

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == u'_';
}

bool isIdentifierPart(QChar c)
{
    return c.isLetterOrNumber() || c == u'_';
}

using Kind = CodeHighlighter::Kind;
using Span = CodeHighlighter::Span;

void add(QList<Span> &spans, qsizetype start, qsizetype end, Kind kind)
{
    if (end > start)
        spans.append({ int(start), int(end - start), kind });
}

// The end (exclusive) of a number starting at `i`: digits, hex, separators, exponent, suffix.
qsizetype numberEnd(QStringView line, qsizetype i)
{
    const bool hex = line.sliced(i).startsWith(u"0x", Qt::CaseInsensitive);
    qsizetype j = hex ? i + 2 : i;
    while (j < line.size()) {
        const QChar c = line.at(j);
        if (isIdentifierPart(c)) {
            ++j;
            if (!hex && (c == u'e' || c == u'E') && j < line.size()
                && (line.at(j) == u'+' || line.at(j) == u'-'))
                ++j;
        } else if (c == u'.' && j + 1 < line.size() && line.at(j + 1).isDigit()) {
            ++j;
        } else {
            break;
        }
    }
    return j;
}

// The end (exclusive) of a string whose body starts at `from`, or -1 when the line ends first.
qsizetype stringEnd(QStringView line, qsizetype from, QChar quote, bool triple, bool escapes)
{
    for (qsizetype j = from; j < line.size(); ++j) {
        const QChar c = line.at(j);
        if (escapes && c == u'\\') {
            ++j;
            continue;
        }
        if (c != quote)
            continue;
        if (!triple)
            return j + 1;
        if (j + 2 < line.size() && line.at(j + 1) == quote && line.at(j + 2) == quote)
            return j + 3;
    }
    return -1;
}

QList<Span> lexGeneric(const Spec &spec, QStringView line, int &state)
{
    QList<Span> spans;
    const qsizetype n = line.size();
    qsizetype i = 0;

    if (state == InBlockComment) {
        const qsizetype end = line.indexOf(u"*/");
        if (end < 0) {
            add(spans, 0, n, Kind::Comment);
            return spans;
        }
        add(spans, 0, end + 2, Kind::Comment);
        i = end + 2;
        state = Normal;
    } else if (state & StringFlag) {
        const QChar quote(char16_t(state & 0xffff));
        const bool triple = state & TripleFlag;
        const qsizetype end = stringEnd(line, 0, quote, triple, spec.backslashEscapes);
        if (end < 0) {
            add(spans, 0, n, Kind::String);
            return spans;
        }
        add(spans, 0, end, Kind::String);
        i = end;
        state = Normal;
    }

    const qsizetype firstNonSpace = [&] {
        qsizetype k = 0;
        while (k < n && line.at(k).isSpace())
            ++k;
        return k;
    }();

    while (i < n) {
        const QChar c = line.at(i);
        if (c.isSpace()) {
            ++i;
            continue;
        }
        const QStringView rest = line.sliced(i);
        if (spec.blockComments && rest.startsWith(u"/*")) {
            const qsizetype end = line.indexOf(u"*/", i + 2);
            if (end < 0) {
                add(spans, i, n, Kind::Comment);
                state = InBlockComment;
                break;
            }
            add(spans, i, end + 2, Kind::Comment);
            i = end + 2;
            continue;
        }
        if (!spec.lineComment.isEmpty() && rest.startsWith(spec.lineComment)) {
            add(spans, i, n, Kind::Comment);
            break;
        }
        if (c == u'#' && spec.preprocessor && i == firstNonSpace) {
            add(spans, i, n, Kind::Preprocessor);
            break;
        }
        if (c == u'#' && spec.hashComments && (i == 0 || line.at(i - 1).isSpace())) {
            add(spans, i, n, Kind::Comment);
            break;
        }
        if (c == u'@' && spec.annotations && i + 1 < n && isIdentifierStart(line.at(i + 1))) {
            qsizetype j = i + 1;
            while (j < n && (isIdentifierPart(line.at(j)) || line.at(j) == u'.'))
                ++j;
            add(spans, i, j, Kind::Preprocessor);
            i = j;
            continue;
        }
        if (c == u'$' && spec.shellVariables && i + 1 < n) {
            qsizetype j = i + 1;
            if (line.at(j) == u'{') {
                const qsizetype close = line.indexOf(u'}', j);
                j = close < 0 ? n : close + 1;
            } else if (isIdentifierStart(line.at(j))) {
                while (j < n && isIdentifierPart(line.at(j)))
                    ++j;
            } else if (line.at(j).isDigit() || QStringView(u"@#?*!$-").contains(line.at(j))) {
                ++j;
            }
            if (j > i + 1) {
                add(spans, i, j, Kind::Attribute);
                i = j;
                continue;
            }
        }
        if (spec.quotes.contains(c)) {
            // Rust's lifetimes ('a, 'static) look like an unclosed character literal.
            if (spec.rustLifetimes && c == u'\'' && i + 2 < n && isIdentifierStart(line.at(i + 1))
                && line.at(i + 2) != u'\'') {
                qsizetype j = i + 1;
                while (j < n && isIdentifierPart(line.at(j)))
                    ++j;
                add(spans, i, j, Kind::Type);
                i = j;
                continue;
            }
            const bool triple
                = spec.tripleQuotes && rest.size() >= 3 && rest.at(1) == c && rest.at(2) == c;
            const qsizetype end
                = stringEnd(line, i + (triple ? 3 : 1), c, triple, spec.backslashEscapes);
            if (end < 0) {
                add(spans, i, n, Kind::String);
                if (triple || spec.multilineQuotes.contains(c))
                    state = StringFlag | (triple ? TripleFlag : 0) | c.unicode();
                break;
            }
            Kind kind = Kind::String;
            if (spec.jsonKeys) {
                qsizetype k = end;
                while (k < n && line.at(k).isSpace())
                    ++k;
                if (k < n && line.at(k) == u':')
                    kind = Kind::Attribute;
            }
            add(spans, i, end, kind);
            i = end;
            continue;
        }
        if (c.isDigit() || (c == u'.' && i + 1 < n && line.at(i + 1).isDigit())) {
            const qsizetype end = numberEnd(line, i);
            add(spans, i, end, Kind::Number);
            i = end;
            continue;
        }
        if (isIdentifierStart(c) || (c == u'$' && !spec.shellVariables)) {
            qsizetype j = i + 1;
            while (j < n && (isIdentifierPart(line.at(j)) || line.at(j) == u'$'))
                ++j;
            const QStringView word = line.sliced(i, j - i);
            if (spec.keywords.contains(word))
                add(spans, i, j, Kind::Keyword);
            else if (spec.types.contains(word))
                add(spans, i, j, Kind::Type);
            else if (spec.constants.contains(word))
                add(spans, i, j, Kind::Number);
            else if (spec.capitalizedTypes && word.front().isUpper() && word.size() > 1
                     && std::any_of(word.begin(), word.end(),
                                    [](QChar ch) { return ch.isLower(); }))
                add(spans, i, j, Kind::Type);
            i = j;
            continue;
        }
        ++i;
    }
    return spans;
}

// HTML and XML: tags, attributes, attribute values, comments, entities.
QList<Span> lexMarkup(QStringView line, int &state)
{
    QList<Span> spans;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n) {
        if (state == InMarkupComment) {
            const qsizetype end = line.indexOf(u"-->", i);
            if (end < 0) {
                add(spans, i, n, Kind::Comment);
                return spans;
            }
            add(spans, i, end + 3, Kind::Comment);
            i = end + 3;
            state = Normal;
            continue;
        }
        if (state & StringFlag) { // an attribute value spanning lines, inside a tag
            const qsizetype end = stringEnd(line, i, QChar(char16_t(state & 0xffff)), false, false);
            if (end < 0) {
                add(spans, i, n, Kind::String);
                return spans;
            }
            add(spans, i, end, Kind::String);
            i = end;
            state = InTag;
            continue;
        }
        if (state == InTag) {
            const QChar c = line.at(i);
            if (c.isSpace()) {
                ++i;
            } else if (c == u'>' || (c == u'/' && i + 1 < n && line.at(i + 1) == u'>')
                       || (c == u'?' && i + 1 < n && line.at(i + 1) == u'>')) {
                const qsizetype end = c == u'>' ? i + 1 : i + 2;
                add(spans, i, end, Kind::Tag);
                i = end;
                state = Normal;
            } else if (c == u'"' || c == u'\'') {
                const qsizetype end = stringEnd(line, i + 1, c, false, false);
                if (end < 0) {
                    add(spans, i, n, Kind::String);
                    state = StringFlag | c.unicode();
                    return spans;
                }
                add(spans, i, end, Kind::String);
                i = end;
            } else if (c == u'=') {
                ++i;
            } else {
                qsizetype j = i;
                while (j < n && !line.at(j).isSpace() && line.at(j) != u'=' && line.at(j) != u'>'
                       && line.at(j) != u'/' && line.at(j) != u'"' && line.at(j) != u'\'')
                    ++j;
                if (j == i)
                    ++j;
                add(spans, i, j, Kind::Attribute);
                i = j;
            }
            continue;
        }
        const QStringView rest = line.sliced(i);
        if (rest.startsWith(u"<!--")) {
            state = InMarkupComment;
            const qsizetype end = line.indexOf(u"-->", i + 4);
            if (end < 0) {
                add(spans, i, n, Kind::Comment);
                return spans;
            }
            add(spans, i, end + 3, Kind::Comment);
            i = end + 3;
            state = Normal;
            continue;
        }
        if (rest.startsWith(u"<![CDATA[")) {
            const qsizetype end = line.indexOf(u"]]>", i);
            add(spans, i, i + 9, Kind::Tag);
            if (end >= 0)
                add(spans, end, end + 3, Kind::Tag);
            i = end < 0 ? n : end + 3;
            continue;
        }
        if (rest.size() >= 2 && rest.at(0) == u'<'
            && (isIdentifierStart(rest.at(1)) || rest.at(1) == u'/' || rest.at(1) == u'!'
                || rest.at(1) == u'?')) {
            qsizetype j = i + 2;
            while (j < n
                   && (isIdentifierPart(line.at(j)) || line.at(j) == u'-' || line.at(j) == u':'
                       || line.at(j) == u'.'))
                ++j;
            add(spans, i, j, Kind::Tag);
            i = j;
            state = InTag;
            continue;
        }
        if (rest.startsWith(u'&')) {
            const qsizetype end = line.indexOf(u';', i);
            if (end > i && end - i <= 10) {
                add(spans, i, end + 1, Kind::Number);
                i = end + 1;
                continue;
            }
        }
        ++i;
    }
    return spans;
}

// YAML: keys, comments, quoted strings, scalars such as numbers and booleans, anchors, tags.
QList<Span> lexYaml(QStringView line, int &state)
{
    state = Normal;
    QList<Span> spans;
    const qsizetype n = line.size();
    qsizetype i = 0;
    while (i < n && line.at(i).isSpace())
        ++i;
    if (line.sliced(i).startsWith(u"---") || line.sliced(i).startsWith(u"...")) {
        add(spans, i, i + 3, Kind::Preprocessor);
        i += 3;
    }
    while (i + 1 < n && line.at(i) == u'-' && line.at(i + 1).isSpace()) {
        i += 2;
        while (i < n && line.at(i).isSpace())
            ++i;
    }
    // A key is everything up to the first ": " (or a final ':') outside quotes.
    if (i < n && line.at(i) != u'#') {
        qsizetype j = i;
        const QChar quote = line.at(i);
        if (quote == u'"' || quote == u'\'') {
            const qsizetype end = stringEnd(line, i + 1, quote, false, quote == u'"');
            j = end < 0 ? n : end;
        } else {
            while (j < n && line.at(j) != u':' && line.at(j) != u'#')
                ++j;
        }
        if (j < n && line.at(j) == u':' && (j + 1 == n || line.at(j + 1).isSpace())) {
            add(spans, i, j, Kind::Attribute);
            i = j + 1;
        }
    }

    qsizetype start = i;
    while (start < n && line.at(start).isSpace())
        ++start;
    // Anchors (&a), aliases (*a) and tags (!!str) before the value.
    if (start < n && QStringView(u"&*!").contains(line.at(start))) {
        i = start;
        while (i < n && !line.at(i).isSpace())
            ++i;
        add(spans, start, i, Kind::Type);
    }
    int ignored = Normal;
    for (Span span : lexGeneric(yamlScalars(), line.sliced(i), ignored)) {
        span.start += int(i);
        spans.append(span);
    }
    return spans;
}

struct Palette
{
    const char *keyword, *type, *string, *number, *comment, *preprocessor, *tag, *attribute;
};

// Hand-tuned for contrast on their background (about 4.5:1 or better), after GitHub's themes.
constexpr Palette LightColors{ "#cf222e", "#8250df", "#0a3069", "#0550ae",
                               "#57606a", "#953800", "#116329", "#0550ae" };
constexpr Palette DarkColors{ "#ff7b72", "#d2a8ff", "#a5d6ff", "#79c0ff",
                              "#8b949e", "#ffa657", "#7ee787", "#79c0ff" };

} // namespace

CodeHighlighter::CodeHighlighter(const QPalette &palette)
{
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    // The code sits on the base colour (inside a bubble), so that is what the colours must
    // contrast with, whatever the window colour is.
    m_dark = StatePalette::isDark(base);
    constexpr qreal tint = 0.07;
    m_panel = QColor::fromRgbF(base.redF() * (1 - tint) + text.redF() * tint,
                               base.greenF() * (1 - tint) + text.greenF() * tint,
                               base.blueF() * (1 - tint) + text.blueF() * tint);
    const Palette &colors = m_dark ? DarkColors : LightColors;
    const std::array<const char *, KindCount> names{ colors.keyword, colors.type,
                                                     colors.string,  colors.number,
                                                     colors.comment, colors.preprocessor,
                                                     colors.tag,     colors.attribute };
    for (int k = 0; k < KindCount; ++k)
        m_formats[k].setForeground(QColor(QLatin1StringView(names[k])));
    m_formats[int(Kind::Comment)].setFontItalic(true);
}

CodeHighlighter::Language CodeHighlighter::languageFor(QStringView info)
{
    QStringView word = info.trimmed();
    while (!word.isEmpty() && (word.front() == u'{' || word.front() == u'.'))
        word = word.sliced(1);
    qsizetype end = 0;
    while (end < word.size() && !word.at(end).isSpace() && word.at(end) != u'}'
           && word.at(end) != u',')
        ++end;
    const QString name = word.first(end).toString().toLower();

    static const QHash<QString, Language> names{
        { u"c"_s, Language::C },
        { u"h"_s, Language::C },
        { u"cpp"_s, Language::Cpp },
        { u"c++"_s, Language::Cpp },
        { u"cxx"_s, Language::Cpp },
        { u"cc"_s, Language::Cpp },
        { u"hpp"_s, Language::Cpp },
        { u"hxx"_s, Language::Cpp },
        { u"python"_s, Language::Python },
        { u"py"_s, Language::Python },
        { u"python3"_s, Language::Python },
        { u"py3"_s, Language::Python },
        { u"javascript"_s, Language::JavaScript },
        { u"js"_s, Language::JavaScript },
        { u"jsx"_s, Language::JavaScript },
        { u"mjs"_s, Language::JavaScript },
        { u"cjs"_s, Language::JavaScript },
        { u"node"_s, Language::JavaScript },
        { u"typescript"_s, Language::TypeScript },
        { u"ts"_s, Language::TypeScript },
        { u"tsx"_s, Language::TypeScript },
        { u"json"_s, Language::Json },
        { u"jsonc"_s, Language::Json },
        { u"json5"_s, Language::Json },
        { u"jsonl"_s, Language::Json },
        { u"bash"_s, Language::Bash },
        { u"sh"_s, Language::Bash },
        { u"shell"_s, Language::Bash },
        { u"zsh"_s, Language::Bash },
        { u"ksh"_s, Language::Bash },
        { u"console"_s, Language::Bash },
        { u"shellscript"_s, Language::Bash },
        { u"rust"_s, Language::Rust },
        { u"rs"_s, Language::Rust },
        { u"go"_s, Language::Go },
        { u"golang"_s, Language::Go },
        { u"java"_s, Language::Java },
        { u"sql"_s, Language::Sql },
        { u"mysql"_s, Language::Sql },
        { u"postgresql"_s, Language::Sql },
        { u"postgres"_s, Language::Sql },
        { u"psql"_s, Language::Sql },
        { u"sqlite"_s, Language::Sql },
        { u"plsql"_s, Language::Sql },
        { u"yaml"_s, Language::Yaml },
        { u"yml"_s, Language::Yaml },
        { u"html"_s, Language::Html },
        { u"htm"_s, Language::Html },
        { u"xhtml"_s, Language::Html },
        { u"xml"_s, Language::Xml },
        { u"svg"_s, Language::Xml },
        { u"xsl"_s, Language::Xml },
        { u"xslt"_s, Language::Xml },
        { u"plist"_s, Language::Xml },
        { u"xaml"_s, Language::Xml },
    };
    return names.value(name, Language::None);
}

QList<CodeHighlighter::Span> CodeHighlighter::highlightLine(Language language, QStringView line,
                                                            int &state)
{
    switch (language) {
    case Language::None:
        state = Normal;
        return {};
    case Language::Html:
    case Language::Xml:
        return lexMarkup(line, state);
    case Language::Yaml:
        return lexYaml(line, state);
    default:
        break;
    }
    return lexGeneric(*specFor(language), line, state);
}

bool CodeHighlighter::isCodeLine(const QTextBlock &block)
{
    // Fenced blocks are non-breaking; indented ones only carry the (empty) language.
    if (!block.isValid())
        return false;
    const QTextBlockFormat format = block.blockFormat();
    return format.nonBreakableLines() || format.hasProperty(QTextFormat::BlockCodeLanguage);
}

namespace {
// The importer leaves no gap between two code blocks: lines belong to the same block when they
// share language and indentation (two blocks of one language in a row read as one).
bool sameCodeBlock(const QTextBlock &a, const QTextBlock &b)
{
    if (!CodeHighlighter::isCodeLine(a) || !CodeHighlighter::isCodeLine(b))
        return false;
    const QTextBlockFormat fa = a.blockFormat();
    const QTextBlockFormat fb = b.blockFormat();
    return fa.stringProperty(QTextFormat::BlockCodeLanguage)
        == fb.stringProperty(QTextFormat::BlockCodeLanguage)
        && fa.indent() == fb.indent() && fa.leftMargin() == fb.leftMargin()
        && a.textList() == b.textList();
}
} // namespace

CodeHighlighter::Block CodeHighlighter::codeBlockAt(const QTextBlock &block)
{
    if (!isCodeLine(block))
        return {};
    QTextBlock first = block;
    while (sameCodeBlock(first.previous(), first))
        first = first.previous();
    QTextBlock last = block;
    while (sameCodeBlock(last, last.next()))
        last = last.next();
    return { first.blockNumber(), last.blockNumber(),
             first.blockFormat().stringProperty(QTextFormat::BlockCodeLanguage) };
}

QList<CodeHighlighter::Block> CodeHighlighter::codeBlocks(const QTextDocument *document)
{
    QList<Block> blocks;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isCodeLine(block))
            continue;
        blocks.append(codeBlockAt(block));
        block = document->findBlockByNumber(blocks.constLast().lastBlock);
    }
    return blocks;
}

QString CodeHighlighter::Block::text(const QTextDocument *document) const
{
    // A reply's document may hold break points for the layout: the copy is the code as sent.
    const auto *reply = qobject_cast<const ReplyDocument *>(document);
    QStringList lines;
    for (QTextBlock block = document->findBlockByNumber(firstBlock);
         block.isValid() && block.blockNumber() <= lastBlock; block = block.next())
        lines.append(reply ? reply->blockText(block) : block.text());
    return lines.join(u'\n');
}

void CodeHighlighter::highlight(QTextDocument *document) const
{
    QTextBlockFormat panel;
    panel.setBackground(m_panel);
    QList<QTextLayout::FormatRange> ranges;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (!isCodeLine(block))
            continue;
        const Block code = codeBlockAt(block);
        // One format change for the whole block: a change per line costs as much as the lexing.
        QTextCursor cursor(block);
        cursor.setPosition(document->findBlockByNumber(code.lastBlock).position(),
                           QTextCursor::KeepAnchor);
        cursor.mergeBlockFormat(panel);

        const Language language = languageFor(code.language);
        int state = Normal;
        for (;; block = block.next()) {
            const QList<Span> spans = highlightLine(language, block.text(), state);
            if (!spans.isEmpty()) {
                ranges.clear();
                ranges.reserve(spans.size());
                for (const Span &span : spans)
                    ranges.append({ span.start, span.length, m_formats.at(int(span.kind)) });
                block.layout()->setFormats(ranges);
            }
            if (block.blockNumber() >= code.lastBlock)
                break;
        }
    }
}
