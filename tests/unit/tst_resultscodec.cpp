#include "store/resultscodec.h"

#include <QTest>

#include <bit>
#include <limits>

using namespace Qt::StringLiterals;

class TestResultsCodec : public QObject
{
    Q_OBJECT

private:
    static QByteArray sample()
    {
        QByteArray blob;
        ResultsCodec::encode({ { QByteArray("d1"), 0.5 },
                               { QString(u"\u00e9\U0001F600"_s).toUtf8(), -1e300 },
                               { QByteArray(200, 'x'), std::numeric_limits<double>::infinity() },
                               { QByteArray(""), -0.0 } },
                             &blob);
        return blob;
    }

private Q_SLOTS:
    void roundTripsEveryBit()
    {
        QList<ResultsCodec::Entry> docs;
        for (int i = 0; i < 300; ++i)
            docs.append({ QByteArray::number(i).repeated(i % 5),
                          std::bit_cast<double>(quint64(0x7ff8000000000001)
                                                + quint64(i) * 0x0123456789ull) });
        QByteArray blob("old contents");
        ResultsCodec::encode(docs, &blob);
        QList<Eval::ScoredDoc> read;
        QString error;
        QVERIFY2(ResultsCodec::decode(blob, &read, &error), qPrintable(error));
        QCOMPARE(read.size(), docs.size());
        for (qsizetype i = 0; i < docs.size(); ++i) {
            QCOMPARE(read.at(i).docno.toUtf8(), docs.at(i).first);
            QCOMPARE(std::bit_cast<quint64>(read.at(i).score),
                     std::bit_cast<quint64>(docs.at(i).second));
        }

        ResultsCodec::encode({}, &blob);
        QCOMPARE(blob, QByteArray("\x01\x00", 2));
        read.clear();
        QVERIFY(ResultsCodec::decode(blob, &read, &error));
        QVERIFY(read.isEmpty());
    }

    void readsAnIdStartingWithAByteOrderMark()
    {
        const QByteArray id = QString(QChar(0xfeff) + u"x"_s).toUtf8();
        QByteArray blob;
        ResultsCodec::encode({ { id, 1.0 }, { id, 2.0 } }, &blob);
        QList<Eval::ScoredDoc> read;
        QString error;
        QVERIFY(ResultsCodec::decode(blob, &read, &error));
        QCOMPARE(read.size(), 2);
        QCOMPARE(read.at(0).docno.size(), 2);
        QCOMPARE(read.at(1).docno.toUtf8(), id);
    }

    void refusesEveryTruncation()
    {
        const QByteArray blob = sample();
        for (qsizetype size = 0; size < blob.size(); ++size) {
            QList<Eval::ScoredDoc> read;
            QString error;
            QVERIFY2(!ResultsCodec::decode(blob.first(size), &read, &error),
                     qPrintable(QString::number(size)));
            QVERIFY(!error.isEmpty());
        }
    }

    void refusesBadBytes_data()
    {
        QTest::addColumn<QByteArray>("blob");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"no bytes"_s;
        QTest::newRow("format 0") << QByteArray("\x00\x00", 2) << u"unknown format 0"_s;
        QTest::newRow("format 2") << QByteArray("\x02\x00", 2) << u"unknown format 2"_s;
        QTest::newRow("bytes after") << sample() + 'x' << u"1 bytes after the last document"_s;
        QTest::newRow("count beyond the bytes") << QByteArray("\x01\x02\x00"
                                                              "12345678",
                                                              11)
                                                << u"2 documents cannot fit in 11 bytes"_s;
        QTest::newRow("count of 6 bytes") << QByteArray("\x01\x80\x80\x80\x80\x80\x00", 7)
                                          << u"the number of documents is cut short or malformed"_s;
        QTest::newRow("count with a byte too many")
            << QByteArray("\x01\x80\x00", 3)
            << u"the number of documents is cut short or malformed"_s;
        QTest::newRow("count above 32 bits")
            << QByteArray("\x01\xff\xff\xff\xff\x7f", 6)
            << u"the number of documents is cut short or malformed"_s;
        QTest::newRow("id longer than the rest") << QByteArray("\x01\x01\x09"
                                                               "12345678",
                                                               11)
                                                 << u"document 1 of 1 is cut short or malformed"_s;
        QTest::newRow("id length of 2^32 - 1") << QByteArray("\x01\x01\xff\xff\xff\xff\x0f"
                                                             "12345678",
                                                             15)
                                               << u"document 1 of 1 is cut short or malformed"_s;
        QTest::newRow("id not UTF-8") << QByteArray("\x01\x01\x01\xff"
                                                    "12345678",
                                                    12)
                                      << u"the id of document 1 of 1 is not UTF-8"_s;
        QTest::newRow("id cut inside a character") << QByteArray("\x01\x02\x01\xc3"
                                                                 "12345678"
                                                                 "\x01\xa9"
                                                                 "12345678",
                                                                 22)
                                                   << u"the id of document 1 of 2 is not UTF-8"_s;
    }

    void refusesBadBytes()
    {
        QFETCH(QByteArray, blob);
        QFETCH(QString, error);
        QList<Eval::ScoredDoc> read;
        QString found;
        QVERIFY(!ResultsCodec::decode(blob, &read, &found));
        QCOMPARE(found, error);
    }
};

QTEST_GUILESS_MAIN(TestResultsCodec)
#include "tst_resultscodec.moc"
