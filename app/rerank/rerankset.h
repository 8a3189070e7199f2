#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

// One document of a rerank set with the user's relevance label.
struct RerankDocument
{
    QString text;
    int label = -1; // -1 unlabelled, else 0 (irrelevant) … 3 (perfect)

    static constexpr int Unlabelled = -1;
    static constexpr int MaxLabel = 3;

    bool operator==(const RerankDocument &) const = default;
};

// What the workbench (or `sift rerank`) sends: one query against many documents, for one or
// more models. Plain value: copied into each RerankJob, saved and exported as JSON.
struct RerankSet
{
    static constexpr int DefaultBatchSize = 64;
    static constexpr int MaxBatchSize = 1000;   // Cohere's recommended per-call ceiling
    static constexpr int MaxDocuments = 100000; // DocumentImport::MaxDocuments, for sets

    QString query;
    QString instruction; // Qwen3 rerankers' task description; empty = not sent
    QList<RerankDocument> documents;
    QStringList models;
    int topN = 0; // 0 = all, applied on the client
    int batchSize = DefaultBatchSize;
    // The knowledge collection the query and documents came from ("Open in Workbench" from a
    // reply or the Knowledge tab); empty: none. Labels given to such a set also collect into the
    // collection's evaluation set (KnowledgeEvalSet).
    QString collection;

    QStringList texts() const;
    // Labels by document index (-1 where unlabelled).
    QList<int> labels() const;
    bool hasLabels() const;
    // batchSize clamped to 1…MaxBatchSize.
    int effectiveBatchSize() const;

    QJsonObject toJson() const;
    // Accepts what toJson() writes; labels out of range become -1, a bad batch size the
    // default. Returns nullopt with *error set when the object has no usable shape.
    static std::optional<RerankSet> fromJson(const QJsonObject &object, QString *error = nullptr);

    bool operator==(const RerankSet &) const = default;
};

Q_DECLARE_METATYPE(RerankSet)
