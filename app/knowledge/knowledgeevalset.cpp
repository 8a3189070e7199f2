#include "knowledgeevalset.h"

#include "rerank/rerankset.h"
#include "store/evalstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {

QString idFor(const char *prefix, const QString &text)
{
    return QString::fromLatin1(prefix)
        + QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256)
                                  .toHex()
                                  .left(16));
}

QString titleOf(const QString &text)
{
    const QString line = text.section(u'\n', 0, 0).simplified();
    return line.size() > 80 ? line.left(79) + u'…' : line;
}

} // namespace

QString KnowledgeEvalSet::setName(const QString &collection)
{
    return QCoreApplication::translate("KnowledgeEvalSet", "Knowledge: %1").arg(collection);
}

qint64 KnowledgeEvalSet::addLabels(EvalStore *store, const QString &collection,
                                   const RerankSet &set)
{
    if (!store || set.query.trimmed().isEmpty() || !set.hasLabels())
        return 0;
    qint64 setId = 0;
    const bool ok = store->inTransaction([&] {
        const QString name = setName(collection);
        setId = store->findSet(name);
        if (setId == 0)
            setId = store->createSet(name, collection);
        if (setId == 0)
            return false;
        const QString queryId = idFor("q", set.query.trimmed());
        const QList<Eval::Query> queries = store->queries(setId);
        bool known = false;
        for (const Eval::Query &q : queries)
            known = known || q.id == queryId;
        if (!known
            && !store->addQuery(setId, int(queries.size()),
                                Eval::Query{ queryId, set.query.trimmed(), set.instruction }))
            return false;
        QStringList ids;
        for (const RerankDocument &document : set.documents)
            ids << idFor("p", document.text);
        const QHash<QString, Eval::Document> stored = store->documents(setId, ids);
        QList<Eval::Candidate> candidates;
        QSet<QString> seen;
        for (qsizetype i = 0; i < set.documents.size(); ++i) {
            const RerankDocument &document = set.documents.at(i);
            const QString &id = ids.at(i);
            if (seen.contains(id))
                continue; // the same text twice: one document
            seen.insert(id);
            if (!stored.contains(id)
                && !store->addDocument(setId,
                                       Eval::Document{ id, titleOf(document.text), document.text }))
                return false;
            candidates.append(Eval::Candidate{ id, int(candidates.size() + 1), std::nullopt });
            if (document.label != RerankDocument::Unlabelled
                && !store->setJudgment(setId, queryId, id, document.label))
                return false;
        }
        return store->setCandidates(setId, queryId, candidates);
    });
    if (!ok)
        return 0;
    // The set may be new (the list changes) and its grades changed (an Evaluate tab showing
    // it measures again).
    store->notifySetsChanged();
    store->notifySetChanged(setId);
    return setId;
}
