#include "searchterms.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const QRegularExpression &wordPattern()
{
    static const QRegularExpression pattern(u"[\\p{L}\\p{N}]+"_s);
    return pattern;
}

bool isPlainAscii(QStringView word)
{
    for (const QChar c : word) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

} // namespace

SearchTerms::SearchTerms(const QString &query) : m_query(query)
{
    for (auto it = wordPattern().globalMatch(query); it.hasNext();)
        m_terms << fold(it.next().capturedView());
    if (!m_terms.isEmpty())
        m_prefix = m_terms.takeLast();
}

QString SearchTerms::fold(QStringView word)
{
    // Most words are ASCII: no decomposition needed to drop accents.
    if (isPlainAscii(word))
        return word.toString().toLower();
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

bool SearchTerms::matchesWord(QStringView word) const
{
    if (m_prefix.isEmpty() || word.isEmpty())
        return false;
    const QString folded = fold(word);
    return folded.startsWith(m_prefix) || m_terms.contains(folded);
}

QList<SearchTerms::Match> SearchTerms::matches(QStringView text) const
{
    QList<Match> out;
    if (isEmpty())
        return out;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        if (matchesWord(match.capturedView()))
            out.append({ match.capturedStart(), match.capturedLength() });
    }
    return out;
}

qsizetype SearchTerms::count(QStringView text) const
{
    qsizetype n = 0;
    if (isEmpty())
        return n;
    for (auto it = wordPattern().globalMatch(text); it.hasNext();) {
        if (matchesWord(it.next().capturedView()))
            ++n;
    }
    return n;
}
