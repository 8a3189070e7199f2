#include "rerank/documentimport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using DocumentImport::Split;

class TestDocumentImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void pastedText_data();
    void pastedText();
    void markdown();
    void csv_data();
    void csv();
    void csvErrors();
    void csvUnterminatedQuote();
    void jsonLines();
    void files();
    void tokenEstimate();
    void documentCap();
    void hostileInput();
    void sniffedCsv_data();
    void sniffedCsv();
    void labelColumns();
};

void TestDocumentImport::pastedText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("split");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("lines") << u"first\nsecond\n\nthird\n"_s << int(Split::Lines)
                           << QStringList{ u"first"_s, u"second"_s, u"third"_s };
    QTest::newRow("lines, CRLF and spaces")
        << u"  a  \r\nb\r\n\r\n"_s << int(Split::Lines) << QStringList{ u"a"_s, u"b"_s };
    QTest::newRow("blocks") << u"one\ncontinued\n\n\ntwo\n  \nthree"_s << int(Split::Blocks)
                            << QStringList{ u"one\ncontinued"_s, u"two"_s, u"three"_s };
    QTest::newRow("auto: blank lines mean blocks") << u"one\ncontinued\n\ntwo"_s << int(Split::Auto)
                                                   << QStringList{ u"one\ncontinued"_s, u"two"_s };
    QTest::newRow("auto: no blank line means lines")
        << u"one\ntwo\n\n"_s << int(Split::Auto) << QStringList{ u"one"_s, u"two"_s };
    QTest::newRow("auto: leading blank lines do not count")
        << u"\n\none\ntwo"_s << int(Split::Auto) << QStringList{ u"one"_s, u"two"_s };
    QTest::newRow("empty") << QString() << int(Split::Auto) << QStringList{};
    QTest::newRow("only whitespace") << u" \n\t\n"_s << int(Split::Blocks) << QStringList{};
}

void TestDocumentImport::pastedText()
{
    QFETCH(QString, text);
    QFETCH(int, split);
    QFETCH(QStringList, expected);
    const DocumentImport::Result result = DocumentImport::fromText(text, Split(split));
    QVERIFY(result.ok());
    QCOMPARE(result.documents, expected);
    QVERIFY(result.issues.isEmpty());
}

void TestDocumentImport::markdown()
{
    const QByteArray md
        = "# Title\n\nFirst paragraph\nwraps here.\n\n```\ncode\n\nstill code\n```\n"
          "\n- item one\n- item two\n";
    const DocumentImport::Result result = DocumentImport::fromMarkdown(md);
    QCOMPARE(result.documents,
             (QStringList{ u"# Title"_s, u"First paragraph\nwraps here."_s,
                           u"```\ncode\n\nstill code\n```"_s, u"- item one\n- item two"_s }));
}

void TestDocumentImport::csv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("columnIndex");
    QTest::addColumn<bool>("hasHeader");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QStringList>("columns");

    const QByteArray quoted = "id,Text,label\n"
                              "1,\"Hello, world\",2\n"
                              "2,\"She said \"\"hi\"\"\",0\n"
                              "3,\"multi\nline\",1\n";
    const QStringList texts{ u"Hello, world"_s, u"She said \"hi\""_s, u"multi\nline"_s };
    const QStringList header{ u"id"_s, u"Text"_s, u"label"_s };
    QTest::newRow("by name, quoting") << quoted << u"text"_s << 0 << true << texts << header;
    QTest::newRow("by index") << quoted << QString() << 1 << true << texts << header;
    QTest::newRow("CRLF") << QByteArray(quoted).replace("\n", "\r\n") << u"Text"_s << 0 << true
                          << QStringList{ u"Hello, world"_s, u"She said \"hi\""_s,
                                          u"multi\r\nline"_s }
                          << header;
    QTest::newRow("no header") << QByteArray("a,x\nb,y\n") << QString() << 1 << false
                               << QStringList{ u"x"_s, u"y"_s } << QStringList{ u"1"_s, u"2"_s };
    QTest::newRow("no final newline, BOM, blank lines")
        << QByteArray("\xEF\xBB\xBFtext\nalpha\n\nbeta") << u"text"_s << 0 << true
        << QStringList{ u"alpha"_s, u"beta"_s } << QStringList{ u"text"_s };
    QTest::newRow("UTF-8") << QByteArray("text\n\xC3\xA9t\xC3\xA9\n") << u"text"_s << 0 << true
                           << QStringList{ u"\u00E9t\u00E9"_s } << QStringList{ u"text"_s };
}

