// Compare chat in the chat pane, driven like a user would: the Compare toggle and its model
// row, replies side by side (or as tabs when narrow), the keyboard, blind votes in a real SQLite
// file and the leaderboard, against the in-process fake server.
#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chatpane.h"
#include "comparebar.h"
#include "comparecolumns.h"
#include "config/config.h"
#include "fakeserver.h"
#include "leaderboarddialog.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "statepalette.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/votestore.h"
#include "theme.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

const QString ModelA = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
const QString ModelB = u"meta-llama/Meta-Llama-3-70B-Instruct"_s;
const QString ModelC = u"mistralai/Mistral-7B-Instruct-v0.1"_s;

} // namespace

class TestCompareColumns : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void shortcutOpensBarWithPicker();
    void threeModelsStreamSideBySide();
    void oneFailingShowsErrorInItsColumn();
    void stopStopsEveryColumn();
    void narrowBecomesTabs();
    void keyboardSwitchesAndContinues();
    void blindHidesNamesUntilVote();
    void blindTieAndLeaderboard();
    void singleSendAndNewChatCloseColumns();
    void tabGoesThroughColumnsToInput();
    void longParagraphIsLaidOutInPieces();
    // Found in the new-user pass (issue 16).
    void compareOpensAnEmptyPickerWithItsList();
    void errorReadsInBothThemes_data();
    void errorReadsInBothThemes();
    void failedReplyIsNeitherPickedNorContinued();
    void blindWithOneReplyShowsTheNames();
    void focusStaysInInputWhileKeysSwitch();
    void mnemonicsDoNotClash();
    void removeButtonVisibleInDark();
    void longModelIdDoesNotWidenItsColumn();
    void failedTabSaysSo();
    void stopOneReplyOthersGoOn();
    void copyGivesTheReplyShown();
    void fourColumnsFitTheWindow();

private:
    void compareWith(const QStringList &extra, bool blind = false);
    void sendPrompt(const QString &text);
    bool waitForFinished();

    FakeServer m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<ConversationStore> m_store;
    std::unique_ptr<ApiClient> m_client;
    std::unique_ptr<ChatSession> m_session;
    std::unique_ptr<Config> m_config;
    std::unique_ptr<ChatPane> m_pane;
};

void TestCompareColumns::initTestCase()
{
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
}

