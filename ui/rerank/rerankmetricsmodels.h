#pragma once

#include "rerank/metrics.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QString>

#include <functional>

// Table models over the workbench's metrics (computed by WorkbenchSession): what the agreement,
// moved-most and label tables show, with no logic beyond presenting the numbers. Model names
// come from a label function (ModelLabels' short names); the full id is in Qt::UserRole and the
// tooltip.
using ModelLabelFunction = std::function<QString(const QString &model)>;

// Kendall τ and overlap@k per pair of models.
class PairMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModelAColumn, ModelBColumn, TauColumn, OverlapColumn, ColumnCount };
    using QAbstractTableModel::QAbstractTableModel;

    void setPairs(const QList<Metrics::PairMetrics> &pairs, int k, const ModelLabelFunction &label);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Metrics::PairMetrics> m_pairs;
    QStringList m_labelsA;
    QStringList m_labelsB;
    int m_k = 10;
};

// The documents whose rank differs most between the two charted models.
class MovedDocumentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { DocumentColumn, LeftColumn, RightColumn, ChangeColumn, ColumnCount };
    struct Row
    {
        int index = 0;
        QString text;
        int rankA = 0;
        int rankB = 0;
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setRows(const QList<Row> &rows, const QString &labelA, const QString &labelB);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    QString m_labelA;
    QString m_labelB;
};

// nDCG@k, MRR and recall@k per model; the best value per column is bold on a tint.
class LabelMetricsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { ModelColumn, NdcgColumn, MrrColumn, RecallColumn, ColumnCount };
    static constexpr int BestRole = Qt::UserRole + 1;
    using QAbstractTableModel::QAbstractTableModel;

    void setMetrics(const QList<Metrics::LabelMetrics> &metrics, int k,
                    const ModelLabelFunction &label, const QColor &bestTint);
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    std::optional<double> value(int row, int column) const;
    bool isBest(int row, int column) const;

    QList<Metrics::LabelMetrics> m_metrics;
    QStringList m_labels;
    std::optional<double> m_best[ColumnCount];
    QColor m_tint;
    int m_k = 10;
};

// A metric for a table cell: three decimals in the user's locale, a dash when undefined.
QString formatMetric(const std::optional<double> &value);
