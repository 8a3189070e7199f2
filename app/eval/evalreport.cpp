#include "evalreport.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace Eval {

namespace {

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Eval::Report", text);
    }

    // trec_eval's "%6.4f" through the C library: an exact half rounds to even (0.15625 → 0.1562)
    // as there, where QString::asprintf would round it up.
    QString fixed4(double value)
    {
        char text[64];
        std::snprintf(text, sizeof text, "%6.4f", value);
        return QString::fromLatin1(text).trimmed();
    }

    QString pValue(double p)
    {
        return p < 0.0001 ? u"<0.0001"_s : QString::asprintf("%.4f", p);
    }

    // Columns padded to their widest cell; the first `left` columns left-aligned, the rest right.
    QString alignedTable(const QList<QStringList> &rows, int left)
    {
        QList<qsizetype> widths;
        for (const QStringList &row : rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (widths.size() <= c)
                    widths.append(0);
                widths[c] = std::max(widths[c], row.at(c).size());
            }
        }
        QString text;
        for (const QStringList &row : rows) {
            QString line;
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (c > 0)
                    line += u"  "_s;
                line += c < left ? row.at(c).leftJustified(widths.at(c))
                                 : row.at(c).rightJustified(widths.at(c));
            }
            while (line.endsWith(u' '))
                line.chop(1);
            text += line + u'\n';
        }
        return text;
    }

    QString trecEvalLine(const QString &measure, const QString &qid, const QString &value)
    {
        // trec_eval's "%-22s\t%s\t%6.4f\n"
        return measure.leftJustified(22) + u'\t' + qid + u'\t' + value + u'\n';
    }

} // namespace

QList<qsizetype> Report::best() const
{
    QList<qsizetype> out(measures.size(), -1);
    for (qsizetype m = 0; m < measures.size(); ++m) {
        for (qsizetype s = 0; s < systems.size(); ++s) {
            const double mean = systems.at(s).evaluation.mean.value(m);
            if (out[m] < 0 || mean > systems.at(out[m]).evaluation.mean.value(m))
                out[m] = s;
        }
    }
    return out;
}

Report buildReport(const Qrels &qrels, const QList<NamedRun> &runs, const QList<Measure> &measures,
                   const Options &options, const Significance::Options &significance)
{
    Report report;
    report.measures = measures;
    report.options = options;
    report.significance = significance;
    // One system per thread: evaluate() is a pure function of its inputs.
    const QList<Evaluation> evaluations = QtConcurrent::blockingMapped(
        runs, [&](const NamedRun &run) { return evaluate(qrels, run.run, measures, options); });
    Significance::Comparisons tests = Significance::compare(evaluations, significance);
    for (qsizetype s = 0; s < runs.size(); ++s)
        report.systems.append(
            SystemReport{ runs.at(s).name, evaluations.at(s), tests.intervals.value(s) });
    report.comparisons = std::move(tests.comparisons);
    return report;
}

QJsonObject reportToJson(const Report &report, bool perQuery)
{
    const QStringList names = measureNames(report.measures);
    QJsonArray systems;
    for (const SystemReport &system : report.systems) {
        const Evaluation &e = system.evaluation;
        QJsonObject mean;
        QJsonObject intervals;
        for (qsizetype m = 0; m < names.size(); ++m) {
            mean.insert(names.at(m), e.mean.value(m));
            const Significance::Interval interval = system.intervals.value(m);
            intervals.insert(names.at(m), QJsonArray{ interval.low, interval.high });
        }
        QJsonObject object{ { u"name"_s, system.name },
                            { u"queries"_s, e.queries.size() },
                            { u"mean"_s, mean },
                            { u"ci95"_s, intervals } };
        if (perQuery) {
            QJsonObject queries;
            for (qsizetype q = 0; q < e.queries.size(); ++q) {
                QJsonObject values;
                for (qsizetype m = 0; m < names.size(); ++m)
                    values.insert(names.at(m), e.perQuery.at(q).value(m));
                queries.insert(e.queries.at(q), values);
            }
            object.insert(u"per_query"_s, queries);
        }
        systems.append(object);
    }
    QJsonArray comparisons;
    for (const Significance::Comparison &c : report.comparisons) {
        comparisons.append(QJsonObject{
            { u"a"_s, report.systems.at(c.a).name },
            { u"b"_s, report.systems.at(c.b).name },
            { u"measure"_s, names.value(c.measure) },
            { u"delta"_s, c.delta },
            { u"p_randomization"_s, c.pRandomization },
            { u"p_ttest"_s, c.pTTest },
            { u"p_randomization_holm"_s, c.pRandomizationHolm },
            { u"p_ttest_holm"_s, c.pTTestHolm },
            { u"significant"_s, Report::significant(c) },
            { u"wins"_s, c.wins },
            { u"ties"_s, c.ties },
            { u"losses"_s, c.losses },
            { u"queries"_s, c.queries },
        });
    }
    return QJsonObject{ { u"measures"_s, QJsonArray::fromStringList(names) },
                        { u"systems"_s, systems },
                        { u"comparisons"_s, comparisons } };
}

