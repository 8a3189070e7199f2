// The GUI's start-up as a user meets it: options, the window, the key from the environment or
// asked for once, and a chat through the wired objects against the fake server.
#include "api/apiclient.h"
#include "chat/comparesession.h"
#include "chat/rendermarker.h"
#include "chatoptionspanel.h"
#include "chatpane.h"
#include "comparebar.h"
#include "config/config.h"
#include "conversationlistmodel.h"
#include "conversationsearch.h"
#include "conversationsidebar.h"
#include "evaluatetab.h"
#include "fakeserver.h"
#include "guicontroller.h"
#include "keydialog.h"
#include "knowledgepanel.h"
#include "lazypage.h"
#include "mainwindow.h"
#include "rerankworkbench.h"
#include "settingsdialog.h"
#include "statepalette.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "theme.h"
#include "throwawayhome.h"
#include "transcripthighlights.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "welcomepanel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace Qt::StringLiterals;

class TestGuiController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void badOptionsAreRefused_data();
    void badOptionsAreRefused();
    void demoNeedsTheDemoServer();
    void environmentKeyChatsInDemoMode();
    void comparisonCountsInTotals();
    void missingKeyIsAskedForOnce();
    void historyReopensWithInterruptedReply();
    void secondInstanceOpensReadOnly();
    void sidebarWidthIsRestored();
    void normalStartSwitchesKeyWithEndpoint();
    void switcherAndLabelAgree();
    void demoSaysEndpointIsFixed();
    void conversationThatEndedSiftIsNotReopened();
    void plainHttpNeedsConsentEndToEnd();
    void rerankWorkbenchIsBuiltWhenShown();
    void rerankMenuBuildsWorkbench();
    void sidebarSearchOpensHit();
    void otherTabsAreBuiltWhenShown();
    void chatPanelsAreBuiltWhenNeeded();
    void welcomeWaitsForTheHistory();
    void searchMarksMatchesInTranscript();

private:
    QStringList arguments(const QStringList &extra = {}) const;

    // Each test function gets a home of its own: none depends on what another left behind.
    std::unique_ptr<QTemporaryDir> m_home;
    FakeServer m_server;
};

void TestGuiController::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestGuiController::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(useThrowawayHome(*m_home, u"SiftGuiTest"_s));
    m_server.setDefaultFault(QString());
    m_server.clearRequests();
}

QStringList TestGuiController::arguments(const QStringList &extra) const
{
    return QStringList{ u"sift"_s, u"--base-url"_s, m_server.baseUrl() + u"/v1/openai"_s } + extra;
}

void TestGuiController::badOptionsAreRefused_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::newRow("unknown option") << QStringList{ u"--no-such-option"_s };
    QTest::newRow("bad kind") << QStringList{ u"--kind"_s, u"carrier-pigeon"_s };
    QTest::newRow("stray argument") << QStringList{ u"bogus"_s };
}

void TestGuiController::demoNeedsTheDemoServer()
{
    // Without --base-url, --demo would talk to the endpoint from Settings (by default the real
    // service) under a "Demo server" label. Settings point at the fake server here, so a
    // regression starts a window instead of reaching anything but 127.0.0.1.
    Endpoint local;
    local.name = u"Local"_s;
    local.kind = Endpoint::Kind::OpenAI;
    local.baseUrl = QUrl(m_server.baseUrl() + u"/v1"_s);
    {
        Config config;
        config.setEndpoints({ local });
        config.set(Config::ActiveEndpoint, local.name);
    }
    {
        GuiController controller;
        QVERIFY(!controller.start({ u"sift"_s, u"--demo"_s }));
        QVERIFY(!controller.window());
    }
    Config config;
    config.setEndpoints({ Endpoint::deepInfra() });
    config.reset(Config::ActiveEndpoint);
}

void TestGuiController::badOptionsAreRefused()
{
    QFETCH(QStringList, extra);
    GuiController controller;
    QVERIFY(!controller.start(arguments(extra)));
    QVERIFY(!controller.window());
}

void TestGuiController::environmentKeyChatsInDemoMode()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    m_server.setReplyText(u"Demo reply."_s);
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--demo"_s, u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QCOMPARE(window->windowTitle(), u"Sift"_s);
    QVERIFY(controller.isDemo());
    QTRY_COMPARE(window->keyStateText(), u"key from environment"_s);
    QVERIFY(controller.client()->hasApiKey());
    QVERIFY(!window->findChild<KeyDialog *>());

    ChatPane *pane = window->chatPane();
    QTest::keyClicks(pane->input(), u"Hi"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    TranscriptModel *model = pane->transcriptModel();
    QTRY_COMPARE(model->rowCount(), 2);
    QTRY_COMPARE(model->index(1).data(TranscriptModel::ContentRole).toString(), u"Demo reply."_s);
    // Once saved, the conversation's totals show in the status bar.
    QTRY_VERIFY(controller.store());
    QTRY_VERIFY(window->totalsText().contains(u"tokens"_s));
    QVERIFY(window->totalsText().contains(u"$"_s));
    bool sawChat = false;
    for (const FakeServer::Request &request : m_server.requests()) {
        if (request.path.endsWith("/chat/completions")) {
            sawChat = true;
            QCOMPARE(request.headers.value("authorization"), "Bearer env-key");
        }
    }
    QVERIFY(sawChat);

    // File → Settings… (Ctrl+,) opens the settings without blocking the window.
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *settings = nullptr;
    QTRY_VERIFY((settings = window->findChild<SettingsDialog *>()) && settings->isVisible());
    settings->reject();
    qunsetenv("SIFT_TEST_KEY");
}

