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
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/votestore.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

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
}

QTEST_MAIN(TestCompareColumns)
#include "tst_comparecolumns.moc"
