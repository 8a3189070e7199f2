#pragma once

#include "sqlstore.h"

#include <QList>
#include <QString>
#include <QStringList>

class Database;

// A blind-mode verdict on one comparison: which column won, or a tie, or all bad.
struct CompareVote
{
    enum class Outcome { Win, Tie, AllBad };

    QString endpoint;    // the endpoint's name: a model may differ between endpoints
    qint64 promptId = 0; // the user message the replies answer (0: none)
    QStringList models;  // in column order
    Outcome outcome = Outcome::Tie;
    int winner = -1; // column of the winner with Outcome::Win
};

// One model's record on one endpoint, over every vote it took part in.
struct LeaderboardRow
{
    QString endpoint;
    QString model;
    int votes = 0;
    int wins = 0;
    int ties = 0;
    int bad = 0; // votes where every reply was bad
    // Wins per vote taken part in (0 to 1).
    double winRate() const { return votes > 0 ? double(wins) / votes : 0.0; }
};

// The blind-mode votes of compare chat in the history file, and the leaderboard over them.
class VoteStore : public SqlStore
{
    Q_OBJECT
public:
    explicit VoteStore(Database *database, QObject *parent = nullptr);
    ~VoteStore() override;

    // False (storageError emitted) when the file refused it or the vote makes no sense (fewer
    // than two models, a winner out of range).
    bool recordVote(const CompareVote &vote);
    // Best win rate first within each endpoint (more votes first on a tie); every endpoint when
    // `endpoint` is empty.
    QList<LeaderboardRow> leaderboard(const QString &endpoint = {});
    int voteCount();

Q_SIGNALS:
    void votesChanged();
};