void TestGuiController::comparisonCountsInTotals()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    m_server.setReplyText(u"Demo reply."_s);
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--demo"_s, u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QTRY_VERIFY(controller.store());
    ChatPane *pane = window->chatPane();
    pane->compareAction()->trigger();
    pane->compareBar()->setModels({ u"meta-llama/Meta-Llama-3-70B-Instruct"_s });
    QSignalSpy finished(pane->compareSession(), &CompareSession::finished);
    QTest::keyClicks(pane->input(), u"Hi"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    QVERIFY(finished.wait(10000));
    // Both replies count in the conversation's totals in the status bar.
    const UsageTotals totals = controller.store()->totals(pane->session()->conversationId());
    QCOMPARE(totals.replies, 2);
    QTRY_VERIFY2(window->totalsText().contains(u"$"_s), qPrintable(window->totalsText()));
    QVERIFY(window->totalsText().contains(
        QLocale().toString(int(totals.promptTokens + totals.completionTokens))));
    qunsetenv("SIFT_TEST_KEY");
}

void TestGuiController::missingKeyIsAskedForOnce()
{
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_UNSET_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(window->isVisible()); // the window is up before the keychain answers

    // Whatever the keychain says (no key, or no keychain at all), Sift asks for the key.
    KeyDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window->findChild<KeyDialog *>()) && dialog->isVisible());
    QCOMPARE(window->keyStateText(), u"no key"_s);
    QVERIFY(!controller.client()->hasApiKey());
    // scripts/test provides a keyring, so there the key must go into it and no banner may show;
    // by hand, without one, the banner must say so.
    const bool keychain = window->bannerText().isEmpty();
    if (qEnvironmentVariableIntValue("SIFT_REQUIRE_ENVIRONMENT") == 1)
        QVERIFY2(keychain, qPrintable(window->bannerText()));
    else if (!keychain) {
        QVERIFY2(window->bannerText().contains(u"No keychain is available"_s),
                 qPrintable(window->bannerText()));
        // The keychain's own words (D-Bus addresses, object paths) are details, in the tooltip.
        QVERIFY2(!window->bannerText().contains(u"D-Bus"_s), qPrintable(window->bannerText()));
        QVERIFY(!window->bannerDetails().isEmpty());
    }

    QTest::keyClicks(dialog->keyField(), u"typed-key"_s);
    QTest::keyClick(dialog->keyField(), Qt::Key_Return);
    QVERIFY(controller.client()->hasApiKey());
    QCOMPARE(controller.client()->apiKey(), u"typed-key"_s);
    QTRY_COMPARE(window->keyStateText(),
                 keychain ? u"key stored"_s : u"key kept for this session only"_s);
    if (window->keyStateText() == u"key stored"_s) {
        // Leave the throwaway keyring as we found it.
        QSignalSpy cleared(controller.keyStore(), &KeyStore::clearFinished);
        controller.keyStore()->clear(controller.client()->endpoint().keyAccount());
        QVERIFY(cleared.wait());
    }
}

void TestGuiController::historyReopensWithInterruptedReply()
{
    qint64 conversation = 0;
    qint64 question = 0;
    {
        // What a Sift killed mid-reply leaves behind: a reply still marked streaming.
        Database db;
        QVERIFY(db.open(Database::defaultPath()).ok());
        ConversationStore store(&db);
        conversation = store.createConversation();
        Message user;
        user.content = u"Tell me a crash story"_s;
        QVERIFY(store.addMessage(conversation, user));
        question = user.id;
        Message reply;
        reply.role = Message::Role::Assistant;
        reply.parentId = user.id;
        reply.state = Message::State::Streaming;
        reply.content = u"Once upon a"_s;
        QVERIFY(store.addMessage(conversation, reply));
    }
    qputenv("SIFT_TEST_KEY", "env-key");
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(window->isVisible());
    QVERIFY(!controller.store()); // opened after the window shows
    QTRY_VERIFY(controller.store());
    QVERIFY(!controller.database()->isReadOnly());

    TranscriptModel *model = window->chatPane()->transcriptModel();
    // Read on a worker: shown a moment after the history opens.
    QTRY_COMPARE(window->chatPane()->session()->conversationId(), conversation);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->index(1).data(TranscriptModel::ContentRole).toString(), u"Once upon a"_s);
    QCOMPARE(model->index(1).data(TranscriptModel::StateTextRole).toString(), u"interrupted"_s);
    ConversationListModel *list = window->sidebar()->model();
    QVERIFY(list->rowOf(conversation) >= 0);
    QCOMPARE(list->index(list->rowOf(conversation)).data().toString(), u"Tell me a crash story"_s);
    QCOMPARE(window->sidebar()->selectedId(), conversation);

    // A search hit opens its conversation with the message selected.
    window->chatPane()->newChat();
    QCOMPARE(model->rowCount(), 0);
    window->showMessage(conversation, question);
    QCOMPARE(window->chatPane()->session()->conversationId(), conversation);
    QCOMPARE(window->chatPane()->transcriptView()->selectedRow(), 0);
    qunsetenv("SIFT_TEST_KEY");
}

