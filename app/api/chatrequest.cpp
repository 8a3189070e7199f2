#include "chatrequest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

QJsonObject ChatRequest::toJson() const
{
    QJsonObject body;
    body.insert("model"_L1, model);

    QJsonArray list;
    for (const ChatMessage &message : messages)
        list.append(QJsonObject{ { "role"_L1, message.role },
                                 { "content"_L1,
                                   message.parts.isEmpty() ? QJsonValue(message.content)
                                                           : QJsonValue(message.parts) } });
    body.insert("messages"_L1, list);
    body.insert("stream"_L1, stream);
    if (stream && includeUsage)
        body.insert("stream_options"_L1, QJsonObject{ { "include_usage"_L1, true } });

    if (temperature)
        body.insert("temperature"_L1, *temperature);
    if (topP)
        body.insert("top_p"_L1, *topP);
    if (topK)
        body.insert("top_k"_L1, *topK);
    if (minP)
        body.insert("min_p"_L1, *minP);
    if (repetitionPenalty)
        body.insert("repetition_penalty"_L1, *repetitionPenalty);
    if (maxTokens)
        body.insert("max_tokens"_L1, *maxTokens);
    if (!stop.isEmpty())
        body.insert("stop"_L1, QJsonArray::fromStringList(stop));
    if (presencePenalty)
        body.insert("presence_penalty"_L1, *presencePenalty);
    if (frequencyPenalty)
        body.insert("frequency_penalty"_L1, *frequencyPenalty);
    if (seed)
        body.insert("seed"_L1, *seed);
    if (n)
        body.insert("n"_L1, *n);
    if (!responseFormat.isUndefined() && !responseFormat.isNull())
        body.insert("response_format"_L1, responseFormat);
    if (!tools.isUndefined() && !tools.isNull())
        body.insert("tools"_L1, tools);
    if (!toolChoice.isEmpty())
        body.insert("tool_choice"_L1, toolChoice);
    if (!reasoningEffort.isEmpty())
        body.insert("reasoning_effort"_L1, reasoningEffort);
    if (topLogprobs) {
        body.insert("logprobs"_L1, true);
        if (*topLogprobs > 0)
            body.insert("top_logprobs"_L1, *topLogprobs);
    }
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.key() != "model"_L1 && it.key() != "messages"_L1 && it.key() != "stream"_L1)
            body.insert(it.key(), it.value());
    }
    return body;
}

Usage Usage::fromJson(const QJsonObject &usage)
{
    Usage u;
    // Counts arrive as JSON numbers (doubles); some proxies send them as strings.
    const auto count = [&usage](QLatin1StringView key) {
        const QJsonValue v = usage.value(key);
        return v.isString() ? v.toString().toInt() : v.toInt();
    };
    u.promptTokens = count("prompt_tokens"_L1);
    u.completionTokens = count("completion_tokens"_L1);
    u.totalTokens = count("total_tokens"_L1);
    if (u.totalTokens == 0)
        u.totalTokens = u.promptTokens + u.completionTokens;
    const QJsonValue cost = usage.value("estimated_cost"_L1);
    if (cost.isDouble())
        u.estimatedCost = cost.toDouble();
    return u;
}

FinishReason finishReasonFromString(const QString &text)
{
    if (text == "stop"_L1 || text == "eos"_L1)
        return FinishReason::Stop;
    if (text == "length"_L1)
        return FinishReason::Length;
    if (text == "tool_calls"_L1 || text == "function_call"_L1)
        return FinishReason::ToolCalls;
    if (text == "content_filter"_L1)
        return FinishReason::ContentFilter;
    if (text == "cancelled"_L1)
        return FinishReason::Cancelled;
    return FinishReason::Unknown;
}

QString finishReasonToString(FinishReason reason)
{
    switch (reason) {
    case FinishReason::Stop:
        return u"stop"_s;
    case FinishReason::Length:
        return u"length"_s;
    case FinishReason::ToolCalls:
        return u"tool_calls"_s;
    case FinishReason::ContentFilter:
        return u"content_filter"_s;
    case FinishReason::Cancelled:
        return u"cancelled"_s;
    case FinishReason::Unknown:
        break;
    }
    return u"unknown"_s;
}
