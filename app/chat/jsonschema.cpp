#include "jsonschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("JsonSchema", text);
}

const QSet<QString> &typeNames()
{
    static const QSet<QString> names{ u"object"_s,  u"array"_s,   u"string"_s, u"number"_s,
                                      u"integer"_s, u"boolean"_s, u"null"_s };
    return names;
}

QString childPath(const QString &path, const QString &key)
{
    static const QRegularExpression plain(u"^[A-Za-z_$][A-Za-z0-9_$]*$"_s);
    if (plain.match(key).hasMatch())
        return path + u'.' + key;
    return path + u"[\""_s + QString(key).replace(u'"', u"\\\""_s) + u"\"]"_s;
}

QString indexPath(const QString &path, qsizetype index)
{
    return path + u'[' + QString::number(index) + u']';
}

bool isInteger(const QJsonValue &value)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

bool hasType(const QJsonValue &value, const QString &type)
{
    if (type == "object"_L1)
        return value.isObject();
    if (type == "array"_L1)
        return value.isArray();
    if (type == "string"_L1)
        return value.isString();
    if (type == "number"_L1)
        return value.isDouble();
    if (type == "integer"_L1)
        return isInteger(value);
    if (type == "boolean"_L1)
        return value.isBool();
    if (type == "null"_L1)
        return value.isNull();
    return false;
}

QString typeOf(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Double:
        return isInteger(value) ? u"integer"_s : u"number"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"nothing"_s;
}

QString compactJson(const QJsonValue &value)
{
    const QByteArray text = QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(text.mid(1, text.size() - 2));
}

bool isCount(const QJsonValue &value)
{
    return isInteger(value) && value.toDouble() >= 0;
}

class Validator
{
public:
    explicit Validator(const QJsonObject &root) : m_root(root) { }

    JsonSchema::Result check(const QJsonValue &value, const QJsonObject &schema,
                             const QString &path, int depth) const
    {
        using JsonSchema::Result;
        if (depth > 64)
            return Result::fail(path, tr("the schema nests too deeply (a $ref loop?)"));
        if (schema.contains("$ref"_L1)) {
            const QString ref = schema.value("$ref"_L1).toString();
            const std::optional<QJsonObject> target = resolve(ref);
            if (!target)
                return Result::fail(path, tr("the schema's $ref “%1” points nowhere").arg(ref));
            if (const Result r = check(value, *target, path, depth + 1); !r.ok)
                return r;
        }

        const QJsonValue typeValue = schema.value("type"_L1);
        if (!typeValue.isUndefined()) {
            QStringList types;
            if (typeValue.isString())
                types << typeValue.toString();
            for (const QJsonValue &t : typeValue.toArray())
                types << t.toString();
            bool any = false;
            for (const QString &type : std::as_const(types))
                any = any || hasType(value, type);
            if (!any)
                return Result::fail(
                    path, tr("expected %1, found %2").arg(types.join(u" or "_s), typeOf(value)));
        }

        if (schema.contains("enum"_L1)) {
            const QJsonArray options = schema.value("enum"_L1).toArray();
            if (!options.contains(value))
                return Result::fail(
                    path,
                    tr("%1 is not one of %2")
                        .arg(compactJson(value), compactJson(schema.value("enum"_L1))));
        }
        if (schema.contains("const"_L1) && schema.value("const"_L1) != value)
            return Result::fail(
                path,
                tr("expected %1, found %2")
                    .arg(compactJson(schema.value("const"_L1)), compactJson(value)));

        if (schema.contains("anyOf"_L1)) {
            bool any = false;
            for (const QJsonValue &option : schema.value("anyOf"_L1).toArray())
                any = any || check(value, option.toObject(), path, depth + 1).ok;
            if (!any)
                return Result::fail(path, tr("matches none of the anyOf choices"));
        }

        if (value.isDouble()) {
            const double d = value.toDouble();
            const auto bound = [&schema](QLatin1StringView key) -> std::optional<double> {
                const QJsonValue v = schema.value(key);
                return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
            };
            if (const auto min = bound("minimum"_L1); min && d < *min)
                return Result::fail(path,
                                    tr("%1 is less than the minimum %2")
                                        .arg(compactJson(value), QString::number(*min)));
            if (const auto max = bound("maximum"_L1); max && d > *max)
                return Result::fail(path,
                                    tr("%1 is more than the maximum %2")
                                        .arg(compactJson(value), QString::number(*max)));
            if (const auto min = bound("exclusiveMinimum"_L1); min && d <= *min)
                return Result::fail(
                    path,
                    tr("%1 must be more than %2").arg(compactJson(value), QString::number(*min)));
            if (const auto max = bound("exclusiveMaximum"_L1); max && d >= *max)
                return Result::fail(
                    path,
                    tr("%1 must be less than %2").arg(compactJson(value), QString::number(*max)));
        }

        if (value.isString()) {
            const QString text = value.toString();
            const qsizetype length = text.toUcs4().size();
            const QJsonValue minLength = schema.value("minLength"_L1);
            const QJsonValue maxLength = schema.value("maxLength"_L1);
            if (minLength.isDouble() && length < minLength.toDouble())
                return Result::fail(path,
                                    tr("the text has %1 characters, fewer than %2")
                                        .arg(length)
                                        .arg(minLength.toInteger()));
            if (maxLength.isDouble() && length > maxLength.toDouble())
                return Result::fail(path,
                                    tr("the text has %1 characters, more than %2")
                                        .arg(length)
                                        .arg(maxLength.toInteger()));
            if (schema.value("pattern"_L1).isString()) {
                const QRegularExpression pattern(schema.value("pattern"_L1).toString());
                if (pattern.isValid() && !pattern.match(text).hasMatch())
                    return Result::fail(
                        path, tr("the text does not match the pattern %1").arg(pattern.pattern()));
            }
        }

        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            const QJsonValue minItems = schema.value("minItems"_L1);
            const QJsonValue maxItems = schema.value("maxItems"_L1);
            if (minItems.isDouble() && array.size() < minItems.toDouble())
                return Result::fail(path,
                                    tr("the list has %1 items, fewer than %2")
                                        .arg(array.size())
                                        .arg(minItems.toInteger()));
            if (maxItems.isDouble() && array.size() > maxItems.toDouble())
                return Result::fail(path,
                                    tr("the list has %1 items, more than %2")
                                        .arg(array.size())
                                        .arg(maxItems.toInteger()));
            const QJsonValue items = schema.value("items"_L1);
            if (items.isObject()) {
                for (qsizetype i = 0; i < array.size(); ++i) {
                    if (const Result r
                        = check(array.at(i), items.toObject(), indexPath(path, i), depth + 1);
                        !r.ok)
                        return r;
                }
            } else if (items.isBool() && !items.toBool() && !array.isEmpty()) {
                return Result::fail(indexPath(path, 0), tr("no items are allowed here"));
            }
        }

        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            for (const QJsonValue &name : schema.value("required"_L1).toArray()) {
                if (!object.contains(name.toString()))
                    return Result::fail(childPath(path, name.toString()),
                                        tr("the required property is missing"));
            }
            const QJsonObject properties = schema.value("properties"_L1).toObject();
            const QJsonValue additional = schema.value("additionalProperties"_L1);
            // QJsonObject iterates in key order: the first error is stable whatever the text's
            // order.
            for (auto it = object.begin(); it != object.end(); ++it) {
                const QString here = childPath(path, it.key());
                if (properties.contains(it.key())) {
                    if (const Result r
                        = check(it.value(), properties.value(it.key()).toObject(), here, depth + 1);
                        !r.ok)
                        return r;
                } else if (additional.isBool() && !additional.toBool()) {
                    return Result::fail(here, tr("this property is not allowed"));
                } else if (additional.isObject()) {
                    if (const Result r = check(it.value(), additional.toObject(), here, depth + 1);
                        !r.ok)
                        return r;
                }
            }
        }
        return JsonSchema::Result::pass();
    }

