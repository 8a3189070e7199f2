#include "transcripthighlights.h"

#include "statepalette.h"

#include <QAbstractItemModel>
#include <QtConcurrent>

#include <algorithm>

namespace {
// A streaming reply changes the transcript many times a second: find again at most this often.
constexpr int ChangePauseMs = 250;

QColor blend(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(a.redF() * (1 - amountOfB) + b.redF() * amountOfB,
                            a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB,
                            a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB);
}
} // namespace

TranscriptHighlights::TranscriptHighlights(QAbstractItemModel *model, QObject *parent)
    : QObject(parent), m_model(model)
{
    m_changes.setSingleShot(true);
    m_changes.setInterval(ChangePauseMs);
    connect(&m_changes, &QTimer::timeout, this, &TranscriptHighlights::find);
    if (!model)
        return;
    const auto changedText = [this] {
        if (isActive()) {
            m_pending = true;
            m_changes.start();
        }
    };
    connect(model, &QAbstractItemModel::modelReset, this, changedText);
    connect(model, &QAbstractItemModel::rowsInserted, this, changedText);
    connect(model, &QAbstractItemModel::rowsRemoved, this, changedText);
    connect(model, &QAbstractItemModel::dataChanged, this, changedText);
}

void TranscriptHighlights::setQuery(const QString &query, int row)
{
    const SearchTerms terms(query);
    if (terms.isEmpty()) {
        clear();
        return;
    }
    m_wantedRow = row;
    if (terms == m_terms && !m_pending && row < 0)
        return; // the same words: the matches stand
    m_terms = terms;
    find();
}

void TranscriptHighlights::clear()
{
    m_changes.stop();
    ++m_generation;
    m_pending = false;
    m_wantedRow = -1;
    const bool had = isActive() || !m_matches.isEmpty();
    m_terms = SearchTerms();
    m_matches.clear();
    m_current = -1;
    if (had)
        Q_EMIT changed();
}

void TranscriptHighlights::find()
{
    m_changes.stop();
    if (!m_model || m_terms.isEmpty())
        return;
    m_keep = current();
    m_pending = true;
    const int generation = ++m_generation;
    // The texts are shared, not copied: the worker reads them while the transcript goes on.
    QStringList texts;
    const int rows = m_model->rowCount();
    texts.reserve(rows);
    for (int row = 0; row < rows; ++row)
        texts.append(m_model->index(row, 0).data(Qt::DisplayRole).toString());
    auto *watcher = new QFutureWatcher<QList<Match>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        finished(generation, watcher->result());
    });
    watcher->setFuture(QtConcurrent::run([terms = m_terms, texts] {
        QList<Match> out;
        for (int row = 0; row < texts.size(); ++row) {
            for (const SearchTerms::Match &m : terms.matches(texts.at(row)))
                out.append({ row, m.start, m.length });
        }
        return out;
    }));
}

void TranscriptHighlights::finished(int generation, const QList<Match> &matches)
{
    if (generation != m_generation)
        return; // a newer query or text is being searched
    m_pending = false;
    m_matches = matches;
    m_current = -1;
    bool moved = false;
    const auto firstAtOrAfter = [this](int row, qsizetype start) {
        const auto it = std::lower_bound(m_matches.cbegin(), m_matches.cend(), row,
                                         [start](const Match &m, int r) {
                                             return m.row < r || (m.row == r && m.start < start);
                                         });
        return it == m_matches.cend() ? -1 : int(it - m_matches.cbegin());
    };
    if (m_wantedRow >= 0) {
        // A hit was chosen: its message's first match, else the next one after it.
        m_current = firstAtOrAfter(m_wantedRow, 0);
        m_wantedRow = -1;
        moved = true;
    } else if (m_keep.row >= 0) {
        m_current = firstAtOrAfter(m_keep.row, m_keep.start);
    }
    if (m_current < 0 && !m_matches.isEmpty())
        m_current = 0;
    Q_EMIT changed();
    if (moved && m_current >= 0)
        Q_EMIT currentMoved();
}

TranscriptHighlights::Match TranscriptHighlights::current() const
{
    return m_current >= 0 && m_current < m_matches.size() ? m_matches.at(m_current) : Match();
}

QList<TranscriptHighlights::Match> TranscriptHighlights::matchesIn(int row) const
{
    const auto [from, to]
        = std::equal_range(m_matches.cbegin(), m_matches.cend(), Match{ row, 0, 0 },
                           [](const Match &a, const Match &b) { return a.row < b.row; });
    return QList<Match>(from, to);
}

bool TranscriptHighlights::next()
{
    if (m_matches.isEmpty())
        return false;
    m_current = (m_current + 1) % int(m_matches.size());
    Q_EMIT changed();
    Q_EMIT currentMoved();
    return true;
}

bool TranscriptHighlights::previous()
{
    if (m_matches.isEmpty())
        return false;
    m_current = (m_current <= 0 ? int(m_matches.size()) : m_current) - 1;
    Q_EMIT changed();
    Q_EMIT currentMoved();
    return true;
}

QString TranscriptHighlights::countText() const
{
    if (!isActive())
        return {};
    if (m_matches.isEmpty())
        return m_pending ? QString() : tr("No matches in this chat");
    return tr("%1 of %2").arg(m_current + 1).arg(m_matches.size());
}

QColor TranscriptHighlights::matchBackground(const QPalette &palette)
{
    // An amber marker, mixed into the base so the palette's text keeps its contrast (≥ 4.5:1 in
    // the light and the dark theme).
    return blend(palette.color(QPalette::Base), QColor(224, 161, 0), 0.42);
}

QColor TranscriptHighlights::currentBackground(const QPalette &palette)
{
    // The selection colour, darkened (or lightened) until its text reads on it: a common
    // highlight blue with white text is only ~3.5:1.
    const QColor text = currentForeground(palette);
    QColor fill = palette.color(QPalette::Highlight);
    const bool lightText = !StatePalette::isDark(text);
    for (int i = 0; i < 12 && StatePalette::contrast(text, fill) < 4.5; ++i)
        fill = lightText ? fill.darker(112) : fill.lighter(112);
    return fill;
}

QColor TranscriptHighlights::currentForeground(const QPalette &palette)
{
    return palette.color(QPalette::HighlightedText);
}