void TestCompareColumns::init()
{
    m_server.setDefaultFault(FakeFault());
    m_server.setReplyText({});
    m_server.setChunkSize(3);
    m_server.clearRequests();
    const QString name = QString::fromLatin1(QTest::currentTestFunction());
    m_database = std::make_unique<Database>();
    QVERIFY(m_database->open(m_dir.filePath(name + u".db"_s)).ok());
    m_store = std::make_unique<ConversationStore>(m_database.get());
    m_client = std::make_unique<ApiClient>();
    Endpoint endpoint;
    endpoint.name = u"Test"_s;
    endpoint.baseUrl = QUrl(m_server.baseUrl() + u"/v1/openai"_s);
    m_client->setEndpoint(endpoint);
    m_client->setApiKey(u"test-key"_s);
    RequestPolicy policy;
    policy.maxRetries = 0;
    policy.stallTimeoutMs = 10000;
    m_client->setPolicy(policy);
    m_session = std::make_unique<ChatSession>(m_client.get());
    m_session->setStore(m_store.get());
    m_config = std::make_unique<Config>(m_dir.filePath(name + u".ini"_s));
    m_pane = std::make_unique<ChatPane>(m_session.get());
    m_pane->setConfig(m_config.get());
    m_pane->modelPicker()->setCurrentModel(ModelA);
    m_pane->resize(1280, 700);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestCompareColumns::cleanup()
{
    Theme::apply(Theme::Choice::System);
    m_pane.reset();
    m_session.reset();
    m_config.reset();
    m_client.reset();
    m_store.reset();
    m_database.reset();
}

void TestCompareColumns::compareWith(const QStringList &extra, bool blind)
{
    if (!m_pane->compareAction()->isChecked())
        m_pane->compareAction()->trigger();
    CompareBar *bar = m_pane->compareBar();
    bar->setModels(extra);
    bar->setBlind(blind);
}

void TestCompareColumns::sendPrompt(const QString &text)
{
    m_pane->input()->setFocus();
    QTest::keyClicks(m_pane->input(), text);
    QTest::keyClick(m_pane->input(), Qt::Key_Return);
}

bool TestCompareColumns::waitForFinished()
{
    CompareSession *compare = m_pane->compareSession();
    if (!compare->isBusy())
        return true;
    QSignalSpy finished(compare, &CompareSession::finished);
    return finished.wait(20000);
}

void TestCompareColumns::shortcutOpensBarWithPicker()
{
    CompareBar *bar = m_pane->compareBar();
    QVERIFY(bar->isHidden());
    m_pane->input()->setFocus();
    QTest::keyClick(m_pane->input(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(m_pane->compareAction()->isChecked());
    QVERIFY(bar->isVisible());
    QCOMPARE(bar->pickers().size(), 1); // one more model to choose at once
    QTest::mouseClick(bar->addButton(), Qt::LeftButton);
    QTest::mouseClick(bar->addButton(), Qt::LeftButton);
    QCOMPARE(bar->pickers().size(), CompareBar::MaxExtraModels);
    QVERIFY(!bar->addButton()->isEnabled());
    bar->removeModel(0);
    QVERIFY(bar->addButton()->isEnabled());
    m_pane->compareAction()->trigger();
    QVERIFY(bar->isHidden());
}

void TestCompareColumns::threeModelsStreamSideBySide()
{
    m_server.setDefaultFault(u"drip=15"_s);
    compareWith({ ModelB, ModelC });
    sendPrompt(u"Which is best?"_s);
    CompareColumns *columns = m_pane->compareColumns();
    QVERIFY(columns->isVisible());
    QVERIFY(m_pane->transcriptView()->isHidden());
    QCOMPARE(columns->columnCount(), 3);
    QVERIFY(!columns->isTabbed());
    QVERIFY(m_pane->stopButton()->isEnabled());
    QVERIFY(!m_pane->sendButton()->isEnabled());
    // Text shows in every column while they all still stream.
    QTRY_VERIFY_WITH_TIMEOUT(!columns->column(0)->textView()->toPlainText().isEmpty()
                                 && !columns->column(2)->textView()->toPlainText().isEmpty()
                                 && m_pane->compareSession()->isBusy(),
                             10000);
    QVERIFY(waitForFinished());
    const QStringList models{ ModelA, ModelB, ModelC };
    for (int i = 0; i < 3; ++i) {
        CompareColumn *column = columns->column(i);
        QCOMPARE(column->titleLabel()->text(), models.at(i));
        QCOMPARE(column->titleLabel()->textFormat(), Qt::PlainText);
        QCOMPARE(column->textView()->toPlainText(), u"Hello! You said: Which is best?"_s);
        const QString stats = column->statsLabel()->text();
        QVERIFY2(stats.contains(u"first token"_s) && stats.contains(u"tok/s"_s)
                     && stats.contains(u"tokens"_s) && stats.contains(u"$"_s),
                 qPrintable(stats));
        QVERIFY(column->continueButton()->isVisible());
        QVERIFY(column->continueButton()->isEnabled());
        QVERIFY(column->pickButton()->isHidden());
    }
    QVERIFY(m_pane->sendButton()->isEnabled() || m_pane->input()->toPlainText().isEmpty());
    QCOMPARE(m_server.requestCount(), 3);
}

void TestCompareColumns::oneFailingShowsErrorInItsColumn()
{
    compareWith({ ModelB + u"@status=500"_s });
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    QVERIFY(columns->column(0)->errorLabel()->isHidden());
    QCOMPARE(columns->column(0)->textView()->toPlainText(), u"Hello! You said: hi"_s);
    QVERIFY(columns->column(1)->errorLabel()->isVisible());
    QVERIFY(!columns->column(1)->errorLabel()->text().isEmpty());
}

void TestCompareColumns::stopStopsEveryColumn()
{
    m_server.setDefaultFault(u"drip=50"_s);
    compareWith({ ModelB });
    sendPrompt(u"a long answer please"_s);
    CompareColumns *columns = m_pane->compareColumns();
    QTRY_VERIFY_WITH_TIMEOUT(!columns->column(1)->textView()->toPlainText().isEmpty(), 10000);
    QTest::keyClick(m_pane->input(), Qt::Key_Escape);
    QVERIFY(!m_pane->compareSession()->isBusy());
    QVERIFY(!m_pane->stopButton()->isEnabled());
    for (int i = 0; i < 2; ++i)
        QVERIFY2(columns->column(i)->statsLabel()->text().contains(u"stopped"_s),
                 qPrintable(columns->column(i)->statsLabel()->text()));
}

void TestCompareColumns::narrowBecomesTabs()
{
    m_pane->resize(800, 600);
    compareWith({ ModelB, ModelC });
    sendPrompt(u"hi"_s);
    CompareColumns *columns = m_pane->compareColumns();
    QTRY_VERIFY(columns->isTabbed());
    QCOMPARE(columns->tabs()->count(), 3);
    QCOMPARE(columns->tabs()->tabText(1), ModelB);
    QVERIFY(waitForFinished());
    // Three extra models still fit an 800-pixel window (it would be widened otherwise).
    m_pane->compareBar()->addModel(ModelA);
    QVERIFY2(m_pane->minimumSizeHint().width() <= 800,
             qPrintable(QString::number(m_pane->minimumSizeHint().width())));
    QTRY_VERIFY(columns->isTabbed());
    QCOMPARE(m_pane->width(), 800);
    // Wide again: side by side.
    m_pane->resize(1400, 700);
    QTRY_VERIFY(!columns->isTabbed());
    QVERIFY(columns->column(2)->isVisible());
    QCOMPARE(columns->column(2)->textView()->toPlainText(), u"Hello! You said: hi"_s);
}

void TestCompareColumns::keyboardSwitchesAndContinues()
{
    m_pane->resize(800, 600); // tabs: the current column is the one shown
    compareWith({ ModelB, ModelC });
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    QTRY_VERIFY(columns->isTabbed());
    QWidget *focus = columns->column(0)->textView();
    focus->setFocus();
    QTest::keyClick(focus, Qt::Key_3, Qt::AltModifier);
    QCOMPARE(columns->currentColumn(), 2);
    QCOMPARE(columns->tabs()->currentIndex(), 2);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QCOMPARE(columns->currentColumn(), 1);
    QSignalSpy continued(columns, &CompareColumns::continued);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return,
                    Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(continued.size(), 1);
    QCOMPARE(continued.first().at(0).toString(), ModelB);
    // The transcript is back, showing the kept reply as the branch, its model chosen.
    QVERIFY(columns->isHidden());
    QVERIFY(m_pane->transcriptView()->isVisible());
    QCOMPARE(m_session->messages().last().model, ModelB);
    QCOMPARE(m_session->branchCount(1), 3);
    QCOMPARE(m_pane->modelPicker()->currentModel(), ModelB);
    // Compare is still on: the kept model took the main place, the one it had is compared.
    QCOMPARE(m_pane->compareBar()->models(), (QStringList{ ModelA, ModelC }));
}

void TestCompareColumns::blindHidesNamesUntilVote()
{
    compareWith({ ModelB }, true);
    sendPrompt(u"hi"_s);
    CompareColumns *columns = m_pane->compareColumns();
    QVERIFY(waitForFinished());
    QVERIFY(columns->isBlind());
    for (int i = 0; i < 2; ++i) {
        const CompareColumn *column = columns->column(i);
        QVERIFY(!column->titleLabel()->text().contains(u"Llama"_s));
        QVERIFY(!column->statsLabel()->text().contains(u"$"_s));
        // The time to first token tells a large model from a small one as well.
        QVERIFY2(!column->statsLabel()->text().contains(u"first token"_s),
                 qPrintable(column->statsLabel()->text()));
        QVERIFY(column->pickButton()->isVisible());
        QVERIFY(column->continueButton()->isHidden());
    }
    QCOMPARE(columns->column(0)->titleLabel()->text(), u"Reply A"_s);
    QVERIFY(!columns->continueWith(0)); // no continuing before the vote
    QSignalSpy voted(columns, &CompareColumns::voted);
    QTest::mouseClick(columns->column(1)->pickButton(), Qt::LeftButton);
    QCOMPARE(voted.size(), 1);
    QVERIFY(columns->hasVoted());
    // Blind comparisons ask in a random order: the names shown now are the columns' own.
    CompareSession *compare = m_pane->compareSession();
    QVERIFY(compare->shuffle());
    const QString winner = compare->reply(1).model;
    const QString loser = compare->reply(0).model;
    QCOMPARE((QStringList{ winner, loser }.size()), 2);
    QVERIFY(QStringList({ ModelA, ModelB }).contains(winner));
    QVERIFY(QStringList({ ModelA, ModelB }).contains(loser) && loser != winner);
    QCOMPARE(columns->column(0)->titleLabel()->text(), loser);
    QCOMPARE(columns->column(1)->titleLabel()->text(), winner);
    QVERIFY(columns->column(0)->statsLabel()->text().contains(u"first token"_s));
    QVERIFY(columns->column(1)->continueButton()->isVisible());
    QVERIFY(columns->tieButton()->isHidden());
    QVERIFY(!columns->vote(CompareVote::Outcome::Tie)); // one vote per comparison

    VoteStore votes(m_database.get());
    const QList<LeaderboardRow> rows = votes.leaderboard(u"Test"_s);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).model, winner);
    QCOMPARE(rows.at(0).wins, 1);
    QCOMPARE(rows.at(1).model, loser);
    QCOMPARE(rows.at(1).wins, 0);
    QCOMPARE(rows.at(1).votes, 1);
}

void TestCompareColumns::blindTieAndLeaderboard()
{
    compareWith({ ModelB, ModelC }, true);
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    QVERIFY(columns->tieButton()->isVisible());
    QTest::mouseClick(columns->tieButton(), Qt::LeftButton);
    QVERIFY(columns->hasVoted());

    LeaderboardDialog dialog(columns->voteStore());
    QCOMPARE(dialog.table()->rowCount(), 3);
    QVERIFY(dialog.emptyLabel()->isHidden());
    QCOMPARE(dialog.table()->item(0, 0)->text(), u"Test"_s);
    QCOMPARE(dialog.table()->item(0, 4)->text(), u"1"_s); // ties
    QCOMPARE(dialog.table()->item(0, 6)->text(), u"1"_s); // votes
}

void TestCompareColumns::singleSendAndNewChatCloseColumns()
{
    compareWith({ ModelB });
    sendPrompt(u"first"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    QVERIFY(columns->isVisible());
    // Compare off: the next prompt is an ordinary reply, shown in the transcript.
    m_pane->compareAction()->trigger();
    QSignalSpy replied(m_session.get(), &ChatSession::replyFinished);
    sendPrompt(u"second"_s);
    QVERIFY(columns->isHidden());
    QVERIFY(m_pane->transcriptView()->isVisible());
    QVERIFY(replied.wait(10000));
    QCOMPARE(m_session->messages().size(), 4);
    QCOMPARE(m_server.requestCount(), 3);

    m_pane->compareAction()->trigger();
    sendPrompt(u"third"_s);
    QVERIFY(waitForFinished());
    QVERIFY(columns->isVisible());
    // Regenerate (Ctrl+R) asks the chat's model again: its reply shows in the transcript.
    m_pane->regenerateAction()->trigger();
    QVERIFY(columns->isHidden());
    QVERIFY(m_pane->transcriptView()->isVisible());
    QVERIFY(replied.wait(10000));
    QCOMPARE(m_session->branchCount(int(m_session->messages().size()) - 1), 3);

    sendPrompt(u"fourth"_s);
    QVERIFY(waitForFinished());
    QVERIFY(columns->isVisible());
    m_pane->newChatAction()->trigger();
    QVERIFY(columns->isHidden());
    QVERIFY(m_pane->transcriptView()->isVisible());
}

void TestCompareColumns::tabGoesThroughColumnsToInput()
{
    for (int round = 0; round < 2; ++round) { // the second comparison builds new columns
        compareWith({ ModelB });
        sendPrompt(u"hi %1"_s.arg(round));
        QVERIFY(waitForFinished());
        CompareColumns *columns = m_pane->compareColumns();
        columns->closeButton()->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(columns->closeButton()->hasFocus());
        QList<QWidget *> visited;
        for (int i = 0; i < 10 && QApplication::focusWidget() != m_pane->input(); ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            visited << QApplication::focusWidget();
        }
        const QList<QWidget *> expected{ columns->column(0)->textView(),
                                         columns->column(0)->continueButton(),
                                         columns->column(1)->textView(),
                                         columns->column(1)->continueButton(), m_pane->input() };
        QCOMPARE(visited, expected);
    }
}

void TestCompareColumns::longParagraphIsLaidOutInPieces()
{
    // One paragraph of 20,000 characters: each append would lay all of it out again.
    QString paragraph;
    for (int i = 0; paragraph.size() < 20000; ++i)
        paragraph += u"word%1 "_s.arg(i);
    m_server.setReplyText(paragraph);
    m_server.setChunkSize(40);
    m_server.setDefaultFault(u"drip=1"_s);
    compareWith({ ModelB });
    sendPrompt(u"long"_s);
    QVERIFY(waitForFinished());
    const QPlainTextEdit *text = m_pane->compareColumns()->column(1)->textView();
    const QTextDocument *document = text->document();
    QVERIFY2(document->blockCount() > 10, qPrintable(QString::number(document->blockCount())));
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        QVERIFY2(block.length() <= 801, qPrintable(QString::number(block.length())));
    // The column shows the reply's text, only broken into lines after spaces.
    QCOMPARE(text->toPlainText().remove(u'\n'), paragraph);
    QCOMPARE(m_session->messages().last().content, paragraph);
    // Copied, it is the reply's text: the column's own line breaks stay out of it.
    auto *view = const_cast<QPlainTextEdit *>(text);
    view->selectAll();
    view->copy();
    QCOMPARE(QGuiApplication::clipboard()->text(), paragraph);
    QTextCursor part = view->textCursor();
    part.setPosition(700);
    part.setPosition(2500, QTextCursor::KeepAnchor);
    view->setTextCursor(part);
    view->copy();
    const auto breaks = view->toPlainText().mid(700, 1800).count(u'\n');
    QVERIFY(breaks >= 2);
    QCOMPARE(QGuiApplication::clipboard()->text(), paragraph.mid(700, 1800 - breaks));
}

namespace {

int failedColumn(const CompareSession *compare)
{
    for (int i = 0; i < compare->columnCount(); ++i) {
        if (compare->reply(i).state == Message::State::Failed)
            return i;
    }
    return -1;
}

} // namespace

// Compare on: the new picker has the focus and its list is open, as promised, so the arrows and
// Enter pick a model at once (the list did not open: the picker was not shown yet).
void TestCompareColumns::compareOpensAnEmptyPickerWithItsList()
{
    ModelCatalog catalog; // the documented models
    m_pane->setCatalog(&catalog);
    m_pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_pane.get()));
    m_pane->input()->setFocus();
    QTest::keyClick(m_pane->input(), Qt::Key_M, Qt::ControlModifier | Qt::ShiftModifier);
    ModelPicker *picker = m_pane->compareBar()->pickers().value(0);
    QVERIFY(picker);
    QTRY_VERIFY(picker->hasFocus());
    QTRY_VERIFY(picker->completer()->popup()->isVisible());
    // A second model, by the button: its list opens too.
    QTest::keyClick(picker->completer()->popup(), Qt::Key_Escape);
    QTest::mouseClick(m_pane->compareBar()->addButton(), Qt::LeftButton);
    ModelPicker *second = m_pane->compareBar()->pickers().value(1);
    QVERIFY(second);
    QTRY_VERIFY(second->completer()->popup()->isVisible());
}

