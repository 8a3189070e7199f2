#include "knowledge/contenthash.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

// The indexer's content hash must stay SHA-256 exactly as QCryptographicHash computes it: the
// hashes stored by earlier versions decide which files are embedded again.
class TestContentHash : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownDigests_data();
    void knownDigests();
    void everyLengthMatchesQt();
    void largeInputMatchesQt();
};

void TestContentHash::knownDigests_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("digest");
    // FIPS 180-2's examples and the empty message.
    QTest::newRow("empty") << QByteArray()
                           << u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_s;
    QTest::newRow("abc") << QByteArray("abc")
                         << u"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"_s;
    QTest::newRow("two blocks")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << u"248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"_s;
    QTest::newRow("a million a") << QByteArray(
        1000000, 'a') << u"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"_s;
}

void TestContentHash::knownDigests()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, digest);
    QCOMPARE(ContentHash::sha256Hex(input), digest);
}

void TestContentHash::everyLengthMatchesQt()
{
    // Every length around one, two and three blocks: the padding's edge cases (55, 56, 63, 64
    // bytes of the last block).
    if (!ContentHash::accelerated())
        qInfo("no SHA extensions on this processor: QCryptographicHash is used");
    QRandomGenerator random(7);
    QByteArray bytes(300, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    for (qsizetype length = 0; length <= bytes.size(); ++length) {
        const QByteArrayView view(bytes.constData(), length);
        QCOMPARE(ContentHash::sha256(view),
                 QCryptographicHash::hash(view, QCryptographicHash::Sha256));
    }
}

void TestContentHash::largeInputMatchesQt()
{
    QRandomGenerator random(11);
    QByteArray bytes(3 * 1024 * 1024 + 17, Qt::Uninitialized);
    for (char &c : bytes)
        c = char(random.bounded(256));
    QCOMPARE(
        ContentHash::sha256Hex(bytes),
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

QTEST_GUILESS_MAIN(TestContentHash)
#include "tst_contenthash.moc"
