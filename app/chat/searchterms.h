#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

// The words of a history search as the search finds them (FTS5's unicode61 tokenizer): runs of
// letters and digits, compared case- and accent-insensitively; the last word typed also matches
// as a prefix (search as you type). The snippet in the results and the highlights in the
// transcript both mark what this matches, so they agree with each other and with the search.
class SearchTerms
{
public:
    struct Match
    {
        qsizetype start = 0;
        qsizetype length = 0;
        friend bool operator==(const Match &, const Match &) = default;
    };

    SearchTerms() = default;
    explicit SearchTerms(const QString &query);

    bool isEmpty() const { return m_prefix.isEmpty(); }
    QString query() const { return m_query; }
    // Whether one word (a run of letters and digits) of a text is a match.
    bool matchesWord(QStringView word) const;
    // Every matched word of `text`, in order.
    QList<Match> matches(QStringView text) const;
    // How many words of `text` match.
    qsizetype count(QStringView text) const;

    // A word without its accents, case-folded: how the search compares words.
    static QString fold(QStringView word);

    friend bool operator==(const SearchTerms &a, const SearchTerms &b)
    {
        return a.m_terms == b.m_terms && a.m_prefix == b.m_prefix;
    }

private:
    QString m_query;
    QStringList m_terms; // whole words
    QString m_prefix;    // the last word, matched as a prefix
};
