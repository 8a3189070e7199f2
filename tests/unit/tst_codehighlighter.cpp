// The code block highlighter: each language's keywords, strings, comments and numbers, state
// carried across lines, fence names, the two colour sets and a document built from markdown.
#include "codehighlighter.h"

#include <QGuiApplication>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

#include <optional>

using namespace Qt::StringLiterals;

using Language = CodeHighlighter::Language;
using Kind = CodeHighlighter::Kind;

Q_DECLARE_METATYPE(CodeHighlighter::Language)
Q_DECLARE_METATYPE(CodeHighlighter::Kind)

namespace {

// The kind of the span that covers exactly `token` (its first occurrence in `line`).
std::optional<Kind> kindOf(const QList<CodeHighlighter::Span> &spans, const QString &line,
                           const QString &token)
{
    const qsizetype at = line.indexOf(token);
    for (const auto &span : spans) {
        if (span.start == at && span.length == token.size())
            return span.kind;
    }
    return std::nullopt;
}

// The kind of whatever span covers a character, if any.
std::optional<Kind> kindAt(const QList<CodeHighlighter::Span> &spans, qsizetype at)
{
    for (const auto &span : spans) {
        if (at >= span.start && at < span.start + span.length)
            return span.kind;
    }
    return std::nullopt;
}

double luminance(const QColor &c)
{
    const auto channel
        = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QPalette darkPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    p.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    p.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    p.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    return p;
}

QPalette lightPalette()
{
    QPalette p;
    p.setColor(QPalette::Window, QColor(0xef, 0xef, 0xef));
    p.setColor(QPalette::WindowText, Qt::black);
    p.setColor(QPalette::Base, Qt::white);
    p.setColor(QPalette::Text, Qt::black);
    return p;
}

} // namespace

class TestCodeHighlighter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokens_data();
    void tokens();
    void notHighlighted_data();
    void notHighlighted();
    void stateAcrossLines_data();
    void stateAcrossLines();
    void languageFor_data();
    void languageFor();
    void colourSetsFollowThePalette();
    void coloursAreReadable_data();
    void coloursAreReadable();
    void highlightsMarkdownDocument();
    void codeBlocksKeepExactText();
};