void TestGuiController::secondInstanceOpensReadOnly()
{
    Database first; // the other Sift, holding the lock
    QVERIFY(first.open(Database::defaultPath()).ok());
    qint64 conversation = 0;
    {
        ConversationStore store(&first);
        conversation = store.createConversation(u"Held by the other window"_s);
        Message message;
        message.content = u"Written by the first Sift"_s;
        QVERIFY(store.addMessage(conversation, message));
    }
    qputenv("SIFT_TEST_KEY", "env-key");
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    QTRY_VERIFY(controller.store());
    QVERIFY(controller.database()->isReadOnly());
    QVERIFY(controller.window()->bannerText().contains(u"read-only"_s));
    // The history can still be read.
    QTRY_VERIFY(controller.window()->sidebar()->model()->rowOf(conversation) >= 0);
    qunsetenv("SIFT_TEST_KEY");
}

void TestGuiController::sidebarWidthIsRestored()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    int width = 0;
    {
        GuiController controller;
        QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
        QSplitter *splitter = controller.window()->chatSplitter();
        const int total = splitter->sizes().at(0) + splitter->sizes().at(1);
        splitter->setSizes({ 150, total - 150 });
        width = splitter->sizes().at(0);
        QVERIFY(width > 0);
        controller.window()->close(); // saves the window state
    }
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    QCOMPARE(controller.window()->chatSplitter()->sizes().at(0), width);
    qunsetenv("SIFT_TEST_KEY");
}

// Issue 12: the GUI's normal start (endpoints from Settings, no --base-url) with
// DEEPINFRA_API_KEY set. The DeepInfra endpoint gets that key; switching to a proxy sends the
// proxy's own key from the keychain, never the DeepInfra one.
void TestGuiController::normalStartSwitchesKeyWithEndpoint()
{
    FakeServer proxyServer;
    QVERIFY(proxyServer.listen());
    m_server.clearRequests();
    m_server.setReplyText(QString());
    Endpoint deepInfra;
    deepInfra.baseUrl = QUrl(m_server.baseUrl() + u"/v1/openai"_s);
    Endpoint proxy;
    proxy.name = u"Proxy-"_s + QString::number(QCoreApplication::applicationPid());
    proxy.kind = Endpoint::Kind::OpenAI;
    proxy.baseUrl = QUrl(proxyServer.baseUrl() + u"/v1"_s);
    {
        Config config;
        config.setEndpoints({ deepInfra, proxy });
        config.set(Config::ActiveEndpoint, deepInfra.name);
    }
    qputenv("DEEPINFRA_API_KEY", "di-env-key");

    GuiController controller;
    QVERIFY(controller.start({ u"sift"_s }));
    MainWindow *window = controller.window();
    QTRY_COMPARE(window->keyStateText(), u"key from environment"_s);
    QCOMPARE(controller.client()->endpoint().name, deepInfra.name);
    QCOMPARE(controller.client()->apiKey(), u"di-env-key"_s);
    // The proxy's own key, as Settings would store it.
    QSignalSpy written(controller.keyStore(), &KeyStore::writeFinished);
    controller.keyStore()->write(proxy.keyAccount(), u"proxy-own-key"_s);
    QVERIFY(written.wait());

    auto *combo = window->statusBar()->findChild<QComboBox *>(u"endpointSwitch"_s);
    QVERIFY(combo);
    QVERIFY(combo->isVisibleTo(window));
    const int index = combo->findText(proxy.name);
    QVERIFY(index >= 0);
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index);
    QCOMPARE(controller.client()->endpoint().name, proxy.name);
    QTRY_VERIFY(window->keyStateText() == u"key stored"_s
                || window->keyStateText() == u"key kept for this session only"_s);
    QCOMPARE(controller.client()->apiKey(), u"proxy-own-key"_s);

    ChatPane *pane = window->chatPane();
    pane->newChat();
    QTest::keyClicks(pane->input(), u"via proxy"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    QTRY_COMPARE(pane->transcriptModel()->rowCount(), 2);
    QTRY_COMPARE(pane->transcriptModel()->index(1).data(TranscriptModel::ContentRole).toString(),
                 u"Hello! You said: via proxy"_s);
    bool sawChat = false;
    for (const FakeServer::Request &request : proxyServer.requests()) {
        sawChat = sawChat || request.path.endsWith("/chat/completions");
        QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer proxy-own-key"));
    }
    QVERIFY(sawChat);

    // Back to DeepInfra: the environment key again.
    const int back = combo->findText(deepInfra.name);
    combo->setCurrentIndex(back);
    Q_EMIT combo->activated(back);
    QTRY_COMPARE(window->keyStateText(), u"key from environment"_s);
    QCOMPARE(controller.client()->apiKey(), u"di-env-key"_s);

    // Issue 19 item 4: DEEPINFRA_API_KEY is never stored: not in the keychain, not in Sift.conf.
    QSignalSpy read(controller.keyStore(), &KeyStore::readFinished);
    controller.keyStore()->read(deepInfra.keyAccount());
    QVERIFY(read.wait());
    QVERIFY(read.last().at(1).value<KeyStore::Result>().key != u"di-env-key"_s);
    {
        Config config;
        config.sync();
        QFile file(config.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("di-env-key"));
    }
    qunsetenv("DEEPINFRA_API_KEY");
    QSignalSpy cleared(controller.keyStore(), &KeyStore::clearFinished);
    controller.keyStore()->clear(proxy.keyAccount());
    QVERIFY(cleared.wait());
    Config config;
    config.setEndpoints({ Endpoint::deepInfra() });
    config.reset(Config::ActiveEndpoint);
}