void TestCompareColumns::errorReadsInBothThemes_data()
{
    QTest::addColumn<int>("theme");
    QTest::newRow("light") << int(Theme::Choice::Light);
    QTest::newRow("dark") << int(Theme::Choice::Dark);
}

// One model failing: its column says so in words that can be read (≥ 4.5:1) on the error's
// background, in either theme.
void TestCompareColumns::errorReadsInBothThemes()
{
    QFETCH(int, theme);
    Theme::apply(Theme::Choice(theme));
    compareWith({ ModelB + u"@status=503"_s });
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    const CompareColumn *column = m_pane->compareColumns()->column(1);
    const QLabel *error = column->errorLabel();
    QVERIFY(error->isVisible());
    QVERIFY(error->autoFillBackground());
    const QColor text = error->palette().color(error->foregroundRole());
    const QColor fill = error->palette().color(error->backgroundRole());
    const double ratio = StatePalette::contrast(text, fill);
    QVERIFY2(ratio >= 4.5,
             qPrintable(u"%1 on %2: %3:1"_s.arg(text.name(), fill.name()).arg(ratio)));
    QVERIFY2(column->statsLabel()->text().contains(u"failed"_s),
             qPrintable(column->statsLabel()->text()));
    // Switching the theme while the error shows keeps it readable.
    Theme::apply(theme == int(Theme::Choice::Light) ? Theme::Choice::Dark : Theme::Choice::Light);
    const double after = StatePalette::contrast(error->palette().color(error->foregroundRole()),
                                                error->palette().color(error->backgroundRole()));
    QVERIFY2(after >= 4.5, qPrintable(u"after switching: %1:1"_s.arg(after)));
}

