#include "modelfilter.h"

namespace {

bool isBoundary(QStringView text, qsizetype i)
{
    if (i == 0)
        return true;
    const QChar before = text.at(i - 1);
    if (before == u'/' || before == u'-' || before == u'_' || before == u'.' || before.isSpace())
        return true;
    // "MetaLlama": an upper-case letter after a lower-case one starts a word.
    return text.at(i).isUpper() && before.isLower();
}

} // namespace

namespace ModelFilter {

int fuzzyScore(QStringView pattern, QStringView text)
{
    if (pattern.isEmpty())
        return 0;
    if (pattern.size() > text.size())
        return -1;

    const qsizetype at = text.indexOf(pattern, 0, Qt::CaseInsensitive);
    if (at >= 0) {
        int score = 100 + 10 * int(pattern.size());
        if (at == 0)
            score += 50;
        else if (isBoundary(text, at))
            score += 30;
        // The model name after the organisation ("llama" in "meta-llama/Llama-2…") is what
        // people type: a match after the last slash is worth a little more.
        if (at > text.lastIndexOf(u'/'))
            score += 5;
        return score;
    }

    int score = 0;
    qsizetype t = 0;
    qsizetype previous = -2;
    int run = 0;
    for (const QChar p : pattern) {
        const QChar wanted = p.toCaseFolded();
        while (t < text.size() && text.at(t).toCaseFolded() != wanted)
            ++t;
        if (t == text.size())
            return -1;
        if (t == previous + 1) {
            ++run;
            score += 4 * run;
        } else {
            run = 0;
            score -= 1;
        }
        if (isBoundary(text, t))
            score += 8;
        previous = t;
        ++t;
    }
    return std::max(score, 1);
}

int matchScore(QStringView query, QStringView id, QStringView name)
{
    int total = 0;
    qsizetype i = 0;
    const qsizetype n = query.size();
    while (i < n) {
        while (i < n && query.at(i).isSpace())
            ++i;
        qsizetype end = i;
        while (end < n && !query.at(end).isSpace())
            ++end;
        if (end > i) {
            const QStringView term = query.sliced(i, end - i);
            const int best = std::max(fuzzyScore(term, id), fuzzyScore(term, name));
            if (best < 0)
                return -1;
            total += best;
        }
        i = end;
    }
    return total;
}

} // namespace ModelFilter
