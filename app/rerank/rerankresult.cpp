#include "rerankresult.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QMetaEnum>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

void sortRanked(QList<RerankScore> &scores)
{
    std::sort(scores.begin(), scores.end(), [](const RerankScore &a, const RerankScore &b) {
        if (a.score != b.score)
            return a.score > b.score;
        return a.index < b.index;
    });
}

QJsonObject apiErrorToJson(const ApiError &error)
{
    const QMetaEnum kinds = QMetaEnum::fromType<ApiError::Kind>();
    QJsonObject object{ { u"kind"_s, QString::fromLatin1(kinds.valueToKey(int(error.kind))) },
                        { u"message"_s, error.message },
                        { u"retryable"_s, error.retryable } };
    if (error.httpStatus)
        object.insert(u"http_status"_s, error.httpStatus);
    return object;
}

ApiError apiErrorFromJson(const QJsonObject &object)
{
    const QMetaEnum kinds = QMetaEnum::fromType<ApiError::Kind>();
    ApiError error;
    bool ok = false;
    const int kind
        = kinds.keyToValue(object.value(u"kind"_s).toString().toLatin1().constData(), &ok);
    error.kind = ok ? ApiError::Kind(kind) : ApiError::Kind::Protocol;
    error.httpStatus = object.value(u"http_status"_s).toInt();
    error.message = object.value(u"message"_s).toString();
    error.retryable = object.value(u"retryable"_s).toBool();
    return error;
}

QString RerankResult::stateToString(State state)
{
    switch (state) {
    case State::Complete:
        return u"complete"_s;
    case State::Partial:
        return u"partial"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Cancelled:
        return u"cancelled"_s;
    case State::Running:
        return u"running"_s;
    case State::Interrupted:
        return u"interrupted"_s;
    }
    return u"complete"_s;
}

std::optional<RerankResult::State> RerankResult::stateFromString(const QString &text)
{
    for (State state : { State::Complete, State::Partial, State::Failed, State::Cancelled,
                         State::Running, State::Interrupted }) {
        if (text == stateToString(state))
            return state;
    }
    return std::nullopt;
}

QString RerankResult::stateDisplayName(State state)
{
    switch (state) {
    case State::Complete:
        return QCoreApplication::translate("RerankResult", "complete");
    case State::Partial:
        return QCoreApplication::translate("RerankResult", "partial");
    case State::Failed:
        return QCoreApplication::translate("RerankResult", "failed");
    case State::Cancelled:
        return QCoreApplication::translate("RerankResult", "cancelled");
    case State::Running:
        return QCoreApplication::translate("RerankResult", "running");
    case State::Interrupted:
        return QCoreApplication::translate("RerankResult", "interrupted");
    }
    return {};
}

ApiError RerankResult::firstError() const
{
    return unscored.isEmpty() ? ApiError() : unscored.constFirst().error;
}

int RerankResult::rankOf(int index) const
{
    for (qsizetype i = 0; i < ranked.size(); ++i) {
        if (ranked.at(i).index == index)
            return int(i + 1);
    }
    return 0;
}

QJsonObject RerankResult::toJson() const
{
    QJsonArray scores;
    for (const RerankScore &s : ranked)
        scores.append(QJsonObject{ { u"index"_s, s.index }, { u"score"_s, s.score } });
    // Consecutive documents share their batch's error: store each error once with its indices.
    QJsonArray failures;
    for (qsizetype i = 0; i < unscored.size();) {
        QJsonArray indices;
        const ApiError &error = unscored.at(i).error;
        qsizetype j = i;
        for (; j < unscored.size() && unscored.at(j).error.kind == error.kind
             && unscored.at(j).error.message == error.message
             && unscored.at(j).error.httpStatus == error.httpStatus;
             ++j) {
            indices.append(unscored.at(j).index);
        }
        failures.append(
            QJsonObject{ { u"indices"_s, indices }, { u"error"_s, apiErrorToJson(error) } });
        i = j;
    }
    QJsonObject object{ { u"model"_s, model },
                        { u"state"_s, stateToString(state) },
                        { u"ranked"_s, scores },
                        { u"unscored"_s, failures },
                        { u"document_count"_s, documentCount },
                        { u"latency_ms"_s, latencyMs },
                        { u"input_tokens"_s, inputTokens },
                        { u"cost_estimated"_s, costEstimated } };
    object.insert(u"cost"_s, cost ? QJsonValue(*cost) : QJsonValue(QJsonValue::Null));
    if (!origin.isEmpty())
        object.insert(u"origin"_s, origin);
    return object;
}

std::optional<RerankResult> RerankResult::fromJson(const QJsonObject &object, QString *error)
{
    const std::optional<State> state = stateFromString(object.value(u"state"_s).toString());
    if (!object.value(u"model"_s).isString() || !state || !object.value(u"ranked"_s).isArray()) {
        if (error)
            *error = QCoreApplication::translate(
                "RerankResult", "The saved result is not in Sift's format. Run the models again.");
        return std::nullopt;
    }
    RerankResult result;
    result.model = object.value(u"model"_s).toString();
    result.state = *state;
    result.documentCount = std::max(0, object.value(u"document_count"_s).toInt());
    for (const QJsonValue &value : object.value(u"ranked"_s).toArray()) {
        const QJsonObject s = value.toObject();
        const int index = s.value(u"index"_s).toInt(-1);
        const double score = s.value(u"score"_s).toDouble(std::nan(""));
        if (index < 0 || !std::isfinite(score))
            continue;
        result.ranked << RerankScore{ index, score };
    }
    sortRanked(result.ranked);
    for (const QJsonValue &value : object.value(u"unscored"_s).toArray()) {
        const QJsonObject f = value.toObject();
        const ApiError apiError = apiErrorFromJson(f.value(u"error"_s).toObject());
        for (const QJsonValue &index : f.value(u"indices"_s).toArray()) {
            if (index.toInt(-1) >= 0)
                result.unscored << UnscoredDocument{ index.toInt(), apiError };
        }
    }
    result.latencyMs = object.value(u"latency_ms"_s).toInteger();
    result.inputTokens = object.value(u"input_tokens"_s).toInteger();
    if (object.value(u"cost"_s).isDouble())
        result.cost = object.value(u"cost"_s).toDouble();
    result.costEstimated = object.value(u"cost_estimated"_s).toBool();
    result.origin = object.value(u"origin"_s).toString();
    return result;
}

QJsonObject RerankResult::toCohereJson() const
{
    QJsonArray results;
    for (const RerankScore &s : ranked)
        results.append(QJsonObject{ { u"index"_s, s.index }, { u"relevance_score"_s, s.score } });
    QJsonArray missing;
    for (const UnscoredDocument &u : unscored) {
        QJsonObject entry = apiErrorToJson(u.error);
        entry.insert(u"index"_s, u.index);
        missing.append(entry);
    }
    QJsonObject object{
        { u"model"_s, model },
        { u"results"_s, results },
        { u"meta"_s,
          QJsonObject{
              { u"billed_units"_s, QJsonObject{ { u"total_tokens"_s, inputTokens } } },
              { u"tokens"_s,
                QJsonObject{ { u"input_tokens"_s, inputTokens }, { u"output_tokens"_s, 0 } } } } },
        { u"latency_ms"_s, latencyMs },
        { u"state"_s, stateToString(state) },
        { u"cost_estimated"_s, costEstimated },
        { u"unscored"_s, missing }
    };
    object.insert(u"cost"_s, cost ? QJsonValue(*cost) : QJsonValue(QJsonValue::Null));
    return object;
}
