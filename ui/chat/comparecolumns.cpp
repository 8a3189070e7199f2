#include "comparecolumns.h"

#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chat/replymetrics.h"
#include "models/costformat.h"
#include "statepalette.h"
#include "store/conversationstore.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QResizeEvent>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTextBlock>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The longest paragraph a column lays out in one piece while the reply streams (see refresh()).
constexpr int LongParagraph = 800;

// A column's text: the reply, with a line break of its own after a space wherever a paragraph
// grew past LongParagraph. Copying (Ctrl+C, drag) gives the reply's text, without those breaks.
class ColumnText : public QPlainTextEdit
{
public:
    using QPlainTextEdit::QPlainTextEdit;

    // Positions of the breaks the column made, ascending (text is only ever appended).
    QList<int> splits;

protected:
    QMimeData *createMimeDataFromSelection() const override
    {
        const QTextCursor cursor = textCursor();
        const int start = cursor.selectionStart();
        QString text = toPlainText().mid(start, cursor.selectionEnd() - start);
        for (auto it = splits.crbegin(); it != splits.crend(); ++it) {
            if (*it >= start && *it < start + text.size() && text.at(*it - start) == u'\n')
                text.remove(*it - start, 1);
        }
        auto *data = new QMimeData;
        data->setText(text);
        return data;
    }
};

} // namespace

CompareColumn::CompareColumn(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_stats(new QLabel(this))
    , m_error(new QLabel(this))
    , m_text(new ColumnText(this))
    , m_pick(new QPushButton(this))
    , m_continue(new QPushButton(tr("Contin&ue with This"), this))
    , m_stop(new QPushButton(tr("Stop This"), this))
{
    m_stop->setObjectName(u"stopColumn"_s);
    m_stop->setToolTip(tr("Stop this reply only and keep what arrived; Esc stops them all"));
    m_stop->setVisible(false);
    m_pick->setObjectName(u"pick"_s);
    m_continue->setObjectName(u"continue"_s);
    setFrameShape(QFrame::StyledPanel);
    // Model ids and error text come from the server or the user: never markup.
    m_title->setTextFormat(Qt::PlainText);
    m_stats->setTextFormat(Qt::PlainText);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setAutoFillBackground(true);
    m_error->setMargin(4);
    m_error->setVisible(false);
    updateErrorColors();
    // A long model id must not widen its column (and squeeze the others): it is elided.
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    // The figures wrap in a narrow column rather than widen it (four columns pushed the window
    // past its width and squeezed the conversation list).
    m_stats->setWordWrap(true);
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
    buttons->addWidget(m_stop);
    buttons->addWidget(m_continue);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_title);
    layout->addWidget(m_stats);
    layout->addWidget(m_error);
    layout->addWidget(m_text, 1);
    layout->addLayout(buttons);
}

void CompareColumn::setTitle(const QString &title)
{
    m_fullTitle = title;
    updateTitle();
}

void CompareColumn::updateTitle()
{
    const int room = m_title->contentsRect().width();
    const QString shown = room > 0
        ? m_title->fontMetrics().elidedText(m_fullTitle, Qt::ElideMiddle, room)
        : m_fullTitle;
    m_title->setText(shown);
    m_title->setToolTip(shown == m_fullTitle ? QString() : m_fullTitle);
    m_title->setAccessibleName(m_fullTitle);
}

void CompareColumn::updateErrorColors()
{
    // The error's own tint with the palette's text on it: readable in the light and dark theme.
    const StatePalette states(palette());
    QPalette colors = m_error->palette();
    colors.setColor(QPalette::Window, states.background(StatePalette::Role::Error));
    colors.setColor(QPalette::WindowText, palette().color(QPalette::Text));
    m_error->setPalette(colors);
    m_error->setBackgroundRole(QPalette::Window);
    m_error->setForegroundRole(QPalette::WindowText);
}

void CompareColumn::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateErrorColors();
    else if (event->type() == QEvent::FontChange)
        updateTitle();
}

void CompareColumn::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    updateTitle();
}