static QString endpointLabelText(MainWindow *window)
{
    for (QLabel *label : window->statusBar()->findChildren<QLabel *>())
        if (label->accessibleName() == u"Endpoint"_s)
            return label->text();
    return {};
}

static SettingsDialog *openSettings(MainWindow *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    SettingsDialog *settings = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (settings = window->findChild<SettingsDialog *>()) && settings->isVisible(); },
        5000);
    return shown ? settings : nullptr;
}

static QComboBox *comboNamed(QWidget *parent, const QString &accessibleName)
{
    for (QComboBox *combo : parent->findChildren<QComboBox *>())
        if (combo->accessibleName() == accessibleName)
            return combo;
    return nullptr;
}

// Issue 12 item 6: the status bar's switcher and its endpoint label name the same endpoint,
// whether the user switched in the combo box or in Settings.
void TestGuiController::switcherAndLabelAgree()
{
    Endpoint first;
    first.name = u"First"_s;
    first.kind = Endpoint::Kind::OpenAI;
    first.baseUrl = QUrl(m_server.baseUrl() + u"/v1"_s);
    Endpoint second = first;
    second.name = u"Second"_s;
    {
        Config config;
        config.setEndpoints({ first, second });
        config.set(Config::ActiveEndpoint, first.name);
    }
    GuiController controller;
    QVERIFY(controller.start({ u"sift"_s }));
    MainWindow *window = controller.window();
    auto *combo = window->statusBar()->findChild<QComboBox *>(u"endpointSwitch"_s);
    QVERIFY(combo);
    QCOMPARE(combo->currentText(), u"First"_s);
    QCOMPARE(endpointLabelText(window), u"First"_s);

    combo->setCurrentIndex(1);
    Q_EMIT combo->activated(1);
    QCOMPARE(controller.client()->endpoint().name, u"Second"_s);
    QCOMPARE(endpointLabelText(window), u"Second"_s);
    QCOMPARE(combo->currentText(), u"Second"_s);

    SettingsDialog *settings = openSettings(window);
    QVERIFY(settings);
    QComboBox *active = comboNamed(settings, u"Active endpoint"_s);
    QVERIFY(active);
    active->setCurrentIndex(active->findText(u"First"_s));
    settings->accept();
    QCOMPARE(controller.client()->endpoint().name, u"First"_s);
    QCOMPARE(endpointLabelText(window), u"First"_s);
    QCOMPARE(combo->currentText(), u"First"_s);

    Config config;
    config.setEndpoints({ Endpoint::deepInfra() });
    config.reset(Config::ActiveEndpoint);
}

// Friction (issue 12): in --demo, choosing another endpoint in Settings is not silently
// ignored: the dialog and the status bar say it applies from the next start.
void TestGuiController::demoSaysEndpointIsFixed()
{
    Endpoint other;
    other.name = u"Elsewhere"_s;
    other.kind = Endpoint::Kind::OpenAI;
    other.baseUrl = QUrl(m_server.baseUrl() + u"/v1"_s);
    {
        Config config;
        config.setEndpoints({ Endpoint::deepInfra(), other });
        config.reset(Config::ActiveEndpoint);
    }
    qputenv("SIFT_TEST_KEY", "env-key");
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--demo"_s, u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    const Endpoint before = controller.client()->endpoint();
    SettingsDialog *settings = openSettings(window);
    QVERIFY(settings);
    QLabel *note = nullptr;
    for (QLabel *label : settings->findChildren<QLabel *>())
        if (label->accessibleName() == u"Active endpoint note"_s)
            note = label;
    QVERIFY(note);
    QVERIFY(note->isVisible());
    QVERIFY2(note->text().contains(u"--demo"_s), qPrintable(note->text()));
    QComboBox *active = comboNamed(settings, u"Active endpoint"_s);
    active->setCurrentIndex(active->findText(u"Elsewhere"_s));
    settings->accept();
    QCOMPARE(controller.client()->endpoint(), before);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"next start"_s),
             qPrintable(window->statusBar()->currentMessage()));
    qunsetenv("SIFT_TEST_KEY");
    Config config;
    config.setEndpoints({ Endpoint::deepInfra() });
    config.reset(Config::ActiveEndpoint);
}

