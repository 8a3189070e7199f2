#include "comparecolumns.h"

#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chat/replymetrics.h"
#include "models/costformat.h"
#include "store/conversationstore.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The longest paragraph a column lays out in one piece while the reply streams (see refresh()).
constexpr int LongParagraph = 800;

} // namespace

CompareColumn::CompareColumn(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_stats(new QLabel(this))
    , m_error(new QLabel(this))
    , m_text(new QPlainTextEdit(this))
    , m_pick(new QPushButton(this))
    , m_continue(new QPushButton(tr("C&ontinue with This"), this))
{
    setFrameShape(QFrame::StyledPanel);
    // Model ids and error text come from the server or the user: never markup.
    m_title->setTextFormat(Qt::PlainText);
    m_stats->setTextFormat(Qt::PlainText);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAutoFillBackground(true);
    m_error->setBackgroundRole(QPalette::ToolTipBase);
    m_error->setVisible(false);
    m_stats->setForegroundRole(QPalette::PlaceholderText);
    m_stats->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_text->setReadOnly(true);
    m_text->setTabChangesFocus(true);
    m_text->setFrameShape(QFrame::NoFrame);
    m_continue->setToolTip(tr("Keep this reply as the conversation and go on from it"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_pick);
    buttons->addStretch();
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_stats);
    layout->addWidget(m_error);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
}

CompareColumns::CompareColumns(CompareSession *compare, QWidget *parent)
    : QWidget(parent)
    , m_compare(compare)
    , m_stack(new QStackedWidget(this))
    , m_row(new QWidget(this))
    , m_rowLayout(new QHBoxLayout(m_row))
    , m_tabs(new QTabWidget(this))
    , m_note(new QLabel(this))
    , m_tie(new QPushButton(tr("&Tie"), this))
    , m_allBad(new QPushButton(tr("All &Bad"), this))
    , m_close(new QPushButton(tr("Back to &Conversation"), this))
{
    setAccessibleName(tr("Compared replies"));
    m_rowLayout->setContentsMargins(0, 0, 0, 0);
    m_stack->addWidget(m_row);
    m_stack->addWidget(m_tabs);
    m_tabs->setAccessibleName(tr("Compared replies"));
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_tie->setAccessibleName(tr("Vote: tie"));
    m_tie->setToolTip(tr("The replies are about as good"));
    m_allBad->setAccessibleName(tr("Vote: all bad"));
    m_allBad->setToolTip(tr("None of the replies is good"));
    m_close->setAccessibleName(tr("Back to the conversation"));
    m_close->setToolTip(tr("Show the conversation; the replies stay as branches of it"));
    connect(m_tie, &QPushButton::clicked, this, [this] { vote(CompareVote::Outcome::Tie); });
    connect(m_allBad, &QPushButton::clicked, this, [this] { vote(CompareVote::Outcome::AllBad); });
    connect(m_close, &QPushButton::clicked, this, &CompareColumns::closeColumns);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_note, 1);
    bar->addWidget(m_tie);
    bar->addWidget(m_allBad);
    bar->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);

    // Keys work anywhere in the columns (not in the chat input: Alt+arrows edit text there).
    const auto addKey = [this](const QKeySequence &key, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
    };
    for (int i = 0; i < CompareSession::MaxModels; ++i)
        addKey(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), [this, i] { setCurrentColumn(i); });
    addKey(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { setCurrentColumn(m_current - 1); });
    addKey(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { setCurrentColumn(m_current + 1); });
    addKey(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), [this] { pickCurrent(); });
    addKey(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter), [this] { pickCurrent(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabbed && index >= 0)
            m_current = index;
    });

    connect(m_compare, &CompareSession::started, this, &CompareColumns::build);
    connect(m_compare, &CompareSession::columnChanged, this, &CompareColumns::refresh);
    connect(m_compare, &CompareSession::finished, this, &CompareColumns::updateButtons);
    setVisible(false);
}

CompareColumns::~CompareColumns() = default;

VoteStore *CompareColumns::voteStore()
{
    ConversationStore *store = m_compare->session()->store();
    Database *database = store ? store->database() : nullptr;
    if (m_votes && m_votes->database() != database)
        delete m_votes;
    if (!m_votes && database)
        m_votes = new VoteStore(database, this);
    return m_votes;
}

bool CompareColumns::isTabbed() const
{
    return m_tabbed;
}

QString CompareColumns::columnTitle(int index) const
{
    if (m_blind && !m_voted)
        return tr("Reply %1").arg(QChar(u'A' + index));
    return m_compare->reply(index).model;
}

