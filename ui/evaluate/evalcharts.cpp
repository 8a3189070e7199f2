#include "evalcharts.h"

#include "statepalette.h"

#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

namespace {

QColor mutedText(const QPalette &palette)
{
    QColor color = palette.color(QPalette::Text);
    color.setAlphaF(0.65f);
    return color;
}

// A "nice" step for about `ticks` intervals over `span`.
double niceStep(double span, int ticks)
{
    if (span <= 0)
        return 1.0;
    const double raw = span / ticks;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : { 1.0, 2.0, 2.5, 5.0, 10.0 }) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}

} // namespace

// --- DifferenceChart

DifferenceChart::DifferenceChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Per-query difference chart"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void DifferenceChart::setBars(const QList<Bar> &bars, const QString &caption)
{
    m_bars = bars;
    m_caption = caption;
    m_hovered = -1;
    setAccessibleDescription(caption);
    update();
}

QRectF DifferenceChart::plotRect() const
{
    const int line = fontMetrics().height();
    const int left = fontMetrics().horizontalAdvance(QStringLiteral("−0.00")) + 10;
    return QRectF(left, line + 8, std::max(10, width() - left - 10),
                  std::max(10, height() - 2 * line - 12));
}

int DifferenceChart::barAt(const QPointF &pos) const
{
    const QRectF plot = plotRect();
    if (m_bars.isEmpty() || !plot.adjusted(0, -4, 0, 4).contains(pos))
        return -1;
    const int index = int((pos.x() - plot.left()) / plot.width() * m_bars.size());
    return index >= 0 && index < m_bars.size() ? index : -1;
}

void DifferenceChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const StatePalette states(pal);
    const QRectF plot = plotRect();
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(0, 2, width(), fontMetrics().height()), Qt::AlignHCenter | Qt::AlignTop,
               m_caption);
    if (m_bars.isEmpty()) {
        p.setPen(mutedText(pal));
        p.drawText(rect(), Qt::AlignCenter, tr("Run an evaluation to see per-query differences."));
        return;
    }
    double extent = 0.0;
    for (const Bar &bar : m_bars)
        extent = std::max(extent, std::abs(bar.delta));
    if (extent <= 0)
        extent = 1.0;
    const double zeroY = plot.center().y();
    const auto yOf = [&](double v) { return zeroY - v / extent * plot.height() / 2; };
    // Axis and the extent marks.
    const QLocale locale;
    p.setPen(mutedText(pal));
    for (const double v : { extent, 0.0, -extent }) {
        const double y = yOf(v);
        p.drawText(
            QRectF(0, y - fontMetrics().height() / 2.0, plot.left() - 6, fontMetrics().height()),
            Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', 2));
    }
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawLine(QPointF(plot.left(), zeroY), QPointF(plot.right(), zeroY));
    const double slot = plot.width() / m_bars.size();
    const double gap = slot > 6 ? std::min(4.0, slot * 0.2) : 0.0;
    for (int i = 0; i < m_bars.size(); ++i) {
        const double v = m_bars.at(i).delta;
        QColor color
            = states.text(v >= 0 ? StatePalette::Role::Success : StatePalette::Role::Error);
        if (m_hovered >= 0 && i != m_hovered)
            color.setAlphaF(0.55f);
        const double top = std::min(yOf(v), zeroY);
        const double h = std::max(1.0, std::abs(yOf(v) - zeroY));
        p.fillRect(QRectF(plot.left() + i * slot + gap / 2, top, std::max(1.0, slot - gap), h),
                   v == 0 ? pal.color(QPalette::Mid) : color);
    }
    const int wins = int(
        std::count_if(m_bars.cbegin(), m_bars.cend(), [](const Bar &b) { return b.delta > 0; }));
    const int losses = int(
        std::count_if(m_bars.cbegin(), m_bars.cend(), [](const Bar &b) { return b.delta < 0; }));
    p.setPen(mutedText(pal));
    p.drawText(QRectF(plot.left(), plot.bottom() + 4, plot.width(), fontMetrics().height()),
               Qt::AlignLeft | Qt::AlignTop,
               tr("%1 better · %2 worse · %3 equal")
                   .arg(wins)
                   .arg(losses)
                   .arg(m_bars.size() - wins - losses));
}

