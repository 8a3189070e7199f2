#include "slopegraphchart.h"

#include "statepalette.h"

#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

constexpr int Margin = 8;

// The colour of a move of `t` (0 none, 1 the largest): blue through amber to red, lighter on dark
// backgrounds. Read from the palette at each paint, so a palette change recolours the chart.
QColor moveColor(const QPalette &palette, double t)
{
    const double hue = 0.6 * (1.0 - std::pow(std::clamp(t, 0.0, 1.0), 0.75));
    return StatePalette::isDark(palette) ? QColor::fromHsvF(float(hue), 0.55f, 1.0f)
                                         : QColor::fromHsvF(float(hue), 0.85f, 0.78f);
}

double distanceToSegment(const QPointF &p, const QPointF &a, const QPointF &b)
{
    const QPointF ab = b - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t
        = length2 > 0 ? std::clamp(QPointF::dotProduct(p - a, ab) / length2, 0.0, 1.0) : 0.0;
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

} // namespace

SlopegraphChart::SlopegraphChart(QWidget *parent) : QWidget(parent)
{
    setMouseTracking(true);
    setAttribute(Qt::WA_OpaquePaintEvent, false);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setAccessibleName(tr("Rank comparison chart"));
    setAccessibleDescription(tr("Each line joins a document's rank under the left model to its "
                                "rank under the right model."));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
}

QSize SlopegraphChart::sizeHint() const
{
    return { 520, 360 };
}

QSize SlopegraphChart::minimumSizeHint() const
{
    return { 180, 160 };
}

void SlopegraphChart::setComparison(const RerankResult &a, const RerankResult &b,
                                    const QStringList &texts, const QString &labelA,
                                    const QString &labelB)
{
    m_labelA = labelA.isEmpty() ? a.model : labelA;
    m_labelB = labelB.isEmpty() ? b.model : labelB;
    m_a = a;
    m_b = b;
    m_texts = texts;
    m_modelA = a.model;
    m_modelB = b.model;
    rebuild();
}

void SlopegraphChart::clear()
{
    m_a = {};
    m_b = {};
    m_texts.clear();
    m_modelA.clear();
    m_modelB.clear();
    m_labelA.clear();
    m_labelB.clear();
    rebuild();
}

void SlopegraphChart::setMaxRank(int rank)
{
    rank = std::max(1, rank);
    if (rank == m_maxRank)
        return;
    m_maxRank = rank;
    rebuild();
}

void SlopegraphChart::rebuild()
{
    m_lines.clear();
    m_hovered = -1;
    QHash<int, int> rankB;
    for (int i = 0; i < m_b.ranked.size(); ++i)
        rankB.insert(m_b.ranked.at(i).index, i + 1);
    QSet<int> seen;
    for (int i = 0; i < m_a.ranked.size(); ++i) {
        const int index = m_a.ranked.at(i).index;
        const int rA = i + 1;
        const int rB = rankB.value(index, 0);
        seen.insert(index);
        if (rA <= m_maxRank || (rB > 0 && rB <= m_maxRank))
            m_lines.append({ index, rA, rB });
    }
    for (int i = 0; i < std::min<qsizetype>(m_b.ranked.size(), m_maxRank); ++i) {
        const int index = m_b.ranked.at(i).index;
        if (!seen.contains(index))
            m_lines.append({ index, 0, i + 1 });
    }
    int deepest = 0;
    m_band = false;
    for (const Line &line : std::as_const(m_lines)) {
        for (const int rank : { line.rankA, line.rankB }) {
            if (rank == 0 || rank > m_maxRank)
                m_band = true;
            else
                deepest = std::max(deepest, rank);
        }
    }
    m_rowsShown = deepest;
    // Small moves first so the big ones are drawn on top.
    std::stable_sort(m_lines.begin(), m_lines.end(), [this](const Line &x, const Line &y) {
        return std::abs(rowOf(x.rankB) - rowOf(x.rankA))
            < std::abs(rowOf(y.rankB) - rowOf(y.rankA));
    });
    setToolTip({});
    update();
}

int SlopegraphChart::rowOf(int rank) const
{
    return rank >= 1 && rank <= m_rowsShown ? rank : m_rowsShown + 1;
}

SlopegraphChart::Geometry SlopegraphChart::geometry() const
{
    Geometry g;
    const QFontMetrics fm = fontMetrics();
    const QRectF area = QRectF(rect()).adjusted(Margin, Margin, -Margin, -Margin);
    const double header = fm.height() * 1.6;
    const double footer = fm.height() * 2.2;
    g.plot = area.adjusted(0, header, 0, -footer);
    // Text on both sides, the lines in the middle third (at least 80 px).
    const double labelWidth = std::max(0.0, (area.width() - std::max(80.0, area.width() / 3)) / 2);
    g.xA = area.left() + labelWidth;
    g.xB = area.right() - labelWidth;
    g.rows = m_rowsShown + (m_band ? 1 : 0);
    g.rowHeight = g.rows > 1 ? g.plot.height() / (g.rows - 1) : g.plot.height();
    return g;
}