void TestDocumentImport::csv()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, column);
    QFETCH(int, columnIndex);
    QFETCH(bool, hasHeader);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, columns);
    DocumentImport::CsvOptions options;
    options.column = column;
    options.columnIndex = columnIndex;
    options.hasHeader = hasHeader;
    const DocumentImport::Result result = DocumentImport::fromCsv(data, options);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.documents, expected);
    QCOMPARE(result.columns, columns);
    QVERIFY(result.issues.isEmpty());
}

void TestDocumentImport::csvErrors()
{
    DocumentImport::CsvOptions byName;
    byName.column = u"body"_s;
    DocumentImport::Result result = DocumentImport::fromCsv("id,text\n1,a\n", byName);
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(u"body"_s));
    QVERIFY(result.error.contains(u"id, text"_s)); // tells the user what to pick instead

    DocumentImport::CsvOptions byIndex;
    byIndex.columnIndex = 5;
    QVERIFY(!DocumentImport::fromCsv("id,text\n1,a\n", byIndex).ok());
    QVERIFY(!DocumentImport::fromCsv("", {}).ok());

    // A short row is skipped and reported with its line; the rest is kept.
    DocumentImport::CsvOptions text;
    text.column = u"text"_s;
    result = DocumentImport::fromCsv("id,text\n1,a\n2\n3,\"b\nb\"\n4\n5,c\n", text);
    QVERIFY(result.ok());
    QCOMPARE(result.documents, (QStringList{ u"a"_s, u"b\nb"_s, u"c"_s }));
    QCOMPARE(result.issues.size(), 2);
    QCOMPARE(result.issues.at(0).line, 3);
    QCOMPARE(result.issues.at(1).line, 6); // the quoted newline on line 4 counts
    QVERIFY(result.issues.at(0).message.contains(u"3"_s));
}

void TestDocumentImport::csvUnterminatedQuote()
{
    DocumentImport::CsvOptions text;
    text.column = u"text"_s;
    const DocumentImport::Result result
        = DocumentImport::fromCsv("id,text\n1,fine\n2,\"never closed\n3,lost\n", text);
    QVERIFY(result.ok());
    QCOMPARE(result.documents.constFirst(), u"fine"_s);
    QCOMPARE(result.issues.size(), 1);
    QCOMPARE(result.issues.constFirst().line, 3);
}

void TestDocumentImport::jsonLines()
{
    const QByteArray data = "{\"text\": \"first\", \"id\": 1}\n"
                            "{\"text\": \"second\"\n"         // line 2: broken JSON
                            "{\"body\": \"no text field\"}\n" // line 3
                            "\n"
                            "[1, 2]\n"           // line 5: not an object
                            "{\"text\": 42}\r\n" // line 6: not a string
                            "{\"text\": \"  third  \"}";
    const DocumentImport::Result result = DocumentImport::fromJsonLines(data);
    QVERIFY(result.ok());
    QCOMPARE(result.documents, (QStringList{ u"first"_s, u"third"_s }));
    QList<int> lines;
    for (const DocumentImport::Issue &issue : result.issues)
        lines << issue.line;
    QCOMPARE(lines, (QList<int>{ 2, 3, 5, 6 }));
    QCOMPARE(result.issueCount, 4);

    const DocumentImport::Result other
        = DocumentImport::fromJsonLines("{\"body\": \"x\"}\n", u"body"_s);
    QCOMPARE(other.documents, QStringList{ u"x"_s });
}