void CompareColumns::build()
{
    m_blind = m_nextBlind;
    m_voted = false;
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    qDeleteAll(m_columns);
    m_columns.clear();
    // With the old columns gone, what follows Back to Conversation is what follows the columns.
    QWidget *previous = m_close;
    QWidget *after = m_close->nextInFocusChain();
    for (int i = 0; i < m_compare->columnCount(); ++i) {
        auto *column = new CompareColumn(this);
        column->setAccessibleName(tr("Reply %1").arg(i + 1));
        column->m_text->setAccessibleName(tr("Text of reply %1").arg(i + 1));
        connect(column->m_continue, &QPushButton::clicked, this, [this, i] { continueWith(i); });
        connect(column->m_pick, &QPushButton::clicked, this,
                [this, i] { vote(CompareVote::Outcome::Win, i); });
        m_columns.append(column);
        for (QWidget *widget :
             { static_cast<QWidget *>(column->m_text), static_cast<QWidget *>(column->m_pick),
               static_cast<QWidget *>(column->m_continue) }) {
            setTabOrder(previous, widget);
            previous = widget;
        }
    }
    if (after && after != previous)
        setTabOrder(previous, after);
    if (isHidden()) {
        setVisible(true);
        Q_EMIT shownChanged(true);
    }
    placeColumns(availableWidth() < TabsBelowWidth);
    for (int i = 0; i < m_columns.size(); ++i)
        refresh(i);
    m_current = 0;
    setCurrentColumn(0);
    updateButtons();
}

int CompareColumns::availableWidth() const
{
    // Just shown, the layout has not given this widget its width yet; its parent has one.
    if (!testAttribute(Qt::WA_Resized) && parentWidget())
        return parentWidget()->width();
    return width();
}

void CompareColumns::relayout()
{
    const bool tabbed = availableWidth() < TabsBelowWidth;
    if (tabbed != m_tabbed)
        placeColumns(tabbed);
}

void CompareColumns::placeColumns(bool tabbed)
{
    m_tabbed = tabbed;
    while (m_tabs->count() > 0)
        m_tabs->removeTab(0);
    for (int i = 0; i < m_columns.size(); ++i) {
        CompareColumn *column = m_columns.at(i);
        if (tabbed) {
            m_tabs->addTab(column, columnTitle(i));
        } else {
            column->setParent(m_row);
            m_rowLayout->addWidget(column, 1);
            column->show();
        }
    }
    m_stack->setCurrentWidget(tabbed ? static_cast<QWidget *>(m_tabs) : m_row);
    if (tabbed && m_current < m_tabs->count())
        m_tabs->setCurrentIndex(m_current);
}

void CompareColumns::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    relayout();
}

void CompareColumns::refresh(int index)
{
    CompareColumn *column = m_columns.value(index);
    if (!column || index >= m_compare->columnCount())
        return;
    const Message &reply = m_compare->reply(index);
    const QString title = columnTitle(index);
    column->m_title->setText(title);
    if (m_tabbed)
        m_tabs->setTabText(index, title);

    // Append only what is new: a column repaints its tail, not its whole text, per update.
    if (reply.content.size() < column->m_shown) {
        column->m_text->setPlainText(reply.content);
    } else if (reply.content.size() > column->m_shown) {
        QScrollBar *bar = column->m_text->verticalScrollBar();
        const bool atEnd = bar->value() >= bar->maximum() - 4;
        QTextCursor cursor(column->m_text->document());
        cursor.movePosition(QTextCursor::End);
        cursor.insertText(reply.content.mid(column->m_shown));
        // Each append lays the whole last paragraph out again: a reply written as one long
        // paragraph would cost more per update as it grows. So the column starts a new line
        // after a space wherever a paragraph would pass LongParagraph characters (the reply
        // itself is unchanged); one append may need several such lines.
        for (QTextBlock block = cursor.block(); block.length() > LongParagraph;) {
            const qsizetype space = block.text().lastIndexOf(u' ', LongParagraph - 1);
            if (space <= 0)
                break; // one long word: nothing to split at
            QTextCursor split(block);
            split.setPosition(block.position() + int(space) + 1);
            split.insertBlock();
            block = split.block();
        }
        if (atEnd)
            bar->setValue(bar->maximum());
    }
    column->m_shown = reply.content.size();

    const QLocale locale;
    QStringList figures;
    const bool hidden = m_blind && !m_voted;
    if (reply.ttftMs >= 0)
        figures << tr("first token %1 ms").arg(locale.toString(reply.ttftMs));
    else if (reply.state == Message::State::Streaming)
        figures << (reply.retryDelayMs >= 0 ? tr("waiting to retry…") : tr("waiting…"));
    // Speed and price give a model away: blind mode shows them after the vote.
    if (!hidden) {
        if (const auto speed = ReplyMetrics::tokensPerSecond(reply))
            figures << tr("%1 tok/s").arg(locale.toString(*speed, 'f', 1));
    }
    const int tokens = ReplyMetrics::completionTokens(reply);
    if (tokens > 0)
        figures << (reply.usage.completionTokens > 0
                        ? tr("%n tokens", nullptr, tokens)
                        : tr("≈ %1 tokens").arg(locale.toString(tokens)));
    if (!hidden && reply.cost)
        figures << (reply.costEstimated ? tr("≈ %1") : u"%1"_s)
                       .arg(CostFormat::usd(*reply.cost, locale));
    if (reply.state == Message::State::Stopped)
        figures << tr("stopped");
    column->m_stats->setText(figures.join(u" · "_s));
    column->m_error->setVisible(reply.state == Message::State::Failed);
    if (reply.state == Message::State::Failed)
        column->m_error->setText(reply.error.userMessage());
}