void TestGuiController::conversationThatEndedSiftIsNotReopened()
{
    const auto addConversation = [](const QString &text) {
        Database db;
        if (!db.open(Database::defaultPath()).ok())
            return qint64(0);
        ConversationStore store(&db);
        const qint64 id = store.createConversation();
        Message user;
        user.content = text;
        store.addMessage(id, user);
        return id;
    };
    qputenv("SIFT_TEST_KEY", "env-key");
    const qint64 hostile = addConversation(u"The reply that crashed the renderer"_s);
    QVERIFY(hostile > 0);
    RenderMarker marker;
    QVERIFY(!marker.path().isEmpty());
    {
        // Reopened at start: the marker is written before it is drawn, removed once it was.
        GuiController controller;
        QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
        QTRY_COMPARE(controller.window()->chatPane()->session()->conversationId(), hostile);
        QTRY_VERIFY(!QFile::exists(marker.path()));
    }
    {
        // What a start that crashed or hung while drawing it leaves behind.
        QVERIFY(marker.set(hostile));
        QCOMPARE(marker.pending(), hostile);
        GuiController controller;
        QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
        QTRY_VERIFY(controller.store());
        ChatPane *pane = controller.window()->chatPane();
        QCOMPARE(pane->session()->conversationId(), 0);
        QCOMPARE(pane->transcriptModel()->rowCount(), 0);
        QVERIFY2(controller.window()->bannerText().contains(u"The reply that crashed"_s),
                 qPrintable(controller.window()->bannerText()));
        // Still listed; opening it by choice and drawing it clears the marker.
        QVERIFY(controller.window()->sidebar()->model()->rowOf(hostile) >= 0);
        QVERIFY(pane->session()->openConversation(hostile));
        QTRY_VERIFY(!QFile::exists(marker.path()));
    }
    qunsetenv("SIFT_TEST_KEY");
}

// Issue 19 item 4: plain http to another machine, end to end. Without consent nothing leaves
// Sift; with consent given in Settings the request goes out. The client's traffic is sent
// through a local proxy (a fake server), so no connection to anything but 127.0.0.1 is ever
// made, and any attempt would be seen there.
void TestGuiController::plainHttpNeedsConsentEndToEnd()
{
    FakeServer network;
    QVERIFY(network.listen());
    Endpoint remote;
    remote.name = u"Remote"_s;
    remote.kind = Endpoint::Kind::OpenAI;
    remote.baseUrl = QUrl(u"http://sift-remote.example:8080/v1"_s);
    {
        Config config;
        config.setEndpoints({ remote });
        config.set(Config::ActiveEndpoint, remote.name);
    }
    qputenv("SIFT_TEST_KEY", "remote-key");
    GuiController controller;
    QVERIFY(controller.start({ u"sift"_s, u"--api-key-env"_s, u"SIFT_TEST_KEY"_s }));
    controller.client()->networkManager()->setProxy(
        QNetworkProxy(QNetworkProxy::HttpProxy, u"127.0.0.1"_s, network.port()));
    MainWindow *window = controller.window();
    QTRY_COMPARE(window->connectionStateText(), u"Blocked — insecure endpoint"_s);

    ChatPane *pane = window->chatPane();
    pane->newChat();
    QTest::keyClicks(pane->input(), u"over plain http"_s);
    QTest::keyClick(pane->input(), Qt::Key_Return);
    QTRY_VERIFY(!pane->session()->isBusy());
    QCOMPARE(pane->session()->messages().last().error.kind, ApiError::Kind::Insecure);
    QCOMPARE(network.requestCount(), 0);

    SettingsDialog *settings = openSettings(window);
    QVERIFY(settings);
    QCheckBox *consent = nullptr;
    for (QCheckBox *box : settings->findChildren<QCheckBox *>())
        if (box->accessibleName() == u"Send the key unencrypted"_s)
            consent = box;
    QVERIFY(consent);
    QVERIFY(consent->isVisible());
    consent->setChecked(true);
    settings->accept();
    QVERIFY(controller.client()->endpoint().insecureConsent);
    QTRY_VERIFY_WITH_TIMEOUT(network.requestCount() > 0, 10000);
    const FakeServer::Request request = network.requests().first();
    QVERIFY2(request.path.contains("sift-remote.example:8080/v1/models"), request.path.constData());
    QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer remote-key"));

    qunsetenv("SIFT_TEST_KEY");
    Config config;
    config.setEndpoints({ Endpoint::deepInfra() });
    config.reset(Config::ActiveEndpoint);
}

// Start-up (issue 12): the workbench is not part of the first paint. It is built when its tab
// is shown or a Rerank menu command needs it, and gets then what the window was given before:
// the demo's sample, the client, the store.
void TestGuiController::rerankWorkbenchIsBuiltWhenShown()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--demo"_s, u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(controller.store());
    QVERIFY(!window->hasRerankWorkbench());
    // The menu's commands are there before the workbench.
    QVERIFY(window->rerankActions().run->isEnabled());
    QVERIFY(!window->rerankActions().cancel->isEnabled());

    window->tabs()->setCurrentIndex(1);
    QVERIFY(window->hasRerankWorkbench());
    RerankWorkbench *workbench = window->rerankWorkbench();
    QVERIFY(workbench->isVisible());
    QCOMPARE(workbench->currentSet().query, WorkbenchSession::sampleSet().query);
    QVERIFY(workbench->store());
    QCOMPARE(workbench->session()->apiClient(), controller.client());
    // The menu's Run runs this workbench; its Cancel follows the run.
    QSignalSpy finished(workbench, &RerankWorkbench::runFinished);
    window->rerankActions().run->trigger();
    QVERIFY(workbench->isRunning());
    QVERIFY(window->rerankActions().cancel->isEnabled());
    QVERIFY(finished.wait(20000));
    QVERIFY(!workbench->results().isEmpty());
    QVERIFY(!window->rerankActions().cancel->isEnabled());
    qunsetenv("SIFT_TEST_KEY");
}