CompareColumns::CompareColumns(CompareSession *compare, QWidget *parent)
    : QWidget(parent)
    , m_compare(compare)
    , m_stack(new QStackedWidget(this))
    , m_row(new QWidget(this))
    , m_rowLayout(new QHBoxLayout(m_row))
    , m_tabs(new QTabWidget(this))
    , m_note(new QLabel(this))
    // Mnemonics that clash with nothing else in the chat (see CompareBar); All Bad has no free
    // letter and is one Tab after Tie.
    , m_tie(new QPushButton(tr("T&ie"), this))
    , m_allBad(new QPushButton(tr("All Bad"), this))
    , m_close(new QPushButton(tr("Back t&o Conversation"), this))
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
    // Alt+1…4 and Ctrl+Shift+Enter also work in the chat input (addKeysTo()), where the focus
    // stays while the replies stream, so the next prompt can be typed at once.
    const auto addKey = [this](const QKeySequence &key, bool inInput, auto slot) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        connect(action, &QAction::triggered, this, slot);
        addAction(action);
        if (inInput)
            m_inputKeys.append(action);
    };
    for (int i = 0; i < CompareSession::MaxModels; ++i)
        addKey(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), true,
               [this, i] { setCurrentColumn(i); });
    addKey(QKeySequence(Qt::ALT | Qt::Key_Left), false,
           [this] { setCurrentColumn(m_current - 1); });
    addKey(QKeySequence(Qt::ALT | Qt::Key_Right), false,
           [this] { setCurrentColumn(m_current + 1); });
    addKey(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Return), true, [this] { pickCurrent(); });
    addKey(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Enter), true, [this] { pickCurrent(); });
    connect(this, &CompareColumns::shownChanged, this, [this](bool shown) {
        for (QAction *action : std::as_const(m_inputKeys))
            action->setEnabled(shown);
    });
    for (QAction *action : std::as_const(m_inputKeys))
        action->setEnabled(false);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabbed && index >= 0)
            m_current = index;
    });

    connect(m_compare, &CompareSession::started, this, &CompareColumns::build);
    connect(m_compare, &CompareSession::columnChanged, this, &CompareColumns::refresh);
    connect(m_compare, &CompareSession::finished, this, &CompareColumns::updateButtons);
    connect(m_compare, &CompareSession::columnFinished, this, [this](int index) {
        if (CompareColumn *column = m_columns.value(index)) {
            const bool hadFocus = column->m_stop->hasFocus();
            column->m_stop->setVisible(false);
            if (hadFocus)
                column->m_text->setFocus();
        }
    });
    setVisible(false);
}

CompareColumns::~CompareColumns() = default;

void CompareColumns::addKeysTo(QWidget *widget)
{
    widget->addActions(m_inputKeys);
}

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
    if (isVoting())
        return tr("Reply %1").arg(QChar(u'A' + index));
    return m_compare->reply(index).model;
}

bool CompareColumns::isUsable(int index) const
{
    if (index < 0 || index >= m_compare->columnCount())
        return false;
    const Message &reply = m_compare->reply(index);
    return reply.state != Message::State::Failed && !reply.content.isEmpty();
}

int CompareColumns::usableCount() const
{
    int count = 0;
    for (int i = 0; i < m_compare->columnCount(); ++i)
        count += isUsable(i) ? 1 : 0;
    return count;
}

