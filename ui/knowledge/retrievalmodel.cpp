#include "retrievalmodel.h"

#include <QFileInfo>
#include <QLocale>
#include <QTableView>

#include <algorithm>

namespace {

QVariant rank(int value)
{
    return value > 0 ? QVariant(value) : QVariant(QStringLiteral("–"));
}

} // namespace

RetrievalModel::RetrievalModel(QObject *parent) : QAbstractTableModel(parent) { }

void RetrievalModel::setResult(const RetrievalResult &result)
{
    beginResetModel();
    m_result = result;
    endResetModel();
}

const RetrievalCandidate *RetrievalModel::candidate(int row) const
{
    return row >= 0 && row < m_result.candidates.size() ? &m_result.candidates.at(row) : nullptr;
}

int RetrievalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_result.candidates.size());
}

int RetrievalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RetrievalModel::data(const QModelIndex &index, int role) const
{
    const RetrievalCandidate *c = candidate(index.row());
    if (!c)
        return {};
    if (role == Qt::ToolTipRole && index.column() == Source)
        return c->passage.path;
    if (role == Qt::TextAlignmentRole && index.column() >= Bm25 && index.column() <= Score)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Source:
        return QFileInfo(c->passage.path).fileName();
    case Lines:
        return c->passage.chunk.lines();
    case Bm25:
        return rank(c->bm25Rank);
    case Vector:
        return rank(c->vectorRank);
    case Fused:
        return rank(c->fusedRank);
    case Rerank:
        return rank(c->rerankRank);
    case Score:
        // In the user's notation, as the Evaluate tab's numbers (0,473 in German).
        return c->rerankScore ? QVariant(QLocale().toString(*c->rerankScore, 'f', 3))
                              : QVariant(QStringLiteral("–"));
    case Used:
        switch (c->outcome) {
        case RetrievalCandidate::Outcome::Selected:
            return tr("in the prompt as [%1]").arg(c->sourceNumber);
        case RetrievalCandidate::Outcome::BelowThreshold:
            return tr("below the threshold");
        case RetrievalCandidate::Outcome::BelowTopN:
            return tr("beyond the top %1").arg(m_result.options.topN);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RetrievalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Source:
        return tr("Source");
    case Lines:
        return tr("Lines");
    case Bm25:
        return tr("BM25");
    case Vector:
        return tr("Vector");
    case Fused:
        return tr("Fused");
    case Rerank:
        return tr("Rerank");
    case Score:
        return tr("Score");
    case Used:
        return tr("Used");
    default:
        return {};
    }
}

void RetrievalModel::fitColumns(QTableView *table)
{
    table->resizeColumnsToContents();
    const int source = std::max(table->viewport()->width() / 3, 80);
    if (table->columnWidth(Source) > source)
        table->setColumnWidth(Source, source);
}
