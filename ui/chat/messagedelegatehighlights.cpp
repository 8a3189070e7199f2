// MessageDelegate: the sidebar search's words marked in the messages (TranscriptHighlights).
#include "messagedelegate.h"

#include "transcripthighlights.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>

#include <limits>

int MessageDelegate::matchOrdinal(const Layout &l, qsizetype document, const QModelIndex &index,
                                  qsizetype start) const
{
    if (!m_highlights || document < 0 || document >= l.starts.size())
        return -1;
    const qsizetype from = l.starts.at(document);
    const qsizetype to = document + 1 < l.starts.size() ? l.starts.at(document + 1)
                                                        : std::numeric_limits<qsizetype>::max();
    if (start < from || start >= to)
        return -1;
    // The document shows the text from `from` on: the matches before `start` there come first.
    // (Markdown hides its marks, not words: the order of the matches is the same.)
    int ordinal = 0;
    for (const TranscriptHighlights::Match &match : m_highlights->matchesIn(index.row())) {
        if (match.start >= from && match.start < start)
            ++ordinal;
    }
    return ordinal;
}

QList<QAbstractTextDocumentLayout::Selection> MessageDelegate::highlightSelections(
    const Layout &l, qsizetype document, const QModelIndex &index, const QPalette &palette) const
{
    QList<QAbstractTextDocumentLayout::Selection> selections;
    const QTextDocument *doc = l.documents.value(document);
    if (!m_highlights || !m_highlights->isActive() || !doc)
        return selections;
    // Found in the text as shown, so a match is marked where its word is drawn.
    const QList<SearchTerms::Match> found = m_highlights->terms().matches(doc->toPlainText());
    if (found.isEmpty())
        return selections;
    const TranscriptHighlights::Match current = m_highlights->current();
    int currentOrdinal
        = current.row == index.row() ? matchOrdinal(l, document, index, current.start) : -1;
    if (currentOrdinal >= found.size())
        currentOrdinal = int(found.size()) - 1;
    QTextCharFormat match;
    match.setBackground(TranscriptHighlights::matchBackground(palette));
    match.setForeground(palette.color(QPalette::Text));
    QTextCharFormat currentFormat;
    currentFormat.setBackground(TranscriptHighlights::currentBackground(palette));
    currentFormat.setForeground(TranscriptHighlights::currentForeground(palette));
    selections.reserve(found.size());
    for (qsizetype i = 0; i < found.size(); ++i) {
        QTextCursor cursor(const_cast<QTextDocument *>(doc));
        cursor.setPosition(int(found.at(i).start));
        cursor.setPosition(int(found.at(i).start + found.at(i).length), QTextCursor::KeepAnchor);
        selections.append({ cursor, i == currentOrdinal ? currentFormat : match });
    }
    return selections;
}

QRect MessageDelegate::matchRect(const QStyleOptionViewItem &option, const QModelIndex &index,
                                 qsizetype start) const
{
    Layout l = layout(option, index);
    if (l.documents.isEmpty() || l.starts.size() != l.documents.size())
        return l.bubble;
    qsizetype document = l.starts.size() - 1;
    while (document > 0 && l.starts.at(document) > start)
        --document;
    const auto top = [&l, document] {
        qreal y = l.body.top();
        for (qsizetype i = 0; i < document; ++i)
            y += l.heights.at(i);
        return y;
    };
    if (!l.documents.at(document)) {
        // A chunk of a long reply not shown yet: lay it out now, to know where the word is.
        buildChunks(l, option, index,
                    QRectF(l.body.left(), top(), l.body.width(), l.heights.at(document)));
    }
    const QRect documentRect(l.body.left(), int(top()), l.body.width(),
                             int(l.heights.value(document)));
    const QTextDocument *doc = l.documents.value(document);
    const int ordinal = matchOrdinal(l, document, index, start);
    if (!doc || !m_highlights || ordinal < 0)
        return documentRect;
    const QList<SearchTerms::Match> found = m_highlights->terms().matches(doc->toPlainText());
    if (found.isEmpty())
        return documentRect;
    const SearchTerms::Match match = found.at(std::min<qsizetype>(ordinal, found.size() - 1));
    const QTextBlock block = doc->findBlock(int(match.start));
    if (!block.isValid() || !block.layout())
        return documentRect;
    const int from = int(match.start - block.position());
    const QTextLine line = block.layout()->lineForTextPosition(from);
    if (!line.isValid())
        return documentRect;
    const QRectF blockRect = doc->documentLayout()->blockBoundingRect(block);
    const qreal x1 = line.cursorToX(from);
    const qreal x2 = line.cursorToX(from + int(match.length));
    return QRectF(documentRect.left() + blockRect.left() + std::min(x1, x2),
                  top() + blockRect.top() + line.y(), std::max<qreal>(1, std::abs(x2 - x1)),
                  line.height())
        .toAlignedRect();
}
