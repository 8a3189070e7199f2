#pragma once

#include <QStyledItemDelegate>

// Paints one row of a model's ranking: rank, a bar as long as the score (value written on it),
// the relevance label when set, and the document text elided to the row. The full text is the
// row's tooltip.
class RerankScoreDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};
