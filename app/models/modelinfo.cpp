#include "modelinfo.h"

#include "api/endpoint.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

std::optional<double> optionalNumber(const QJsonValue &value)
{
    if (value.isDouble())
        return value.toDouble();
    // Some lists send prices as strings ("0.03").
    if (value.isString()) {
        bool ok = false;
        const double number = value.toString().toDouble(&ok);
        if (ok)
            return number;
    }
    return std::nullopt;
}

int intValue(const QJsonValue &value)
{
    if (value.isString())
        return value.toString().toInt();
    return value.toInt();
}

QString lastSegment(const QString &id)
{
    const qsizetype slash = id.lastIndexOf(u'/');
    return slash < 0 ? id : id.mid(slash + 1);
}

// The live list has no type field: guess from the tags, then from the id.
ModelInfo::Type guessType(const QString &id, const QStringList &tags)
{
    for (const QString &tag : tags) {
        const QString t = tag.toLower();
        if (t.contains("rerank"_L1))
            return ModelInfo::Type::Rerank;
        if (t.contains("embed"_L1))
            return ModelInfo::Type::Embeddings;
    }
    const QString lower = id.toLower();
    if (lower.contains("rerank"_L1))
        return ModelInfo::Type::Rerank;
    if (lower.contains("embed"_L1))
        return ModelInfo::Type::Embeddings;
    return ModelInfo::Type::Chat;
}

} // namespace

QString ModelInfo::typeToString(Type type)
{
    switch (type) {
    case Type::Chat:
        return u"chat"_s;
    case Type::Rerank:
        return u"rerank"_s;
    case Type::Embeddings:
        return u"embeddings"_s;
    case Type::Other:
        return u"other"_s;
    }
    return u"other"_s;
}

std::optional<ModelInfo::Type> ModelInfo::typeFromString(const QString &text)
{
    const QString key = text.trimmed().toLower();
    // DeepInfra's native list says "text-generation" and "reranker".
    if (key == "chat"_L1 || key == "text-generation"_L1)
        return Type::Chat;
    if (key == "rerank"_L1 || key == "reranker"_L1)
        return Type::Rerank;
    if (key == "embeddings"_L1 || key == "embedding"_L1 || key == "embed"_L1)
        return Type::Embeddings;
    if (key == "other"_L1)
        return Type::Other;
    return std::nullopt;
}

QString ModelInfo::sourceToString(Source source)
{
    switch (source) {
    case Source::Documented:
        return u"documented"_s;
    case Source::Live:
        return u"live"_s;
    case Source::Custom:
        return u"custom"_s;
    }
    return u"custom"_s;
}

std::optional<double> ModelInfo::estimateCost(int inputTokens, int outputTokens) const
{
    if (!priceInPerMTok && !priceOutPerMTok)
        return std::nullopt;
    // A missing price only matters for tokens that were actually used.
    if ((inputTokens > 0 && !priceInPerMTok) || (outputTokens > 0 && !priceOutPerMTok))
        return std::nullopt;
    return (inputTokens * priceInPerMTok.value_or(0.0)
            + outputTokens * priceOutPerMTok.value_or(0.0))
        / 1e6;
}

QList<ModelInfo> parseDocumentedModels(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        if (error)
            *error = parseError.error != QJsonParseError::NoError
                ? parseError.errorString()
                : u"the model table is not a JSON object"_s;
        return {};
    }

    QList<ModelInfo> models;
    const QJsonArray entries = document.object().value("models"_L1).toArray();
    for (const QJsonValue &value : entries) {
        ModelInfo info = modelInfoFromJson(value.toObject());
        if (info.id.isEmpty())
            continue;
        info.source = ModelInfo::Source::Documented;
        models.append(info);
    }
    if (error)
        error->clear();
    return models;
}

QList<ModelInfo> parseOpenAiModelList(const QJsonObject &list)
{
    QList<ModelInfo> models;
    const QJsonArray data = list.value("data"_L1).toArray();
    for (const QJsonValue &value : data) {
        const QJsonObject entry = value.toObject();
        ModelInfo info;
        info.id = normalizeModelId(entry.value("id"_L1).toString());
        if (info.id.isEmpty())
            continue;
        info.displayName = lastSegment(info.id);
        info.source = ModelInfo::Source::Live;

        // DeepInfra adds metadata; LiteLLM and others send null or nothing.
        const QJsonObject metadata = entry.value("metadata"_L1).toObject();
        QStringList tags;
        for (const QJsonValue &tag : metadata.value("tags"_L1).toArray())
            tags.append(tag.toString());
        info.type = guessType(info.id, tags);
        info.description = metadata.value("description"_L1).toString();
        info.contextLength = intValue(metadata.value("context_length"_L1));
        info.maxOutputTokens = intValue(metadata.value("max_tokens"_L1));
        const QJsonObject pricing = metadata.value("pricing"_L1).toObject();
        info.priceInPerMTok = optionalNumber(pricing.value("input_tokens"_L1));
        info.priceOutPerMTok = optionalNumber(pricing.value("output_tokens"_L1));
        info.deprecated = metadata.value("deprecated"_L1).toBool()
            || tags.contains("deprecated"_L1, Qt::CaseInsensitive);
        info.vision = tags.contains("vision"_L1, Qt::CaseInsensitive)
            || tags.contains("multimodal"_L1, Qt::CaseInsensitive);
        info.reasoning = tags.contains("reasoning"_L1, Qt::CaseInsensitive);
        models.append(info);
    }
    return models;
}

