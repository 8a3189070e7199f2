#include "rerank/modellabels.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Issue 12, item 9: at 1000×720 four model headers all read "Qwen/Qwen3-Reranke". The shared
// prefix goes; what tells the models apart stays.
class TestModelLabels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shortNames_data();
    void shortNames();
};

void TestModelLabels::shortNames_data()
{
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("Qwen family") << QStringList{
        u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-4B"_s, u"Qwen/Qwen3-Reranker-8B"_s
    } << QStringList{ u"0.6B"_s, u"4B"_s, u"8B"_s };
    QTest::newRow("no word cut in two") << QStringList{ u"acme/model-x12"_s, u"acme/model-x13"_s }
                                        << QStringList{ u"x12"_s, u"x13"_s };
    QTest::newRow("one is a prefix of the other")
        << QStringList{ u"m/foo"_s, u"m/foo-large"_s } << QStringList{ u"foo"_s, u"foo-large"_s };
    QTest::newRow("different organisations")
        << QStringList{ u"Qwen/Qwen3-Reranker-4B"_s, u"BAAI/bge-reranker-v2-m3"_s }
        << QStringList{ u"Qwen3-Reranker-4B"_s, u"bge-reranker-v2-m3"_s };
    QTest::newRow("one model") << QStringList{ u"Qwen/Qwen3-Reranker-4B"_s }
                               << QStringList{ u"Qwen3-Reranker-4B"_s };
    QTest::newRow("same short name: full ids") << QStringList{ u"a/rerank"_s, u"b/rerank"_s }
                                               << QStringList{ u"a/rerank"_s, u"b/rerank"_s };
    QTest::newRow("duplicates") << QStringList{ u"x/y"_s, u"x/y"_s }
                                << QStringList{ u"x/y"_s, u"x/y"_s };
    QTest::newRow("none") << QStringList{} << QStringList{};
}

void TestModelLabels::shortNames()
{
    QFETCH(QStringList, ids);
    QFETCH(QStringList, names);
    QCOMPARE(ModelLabels::shortNames(ids), names);
    for (qsizetype i = 0; i < ids.size(); ++i)
        QCOMPARE(ModelLabels::shortName(ids.at(i), ids), names.at(i));
    QCOMPARE(ModelLabels::shortName(u"not/there"_s, ids), u"not/there"_s);
}

QTEST_GUILESS_MAIN(TestModelLabels)
#include "tst_modellabels.moc"
