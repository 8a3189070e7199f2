#include "chatoptions.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

QJsonValue ResponseFormat::toJson() const
{
    switch (kind) {
    case Kind::Text:
        break;
    case Kind::JsonObject:
        return QJsonObject{ { "type"_L1, u"json_object"_s } };
    case Kind::JsonSchema:
        return QJsonObject{ { "type"_L1, u"json_schema"_s },
                            { "json_schema"_L1,
                              QJsonObject{ { "name"_L1, name.isEmpty() ? u"reply"_s : name },
                                           { "schema"_L1, schema },
                                           { "strict"_L1, strict } } } };
    }
    return QJsonValue(QJsonValue::Undefined);
}

ResponseFormat ResponseFormat::fromJson(const QJsonValue &value)
{
    ResponseFormat format;
    const QJsonObject object = value.toObject();
    const QString type = object.value("type"_L1).toString();
    if (type == "json_object"_L1) {
        format.kind = Kind::JsonObject;
    } else if (type == "json_schema"_L1) {
        format.kind = Kind::JsonSchema;
        const QJsonObject inner = object.value("json_schema"_L1).toObject();
        format.name = inner.value("name"_L1).toString(u"reply"_s);
        format.schema = inner.value("schema"_L1).toObject();
        format.strict = inner.value("strict"_L1).toBool(true);
    }
    return format;
}

void ChatOptions::applyTo(ChatRequest &request) const
{
    if (temperature)
        request.temperature = temperature;
    if (topP)
        request.topP = topP;
    if (topK)
        request.topK = topK;
    if (minP)
        request.minP = minP;
    if (maxTokens)
        request.maxTokens = maxTokens;
    if (!stop.isEmpty())
        request.stop = stop;
    if (presencePenalty)
        request.presencePenalty = presencePenalty;
    if (frequencyPenalty)
        request.frequencyPenalty = frequencyPenalty;
    if (repetitionPenalty)
        request.repetitionPenalty = repetitionPenalty;
    if (seed)
        request.seed = seed;
    if (!reasoningEffort.isEmpty())
        request.reasoningEffort = reasoningEffort;
    if (responseFormat.kind != ResponseFormat::Kind::Text)
        request.responseFormat = responseFormat.toJson();
    if (topLogprobs)
        request.topLogprobs = topLogprobs;
    for (auto it = extra.begin(); it != extra.end(); ++it)
        request.extra.insert(it.key(), it.value());
}

QJsonObject ChatOptions::toJson() const
{
    // Extra keys are kept apart so a preset read back knows which ones were typed fields.
    ChatOptions typed = *this;
    typed.extra = {};
    ChatRequest request;
    request.stream = false;
    typed.applyTo(request);
    QJsonObject body = request.toJson();
    body.remove("model"_L1);
    body.remove("messages"_L1);
    body.remove("stream"_L1);
    if (!extra.isEmpty())
        body.insert("extra"_L1, extra);
    return body;
}

ChatOptions ChatOptions::fromJson(const QJsonObject &object)
{
    ChatOptions o;
    const auto number = [&object](QLatin1StringView key) -> std::optional<double> {
        const QJsonValue v = object.value(key);
        return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
    };
    const auto integer = [&number](QLatin1StringView key) -> std::optional<int> {
        const auto v = number(key);
        return v ? std::optional<int>(int(*v)) : std::nullopt;
    };
    o.temperature = number("temperature"_L1);
    o.topP = number("top_p"_L1);
    o.topK = integer("top_k"_L1);
    o.minP = number("min_p"_L1);
    o.maxTokens = integer("max_tokens"_L1);
    const QJsonValue stop = object.value("stop"_L1);
    if (stop.isString())
        o.stop = QStringList{ stop.toString() };
    for (const QJsonValue &s : stop.toArray())
        o.stop.append(s.toString());
    o.presencePenalty = number("presence_penalty"_L1);
    o.frequencyPenalty = number("frequency_penalty"_L1);
    o.repetitionPenalty = number("repetition_penalty"_L1);
    if (const auto seed = number("seed"_L1))
        o.seed = qint64(*seed);
    o.reasoningEffort = object.value("reasoning_effort"_L1).toString();
    o.extra = object.value("extra"_L1).toObject();
    o.responseFormat = ResponseFormat::fromJson(object.value("response_format"_L1));
    if (object.value("logprobs"_L1).toBool())
        o.topLogprobs = integer("top_logprobs"_L1).value_or(0);
    return o;
}

namespace ChatParams {

bool parseAssignment(const QString &assignment, QString *key, QJsonValue *value)
{
    const qsizetype at = assignment.indexOf(u'=');
    if (at <= 0)
        return false;
    *key = assignment.left(at).trimmed();
    if (key->isEmpty())
        return false;
    const QString text = assignment.mid(at + 1);
    // Wrapped in an array so scalars ("0.5", "true", "\"x\"") parse as JSON too.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error == QJsonParseError::NoError && document.array().size() == 1)
        *value = document.array().first();
    else
        *value = text;
    return true;
}

bool parseExtra(const QString &text, QJsonObject *extra, QString *error)
{
    *extra = {};
    if (text.trimmed().isEmpty())
        return true;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const QString before = QString::fromUtf8(text.toUtf8().left(parseError.offset));
        const int line = int(before.count(u'\n')) + 1;
        *error = QCoreApplication::translate("ChatParams", "Line %1: %2. Fix the JSON.")
                     .arg(line)
                     .arg(parseError.errorString());
        return false;
    }
    if (!document.isObject()) {
        *error = QCoreApplication::translate(
            "ChatParams", "Extra parameters must be one JSON object, e.g. {\"top_k\": 40}.");
        return false;
    }
    *extra = document.object();
    return true;
}

QJsonObject replySettings(const QJsonObject &body)
{
    QJsonObject settings = body;
    for (const auto key : { "model"_L1, "messages"_L1, "stream"_L1, "stream_options"_L1 })
        settings.remove(key);
    return settings;
}

} // namespace ChatParams
