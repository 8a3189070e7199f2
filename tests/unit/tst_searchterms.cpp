#include "chat/searchterms.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The search's word matching, shared by the snippet of a hit and the marks in the transcript.
class TestSearchTerms : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data();
    void matches();
    void emptyQueryMatchesNothing();
};

void TestSearchTerms::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // the matched words, in order

    QTest::newRow("case") << u"zebra"_s << u"Zebra and ZEBRA and zebra"_s
                          << QStringList{ u"Zebra"_s, u"ZEBRA"_s, u"zebra"_s };
    QTest::newRow("accents") << u"zebre"_s << u"Un zèbre, deux Zèbres"_s
                             << QStringList{ u"zèbre"_s, u"Zèbres"_s };
    QTest::newRow("last word is a prefix")
        << u"quick bro"_s << u"The quick brown fox, quickly broke"_s
        << QStringList{ u"quick"_s, u"brown"_s, u"broke"_s };
    QTest::newRow("earlier words are whole")
        << u"quick fox"_s << u"quickly the fox"_s << QStringList{ u"fox"_s };
    QTest::newRow("punctuation splits words")
        << u"\"co-op\""_s << u"a co-op and a coop"_s << QStringList{ u"co"_s, u"op"_s };
    QTest::newRow("markdown marks")
        << u"bold"_s << u"**bold** and _bold_"_s << QStringList{ u"bold"_s, u"bold"_s };
}

void TestSearchTerms::matches()
{
    QFETCH(QString, query);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const SearchTerms terms(query);
    QStringList words;
    for (const SearchTerms::Match &match : terms.matches(text))
        words << text.mid(match.start, match.length);
    QCOMPARE(words, expected);
    QCOMPARE(terms.count(text), expected.size());
}

void TestSearchTerms::emptyQueryMatchesNothing()
{
    for (const QString &query : { QString(), u"   "_s, u"-- !"_s }) {
        const SearchTerms terms(query);
        QVERIFY(terms.isEmpty());
        QVERIFY(terms.matches(u"anything at all"_s).isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestSearchTerms)
#include "tst_searchterms.moc"