// Without the Rerank tab ever shown, a Rerank menu command builds the workbench and brings it
// to the front; quitting without it asks nothing and saves nothing.
void TestGuiController::rerankMenuBuildsWorkbench()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    {
        GuiController controller;
        QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
        MainWindow *window = controller.window();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(!window->hasRerankWorkbench());
        QVERIFY(window->close());
        QVERIFY(!window->hasRerankWorkbench());
    }
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QVERIFY(!window->hasRerankWorkbench());
    // Load Example is in the menu bar's Rerank menu, not only in the workbench's Set menu.
    bool inMenuBar = false;
    for (QAction *menu : window->menuBar()->actions()) {
        if (menu->menu() && menu->menu()->actions().contains(window->rerankActions().loadExample))
            inMenuBar = true;
    }
    QVERIFY(inMenuBar);
    window->rerankActions().loadExample->trigger();
    QVERIFY(window->hasRerankWorkbench());
    QCOMPARE(window->tabs()->currentWidget(), window->rerankPage());
    QCOMPARE(window->rerankWorkbench()->currentSet().query, WorkbenchSession::sampleSet().query);
    qunsetenv("SIFT_TEST_KEY");
}

// Issue 12: the search is a box at the top of the sidebar (Ctrl+F, Ctrl+Shift+F), not a modal
// dialog. Its hits replace the list; Return opens the conversation with the hit selected and in
// view.
void TestGuiController::sidebarSearchOpensHit()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(controller.store());
    ConversationStore *store = controller.store();
    // A long conversation with the word far from its end, and another one opened now.
    const qint64 target = store->createConversation();
    qint64 parent = 0;
    qint64 hit = 0;
    for (int i = 0; i < 40; ++i) {
        Message message;
        message.role = i % 2 ? Message::Role::Assistant : Message::Role::User;
        message.parentId = parent;
        message.content = i == 3 ? u"The zebra crossing is on the left."_s
                                 : u"Filler message number %1 with some text."_s.arg(i);
        store->addMessage(target, message);
        parent = message.id;
        if (i == 3)
            hit = message.id;
    }
    const qint64 other = store->createConversation();
    window->chatPane()->session()->openConversation(other);
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    ConversationSearch *search = window->sidebar()->search();
    for (const QKeySequence &keys :
         { QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) }) {
        window->chatPane()->input()->setFocus();
        QTest::keySequence(window, keys);
        QTRY_COMPARE(QApplication::focusWidget(), search->queryEdit());
    }
    QVERIFY(!window->findChild<QDialog *>());
    QTest::keyClicks(search->queryEdit(), u"zebra"_s);
    QTRY_COMPARE(search->resultsModel()->rowCount(), 1);
    QVERIFY(search->resultsView()->isVisible());
    QVERIFY(!window->sidebar()->listView()->isVisible());
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);

    QCOMPARE(window->chatPane()->session()->conversationId(), target);
    TranscriptView *view = window->chatPane()->transcriptView();
    const int row = window->chatPane()->transcriptModel()->rowOfMessage(hit);
    QVERIFY(row >= 0);
    QCOMPARE(view->currentIndex().row(), row);
    QVERIFY(view->selectionModel()->isSelected(view->currentIndex()));
    QTRY_VERIFY(view->viewport()->rect().intersects(view->visualRect(view->currentIndex())));

    // Esc in the box clears it; the list is back.
    QTest::keyClick(search->queryEdit(), Qt::Key_Escape);
    QVERIFY(search->queryEdit()->text().isEmpty());
    QTRY_VERIFY(window->sidebar()->listView()->isVisible());
    qunsetenv("SIFT_TEST_KEY");
}

// Start-up (issue 12): the first paint builds only the tab on screen. Every other tab is a
// LazyPage that builds its contents when first shown, so a new tab cannot slow the start.
// Like the other tabs, the chat's hidden panels wait until they are needed: the Parameters panel
// (built when opened, showing the remembered values) and a reply's Retrieval panel.
void TestGuiController::chatPanelsAreBuiltWhenNeeded()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    {
        Config config;
        config.set(Config::Temperature, 0.4);
    }
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(controller.store());
    ChatPane *chat = window->chatPane();
    QVERIFY(!chat->parametersBuilt());
    QVERIFY(!chat->hasRetrievalPanel());
    QVERIFY(chat->findChildren<QDoubleSpinBox *>().isEmpty());

    auto *toggle = chat->findChild<QToolButton *>(u"parametersToggle"_s);
    QVERIFY(toggle);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(chat->parametersBuilt());
    auto *temperature = chat->findChild<QDoubleSpinBox *>();
    QVERIFY(temperature);
    QTRY_VERIFY(temperature->isVisible());
    QCOMPARE(temperature->value(), 0.4);
    QVERIFY(chat->optionsPanel()->isVisible());
}

