#include "rerankexport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue optionalJson(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue labelJson(int label)
{
    return label >= 0 ? QJsonValue(label) : QJsonValue();
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n')
        && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

QByteArray RerankExport::resultsCsv(const RerankSet &set, const QList<RerankResult> &results)
{
    QByteArray out = "model,rank,index,score,label,document\n";
    for (const RerankResult &result : results) {
        const QString model = csvField(result.model);
        for (qsizetype i = 0; i < result.ranked.size(); ++i) {
            const RerankScore &s = result.ranked.at(i);
            const RerankDocument doc = set.documents.value(s.index);
            out += u"%1,%2,%3,%4,%5,%6\n"_s
                       .arg(model, QString::number(i + 1), QString::number(s.index),
                            QString::number(s.score, 'g', 10),
                            doc.label >= 0 ? QString::number(doc.label) : QString(),
                            csvField(doc.text))
                       .toUtf8();
        }
        for (const UnscoredDocument &u : result.unscored) {
            const RerankDocument doc = set.documents.value(u.index);
            out += u"%1,,%2,,%3,%4\n"_s
                       .arg(model, QString::number(u.index),
                            doc.label >= 0 ? QString::number(doc.label) : QString(),
                            csvField(doc.text))
                       .toUtf8();
        }
    }
    return out;
}

QByteArray RerankExport::resultsJson(const RerankSet &set, const QList<RerankResult> &results,
                                     const QList<Metrics::PairMetrics> &pairs,
                                     const QList<Metrics::LabelMetrics> &labelMetrics, int k)
{
    QJsonArray documents;
    for (qsizetype i = 0; i < set.documents.size(); ++i) {
        const RerankDocument &doc = set.documents.at(i);
        documents.append(QJsonObject{ { u"index"_s, int(i) },
                                      { u"text"_s, doc.text },
                                      { u"label"_s, labelJson(doc.label) } });
    }
    QJsonArray models;
    for (const RerankResult &result : results) {
        QJsonArray ranked;
        for (qsizetype i = 0; i < result.ranked.size(); ++i) {
            const RerankScore &s = result.ranked.at(i);
            const RerankDocument doc = set.documents.value(s.index);
            ranked.append(QJsonObject{ { u"index"_s, s.index },
                                       { u"score"_s, s.score },
                                       { u"rank"_s, int(i + 1) },
                                       { u"label"_s, labelJson(doc.label) },
                                       { u"document"_s, doc.text } });
        }
        QJsonArray unscored;
        for (const UnscoredDocument &u : result.unscored)
            unscored.append(QJsonObject{ { u"index"_s, u.index },
                                         { u"document"_s, set.documents.value(u.index).text },
                                         { u"error"_s, u.error.userMessage() } });
        QJsonObject model{
            { u"model"_s, result.model },
            { u"state"_s, RerankResult::stateToString(result.state) },
            { u"latency_ms"_s, result.latencyMs },
            { u"input_tokens"_s, result.inputTokens },
            { u"cost"_s, optionalJson(result.cost) },
            { u"cost_estimated"_s, result.costEstimated },
            { u"results"_s, ranked },
            { u"unscored"_s, unscored },
        };
        for (const Metrics::LabelMetrics &m : labelMetrics) {
            if (m.model != result.model)
                continue;
            model.insert(u"metrics"_s,
                         QJsonObject{ { u"k"_s, m.k },
                                      { u"ndcg_at_k"_s, optionalJson(m.ndcg) },
                                      { u"mrr"_s, optionalJson(m.mrr) },
                                      { u"recall_at_k"_s, optionalJson(m.recall) } });
        }
        models.append(model);
    }
    QJsonArray comparison;
    for (const Metrics::PairMetrics &pair : pairs) {
        comparison.append(QJsonObject{ { u"model_a"_s, pair.modelA },
                                       { u"model_b"_s, pair.modelB },
                                       { u"kendall_tau"_s, optionalJson(pair.kendallTau) },
                                       { u"overlap"_s, optionalJson(pair.overlap) },
                                       { u"k"_s, pair.k } });
    }
    const QJsonObject root{ { u"query"_s, set.query },
                            { u"instruction"_s, set.instruction },
                            { u"document_count"_s, int(set.documents.size()) },
                            { u"k"_s, k },
                            { u"documents"_s, documents },
                            { u"models"_s, models },
                            { u"comparison"_s, comparison } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

QByteArray RerankExport::legacySetFile(const RerankSet &set, const QList<RerankResult> &results,
                                       bool withResults)
{
    QJsonObject root{ { u"format"_s, u"sift-rerank-set"_s },
                      { u"version"_s, 1 },
                      { u"set"_s, set.toJson() } };
    if (withResults) {
        QJsonArray list;
        for (const RerankResult &result : results)
            list.append(result.toJson());
        root.insert(u"results"_s, list);
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}
