#pragma once

#include "api/apierror.h"

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

// One document's score from one model; index is the document's position in the RerankSet.
struct RerankScore
{
    int index = 0;
    double score = 0.0;

    bool operator==(const RerankScore &) const = default;
};

// A document a model could not score, and why (the batch's error after retries, or Cancelled).
struct UnscoredDocument
{
    int index = 0;
    ApiError error;
};

// What one model made of a RerankSet. Plain value: the workbench models, the CLI and the
// store all read it; toJson()/fromJson() round-trip it for export and storage.
struct RerankResult
{
    enum class State {
        Complete,  // every document scored
        Partial,   // some batches failed after retries: see unscored
        Failed,    // no document scored
        Cancelled, // the user stopped the run; what was scored is kept
        // Saved while the run is in flight (documents not answered yet are unscored). Never a
        // final state: a stored result still in it was cut off when Sift ended.
        Running,
        Interrupted, // Sift ended during the run; what was saved is kept
    };

    QString model;
    // Sorted by score, highest first; equal scores by document index. Cut to topN when set.
    QList<RerankScore> ranked;
    QList<UnscoredDocument> unscored; // by index
    int documentCount = 0;            // size of the set the model was asked to rank
    qint64 latencyMs = 0;             // wall time of the model's whole run
    qint64 inputTokens = 0;
    std::optional<double> cost; // USD; nullopt when neither reported nor priced
    bool costEstimated = false; // some of the cost came from tokens × the catalog price
    State state = State::Complete;
    // Empty for a reranker's run in the workbench. A ranking handed over from an evaluation
    // says where it came from instead: "reranker" (scored in the evaluation), "firststage",
    // "run" (an imported run) or "fusion"; it has no time, tokens or cost of its own.
    QString origin;

    static QString stateToString(State state);
    static std::optional<State> stateFromString(const QString &text);
    // A short translated word for tables ("complete", "partial", …).
    static QString stateDisplayName(State state);

    // The first error that left documents unscored (kind None when there is none).
    ApiError firstError() const;
    // 1-based rank of a document, or 0 when it is not in ranked.
    int rankOf(int index) const;

    QJsonObject toJson() const;
    static std::optional<RerankResult> fromJson(const QJsonObject &object,
                                                QString *error = nullptr);
    // Cohere's reply shape ({results:[{index, relevance_score}], meta}), as `sift rerank --json`
    // prints it; extra fields: model, latency_ms, cost, state, unscored.
    QJsonObject toCohereJson() const;
};

// Sorts by score descending, ties by index ascending (the order RerankResult::ranked uses).
void sortRanked(QList<RerankScore> &scores);

QJsonObject apiErrorToJson(const ApiError &error);
ApiError apiErrorFromJson(const QJsonObject &object);

Q_DECLARE_METATYPE(RerankScore)
Q_DECLARE_METATYPE(RerankResult)
