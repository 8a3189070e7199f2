#include "knowledge/chunker.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The chunker over Markdown, code, HTML, plain text and edge cases: every passage's text is
// exactly its byte range (HTML: its visible text), lines agree with the bytes, passages are in
// order and cover every non-blank line, and none is far above the target.
class TestChunker : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void invariants_data();
    void invariants();
    void markdownSplitsAtHeadings();
    void markdownKeepsHeadingPath();
    void codeSplitsAtTopLevelBlocks();
    void longSectionsOverlap();
    void htmlIsTextOnly();
    void longLineIsSplitOnUtf8Boundary();
    void passagesStayShortWithStrayBytesAndEmoji();
    void asciiRunsBesideMultibyteCharacters();
    void kindsByName_data();
    void kindsByName();
    void binaryIsDetected();
};

namespace {

QByteArray paragraph(int words, const QByteArray &word = "lorem")
{
    QByteArray text;
    for (int i = 0; i < words; ++i)
        text += word + QByteArray::number(i % 10) + (i % 12 == 11 ? "\n" : " ");
    return text.trimmed() + "\n";
}

int lineOf(const QByteArray &bytes, qint64 offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

} // namespace

void TestChunker::invariants_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("target");

    const int md = int(Chunker::Kind::Markdown);
    const int code = int(Chunker::Kind::Code);
    const int text = int(Chunker::Kind::Text);
    QByteArray bigMarkdown;
    for (int s = 0; s < 6; ++s)
        bigMarkdown += "# Section " + QByteArray::number(s) + "\n\n" + paragraph(150) + "\n"
            + paragraph(300) + "\n```\ncode line\n\ncode line 2\n```\n\n";
    QByteArray bigCode;
    for (int f = 0; f < 20; ++f)
        bigCode += "int function" + QByteArray::number(f) + "(int x)\n{\n" + paragraph(60, "    x")
            + "    return x;\n}\n\n";
    QTest::newRow("empty") << QByteArray() << text << 400;
    QTest::newRow("blank lines only") << QByteArray("\n\n  \n\t\n") << text << 400;
    QTest::newRow("one word") << QByteArray("word") << text << 400;
    QTest::newRow("no final newline") << QByteArray("a\nb\nc") << text << 400;
    QTest::newRow("crlf") << QByteArray("one\r\ntwo\r\n\r\nthree\r\n") << text << 400;
    QTest::newRow("markdown sections") << bigMarkdown << md << 400;
    QTest::newRow("markdown small target") << bigMarkdown << md << 40;
    QTest::newRow("code functions") << bigCode << code << 400;
    QTest::newRow("code small target") << bigCode << code << 30;
    QTest::newRow("plain paragraphs") << (paragraph(500) + "\n" + paragraph(800)) << text << 400;
    QTest::newRow("one long line") << QByteArray(20000, 'x') << text << 400;
    QTest::newRow("long utf8 line") << QString(5000, QChar(0x00e9)).toUtf8() << text << 100;
    QTest::newRow("unclosed fence") << QByteArray("# A\n```\ncode\n\nmore\n") << md << 400;
    QTest::newRow("heading only") << QByteArray("# Title\n") << md << 400;
    QTest::newRow("html") << QByteArray("<html><head><style>p{}</style></head><body>\n"
                                        "<h1>Title</h1>\n<p>Some &amp; text</p>\n"
                                        "<script>var x = 1;</script></body></html>")
                          << int(Chunker::Kind::Html) << 400;
    QTest::newRow("invalid utf8") << QByteArray("ok \xff\xfe bad\n\nnext\n") << text << 400;
}

