#include "messageheights.h"

#include "transcriptmodel.h"

#include <QFontMetrics>

#include <cmath>

namespace {
// Below the view's height, what else is laid out exactly: a margin for a taller estimate.
constexpr int ExactMargin = 200;
} // namespace

MessageHeights::Key MessageHeights::keyOf(const QModelIndex &index, int width)
{
    return { index.data(TranscriptModel::MessageIdRole).toLongLong(), width };
}

MessageHeights::Entry MessageHeights::entryOf(const QModelIndex &index)
{
    Entry entry;
    entry.size = index.data(TranscriptModel::ContentRole).toString().size();
    entry.state = index.data(TranscriptModel::StateRole).toInt();
    entry.shape = index.data(TranscriptModel::ShapeRole).toInt();
    return entry;
}

std::optional<int> MessageHeights::find(const QModelIndex &index, int width, bool exactOnly) const
{
    const auto it = m_entries.constFind(keyOf(index, width));
    if (it == m_entries.cend() || (exactOnly && !it->exact))
        return std::nullopt;
    const Entry now = entryOf(index);
    if (it->size != now.size || it->state != now.state || it->shape != now.shape)
        return std::nullopt;
    return it->height;
}

MessageHeights::Need MessageHeights::need(const QModelIndex &index, int width, int viewHeight,
                                          const std::function<int(int row)> &estimateOf) const
{
    const int rows = index.model()->rowCount(index.parent());
    if (rows != m_exactRows || width != m_exactWidth || viewHeight != m_exactViewHeight) {
        m_exactRows = rows;
        m_exactWidth = width;
        m_exactViewHeight = viewHeight;
        int total = 0;
        m_exactFrom = rows;
        while (m_exactFrom > 0 && total < viewHeight + ExactMargin)
            total += estimateOf(--m_exactFrom);
    }
    return index.row() >= m_exactFrom ? Need::Exact : Need::Estimate;
}

void MessageHeights::remember(const QModelIndex &index, int width, int height, bool exact)
{
    // Heights at another width are of no use any more: a resize dragged across hundreds of
    // widths would otherwise keep a height per row for each.
    if (width != m_width) {
        m_entries.clear();
        m_width = width;
    }
    Entry entry = entryOf(index);
    entry.height = height;
    entry.exact = exact;
    m_entries.insert(keyOf(index, width), entry);
}

bool MessageHeights::painted(const QModelIndex &index, int width, int height)
{
    const Key key = keyOf(index, width);
    const Entry now = entryOf(index);
    const auto it = m_entries.constFind(key);
    const bool known = it != m_entries.cend() && it->size == now.size && it->state == now.state
        && it->shape == now.shape;
    if (known && it->exact)
        return false;
    const bool differs = known && it->height != height;
    remember(index, width, height, true);
    return differs;
}

void MessageHeights::clear()
{
    m_entries.clear();
    m_exactRows = -1;
}

int MessageHeights::estimateText(const QString &text, int width, const QFont &font)
{
    if (text.isEmpty())
        return 0;
    const QFontMetrics metrics(font);
    const double charsPerLine = std::max(1.0, double(width) / metrics.averageCharWidth());
    int lines = 0;
    int blank = 0;
    qsizetype start = 0;
    while (start <= text.size()) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        const qsizetype length = end - start;
        if (length == 0)
            ++blank;
        else
            lines += int(std::ceil(double(length) / charsPerLine));
        start = end + 1;
    }
    return (lines + blank) * metrics.lineSpacing();
}
