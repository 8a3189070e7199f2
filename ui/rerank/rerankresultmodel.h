#pragma once

#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"

#include <QAbstractListModel>

// One model's ranking as list rows, best first; documents the model could not score follow
// at the end. Texts and labels come from the set the run was made with.
class RerankResultModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        RankRole = Qt::UserRole + 1, // 1-based; 0 = not scored
        ScoreRole,                   // double; invalid when not scored
        ScoreFractionRole,           // 0…1, the bar's length within this model's score range
        DocumentIndexRole,
        LabelRole, // -1 … 3
        TextRole,
        ScoredRole, // bool
    };

    explicit RerankResultModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setResult(const RerankResult &result, const QList<RerankDocument> &documents);
    const RerankResult &result() const { return m_result; }
    // Labels changed (by document index).
    void setLabels(const QList<int> &labels);
    // The document shown on a row, or -1.
    int documentAt(int row) const;
    int rowOfDocument(int documentIndex) const;

private:
    RerankResult m_result;
    QStringList m_texts;
    QList<int> m_labels;
    double m_low = 0.0;
    double m_high = 1.0;
};
