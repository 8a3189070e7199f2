#include "chat/jsonschema.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

// The validator's subset, case by case: each row is a schema, a value, and the expected
// verdict with the path of the first error.
class TestJsonSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validate_data();
    void validate();
    void checkSchema_data();
    void checkSchema();
    void validateText_data();
    void validateText();
    void prettyJson();
};

static QJsonValue json(const char *text)
{
    // Wrapped so scalars parse.
    return QJsonDocument::fromJson("[" + QByteArray(text) + "]").array().first();
}

void TestJsonSchema::validate_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("path");

    const auto row = [](const char *name, const char *schema, const char *value, bool ok,
                        const char *path = "") {
        QTest::newRow(name) << QString::fromUtf8(schema) << QString::fromUtf8(value) << ok
                            << QString::fromUtf8(path);
    };
    // type
    row("empty schema takes anything", "{}", R"({"a":[1,2]})", true);
    row("string ok", R"({"type":"string"})", R"("x")", true);
    row("string vs number", R"({"type":"string"})", "1", false, "$");
    row("number takes integer", R"({"type":"number"})", "3", true);
    row("number takes fraction", R"({"type":"number"})", "3.5", true);
    row("integer takes 3.0", R"({"type":"integer"})", "3.0", true);
    row("integer refuses 3.5", R"({"type":"integer"})", "3.5", false, "$");
    row("integer refuses string", R"({"type":"integer"})", R"("3")", false, "$");
    row("boolean", R"({"type":"boolean"})", "false", true);
    row("boolean refuses 0", R"({"type":"boolean"})", "0", false, "$");
    row("null", R"({"type":"null"})", "null", true);
    row("null refuses empty string", R"({"type":"null"})", R"("")", false, "$");
    row("array", R"({"type":"array"})", "[]", true);
    row("object refuses array", R"({"type":"object"})", "[]", false, "$");
    row("type list takes either", R"({"type":["string","null"]})", "null", true);
    row("type list refuses other", R"({"type":["string","null"]})", "1", false, "$");
    // properties / required / additionalProperties
    row("required present", R"({"type":"object","required":["a"]})", R"({"a":1})", true);
    row("required missing", R"({"type":"object","required":["a","b"]})", R"({"a":1})", false,
        "$.b");
    row("property type", R"({"properties":{"age":{"type":"integer"}}})", R"({"age":"x"})", false,
        "$.age");
    row("unknown property allowed by default", R"({"properties":{"a":{}}})", R"({"b":1})", true);
    row("additionalProperties false", R"({"properties":{"a":{}},"additionalProperties":false})",
        R"({"a":1,"zz":2})", false, "$.zz");
    row("additionalProperties schema ok", R"({"additionalProperties":{"type":"number"}})",
        R"({"x":1,"y":2})", true);
    row("additionalProperties schema fails", R"({"additionalProperties":{"type":"number"}})",
        R"({"x":1,"y":"no"})", false, "$.y");
    row("odd key path", R"({"properties":{"a b":{"type":"string"}}})", R"({"a b":1})", false,
        R"($["a b"])");
    row("nested path", R"({"properties":{"person":{"properties":{"name":{"type":"string"}}}}})",
        R"({"person":{"name":false}})", false, "$.person.name");
    row("required checked before properties",
        R"({"required":["b"],"properties":{"a":{"type":"string"}}})", R"({"a":1})", false, "$.b");
    row("properties in key order",
        R"({"properties":{"a":{"type":"string"},"b":{"type":"string"}}})", R"({"b":1,"a":2})",
        false, "$.a");
    // items
    row("items ok", R"({"items":{"type":"integer"}})", "[1,2,3]", true);
    row("items fails at index", R"({"items":{"type":"integer"}})", "[1,2,\"x\"]", false, "$[2]");
    row("items nested path", R"({"items":{"required":["id"]}})", R"([{"id":1},{}])", false,
        "$[1].id");
    row("items false", R"({"items":false})", "[1]", false, "$[0]");
    row("minItems", R"({"minItems":2})", "[1]", false, "$");
    row("maxItems", R"({"maxItems":1})", "[1,2]", false, "$");
    row("items bounds ok", R"({"minItems":1,"maxItems":2})", "[1,2]", true);
    // enum / const
    row("enum ok", R"({"enum":["red","green"]})", R"("green")", true);
    row("enum fails", R"({"enum":["red","green"]})", R"("blue")", false, "$");
    row("enum mixed types", R"({"enum":[1,"1",null]})", "null", true);
    row("enum deep equality", R"({"enum":[{"a":[1]}]})", R"({"a":[1]})", true);
    row("const", R"({"const":3})", "3", true);
    row("const fails", R"({"const":3})", "4", false, "$");
    // numbers
    row("minimum inclusive", R"({"minimum":0})", "0", true);
    row("minimum fails", R"({"minimum":0})", "-0.5", false, "$");
    row("maximum inclusive", R"({"maximum":10})", "10", true);
    row("maximum fails", R"({"maximum":10})", "10.01", false, "$");
    row("exclusiveMinimum", R"({"exclusiveMinimum":0})", "0", false, "$");
    row("exclusiveMaximum", R"({"exclusiveMaximum":1})", "0.999", true);
    row("bounds ignore strings", R"({"minimum":5})", R"("abc")", true);
    // strings
    row("minLength", R"({"minLength":3})", R"("ab")", false, "$");
    row("maxLength", R"({"maxLength":3})", R"("abcd")", false, "$");
    row("length counts characters not UTF-16 units", R"({"maxLength":1})", R"("😀")", true);
    row("length counts characters (umlaut)", R"({"minLength":2,"maxLength":2})", R"("äö")", true);
    row("pattern ok", R"({"pattern":"^[a-z]+$"})", R"("abc")", true);
    row("pattern fails", R"({"pattern":"^[a-z]+$"})", R"("ab1")", false, "$");
    // anyOf, $ref
    row("anyOf", R"({"anyOf":[{"type":"string"},{"type":"integer"}]})", "4", true);
    row("anyOf fails", R"({"anyOf":[{"type":"string"},{"type":"integer"}]})", "4.5", false, "$");
    row("ref to defs",
        R"({"$defs":{"n":{"type":"integer"}},"properties":{"x":{"$ref":"#/$defs/n"}}})",
        R"({"x":"no"})", false, "$.x");
    row("ref ok", R"({"$defs":{"n":{"type":"integer"}},"items":{"$ref":"#/$defs/n"}})", "[1,2]",
        true);
    row("dangling ref", R"({"$ref":"#/$defs/none"})", "1", false, "$");
    row("recursive ref terminates", R"({"$ref":"#"})", "1", false, "$");
    // unknown keywords are ignored
    row("unknown keyword", R"({"format":"email","type":"string"})", R"("not an email")", true);
    // a realistic structured-output schema
    const char *person = R"({"type":"object","properties":{"name":{"type":"string","minLength":1},
        "age":{"type":"integer","minimum":0,"maximum":150},"tags":{"type":"array",
        "items":{"type":"string","enum":["a","b"]}}},"required":["name","age","tags"],
        "additionalProperties":false})";
    row("person ok", person, R"({"name":"Ada","age":36,"tags":["a"]})", true);
    row("person bad tag", person, R"({"name":"Ada","age":36,"tags":["a","c"]})", false,
        "$.tags[1]");
    row("person too old", person, R"({"name":"Ada","age":200,"tags":[]})", false, "$.age");
    row("person extra", person, R"({"name":"Ada","age":3,"tags":[],"x":1})", false, "$.x");
    row("person empty name", person, R"({"name":"","age":3,"tags":[]})", false, "$.name");
}