void TestDocumentImport::files()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&](const QString &name, const QByteArray &data) {
        QFile file(dir.filePath(name));
        if (!file.open(QIODevice::WriteOnly))
            return QString();
        file.write(data);
        return file.fileName();
    };
    QCOMPARE(DocumentImport::fromFile(write(u"a.txt"_s, "one\n\ntwo\n")).documents,
             (QStringList{ u"one"_s, u"two"_s }));
    QCOMPARE(DocumentImport::fromFile(write(u"a.md"_s, "one\nstill\n\ntwo\n")).documents,
             (QStringList{ u"one\nstill"_s, u"two"_s }));
    DocumentImport::CsvOptions csv;
    csv.column = u"text"_s;
    QCOMPARE(DocumentImport::fromFile(write(u"a.CSV"_s, "text\n\"x,y\"\n"), csv).documents,
             QStringList{ u"x,y"_s });
    QCOMPARE(DocumentImport::fromFile(write(u"a.jsonl"_s, "{\"text\":\"j\"}\n")).documents,
             QStringList{ u"j"_s });
    // Unknown extensions are read as one document per line.
    QCOMPARE(DocumentImport::fromFile(write(u"a.log"_s, "l1\nl2\n")).documents,
             (QStringList{ u"l1"_s, u"l2"_s }));

    const DocumentImport::Result missing = DocumentImport::fromFile(dir.filePath(u"none.txt"_s));
    QVERIFY(!missing.ok());
    QVERIFY(missing.error.contains(u"none.txt"_s));
}

void TestDocumentImport::tokenEstimate()
{
    QCOMPARE(DocumentImport::estimateTokens(QString()), 0);
    QCOMPARE(DocumentImport::estimateTokens(u"abcd"_s), 1);
    QCOMPARE(DocumentImport::estimateTokens(u"abcde"_s), 2);
    QCOMPARE(DocumentImport::estimateTokens(QStringList{ u"abcd"_s, u"abcdefgh"_s, u"a"_s }), 4);
}

void TestDocumentImport::documentCap()
{
    QByteArray data;
    data.reserve(int(DocumentImport::MaxDocuments + 10) * 2);
    for (qsizetype i = 0; i < DocumentImport::MaxDocuments + 10; ++i)
        data += "x\n";
    const DocumentImport::Result result = DocumentImport::fromTxt(data);
    QCOMPARE(result.documents.size(), DocumentImport::MaxDocuments);
    QVERIFY(result.truncated);
}

void TestDocumentImport::hostileInput()
{
    // Random bytes biased towards the characters the parsers care about: no crash, no hang,
    // every result bounded by its input.
    QRandomGenerator random(1234);
    static const char symbols[] = "\"\n\r,;{}[]:\\ \t\x00\xC3\xA9\xFF\xEF\xBB\xBF`~#text";
    const QByteArray alphabet(symbols, sizeof(symbols) - 1); // keeps the NUL byte
    for (int round = 0; round < 300; ++round) {
        QByteArray data;
        const int size = int(random.bounded(2000));
        for (int i = 0; i < size; ++i) {
            data += random.bounded(4) == 0 ? char(random.bounded(256))
                                           : alphabet.at(int(random.bounded(alphabet.size())));
        }
        DocumentImport::CsvOptions csv;
        csv.hasHeader = round % 2;
        csv.columnIndex = int(random.bounded(3));
        for (const DocumentImport::Result &result :
             { DocumentImport::fromTxt(data), DocumentImport::fromMarkdown(data),
               DocumentImport::fromCsv(data, csv), DocumentImport::fromJsonLines(data),
               DocumentImport::fromText(QString::fromUtf8(data)) }) {
            QVERIFY(result.documents.size() <= data.size());
            QVERIFY(result.issues.size() <= DocumentImport::MaxIssues);
            for (const QString &document : result.documents)
                QVERIFY(!document.isEmpty());
        }
    }
}