void TestCodeHighlighter::tokens_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("token");
    QTest::addColumn<Kind>("kind");

    const auto row
        = [](const char *name, Language language, const QString &line, const QString &token,
             Kind kind) { QTest::newRow(name) << language << line << token << kind; };
    const QString c = u"int main(void) { return 0x1F; } // done"_s;
    row("c keyword", Language::C, c, u"return"_s, Kind::Keyword);
    row("c type", Language::C, c, u"int"_s, Kind::Type);
    row("c number", Language::C, c, u"0x1F"_s, Kind::Number);
    row("c comment", Language::C, c, u"// done"_s, Kind::Comment);
    row("c preprocessor", Language::C, u"#include <stdio.h>"_s, u"#include <stdio.h>"_s,
        Kind::Preprocessor);
    row("c string", Language::C, u"printf(\"%d\\n\", n);"_s, u"\"%d\\n\""_s, Kind::String);
    const QString cpp = u"auto p = std::make_unique<Widget>(nullptr, 1.5e-3);"_s;
    row("cpp keyword", Language::Cpp, cpp, u"auto"_s, Kind::Keyword);
    row("cpp constant", Language::Cpp, cpp, u"nullptr"_s, Kind::Number);
    row("cpp class name", Language::Cpp, cpp, u"Widget"_s, Kind::Type);
    row("cpp exponent", Language::Cpp, cpp, u"1.5e-3"_s, Kind::Number);
    row("cpp char", Language::Cpp, u"char c = 'x';"_s, u"'x'"_s, Kind::String);

    const QString py = u"def area(r):  # circle"_s;
    row("python keyword", Language::Python, py, u"def"_s, Kind::Keyword);
    row("python comment", Language::Python, py, u"# circle"_s, Kind::Comment);
    const QString py2 = u"return \"big\" if r > 10 else 'small'"_s;
    row("python return", Language::Python, py2, u"return"_s, Kind::Keyword);
    row("python double quotes", Language::Python, py2, u"\"big\""_s, Kind::String);
    row("python single quotes", Language::Python, py2, u"'small'"_s, Kind::String);
    row("python number", Language::Python, py2, u"10"_s, Kind::Number);
    row("python constant", Language::Python, u"x = None"_s, u"None"_s, Kind::Number);
    row("python decorator", Language::Python, u"@dataclass"_s, u"@dataclass"_s, Kind::Preprocessor);

    const QString js = u"const total = items.reduce((a, b) => a + b, 0); // sum"_s;
    row("js keyword", Language::JavaScript, js, u"const"_s, Kind::Keyword);
    row("js number", Language::JavaScript, js, u"0"_s, Kind::Number);
    row("js comment", Language::JavaScript, js, u"// sum"_s, Kind::Comment);
    row("js template", Language::JavaScript, u"let s = `hi ${name}`;"_s, u"`hi ${name}`"_s,
        Kind::String);
    row("js block comment", Language::JavaScript, u"f(/* why */ 1)"_s, u"/* why */"_s,
        Kind::Comment);
    const QString ts = u"interface Point { x: number; label?: string }"_s;
    row("ts keyword", Language::TypeScript, ts, u"interface"_s, Kind::Keyword);
    row("ts type", Language::TypeScript, ts, u"number"_s, Kind::Type);

    const QString json = u"{\"name\": \"Sift\", \"count\": -12.5, \"ok\": true, \"x\": null}"_s;
    row("json key", Language::Json, json, u"\"name\""_s, Kind::Attribute);
    row("json string", Language::Json, json, u"\"Sift\""_s, Kind::String);
    row("json number", Language::Json, json, u"12.5"_s, Kind::Number);
    row("json true", Language::Json, json, u"true"_s, Kind::Number);
    row("json null", Language::Json, json, u"null"_s, Kind::Number);

    const QString sh = u"if [ -f \"$HOME/.rc\" ]; then echo $USER; fi # done"_s;
    row("bash keyword", Language::Bash, sh, u"if"_s, Kind::Keyword);
    row("bash then", Language::Bash, sh, u"then"_s, Kind::Keyword);
    row("bash builtin", Language::Bash, sh, u"echo"_s, Kind::Type);
    row("bash string", Language::Bash, sh, u"\"$HOME/.rc\""_s, Kind::String);
    row("bash variable", Language::Bash, sh, u"$USER"_s, Kind::Attribute);
    row("bash comment", Language::Bash, sh, u"# done"_s, Kind::Comment);
    row("bash braces", Language::Bash, u"echo ${#list[@]}"_s, u"${#list[@]}"_s, Kind::Attribute);

    const QString rust = u"fn main() { let mut v: Vec<i32> = Vec::new(); }"_s;
    row("rust fn", Language::Rust, rust, u"fn"_s, Kind::Keyword);
    row("rust mut", Language::Rust, rust, u"mut"_s, Kind::Keyword);
    row("rust primitive", Language::Rust, rust, u"i32"_s, Kind::Type);
    row("rust type", Language::Rust, rust, u"Vec"_s, Kind::Type);
    const QString lifetime = u"fn first<'a>(s: &'a str) -> &'a str { \"x\" }"_s;
    row("rust lifetime", Language::Rust, lifetime, u"'a"_s, Kind::Type);
    row("rust string after lifetimes", Language::Rust, lifetime, u"\"x\""_s, Kind::String);

    const QString go = u"func main() { fmt.Println(\"hi\", nil) }"_s;
    row("go keyword", Language::Go, go, u"func"_s, Kind::Keyword);
    row("go string", Language::Go, go, u"\"hi\""_s, Kind::String);
    row("go nil", Language::Go, go, u"nil"_s, Kind::Number);
    row("go type", Language::Go, u"var n int64 = 3"_s, u"int64"_s, Kind::Type);

    const QString java = u"public static void main(String[] args) { // entry"_s;
    row("java keyword", Language::Java, java, u"public"_s, Kind::Keyword);
    row("java void", Language::Java, java, u"void"_s, Kind::Type);
    row("java class", Language::Java, java, u"String"_s, Kind::Type);
    row("java comment", Language::Java, java, u"// entry"_s, Kind::Comment);
    row("java annotation", Language::Java, u"@Override"_s, u"@Override"_s, Kind::Preprocessor);

    const QString sql = u"SELECT name FROM users WHERE id = 42 AND note = 'it''s'; -- one"_s;
    row("sql select", Language::Sql, sql, u"SELECT"_s, Kind::Keyword);
    row("sql where", Language::Sql, sql, u"WHERE"_s, Kind::Keyword);
    row("sql number", Language::Sql, sql, u"42"_s, Kind::Number);
    row("sql comment", Language::Sql, sql, u"-- one"_s, Kind::Comment);
    row("sql lower case", Language::Sql, u"select * from t"_s, u"from"_s, Kind::Keyword);
    row("sql string", Language::Sql, u"x = 'a'"_s, u"'a'"_s, Kind::String);

    row("yaml key", Language::Yaml, u"name: sift  # app"_s, u"name"_s, Kind::Attribute);
    row("yaml comment", Language::Yaml, u"name: sift  # app"_s, u"# app"_s, Kind::Comment);
    row("yaml boolean", Language::Yaml, u"enabled: true"_s, u"true"_s, Kind::Number);
    row("yaml list key", Language::Yaml, u"  - port: 8080"_s, u"port"_s, Kind::Attribute);
    row("yaml number", Language::Yaml, u"  - port: 8080"_s, u"8080"_s, Kind::Number);
    row("yaml string", Language::Yaml, u"title: \"a: b\""_s, u"\"a: b\""_s, Kind::String);
    row("yaml anchor", Language::Yaml, u"base: &defaults"_s, u"&defaults"_s, Kind::Type);

    const QString html = u"<a href=\"/x\" class='y'>Tom &amp; Jerry</a>"_s;
    row("html tag", Language::Html, html, u"<a"_s, Kind::Tag);
    row("html attribute", Language::Html, html, u"href"_s, Kind::Attribute);
    row("html value", Language::Html, html, u"\"/x\""_s, Kind::String);
    row("html single-quoted value", Language::Html, html, u"'y'"_s, Kind::String);
    row("html entity", Language::Html, html, u"&amp;"_s, Kind::Number);
    row("html closing tag", Language::Html, html, u"</a"_s, Kind::Tag);
    row("html comment", Language::Html, u"<p><!-- note --></p>"_s, u"<!-- note -->"_s,
        Kind::Comment);
    row("xml declaration", Language::Xml, u"<?xml version=\"1.0\"?>"_s, u"<?xml"_s, Kind::Tag);
    row("xml attribute", Language::Xml, u"<?xml version=\"1.0\"?>"_s, u"version"_s,
        Kind::Attribute);
    row("xml namespaced tag", Language::Xml, u"<svg:rect width=\"2\"/>"_s, u"<svg:rect"_s,
        Kind::Tag);
}

