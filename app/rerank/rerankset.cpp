#include "rerankset.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

QStringList RerankSet::texts() const
{
    QStringList out;
    out.reserve(documents.size());
    for (const RerankDocument &document : documents)
        out << document.text;
    return out;
}

QList<int> RerankSet::labels() const
{
    QList<int> out;
    out.reserve(documents.size());
    for (const RerankDocument &document : documents)
        out << document.label;
    return out;
}

bool RerankSet::hasLabels() const
{
    return std::any_of(documents.cbegin(), documents.cend(),
                       [](const RerankDocument &d) { return d.label >= 0; });
}

int RerankSet::effectiveBatchSize() const
{
    return std::clamp(batchSize, 1, MaxBatchSize);
}

QJsonObject RerankSet::toJson() const
{
    QJsonArray docs;
    for (const RerankDocument &document : documents) {
        QJsonObject d{ { u"text"_s, document.text } };
        if (document.label >= 0)
            d.insert(u"label"_s, document.label);
        docs.append(d);
    }
    QJsonObject object{ { u"query"_s, query },
                        { u"documents"_s, docs },
                        { u"models"_s, QJsonArray::fromStringList(models) },
                        { u"top_n"_s, topN },
                        { u"batch_size"_s, batchSize } };
    if (!instruction.isEmpty())
        object.insert(u"instruction"_s, instruction);
    if (!collection.isEmpty())
        object.insert(u"knowledge_collection"_s, collection);
    return object;
}

std::optional<RerankSet> RerankSet::fromJson(const QJsonObject &object, QString *error)
{
    const auto fail = [error](const QString &text) -> std::optional<RerankSet> {
        if (error)
            *error = text;
        return std::nullopt;
    };
    if (!object.value(u"documents"_s).isArray() && !object.value(u"documents"_s).isUndefined())
        return fail(QCoreApplication::translate(
            "RerankSet", "The set's \"documents\" must be a list. Check the file you imported."));
    if (!object.value(u"query"_s).isString() && !object.value(u"query"_s).isUndefined())
        return fail(QCoreApplication::translate(
            "RerankSet", "The set's \"query\" must be text. Check the file you imported."));

    RerankSet set;
    set.query = object.value(u"query"_s).toString();
    set.instruction = object.value(u"instruction"_s).toString();
    set.collection = object.value(u"knowledge_collection"_s).toString();
    const QJsonArray docs = object.value(u"documents"_s).toArray();
    // The importers' cap: a set of millions of documents cannot be shown or sent (issue 18).
    if (docs.size() > MaxDocuments)
        return fail(QCoreApplication::translate(
                        "RerankSet",
                        "The set has %1 documents; Sift works with at most %2 per set. Split "
                        "the documents into smaller sets.")
                        .arg(docs.size())
                        .arg(MaxDocuments));
    set.documents.reserve(docs.size());
    for (const QJsonValue &value : docs) {
        RerankDocument document;
        if (value.isString()) {
            document.text = value.toString();
        } else if (value.isObject()) {
            const QJsonObject d = value.toObject();
            document.text = d.value(u"text"_s).toString();
            const int label = d.value(u"label"_s).toInt(-1);
            document.label = (label >= 0 && label <= RerankDocument::MaxLabel) ? label : -1;
        } else {
            return fail(QCoreApplication::translate(
                "RerankSet",
                "Each document must be text or an object with \"text\". Check the file you "
                "imported."));
        }
        set.documents << document;
    }
    for (const QJsonValue &value : object.value(u"models"_s).toArray()) {
        if (value.isString() && !value.toString().trimmed().isEmpty())
            set.models << value.toString().trimmed();
    }
    set.topN = std::max(0, object.value(u"top_n"_s).toInt(0));
    const int batch = object.value(u"batch_size"_s).toInt(DefaultBatchSize);
    set.batchSize = (batch >= 1 && batch <= MaxBatchSize) ? batch : DefaultBatchSize;
    return set;
}
