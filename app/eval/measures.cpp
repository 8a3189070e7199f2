#include "measures.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace Eval {

namespace {

    // trec_eval's default cutoffs for ndcg_cut, P and recall (m_ndcg_cut.c, m_P.c, m_recall.c).
    constexpr int DefaultCutoffs[] = { 5, 10, 15, 20, 30, 100, 200, 500, 1000 };
    constexpr int MaxCutoff = 100000000;

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Eval::Measures", text);
    }

    // UTF-16 code units re-ordered so that comparing them gives code point order: surrogates
    // (code points above U+FFFF) sort after U+E000…U+FFFF, as they do in UTF-8.
    char32_t codePointOrder(char16_t unit)
    {
        if (unit < 0xD800)
            return unit;
        return unit >= 0xE000 ? char32_t(unit) - 0x800 : char32_t(unit) + 0x2000;
    }

    struct Name
    {
        QStringView name;
        MeasureKind kind;
        bool cutoff;
    };

    constexpr Name Names[] = {
        { u"ndcg_cut", MeasureKind::NdcgCut, true },
        { u"ndcg", MeasureKind::Ndcg, false },
        { u"map", MeasureKind::Map, false },
        { u"recip_rank", MeasureKind::RecipRank, false },
        { u"P", MeasureKind::Precision, true },
        { u"recall", MeasureKind::Recall, true },
        { u"ndcg_burges_cut", MeasureKind::NdcgBurgesCut, true },
        { u"ndcg_burges", MeasureKind::NdcgBurges, false },
    };

    const Name *nameFor(MeasureKind kind)
    {
        for (const Name &n : Names) {
            if (n.kind == kind)
                return &n;
        }
        return nullptr;
    }

    double linearGain(int grade)
    {
        return grade > 0 ? double(grade) : 0.0;
    }

    double burgesGain(int grade)
    {
        return grade > 0 ? std::ldexp(1.0, std::min(grade, 1000)) - 1.0 : 0.0;
    }

    double discount(std::size_t index)
    {
        // Rank index + 1, discount log2(rank + 1): the same expression trec_eval evaluates.
        return std::log2(double(index + 2));
    }

    double ndcg(const RankedJudgments &query, std::size_t cutoff, double (*gain)(int))
    {
        double dcg = 0.0;
        const std::size_t depth = std::min(cutoff, query.ranked.size());
        for (std::size_t i = 0; i < depth; ++i) {
            const double g = gain(query.ranked[i]);
            if (g > 0)
                dcg += g / discount(i);
        }
        double ideal = 0.0;
        std::size_t position = 0;
        for (const auto &[grade, count] : query.gradeCounts) {
            const double g = gain(grade);
            if (g <= 0)
                break;
            for (qsizetype c = 0; c < count && position < cutoff; ++c, ++position)
                ideal += g / discount(position);
            if (position >= cutoff)
                break;
        }
        return ideal > 0.0 ? dcg / ideal : 0.0;
    }

    qsizetype relevantJudged(const RankedJudgments &query, int level)
    {
        qsizetype total = 0;
        for (const auto &[grade, count] : query.gradeCounts) {
            if (grade >= level)
                total += count;
        }
        return total;
    }

    qsizetype relevantInTop(const RankedJudgments &query, std::size_t cutoff, int level)
    {
        const std::size_t depth = std::min(cutoff, query.ranked.size());
        return qsizetype(std::count_if(query.ranked.cbegin(),
                                       query.ranked.cbegin() + qsizetype(depth),
                                       [level](int grade) { return grade >= level; }));
    }

    std::size_t hashOf(QStringView text)
    {
        return std::size_t(qHash(text, 0));
    }

} // namespace

int compareIds(QStringView a, QStringView b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t x = a[i].unicode();
        const char16_t y = b[i].unicode();
        if (x != y)
            return codePointOrder(x) < codePointOrder(y) ? -1 : 1;
    }
    return a.size() == b.size() ? 0 : (a.size() < b.size() ? -1 : 1);
}

QStringList sortedIds(QStringList ids)
{
    std::sort(ids.begin(), ids.end(),
              [](const QString &x, const QString &y) { return compareIds(x, y) < 0; });
    return ids;
}

namespace {

    struct Ranked
    {
        double score;
        const ScoredDoc *doc;
    };

    // trec_eval's comp_sim_docno; a NaN score (never from a file) sorts last instead of breaking
    // the ordering.
    std::vector<Ranked> rank(const QList<ScoredDoc> &docs)
    {
        std::vector<Ranked> items;
        items.reserve(std::size_t(docs.size()));
        for (const ScoredDoc &d : docs)
            items.push_back(Ranked{
                std::isnan(d.score) ? -std::numeric_limits<double>::infinity() : d.score, &d });
        std::sort(items.begin(), items.end(), [](const Ranked &x, const Ranked &y) {
            if (x.score != y.score)
                return x.score > y.score;
            return compareIds(x.doc->docno, y.doc->docno) > 0;
        });
        // Duplicates are rare (files with them are refused), so look for equal hashes first and
        // only then pay for an exact pass.
        std::vector<std::size_t> hashes;
        hashes.reserve(items.size());
        for (const Ranked &r : items)
            hashes.push_back(hashOf(r.doc->docno));
        std::sort(hashes.begin(), hashes.end());
        if (std::adjacent_find(hashes.cbegin(), hashes.cend()) != hashes.cend()) {
            QSet<QStringView> seen;
            std::erase_if(items, [&seen](const Ranked &r) {
                if (seen.contains(r.doc->docno))
                    return true;
                seen.insert(r.doc->docno);
                return false;
            });
        }
        return items;
    }

} // namespace