void TestCodeHighlighter::tokens()
{
    QFETCH(Language, language);
    QFETCH(QString, line);
    QFETCH(QString, token);
    QFETCH(Kind, kind);

    int state = 0;
    const auto spans = CodeHighlighter::highlightLine(language, line, state);
    const auto found = kindOf(spans, line, token);
    QVERIFY2(found.has_value(), qPrintable(u"no span covers exactly '%1'"_s.arg(token)));
    QCOMPARE(int(*found), int(kind));
    QCOMPARE(state, 0); // a complete line leaves nothing open
}

void TestCodeHighlighter::notHighlighted_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("plain"); // a part of the line that must stay plain

    QTest::newRow("unknown language") << Language::None << u"def f(): return 1"_s << u"return"_s;
    QTest::newRow("identifier containing a keyword")
        << Language::Python << u"returned = format_if(x)"_s << u"returned"_s;
    QTest::newRow("bash # inside a word") << Language::Bash << u"ls a#b"_s << u"#b"_s;
    QTest::newRow("bash $# is not a comment") << Language::Bash << u"echo $# args"_s << u"args"_s;
    QTest::newRow("digits inside a name") << Language::C << u"int x2 = y3;"_s << u"x2"_s;
    QTest::newRow("html text") << Language::Html << u"<b>bold words</b>"_s << u"bold"_s;
    QTest::newRow("yaml plain value") << Language::Yaml << u"name: sift"_s << u"sift"_s;
    QTest::newRow("c comment ends") << Language::C << u"/* a */ b"_s << u"b"_s;
}

