#pragma once

#include "knowledge/retriever.h"

#include <QAbstractTableModel>

class QTableView;

// The Retrieval panel's table: every candidate of one question with its rank in each stage
// and whether it went into the prompt (and if not, why).
class RetrievalModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    // Whether a passage went into the prompt comes right after its file: in the chat's narrow
    // Retrieval panel and in an 800-pixel window it is the column seen without scrolling.
    enum Column { Source, Used, Bm25, Vector, Fused, Rerank, Score, Lines, ColumnCount };

    explicit RetrievalModel(QObject *parent = nullptr);

    void setResult(const RetrievalResult &result);
    const RetrievalResult &result() const { return m_result; }
    const RetrievalCandidate *candidate(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Sizes `table`'s columns to their contents, the file names at most a third of the view
    // (their tooltips have the path), so the columns fit without scrolling sideways where the
    // room allows.
    static void fitColumns(QTableView *table);

private:
    RetrievalResult m_result;
};