// The welcome depends on the history (is the chat empty?), which opens after the first paint:
// it is not drawn before, and a returning user's conversation comes without it showing first.
void TestGuiController::welcomeWaitsForTheHistory()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    {
        GuiController controller;
        QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
        ChatPane *chat = controller.window()->chatPane();
        QVERIFY(!chat->findChild<WelcomePanel *>());
        QVERIFY(QTest::qWaitForWindowExposed(controller.window()));
        QTRY_VERIFY(controller.store());
        // An empty history: the welcome shows, and its example goes to the message box.
        auto *welcome = chat->findChild<WelcomePanel *>();
        QVERIFY(welcome);
        QTRY_VERIFY(welcome->isVisible());
        QCOMPARE(welcome->geometry(), chat->transcriptView()->viewport()->rect());
        auto *example = welcome->findChild<QPushButton *>();
        QVERIFY(example);
        QTest::mouseClick(example, Qt::LeftButton);
        QCOMPARE(chat->input()->toPlainText(), example->text());
        QTest::keyClick(chat->input(), Qt::Key_Return);
        QTRY_COMPARE(chat->transcriptModel()->rowCount(), 2);
        QVERIFY(!welcome->isVisible());
        QTRY_VERIFY(!chat->session()->isBusy());
    }
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    ChatPane *chat = controller.window()->chatPane();
    QVERIFY(QTest::qWaitForWindowExposed(controller.window()));
    QTRY_VERIFY(controller.store());
    QTRY_COMPARE(chat->transcriptModel()->rowCount(), 2);
    QVERIFY(!chat->findChild<WelcomePanel *>());
    // A new chat is empty: the welcome now.
    chat->newChatAction()->trigger();
    QTRY_VERIFY(chat->welcomePanel()->isVisible());
}

void TestGuiController::otherTabsAreBuiltWhenShown()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(controller.store());
    QTabWidget *tabs = window->tabs();
    QCOMPARE(tabs->currentWidget(), window->chatSplitter());
    QVERIFY(tabs->count() >= 3);
    for (int i = 0; i < tabs->count(); ++i) {
        if (i == tabs->currentIndex())
            continue;
        const auto *page = qobject_cast<LazyPage *>(tabs->widget(i));
        QVERIFY2(page,
                 qPrintable(u"the tab “%1” is built at start: make it a LazyPage"_s.arg(
                     tabs->tabText(i))));
        QVERIFY(!page->isBuilt());
        QVERIFY(page->findChildren<QWidget *>().isEmpty());
    }
    // Shown, each one builds itself and shows its contents.
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (auto *page = qobject_cast<LazyPage *>(tabs->widget(i))) {
            QVERIFY(page->isBuilt());
            QVERIFY(page->content()->isVisible());
        }
    }
    QVERIFY(window->evaluateTab());
    QVERIFY(window->knowledgePanel()->isVisible());
    qunsetenv("SIFT_TEST_KEY");
}

namespace {
// How many pixels of the transcript are painted in exactly this colour.
int pixelsOf(TranscriptView *view, const QColor &color)
{
    const QImage image = view->viewport()->grab().toImage();
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixel(x, y) == color.rgb())
                ++count;
        }
    }
    return count;
}
} // namespace

