#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

struct ModelInfo
{
    enum class Type { Chat, Rerank, Embeddings, Other };
    enum class Source { Documented, Live, Custom };

    QString id;
    QString displayName;
    Type type = Type::Chat;
    Source source = Source::Documented;
    int contextLength = 0; // 0 = unknown
    int maxOutputTokens = 0;
    std::optional<double> priceInPerMTok; // USD per 1M input tokens
    std::optional<double> priceOutPerMTok;
    bool deprecated = false;
    QString description;
    bool vision = false; // accepts image content parts (documented table or live tags)
    // Takes reasoning_effort (low/medium/high): listed under "reasoning_models" in models.json,
    // tagged so in the live list, or named like a reasoning model.
    bool reasoning = false;

    static QString typeToString(Type type);
    static std::optional<Type> typeFromString(const QString &text);
    static QString sourceToString(Source source);

    // Cost of a call from token counts and this model's prices; nullopt without prices.
    std::optional<double> estimateCost(int inputTokens, int outputTokens) const;
};

// The ids resources/models.json lists under "vision_models": models known to accept images
// though they are not in the documented table.
QStringList parseVisionModelIds(const QByteArray &json);
// The ids resources/models.json lists under "reasoning_models": models known to take
// reasoning_effort.
QStringList parseReasoningModelIds(const QByteArray &json);
// Parses resources/models.json (the documented table).
QList<ModelInfo> parseDocumentedModels(const QByteArray &json, QString *error = nullptr);
// Parses an OpenAI-style model list ({object:"list", data:[…]}), with DeepInfra's metadata
// when present. Entries are tagged Source::Live.
QList<ModelInfo> parseOpenAiModelList(const QJsonObject &list);
// Parses DeepInfra's native /models/list ([{model_name, type, deprecated, pricing}], prices in
// cents per token). Entries are tagged Source::Live; types are DeepInfra's own, not guesses.
QList<ModelInfo> parseNativeModelList(const QJsonArray &list);
// Folds the native list into the OpenAI one: the native type and deprecation win, missing
// prices and descriptions are filled in, models only the native list knows are appended.
QList<ModelInfo> mergeNativeModelList(QList<ModelInfo> openAi, const QList<ModelInfo> &native);

// Round trip for the on-disk cache (same field names as resources/models.json).
QJsonObject modelInfoToJson(const ModelInfo &info);
ModelInfo modelInfoFromJson(const QJsonObject &object);

Q_DECLARE_METATYPE(ModelInfo)
