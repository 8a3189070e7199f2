#pragma once

#include <QList>
#include <QString>
#include <QWidget>

#include <optional>

// The Evaluate tab's two charts, painted with QPainter in the palette's colours (light and dark
// themes). Both draw only what they are given; the numbers come from the core's report.

// Per-query differences of one measure between two systems: one bar per query, sorted, above
// the axis where the second system wins, below where it loses. Hover shows the query.
class DifferenceChart : public QWidget
{
    Q_OBJECT
public:
    struct Bar
    {
        QString queryId;
        double delta = 0.0;
    };

    explicit DifferenceChart(QWidget *parent = nullptr);

    // `bars` sorted as they are to be drawn; `caption` says what is compared ("B − A,
    // ndcg_cut_10").
    void setBars(const QList<Bar> &bars, const QString &caption);
    QList<Bar> bars() const { return m_bars; }
    QString caption() const { return m_caption; }
    QSize sizeHint() const override { return { 480, 200 }; }
    QSize minimumSizeHint() const override { return { 200, 120 }; }

Q_SIGNALS:
    void queryActivated(const QString &queryId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QRectF plotRect() const;
    int barAt(const QPointF &pos) const;

    QList<Bar> m_bars;
    QString m_caption;
    int m_hovered = -1;
};

// Cost against quality: x = dollars per 1,000 queries, y = the chosen measure, one point per
// system, the Pareto front (no other system is both cheaper and better) joined by a line and
// labelled points moved apart where they would overlap.
class CostQualityChart : public QWidget
{
    Q_OBJECT
public:
    struct Point
    {
        QString name;
        double cost = 0.0; // USD per 1,000 queries
        double value = 0.0;
    };

    explicit CostQualityChart(QWidget *parent = nullptr);

    void setPoints(const QList<Point> &points, const QString &measure);
    QList<Point> points() const { return m_points; }
    // Indexes into points() on the Pareto front, cheapest first.
    QList<int> front() const { return m_front; }
    // Where each point's label was drawn at the last paint (for tests).
    QList<QRectF> labelRects() const { return m_labels; }
    QSize sizeHint() const override { return { 520, 320 }; }
    QSize minimumSizeHint() const override { return { 240, 160 }; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QList<Point> m_points;
    QString m_measure;
    QList<int> m_front;
    QList<QRectF> m_labels;
};