private:
    std::optional<QJsonObject> resolve(const QString &ref) const
    {
        if (ref == "#"_L1)
            return m_root;
        if (!ref.startsWith("#/"_L1))
            return std::nullopt;
        QJsonValue at = m_root;
        for (QString part : ref.mid(2).split(u'/')) {
            part.replace(u"~1"_s, u"/"_s).replace(u"~0"_s, u"~"_s);
            if (!at.isObject() || !at.toObject().contains(part))
                return std::nullopt;
            at = at.toObject().value(part);
        }
        return at.isObject() ? std::optional<QJsonObject>(at.toObject()) : std::nullopt;
    }

    QJsonObject m_root;
};

JsonSchema::Result checkNode(const QJsonValue &node, const QString &path, int depth)
{
    using JsonSchema::Result;
    if (depth > 64)
        return Result::fail(path, tr("the schema nests too deeply"));
    if (node.isBool())
        return Result::pass();
    if (!node.isObject())
        return Result::fail(path, tr("a schema must be a JSON object"));
    const QJsonObject schema = node.toObject();

    const QJsonValue type = schema.value("type"_L1);
    if (!type.isUndefined()) {
        QJsonArray list = type.isArray() ? type.toArray() : QJsonArray{ type };
        if (list.isEmpty())
            return Result::fail(childPath(path, u"type"_s), tr("the list of types is empty"));
        for (const QJsonValue &t : std::as_const(list)) {
            if (!t.isString() || !typeNames().contains(t.toString()))
                return Result::fail(childPath(path, u"type"_s),
                                    tr("%1 is not a JSON type (use object, array, string, "
                                       "number, integer, boolean or null)")
                                        .arg(compactJson(t)));
        }
    }
    const QJsonValue properties = schema.value("properties"_L1);
    if (!properties.isUndefined()) {
        if (!properties.isObject())
            return Result::fail(childPath(path, u"properties"_s),
                                tr("properties must be an object of schemas"));
        const QJsonObject object = properties.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (const Result r = checkNode(
                    it.value(), childPath(childPath(path, u"properties"_s), it.key()), depth + 1);
                !r.ok)
                return r;
        }
    }
    const QJsonValue required = schema.value("required"_L1);
    if (!required.isUndefined()) {
        const QJsonArray names = required.toArray();
        if (!required.isArray())
            return Result::fail(childPath(path, u"required"_s),
                                tr("required must be a list of property names"));
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (!names.at(i).isString())
                return Result::fail(indexPath(childPath(path, u"required"_s), i),
                                    tr("required must be a list of property names"));
        }
    }
    for (const auto key : { "items"_L1, "additionalProperties"_L1 }) {
        const QJsonValue sub = schema.value(key);
        if (sub.isUndefined())
            continue;
        if (!sub.isObject() && !sub.isBool())
            return Result::fail(childPath(path, key), tr("must be a schema or true/false"));
        if (const Result r = checkNode(sub, childPath(path, key), depth + 1); !r.ok)
            return r;
    }
    for (const auto key : { "anyOf"_L1 }) {
        const QJsonValue sub = schema.value(key);
        if (sub.isUndefined())
            continue;
        if (!sub.isArray() || sub.toArray().isEmpty())
            return Result::fail(childPath(path, key), tr("must be a non-empty list of schemas"));
        const QJsonArray list = sub.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (const Result r
                = checkNode(list.at(i), indexPath(childPath(path, key), i), depth + 1);
                !r.ok)
                return r;
        }
    }
    for (const auto key : { "$defs"_L1, "definitions"_L1 }) {
        const QJsonObject defs = schema.value(key).toObject();
        for (auto it = defs.begin(); it != defs.end(); ++it) {
            if (const Result r
                = checkNode(it.value(), childPath(childPath(path, key), it.key()), depth + 1);
                !r.ok)
                return r;
        }
    }
    const QJsonValue enumValue = schema.value("enum"_L1);
    if (!enumValue.isUndefined() && (!enumValue.isArray() || enumValue.toArray().isEmpty()))
        return Result::fail(childPath(path, u"enum"_s), tr("enum must be a non-empty list"));
    for (const auto key :
         { "minimum"_L1, "maximum"_L1, "exclusiveMinimum"_L1, "exclusiveMaximum"_L1 }) {
        const QJsonValue v = schema.value(key);
        if (!v.isUndefined() && !v.isDouble())
            return Result::fail(childPath(path, key), tr("must be a number"));
    }
    for (const auto key : { "minLength"_L1, "maxLength"_L1, "minItems"_L1, "maxItems"_L1 }) {
        const QJsonValue v = schema.value(key);
        if (!v.isUndefined() && !isCount(v))
            return Result::fail(childPath(path, key), tr("must be a whole number, 0 or more"));
    }
    const QJsonValue pattern = schema.value("pattern"_L1);
    if (!pattern.isUndefined()
        && (!pattern.isString() || !QRegularExpression(pattern.toString()).isValid()))
        return Result::fail(childPath(path, u"pattern"_s),
                            tr("must be a valid regular expression"));
    const QJsonValue ref = schema.value("$ref"_L1);
    if (!ref.isUndefined() && !ref.isString())
        return Result::fail(childPath(path, u"$ref"_s), tr("must be a text such as #/$defs/x"));
    return Result::pass();
}

