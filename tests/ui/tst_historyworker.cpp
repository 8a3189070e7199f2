// A long history off the GUI thread (issue 18 item 4), as the user meets it: the newest
// conversation of 20,000 messages reopens on a worker with "Loading the conversation…" meanwhile
// and Send held back; an import runs on a worker with a progress dialog whose Cancel leaves
// nothing behind.
#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "conversationlistmodel.h"
#include "conversationsidebar.h"
#include "fakeserver.h"
#include "guicontroller.h"
#include "mainwindow.h"
#include "store/conversationarchive.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "throwawayhome.h"
#include "transcriptmodel.h"
#include "welcomepanel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ConversationRecord longConversation(int count, const QString &title)
{
    ConversationRecord record;
    record.title = title;
    for (int i = count; i >= 1; --i) {
        Message m;
        m.id = i;
        m.parentId = i - 1;
        m.role = i % 2 ? Message::Role::User : Message::Role::Assistant;
        m.content = u"%1 message %2"_s.arg(title).arg(i);
        record.messages.append(m);
    }
    return record;
}

} // namespace

class TestHistoryWorker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void reopenLoadsOnAWorker();
    void loadOfAGoneConversationFails();
    void importRunsOnAWorkerAndCancels();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConversationStore> m_store;
    FakeServer m_server;
};

void TestHistoryWorker::initTestCase()
{
    QVERIFY(m_server.listen());
}

void TestHistoryWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(useThrowawayHome(*m_dir, u"SiftHistoryWorkerTest"_s));
}

void TestHistoryWorker::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

void TestHistoryWorker::reopenLoadsOnAWorker()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_store = std::make_unique<ConversationStore>(m_db.get());
    const auto imported
        = ConversationArchive::import(*m_store, { longConversation(20000, u"Long"_s) });
    QVERIFY(imported.ok);
    const qint64 id = imported.conversationIds.first();

    ApiClient client;
    ChatSession session(&client);
    session.setStore(m_store.get());
    ChatPane pane(&session);
    pane.resize(900, 700);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.input()->setPlainText(u"a question"_s);
    QVERIFY(pane.sendButton()->isEnabled());

    QSignalSpy loading(&session, &ChatSession::loadingChanged);
    // As GuiController does at start for the newest conversation.
    QVERIFY(pane.reopenConversation(id, u"Long"_s, m_dir->filePath(u"marker"_s)).isEmpty());
    // It returns before the messages are read: the window says so and holds Send back.
    QVERIFY(session.isLoading());
    QCOMPARE(pane.transcriptModel()->rowCount(), 0);
    QVERIFY(pane.loadingLabel()->isVisible());
    QVERIFY(pane.loadingLabel()->text().contains(u"Loading"_s));
    QVERIFY(!pane.welcomePanel()->isVisible());
    QVERIFY(!pane.sendButton()->isEnabled());
    QVERIFY(!session.send(u"now"_s));

    QTRY_COMPARE_WITH_TIMEOUT(pane.transcriptModel()->rowCount(), 20000, 30000);
    QCOMPARE(session.conversationId(), id);
    QVERIFY(!session.isLoading());
    QCOMPARE(loading.size(), 2);
    QCOMPARE(loading.last().first().toBool(), false);
    QVERIFY(!pane.loadingLabel()->isVisible());
    QVERIFY(pane.sendButton()->isEnabled());
    QCOMPARE(session.messages().first().content, u"Long message 1"_s);
    QCOMPARE(session.messages().last().content, u"Long message 20000"_s);
    QCOMPARE(session.branchCount(0), 1);

    // New chat while another load runs: the load is dropped, the chat stays empty.
    session.openConversationInBackground(id);
    QVERIFY(session.isLoading());
    pane.newChat();
    QVERIFY(!session.isLoading());
    QVERIFY(session.send(u"a new one"_s));
    const qint64 fresh = session.conversationId();
    QVERIFY(fresh != id);
    // Whenever the dropped load ends, it must not replace this chat: wait for a load after it.
    session.openConversationInBackground(fresh);
    QTRY_VERIFY(!session.isLoading());
    QCOMPARE(session.conversationId(), fresh);
    QCOMPARE(session.messages().first().content, u"a new one"_s);
}

void TestHistoryWorker::loadOfAGoneConversationFails()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_store = std::make_unique<ConversationStore>(m_db.get());
    const qint64 id = m_store->createConversation(u"Gone"_s);
    Message m;
    m.content = u"soon deleted"_s;
    QVERIFY(m_store->addMessage(id, m));
    QVERIFY(m_store->deleteConversation(id));
    ApiClient client;
    ChatSession session(&client);
    session.setStore(m_store.get());
    QSignalSpy failed(&session, &ChatSession::loadFailed);
    session.openConversationInBackground(id);
    QVERIFY(failed.wait(10000));
    QCOMPARE(failed.first().first().toLongLong(), id);
    QVERIFY(!session.isLoading());
    QCOMPARE(session.conversationId(), 0);
}

// Through the real window: the import's progress dialog, its Cancel, then a whole import.
void TestHistoryWorker::importRunsOnAWorkerAndCancels()
{
    QJsonArray conversations{ ConversationArchive::toJson(longConversation(30000, u"Big"_s)),
                              ConversationArchive::toJson(longConversation(10, u"Small"_s)) };
    const QString file = m_dir->filePath(u"export.json"_s);
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(QJsonObject{ { u"format"_s, u"sift-conversations"_s },
                                             { u"version"_s, 1 },
                                             { u"conversations"_s, conversations } })
                      .toJson(QJsonDocument::Compact));
    }
    qputenv("SIFT_TEST_KEY", "env-key");
    GuiController controller;
    QVERIFY(controller.start({ u"sift"_s, u"--base-url"_s, m_server.baseUrl() + u"/v1/openai"_s,
                               u"--api-key-env"_s, u"SIFT_TEST_KEY"_s }));
    MainWindow *window = controller.window();
    QTRY_VERIFY(controller.store());
    ConversationStore *store = controller.store();
    QCOMPARE(store->listConversations().size(), 0);

    window->importConversationFile(file);
    auto *progress = window->findChild<QProgressDialog *>(u"importProgress"_s);
    QVERIFY(progress);
    QCOMPARE(progress->windowModality(), Qt::WindowModal);
    auto *cancel = progress->findChild<QPushButton *>();
    QVERIFY(cancel);
    QCOMPARE(cancel->text(), u"Cancel"_s);
    cancel->click();
    QTRY_VERIFY(!window->findChild<QProgressDialog *>(u"importProgress"_s));
    QVERIFY2(window->statusBar()->currentMessage().contains(u"Nothing was imported"_s),
             qPrintable(window->statusBar()->currentMessage()));
    QCOMPARE(store->listConversations().size(), 0);

    // Now to the end: the sidebar lists both, the first opens (on a worker too).
    window->importConversationFile(file);
    QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<QProgressDialog *>(u"importProgress"_s), 60000);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"Imported 2"_s),
             qPrintable(window->statusBar()->currentMessage()));
    const QList<ConversationSummary> listed = store->listConversations();
    QCOMPARE(listed.size(), 2);
    for (const ConversationSummary &summary : listed)
        QTRY_VERIFY(window->sidebar()->model()->rowOf(summary.id) >= 0);
    QTRY_COMPARE_WITH_TIMEOUT(window->chatPane()->transcriptModel()->rowCount(), 30000, 30000);
}

QTEST_MAIN(TestHistoryWorker)
#include "tst_historyworker.moc"