void DifferenceChart::mouseMoveEvent(QMouseEvent *event)
{
    const int index = barAt(event->position());
    if (index != m_hovered) {
        m_hovered = index;
        update();
    }
    if (index >= 0) {
        const Bar &bar = m_bars.at(index);
        QToolTip::showText(
            event->globalPosition().toPoint(),
            tr("Query %1: %2").arg(bar.queryId, QLocale().toString(bar.delta, 'f', 4)), this);
    } else {
        QToolTip::hideText();
    }
}

void DifferenceChart::mouseDoubleClickEvent(QMouseEvent *event)
{
    const int index = barAt(event->position());
    if (index >= 0)
        Q_EMIT queryActivated(m_bars.at(index).queryId);
}

void DifferenceChart::leaveEvent(QEvent *)
{
    m_hovered = -1;
    update();
}

// --- CostQualityChart

CostQualityChart::CostQualityChart(QWidget *parent) : QWidget(parent)
{
    setFocusPolicy(Qt::NoFocus);
    setAccessibleName(tr("Cost and quality chart"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
}

void CostQualityChart::setPoints(const QList<Point> &points, const QString &measure)
{
    m_points = points;
    m_measure = measure;
    // The front: by cost ascending (better value first on a tie), keep a point when it beats
    // every cheaper one.
    QList<int> order;
    for (int i = 0; i < points.size(); ++i)
        order.append(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) {
        if (points.at(a).cost != points.at(b).cost)
            return points.at(a).cost < points.at(b).cost;
        return points.at(a).value > points.at(b).value;
    });
    m_front.clear();
    double best = -std::numeric_limits<double>::infinity();
    for (const int i : std::as_const(order)) {
        if (points.at(i).value > best) {
            m_front.append(i);
            best = points.at(i).value;
        }
    }
    QStringList names;
    for (const Point &point : points)
        names.append(point.name);
    setAccessibleDescription(names.join(QStringLiteral(", ")));
    update();
}

void CostQualityChart::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const StatePalette states(pal);
    const QFontMetrics fm = fontMetrics();
    const int line = fm.height();
    m_labels.clear();
    if (m_points.isEmpty()) {
        p.setPen(mutedText(pal));
        p.drawText(rect(), Qt::AlignCenter, tr("Run an evaluation to compare cost and quality."));
        return;
    }
    double maxCost = 0, minValue = 1e300, maxValue = -1e300;
    for (const Point &point : std::as_const(m_points)) {
        maxCost = std::max(maxCost, point.cost);
        minValue = std::min(minValue, point.value);
        maxValue = std::max(maxValue, point.value);
    }
    if (maxCost <= 0)
        maxCost = 1.0;
    const double xStep = niceStep(maxCost, 4);
    maxCost = std::ceil(maxCost / xStep) * xStep;
    double span = maxValue - minValue;
    if (span <= 0)
        span = std::max(0.1, std::abs(maxValue) * 0.1);
    const double yStep = niceStep(span * 1.2, 4);
    const double yLow = std::floor((minValue - span * 0.1) / yStep) * yStep;
    const double yHigh = std::ceil((maxValue + span * 0.1) / yStep) * yStep;

    const QLocale locale;
    // As many decimals as the step needs (0.025 → 3), at least 2.
    int yDecimals = 2;
    while (yDecimals < 6
           && std::abs(std::round(yStep * std::pow(10.0, yDecimals))
                       - yStep * std::pow(10.0, yDecimals))
               > 1e-6)
        ++yDecimals;
    const int left = fm.horizontalAdvance(locale.toString(yHigh, 'f', yDecimals)) + 12;
    const QRectF plot(left, line + 10, std::max(20, width() - left - 16),
                      std::max(20, height() - 3 * line - 24));
    const auto xOf = [&](double c) { return plot.left() + c / maxCost * plot.width(); };
    const auto yOf
        = [&](double v) { return plot.bottom() - (v - yLow) / (yHigh - yLow) * plot.height(); };

    // Title, axes, grid.
    p.setPen(pal.color(QPalette::Text));
    p.drawText(QRectF(0, 2, width(), line), Qt::AlignHCenter | Qt::AlignTop,
               tr("%1 against cost").arg(m_measure));
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlphaF(0.35f);
    p.setPen(mutedText(pal));
    for (double v = yLow; v <= yHigh + yStep / 2; v += yStep) {
        const double y = yOf(v);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(mutedText(pal));
        p.drawText(QRectF(0, y - line / 2.0, plot.left() - 6, line),
                   Qt::AlignRight | Qt::AlignVCenter, locale.toString(v, 'f', yDecimals));
    }
    for (double c = 0; c <= maxCost + xStep / 2; c += xStep) {
        const double x = xOf(c);
        p.setPen(QPen(grid, 1));
        p.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
        p.setPen(mutedText(pal));
        const QString text = QStringLiteral("$") + locale.toString(c, 'g', 3);
        p.drawText(QRectF(x - 50, plot.bottom() + 4, 100, line), Qt::AlignHCenter | Qt::AlignTop,
                   text);
    }
    p.setPen(QPen(pal.color(QPalette::Mid), 1));
    p.drawRect(plot);
    p.setPen(mutedText(pal));
    p.drawText(QRectF(plot.left(), plot.bottom() + line + 6, plot.width(), line),
               Qt::AlignHCenter | Qt::AlignTop, tr("Cost per 1,000 queries (USD)"));

    // The Pareto front as a staircase: from each front point right, then up to the next.
    const QColor frontColor = states.text(StatePalette::Role::Success);
    if (m_front.size() > 1) {
        QPainterPath path;
        path.moveTo(xOf(m_points.at(m_front.first()).cost),
                    yOf(m_points.at(m_front.first()).value));
        for (qsizetype i = 1; i < m_front.size(); ++i) {
            const Point &point = m_points.at(m_front.at(i));
            path.lineTo(xOf(point.cost), path.currentPosition().y());
            path.lineTo(xOf(point.cost), yOf(point.value));
        }
        p.setPen(QPen(frontColor, 1.5, Qt::DashLine));
        p.setBrush(Qt::NoBrush);
        p.drawPath(path);
    }

    // Points, then labels placed right of the point (else left), moved down or up past any label
    // already placed.
    const double radius = 4.5;
    QList<QRectF> taken;
    for (const Point &point : std::as_const(m_points))
        taken.append(
            QRectF(xOf(point.cost) - radius, yOf(point.value) - radius, 2 * radius, 2 * radius));
    for (int i = 0; i < m_points.size(); ++i) {
        const Point &point = m_points.at(i);
        const bool onFront = m_front.contains(i);
        p.setPen(QPen(pal.color(QPalette::Base), 1.5));
        p.setBrush(onFront ? frontColor : pal.color(QPalette::Text));
        p.drawEllipse(QPointF(xOf(point.cost), yOf(point.value)), radius, radius);
    }
    const QRectF bounds = rect().adjusted(2, 2, -2, -2);
    for (int i = 0; i < m_points.size(); ++i) {
        const Point &point = m_points.at(i);
        const QPointF at(xOf(point.cost), yOf(point.value));
        const QSizeF size(fm.horizontalAdvance(point.name) + 4, line);
        QRectF best;
        int bestOverlaps = std::numeric_limits<int>::max();
        for (const int step : { 0, 1, -1, 2, -2, 3, -3, 4, -4 }) {
            for (const bool right : { true, false }) {
                QRectF candidate(right ? at.x() + radius + 3 : at.x() - radius - 3 - size.width(),
                                 at.y() - size.height() / 2 + step * (line * 0.9), size.width(),
                                 size.height());
                if (!bounds.contains(candidate))
                    continue;
                int overlaps = 0;
                for (qsizetype t = 0; t < taken.size(); ++t) {
                    if (t != i && taken.at(t).intersects(candidate))
                        ++overlaps;
                }
                if (overlaps < bestOverlaps) {
                    bestOverlaps = overlaps;
                    best = candidate;
                }
            }
            if (bestOverlaps == 0)
                break;
        }
        if (best.isNull())
            best = QRectF(at.x() + radius + 3, at.y() - size.height() / 2, size.width(),
                          size.height());
        taken.append(best);
        m_labels.append(best);
        QColor under = pal.color(QPalette::Base);
        under.setAlphaF(0.85f); // the front's line passes under a label, not through its text
        p.fillRect(best, under);
        p.setPen(pal.color(QPalette::Text));
        p.drawText(best, Qt::AlignLeft | Qt::AlignVCenter, point.name);
    }
}