void TestJsonSchema::validate()
{
    QFETCH(QString, schema);
    QFETCH(QString, value);
    QFETCH(bool, ok);
    QFETCH(QString, path);
    const QJsonDocument schemaDocument = QJsonDocument::fromJson(schema.toUtf8());
    QVERIFY2(schemaDocument.isObject(), qPrintable(schema));
    const QJsonValue instance = json(value.toUtf8().constData());
    const JsonSchema::Result result = JsonSchema::validate(instance, schemaDocument.object());
    QVERIFY2(result.ok == ok, qPrintable(result.path + u": "_s + result.message));
    if (!ok) {
        QCOMPARE(result.path, path);
        QVERIFY(!result.message.isEmpty());
    }
}

void TestJsonSchema::checkSchema_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("path"); // empty: valid
    QTest::newRow("empty") << u"{}"_s << QString();
    QTest::newRow("true") << u"true"_s << QString();
    QTest::newRow("not an object") << u"[1]"_s << u"$"_s;
    QTest::newRow("unknown type") << uR"({"type":"str"})"_s << u"$.type"_s;
    QTest::newRow("type list with junk") << uR"({"type":["string",3]})"_s << u"$.type"_s;
    QTest::newRow("empty type list") << uR"({"type":[]})"_s << u"$.type"_s;
    QTest::newRow("properties not object") << uR"({"properties":[]})"_s << u"$.properties"_s;
    QTest::newRow("bad nested type")
        << uR"({"properties":{"a":{"type":"int"}}})"_s << u"$.properties.a.type"_s;
    QTest::newRow("required not list") << uR"({"required":"a"})"_s << u"$.required"_s;
    QTest::newRow("required with number") << uR"({"required":["a",1]})"_s << u"$.required[1]"_s;
    QTest::newRow("items not schema") << uR"({"items":3})"_s << u"$.items"_s;
    QTest::newRow("bad items type") << uR"({"items":{"type":"x"}})"_s << u"$.items.type"_s;
    QTest::newRow("additionalProperties string")
        << uR"({"additionalProperties":"no"})"_s << u"$.additionalProperties"_s;
    QTest::newRow("enum empty") << uR"({"enum":[]})"_s << u"$.enum"_s;
    QTest::newRow("minimum text") << uR"({"minimum":"0"})"_s << u"$.minimum"_s;
    QTest::newRow("negative minLength") << uR"({"minLength":-1})"_s << u"$.minLength"_s;
    QTest::newRow("fractional maxItems") << uR"({"maxItems":1.5})"_s << u"$.maxItems"_s;
    QTest::newRow("bad pattern") << uR"({"pattern":"("})"_s << u"$.pattern"_s;
    QTest::newRow("bad def") << uR"({"$defs":{"x":{"type":1}}})"_s << u"$.$defs.x.type"_s;
    QTest::newRow("anyOf empty") << uR"({"anyOf":[]})"_s << u"$.anyOf"_s;
    QTest::newRow("good")
        << uR"({"type":"object","properties":{"a":{"type":"array","items":{"type":"string"}}},
               "required":["a"],"additionalProperties":false})"_s
        << QString();
}

