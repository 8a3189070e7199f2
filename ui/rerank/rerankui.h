#pragma once

#include "rerank/rerankset.h"

#include <QAbstractItemView>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QTableView>

#include <algorithm>
#include <optional>

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
    // Long titles (German) wrap rather than widen the workbench past an 800-pixel window.
    label->setWordWrap(true);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// The relevance label a key press gives (0–3, "-" clears), or none for any other key.
inline std::optional<int> labelForKey(const QKeyEvent *key)
{
    if ((key->modifiers() & ~Qt::KeypadModifier) != Qt::NoModifier)
        return std::nullopt;
    if (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_3)
        return key->key() - Qt::Key_0;
    if (key->key() == Qt::Key_Minus)
        return RerankDocument::Unlabelled;
    return std::nullopt;
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