// Issue 12: a search hit opens its conversation with every match of the words marked, the one
// in the hit's message current; "n of m" under the field; F3/Shift+F3 and Return/Shift+Return in
// the field move through them (into a long reply's far end too); Esc clears. Readable in light
// and dark.
void TestGuiController::searchMarksMatchesInTranscript()
{
    qputenv("SIFT_TEST_KEY", "env-key");
    GuiController controller;
    QVERIFY(controller.start(arguments({ u"--api-key-env"_s, u"SIFT_TEST_KEY"_s })));
    MainWindow *window = controller.window();
    window->resize(1000, 720);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QTRY_VERIFY(controller.store());
    ConversationStore *store = controller.store();
    // Five matches: one in the question, two in a long reply (its first line and its far end),
    // two in the last message (accents and case folded, the last word typed as a prefix).
    const qint64 target = store->createConversation();
    QString longReply = u"The **zebra** is here.\n\n"_s;
    for (int i = 0; i < 60; ++i)
        longReply
            += u"Paragraph %1 says nothing of note, only filler words to make it long.\n\n"_s.arg(
                i);
    longReply += u"A last zebra at the very end."_s;
    const QStringList contents{ u"Where is the zebra?"_s, longReply,
                                u"Zébra with an accent, and ZEBRAS too"_s };
    QList<qint64> ids;
    qint64 parent = 0;
    for (int i = 0; i < contents.size(); ++i) {
        Message message;
        message.role = i == 1 ? Message::Role::Assistant : Message::Role::User;
        message.parentId = parent;
        message.content = contents.at(i);
        store->addMessage(target, message);
        parent = message.id;
        ids << message.id;
    }
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));

    ConversationSearch *search = window->sidebar()->search();
    window->openSearch();
    QTest::keyClicks(search->queryEdit(), u"zebra"_s);
    QTRY_COMPARE(search->resultsModel()->rowCount(), 3);
    QTRY_VERIFY(!search->isSearching());
    // Choose the hit in the question.
    for (int row = 0; row < search->resultsModel()->rowCount(); ++row) {
        const QModelIndex index = search->resultsModel()->index(row, 0);
        if (index.data(ConversationSearch::MessageIdRole).toLongLong() == ids.first())
            search->resultsView()->setCurrentIndex(index);
    }
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);
    QCOMPARE(window->chatPane()->session()->conversationId(), target);
    TranscriptView *view = window->chatPane()->transcriptView();
    TranscriptHighlights *highlights = view->highlights();
    QTRY_COMPARE(search->matchLabel()->text(), u"1 of 5"_s);
    QVERIFY(search->matchLabel()->isVisible());
    QCOMPARE(highlights->current().row,
             window->chatPane()->transcriptModel()->rowOfMessage(ids.first()));
    QCOMPARE(highlights->matchesIn(2).size(), 2);

    // Every match marked, the current one in the selection colour.
    const QPalette palette = view->palette();
    QTRY_VERIFY(pixelsOf(view, TranscriptHighlights::matchBackground(palette)) > 50);
    const auto currentIsDrawn = [&](const QPalette &palette) {
        const QRect rect = view->currentMatchRect();
        if (rect.isEmpty() || !view->viewport()->rect().contains(rect))
            return false;
        const QRgb pixel
            = view->viewport()->grab().toImage().pixel(rect.left() + 1, rect.top() + 1);
        // In the selection colour (active or inactive, as the window has the focus or not),
        // give or take the shading the style lays over a selected message.
        const QColor drawn(pixel);
        for (const auto group : { QPalette::Active, QPalette::Inactive }) {
            QPalette p = palette;
            p.setCurrentColorGroup(group);
            const QColor want = TranscriptHighlights::currentBackground(p);
            if (std::abs(drawn.red() - want.red()) <= 16
                && std::abs(drawn.green() - want.green()) <= 16
                && std::abs(drawn.blue() - want.blue()) <= 16)
                return true;
        }
        return false;
    };
    QTRY_VERIFY(currentIsDrawn(palette));

    // F3 on, Shift+F3 back; the far end of the long reply comes into view.
    QTest::keyClick(window, Qt::Key_F3);
    QTRY_COMPARE(search->matchLabel()->text(), u"2 of 5"_s);
    QTest::keyClick(window, Qt::Key_F3);
    QTRY_COMPARE(search->matchLabel()->text(), u"3 of 5"_s);
    QTRY_VERIFY(currentIsDrawn(palette));
    QTest::keyClick(window, Qt::Key_F3, Qt::ShiftModifier);
    QTRY_COMPARE(search->matchLabel()->text(), u"2 of 5"_s);
    QTRY_VERIFY(currentIsDrawn(palette));
    // Return and Shift+Return in the field, on the hit already opened.
    search->queryEdit()->setFocus();
    QTest::keyClick(search->queryEdit(), Qt::Key_Return);
    QTRY_COMPARE(search->matchLabel()->text(), u"3 of 5"_s);
    QTest::keyClick(search->queryEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QTRY_COMPARE(search->matchLabel()->text(), u"2 of 5"_s);
    QCOMPARE(window->chatPane()->session()->conversationId(), target);

    // Dark: the marks are still there, and their text reads on them.
    Theme::apply(Theme::Choice::Dark);
    const QPalette dark = QApplication::palette();
    QVERIFY(StatePalette::isDark(dark));
    QVERIFY(StatePalette::contrast(dark.color(QPalette::Text),
                                   TranscriptHighlights::matchBackground(dark))
            >= 4.5);
    QVERIFY(StatePalette::contrast(TranscriptHighlights::currentForeground(dark),
                                   TranscriptHighlights::currentBackground(dark))
            >= 4.5);
    QTest::keyClick(search->queryEdit(), Qt::Key_Return, Qt::ShiftModifier);
    QTRY_COMPARE(search->matchLabel()->text(), u"1 of 5"_s);
    QTRY_VERIFY(pixelsOf(view, TranscriptHighlights::matchBackground(dark)) > 50);
    QTRY_VERIFY(currentIsDrawn(dark));
    Theme::apply(Theme::Choice::Light);
    const QPalette light = QApplication::palette();
    QVERIFY(StatePalette::contrast(light.color(QPalette::Text),
                                   TranscriptHighlights::matchBackground(light))
            >= 4.5);
    QVERIFY(StatePalette::contrast(TranscriptHighlights::currentForeground(light),
                                   TranscriptHighlights::currentBackground(light))
            >= 4.5);

    // Esc in the field: no marks, no count.
    QTest::keyClick(search->queryEdit(), Qt::Key_Escape);
    QVERIFY(!highlights->isActive());
    QVERIFY(!search->matchLabel()->isVisible());
    QTRY_COMPARE(pixelsOf(view, TranscriptHighlights::matchBackground(light)), 0);
    Theme::apply(Theme::Choice::System);
    qunsetenv("SIFT_TEST_KEY");
}

QTEST_MAIN(TestGuiController)
#include "tst_guicontroller.moc"
