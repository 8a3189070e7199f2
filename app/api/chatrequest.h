#pragma once

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
    bool includeUsage = true; // stream_options.include_usage

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
