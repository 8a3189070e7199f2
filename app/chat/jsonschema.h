#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>

// A small JSON Schema validator for the subset structured-output schemas use: type (one or a
// list), properties, required, additionalProperties (bool or schema), items, enum, const,
// minimum/maximum, exclusiveMinimum/exclusiveMaximum, minLength/maxLength (in characters),
// minItems/maxItems, pattern, anyOf, and local "$ref": "#/$defs/…" ("#/definitions/…").
// Other keywords are ignored, as the standard says of unknown ones.
namespace JsonSchema {

struct Result
{
    bool ok = true;
    QString path;    // where the first problem is: "$", "$.items[2].name"
    QString message; // what is wrong there, for the user

    static Result pass() { return {}; }
    static Result fail(const QString &path, const QString &message)
    {
        return { false, path, message };
    }
};

// Whether `schema` itself is well formed for the subset above (a "type" Sift knows, "required"
// a list of names, numbers where numbers belong, …). The path points into the schema.
Result checkSchema(const QJsonValue &schema);
// Whether `value` satisfies `schema`; the first error found, depth first (properties in key
// order, so the answer does not depend on the order the reply wrote them in).
Result validate(const QJsonValue &value, const QJsonObject &schema);
// The reply text read as JSON (a code fence around it is allowed) and validated.
Result validateText(const QString &text, const QJsonObject &schema);
// The reply text pretty-printed when it is JSON (a fence around it allowed), else unchanged.
QString prettyJson(const QString &text, bool *isJson = nullptr);

} // namespace JsonSchema
