#include "votestore.h"

#include "database.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

VoteStore::VoteStore(Database *database, QObject *parent)
    : SqlStore(database,
               tr("Sift could not read or save its comparison votes. Check that the disk is not "
                  "full and the history file is writable."),
               parent)
{
}

VoteStore::~VoteStore() = default;

bool VoteStore::recordVote(const CompareVote &vote)
{
    if (vote.models.size() < 2
        || (vote.outcome == CompareVote::Outcome::Win
            && (vote.winner < 0 || vote.winner >= vote.models.size()))) {
        return failed(u"a vote needs two models or more and a winner among them"_s);
    }
    const bool ok = inTransaction([&] {
        QSqlQuery &insert = prepared(
            u"INSERT INTO compare_votes (endpoint, message_id, created) VALUES (?, ?, ?)"_s);
        insert.bindValue(0, vote.endpoint.isNull() ? u""_s : vote.endpoint);
        insert.bindValue(1, vote.promptId > 0 ? QVariant(vote.promptId) : QVariant());
        insert.bindValue(2, QDateTime::currentMSecsSinceEpoch());
        if (!exec(insert))
            return false;
        const qint64 voteId = insert.lastInsertId().toLongLong();
        QSqlQuery &entry = prepared(
            u"INSERT INTO compare_vote_models (vote_id, model, outcome) VALUES (?, ?, ?)"_s);
        for (int i = 0; i < vote.models.size(); ++i) {
            QString outcome;
            switch (vote.outcome) {
            case CompareVote::Outcome::Win:
                outcome = i == vote.winner ? u"win"_s : u"loss"_s;
                break;
            case CompareVote::Outcome::Tie:
                outcome = u"tie"_s;
                break;
            case CompareVote::Outcome::AllBad:
                outcome = u"bad"_s;
                break;
            }
            entry.bindValue(0, voteId);
            entry.bindValue(1, vote.models.at(i));
            entry.bindValue(2, outcome);
            if (!exec(entry))
                return false;
        }
        return true;
    });
    if (ok)
        Q_EMIT votesChanged();
    return ok;
}

QList<LeaderboardRow> VoteStore::leaderboard(const QString &endpoint)
{
    QSqlQuery &query
        = prepared(u"SELECT v.endpoint, m.model, COUNT(*),"
                   " SUM(m.outcome = 'win'), SUM(m.outcome = 'tie'), SUM(m.outcome = 'bad')"
                   " FROM compare_vote_models m JOIN compare_votes v ON v.id = m.vote_id"
                   " WHERE ? = '' OR v.endpoint = ? GROUP BY v.endpoint, m.model"_s);
    const QString wanted = endpoint.isNull() ? u""_s : endpoint;
    query.bindValue(0, wanted);
    query.bindValue(1, wanted);
    QList<LeaderboardRow> rows;
    if (!exec(query))
        return rows;
    while (query.next()) {
        LeaderboardRow row;
        row.endpoint = query.value(0).toString();
        row.model = query.value(1).toString();
        row.votes = query.value(2).toInt();
        row.wins = query.value(3).toInt();
        row.ties = query.value(4).toInt();
        row.bad = query.value(5).toInt();
        rows.append(row);
    }
    query.finish();
    std::sort(rows.begin(), rows.end(), [](const LeaderboardRow &a, const LeaderboardRow &b) {
        if (a.endpoint != b.endpoint)
            return a.endpoint < b.endpoint;
        if (a.winRate() != b.winRate())
            return a.winRate() > b.winRate();
        if (a.votes != b.votes)
            return a.votes > b.votes;
        return a.model < b.model;
    });
    return rows;
}

int VoteStore::voteCount()
{
    QSqlQuery &query = prepared(u"SELECT COUNT(*) FROM compare_votes"_s);
    if (!exec(query) || !query.next())
        return -1;
    const int count = query.value(0).toInt();
    query.finish();
    return count;
}