void TestJsonSchema::checkSchema()
{
    QFETCH(QString, schema);
    QFETCH(QString, path);
    const JsonSchema::Result result = JsonSchema::checkSchema(json(schema.toUtf8().constData()));
    QCOMPARE(result.ok, path.isEmpty());
    QCOMPARE(result.path, path);
}

void TestJsonSchema::validateText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("plain") << uR"({"a":1})"_s << true;
    QTest::newRow("fenced") << u"```json\n{\"a\": 1}\n```"_s << true;
    QTest::newRow("spaces") << u"  \n{\"a\": 1}\n "_s << true;
    QTest::newRow("not json") << u"Sure! Here it is: {\"a\":1}"_s << false;
    QTest::newRow("two values") << uR"({"a":1} {"a":2})"_s << false;
    QTest::newRow("wrong type") << uR"({"a":"1"})"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestJsonSchema::validateText()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    const QJsonObject schema
        = QJsonDocument::fromJson(R"({"type":"object","properties":{"a":{"type":"integer"}},
                                      "required":["a"]})")
              .object();
    const JsonSchema::Result result = JsonSchema::validateText(text, schema);
    QCOMPARE(result.ok, ok);
}

void TestJsonSchema::prettyJson()
{
    bool isJson = false;
    QCOMPARE(JsonSchema::prettyJson(u"{\"b\":[1,2],\"a\":true}"_s, &isJson),
             u"{\n    \"a\": true,\n    \"b\": [\n        1,\n        2\n    ]\n}"_s);
    QVERIFY(isJson);
    QCOMPARE(JsonSchema::prettyJson(u"no json here"_s, &isJson), u"no json here"_s);
    QVERIFY(!isJson);
}

QTEST_GUILESS_MAIN(TestJsonSchema)
#include "tst_jsonschema.moc"
