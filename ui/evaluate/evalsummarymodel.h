#pragma once

#include "eval/evalreport.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The Evaluate tab's summary: one row per system, the mean of each measure as a column, then
// cost per 1,000 queries and latency. The best mean per column is bold; a mean that differs
// significantly from the baseline's (Holm-adjusted randomization p < 0.05) is marked ▲ or ▼ on a
// tinted cell; tooltips give the interval, the difference, both p-values and wins/ties/losses.
// Presentation only: every number comes from Eval::Report.
class EvalSummaryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Extra
    {
        std::optional<double> costPer1k; // USD per 1,000 queries
        std::optional<qint64> latencyMs; // wall time of the system's run
    };

    explicit EvalSummaryModel(QObject *parent = nullptr);

    void setReport(const Eval::Report &report, const QList<Extra> &extras);
    const Eval::Report &report() const { return m_report; }
    void setBaseline(int system);
    int baseline() const { return m_baseline; }

    int measureColumn(int measure) const { return measure + 1; }
    // The comparison of `system` against the baseline on `measure`, oriented so that delta is
    // system − baseline; nullopt for the baseline itself.
    std::optional<Eval::Significance::Comparison> versusBaseline(int system, int measure) const;
    bool isSignificant(int system, int measure) const;
    bool isBest(int system, int measure) const;

    // The table as text for CSV/Markdown: with marks, best is wrapped in ** and significant
    // differences get † (Markdown); without, plain numbers (CSV).
    QStringList header() const;
    QList<QStringList> rows(bool marks) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString cellText(int row, int column, bool marks) const;
    QString toolTip(int row, int column) const;

    Eval::Report m_report;
    QList<Extra> m_extras;
    QList<qsizetype> m_best;
    int m_baseline = 0;
};