QList<ModelInfo> parseNativeModelList(const QJsonArray &list)
{
    QList<ModelInfo> models;
    for (const QJsonValue &value : list) {
        const QJsonObject entry = value.toObject();
        ModelInfo info;
        info.id = normalizeModelId(entry.value("model_name"_L1).toString());
        if (info.id.isEmpty())
            continue;
        info.displayName = lastSegment(info.id);
        info.source = ModelInfo::Source::Live;
        QString type = entry.value("type"_L1).toString();
        if (type.isEmpty())
            type = entry.value("reported_type"_L1).toString();
        // Types Sift has no use for (image generation, speech…) are "other", not chat.
        info.type = ModelInfo::typeFromString(type).value_or(
            type.isEmpty() ? guessType(info.id, {}) : ModelInfo::Type::Other);
        info.description = entry.value("description"_L1).toString();
        info.deprecated = entry.value("deprecated"_L1).toBool();
        const QJsonObject pricing = entry.value("pricing"_L1).toObject();
        // Cents per token → USD per 1M tokens.
        if (const auto in = optionalNumber(pricing.value("cents_per_input_token"_L1)))
            info.priceInPerMTok = *in * 1e6 / 100.0;
        if (const auto out = optionalNumber(pricing.value("cents_per_output_token"_L1)))
            info.priceOutPerMTok = *out * 1e6 / 100.0;
        models.append(info);
    }
    return models;
}

QList<ModelInfo> mergeNativeModelList(QList<ModelInfo> openAi, const QList<ModelInfo> &native)
{
    QHash<QString, qsizetype> index;
    for (qsizetype i = 0; i < openAi.size(); ++i)
        index.insert(openAi.at(i).id, i);
    for (const ModelInfo &entry : native) {
        const auto it = index.constFind(entry.id);
        if (it == index.cend()) {
            index.insert(entry.id, openAi.size());
            openAi.append(entry);
            continue;
        }
        ModelInfo &known = openAi[*it];
        known.type = entry.type;
        known.deprecated = known.deprecated || entry.deprecated;
        if (!known.priceInPerMTok)
            known.priceInPerMTok = entry.priceInPerMTok;
        if (!known.priceOutPerMTok)
            known.priceOutPerMTok = entry.priceOutPerMTok;
        if (known.description.isEmpty())
            known.description = entry.description;
    }
    return openAi;
}

QJsonObject modelInfoToJson(const ModelInfo &info)
{
    const auto number = [](const std::optional<double> &value) {
        return value ? QJsonValue(*value) : QJsonValue();
    };
    return QJsonObject{
        { "id"_L1, info.id },
        { "name"_L1, info.displayName },
        { "type"_L1, ModelInfo::typeToString(info.type) },
        { "source"_L1, ModelInfo::sourceToString(info.source) },
        { "context_length"_L1, info.contextLength },
        { "max_tokens"_L1, info.maxOutputTokens },
        { "price_in"_L1, number(info.priceInPerMTok) },
        { "price_out"_L1, number(info.priceOutPerMTok) },
        { "deprecated"_L1, info.deprecated },
        { "description"_L1, info.description },
        { "vision"_L1, info.vision },
        { "reasoning"_L1, info.reasoning },
    };
}

ModelInfo modelInfoFromJson(const QJsonObject &entry)
{
    ModelInfo info;
    info.id = normalizeModelId(entry.value("id"_L1).toString());
    if (info.id.isEmpty())
        return info;
    info.displayName = entry.value("name"_L1).toString();
    if (info.displayName.isEmpty())
        info.displayName = lastSegment(info.id);
    info.type = ModelInfo::typeFromString(entry.value("type"_L1).toString())
                    .value_or(guessType(info.id, {}));
    const QString source = entry.value("source"_L1).toString();
    info.source = source == "live"_L1 ? ModelInfo::Source::Live
        : source == "custom"_L1       ? ModelInfo::Source::Custom
                                      : ModelInfo::Source::Documented;
    info.contextLength = intValue(entry.value("context_length"_L1));
    info.maxOutputTokens = intValue(entry.value("max_tokens"_L1));
    info.priceInPerMTok = optionalNumber(entry.value("price_in"_L1));
    info.priceOutPerMTok = optionalNumber(entry.value("price_out"_L1));
    info.deprecated = entry.value("deprecated"_L1).toBool();
    info.description = entry.value("description"_L1).toString();
    info.vision = entry.value("vision"_L1).toBool();
    info.reasoning = entry.value("reasoning"_L1).toBool();
    return info;
}

namespace {

QStringList idList(const QByteArray &json, QLatin1String key)
{
    QStringList ids;
    const QJsonArray list = QJsonDocument::fromJson(json).object().value(key).toArray();
    for (const QJsonValue &id : list)
        ids.append(normalizeModelId(id.toString()));
    return ids;
}

} // namespace

QStringList parseVisionModelIds(const QByteArray &json)
{
    return idList(json, "vision_models"_L1);
}

QStringList parseReasoningModelIds(const QByteArray &json)
{
    return idList(json, "reasoning_models"_L1);
}
