// The GUI's start-up as a user meets it: options, the window, the key from the environment or
// asked for once, and a chat through the wired objects against the fake server.
#include "api/apiclient.h"
#include "chatpane.h"
#include "conversationlistmodel.h"
#include "conversationsidebar.h"
#include "fakeserver.h"
#include "guicontroller.h"
#include "keydialog.h"
#include "mainwindow.h"
#include "settingsdialog.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "throwawayhome.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSplitter>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

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
    void environmentKeyChatsInDemoMode();
    void missingKeyIsAskedForOnce();
    void historyReopensWithInterruptedReply();
    void secondInstanceOpensReadOnly();
    void sidebarWidthIsRestored();

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
    else if (!keychain)
        QVERIFY2(window->bannerText().contains(u"No keychain is available"_s),
                 qPrintable(window->bannerText()));

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
    QCOMPARE(window->chatPane()->session()->conversationId(), conversation);
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

QTEST_MAIN(TestGuiController)
#include "tst_guicontroller.moc"
