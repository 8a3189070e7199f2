// MessageDelegate's issue-17 parts: the chips of a sent message's attachments (a thumbnail for a
// picture, a file icon otherwise, the name and size) and the fold markers of a JSON reply.
#include "messagedelegate.h"
#include "messagedelegate_p.h"

#include "attachmentthumbnails.h"
#include "codehighlighter.h"
#include "transcriptmodel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QTextBlock>

using namespace Qt::StringLiterals;
using namespace MessageDelegateDetail;

namespace {
constexpr int ChipPadding = 4;
constexpr int ChipGap = 6;
constexpr int ChipNameCharacters = 16;
} // namespace

QSize MessageDelegate::chipSize(const QFont &font)
{
    const QFontMetrics metrics(smallFont(font));
    const int thumb = AttachmentThumbnails::Side;
    return { 3 * ChipPadding + thumb + ChipNameCharacters * metrics.averageCharWidth(),
             std::max(thumb, 2 * metrics.height()) + 2 * ChipPadding };
}

int MessageDelegate::chipsWidth(int count, int maxWidth, const QFont &font)
{
    if (count <= 0)
        return 0;
    const int chip = chipSize(font).width();
    const int perRow = std::max(1, (maxWidth + ChipGap) / (chip + ChipGap));
    const int columns = std::min(count, perRow);
    return std::min(maxWidth, columns * chip + (columns - 1) * ChipGap);
}

QList<QRect> MessageDelegate::chipRects(int count, const QPoint &topLeft, int width,
                                        const QFont &font)
{
    const QSize size = chipSize(font);
    const int chipWidth = std::min(size.width(), width);
    const int perRow = std::max(1, (width + ChipGap) / (chipWidth + ChipGap));
    QList<QRect> rects;
    for (int i = 0; i < count; ++i) {
        const int row = i / perRow;
        const int column = i % perRow;
        rects.append(QRect(topLeft.x() + column * (chipWidth + ChipGap),
                           topLeft.y() + row * (size.height() + ChipGap), chipWidth,
                           size.height()));
    }
    return rects;
}

int MessageDelegate::chipAt(const Layout &layout, const QPoint &pos)
{
    for (int i = 0; i < layout.chips.size(); ++i) {
        if (layout.chips.at(i).contains(pos))
            return i;
    }
    return -1;
}

QList<QRect> MessageDelegate::attachmentChipRects(const QStyleOptionViewItem &option,
                                                  const QModelIndex &index) const
{
    return layout(option, index).chips;
}

void MessageDelegate::paintChips(QPainter *painter, const QStyleOptionViewItem &option,
                                 const QModelIndex &index, const Layout &l) const
{
    const QList<AttachmentChip> chips
        = index.data(TranscriptModel::AttachmentsRole).value<QList<AttachmentChip>>();
    const QPalette &palette = option.palette;
    const QFont font = smallFont(option.font);
    const QFontMetrics metrics(font);
    const QLocale locale;
    const int thumb = AttachmentThumbnails::Side;
    painter->save();
    painter->setFont(font);
    for (int i = 0; i < std::min(chips.size(), l.chips.size()); ++i) {
        const AttachmentChip &chip = chips.at(i);
        const QRect rect = l.chips.at(i);
        QPainterPath path;
        path.addRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        painter->fillPath(path, palette.color(QPalette::Button));
        painter->setPen(palette.color(QPalette::Mid));
        painter->drawPath(path);
        const QRect box(rect.left() + ChipPadding, rect.top() + (rect.height() - thumb) / 2, thumb,
                        thumb);
        if (!chip.thumbnail.isNull()) {
            const QSize size = chip.thumbnail.size().scaled(box.size(), Qt::KeepAspectRatio);
            const QRect target(box.left() + (thumb - size.width()) / 2,
                               box.top() + (thumb - size.height()) / 2, size.width(),
                               size.height());
            painter->drawImage(target, chip.thumbnail);
        } else if (chip.image) {
            // Still being made on a worker: a plain tile in its place.
            painter->fillRect(box, palette.color(QPalette::Midlight));
        } else {
            const int iconSide = thumb * 2 / 3;
            const QIcon icon
                = QApplication::style()->standardIcon(QStyle::SP_FileIcon, nullptr, option.widget);
            icon.paint(painter,
                       QRect(box.left() + (thumb - iconSide) / 2,
                             box.top() + (thumb - iconSide) / 2, iconSide, iconSide));
        }
        const QRect text(box.right() + 1 + ChipPadding, rect.top() + ChipPadding,
                         rect.right() - box.right() - 2 * ChipPadding,
                         rect.height() - 2 * ChipPadding);
        painter->setPen(palette.color(QPalette::ButtonText));
        painter->drawText(QRect(text.left(), text.center().y() - metrics.height(), text.width(),
                                metrics.height()),
                          Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(chip.name, Qt::ElideMiddle, text.width()));
        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(
            QRect(text.left(), text.center().y(), text.width(), metrics.height()),
            Qt::AlignLeft | Qt::AlignVCenter,
            metrics.elidedText(chip.image
                                   ? tr("picture · %1").arg(locale.formattedDataSize(chip.bytes))
                                   : tr("file · %1").arg(locale.formattedDataSize(chip.bytes)),
                               Qt::ElideRight, text.width()));
    }
    painter->restore();
}

int MessageDelegate::jsonFoldAt(const Layout &l, const QModelIndex &index, const QPoint &pos,
                                const QFont &font) const
{
    const QList<int> folds = index.data(TranscriptModel::JsonFoldLinesRole).value<QList<int>>();
    if (folds.isEmpty())
        return -1;
    const CodeBlock block = codeBlockAt(l, pos, font);
    if (!block.isValid() || block.copyButton.contains(pos))
        return -1;
    const QTextDocument *doc = l.documents.at(block.document);
    qreal top = l.body.top();
    for (int i = 0; i < block.document; ++i)
        top += l.heights.at(i);
    const QPointF at(pos.x() - l.body.left(), pos.y() - top);
    const int position = doc->documentLayout()->hitTest(at, Qt::FuzzyHit);
    const int line = doc->findBlock(std::max(0, position)).blockNumber() - block.firstBlock;
    return line >= 0 && line < folds.size() ? folds.at(line) : -1;
}

int MessageDelegate::jsonFoldAt(const QStyleOptionViewItem &option, const QModelIndex &index,
                                const QPoint &pos) const
{
    return jsonFoldAt(layout(option, index), index, pos, smallFont(option.font));
}
