#include "fusion.h"

#include "measures.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Eval::Fusion {

QString methodName(Method method)
{
    switch (method) {
    case Method::Rrf:
        return u"rrf"_s;
    case Method::CombSum:
        return u"combsum"_s;
    case Method::CombMnz:
        return u"combmnz"_s;
    }
    return {};
}

std::optional<Method> methodFromName(QStringView name)
{
    for (Method m : { Method::Rrf, Method::CombSum, Method::CombMnz }) {
        if (name.compare(methodName(m), Qt::CaseInsensitive) == 0)
            return m;
    }
    return std::nullopt;
}

namespace {

    struct Accumulated
    {
        double sum = 0.0;
        int runs = 0;
    };

} // namespace

Run fuse(const QList<Run> &runs, Method method, double rrfK)
{
    QSet<QString> queries;
    for (const Run &run : runs) {
        for (auto it = run.cbegin(); it != run.cend(); ++it)
            queries.insert(it.key());
    }
    Run fused;
    fused.reserve(queries.size());
    for (const QString &qid : queries) {
        QHash<QString, Accumulated> scores;
        QStringList order; // first-seen order, so the result does not depend on hashing
        for (const Run &run : runs) {
            const auto it = run.constFind(qid);
            if (it == run.cend() || it->isEmpty())
                continue;
            const QList<ScoredDoc> ranked = trecOrder(it.value());
            const double top = ranked.first().score;
            const double bottom = ranked.last().score;
            for (qsizetype i = 0; i < ranked.size(); ++i) {
                const ScoredDoc &doc = ranked.at(i);
                double contribution = 0.0;
                if (method == Method::Rrf)
                    contribution = 1.0 / (rrfK + double(i + 1));
                else
                    contribution = top > bottom ? (doc.score - bottom) / (top - bottom) : 1.0;
                auto slot = scores.find(doc.docno);
                if (slot == scores.end()) {
                    slot = scores.insert(doc.docno, {});
                    order.append(doc.docno);
                }
                slot->sum += contribution;
                ++slot->runs;
            }
        }
        if (order.isEmpty())
            continue;
        QList<ScoredDoc> docs;
        docs.reserve(order.size());
        for (const QString &docno : order) {
            const Accumulated &a = scores[docno];
            docs.append(ScoredDoc{ docno, method == Method::CombMnz ? a.sum * a.runs : a.sum });
        }
        fused.insert(qid, docs);
    }
    return fused;
}

} // namespace Eval::Fusion