void TestCodeHighlighter::notHighlighted()
{
    QFETCH(Language, language);
    QFETCH(QString, line);
    QFETCH(QString, plain);

    int state = 0;
    const auto spans = CodeHighlighter::highlightLine(language, line, state);
    const qsizetype at = line.lastIndexOf(plain);
    for (qsizetype i = at; i < at + plain.size(); ++i)
        QVERIFY2(!kindAt(spans, i).has_value(), qPrintable(u"offset %1 is coloured"_s.arg(i)));
}

void TestCodeHighlighter::stateAcrossLines_data()
{
    QTest::addColumn<Language>("language");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<int>("line");      // the line to look at
    QTest::addColumn<QString>("token"); // a token on it
    QTest::addColumn<Kind>("kind");     // what it must be, or…
    QTest::addColumn<bool>("plain");    // …that it must be plain

    const QStringList c{ u"x = 1; /* a long"_s, u"   comment int"_s, u"*/ int y;"_s };
    QTest::newRow("c comment continues")
        << Language::C << c << 1 << u"int"_s << Kind::Comment << false;
    QTest::newRow("c comment ends") << Language::C << c << 2 << u"int"_s << Kind::Type << false;
    const QStringList py{ u"doc = \"\"\"First"_s, u"if not a keyword here"_s,
                          u"end\"\"\" if x else y"_s };
    QTest::newRow("python triple quotes continue")
        << Language::Python << py << 1 << u"if"_s << Kind::String << false;
    QTest::newRow("python triple quotes end")
        << Language::Python << py << 2 << u"else"_s << Kind::Keyword << false;
    const QStringList js{ u"const s = `one"_s, u"two ${x}"_s, u"three`; let y;"_s };
    QTest::newRow("js template continues")
        << Language::JavaScript << js << 1 << u"two"_s << Kind::String << false;
    QTest::newRow("js template ends")
        << Language::JavaScript << js << 2 << u"let"_s << Kind::Keyword << false;
    const QStringList single{ u"s = \"unterminated"_s, u"x = 1"_s };
    QTest::newRow("python plain quotes stop at the line end")
        << Language::Python << single << 1 << u"1"_s << Kind::Number << false;
    const QStringList html{ u"<!-- start"_s, u"<b>not a tag</b>"_s, u"--> <i>"_s };
    QTest::newRow("html comment continues")
        << Language::Html << html << 1 << u"<b>not a tag</b>"_s << Kind::Comment << false;
    QTest::newRow("html comment ends")
        << Language::Html << html << 2 << u"<i"_s << Kind::Tag << false;
    const QStringList tag{ u"<a"_s, u"  href=\"/x\">link</a>"_s };
    QTest::newRow("html tag continues")
        << Language::Html << tag << 1 << u"href"_s << Kind::Attribute << false;
    QTest::newRow("html text after the tag")
        << Language::Html << tag << 1 << u"link"_s << Kind::Keyword << true;
}