// The GUI's column picker and `sift rerank` read a CSV the same way: the delimiter that splits
// the header into most fields, BOM and CRLF ignored, quoted fields with "" kept whole, and the
// text/document/passage/content column preferred.
void TestDocumentImport::sniffedCsv_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("delimiter");
    QTest::addColumn<int>("textColumn");
    QTest::addColumn<QStringList>("documents");

    const QStringList three{ u"apple; red"_s, u"a \"pear\", green"_s, u"plum"_s };
    QTest::newRow("semicolon, BOM, CRLF, quotes")
        << QByteArray("\xEF\xBB\xBFid;passage;label\r\n1;\"apple; red\";3\r\n"
                      "2;\"a \"\"pear\"\", green\";0\r\n3;plum;\r\n")
        << u";"_s << 1 << three;
    QTest::newRow("tab") << QByteArray("content\tid\napple; red\t1\n\"a \"\"pear\"\", green\"\t2\n"
                                       "plum\t3\n")
                         << u"\t"_s << 0 << three;
    QTest::newRow("comma, quoted header") << QByteArray("\"id\",\"Document\"\n1,\"apple; red\"\n"
                                                        "2,\"a \"\"pear\"\", green\"\n3,plum\n")
                                          << u","_s << 1 << three;
    QTest::newRow("quoted comma is not a delimiter")
        << QByteArray("\"a, b\";text\n1;\"apple; red\"\n2;\"a \"\"pear\"\", green\"\n3;plum\n")
        << u";"_s << 1 << three;
}

void TestDocumentImport::sniffedCsv()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, delimiter);
    QFETCH(int, textColumn);
    QFETCH(QStringList, documents);
    const DocumentImport::CsvSniff sniff = DocumentImport::sniffCsv(data);
    QCOMPARE(QString(sniff.delimiter), delimiter);
    QCOMPARE(sniff.textColumn, textColumn);
    const DocumentImport::Result result = DocumentImport::fromCsv(data, sniff.options());
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.documents, documents);

    // From a file, the same.
    QTemporaryDir dir;
    QFile file(dir.filePath(u"docs.csv"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(data);
    file.close();
    const DocumentImport::Result fromFile = DocumentImport::fromFile(
        file.fileName(), DocumentImport::sniffCsvFile(file.fileName()).options());
    QCOMPARE(fromFile.documents, documents);
}

// Issue 12, item 10: a label or relevance column (CSV) or field (JSONL) becomes the labels.
void TestDocumentImport::labelColumns()
{
    const QByteArray csv("\xEF\xBB\xBFid;passage;label\r\n1;\"apple; red\";3\r\n"
                         "2;pear;0\r\n3;plum;\r\n4;fig;7\r\n5;kiwi;2.0\r\n");
    const DocumentImport::CsvSniff sniff = DocumentImport::sniffCsv(csv);
    QCOMPARE(sniff.labelColumn, 2);
    DocumentImport::Result result = DocumentImport::fromCsv(csv, sniff.options());
    QCOMPARE(result.documents.size(), 5);
    QCOMPARE(result.labels, QList<int>({ 3, 0, -1, -1, 2 }));

    QCOMPARE(DocumentImport::sniffCsv("Relevance,text\n1,a\n").labelColumn, 0);
    QCOMPARE(DocumentImport::sniffCsv("id,text\n1,a\n").labelColumn, -1);

    result = DocumentImport::fromJsonLines("{\"text\":\"a\",\"label\":2}\n"
                                           "{\"text\":\"b\",\"relevance\":1}\n"
                                           "{\"text\":\"c\"}\n"
                                           "{\"text\":\"d\",\"label\":\"3\"}\n"
                                           "{\"text\":\"e\",\"label\":9}\n");
    QCOMPARE(result.documents.size(), 5);
    QCOMPARE(result.labels, QList<int>({ 2, 1, -1, 3, -1 }));

    // Every reader keeps labels beside documents, one each.
    result = DocumentImport::fromText(u"a\nb\n"_s);
    QCOMPARE(result.labels, QList<int>({ -1, -1 }));
}

QTEST_GUILESS_MAIN(TestDocumentImport)
#include "tst_documentimport.moc"