QString reportToText(const Report &report, bool perQuery)
{
    const QStringList names = measureNames(report.measures);
    QString text;
    if (perQuery) {
        for (const SystemReport &system : report.systems) {
            const Evaluation &e = system.evaluation;
            text += trecEvalLine(u"runid"_s, u"all"_s, system.name);
            text += trecEvalLine(u"num_q"_s, u"all"_s, QString::number(e.queries.size()));
            for (qsizetype q = 0; q < e.queries.size(); ++q) {
                for (qsizetype m = 0; m < names.size(); ++m)
                    text += trecEvalLine(names.at(m), e.queries.at(q),
                                         fixed4(e.perQuery.at(q).value(m)));
            }
            for (qsizetype m = 0; m < names.size(); ++m)
                text += trecEvalLine(names.at(m), u"all"_s, fixed4(e.mean.value(m)));
            text += u'\n';
        }
    }

    const QList<qsizetype> best = report.best();
    const bool marks = report.systems.size() > 1;
    QList<QStringList> rows;
    rows.append(QStringList{ tr("system"), tr("queries") } + names);
    for (qsizetype s = 0; s < report.systems.size(); ++s) {
        const Evaluation &e = report.systems.at(s).evaluation;
        QStringList row{ report.systems.at(s).name, QString::number(e.queries.size()) };
        for (qsizetype m = 0; m < names.size(); ++m)
            row << fixed4(e.mean.value(m))
                    + (marks ? (best.value(m) == s ? u"*"_s : u" "_s) : QString());
        rows.append(row);
    }
    text += alignedTable(rows, 1);
    if (marks)
        text += tr("* best mean in the column") + u'\n';

    // The intervals in a table of their own: the summary above keeps trec_eval's columns.
    if (!report.systems.isEmpty() && !names.isEmpty()) {
        QList<QStringList> intervals;
        intervals.append(QStringList{ tr("system") } + names);
        for (const SystemReport &system : report.systems) {
            QStringList row{ system.name };
            for (qsizetype m = 0; m < names.size(); ++m) {
                const Significance::Interval interval = system.intervals.value(m);
                row << u"[%1, %2]"_s.arg(fixed4(interval.low), fixed4(interval.high));
            }
            intervals.append(row);
        }
        text += u'\n'
            + tr("%1% bootstrap interval of each mean (%2 resamples of the queries):")
                  .arg(report.significance.confidence * 100)
                  .arg(report.significance.resamples)
            + u'\n' + alignedTable(intervals, 1);
    }

    if (!report.comparisons.isEmpty()) {
        QList<QStringList> pairs;
        pairs.append(QStringList{ tr("a"), tr("b"), tr("measure"), tr("b − a"),
                                  tr("wins/ties/losses"), tr("p randomization"), tr("p t-test"),
                                  QString() });
        for (const Significance::Comparison &c : report.comparisons) {
            pairs.append(QStringList{ report.systems.at(c.a).name, report.systems.at(c.b).name,
                                      names.value(c.measure), QString::asprintf("%+.4f", c.delta),
                                      u"%1/%2/%3"_s.arg(c.wins).arg(c.ties).arg(c.losses),
                                      pValue(c.pRandomizationHolm), pValue(c.pTTestHolm),
                                      Report::significant(c) ? u"*"_s : QString() });
        }
        text += u'\n' + alignedTable(pairs, 3);
        text += tr("p-values are Holm-corrected across the pairs of each measure (%1 "
                   "permutations, paired t-test); * = significant at %2; wins = queries where b "
                   "scores higher than a.")
                    .arg(report.significance.permutations)
                    .arg(Report::Alpha)
            + u'\n';
    }
    return text;
}

} // namespace Eval
