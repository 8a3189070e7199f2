// The status bar's connection state as the user sees it, with the whole GUI wired by
// GuiController against the fake server (or no server at all).
#include "api/apiclient.h"
#include "api/connectionstatus.h"
#include "chatpane.h"
#include "config/config.h"
#include "fakeserver.h"
#include "guicontroller.h"
#include "keydialog.h"
#include "mainwindow.h"
#include "modelpicker.h"
#include "rerankworkbench.h"
#include "throwawayhome.h"
#include "transcriptmodel.h"

#include <QAction>
#include <QDir>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSizeGrip>
#include <QStatusBar>
#include <QTabWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestStatusBar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void connectedAfterModelsAnswer();
    void keyRejectedAfter401();
    void offlineWhenServerIsDown();
    void chatOutcomesUpdateState();
    void rerankOutcomesUpdateState();
    void noKeyUntilOneIsEntered();
    void messagesShowWhole_data();
    void messagesShowWhole();
    void itemsDoNotKeepTheWindowWide();
    void rerankTabHidesChatItems();
    void noEmptySegment();
    void choosingDeprecatedModelWarns();
    void cutOrStalledReplyIsNotOffline();

private:
    QStringList arguments(const QString &baseUrl, const QStringList &extra = {}) const;
    static QLabel *connectionLabel(MainWindow *window);

    QTemporaryDir m_home;
    FakeServer m_server;
};

void TestStatusBar::initTestCase()
{
    QVERIFY(useThrowawayHome(m_home, u"SiftStatusBarTest"_s));
    QVERIFY(m_server.listen());
}

void TestStatusBar::init()
{
    // Every test starts without a cached model list, so the models are fetched.
    QDir(m_home.filePath(u"cache"_s)).removeRecursively();
    m_server.setRequiredKey({});
    m_server.setDefaultFault(FakeFault());
    m_server.clearRequests();
    qputenv("SIFT_TEST_KEY", "right-key");
}

void TestStatusBar::cleanup()
{
    qunsetenv("SIFT_TEST_KEY");
    m_server.setRequiredKey({});
}

QStringList TestStatusBar::arguments(const QString &baseUrl, const QStringList &extra) const
{
    return QStringList{ u"sift"_s, u"--base-url"_s, baseUrl + u"/v1/openai"_s } + extra;
}

QLabel *TestStatusBar::connectionLabel(MainWindow *window)
{
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == u"Connection state"_s)
            return label;
    }
    return nullptr;
}

void TestStatusBar::connectedAfterModelsAnswer()
{
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    bool sawModels = false;
    for (const FakeServer::Request &request : m_server.requests())
        sawModels = sawModels || request.path.endsWith("/models");
    QVERIFY(sawModels);

    // What the user sees: words beside an icon, with a description for screen readers.
    QLabel *label = connectionLabel(window);
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), u"Connected"_s);
    QVERIFY(!label->accessibleDescription().isEmpty());
    QVERIFY(!label->toolTip().isEmpty());
    QLabel *icon = nullptr;
    for (QLabel *candidate : window->statusBar()->findChildren<QLabel *>()) {
        if (candidate->accessibleName() == u"Connection state icon"_s)
            icon = candidate;
    }
    QVERIFY(icon);
    QVERIFY(!icon->pixmap().isNull());
    QCOMPARE(icon->accessibleDescription(), u"Connected"_s);
}

void TestStatusBar::keyRejectedAfter401()
{
    m_server.setRequiredKey("another-key");
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Key rejected"_s, 15000);
    QCOMPARE(controller.connectionStatus()->state(), ConnectionStatus::State::KeyRejected);
    QVERIFY(connectionLabel(window)->toolTip().contains(u"Settings"_s));
}

