#include "eval/evalexport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEvalExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void csvQuotesAndGuardsFormulas()
    {
        const QString csv = Eval::Export::tableToCsv(
            { u"system"_s, u"ndcg_cut_10"_s },
            { { u"a,b"_s, u"0.5"_s }, { u"=cmd()"_s, u"-0.25"_s }, { u"say \"hi\""_s, u""_s } });
        QCOMPARE(
            csv,
            u"system,ndcg_cut_10\r\n\"a,b\",0.5\r\n'=cmd(),-0.25\r\n\"say \"\"hi\"\"\",\r\n"_s);
    }

    void markdownEscapesPipes()
    {
        const QString md = Eval::Export::tableToMarkdown({ u"system"_s, u"map"_s },
                                                         { { u"a|b"_s, u"0.1"_s }, { u"c\nd"_s } });
        QCOMPARE(md, u"| system | map |\n| --- | --- |\n| a\\|b | 0.1 |\n| c d |  |\n"_s);
    }

    void ranxJsonInTrecOrder()
    {
        Eval::Run run;
        run.insert(u"q2"_s, { { u"d1"_s, 1.0 }, { u"d3"_s, 2.5 } });
        run.insert(u"q1"_s, { { u"a\"b"_s, 0.5 }, { u"z"_s, 0.5 } });
        const QByteArray json = Eval::Export::runToRanxJson(run);
        QCOMPARE(json,
                 QByteArray("{\n  \"q1\": {\"z\": 0.5, \"a\\\"b\": 0.5},\n"
                            "  \"q2\": {\"d3\": 2.5, \"d1\": 1}\n}\n"));
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(json, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"q2"_s).toObject().value(u"d3"_s).toDouble(), 2.5);
        QCOMPARE(Eval::Export::runToRanxJson({}), QByteArray("{}\n"));
    }

    void workbenchQueryHasCandidatesJudgmentsAndRankings()
    {
        const Eval::Query query{ u"q1"_s, u"what is x"_s, u"find x"_s };
        const Eval::Judgments judgments{ { u"d2"_s, 2 }, { u"d9"_s, 5 }, { u"d1"_s, -1 } };
        QHash<QString, Eval::Document> documents;
        documents.insert(u"d1"_s, { u"d1"_s, u"Title"_s, u"Body"_s });
        documents.insert(u"d2"_s, { u"d2"_s, QString(), u"Two"_s });
        Eval::Run first;
        first.insert(u"q1"_s, { { u"d1"_s, 3.0 }, { u"d2"_s, 2.0 }, { u"d3"_s, 1.0 } });
        Eval::Run other;
        other.insert(u"q1"_s, { { u"d3"_s, 0.9 }, { u"d9"_s, 0.8 }, { u"x"_s, 0.1 } });

        const Eval::Export::WorkbenchQuery out = Eval::Export::workbenchQuery(
            query, { u"d1"_s, u"d2"_s, u"d3"_s }, judgments, documents,
            { { u"bm25"_s, first }, { u"model"_s, other } });
        QCOMPARE(out.set.query, u"what is x"_s);
        QCOMPARE(out.set.instruction, u"find x"_s);
        QCOMPARE(out.set.documents.size(), 4); // d1 d2 d3 + the judged d9
        QCOMPARE(out.set.documents.at(0).text, u"Title\n\nBody"_s);
        QCOMPARE(out.set.documents.at(0).label, 0); // −1 clamped
        QCOMPARE(out.set.documents.at(1).text, u"Two"_s);
        QCOMPARE(out.set.documents.at(1).label, 2);
        QCOMPARE(out.set.documents.at(2).text, u"d3"_s); // not in the set: its id
        QCOMPARE(out.set.documents.at(2).label, RerankDocument::Unlabelled);
        QCOMPARE(out.set.documents.at(3).label, 3); // 5 clamped
        QCOMPARE(out.set.models, QStringList({ u"bm25"_s, u"model"_s }));
        QCOMPARE(out.results.size(), 2);
        QCOMPARE(out.results.at(0).ranked.size(), 3);
        QCOMPARE(out.results.at(0).ranked.at(0).index, 0);
        QCOMPARE(out.results.at(1).model, u"model"_s);
        QCOMPARE(out.results.at(1).ranked.size(), 2); // "x" is not a document of the query
        QCOMPARE(out.results.at(1).ranked.at(0).index, 2);
        QCOMPARE(out.results.at(1).ranked.at(1).index, 3);
        QCOMPARE(out.results.at(1).documentCount, 4);
    }
};

QTEST_GUILESS_MAIN(TestEvalExport)
#include "tst_evalexport.moc"