void CompareColumns::updateButtons()
{
    const bool done = !m_compare->isBusy();
    const bool voting = m_blind && !m_voted;
    for (int i = 0; i < m_columns.size(); ++i) {
        CompareColumn *column = m_columns.at(i);
        column->m_pick->setText(tr("&Pick %1 as Better").arg(QChar(u'A' + i)));
        column->m_pick->setAccessibleName(tr("Vote: reply %1 is better").arg(QChar(u'A' + i)));
        column->m_pick->setVisible(voting);
        column->m_pick->setEnabled(done);
        column->m_continue->setVisible(!voting);
        column->m_continue->setEnabled(done);
        column->m_continue->setAccessibleName(tr("Continue with reply %1").arg(i + 1));
    }
    m_tie->setVisible(voting);
    m_allBad->setVisible(voting);
    m_tie->setEnabled(done);
    m_allBad->setEnabled(done);
    if (voting) {
        m_note->setText(done ? tr("Model names are hidden. Which reply is better? Pick one "
                                  "(Ctrl+Shift+Enter picks the current one), or vote a tie.")
                             : tr("Model names are hidden until you vote."));
    } else if (!done) {
        m_note->setText(tr("Stop (Esc) ends every reply. Alt+1…4 or Alt+←/→ switch replies."));
    } else {
        m_note->setText(tr("Continue with one reply (Ctrl+Shift+Enter for the current one); "
                           "the others stay as branches."));
    }
}

void CompareColumns::setCurrentColumn(int index)
{
    if (index < 0 || index >= m_columns.size())
        return;
    m_current = index;
    if (m_tabbed)
        m_tabs->setCurrentIndex(index);
    for (int i = 0; i < m_columns.size(); ++i)
        m_columns.at(i)->setFrameShadow(i == index ? QFrame::Sunken : QFrame::Raised);
    m_columns.at(index)->m_text->setFocus();
}

bool CompareColumns::vote(CompareVote::Outcome outcome, int winner)
{
    if (!m_blind || m_voted || m_compare->isBusy() || m_compare->columnCount() < 2)
        return false;
    CompareVote vote;
    vote.endpoint = m_compare->session()->client() ? m_compare->session()->client()->endpoint().name
                                                   : QString();
    vote.promptId = m_compare->promptId();
    for (int i = 0; i < m_compare->columnCount(); ++i)
        vote.models << m_compare->reply(i).model;
    vote.outcome = outcome;
    vote.winner = winner;
    VoteStore *store = voteStore();
    if (!store || !store->recordVote(vote))
        return false;
    m_voted = true;
    for (int i = 0; i < m_columns.size(); ++i)
        refresh(i);
    updateButtons();
    if (outcome == CompareVote::Outcome::Win)
        setCurrentColumn(winner);
    Q_EMIT voted();
    return true;
}

bool CompareColumns::continueWith(int column)
{
    if (m_blind && !m_voted)
        return false;
    if (column < 0 || column >= m_compare->columnCount() || !m_compare->keep(column))
        return false;
    const QString model = m_compare->reply(column).model;
    closeColumns();
    Q_EMIT continued(model);
    return true;
}

bool CompareColumns::pickCurrent()
{
    if (m_blind && !m_voted)
        return vote(CompareVote::Outcome::Win, m_current);
    return continueWith(m_current);
}

void CompareColumns::closeColumns()
{
    if (m_compare->isBusy() || isHidden())
        return;
    setVisible(false);
    Q_EMIT shownChanged(false);
}