// The JSON inside ```json … ``` when the whole text is one fenced block.
QString unfenced(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith("```"_L1) || !trimmed.endsWith("```"_L1) || trimmed.size() < 6)
        return trimmed;
    const qsizetype firstLine = trimmed.indexOf(u'\n');
    if (firstLine < 0)
        return trimmed;
    return trimmed.mid(firstLine + 1, trimmed.size() - 3 - firstLine - 1).trimmed();
}

} // namespace

namespace JsonSchema {

Result checkSchema(const QJsonValue &schema)
{
    return checkNode(schema, u"$"_s, 0);
}

Result validate(const QJsonValue &value, const QJsonObject &schema)
{
    return Validator(schema).check(value, schema, u"$"_s, 0);
}

Result validateText(const QString &text, const QJsonObject &schema)
{
    QJsonParseError error;
    const QByteArray json = unfenced(text).toUtf8();
    // Wrapped so a scalar reply ("42") parses too.
    const QJsonDocument document = QJsonDocument::fromJson("[" + json + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return Result::fail(u"$"_s,
                            tr("the reply is not valid JSON (%1)")
                                .arg(QJsonDocument::fromJson(json, &error).isNull()
                                         ? error.errorString()
                                         : tr("more than one value")));
    return validate(document.array().first(), schema);
}

QString prettyJson(const QString &text, bool *isJson)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(unfenced(text).toUtf8(), &error);
    const bool ok = error.error == QJsonParseError::NoError && !document.isNull();
    if (isJson)
        *isJson = ok;
    return ok ? QString::fromUtf8(document.toJson(QJsonDocument::Indented)).trimmed() : text;
}

} // namespace JsonSchema
