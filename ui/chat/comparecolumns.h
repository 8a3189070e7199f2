#pragma once

#include "store/votestore.h"

#include <QFrame>
#include <QList>
#include <QPointer>
#include <QWidget>

class CompareSession;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QHBoxLayout;

// One reply of a comparison: its model (or "Reply B" in blind mode), live figures and text.
class CompareColumn : public QFrame
{
    Q_OBJECT
public:
    explicit CompareColumn(QWidget *parent = nullptr);

    QLabel *titleLabel() const { return m_title; }
    QLabel *statsLabel() const { return m_stats; }
    QLabel *errorLabel() const { return m_error; }
    QPlainTextEdit *textView() const { return m_text; }
    QPushButton *pickButton() const { return m_pick; }
    QPushButton *continueButton() const { return m_continue; }
    QPushButton *stopButton() const { return m_stop; }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class CompareColumns;
    // The model id (or "Reply B"), elided to the column's width; the whole of it in the tooltip.
    void setTitle(const QString &title);
    void updateTitle();
    void updateErrorColors();
    QString m_fullTitle;
    QLabel *m_title;
    QLabel *m_stats;
    QLabel *m_error;
    QPlainTextEdit *m_text;
    QPushButton *m_pick;
    QPushButton *m_continue;
    QPushButton *m_stop;
    qsizetype m_shown = 0; // characters of the reply already in m_text
};

// The replies of a CompareSession side by side, streaming live, each with its time to first
// token, tokens per second, tokens and cost. Below TabsBelowWidth pixels the columns become
// tabs. Keyboard: Alt+1…4 and Alt+Left/Right switch columns, Ctrl+Shift+Enter picks the
// current one (in blind mode: votes for it; otherwise: continues with it). In blind mode the
// model names (and the figures that give them away) stay hidden until the user votes: one reply
// better, a tie, or all bad; the vote goes to the VoteStore of the session's history file.
class CompareColumns : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TabsBelowWidth = 900;

    explicit CompareColumns(CompareSession *compare, QWidget *parent = nullptr);
    ~CompareColumns() override;

    // For the next comparison (a running one keeps its mode).
    void setBlind(bool blind) { m_nextBlind = blind; }
    bool isBlind() const { return m_blind; }
    bool hasVoted() const { return m_voted; }

    int columnCount() const { return int(m_columns.size()); }
    CompareColumn *column(int index) const { return m_columns.value(index); }
    bool isTabbed() const;
    QTabWidget *tabs() const { return m_tabs; }
    int currentColumn() const { return m_current; }
    void setCurrentColumn(int index);

    // Blind mode: records the verdict and shows the names. False when not blind, already
    // voted, still streaming, or the vote could not be saved.
    bool vote(CompareVote::Outcome outcome, int winner = -1);
    // The reply of `column` becomes the conversation's branch; the columns close.
    bool continueWith(int column);
    // Ctrl+Shift+Enter: vote for (blind) or continue with the current column.
    bool pickCurrent();
    // Back to the transcript (the replies stay in the conversation as siblings).
    void closeColumns();

    QPushButton *tieButton() const { return m_tie; }
    QPushButton *allBadButton() const { return m_allBad; }
    QPushButton *closeButton() const { return m_close; }
    // Alt+1…4 and Ctrl+Shift+Enter also work in `widget` (the chat input) while columns show.
    void addKeysTo(QWidget *widget);
    QLabel *noteLabel() const { return m_note; }
    // The store votes go to; null without a history file.
    VoteStore *voteStore();

Q_SIGNALS:
    // The columns were shown (a comparison started) or closed.
    void shownChanged(bool shown);
    // The user continued with the reply of this model.
    void continued(const QString &model);
    void voted();

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void build();
    void relayout();
    void placeColumns(bool tabbed);
    int availableWidth() const;
    void refresh(int index);
    void updateTab(int index);
    void updateButtons();
    QString columnTitle(int index) const;
    // The replies that arrived whole: only they can be voted for or continued with.
    bool isUsable(int index) const;
    int usableCount() const;
    // Blind and still to be voted on (names hidden).
    // (Fewer than two usable replies: nothing to vote on, so the names show.)
    bool isVoting() const { return m_blind && !m_voted && !m_voteless; }
    QList<QAction *> m_inputKeys;

    CompareSession *m_compare;
    QList<CompareColumn *> m_columns;
    QStackedWidget *m_stack;
    QWidget *m_row;
    QHBoxLayout *m_rowLayout;
    QTabWidget *m_tabs;
    QLabel *m_note;
    QPushButton *m_tie;
    QPushButton *m_allBad;
    QPushButton *m_close;
    int m_current = 0;
    bool m_blind = false;
    bool m_nextBlind = false;
    bool m_voted = false;
    bool m_voteless = false;
    bool m_tabbed = false;
    QPointer<VoteStore> m_votes;
};
