#include "rerankmetricsmodels.h"

#include <QFont>
#include <QLocale>

using namespace Qt::StringLiterals;

QString formatMetric(const std::optional<double> &value)
{
    return value ? QLocale().toString(*value, 'f', 3) : u"–"_s;
}

namespace {

const QVariant rightAligned = QVariant(int(Qt::AlignRight | Qt::AlignVCenter));

} // namespace

// Pairs ------------------------------------------------------------------------------------------

void PairMetricsModel::setPairs(const QList<Metrics::PairMetrics> &pairs, int k,
                                const ModelLabelFunction &label)
{
    beginResetModel();
    m_pairs = pairs;
    m_k = k;
    m_labelsA.clear();
    m_labelsB.clear();
    for (const Metrics::PairMetrics &pair : pairs) {
        m_labelsA << label(pair.modelA);
        m_labelsB << label(pair.modelB);
    }
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int PairMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_pairs.size());
}

int PairMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PairMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_pairs.size())
        return {};
    const Metrics::PairMetrics &pair = m_pairs.at(index.row());
    const int column = index.column();
    if (column == ModelAColumn || column == ModelBColumn) {
        const QString &id = column == ModelAColumn ? pair.modelA : pair.modelB;
        switch (role) {
        case Qt::DisplayRole:
            return column == ModelAColumn ? m_labelsA.at(index.row()) : m_labelsB.at(index.row());
        case Qt::UserRole:
        case Qt::ToolTipRole:
            return id;
        default:
            return {};
        }
    }
    const std::optional<double> &value = column == TauColumn ? pair.kendallTau : pair.overlap;
    switch (role) {
    case Qt::DisplayRole:
        return formatMetric(value);
    case Qt::UserRole:
        return value ? QVariant(*value) : QVariant();
    case Qt::TextAlignmentRole:
        return rightAligned;
    default:
        return {};
    }
}

QVariant PairMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    switch (section) {
    case ModelAColumn:
        return tr("Model A");
    case ModelBColumn:
        return tr("Model B");
    case TauColumn:
        return tr("Kendall τ");
    case OverlapColumn:
        return tr("Overlap@%1").arg(m_k);
    default:
        return {};
    }
}

// Moved most -------------------------------------------------------------------------------------

void MovedDocumentsModel::setRows(const QList<Row> &rows, const QString &labelA,
                                  const QString &labelB)
{
    beginResetModel();
    m_rows = rows;
    m_labelA = labelA;
    m_labelB = labelB;
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

int MovedDocumentsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MovedDocumentsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MovedDocumentsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const int change = row.rankB - row.rankA;
    if (role == Qt::TextAlignmentRole && index.column() != DocumentColumn)
        return rightAligned;
    if (role == Qt::ToolTipRole) {
        if (index.column() == DocumentColumn)
            return row.text.left(2000);
        if (index.column() == ChangeColumn)
            return change > 0 ? tr("%1 ranks it lower").arg(m_labelB)
                              : tr("%1 ranks it higher").arg(m_labelB);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DocumentColumn:
        return u"%1 · %2"_s.arg(row.index + 1).arg(QString(row.text).replace(u'\n', u' '));
    case LeftColumn:
        return u"#%1"_s.arg(row.rankA);
    case RightColumn:
        return u"#%1"_s.arg(row.rankB);
    case ChangeColumn:
        return change > 0 ? u"↓ %1"_s.arg(change) : u"↑ %1"_s.arg(-change);
    default:
        return {};
    }
}

QVariant MovedDocumentsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        if (section == LeftColumn)
            return tr("Rank by %1").arg(m_labelA);
        if (section == RightColumn)
            return tr("Rank by %1").arg(m_labelB);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DocumentColumn:
        return tr("Document");
    case LeftColumn:
        return tr("Left");
    case RightColumn:
        return tr("Right");
    case ChangeColumn:
        return tr("Change");
    default:
        return {};
    }
}

// Label metrics ----------------------------------------------------------------------------------

void LabelMetricsModel::setMetrics(const QList<Metrics::LabelMetrics> &metrics, int k,
                                   const ModelLabelFunction &label, const QColor &bestTint)
{
    beginResetModel();
    m_metrics = metrics;
    m_k = k;
    m_tint = bestTint;
    m_labels.clear();
    for (const Metrics::LabelMetrics &m : metrics)
        m_labels << label(m.model);
    for (int column = NdcgColumn; column < ColumnCount; ++column) {
        m_best[column].reset();
        for (int row = 0; row < m_metrics.size(); ++row) {
            const std::optional<double> v = value(row, column);
            if (v && (!m_best[column] || *v > *m_best[column]))
                m_best[column] = v;
        }
    }
    endResetModel();
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

std::optional<double> LabelMetricsModel::value(int row, int column) const
{
    const Metrics::LabelMetrics &m = m_metrics.at(row);
    switch (column) {
    case NdcgColumn:
        return m.ndcg;
    case MrrColumn:
        return m.mrr;
    case RecallColumn:
        return m.recall;
    default:
        return std::nullopt;
    }
}

bool LabelMetricsModel::isBest(int row, int column) const
{
    const std::optional<double> v = value(row, column);
    const std::optional<double> &top = m_best[column];
    return v && top && qFuzzyCompare(1.0 + *v, 1.0 + *top);
}

int LabelMetricsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_metrics.size());
}

int LabelMetricsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LabelMetricsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_metrics.size())
        return {};
    const int row = index.row();
    if (index.column() == ModelColumn) {
        switch (role) {
        case Qt::DisplayRole:
            return m_labels.at(row);
        case Qt::UserRole:
        case Qt::ToolTipRole:
            return m_metrics.at(row).model;
        default:
            return {};
        }
    }
    const bool best = isBest(row, index.column());
    switch (role) {
    case Qt::DisplayRole:
        return formatMetric(value(row, index.column()));
    case Qt::TextAlignmentRole:
        return rightAligned;
    case BestRole:
        return best;
    case Qt::FontRole:
        if (best) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::BackgroundRole:
        return best ? QVariant(m_tint) : QVariant();
    case Qt::ToolTipRole:
        return best ? tr("Best in this column") : QVariant();
    default:
        return {};
    }
}

QVariant LabelMetricsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case ModelColumn:
        return tr("Model");
    case NdcgColumn:
        return tr("nDCG@%1").arg(m_k);
    case MrrColumn:
        return tr("MRR");
    case RecallColumn:
        return tr("Recall@%1").arg(m_k);
    default:
        return {};
    }
}
