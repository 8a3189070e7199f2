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
#include "rerankworkbench.h"
#include "throwawayhome.h"
#include "transcriptmodel.h"

#include <QAction>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
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
    m_server.setDefaultFault({});
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
    // The key came from the environment: the variable is what to fix, not Settings → API key.
    QVERIFY2(connectionLabel(window)->toolTip().contains(u"SIFT_TEST_KEY"_s),
             qPrintable(connectionLabel(window)->toolTip()));
    QVERIFY(!connectionLabel(window)->toolTip().contains(u"Settings → API key"_s));
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

    m_server.setDefaultFault({});
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
