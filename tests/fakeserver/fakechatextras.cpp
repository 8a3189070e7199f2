#include "fakechatextras.h"

#include <QJsonDocument>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

quint32 fnv(const QString &text)
{
    quint32 hash = 2166136261u;
    for (const char c : text.toUtf8()) {
        hash ^= quint8(c);
        hash *= 16777619u;
    }
    return hash;
}

QJsonValue instanceOf(const QJsonObject &schema, const QJsonObject &root, const QString &hint,
                      int depth)
{
    if (depth > 16)
        return QJsonValue::Null;
    const QString ref = schema.value("$ref"_L1).toString();
    if (ref.startsWith("#/"_L1)) {
        QJsonValue at = root;
        for (const QString &part : ref.mid(2).split(u'/'))
            at = at.toObject().value(part);
        return instanceOf(at.toObject(), root, hint, depth + 1);
    }
    if (schema.contains("const"_L1))
        return schema.value("const"_L1);
    const QJsonArray options = schema.value("enum"_L1).toArray();
    if (!options.isEmpty())
        return options.first();
    if (schema.value("anyOf"_L1).isArray())
        return instanceOf(schema.value("anyOf"_L1).toArray().first().toObject(), root, hint,
                          depth + 1);
    QJsonValue typeValue = schema.value("type"_L1);
    if (typeValue.isArray())
        typeValue = typeValue.toArray().first();
    QString type = typeValue.toString();
    if (type.isEmpty())
        type = schema.contains("properties"_L1) ? u"object"_s : u"string"_s;
    if (type == "object"_L1) {
        QJsonObject object;
        const QJsonObject properties = schema.value("properties"_L1).toObject();
        for (auto it = properties.begin(); it != properties.end(); ++it)
            object.insert(it.key(), instanceOf(it.value().toObject(), root, it.key(), depth + 1));
        return object;
    }
    if (type == "array"_L1) {
        QJsonArray array;
        const int count = std::max(1, schema.value("minItems"_L1).toInt(1));
        for (int i = 0; i < count; ++i)
            array.append(instanceOf(schema.value("items"_L1).toObject(), root, hint, depth + 1));
        return array;
    }
    if (type == "integer"_L1 || type == "number"_L1) {
        double value = 42;
        if (schema.value("minimum"_L1).isDouble())
            value = std::max(value, schema.value("minimum"_L1).toDouble());
        if (schema.value("maximum"_L1).isDouble())
            value = std::min(value, schema.value("maximum"_L1).toDouble());
        return type == "integer"_L1 ? QJsonValue(std::ceil(value)) : QJsonValue(value);
    }
    if (type == "boolean"_L1)
        return true;
    if (type == "null"_L1)
        return QJsonValue::Null;
    QString text = hint.isEmpty() ? u"example"_s : hint + u" example"_s;
    const int minLength = schema.value("minLength"_L1).toInt(0);
    while (text.size() < minLength)
        text += u'x';
    if (schema.value("maxLength"_L1).isDouble())
        text.truncate(schema.value("maxLength"_L1).toInt());
    return text;
}

} // namespace

namespace FakeChatExtras {

QString structuredReply(const QJsonObject &body, const QString &lastUser, bool invalid)
{
    const QJsonObject format = body.value("response_format"_L1).toObject();
    const QString type = format.value("type"_L1).toString();
    QJsonValue reply;
    if (type == "json_object"_L1) {
        reply = invalid ? QJsonValue(u"not an object"_s)
                        : QJsonValue(QJsonObject{ { "reply"_L1, u"You said: "_s + lastUser } });
    } else if (type == "json_schema"_L1) {
        const QJsonObject schema
            = format.value("json_schema"_L1).toObject().value("schema"_L1).toObject();
        reply = instanceOf(schema, schema, QString(), 0);
        if (invalid) {
            const QJsonArray required = schema.value("required"_L1).toArray();
            if (reply.isObject() && !required.isEmpty()) {
                QJsonObject object = reply.toObject();
                object.remove(required.first().toString());
                reply = object;
            } else {
                reply = reply.isString() ? QJsonValue(7) : QJsonValue(u"wrong type"_s);
            }
        }
    } else {
        return {};
    }
    const QByteArray text = reply.isObject()
        ? QJsonDocument(reply.toObject()).toJson(QJsonDocument::Compact)
        : reply.isArray()
        ? QJsonDocument(reply.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(QJsonArray{ reply }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    return QString::fromUtf8(text);
}

QJsonArray logprobsFor(const QString &piece, int top)
{
    if (piece.isEmpty())
        return {};
    const quint32 hash = fnv(piece);
    // Confidence from 0.2 to 0.99, stable for the same text.
    const double p = 0.2 + 0.79 * double(hash % 1000) / 999.0;
    const auto bytes = [](const QString &text) {
        QJsonArray list;
        for (const char c : text.toUtf8())
            list.append(int(quint8(c)));
        return list;
    };
    QJsonArray alternatives;
    double rest = 1.0 - p;
    for (int i = 0; i < top; ++i) {
        const QString token = i == 0 ? piece : piece + QString(u"_alt%1"_s).arg(i);
        const double q = i == 0 ? p : rest / 2.0;
        if (i > 0)
            rest -= q;
        alternatives.append(QJsonObject{
            { "token"_L1, token }, { "logprob"_L1, std::log(q) }, { "bytes"_L1, bytes(token) } });
    }
    return QJsonArray{ QJsonObject{ { "token"_L1, piece },
                                    { "logprob"_L1, std::log(p) },
                                    { "bytes"_L1, bytes(piece) },
                                    { "top_logprobs"_L1, alternatives } } };
}

QByteArray logprobsObject(const QString &piece, int top)
{
    return QJsonDocument(QJsonObject{ { "content"_L1, logprobsFor(piece, top) } })
        .toJson(QJsonDocument::Compact);
}

int imageParts(const QJsonObject &body)
{
    const QJsonArray messages = body.value("messages"_L1).toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        if (message.value("role"_L1).toString() != "user"_L1)
            continue;
        int count = 0;
        for (const QJsonValue &part : message.value("content"_L1).toArray())
            count += part.toObject().value("type"_L1).toString() == "image_url"_L1 ? 1 : 0;
        return count;
    }
    return 0;
}

} // namespace FakeChatExtras