double SlopegraphChart::yOf(const Geometry &g, int rank) const
{
    const int row = rowOf(rank);
    if (g.rows <= 1)
        return g.plot.top() + g.plot.height() / 2;
    return g.plot.top() + (row - 1) * g.rowHeight;
}

QColor SlopegraphChart::colorFor(const Line &line) const
{
    const int span = std::max(1, m_rowsShown + (m_band ? 1 : 0) - 1);
    const int moved = std::abs(rowOf(line.rankB) - rowOf(line.rankA));
    const QPalette pal = palette();
    if (moved == 0 || line.rankA == 0 || line.rankB == 0) {
        QColor calm = pal.color(QPalette::Text);
        calm.setAlphaF(moved == 0 ? 0.45f : 0.3f);
        return calm;
    }
    return moveColor(pal, double(moved) / span);
}

QString SlopegraphChart::lineDescription(const Line &line) const
{
    const auto rankText = [](int rank) { return rank > 0 ? u"#%1"_s.arg(rank) : tr("not ranked"); };
    QString text = line.index < m_texts.size() ? m_texts.at(line.index) : QString();
    if (text.size() > 300)
        text = text.left(300) + u'…';
    return tr("Document %1: %2 → %3\n%4")
        .arg(line.index + 1)
        .arg(rankText(line.rankA), rankText(line.rankB), text);
}

int SlopegraphChart::lineAt(const QPointF &pos) const
{
    if (m_lines.isEmpty())
        return -1;
    const Geometry g = geometry();
    int best = -1;
    double bestDistance = 5.0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        const QPointF a(g.xA, yOf(g, line.rankA));
        const QPointF b(g.xB, yOf(g, line.rankB));
        double d = distanceToSegment(pos, a, b);
        // Hovering a label counts as hovering its line.
        if (pos.x() < g.xA && std::abs(pos.y() - a.y()) < g.rowHeight / 2
            && rowOf(line.rankA) <= m_rowsShown)
            d = 0;
        if (pos.x() > g.xB && std::abs(pos.y() - b.y()) < g.rowHeight / 2
            && rowOf(line.rankB) <= m_rowsShown)
            d = 0;
        if (d <= bestDistance) {
            bestDistance = d;
            best = i;
        }
    }
    return best;
}

