#pragma once

#include "rerankmetricsmodels.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QSpinBox;
class QStackedWidget;
class QTableView;
class SlopegraphChart;
class WorkbenchSession;

// What the labels say about each model: nDCG@k, MRR and recall@k, shown once there are labels.
class RerankLabelsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RerankLabelsPanel(QWidget *parent = nullptr);

    void setMetrics(const QList<Metrics::LabelMetrics> &metrics, bool shown, int k,
                    const ModelLabelFunction &label);
    QTableView *view() const { return m_view; }

private:
    LabelMetricsModel *m_model;
    QTableView *m_view;
};

// The comparison of the session's finished models: a slopegraph of a chosen pair, Kendall τ and
// overlap@k for every pair, the documents that moved most between the pair, and the labels
// panel beside them.
class RerankComparisonPanel : public QWidget
{
    Q_OBJECT
public:
    RerankComparisonPanel(WorkbenchSession *session, const ModelLabelFunction &label,
                          QWidget *parent = nullptr);

    SlopegraphChart *slopegraph() const { return m_slopegraph; }
    QTableView *pairTable() const { return m_pairView; }
    QTableView *movedTable() const { return m_movedView; }
    QTableView *labelMetricsTable() const { return m_labels->view(); }

    // The finished models changed: refills the pair pickers and the chart.
    void updateModels();
    // New metrics from the session.
    void updateMetrics();

Q_SIGNALS:
    void documentClicked(int index);
    void chartChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitPairColumns();
    void updateSlopegraph();
    void updateMoved();

    WorkbenchSession *m_session;
    ModelLabelFunction m_label;
    QStackedWidget *m_stack;
    QComboBox *m_modelA;
    QComboBox *m_modelB;
    SlopegraphChart *m_slopegraph;
    QSpinBox *m_k;
    PairMetricsModel *m_pairs;
    QTableView *m_pairView;
    MovedDocumentsModel *m_moved;
    QTableView *m_movedView;
    RerankLabelsPanel *m_labels;
};
