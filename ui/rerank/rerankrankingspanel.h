#pragma once

#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QMenu;
class QProgressBar;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QToolButton;
class RerankResultModel;

// One model's column in the rankings: its name, progress, latency/tokens/cost, the error line
// (documents not scored and why, as plain text) and the ranked list with score bars.
class RerankModelColumn : public QWidget
{
    Q_OBJECT
public:
    RerankModelColumn(const QString &model, const QString &label, int documents,
                      QWidget *parent = nullptr);

    QString model() const { return m_model; }
    QListView *list() const { return m_list; }
    RerankResultModel *results() const { return m_results; }
    QString statusText() const;
    QString errorText() const;
    void showProgress(int done, int total);
    void showResult(const RerankResult &result, const QList<RerankDocument> &documents);

Q_SIGNALS:
    // The user asked to run this model again (after it failed).
    void retryRequested(const QString &model);

private:
    QString m_model;
    QLabel *m_title;
    QProgressBar *m_progress;
    QLabel *m_status;
    QLabel *m_error;
    QPushButton *m_retry;
    QListView *m_list;
    RerankResultModel *m_results;
};

// The rankings: a column per model side by side (or a hint before the first run), with the
// Export and Copy chart buttons above them. Label keys in a ranked list and selection across
// lists are handled here; the labels themselves go back through labelKey().
class RerankRankingsPanel : public QWidget
{
    Q_OBJECT
public:
    RerankRankingsPanel(QMenu *exportMenu, QWidget *parent = nullptr);

    // Replaces the columns (none: the hint). labels: the models' short names.
    void setModels(const QStringList &models, const QStringList &labels, int documents);
    RerankModelColumn *column(const QString &model) const;
    QList<RerankModelColumn *> columns() const;
    void setLabels(const QList<int> &labels);
    // Shows the document in every ranked list.
    void showDocument(int index);
    void setExportEnabled(bool enabled);
    QPushButton *copyChartButton() const { return m_copyChart; }

Q_SIGNALS:
    void labelKey(int document, int label);
    void retryRequested(const QString &model);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QToolButton *m_export;
    QPushButton *m_copyChart;
    QList<QPointer<RerankModelColumn>> m_columns;
};
