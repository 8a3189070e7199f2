#pragma once

#include "knowledge/retriever.h"

#include <QAbstractTableModel>

// The Retrieval panel's table: every candidate of one question with its rank in each stage
// and whether it went into the prompt (and if not, why).
class RetrievalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Source, Lines, Bm25, Vector, Fused, Rerank, Score, Used, ColumnCount };

    explicit RetrievalModel(QObject *parent = nullptr);

    void setResult(const RetrievalResult &result);
    const RetrievalResult &result() const { return m_result; }
    const RetrievalCandidate *candidate(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    RetrievalResult m_result;
};