void TestChunker::invariants()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, kind);
    QFETCH(int, target);
    const auto k = Chunker::Kind(kind);
    Chunker::Options options;
    options.targetTokens = target;
    options.overlapTokens = target / 6;
    const QList<Chunk> chunks = Chunker::chunk(bytes, k, options);

    qint64 previousStart = -1;
    qint64 coveredTo = 0;
    for (const Chunk &chunk : chunks) {
        QVERIFY(chunk.byteStart >= 0 && chunk.byteStart < chunk.byteEnd);
        QVERIFY(chunk.byteEnd <= bytes.size());
        QVERIFY2(chunk.byteStart > previousStart, "passages go forward");
        previousStart = chunk.byteStart;
        QCOMPARE(chunk.lineStart, lineOf(bytes, chunk.byteStart));
        QCOMPARE(chunk.lineEnd, lineOf(bytes, chunk.byteEnd - 1));
        QVERIFY(!chunk.text.trimmed().isEmpty());
        if (k != Chunker::Kind::Html) {
            QCOMPARE(
                chunk.text,
                QString::fromUtf8(bytes.mid(chunk.byteStart, chunk.byteEnd - chunk.byteStart)));
        }
        // At most the target (a unit is never larger than the target itself).
        QVERIFY2(chunk.text.size() <= target * 4 + 4,
                 qPrintable(u"%1 characters"_s.arg(chunk.text.size())));
        // No gap: every byte before this passage's start was in an earlier one or blank.
        const QByteArray gap
            = bytes.mid(coveredTo, std::max<qint64>(0, chunk.byteStart - coveredTo));
        QVERIFY2(gap.trimmed().isEmpty() || k == Chunker::Kind::Html,
                 qPrintable(u"uncovered text before byte %1"_s.arg(chunk.byteStart)));
        coveredTo = std::max(coveredTo, chunk.byteEnd);
    }
    if (k != Chunker::Kind::Html)
        QVERIFY(bytes.mid(coveredTo).trimmed().isEmpty());
}

void TestChunker::markdownSplitsAtHeadings()
{
    const QByteArray bytes
        = "# Install\n\n" + paragraph(150) + "\n## Note\n\nshort\n\n# Usage\n\n" + paragraph(150);
    const QList<Chunk> chunks = Chunker::chunk(bytes, Chunker::Kind::Markdown);
    QCOMPARE(chunks.size(), 2); // "Note" is too small to stand alone: "Usage" joins it
    QVERIFY(chunks.at(0).text.startsWith(u"# Install"_s));
    QVERIFY(chunks.at(0).text.endsWith(u"lorem9"_s));
    QVERIFY(chunks.at(1).text.startsWith(u"## Note"_s));
    QVERIFY(chunks.at(1).text.contains(u"# Usage"_s));
    QVERIFY(!chunks.at(0).text.contains(u"Note"_s)); // no overlap across a heading
}

void TestChunker::markdownKeepsHeadingPath()
{
    const QByteArray bytes = "# Guide\n\n" + paragraph(120) + "\n## Setup\n\n" + paragraph(120);
    const QList<Chunk> chunks = Chunker::chunk(bytes, Chunker::Kind::Markdown);
    QCOMPARE(chunks.size(), 2);
    QCOMPARE(chunks.at(0).heading, u"Guide"_s);
    QCOMPARE(chunks.at(1).heading, u"Guide › Setup"_s);
}

void TestChunker::codeSplitsAtTopLevelBlocks()
{
    QByteArray bytes;
    for (int f = 0; f < 6; ++f)
        bytes += "void f" + QByteArray::number(f) + "()\n{\n" + paragraph(100, "    call")
            + "\n    done();\n}\n\n";
    Chunker::Options options;
    options.targetTokens = 300;
    const QList<Chunk> chunks = Chunker::chunk(bytes, Chunker::Kind::Code, options);
    QVERIFY(chunks.size() >= 2);
    for (const Chunk &chunk : chunks) {
        QVERIFY2(chunk.text.startsWith(u"void f"_s), qPrintable(chunk.text.left(40)));
        QVERIFY(chunk.text.endsWith(u'}'));
    }
}

void TestChunker::longSectionsOverlap()
{
    QByteArray bytes;
    for (int p = 0; p < 10; ++p)
        bytes += paragraph(60, "p" + QByteArray::number(p) + "w") + "\n";
    Chunker::Options options;
    options.targetTokens = 200;
    options.overlapTokens = 60;
    const QList<Chunk> chunks = Chunker::chunk(bytes, Chunker::Kind::Text, options);
    QVERIFY(chunks.size() >= 3);
    for (qsizetype i = 1; i < chunks.size(); ++i)
        QVERIFY2(chunks.at(i).byteStart < chunks.at(i - 1).byteEnd, "the next one overlaps");
}

void TestChunker::htmlIsTextOnly()
{
    const QByteArray bytes = "<html>\n<head><title>T</title><style>body { color: red }</style>"
                             "</head>\n<body>\n<!-- note -->\n<p>Fish &amp; chips</p>\n"
                             "<script>alert('x')</script>\n</body></html>\n";
    const QList<Chunk> chunks = Chunker::chunk(bytes, Chunker::Kind::Html);
    QCOMPARE(chunks.size(), 1);
    QCOMPARE(chunks.at(0).text, u"T\nFish & chips"_s);
    QCOMPARE(chunks.at(0).lineStart, 2);
    QCOMPARE(chunks.at(0).lineEnd, 5);
}

