#include "store/queryscores.h"

#include <QTest>

#include <cmath>
#include <limits>

using namespace QueryScores;
using namespace Qt::StringLiterals;

namespace {

DocKey key(unsigned char first, unsigned char last = 0)
{
    DocKey doc{};
    doc.front() = first;
    doc.back() = last;
    return doc;
}

QByteArray entryBytes(const DocKey &doc, double score)
{
    return encode({ Entry{ doc, score } }).mid(1);
}

} // namespace

class TestQueryScores : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrips()
    {
        QList<Entry> entries = { { key(3), 0.5 },
                                 { key(1, 9), -2.25 },
                                 { key(1), std::numeric_limits<double>::infinity() },
                                 { key(200), 1e-300 } };
        normalize(entries);
        const QByteArray bytes = encode(entries);
        QCOMPARE(bytes.size(), 1 + 4 * EntrySize);
        QCOMPARE(bytes.at(0), Version);
        QCOMPARE(countForSize(bytes.size()), 4);
        QCOMPARE(decode(bytes), std::optional(entries));
        QCOMPARE(decode(encode({})), std::optional(QList<Entry>()));
        // A NaN score survives bit for bit (== cannot say so).
        const std::optional<QList<Entry>> nan
            = decode(encode({ { key(1), std::numeric_limits<double>::quiet_NaN() } }));
        QVERIFY(nan && std::isnan(nan->at(0).score));
    }

    void scoresAreLittleEndian()
    {
        // The file may move to a machine of the other byte order.
        const QByteArray bytes = entryBytes(key(0), 1.0);
        QCOMPARE(bytes.mid(DocKeySize).toHex(), "000000000000f03f"_ba);
    }

    void docKeyIsTheHashsStart()
    {
        const QByteArray hash = QByteArray::fromHex(
            "00112233445566778899aabbccddeeff0123456789abcdef0123456789abcdef");
        const DocKey doc = docKey(hash);
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(doc.data()), DocKeySize),
                 hash.left(DocKeySize));
        QCOMPARE(docKey(QByteArray("ab")), (DocKey{ 'a', 'b' })); // short: zero-padded
    }

    void normalizeKeepsTheLastOfADocument()
    {
        QList<Entry> entries = {
            { key(2), 0.1 }, { key(1), 0.2 }, { key(2), 0.3 }, { key(1), 0.4 }, { key(0), 0.5 }
        };
        normalize(entries);
        QCOMPARE(entries, (QList<Entry>{ { key(0), 0.5 }, { key(1), 0.4 }, { key(2), 0.3 } }));
    }

    void mergeLetsTheNewerWin()
    {
        const QList<Entry> older = { { key(1), 1.0 }, { key(3), 3.0 }, { key(5), 5.0 } };
        const QList<Entry> newer = { { key(0), 0.5 }, { key(3), 3.5 }, { key(9), 9.5 } };
        QCOMPARE(merge(older, newer),
                 (QList<Entry>{ { key(0), 0.5 },
                                { key(1), 1.0 },
                                { key(3), 3.5 },
                                { key(5), 5.0 },
                                { key(9), 9.5 } }));
        QCOMPARE(merge({}, newer), newer);
        QCOMPARE(merge(older, {}), older);
    }

    void findsByBinarySearch()
    {
        QList<Entry> entries;
        for (int i = 0; i < 100; ++i)
            entries.append({ key(uchar(2 * i)), double(i) });
        for (int i = 0; i < 100; ++i) {
            QVERIFY(find(entries, key(uchar(2 * i))));
            QCOMPARE(find(entries, key(uchar(2 * i)))->score, double(i));
            QVERIFY(!find(entries, key(uchar(2 * i + 1))));
        }
        QVERIFY(!find({}, key(0)));
    }

    void rejectsBadBlobs_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray one = entryBytes(key(1), 0.5);
        const QByteArray two = entryBytes(key(2), 0.25);
        const QByteArray version(1, Version);
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("other format") << QByteArray(1, '\2') + one;
        QTest::newRow("format byte zero") << QByteArray(1, '\0');
        QTest::newRow("torn entry") << version + one + two.left(EntrySize - 1);
        QTest::newRow("one byte over") << version + one + 'x';
        QTest::newRow("only a document key") << version + one.left(DocKeySize);
        QTest::newRow("out of order") << version + two + one;
        QTest::newRow("repeated document") << version + one + one;
        QTest::newRow("text") << QByteArray("not a score blob at all, just some text");
    }

    void rejectsBadBlobs()
    {
        QFETCH(QByteArray, bytes);
        QVERIFY(!decode(bytes));
    }

    void countsBySize()
    {
        QCOMPARE(countForSize(0), -1);
        QCOMPARE(countForSize(1), 0);
        QCOMPARE(countForSize(1 + EntrySize), 1);
        QCOMPARE(countForSize(EntrySize), -1);
        QCOMPARE(countForSize(2 + EntrySize), -1);
    }
};

QTEST_GUILESS_MAIN(TestQueryScores)
#include "tst_queryscores.moc"