QList<ScoredDoc> trecOrder(const QList<ScoredDoc> &docs)
{
    QList<ScoredDoc> out;
    const std::vector<Ranked> items = rank(docs);
    out.reserve(qsizetype(items.size()));
    for (const Ranked &r : items)
        out.append(*r.doc);
    return out;
}

QString Measure::name() const
{
    const Name *n = nameFor(kind);
    const QString base = n ? n->name.toString() : QString();
    return hasCutoff() ? u"%1_%2"_s.arg(base).arg(cutoff) : base;
}

QString Measure::spec() const
{
    const Name *n = nameFor(kind);
    const QString base = n ? n->name.toString() : QString();
    return hasCutoff() ? u"%1.%2"_s.arg(base).arg(cutoff) : base;
}

bool Measure::hasCutoff() const
{
    const Name *n = nameFor(kind);
    return n && n->cutoff;
}

std::optional<QList<Measure>> parseMeasures(QStringView text, QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<QList<Measure>> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QList<Measure> out;
    const auto add = [&out](const Measure &m) {
        if (!out.contains(m))
            out.append(m);
    };
    const Name *previous = nullptr; // the last .K measure, for "ndcg_cut.5,10"
    const QList<QStringView> items = text.split(u',');
    for (QStringView item : items) {
        item = item.trimmed();
        if (item.isEmpty())
            return fail(tr("The measure list “%1” has an empty item. Separate measures with "
                           "single commas, e.g. ndcg_cut.10,map.")
                            .arg(text.toString()));
        bool isNumber = false;
        const int bare = item.toInt(&isNumber);
        if (isNumber) {
            if (!previous)
                return fail(tr("“%1” in the measure list follows no measure that takes a cutoff.")
                                .arg(item.toString()));
            if (bare < 1 || bare > MaxCutoff)
                return fail(tr("The cutoff %1 must be a whole number from 1 to %2.")
                                .arg(item.toString())
                                .arg(MaxCutoff));
            add(Measure{ previous->kind, bare });
            continue;
        }
        const qsizetype dot = item.indexOf(u'.');
        const QStringView base = dot < 0 ? item : item.first(dot);
        const Name *found = nullptr;
        for (const Name &n : Names) {
            if (n.name == base)
                found = &n;
        }
        if (!found)
            return fail(tr("Unknown measure “%1”. Use ndcg_cut.K, ndcg, map, recip_rank, P.K, "
                           "recall.K, ndcg_burges_cut.K or ndcg_burges (trec_eval's names).")
                            .arg(item.toString()));
        if (!found->cutoff) {
            if (dot >= 0)
                return fail(
                    tr("The measure %1 takes no cutoff; write it as “%1”.").arg(base.toString()));
            previous = nullptr;
            add(Measure{ found->kind, 0 });
            continue;
        }
        previous = found;
        if (dot < 0) {
            for (int k : DefaultCutoffs)
                add(Measure{ found->kind, k });
            continue;
        }
        bool ok = false;
        const int k = item.sliced(dot + 1).toInt(&ok);
        if (!ok || k < 1 || k > MaxCutoff)
            return fail(tr("The cutoff in “%1” must be a whole number from 1 to %2.")
                            .arg(item.toString())
                            .arg(MaxCutoff));
        add(Measure{ found->kind, k });
    }
    return out;
}

QList<Measure> defaultMeasures()
{
    return { Measure{ MeasureKind::NdcgCut, 10 }, Measure{ MeasureKind::Map, 0 },
             Measure{ MeasureKind::RecipRank, 0 }, Measure{ MeasureKind::Precision, 10 },
             Measure{ MeasureKind::Recall, 100 } };
}

QStringList measureNames(const QList<Measure> &measures)
{
    QStringList names;
    names.reserve(measures.size());
    for (const Measure &m : measures)
        names << m.name();
    return names;
}

namespace {

    void countGrades(std::vector<std::pair<int, qsizetype>> *counts, int grade)
    {
        if (grade < 0)
            return;
        for (auto &[g, c] : *counts) {
            if (g == grade) {
                ++c;
                return;
            }
        }
        counts->emplace_back(grade, 1);
    }

    void sortGrades(std::vector<std::pair<int, qsizetype>> *counts)
    {
        std::sort(counts->begin(), counts->end(),
                  [](const auto &x, const auto &y) { return x.first > y.first; });
    }

} // namespace

