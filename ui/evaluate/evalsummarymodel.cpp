#include "evalsummarymodel.h"

#include "models/costformat.h"
#include "statepalette.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

EvalSummaryModel::EvalSummaryModel(QObject *parent) : QAbstractTableModel(parent) { }

void EvalSummaryModel::setReport(const Eval::Report &report, const QList<Extra> &extras)
{
    beginResetModel();
    m_report = report;
    m_extras = extras;
    m_best = report.best();
    if (m_baseline >= m_report.systems.size())
        m_baseline = 0;
    endResetModel();
}

void EvalSummaryModel::setBaseline(int system)
{
    beginResetModel();
    m_baseline = std::max(0, system);
    endResetModel();
}

std::optional<Eval::Significance::Comparison> EvalSummaryModel::versusBaseline(int system,
                                                                               int measure) const
{
    if (system == m_baseline)
        return std::nullopt;
    for (const Eval::Significance::Comparison &c : m_report.comparisons) {
        if (c.measure != measure)
            continue;
        if (c.a == m_baseline && c.b == system)
            return c;
        if (c.a == system && c.b == m_baseline) {
            Eval::Significance::Comparison flipped = c;
            std::swap(flipped.a, flipped.b);
            flipped.delta = -c.delta;
            std::swap(flipped.wins, flipped.losses);
            return flipped;
        }
    }
    return std::nullopt;
}

bool EvalSummaryModel::isSignificant(int system, int measure) const
{
    const auto c = versusBaseline(system, measure);
    return c && Eval::Report::significant(*c);
}

bool EvalSummaryModel::isBest(int system, int measure) const
{
    return measure >= 0 && measure < m_best.size() && m_best.at(measure) == system;
}

int EvalSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.systems.size());
}

int EvalSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_report.measures.size()) + 3;
}

QStringList EvalSummaryModel::header() const
{
    QStringList out{ tr("System") };
    for (const Eval::Measure &measure : m_report.measures)
        out.append(measure.name());
    out.append(tr("Cost / 1k queries"));
    out.append(tr("Latency (s)"));
    return out;
}

QString EvalSummaryModel::cellText(int row, int column, bool marks) const
{
    const QLocale locale = marks ? QLocale() : QLocale::c();
    const int measures = int(m_report.measures.size());
    if (column == 0)
        return m_report.systems.at(row).name;
    if (column <= measures) {
        const int measure = column - 1;
        QString text
            = QString::number(m_report.systems.at(row).evaluation.mean.value(measure), 'f', 4);
        if (!marks)
            return text;
        text = locale.toString(m_report.systems.at(row).evaluation.mean.value(measure), 'f', 4);
        if (const auto c = versusBaseline(row, measure); c && Eval::Report::significant(*c))
            text += c->delta > 0 ? u" ▲"_s : u" ▼"_s;
        return text;
    }
    const Extra extra = m_extras.value(row);
    if (column == measures + 1) {
        if (!extra.costPer1k)
            return marks ? u"—"_s : QString();
        return marks ? CostFormat::usd(*extra.costPer1k, locale)
                     : QString::number(*extra.costPer1k, 'g', 6);
    }
    if (!extra.latencyMs)
        return marks ? u"—"_s : QString();
    return locale.toString(double(*extra.latencyMs) / 1000.0, 'f', 1);
}

QString EvalSummaryModel::toolTip(int row, int column) const
{
    const int measures = int(m_report.measures.size());
    const QLocale locale;
    if (column == 0 || column > measures)
        return {};
    const int measure = column - 1;
    const Eval::SystemReport &system = m_report.systems.at(row);
    QStringList lines;
    lines.append(tr("%1 of %2: %3 over %4 queries")
                     .arg(m_report.measures.at(measure).name(), system.name,
                          locale.toString(system.evaluation.mean.value(measure), 'f', 4))
                     .arg(system.evaluation.queries.size()));
    if (measure < system.intervals.size()) {
        const Eval::Significance::Interval &ci = system.intervals.at(measure);
        lines.append(tr("95% bootstrap interval: %1 – %2")
                         .arg(locale.toString(ci.low, 'f', 4), locale.toString(ci.high, 'f', 4)));
    }
    if (const auto c = versusBaseline(row, measure)) {
        const QString base = m_report.systems.at(m_baseline).name;
        lines.append(tr("Against %1: difference %2 (%3 better, %4 equal, %5 worse)")
                         .arg(base, locale.toString(c->delta, 'f', 4))
                         .arg(c->wins)
                         .arg(c->ties)
                         .arg(c->losses));
        lines.append(tr("Randomization test p = %1 (Holm %2); t-test p = %3 (Holm %4)")
                         .arg(locale.toString(c->pRandomization, 'g', 3),
                              locale.toString(c->pRandomizationHolm, 'g', 3),
                              locale.toString(c->pTTest, 'g', 3),
                              locale.toString(c->pTTestHolm, 'g', 3)));
        lines.append(Eval::Report::significant(*c)
                         ? tr("Significant at α = 0.05 after Holm's correction.")
                         : tr("Not significant at α = 0.05 after Holm's correction."));
    } else if (row == m_baseline) {
        lines.append(tr("The baseline: other systems are compared with it."));
    }
    return lines.join(u'\n');
}

QList<QStringList> EvalSummaryModel::rows(bool marks) const
{
    QList<QStringList> out;
    const int columns = columnCount();
    for (int row = 0; row < rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column) {
            QString text = cellText(row, column, false);
            if (marks && column >= 1 && column <= m_report.measures.size()) {
                if (isSignificant(row, column - 1))
                    text += u" †"_s;
                if (isBest(row, column - 1))
                    text = u"**"_s + text + u"**"_s;
            }
            cells.append(text);
        }
        out.append(cells);
    }
    return out;
}

QVariant EvalSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const int row = index.row();
    const int column = index.column();
    const int measures = int(m_report.measures.size());
    const bool isMeasure = column >= 1 && column <= measures;
    switch (role) {
    case Qt::DisplayRole:
        return cellText(row, column, true);
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::TextAlignmentRole:
        return column == 0 ? int(Qt::AlignLeft | Qt::AlignVCenter)
                           : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if ((isMeasure && isBest(row, column - 1)) || (column == 0 && row == m_baseline)) {
            QFont font = QApplication::font();
            font.setBold(isMeasure);
            font.setItalic(column == 0);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        if (isMeasure) {
            if (const auto c = versusBaseline(row, column - 1);
                c && Eval::Report::significant(*c)) {
                const StatePalette states(QApplication::palette());
                return states.background(c->delta > 0 ? StatePalette::Role::Success
                                                      : StatePalette::Role::Error);
            }
        }
        return {};
    case Qt::AccessibleDescriptionRole: {
        if (!isMeasure)
            return {};
        QStringList notes;
        if (isBest(row, column - 1))
            notes.append(tr("best"));
        if (isSignificant(row, column - 1))
            notes.append(tr("significantly different from the baseline"));
        return notes.join(u", "_s);
    }
    default:
        return {};
    }
}

QVariant EvalSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::DisplayRole)
        return header().value(section);
    if (role == Qt::ToolTipRole) {
        const int measures = int(m_report.measures.size());
        if (section >= 1 && section <= measures)
            return tr("%1 (trec_eval -m %2), mean over the judged queries")
                .arg(m_report.measures.at(section - 1).name(),
                     m_report.measures.at(section - 1).spec());
        if (section == measures + 1)
            return tr("Estimated dollars for 1,000 queries of this set, without the cache");
        if (section == measures + 2)
            return tr("Wall time of the last run that sent requests");
    }
    return {};
}
