#pragma once

#include "chat/searchterms.h"

#include <QColor>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <QTimer>

class QAbstractItemModel;

// The words of the sidebar search, highlighted in the open conversation: every match of the
// search terms (SearchTerms, as the search finds them) in the transcript's messages, and which
// one is current ("2 of 7", F3 and Shift+F3 move). Matches are found on a worker over the
// messages' text and found again when the transcript changes; the current one keeps its place.
class TranscriptHighlights : public QObject
{
    Q_OBJECT
public:
    // Where a match lies: the row and its place in the row's Qt::DisplayRole text.
    struct Match
    {
        int row = -1;
        qsizetype start = 0;
        qsizetype length = 0;
    };

    explicit TranscriptHighlights(QAbstractItemModel *model, QObject *parent = nullptr);

    // Highlights the words of `query`; the current match becomes the first one in `row` (the
    // message a search hit opened), else the one nearest the old current match. An empty query
    // clears.
    void setQuery(const QString &query, int row = -1);
    void clear();
    bool isActive() const { return !m_terms.isEmpty(); }
    const SearchTerms &terms() const { return m_terms; }
    // False while the matches of the latest query or text are still being found.
    bool isReady() const { return !m_pending; }

    int count() const { return int(m_matches.size()); }
    // -1 when there is no match.
    int currentIndex() const { return m_current; }
    Match current() const;
    // The matches of one row, in order.
    QList<Match> matchesIn(int row) const;
    // Make the next (previous) match current, round the end; false when there is none.
    bool next();
    bool previous();
    // "2 of 7", "No matches in this chat"; empty when nothing is highlighted.
    QString countText() const;

    // The fill of every match and of the current one, from the palette in use (light or dark);
    // the palette's Text (HighlightedText for the current one) reads on them.
    static QColor matchBackground(const QPalette &palette);
    static QColor currentBackground(const QPalette &palette);
    static QColor currentForeground(const QPalette &palette);

Q_SIGNALS:
    // The matches or the current one changed: repaint, show the count.
    void changed();
    // The current match moved (next, previous, a hit chosen): bring it into view.
    void currentMoved();

private:
    void find();
    void finished(int generation, const QList<Match> &matches);

    QPointer<QAbstractItemModel> m_model;
    SearchTerms m_terms;
    QList<Match> m_matches; // by row, then place
    int m_current = -1;
    int m_wantedRow = -1;   // the row whose first match becomes current when found
    Match m_keep;           // the current match to keep when the text changes
    bool m_pending = false; // a search of the latest query or text is running
    int m_generation = 0;
    QTimer m_changes; // the transcript changed: find again after a pause
};
