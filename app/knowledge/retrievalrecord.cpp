#include "retrievalrecord.h"

#include "store/messagecodec.h"

#include <QCoreApplication>
#include <QJsonArray>

using namespace Qt::StringLiterals;

const RetrievalCandidate *ReplyRetrieval::source(int number) const
{
    for (const RetrievalCandidate &c : result.candidates) {
        if (c.outcome == RetrievalCandidate::Outcome::Selected && c.sourceNumber == number)
            return &c;
    }
    return nullptr;
}

namespace {

QString outcomeName(RetrievalCandidate::Outcome outcome)
{
    switch (outcome) {
    case RetrievalCandidate::Outcome::Selected:
        return u"selected"_s;
    case RetrievalCandidate::Outcome::BelowThreshold:
        return u"below_threshold"_s;
    case RetrievalCandidate::Outcome::BelowTopN:
        break;
    }
    return u"below_top_n"_s;
}

RetrievalCandidate::Outcome outcomeFromName(const QString &name)
{
    if (name == "selected"_L1)
        return RetrievalCandidate::Outcome::Selected;
    if (name == "below_threshold"_L1)
        return RetrievalCandidate::Outcome::BelowThreshold;
    return RetrievalCandidate::Outcome::BelowTopN;
}

QJsonObject errorJson(const ApiError &error)
{
    QJsonObject object{ { u"kind"_s, MessageCodec::errorKindName(error.kind) } };
    if (error.httpStatus != 0)
        object.insert(u"status"_s, error.httpStatus);
    if (!error.message.isEmpty())
        object.insert(u"message"_s, error.message);
    return object;
}

ApiError errorFromJson(const QJsonObject &object)
{
    ApiError error;
    error.kind = MessageCodec::errorKindFromName(object.value(u"kind"_s).toString());
    error.httpStatus = object.value(u"status"_s).toInt();
    error.message = object.value(u"message"_s).toString();
    return error;
}

QJsonObject stageJson(const RetrievalResult::Stage &stage)
{
    QJsonObject object{ { u"ms"_s, stage.ms }, { u"tokens"_s, stage.tokens } };
    if (stage.cost)
        object.insert(u"cost"_s, *stage.cost);
    if (stage.costEstimated)
        object.insert(u"cost_estimated"_s, true);
    if (stage.skipped)
        object.insert(u"skipped"_s, true);
    if (stage.error.isError())
        object.insert(u"error"_s, errorJson(stage.error));
    return object;
}

RetrievalResult::Stage stageFromJson(const QJsonObject &object)
{
    RetrievalResult::Stage stage;
    stage.ms = object.value(u"ms"_s).toInteger();
    stage.tokens = object.value(u"tokens"_s).toInteger();
    if (object.value(u"cost"_s).isDouble())
        stage.cost = object.value(u"cost"_s).toDouble();
    stage.costEstimated = object.value(u"cost_estimated"_s).toBool();
    stage.skipped = object.value(u"skipped"_s).toBool();
    if (object.contains(u"error"_s))
        stage.error = errorFromJson(object.value(u"error"_s).toObject());
    return stage;
}

const QList<std::pair<QString, RetrievalResult::Stage RetrievalResult::*>> &stageFields()
{
    static const QList<std::pair<QString, RetrievalResult::Stage RetrievalResult::*>> fields{
        { u"embedding"_s, &RetrievalResult::embedding }, { u"bm25"_s, &RetrievalResult::bm25 },
        { u"vector"_s, &RetrievalResult::vector },       { u"fusion"_s, &RetrievalResult::fusion },
        { u"rerank"_s, &RetrievalResult::rerank },
    };
    return fields;
}

} // namespace

QJsonObject RetrievalRecord::toJson(const ReplyRetrieval &record)
{
    const RetrievalResult &r = record.result;
    QJsonArray candidates;
    for (const RetrievalCandidate &c : r.candidates) {
        const Chunk &chunk = c.passage.chunk;
        QJsonObject object{ { u"id"_s, c.passage.id },
                            { u"path"_s, c.passage.path },
                            { u"text"_s, chunk.text },
                            { u"byte_start"_s, chunk.byteStart },
                            { u"byte_end"_s, chunk.byteEnd },
                            { u"line_start"_s, chunk.lineStart },
                            { u"line_end"_s, chunk.lineEnd },
                            { u"bm25_rank"_s, c.bm25Rank },
                            { u"bm25_score"_s, c.bm25Score },
                            { u"vector_rank"_s, c.vectorRank },
                            { u"vector_score"_s, c.vectorScore },
                            { u"fused_rank"_s, c.fusedRank },
                            { u"fused_score"_s, c.fusedScore },
                            { u"rerank_rank"_s, c.rerankRank },
                            { u"final_rank"_s, c.finalRank },
                            { u"source"_s, c.sourceNumber },
                            { u"outcome"_s, outcomeName(c.outcome) } };
        if (!chunk.heading.isEmpty())
            object.insert(u"heading"_s, chunk.heading);
        if (c.rerankScore)
            object.insert(u"rerank_score"_s, *c.rerankScore);
        candidates.append(object);
    }
    QJsonObject stages;
    for (const auto &[name, field] : stageFields())
        stages.insert(name, stageJson(r.*field));
    return QJsonObject{ { u"version"_s, 1 },
                        { u"query"_s, r.query },
                        { u"collection"_s, r.collection },
                        { u"options"_s, r.options.toJson() },
                        { u"candidates"_s, candidates },
                        { u"bm25_count"_s, r.bm25Count },
                        { u"vector_count"_s, r.vectorCount },
                        { u"stages"_s, stages },
                        { u"total_ms"_s, r.totalMs },
                        { u"chat_ms"_s, record.chatMs } };
}