void SlopegraphChart::paintEvent(QPaintEvent *event)
{
    Q_UNUSED(event);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm = fontMetrics();
    QColor dim = pal.color(QPalette::Text);
    dim.setAlphaF(0.6f);

    if (m_lines.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(Margin, Margin, -Margin, -Margin),
                         Qt::AlignCenter | Qt::TextWordWrap,
                         tr("Run two or more models to compare how they rank the documents."));
        return;
    }

    const Geometry g = geometry();
    const double labelWidth = g.xA - Margin - 10;

    // Axis titles.
    QFont bold = font();
    bold.setBold(true);
    painter.setFont(bold);
    const QFontMetrics bfm(bold);
    painter.setPen(pal.color(QPalette::Text));
    const double titleWidth = std::max(60.0, (width() - 2 * Margin) / 2.0 - 8);
    painter.drawText(QRectF(Margin, Margin, titleWidth, bfm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     bfm.elidedText(m_labelA, Qt::ElideMiddle, int(titleWidth)));
    painter.drawText(QRectF(width() - Margin - titleWidth, Margin, titleWidth, bfm.height()),
                     Qt::AlignRight | Qt::AlignVCenter,
                     bfm.elidedText(m_labelB, Qt::ElideMiddle, int(titleWidth)));
    painter.setFont(font());

    // Axes.
    QColor axis = pal.color(QPalette::Mid);
    painter.setPen(QPen(axis, 1));
    painter.drawLine(QPointF(g.xA, g.plot.top() - 4), QPointF(g.xA, g.plot.bottom() + 4));
    painter.drawLine(QPointF(g.xB, g.plot.top() - 4), QPointF(g.xB, g.plot.bottom() + 4));

    // Labels only where there is room: every n-th row when rows are tight.
    const int step = std::max(1, int(std::ceil(fm.height() / std::max(1.0, g.rowHeight))));
    const bool anyHover = m_hovered >= 0;
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        const QPointF a(g.xA, yOf(g, line.rankA));
        const QPointF b(g.xB, yOf(g, line.rankB));
        QColor color = colorFor(line);
        double widthPx = 1.4
            + 1.6
                * std::min(1.0,
                           std::abs(rowOf(line.rankB) - rowOf(line.rankA))
                               / std::max(1.0, double(g.rows - 1)));
        if (anyHover && i != m_hovered)
            color.setAlphaF(color.alphaF() * 0.3f);
        if (i == m_hovered)
            widthPx += 1.5;
        painter.setPen(QPen(color, widthPx, Qt::SolidLine, Qt::RoundCap));
        // A gentle S-curve reads better than a straight line when many lines cross.
        QPainterPath path(a);
        const double mid = (g.xA + g.xB) / 2;
        path.cubicTo(QPointF(mid, a.y()), QPointF(mid, b.y()), b);
        painter.drawPath(path);
        painter.setBrush(color);
        painter.setPen(Qt::NoPen);
        painter.drawEllipse(a, 2.5, 2.5);
        painter.drawEllipse(b, 2.5, 2.5);
        painter.setBrush(Qt::NoBrush);

        const auto text = [this](int index) {
            QString t = index < m_texts.size() ? m_texts.at(index).left(200) : QString();
            t.replace(u'\n', u' ');
            return t;
        };
        const QColor textColor = anyHover && i != m_hovered ? dim : pal.color(QPalette::Text);
        painter.setPen(textColor);
        if (line.rankA >= 1 && line.rankA <= m_rowsShown && (line.rankA - 1) % step == 0) {
            // The rank next to the axis, the text elided at its end to the left of it.
            const QString rank = QString::number(line.rankA);
            const double rankWidth = fm.horizontalAdvance(u"0000"_s);
            painter.drawText(
                QRectF(g.xA - 10 - rankWidth, a.y() - fm.height() / 2.0, rankWidth, fm.height()),
                Qt::AlignRight | Qt::AlignVCenter, rank);
            const double textWidth = std::max(0.0, labelWidth - rankWidth - 6);
            painter.drawText(QRectF(Margin, a.y() - fm.height() / 2.0, textWidth, fm.height()),
                             Qt::AlignRight | Qt::AlignVCenter,
                             fm.elidedText(text(line.index), Qt::ElideRight, int(textWidth)));
        }
        if (line.rankB >= 1 && line.rankB <= m_rowsShown && (line.rankB - 1) % step == 0) {
            const QString label = u"%1  %2"_s.arg(line.rankB).arg(text(line.index));
            painter.drawText(QRectF(g.xB + 10, b.y() - fm.height() / 2.0, labelWidth, fm.height()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             fm.elidedText(label, Qt::ElideRight, int(labelWidth)));
        }
    }
    if (m_band) {
        const double y = g.plot.top() + (g.rows - 1) * g.rowHeight;
        painter.setPen(dim);
        const QString below = tr("below #%1 or not ranked").arg(m_rowsShown);
        painter.drawText(QRectF(Margin, y - fm.height() / 2.0, labelWidth, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, below);
        painter.drawText(QRectF(g.xB + 10, y - fm.height() / 2.0, labelWidth, fm.height()),
                         Qt::AlignLeft | Qt::AlignVCenter, below);
    }

    // Legend: what the colours mean.
    const double legendY = height() - Margin - fm.height();
    // Narrow windows: a shorter ramp, and the words elided rather than cut at the edges.
    const double rampWidth = std::clamp(width() / 8.0, 24.0, 80.0);
    const QString legend
        = fm.elidedText(tr("line colour: how far a document moved"), Qt::ElideRight,
                        std::max(0, int(width() - 2 * Margin - rampWidth - 8)));
    const double legendTextWidth = fm.horizontalAdvance(legend);
    const double legendX = (width() - legendTextWidth - rampWidth - 8) / 2;
    painter.setPen(dim);
    painter.drawText(QRectF(legendX, legendY, legendTextWidth, fm.height()),
                     Qt::AlignLeft | Qt::AlignVCenter, legend);
    const double rampX = legendX + legendTextWidth + 8;
    for (int i = 0; i < int(rampWidth); ++i) {
        painter.setPen(QPen(moveColor(pal, double(i) / (rampWidth - 1)), 1));
        painter.drawLine(QPointF(rampX + i, legendY + fm.height() * 0.3),
                         QPointF(rampX + i, legendY + fm.height() * 0.7));
    }
}

bool SlopegraphChart::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        const int line = lineAt(help->pos());
        if (line >= 0)
            QToolTip::showText(help->globalPos(), lineDescription(m_lines.at(line)), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

void SlopegraphChart::mouseMoveEvent(QMouseEvent *event)
{
    const int line = lineAt(event->position());
    if (line != m_hovered) {
        m_hovered = line;
        setCursor(line >= 0 ? Qt::PointingHandCursor : Qt::ArrowCursor);
        update();
    }
    QWidget::mouseMoveEvent(event);
}

void SlopegraphChart::mousePressEvent(QMouseEvent *event)
{
    const int line = lineAt(event->position());
    if (line >= 0 && event->button() == Qt::LeftButton)
        Q_EMIT documentClicked(m_lines.at(line).index);
    QWidget::mousePressEvent(event);
}

void SlopegraphChart::leaveEvent(QEvent *event)
{
    if (m_hovered >= 0) {
        m_hovered = -1;
        update();
    }
    QWidget::leaveEvent(event);
}

void SlopegraphChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
    QWidget::changeEvent(event);
}
