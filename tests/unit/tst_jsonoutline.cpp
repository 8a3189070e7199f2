#include "chat/jsonoutline.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// JsonOutline: a JSON reply pretty-printed in the order it was written, with foldable objects
// and arrays; ReplyCheck: the line that says whether a JSON reply is what was asked for.
class TestJsonOutline : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keepsOrderAndSpelling();
    void foldsContainers();
    void prettyIsValidJson();
    void refusesWhatIsNotJson_data();
    void refusesWhatIsNotJson();
    void scalarsAndEmptyContainers();
    void replyCheck();
};

void TestJsonOutline::keepsOrderAndSpelling()
{
    const auto outline
        = JsonOutline::parse(u"```json\n{\"z\": 1.50, \"a\": [true, null, \"x]},\\\"\"]}\n```"_s);
    QVERIFY(outline);
    QCOMPARE(outline->text({}),
             u"▾ {\n"
             u"    \"z\": 1.50,\n"
             u"  ▾ \"a\": [\n"
             u"      true,\n"
             u"      null,\n"
             u"      \"x]},\\\"\"\n"
             u"    ]\n"
             u"  }"_s);
    QCOMPARE(outline->foldCount(), 2);
}

void TestJsonOutline::foldsContainers()
{
    const auto outline = JsonOutline::parse(
        u"{\"city\": \"Oslo\", \"tags\": [\"a\", \"b\"], \"where\": {\"lat\": 59.9, \"lon\": 10.7}}"_s);
    QVERIFY(outline);
    const QList<JsonOutline::Line> open = outline->lines({});
    QList<int> folds;
    for (const JsonOutline::Line &line : open)
        folds.append(line.fold);
    QCOMPARE(folds, (QList<int>{ 0, -1, 1, -1, -1, -1, 2, -1, -1, -1, -1 }));
    QCOMPARE(outline->text({ 1 }),
             u"▾ {\n"
             u"    \"city\": \"Oslo\",\n"
             u"  ▸ \"tags\": [… 2 items],\n"
             u"  ▾ \"where\": {\n"
             u"      \"lat\": 59.9,\n"
             u"      \"lon\": 10.7\n"
             u"    }\n"
             u"  }"_s);
    const QList<JsonOutline::Line> folded = outline->lines({ 1 });
    QCOMPARE(folded.at(2).fold, 1);
    QVERIFY(folded.at(2).folded);
    QCOMPARE(outline->allBelowTop(), (QSet<int>{ 1, 2 }));
    QCOMPARE(outline->text(outline->allBelowTop()),
             u"▾ {\n"
             u"    \"city\": \"Oslo\",\n"
             u"  ▸ \"tags\": [… 2 items],\n"
             u"  ▸ \"where\": {… 2 keys}\n"
             u"  }"_s);
    QCOMPARE(outline->text({ 0 }), u"▸ {… 3 keys}"_s);
}

void TestJsonOutline::prettyIsValidJson()
{
    const QString text = u"{\"b\":{\"c\":[1,2,{\"d\":\"e\"}]},\"a\":\"\\u00e9\\n\"}"_s;
    const auto outline = JsonOutline::parse(text);
    QVERIFY(outline);
    const QString pretty = outline->pretty();
    QVERIFY(!pretty.contains(u"▾"_s));
    QVERIFY(pretty.startsWith(u"{\n    \"b\": {\n        \"c\": [\n"_s));
    QCOMPARE(QJsonDocument::fromJson(pretty.toUtf8()), QJsonDocument::fromJson(text.toUtf8()));
}

void TestJsonOutline::refusesWhatIsNotJson_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("prose") << u"Sure! Here is the JSON."_s;
    QTest::newRow("cut") << u"{\"a\": [1, 2"_s;
    QTest::newRow("two values") << u"{} {}"_s;
    QTest::newRow("trailing comma") << u"[1,]"_s;
    QTest::newRow("empty") << QString();
}

void TestJsonOutline::refusesWhatIsNotJson()
{
    QFETCH(QString, text);
    QVERIFY(!JsonOutline::parse(text));
}

void TestJsonOutline::scalarsAndEmptyContainers()
{
    QCOMPARE(JsonOutline::parse(u" 42 "_s)->text({}), u"  42"_s);
    QCOMPARE(JsonOutline::parse(u"\"hi\""_s)->foldCount(), 0);
    const auto outline = JsonOutline::parse(u"{\"a\": {}, \"b\": []}"_s);
    QCOMPARE(outline->foldCount(), 1);
    QCOMPARE(outline->text({}), u"▾ {\n    \"a\": {},\n    \"b\": []\n  }"_s);
}

void TestJsonOutline::replyCheck()
{
    const QJsonObject schema{ { u"type"_s, u"object"_s },
                              { u"required"_s, QJsonArray{ u"city"_s } } };
    const QJsonObject settings{
        { u"response_format"_s,
          QJsonObject{ { u"type"_s, u"json_schema"_s },
                       { u"json_schema"_s,
                         QJsonObject{ { u"name"_s, u"place"_s }, { u"schema"_s, schema } } } } }
    };
    ReplyCheck check = ReplyCheck::of(u"{\"city\": \"Oslo\"}"_s, settings, true);
    QVERIFY(check.applies && check.ok);
    QVERIFY2(check.text.contains(u"follows the schema “place”"_s), qPrintable(check.text));
    check = ReplyCheck::of(u"{\"town\": \"Oslo\"}"_s, settings, true);
    QVERIFY(check.applies && !check.ok);
    QVERIFY2(check.text.contains(u"$.city"_s), qPrintable(check.text));
    QVERIFY(!ReplyCheck::of(u"{}"_s, settings, false).applies); // still streaming
    QVERIFY(!ReplyCheck::of(u"{}"_s, {}, true).applies);        // asked for text
    const QJsonObject object{ { u"response_format"_s,
                                QJsonObject{ { u"type"_s, u"json_object"_s } } } };
    QVERIFY(ReplyCheck::of(u"[1]"_s, object, true).ok);
    QVERIFY(!ReplyCheck::of(u"no"_s, object, true).ok);
}

QTEST_GUILESS_MAIN(TestJsonOutline)
#include "tst_jsonoutline.moc"