RankedJudgments RankedJudgments::from(const Judgments &judgments, const QList<ScoredDoc> &docs)
{
    RankedJudgments query;
    const std::vector<Ranked> items = rank(docs);
    query.ranked.reserve(items.size());
    for (const Ranked &r : items) {
        const auto it = judgments.constFind(r.doc->docno);
        if (it == judgments.cend())
            query.ranked.push_back(NotJudged);
        else
            query.ranked.push_back(it.value() < 0 ? JudgedNegative : it.value());
    }
    for (const int grade : judgments)
        countGrades(&query.gradeCounts, grade);
    sortGrades(&query.gradeCounts);
    return query;
}

RankedJudgments RankedJudgments::fromGrades(const std::vector<int> &rankedGrades,
                                            const std::vector<int> &judgedGrades)
{
    RankedJudgments query;
    query.ranked.reserve(rankedGrades.size());
    for (const int grade : rankedGrades)
        query.ranked.push_back(grade < 0 ? NotJudged : grade);
    for (const int grade : judgedGrades)
        countGrades(&query.gradeCounts, grade);
    sortGrades(&query.gradeCounts);
    return query;
}

double measure(const RankedJudgments &query, const Measure &m, int relevanceLevel)
{
    constexpr std::size_t All = std::numeric_limits<std::size_t>::max();
    const std::size_t cutoff = m.cutoff > 0 ? std::size_t(m.cutoff) : All;
    switch (m.kind) {
    case MeasureKind::NdcgCut:
        return ndcg(query, cutoff, linearGain);
    case MeasureKind::Ndcg:
        return ndcg(query, All, linearGain);
    case MeasureKind::NdcgBurgesCut:
        return ndcg(query, cutoff, burgesGain);
    case MeasureKind::NdcgBurges:
        return ndcg(query, All, burgesGain);
    case MeasureKind::Map: {
        const qsizetype relevant = relevantJudged(query, relevanceLevel);
        qsizetype found = 0;
        double sum = 0.0;
        for (std::size_t i = 0; i < query.ranked.size(); ++i) {
            if (query.ranked[i] >= relevanceLevel) {
                ++found;
                sum += double(found) / double(i + 1);
            }
        }
        return found > 0 && relevant > 0 ? sum / double(relevant) : 0.0;
    }
    case MeasureKind::RecipRank:
        for (std::size_t i = 0; i < query.ranked.size(); ++i) {
            if (query.ranked[i] >= relevanceLevel)
                return 1.0 / double(i + 1);
        }
        return 0.0;
    case MeasureKind::Precision:
        if (m.cutoff < 1)
            return 0.0;
        return double(relevantInTop(query, cutoff, relevanceLevel)) / double(m.cutoff);
    case MeasureKind::Recall: {
        const qsizetype relevant = relevantJudged(query, relevanceLevel);
        if (relevant == 0)
            return 0.0;
        return double(relevantInTop(query, cutoff, relevanceLevel)) / double(relevant);
    }
    }
    return 0.0;
}

QList<double> evaluateQuery(const Judgments &judgments, const QList<ScoredDoc> &docs,
                            const QList<Measure> &measures, int relevanceLevel)
{
    const RankedJudgments query = RankedJudgments::from(judgments, docs);
    QList<double> values;
    values.reserve(measures.size());
    for (const Measure &m : measures)
        values.append(measure(query, m, relevanceLevel));
    return values;
}

Evaluation evaluate(const Qrels &qrels, const Run &run, const QList<Measure> &measures,
                    const Options &options)
{
    Evaluation result;
    result.measures = measures;
    result.mean = QList<double>(measures.size(), 0.0);
    static const QList<ScoredDoc> none;
    for (const QString &qid : sortedIds(qrels.keys())) {
        const auto it = run.constFind(qid);
        const bool answered = it != run.cend() && !it->isEmpty();
        if (!answered && !options.complete)
            continue;
        QList<double> values = evaluateQuery(qrels[qid], answered ? it.value() : none, measures,
                                             options.relevanceLevel);
        for (qsizetype m = 0; m < values.size(); ++m)
            result.mean[m] += values.at(m);
        result.queries.append(qid);
        result.perQuery.append(std::move(values));
    }
    if (!result.queries.isEmpty()) {
        for (double &mean : result.mean)
            mean /= double(result.queries.size());
    }
    return result;
}

qsizetype Evaluation::queryIndex(const QString &queryId) const
{
    const auto it
        = std::lower_bound(queries.cbegin(), queries.cend(), queryId,
                           [](const QString &x, const QString &y) { return compareIds(x, y) < 0; });
    return it != queries.cend() && *it == queryId ? it - queries.cbegin() : -1;
}

std::vector<double> Evaluation::column(qsizetype m) const
{
    std::vector<double> values;
    values.reserve(std::size_t(perQuery.size()));
    for (const QList<double> &row : perQuery)
        values.push_back(row.value(m));
    return values;
}

} // namespace Eval