ReplyRetrieval RetrievalRecord::fromJson(const QJsonObject &object)
{
    ReplyRetrieval record;
    RetrievalResult &r = record.result;
    r.query = object.value(u"query"_s).toString();
    r.collection = object.value(u"collection"_s).toString();
    r.options = RetrievalOptions::fromJson(object.value(u"options"_s).toObject());
    const QJsonArray candidates = object.value(u"candidates"_s).toArray();
    for (const QJsonValue &value : candidates) {
        const QJsonObject o = value.toObject();
        RetrievalCandidate c;
        c.passage.id = o.value(u"id"_s).toInteger();
        c.passage.path = o.value(u"path"_s).toString();
        Chunk &chunk = c.passage.chunk;
        chunk.text = o.value(u"text"_s).toString();
        chunk.byteStart = o.value(u"byte_start"_s).toInteger();
        chunk.byteEnd = o.value(u"byte_end"_s).toInteger();
        chunk.lineStart = o.value(u"line_start"_s).toInt(1);
        chunk.lineEnd = o.value(u"line_end"_s).toInt(chunk.lineStart);
        chunk.heading = o.value(u"heading"_s).toString();
        c.bm25Rank = o.value(u"bm25_rank"_s).toInt();
        c.bm25Score = o.value(u"bm25_score"_s).toDouble();
        c.vectorRank = o.value(u"vector_rank"_s).toInt();
        c.vectorScore = o.value(u"vector_score"_s).toDouble();
        c.fusedRank = o.value(u"fused_rank"_s).toInt();
        c.fusedScore = o.value(u"fused_score"_s).toDouble();
        c.rerankRank = o.value(u"rerank_rank"_s).toInt();
        if (o.value(u"rerank_score"_s).isDouble())
            c.rerankScore = o.value(u"rerank_score"_s).toDouble();
        c.finalRank = o.value(u"final_rank"_s).toInt();
        c.sourceNumber = o.value(u"source"_s).toInt();
        c.outcome = outcomeFromName(o.value(u"outcome"_s).toString());
        r.candidates.append(c);
    }
    r.bm25Count = object.value(u"bm25_count"_s).toInt();
    r.vectorCount = object.value(u"vector_count"_s).toInt();
    const QJsonObject stages = object.value(u"stages"_s).toObject();
    for (const auto &[name, field] : stageFields())
        r.*field = stageFromJson(stages.value(name).toObject());
    r.totalMs = object.value(u"total_ms"_s).toInteger();
    record.chatMs = object.value(u"chat_ms"_s).toInteger(-1);
    return record;
}

RerankSet RetrievalRecord::workbenchSet(const RetrievalResult &result)
{
    RerankSet set;
    set.query = result.query;
    set.collection = result.collection;
    for (const RetrievalCandidate &c : result.candidates)
        set.documents.append(RerankDocument{ c.passage.chunk.text, RerankDocument::Unlabelled });
    if (!result.options.rerankModel.isEmpty())
        set.models = { result.options.rerankModel };
    return set;
}

QStringList RetrievalRecord::problems(const RetrievalResult &result, bool chat)
{
    QStringList list;
    if (result.embedding.error.isError())
        list << QCoreApplication::translate("RetrievalRecord",
                                            "The question could not be embedded, so only "
                                            "keyword (BM25) search was used: %1")
                    .arg(result.embedding.error.userMessage());
    if (result.rerank.error.isError())
        list << QCoreApplication::translate("RetrievalRecord",
                                            "Reranking with %1 failed, so the passages are in "
                                            "fused (RRF) order: %2")
                    .arg(result.options.rerankModel, result.rerank.error.userMessage());
    if (chat && result.selected().isEmpty())
        list << QCoreApplication::translate("RetrievalRecord",
                                            "No passage of “%1” matches the question: the "
                                            "model answers without sources.")
                    .arg(result.collection);
    return list;
}
