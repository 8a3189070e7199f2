#include "rerankscoredelegate.h"

#include "rerankresultmodel.h"

#include <QApplication>
#include <QLocale>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace {

constexpr int BarWidth = 96;
constexpr int Gap = 6;

} // namespace

QSize RerankScoreDelegate::sizeHint(const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(index);
    const int height = option.fontMetrics.height() + 8;
    return { 200, height };
}

void RerankScoreDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the background, selection and focus; we draw the content.
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group = option.state.testFlag(QStyle::State_Enabled)
        ? (option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive)
        : QPalette::Disabled;
    const QColor textColor
        = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColor = textColor;
    dimColor.setAlphaF(0.6f);

    const QFontMetrics &fm = option.fontMetrics;
    QRect rect = option.rect.adjusted(4, 3, -4, -3);
    painter->save();
    painter->setFont(option.font);

    const bool scored = index.data(RerankResultModel::ScoredRole).toBool();
    const int rankWidth = fm.horizontalAdvance(u"0000"_s);
    const QRect rankRect(rect.left(), rect.top(), rankWidth, rect.height());
    painter->setPen(dimColor);
    painter->drawText(rankRect, Qt::AlignRight | Qt::AlignVCenter,
                      scored ? QString::number(index.data(RerankResultModel::RankRole).toInt())
                             : u"–"_s);

    const QRect barRect(rankRect.right() + Gap, rect.top(), BarWidth, rect.height());
    if (scored) {
        const double fraction = index.data(RerankResultModel::ScoreFractionRole).toDouble();
        QColor track = option.palette.color(group, QPalette::Mid);
        track.setAlphaF(0.25f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(track);
        painter->drawRoundedRect(barRect, 2, 2);
        QColor fill = option.palette.color(
            group, selected ? QPalette::HighlightedText : QPalette::Highlight);
        fill.setAlphaF(selected ? 0.45f : 0.55f);
        painter->setBrush(fill);
        QRect filled = barRect;
        filled.setWidth(std::max(2, int(barRect.width() * fraction)));
        painter->drawRoundedRect(filled, 2, 2);
        painter->setPen(textColor);
        painter->drawText(
            barRect.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
            QLocale().toString(index.data(RerankResultModel::ScoreRole).toDouble(), 'f', 3));
    } else {
        painter->setPen(dimColor);
        painter->drawText(barRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QCoreApplication::translate("RerankScoreDelegate", "not scored"));
    }

    int textLeft = barRect.right() + Gap;
    const int label = index.data(RerankResultModel::LabelRole).toInt();
    if (label >= 0) {
        // A small badge: the label's digit, filled more strongly the more relevant.
        const int side = rect.height();
        const QRect badge(textLeft, rect.top(), side, side);
        QColor badgeFill = option.palette.color(group, QPalette::Highlight);
        badgeFill.setAlphaF(0.15f + 0.25f * float(label));
        painter->setPen(Qt::NoPen);
        painter->setBrush(badgeFill);
        painter->drawRoundedRect(badge, 3, 3);
        painter->setPen(textColor);
        painter->drawText(badge, Qt::AlignCenter, QString::number(label));
        textLeft = badge.right() + Gap;
    }

    QString text = index.data(RerankResultModel::TextRole).toString().left(1000);
    text.replace(u'\n', u' ');
    const QRect textRect(textLeft, rect.top(), rect.right() - textLeft, rect.height());
    painter->setPen(scored ? textColor : dimColor);
    painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                      fm.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}