void TestCodeHighlighter::stateAcrossLines()
{
    QFETCH(Language, language);
    QFETCH(QStringList, lines);
    QFETCH(int, line);
    QFETCH(QString, token);
    QFETCH(Kind, kind);
    QFETCH(bool, plain);

    int state = 0;
    QList<CodeHighlighter::Span> spans;
    for (int i = 0; i <= line; ++i)
        spans = CodeHighlighter::highlightLine(language, lines.at(i), state);
    const QString &text = lines.at(line);
    if (plain) {
        QVERIFY(!kindAt(spans, text.indexOf(token)).has_value());
        return;
    }
    const auto found = kindAt(spans, text.indexOf(token));
    QVERIFY2(found.has_value(), qPrintable(u"'%1' is plain"_s.arg(token)));
    QCOMPARE(int(*found), int(kind));
}

void TestCodeHighlighter::languageFor_data()
{
    QTest::addColumn<QString>("info");
    QTest::addColumn<Language>("language");

    QTest::newRow("python") << u"python"_s << Language::Python;
    QTest::newRow("py") << u"py"_s << Language::Python;
    QTest::newRow("upper case C++") << u"C++"_s << Language::Cpp;
    QTest::newRow("c") << u"c"_s << Language::C;
    QTest::newRow("attributes after the name") << u"js title=\"app.js\""_s << Language::JavaScript;
    QTest::newRow("pandoc braces") << u"{.rust}"_s << Language::Rust;
    QTest::newRow("ts") << u"ts"_s << Language::TypeScript;
    QTest::newRow("json") << u"json"_s << Language::Json;
    QTest::newRow("sh") << u"sh"_s << Language::Bash;
    QTest::newRow("shell") << u"shell"_s << Language::Bash;
    QTest::newRow("golang") << u"golang"_s << Language::Go;
    QTest::newRow("java") << u"java"_s << Language::Java;
    QTest::newRow("sql") << u"SQL"_s << Language::Sql;
    QTest::newRow("yml") << u"yml"_s << Language::Yaml;
    QTest::newRow("html") << u"html"_s << Language::Html;
    QTest::newRow("svg") << u"svg"_s << Language::Xml;
    QTest::newRow("unknown") << u"brainfuck"_s << Language::None;
    QTest::newRow("none") << QString() << Language::None;
}

void TestCodeHighlighter::languageFor()
{
    QFETCH(QString, info);
    QFETCH(Language, language);
    QCOMPARE(int(CodeHighlighter::languageFor(info)), int(language));
}

void TestCodeHighlighter::colourSetsFollowThePalette()
{
    const CodeHighlighter light(lightPalette());
    const CodeHighlighter dark(darkPalette());
    QVERIFY(!light.isDark());
    QVERIFY(dark.isDark());
    QVERIFY(light.format(Kind::Keyword).foreground().color()
            != dark.format(Kind::Keyword).foreground().color());
    // The panel is a tint of the palette's own base, not a fixed grey.
    QVERIFY(light.panelColor().lightness() > 200);
    QVERIFY(dark.panelColor().lightness() < 60);
    QVERIFY(light.format(Kind::Comment).fontItalic());
}

void TestCodeHighlighter::coloursAreReadable_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

void TestCodeHighlighter::coloursAreReadable()
{
    QFETCH(bool, dark);
    const CodeHighlighter highlighter(dark ? darkPalette() : lightPalette());
    for (int k = 0; k < CodeHighlighter::KindCount; ++k) {
        const QColor color = highlighter.format(Kind(k)).foreground().color();
        const double ratio = contrast(color, highlighter.panelColor());
        QVERIFY2(ratio >= 4.0, qPrintable(u"kind %1: contrast %2"_s.arg(k).arg(ratio)));
    }
}

