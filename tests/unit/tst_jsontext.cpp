#include "api/jsontext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// JsonText writes request bodies without QJsonDocument: what it writes must be what
// QJsonDocument writes, and must read back as the same text.
class TestJsonText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesWhatQJsonDocumentWrites_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"apple orchard"_s;
        QTest::newRow("quotes") << u"say \"hi\" and \"\""_s;
        QTest::newRow("backslashes") << u"C:\\path\\to\\ and \\\" and \\\\"_s;
        QTest::newRow("slash kept") << u"a/b </script>"_s;
        QString controls;
        for (char16_t c = 0; c < 0x20; ++c)
            controls += QChar(c) + u"x"_s;
        QTest::newRow("every control character") << controls;
        QTest::newRow("escape at the ends") << u"\n middle \t"_s;
        QTest::newRow("only escapes") << u"\"\\\n\r\t\b\f"_s;
        QTest::newRow("DEL and Latin-1") << u"\x7f caf\u00e9 \u00a0"_s;
        QTest::newRow("non-ASCII")
            << u"Gr\u00fc\u00dfe \u4e2d\u6587 \u0627\u0644\u0639\u0631\u0628\u064a\u0629"_s;
        QTest::newRow("outside the BMP") << u"emoji \U0001F600 and \U0001D11E"_s;
        QTest::newRow("U+2028 and U+2029") << u"a\u2028b\u2029c"_s;
        QTest::newRow("long") << u"word \"quoted\" \\ "_s.repeated(2000);
        // Text is scanned eight bytes at a time: each escape at each offset of a block, after
        // and before runs that need none (non-ASCII included: its bytes are >= 0x80).
        for (const QChar special : { QChar(u'"'), QChar(u'\\'), QChar(u'\n'), QChar(0x1f) }) {
            for (int offset = 0; offset < 18; ++offset) {
                QTest::addRow("U+%04x after %d bytes", special.unicode(), offset)
                    << QString(offset, u'a') + special + u"\u00e9\u00e9 plain text!"_s;
            }
        }
        QTest::newRow("near misses") << u"!#[]^_`|~ \x7f\u00dc\u045c\u2022\u5c22"_s;
        // Not valid UTF-16: QJsonDocument writes the lone surrogate as an escape.
        QTest::newRow("lone high surrogate") << u"a"_s + QChar(0xd800) + u"b\""_s;
        QTest::newRow("lone low surrogate at the end") << u"z"_s + QChar(0xdc00);
    }

    void writesWhatQJsonDocumentWrites()
    {
        QFETCH(QString, text);
        QByteArray written;
        JsonText::appendString(written, text);
        // QJsonDocument writes a lone string only inside an array: "[...]".
        const QByteArray qt = QJsonDocument(QJsonArray{ text }).toJson(QJsonDocument::Compact);
        QCOMPARE(written, qt.mid(1, qt.size() - 2));
        QJsonParseError error;
        const QJsonDocument read = QJsonDocument::fromJson('[' + written + ']', &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        if (!text.isValidUtf16())
            return;
        QCOMPARE(read.array().at(0).toString(), text);

        // The UTF-8 variant writes the same, and appends to what is there.
        QByteArray appended = "x:";
        JsonText::appendUtf8String(appended, text.toUtf8());
        QCOMPARE(appended, "x:" + written);
    }
};

QTEST_GUILESS_MAIN(TestJsonText)
#include "tst_jsontext.moc"
