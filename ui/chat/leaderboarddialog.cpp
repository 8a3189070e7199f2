#include "leaderboarddialog.h"

#include "store/votestore.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

LeaderboardDialog::LeaderboardDialog(VoteStore *votes, QWidget *parent)
    : QDialog(parent), m_votes(votes), m_table(new QTableWidget(this)), m_empty(new QLabel(this))
{
    setWindowTitle(tr("Comparison Leaderboard"));
    m_table->setColumnCount(7);
    m_table->setHorizontalHeaderLabels({ tr("Endpoint"), tr("Model"), tr("Win rate"), tr("Wins"),
                                         tr("Ties"), tr("All bad"), tr("Votes") });
    m_table->setAccessibleName(tr("Win rate per model"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_empty->setWordWrap(true);
    m_empty->setText(tr("No votes yet. Turn on Compare and Blind in the chat, ask something, and "
                        "pick the better reply."));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(720, 360);
    reload();
}

void LeaderboardDialog::reload()
{
    const QList<LeaderboardRow> rows = m_votes ? m_votes->leaderboard() : QList<LeaderboardRow>();
    m_table->setRowCount(int(rows.size()));
    const QLocale locale;
    for (int r = 0; r < rows.size(); ++r) {
        const LeaderboardRow &row = rows.at(r);
        const auto number = [&](int column, const QString &text) {
            auto *item = new QTableWidgetItem(text);
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, column, item);
        };
        m_table->setItem(r, 0, new QTableWidgetItem(row.endpoint));
        m_table->setItem(r, 1, new QTableWidgetItem(row.model));
        number(2, locale.toString(row.winRate() * 100, 'f', 0) + locale.percent());
        number(3, locale.toString(row.wins));
        number(4, locale.toString(row.ties));
        number(5, locale.toString(row.bad));
        number(6, locale.toString(row.votes));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_empty->setVisible(rows.isEmpty());
}