void TestCodeHighlighter::highlightsMarkdownDocument()
{
    QTextDocument doc;
    doc.setMarkdown(u"Some *prose* with def in it.\n\n```python\ndef f():\n    return 1\n```\n\n"
                    "```\ndef plain():\n```\n"_s);
    const CodeHighlighter highlighter(lightPalette());
    highlighter.highlight(&doc);

    const QColor keyword = highlighter.format(Kind::Keyword).foreground().color();
    const auto formatsOf = [&](const QString &text) {
        for (QTextBlock b = doc.begin(); b.isValid(); b = b.next()) {
            if (b.text() == text)
                return std::make_pair(b, b.layout()->formats());
        }
        return std::make_pair(QTextBlock(), QList<QTextLayout::FormatRange>());
    };

    const auto [defBlock, defFormats] = formatsOf(u"def f():"_s);
    QVERIFY(defBlock.isValid());
    QVERIFY(!defFormats.isEmpty());
    QCOMPARE(defFormats.first().start, 0);
    QCOMPARE(defFormats.first().length, 3);
    QCOMPARE(defFormats.first().format.foreground().color(), keyword);
    QCOMPARE(defBlock.blockFormat().background().color(), highlighter.panelColor());

    // A block without a language is plain monospace on the same panel.
    const auto [plainBlock, plainFormats] = formatsOf(u"def plain():"_s);
    QVERIFY(plainBlock.isValid());
    QVERIFY(plainFormats.isEmpty());
    QCOMPARE(plainBlock.blockFormat().background().color(), highlighter.panelColor());
    const QTextCharFormat plainText = plainBlock.begin().fragment().charFormat();
    QVERIFY(plainText.fontFixedPitch()
            || plainText.fontFamilies().toStringList().contains(u"monospace"_s));

    // Prose is left alone.
    const auto [prose, proseFormats] = formatsOf(u"Some prose with def in it."_s);
    QVERIFY(prose.isValid());
    QVERIFY(proseFormats.isEmpty());
    QVERIFY(prose.blockFormat().background().style() == Qt::NoBrush);
}

void TestCodeHighlighter::codeBlocksKeepExactText()
{
    QTextDocument doc;
    const QString code = u"def f(x):\n\n    if x:\n        return \"a  b\"\n    return None"_s;
    doc.setMarkdown(u"Intro.\n\n```python\n"_s + code
                    + u"\n```\n\nMiddle.\n\n```sh\nls -la\n```\n"_s);
    const auto blocks = CodeHighlighter::codeBlocks(&doc);
    QCOMPARE(blocks.size(), 2);
    QCOMPARE(blocks.at(0).language, u"python"_s);
    QCOMPARE(blocks.at(0).text(&doc), code);
    QCOMPARE(blocks.at(1).language, u"sh"_s);
    QCOMPARE(blocks.at(1).text(&doc), u"ls -la"_s);
    // Any line of a block finds the whole block.
    const QTextBlock inner = doc.findBlockByNumber(blocks.at(0).firstBlock + 2);
    QCOMPARE(CodeHighlighter::codeBlockAt(inner).firstBlock, blocks.at(0).firstBlock);
    QCOMPARE(CodeHighlighter::codeBlockAt(inner).lastBlock, blocks.at(0).lastBlock);
    QCOMPARE(CodeHighlighter::codeBlockAt(doc.begin()).firstBlock, -1);

    // Blocks with nothing between them stay apart when their languages differ; indented code
    // counts as a block too.
    QTextDocument adjacent;
    adjacent.setMarkdown(u"```python\na = 1\n```\n```sh\nls\n```\n\nText.\n\n    indented()\n"_s);
    const auto three = CodeHighlighter::codeBlocks(&adjacent);
    QCOMPARE(three.size(), 3);
    QCOMPARE(three.at(0).text(&adjacent), u"a = 1"_s);
    QCOMPARE(three.at(1).text(&adjacent), u"ls"_s);
    QCOMPARE(three.at(2).text(&adjacent), u"indented()"_s);
}

QTEST_MAIN(TestCodeHighlighter)
#include "tst_codehighlighter.moc"
