#pragma once

#include <QDialog>

class QLabel;
class QTableWidget;
class VoteStore;

// Win rate per model from the blind comparisons, with the counts, per endpoint.
class LeaderboardDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LeaderboardDialog(VoteStore *votes, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *emptyLabel() const { return m_empty; }
    void reload();

private:
    VoteStore *m_votes;
    QTableWidget *m_table;
    QLabel *m_empty;
};
