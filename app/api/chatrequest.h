#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

struct ChatMessage
{
    QString role; // system / user / assistant
    QString content;
    // OpenAI content parts ({"type":"text"}, {"type":"image_url"}); when set they are sent
    // instead of `content`.
    QJsonArray parts = {};
};

// Everything the user may set for one chat completion. Unset optionals are not sent.
struct ChatRequest
{
    QString model;
    QList<ChatMessage> messages;
    bool stream = true;
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> topK;
    std::optional<double> minP;
    std::optional<double> repetitionPenalty;
    std::optional<int> maxTokens;
    QStringList stop; // up to 4
    std::optional<double> presencePenalty;
    std::optional<double> frequencyPenalty;
    std::optional<qint64> seed;
    std::optional<int> n;
    QJsonValue responseFormat; // undefined = not sent
    QJsonValue tools;
    QString toolChoice; // "auto" / "none", empty = not sent
    QString reasoningEffort;
    std::optional<int> topLogprobs; // set: logprobs true and top_logprobs N (0–20)
    bool includeUsage = true;       // stream_options.include_usage
    // Provider-specific fields (chat_template_kwargs, …) merged into the body last; they may
    // replace the fields above but never model, messages or stream.
    QJsonObject extra;

    QJsonObject toJson() const;
};

struct Usage
{
    int promptTokens = 0;
    int completionTokens = 0;
    int totalTokens = 0;
    std::optional<double> estimatedCost; // USD, when the server reported it

    static Usage fromJson(const QJsonObject &usage);
    bool isEmpty() const { return totalTokens == 0 && promptTokens == 0 && completionTokens == 0; }
};

enum class FinishReason { Stop, Length, ToolCalls, ContentFilter, Cancelled, Unknown };
FinishReason finishReasonFromString(const QString &text);
QString finishReasonToString(FinishReason reason);

Q_DECLARE_METATYPE(Usage)
Q_DECLARE_METATYPE(FinishReason)