void TestChunker::longLineIsSplitOnUtf8Boundary()
{
    const QByteArray bytes = QString(3000, QChar(0x4e2d)).toUtf8(); // 3 bytes each
    Chunker::Options options;
    options.targetTokens = 100;
    const QList<Chunk> chunks = Chunker::chunk(bytes, Chunker::Kind::Text, options);
    QVERIFY(chunks.size() >= 7);
    for (const Chunk &chunk : chunks) {
        QCOMPARE(chunk.byteStart % 3, 0);
        QVERIFY(!chunk.text.contains(QChar::ReplacementCharacter));
        QCOMPARE(chunk.lineStart, 1);
    }
}

// A passage's text stays within its target however the bytes decode: stray UTF-8 continuation
// bytes become one replacement character each and a character beyond the BMP two UTF-16 units
// (found by fuzz_chunker: both were counted as less).
void TestChunker::passagesStayShortWithStrayBytesAndEmoji()
{
    for (const QByteArray &piece : { QByteArray("\x9a"), QByteArray("\xf0\x9f\x98\x80") }) {
        const QByteArray bytes = "# Title\n" + piece.repeated(600) + "\n";
        Chunker::Options options;
        options.targetTokens = 16;
        const QList<Chunk> chunks = Chunker::chunk(bytes, Chunker::Kind::Markdown, options);
        QVERIFY(chunks.size() > 1);
        for (const Chunk &chunk : chunks)
            QVERIFY2(chunk.text.size() <= options.targetTokens * 4 + 4,
                     qPrintable(QString::number(chunk.text.size())));
    }
}

void TestChunker::asciiRunsBesideMultibyteCharacters()
{
    // Characters are counted eight ASCII bytes at a time: runs of every length beside two-,
    // three- and four-byte characters and stray bytes, at every offset in the word, must count
    // as QString does (passages never longer than planned, pieces cut on character boundaries).
    for (const QByteArray &wide : { QByteArray("\xc3\xa9"), QByteArray("\xe2\x82\xac"),
                                    QByteArray("\xf0\x9f\x98\x80"), QByteArray("\x9a") }) {
        for (int run = 0; run <= 17; ++run) {
            const QByteArray unit = QByteArray(run, 'a') + wide;
            const QByteArray bytes = unit.repeated(1200 / unit.size() + 1) + "\n";
            Chunker::Options options;
            options.targetTokens = 16;
            options.overlapTokens = 0;
            const QList<Chunk> chunks = Chunker::chunk(bytes, Chunker::Kind::Text, options);
            QVERIFY(chunks.size() > 1);
            QString joined;
            for (const Chunk &chunk : chunks) {
                QVERIFY2(chunk.text.size() <= options.targetTokens * 4,
                         qPrintable(u"run %1: %2"_s.arg(run).arg(chunk.text.size())));
                QCOMPARE(
                    chunk.text,
                    QString::fromUtf8(bytes.mid(chunk.byteStart, chunk.byteEnd - chunk.byteStart)));
                joined += chunk.text;
            }
            QCOMPARE(joined, QString::fromUtf8(bytes).trimmed());
        }
    }
}

void TestChunker::kindsByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("kind");
    QTest::newRow("md") << u"docs/README.md"_s << int(Chunker::Kind::Markdown);
    QTest::newRow("cpp") << u"src/main.CPP"_s << int(Chunker::Kind::Code);
    QTest::newRow("py") << u"a.py"_s << int(Chunker::Kind::Code);
    QTest::newRow("Makefile") << u"Makefile"_s << int(Chunker::Kind::Code);
    QTest::newRow("html") << u"page.htm"_s << int(Chunker::Kind::Html);
    QTest::newRow("txt") << u"notes.txt"_s << int(Chunker::Kind::Text);
    QTest::newRow("README") << u"README"_s << int(Chunker::Kind::Text);
    QTest::newRow("pdf") << u"paper.pdf"_s << int(Chunker::Kind::Pdf);
    QTest::newRow("png") << u"image.png"_s << int(Chunker::Kind::Unsupported);
    QTest::newRow("so") << u"lib.so"_s << int(Chunker::Kind::Unsupported);
}

void TestChunker::kindsByName()
{
    QFETCH(QString, name);
    QFETCH(int, kind);
    QCOMPARE(int(Chunker::kindForFileName(name)), kind);
}

void TestChunker::binaryIsDetected()
{
    QVERIFY(Chunker::looksBinary(QByteArray("ELF\0\0\1", 6)));
    QVERIFY(!Chunker::looksBinary("plain text"));
}

QTEST_GUILESS_MAIN(TestChunker)
#include "tst_chunker.moc"