void CompareColumns::build()
{
    m_blind = m_nextBlind;
    m_voted = false;
    m_voteless = false;
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
        connect(column->m_stop, &QPushButton::clicked, this,
                [this, i] { m_compare->stopColumn(i); });
        connect(column->m_pick, &QPushButton::clicked, this,
                [this, i] { vote(CompareVote::Outcome::Win, i); });
        m_columns.append(column);
        for (QWidget *widget :
             { static_cast<QWidget *>(column->m_text), static_cast<QWidget *>(column->m_stop),
               static_cast<QWidget *>(column->m_pick),
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
            updateTab(i);
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
    column->setTitle(title);

    // Append only what is new: a column repaints its tail, not its whole text, per update.
    auto *text = static_cast<ColumnText *>(column->m_text);
    if (reply.content.size() < column->m_shown) {
        text->splits.clear();
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
            text->splits.append(split.position());
            split.insertBlock();
            block = split.block();
        }
        if (atEnd)
            bar->setValue(bar->maximum());
    }
    column->m_shown = reply.content.size();

    const QLocale locale;
    QStringList figures;
    const bool hidden = isVoting();
    // Time to first token, speed and price give a model away (a large model answers later and
    // costs more): blind mode shows them after the vote.
    if (reply.ttftMs >= 0 && !hidden)
        figures << tr("first token %1 ms").arg(locale.toString(reply.ttftMs));
    else if (reply.ttftMs < 0 && reply.state == Message::State::Streaming)
        figures << (reply.retryDelayMs >= 0 ? tr("waiting to retry…") : tr("waiting…"));
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
    else if (reply.state == Message::State::Failed)
        figures << tr("failed");
    column->m_stats->setText(figures.join(u" · "_s));
    column->m_error->setVisible(reply.state == Message::State::Failed);
    if (reply.state == Message::State::Failed)
        column->m_error->setText(reply.error.userMessage());
    updateTab(index);
}

void CompareColumns::updateTab(int index)
{
    if (!m_tabbed || index >= m_tabs->count())
        return;
    // As tabs only one reply shows: a failed one says so on its tab, not only inside it.
    const Message &reply = m_compare->reply(index);
    const bool failed = reply.state == Message::State::Failed;
    m_tabs->setTabText(index, columnTitle(index));
    m_tabs->setTabIcon(index,
                       failed ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : QIcon());
    m_tabs->setTabToolTip(index, failed ? reply.error.userMessage() : QString());
}

void CompareColumns::updateButtons()
{
    const bool done = !m_compare->isBusy();
    if (done && m_blind && !m_voted && !m_voteless && usableCount() < 2) {
        // One reply or none arrived: there is nothing to compare, so the names show.
        m_voteless = true;
        for (int i = 0; i < m_columns.size(); ++i)
            refresh(i);
    }
    const bool voting = isVoting();
    for (int i = 0; i < m_columns.size(); ++i) {
        CompareColumn *column = m_columns.at(i);
        // A failed or empty reply can be neither the better one nor the conversation's.
        const bool usable = isUsable(i);
        column->m_pick->setText(tr("Pic&k %1 as Better").arg(QChar(u'A' + i)));
        column->m_pick->setAccessibleName(tr("Vote: reply %1 is better").arg(QChar(u'A' + i)));
        column->m_pick->setVisible(voting);
        column->m_pick->setEnabled(done && usable);
        column->m_continue->setVisible(!voting);
        column->m_continue->setEnabled(done && usable);
        column->m_continue->setAccessibleName(tr("Continue with reply %1").arg(i + 1));
        // Several replies streaming: each can be stopped alone.
        column->m_stop->setVisible(!done && m_columns.size() > 1
                                   && m_compare->reply(i).state == Message::State::Streaming);
        column->m_stop->setAccessibleName(tr("Stop reply %1").arg(i + 1));
    }
    m_tie->setVisible(voting);
    m_allBad->setVisible(voting);
    m_tie->setEnabled(done);
    m_allBad->setEnabled(done);
    if (voting) {
        m_note->setText(done ? tr("Model names are hidden. Which reply is better? Pick one "
                                  "(Ctrl+Shift+Enter picks the current one), or vote a tie.")
                             : tr("Model names are hidden until you vote."));
    } else if (m_voteless && !m_voted && done) {
        m_note->setText(tr("Fewer than two replies arrived, so there is nothing to vote on; "
                           "the model names are shown."));
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
    // The focus follows only when it is in the columns already: in the chat input it stays.
    if (isAncestorOf(QApplication::focusWidget()))
        m_columns.at(index)->m_text->setFocus();
}

bool CompareColumns::vote(CompareVote::Outcome outcome, int winner)
{
    if (!isVoting() || m_compare->isBusy() || usableCount() < 2)
        return false;
    if (outcome == CompareVote::Outcome::Win && !isUsable(winner))
        return false;
    CompareVote vote;
    vote.endpoint = m_compare->session()->client() ? m_compare->session()->client()->endpoint().name
                                                   : QString();
    vote.promptId = m_compare->promptId();
    // A reply that failed (an error, not an answer) takes no part in the vote.
    for (int i = 0; i < m_compare->columnCount(); ++i) {
        if (!isUsable(i))
            continue;
        if (i == winner)
            vote.winner = int(vote.models.size());
        vote.models << m_compare->reply(i).model;
    }
    vote.outcome = outcome;
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
    if (isVoting() || !isUsable(column))
        return false;
    if (!m_compare->keep(column))
        return false;
    const QString model = m_compare->reply(column).model;
    closeColumns();
    Q_EMIT continued(model);
    return true;
}

bool CompareColumns::pickCurrent()
{
    if (isVoting())
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