void TestStatusBar::offlineWhenServerIsDown()
{
    // A port nobody listens on: every request is refused.
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const QString deadUrl = u"http://127.0.0.1:%1"_s.arg(probe.serverPort());
    probe.close();

    GuiController controller;
    QVERIFY(controller.start(arguments(deadUrl, { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    // Refused connections are retried with backoff first.
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Offline — using documented models"_s,
                              30000);
    QCOMPARE(controller.connectionStatus()->lastError().kind, ApiError::Kind::Network);
}

void TestStatusBar::chatOutcomesUpdateState()
{
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    ChatPane *pane = window->chatPane();

    // The key is revoked between two chats.
    m_server.enqueueFault(u"status=401"_s);
    QTest::keyClicks(pane->input(), u"Hello"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Key rejected"_s, 15000);
    // The reply's error names the variable the key came from, not Settings (issue 12).
    QTRY_VERIFY(!pane->session()->isBusy());
    const ApiError error = pane->session()->messages().constLast().error;
    QCOMPARE(error.kind, ApiError::Kind::Auth);
    QVERIFY2(error.userMessage().contains(u"SIFT_TEST_KEY"_s), qPrintable(error.userMessage()));
    QVERIFY(!error.userMessage().contains(u"Open Settings"_s));

    // The next reply that arrives shows the connection works again.
    QTRY_VERIFY(!pane->session()->isBusy());
    QTest::keyClicks(pane->input(), u"Again"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    QTRY_VERIFY(!pane->session()->isBusy());
    QCOMPARE(pane->transcriptModel()->rowCount(), 4);
}

void TestStatusBar::rerankOutcomesUpdateState()
{
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    RerankWorkbench *workbench = window->rerankWorkbench();
    workbench->loadSample();

    // Every rerank request is refused: no model scores anything.
    m_server.setDefaultFault(u"status=401"_s);
    QSignalSpy finished(workbench, &RerankWorkbench::runFinished);
    workbench->runAction()->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(window->connectionStateText(), u"Key rejected"_s);

    m_server.setDefaultFault(FakeFault());
    workbench->runAction()->trigger();
    QVERIFY(finished.wait(20000));
    QCOMPARE(window->connectionStateText(), u"Connected"_s);
}

void TestStatusBar::noKeyUntilOneIsEntered()
{
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_UNSET_KEY"_s })));
    MainWindow *window = controller.window();
    KeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<KeyDialog *>()) && dialog->isVisible());
    QCOMPARE(window->connectionStateText(), u"No key"_s);
    QCOMPARE(window->keyStateText(), u"no key"_s);
    QVERIFY(connectionLabel(window)->toolTip().contains(u"Settings"_s));

    QTest::keyClicks(dialog->keyField(), u"typed-key"_s);
    QTest::keyClick(dialog->keyField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);

    QTRY_VERIFY(window->keyStateText() == u"key stored"_s
                || window->keyStateText() == u"key kept for this session only"_s);
    if (window->keyStateText() == u"key stored"_s) {
        // Leave the throwaway keyring as we found it.
        QSignalSpy cleared(controller.keyStore(), &KeyStore::clearFinished);
        controller.keyStore()->clear(controller.client()->endpoint().keyAccount());
        QVERIFY(cleared.wait());
    }
}

namespace {

QLabel *statusLabel(MainWindow *window, const QString &name)
{
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>()) {
        if (label->accessibleName() == name)
            return label;
    }
    return nullptr;
}

} // namespace

void TestStatusBar::messagesShowWhole_data()
{
    QTest::addColumn<int>("width");
    QTest::newRow("default window") << 1000;
    QTest::newRow("800 wide") << 800;
}

// A message shows whole, in a place of its own: no item on the right covers or cuts it
// ("Receiving the repl", "Could not" beside "42 tokens").
void TestStatusBar::messagesShowWhole()
{
    QFETCH(int, width);
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    window->resize(width, 600);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    window->setEndpointText(u"LiteLLM proxy at http://127.0.0.1:4000"_s);
    const QStringList messages = {
        window->tr("Receiving the reply… (Esc stops)"),
        u"Could not load the model list (the server answered 503). Showing the documented "
        "models."_s,
    };
    QLabel *label = statusLabel(window, u"Status message"_s);
    QVERIFY(label);
    for (const QString &message : messages) {
        window->statusBar()->showMessage(message);
        QTRY_COMPARE(label->text(), message);
        QVERIFY(label->isVisible());
        QTRY_VERIFY2(label->fontMetrics().horizontalAdvance(message)
                         <= label->contentsRect().width(),
                     qPrintable(u"%1 px for %2 px of text"_s.arg(label->contentsRect().width())
                                    .arg(label->fontMetrics().horizontalAdvance(message))));
        for (QWidget *item :
             window->statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (item != label && item->isVisible())
                QVERIFY2(!label->geometry().intersects(item->geometry()),
                         qPrintable(item->accessibleName()));
        }
    }
    // The items come back when the message goes.
    window->statusBar()->clearMessage();
    QTRY_VERIFY(statusLabel(window, u"Connection state"_s)->isVisible());
    QVERIFY(statusLabel(window, u"Endpoint"_s)->isVisible());
    QCOMPARE(label->text(), QString());
}

// Items shown in a wide window give way when it narrows: they never keep it wider than 800 px
// (their widths as the bar's minimum kept a window with a long endpoint name at 1,000 px, so
// the bar never got narrower and nothing gave way).
void TestStatusBar::itemsDoNotKeepTheWindowWide()
{
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    window->resize(1200, 600);
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    window->setEndpointText(u"LiteLLM proxy of the research group at http://127.0.0.1:4000"_s);
    QLabel *endpoint = statusLabel(window, u"Endpoint"_s);
    QTRY_VERIFY(endpoint->isVisible());
    window->resize(800, 600);
    QVERIFY2(window->minimumSizeHint().width() <= 800,
             qPrintable(u"minimum width %1"_s.arg(window->minimumSizeHint().width())));
    QTRY_COMPARE(window->width(), 800);
    // What is shown fits in the bar; the connection state, the most important item, is kept.
    QLabel *connection = statusLabel(window, u"Connection state"_s);
    QTRY_VERIFY(connection->isVisible());
    for (QWidget *item : window->statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
        if (item->isVisible())
            QVERIFY2(item->geometry().right() <= window->statusBar()->width(),
                     qPrintable(item->accessibleName()));
    }
}

// On the Rerank tab the status bar does not show the chat's model and token totals.
void TestStatusBar::rerankTabHidesChatItems()
{
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QLabel *model = statusLabel(window, u"Model"_s);
    QVERIFY(model);
    window->tabs()->setCurrentIndex(0);
    QTRY_VERIFY(model->isVisible());
    window->showRerank();
    QTRY_VERIFY(!model->isVisible());
    QVERIFY(!statusLabel(window, u"Conversation totals"_s)->isVisible());
    QVERIFY(statusLabel(window, u"Endpoint"_s)->isVisible());
    window->tabs()->setCurrentIndex(0);
    QTRY_VERIFY(model->isVisible());
}

// Issue 12: before the first reply the totals are empty; their segment (a separator with nothing
// beside it) does not show at the left of the bar. Every shown separator has a shown item.
void TestStatusBar::noEmptySegment()
{
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    window->tabs()->setCurrentIndex(0);
    QLabel *totals = statusLabel(window, u"Conversation totals"_s);
    QVERIFY(totals);
    // A new chat (earlier tests left conversations in the history, the newest reopens).
    QTRY_VERIFY(controller.store());
    window->chatPane()->newChatAction()->trigger();
    QTRY_VERIFY(totals->text().isEmpty());
    const auto shownSeparators = [window] {
        int count = 0;
        for (QFrame *frame :
             window->statusBar()->findChildren<QFrame *>(Qt::FindDirectChildrenOnly)) {
            if (frame->frameShape() == QFrame::VLine && frame->isVisible())
                ++count;
        }
        return count;
    };
    const auto shownItems = [window] {
        int count = 0;
        for (QWidget *child :
             window->statusBar()->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            auto *frame = qobject_cast<QFrame *>(child);
            const bool separator = frame && frame->frameShape() == QFrame::VLine;
            auto *label = qobject_cast<QLabel *>(child);
            const bool message = label && label->accessibleName() == u"Status message"_s;
            if (!separator && !message && child->isVisible()
                && child->metaObject() != &QSizeGrip::staticMetaObject
                && !child->inherits("QComboBox"))
                ++count;
        }
        return count;
    };
    QVERIFY(!totals->isVisible());
    QCOMPARE(shownSeparators(), shownItems());

    // After a reply the totals show, with their separator.
    ChatPane *pane = window->chatPane();
    QTest::keyClicks(pane->input(), u"Hello"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!totals->text().isEmpty(), 15000);
    QTRY_VERIFY(totals->isVisible());
    QCOMPARE(shownSeparators(), shownItems());
}

// The fake server lists Gryphe/MythoMax-L2-13b as deprecated: choosing it says so.
void TestStatusBar::choosingDeprecatedModelWarns()
{
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    ModelPicker *picker = window->chatPane()->modelPicker();
    picker->setShowDeprecated(true);
    picker->lineEdit()->setText(u"Gryphe/MythoMax-L2-13b"_s);
    QTest::keyClick(picker->lineEdit(), Qt::Key_Return);
    QCOMPARE(picker->currentModel(), u"Gryphe/MythoMax-L2-13b"_s);
    QTRY_VERIFY2(window->statusBar()->currentMessage().contains(u"deprecated"_s),
                 qPrintable(window->statusBar()->currentMessage()));
    QVERIFY(statusLabel(window, u"Status message"_s)->text().contains(u"MythoMax"_s));
}

// Issue 12 item 13: a reply cut or stalled mid-stream proves the server was reachable; the
// status bar must not say "Offline". The stall timeout comes from Settings (Config).
void TestStatusBar::cutOrStalledReplyIsNotOffline()
{
    {
        Config config;
        config.set(Config::StallTimeoutMs, 1500);
    }
    GuiController controller;
    QVERIFY(controller.start(
        arguments(m_server.baseUrl(), { u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QTRY_COMPARE_WITH_TIMEOUT(window->connectionStateText(), u"Connected"_s, 15000);
    // The GUI's client runs with the timeout from Settings.
    QCOMPARE(controller.client()->policy().stallTimeoutMs, 1500);
    ChatPane *pane = window->chatPane();
    TranscriptModel *model = pane->transcriptModel();
    QTRY_VERIFY(controller.store()); // the reopened conversation first, then a new one
    pane->newChat();

    m_server.enqueueFault(u"cut=2"_s);
    QTest::keyClicks(pane->input(), u"Cut me"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->session()->isBusy(), 15000);
    QCOMPARE(pane->session()->messages().last().state, Message::State::Failed);
    QVERIFY(!pane->session()->messages().last().content.isEmpty());
    QVERIFY2(!window->connectionStateText().startsWith(u"Offline"_s),
             qPrintable(window->connectionStateText()));

    m_server.enqueueFault(u"stall"_s);
    QTest::keyClicks(pane->input(), u"Stall me"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->session()->isBusy(), 15000);
    QCOMPARE(pane->session()->messages().last().state, Message::State::Failed);
    QCOMPARE(pane->session()->messages().last().error.kind, ApiError::Kind::Timeout);
    QVERIFY2(!window->connectionStateText().startsWith(u"Offline"_s),
             qPrintable(window->connectionStateText()));
    QCOMPARE(model->rowCount(), 4);
    Config().reset(Config::StallTimeoutMs);
}

QTEST_MAIN(TestStatusBar)
#include "tst_statusbar.moc"
