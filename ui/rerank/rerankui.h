#pragma once

#include <QAbstractItemView>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>

#include <algorithm>

// Small presentation helpers the workbench's panels share.
namespace RerankUi {

// Plural forms come from translations; until one is loaded, English needs the "(s)" resolved.
inline QString englishPlural(QString text, int n)
{
    return text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
}

inline QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A table that shows all its rows without scrolling, up to maxRows.
inline void fitRows(QTableView *view, int rows, int maxRows)
{
    rows = std::clamp(rows, 1, maxRows);
    const int height = view->horizontalHeader()->sizeHint().height()
        + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth() + 2;
    view->setMaximumHeight(height);
}

// Keeps the whole table readable in one line per row: no word wrap, last column stretches.
inline void setUpTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
}

} // namespace RerankUi