// A reply that failed has nothing to keep and is no answer to vote for: its buttons are off, and
// a vote leaves it out of the leaderboard (a 503 says nothing about the model's answers).
void TestCompareColumns::failedReplyIsNeitherPickedNorContinued()
{
    compareWith({ ModelB + u"@status=500"_s });
    sendPrompt(u"first"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    QCOMPARE(failedColumn(m_pane->compareSession()), 1);
    QVERIFY(columns->column(0)->continueButton()->isEnabled());
    QVERIFY(!columns->column(1)->continueButton()->isEnabled());
    QVERIFY(!columns->continueWith(1));
    QVERIFY(columns->isVisible());

    compareWith({ ModelB + u"@status=500"_s, ModelC }, true);
    sendPrompt(u"second"_s);
    QVERIFY(waitForFinished());
    const int failed = failedColumn(m_pane->compareSession());
    QVERIFY(failed >= 0);
    QVERIFY(columns->isBlind() && !columns->hasVoted());
    QVERIFY(!columns->column(failed)->pickButton()->isEnabled());
    QVERIFY(columns->column((failed + 1) % 3)->pickButton()->isEnabled());
    QVERIFY(!columns->vote(CompareVote::Outcome::Win, failed));
    QVERIFY(columns->vote(CompareVote::Outcome::Tie));
    VoteStore votes(m_database.get());
    const QList<LeaderboardRow> rows = votes.leaderboard(u"Test"_s);
    QCOMPARE(rows.size(), 2);
    for (const LeaderboardRow &row : rows)
        QVERIFY2(row.model == ModelA || row.model == ModelC, qPrintable(row.model));
}

// Blind with two models, one failing: there is nothing to vote on. The names show and the reply
// that arrived can be kept (before, neither a vote nor Continue was possible).
void TestCompareColumns::blindWithOneReplyShowsTheNames()
{
    compareWith({ ModelB + u"@status=500"_s }, true);
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    const int failed = failedColumn(m_pane->compareSession());
    QVERIFY(failed >= 0);
    const int good = 1 - failed;
    QCOMPARE(columns->column(good)->titleLabel()->text(), ModelA);
    QVERIFY(columns->tieButton()->isHidden());
    QVERIFY(columns->column(good)->continueButton()->isVisible());
    QVERIFY(columns->column(good)->continueButton()->isEnabled());
    QVERIFY(columns->continueWith(good));
    QCOMPARE(m_session->messages().last().model, ModelA);
}

// The prompt is sent from the input and the focus stays there: the next prompt can be typed at
// once (it used to land in the first column's read-only text and be lost), while Alt+1…4 and
// Ctrl+Shift+Enter reach the columns from the input too.
void TestCompareColumns::focusStaysInInputWhileKeysSwitch()
{
    m_pane->resize(800, 600); // tabs: the current column is the one shown
    m_server.setDefaultFault(u"drip=10"_s);
    compareWith({ ModelB, ModelC });
    sendPrompt(u"hi"_s);
    CompareColumns *columns = m_pane->compareColumns();
    QVERIFY(columns->isVisible());
    QTRY_VERIFY(m_pane->input()->hasFocus());
    QTest::keyClicks(QApplication::focusWidget(), u"next"_s);
    QCOMPARE(m_pane->input()->toPlainText(), u"next"_s);
    QVERIFY(waitForFinished());
    QTRY_VERIFY(columns->isTabbed());
    QTest::keyClick(m_pane->input(), Qt::Key_3, Qt::AltModifier);
    QCOMPARE(columns->currentColumn(), 2);
    QCOMPARE(columns->tabs()->currentIndex(), 2);
    QVERIFY(m_pane->input()->hasFocus());
    QCOMPARE(m_pane->input()->toPlainText(), u"next"_s);
    QSignalSpy continued(columns, &CompareColumns::continued);
    QTest::keyClick(m_pane->input(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(continued.size(), 1);
    QCOMPARE(continued.first().at(0).toString(), ModelC);
    QVERIFY(columns->isHidden());
    // The columns closed: the keys no longer act on them.
    QTest::keyClick(m_pane->input(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(continued.size(), 1);
}

namespace {

// Alt+letter of the shown controls of `root`: buttons, check boxes and labels with a buddy.
QMultiHash<QKeySequence, QString> mnemonics(QWidget *root)
{
    QMultiHash<QKeySequence, QString> found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root))
            continue;
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        // One control per kind: the same button in each column (named alike) is meant to cycle.
        const QString name
            = w->objectName().isEmpty() ? QString(text).remove(u'&') : w->objectName();
        if (!key.isEmpty() && !found.contains(key, name))
            found.insert(key, name);
    }
    return found;
}

QStringList clashes(QWidget *root, const QList<QWidget *> &compareControls)
{
    const QMultiHash<QKeySequence, QString> all = mnemonics(root);
    QStringList found;
    for (QWidget *w : compareControls) {
        QString text;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            text = label->text();
        if (text.isEmpty() || !w->isVisibleTo(root))
            continue;
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty() && all.values(key).size() > 1)
            found << all.values(key).join(u" / "_s);
    }
    return found;
}

} // namespace

// Alt+letter of a compare control does what it says: it clashes with no other control of the
// chat (Alt+A went to Attach… as often as to Add Model, opening a file dialog). Leaderboard has
// one, and the "Compare with:" label belongs to the first model to compare (issue 17).
void TestCompareColumns::mnemonicsDoNotClash()
{
    compareWith({ ModelB, ModelC }, true);
    CompareBar *bar = m_pane->compareBar();
    CompareColumns *columns = m_pane->compareColumns();
    QVERIFY(!QKeySequence::mnemonic(bar->leaderboardButton()->text()).isEmpty());
    QCOMPARE(bar->label()->buddy(), bar->pickers().constFirst());
    const auto compareControls = [&] {
        QList<QWidget *> list{ bar->label(),          bar->addButton(),
                               bar->blindBox(),       bar->leaderboardButton(),
                               columns->tieButton(),  columns->allBadButton(),
                               columns->closeButton() };
        for (int i = 0; i < columns->columnCount(); ++i)
            list << columns->column(i)->pickButton() << columns->column(i)->continueButton();
        return list;
    };
    QStringList found = clashes(m_pane.get(), compareControls());
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    found = clashes(m_pane.get(), compareControls()); // voting: Pick, Tie, All Bad
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
    QVERIFY(columns->vote(CompareVote::Outcome::Tie));
    found = clashes(m_pane.get(), compareControls()); // Continue
    QVERIFY2(found.isEmpty(), qPrintable(found.join(u", "_s)));
}

// The buttons that take a model off the compare row can be seen in the dark theme (≥ 3:1, as
// any control): the style's close icon was black on dark grey.
void TestCompareColumns::removeButtonVisibleInDark()
{
    Theme::apply(Theme::Choice::Dark);
    compareWith({ ModelB });
    CompareBar *bar = m_pane->compareBar();
    QToolButton *remove = nullptr;
    for (QToolButton *button : bar->findChildren<QToolButton *>()) {
        if (button->accessibleName().startsWith(u"Remove"_s))
            remove = button;
    }
    QVERIFY(remove);
    QTRY_VERIFY(remove->isVisible());
    const QImage image = remove->grab().toImage();
    const QColor window = remove->palette().color(QPalette::Window);
    double best = 1.0;
    for (int x = 0; x < image.width(); ++x) {
        for (int y = 0; y < image.height(); ++y)
            best = std::max(best, StatePalette::contrast(image.pixelColor(x, y), window));
    }
    QVERIFY2(best >= 3.0, qPrintable(u"best contrast %1:1"_s.arg(best)));
}

// A long model id is elided in its column's title (all of it in the tooltip and for screen
// readers) instead of widening that column and squeezing the others.
void TestCompareColumns::longModelIdDoesNotWidenItsColumn()
{
    const QString longId = u"some-organisation-with-a-long-name/"
                           "Very-Long-Model-Name-Instruct-v2.5-128k-context-preview"_s;
    m_pane->resize(1400, 700);
    compareWith({ ModelB, longId });
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    QTRY_VERIFY(!columns->isTabbed());
    QTRY_VERIFY(columns->column(2)->isVisible());
    const int narrow = columns->column(0)->width();
    const int wide = columns->column(2)->width();
    QVERIFY2(std::abs(wide - narrow) <= 4, qPrintable(u"%1 vs %2"_s.arg(wide).arg(narrow)));
    const QLabel *title = columns->column(2)->titleLabel();
    QVERIFY(title->text() != longId);
    QCOMPARE(title->toolTip(), longId);
    QCOMPARE(title->accessibleName(), longId);
    QCOMPARE(columns->column(0)->titleLabel()->text(), ModelA);
}

// As tabs (narrow window) only one reply shows: the tab of a failed one carries a warning sign
// and the error as its tooltip, so the user need not open every tab to find it.
void TestCompareColumns::failedTabSaysSo()
{
    m_pane->resize(800, 600);
    compareWith({ ModelB + u"@status=503"_s, ModelC });
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    QTRY_VERIFY(columns->isTabbed());
    QTabWidget *tabs = columns->tabs();
    QVERIFY(tabs->tabIcon(0).isNull());
    QVERIFY(!tabs->tabIcon(1).isNull());
    QCOMPARE(tabs->tabToolTip(1), columns->column(1)->errorLabel()->text());
    QVERIFY(tabs->tabIcon(2).isNull());
    // Wide and narrow again: the tabs are made anew, with the sign.
    m_pane->resize(1400, 700);
    QTRY_VERIFY(!columns->isTabbed());
    m_pane->resize(800, 600);
    QTRY_VERIFY(columns->isTabbed());
    QVERIFY(!tabs->tabIcon(1).isNull());
}

// A slow or rambling model can be stopped alone: its column keeps what arrived, marked stopped,
// and the others stream on to their end (before, Stop ended every reply).
void TestCompareColumns::stopOneReplyOthersGoOn()
{
    m_server.setReplyText(u"word "_s.repeated(60));
    m_server.setDefaultFault(u"drip=20"_s);
    compareWith({ ModelB, ModelC });
    sendPrompt(u"a long answer please"_s);
    CompareColumns *columns = m_pane->compareColumns();
    QTRY_VERIFY_WITH_TIMEOUT(!columns->column(1)->textView()->toPlainText().isEmpty(), 10000);
    for (int i = 0; i < 3; ++i)
        QVERIFY(columns->column(i)->stopButton()->isVisible());
    QTest::mouseClick(columns->column(1)->stopButton(), Qt::LeftButton);
    QVERIFY(columns->column(1)->stopButton()->isHidden());
    QVERIFY2(columns->column(1)->statsLabel()->text().contains(u"stopped"_s),
             qPrintable(columns->column(1)->statsLabel()->text()));
    QVERIFY(m_pane->compareSession()->isBusy()); // the others go on
    QVERIFY(columns->column(0)->stopButton()->isVisible());
    QVERIFY(waitForFinished());
    CompareSession *compare = m_pane->compareSession();
    QCOMPARE(compare->reply(1).state, Message::State::Stopped);
    QVERIFY(compare->reply(1).content.size() < compare->reply(0).content.size());
    QCOMPARE(compare->reply(0).state, Message::State::Complete);
    QCOMPARE(compare->reply(2).state, Message::State::Complete);
    for (int i = 0; i < 3; ++i)
        QVERIFY(columns->column(i)->stopButton()->isHidden());
    // What arrived of the stopped reply can still be kept.
    QVERIFY(columns->column(1)->continueButton()->isEnabled());
}

// Ctrl+Shift+C (Copy Last Reply) with the columns on show copies the reply of the current
// column, the one the user is looking at; it copied the transcript's branch (the first model's).
void TestCompareColumns::copyGivesTheReplyShown()
{
    m_server.setReplyText(u"word "_s.repeated(60));
    m_server.setDefaultFault(u"drip=20"_s);
    compareWith({ ModelB });
    sendPrompt(u"a long answer please"_s);
    CompareColumns *columns = m_pane->compareColumns();
    CompareSession *compare = m_pane->compareSession();
    QTRY_VERIFY_WITH_TIMEOUT(!compare->reply(1).content.isEmpty(), 10000);
    compare->stopColumn(1); // so the two replies differ
    QVERIFY(waitForFinished());
    QVERIFY(compare->reply(0).content != compare->reply(1).content);
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(m_pane->input(), Qt::Key_2, Qt::AltModifier);
    QCOMPARE(columns->currentColumn(), 1);
    QTest::keyClick(m_pane->input(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), compare->reply(1).content);
    QTest::keyClick(m_pane->input(), Qt::Key_1, Qt::AltModifier);
    QTest::keyClick(m_pane->input(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), compare->reply(0).content);
}

// Four replies side by side with all their figures fit a 1,000-pixel pane (side by side from 900):
// the figures wrap instead of widening each column (the window grew and the conversation list was
// squeezed).
void TestCompareColumns::fourColumnsFitTheWindow()
{
    const QString fourth = u"mistralai/Mixtral-8x7B-Instruct-v0.1"_s;
    m_server.setReplyText(u"word "_s.repeated(20));
    m_server.setDefaultFault(u"drip=5"_s);
    m_pane->resize(1000, 700);
    compareWith({ ModelB, ModelC, fourth });
    sendPrompt(u"hi"_s);
    QVERIFY(waitForFinished());
    CompareColumns *columns = m_pane->compareColumns();
    QCOMPARE(columns->columnCount(), 4);
    QTRY_VERIFY(!columns->isTabbed());
    for (int i = 0; i < 4; ++i) {
        const QString stats = columns->column(i)->statsLabel()->text();
        QVERIFY2(stats.contains(u"tok/s"_s) && stats.contains(u"$"_s), qPrintable(stats));
    }
    QVERIFY2(m_pane->minimumSizeHint().width() <= 1000,
             qPrintable(QString::number(m_pane->minimumSizeHint().width())));
    QCOMPARE(m_pane->width(), 1000);
}

QTEST_MAIN(TestCompareColumns)
#include "tst_comparecolumns.moc"
