// The history on a disk that refuses writes: a read-only data folder or file when Sift starts,
// and a disk that fills up (or a file that turns read-only) while a reply streams in. Each case
// asserts what the user sees (one clear sentence), that the chat goes on, and that the
// database is neither corrupt nor missing what was written before.
//
// Permissions are real kernel refusals. Tests may run as root, who ignores file modes: then the
// thread's file-system user id is switched to "nobody" (setfsuid) for the part that must be
// refused, which drops root's override for file access exactly like an ordinary user.
#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "fakeserver.h"
#include "guicontroller.h"
#include "mainwindow.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/workbenchstore.h"
#include "transcriptmodel.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/fsuid.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

constexpr QFileDevice::Permissions readOnlyDir = QFileDevice::ReadOwner | QFileDevice::ExeOwner
    | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
    | QFileDevice::ExeOther;
constexpr QFileDevice::Permissions openDir
    = readOnlyDir | QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;
constexpr QFileDevice::Permissions readOnlyFile
    = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
constexpr QFileDevice::Permissions openFile
    = readOnlyFile | QFileDevice::WriteOwner | QFileDevice::WriteGroup | QFileDevice::WriteOther;

// While alive, file access of this thread is checked as an unprivileged user when the process
// runs as root; otherwise it changes nothing (the modes already apply).
class UnprivilegedFiles
{
public:
    UnprivilegedFiles()
    {
        if (geteuid() == 0) {
            constexpr uid_t nobody = 65534;
            setfsuid(nobody);
            m_switched = true;
        }
    }
    ~UnprivilegedFiles()
    {
        if (m_switched)
            setfsuid(0);
    }
    UnprivilegedFiles(const UnprivilegedFiles &) = delete;
    UnprivilegedFiles &operator=(const UnprivilegedFiles &) = delete;

    // Whether the refusal really is in force (the kernel reports the current fsuid back).
    static bool inForce() { return geteuid() != 0 || setfsuid(static_cast<uid_t>(-1)) != 0; }

private:
    bool m_switched = false;
};

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A reply long enough that writing it needs new pages in the file.
QString longReply()
{
    QString text;
    for (int i = 0; text.size() < 30000; ++i)
        text += u"word%1 "_s.arg(i);
    return text;
}

bool execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

int pageCount(const Database &db)
{
    QSqlQuery query(db.connection());
    return query.exec(u"PRAGMA page_count"_s) && query.next() ? query.value(0).toInt() : -1;
}

} // namespace

class TestStorageFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void refusedAtStart_data();
    void refusedAtStart();
    void guiChatsInMemoryWhenHistoryIsReadOnly();
    void writesFailWhileStreaming_data();
    void writesFailWhileStreaming();
    void readOnlyReopenKeepsChatInMemory();
    void workbenchSaveOnFullDisk();

private:
    Endpoint endpoint() const;

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<ApiClient> m_client;
};

Endpoint TestStorageFaults::endpoint() const
{
    Endpoint endpoint;
    endpoint.name = u"Fake"_s;
    endpoint.baseUrl = QUrl(m_server->baseUrl() + u"/v1/openai"_s);
    return endpoint;
}

void TestStorageFaults::initTestCase()
{
    qRegisterMetaType<ApiError>();
    // The modes below must be what the kernel checks: make sure the switch works here.
    {
        UnprivilegedFiles guard;
        QVERIFY(UnprivilegedFiles::inForce());
    }
    QCOMPARE(setfsuid(static_cast<uid_t>(-1)), geteuid());
}

void TestStorageFaults::init()
{
    m_server = std::make_unique<FakeServer>();
    QVERIFY(m_server->listen());
    m_client = std::make_unique<ApiClient>();
    m_client->setEndpoint(endpoint());
    m_client->setApiKey(u"test-key"_s);
}

void TestStorageFaults::refusedAtStart_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<bool>("existing");    // a history with one conversation is already there
    QTest::addColumn<QString>("expected"); // part of the message

    QTest::newRow("read-only folder, first start") << u"folder"_s << false << u"read-only"_s;
    QTest::newRow("read-only folder, existing history") << u"folder"_s << true << u"read-only"_s;
    QTest::newRow("read-only history file") << u"file"_s << true << u"read-only"_s;
    QTest::newRow("folder cannot be created") << u"blocked"_s << false << u"folder"_s;
}

void TestStorageFaults::refusedAtStart()
{
    QFETCH(QString, fault);
    QFETCH(bool, existing);
    QFETCH(QString, expected);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QFile::setPermissions(home.path(), openDir)); // reachable for "nobody" too
    const QString dataDir = home.filePath(u"data"_s);
    QVERIFY(QDir().mkpath(dataDir));
    QVERIFY(QFile::setPermissions(dataDir, openDir));
    QString path = dataDir + u"/sift.db"_s;

    qint64 conversation = 0;
    if (existing) {
        Database db;
        QVERIFY(db.open(path).ok());
        ConversationStore store(&db);
        conversation = store.createConversation(u"Kept"_s);
        Message message;
        message.content = u"Written before the disk turned read-only"_s;
        QVERIFY(store.addMessage(conversation, message));
    }
    const QByteArray before = readAll(path);

    if (fault == "folder"_L1) {
        QVERIFY(QFile::setPermissions(dataDir, readOnlyDir));
    } else if (fault == "file"_L1) {
        QVERIFY(QFile::setPermissions(path, readOnlyFile));
    } else {
        QFile blocker(dataDir + u"/blocker"_s);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        path = dataDir + u"/blocker/sift/sift.db"_s;
    }

    Database::OpenResult result;
    {
        UnprivilegedFiles guard;
        Database db;
        result = db.open(path);
        QVERIFY(!db.isOpen());
        // Nobody was left holding the history: the lock file is gone or was never made.
        QVERIFY(!QFileInfo::exists(path + u".lock"_s));

        // What the caller does next: chat on without a store, in memory.
        ChatSession session(m_client.get());
        QSignalSpy finished(&session, &ChatSession::replyFinished);
        QVERIFY(session.send(u"Still there?"_s));
        QVERIFY(finished.wait(10000));
        QCOMPARE(session.messages().size(), 2);
        QCOMPARE(session.messages().last().state, Message::State::Complete);
        QCOMPARE(session.messages().last().content, u"Hello! You said: Still there?"_s);
    }
    QCOMPARE(result.status, Database::Status::Failed);
    QVERIFY2(result.message.contains(expected), qPrintable(result.message));
    // One sentence or two that say what to do, never the driver's words.
    QVERIFY(result.message.endsWith(u'.'));
    QVERIFY(!result.message.contains(u"sqlite"_s, Qt::CaseInsensitive));

    QFile::setPermissions(dataDir, openDir);
    if (existing) {
        QFile::setPermissions(path, openFile);
        QCOMPARE(readAll(path), before); // not touched
        Database db;
        QVERIFY(db.open(path).ok());
        QVERIFY(db.integrityCheck());
        ConversationStore store(&db);
        const auto record = store.loadConversation(conversation);
        QVERIFY(record);
        QCOMPARE(record->messages.size(), 1);
    }
}

void TestStorageFaults::guiChatsInMemoryWhenHistoryIsReadOnly()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QFile::setPermissions(home.path(), openDir));
    const QString configDir = home.filePath(u"config"_s);
    QVERIFY(QDir().mkpath(configDir));
    QVERIFY(QFile::setPermissions(configDir, openDir));
    qputenv("XDG_CONFIG_HOME", configDir.toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(u"data"_s).toLocal8Bit());
    QCoreApplication::setOrganizationName(u"SiftTest"_s);
    QCoreApplication::setApplicationName(u"SiftStorageFaults"_s);
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(dataDir.startsWith(home.path()));
    QVERIFY(QDir().mkpath(dataDir));
    for (QString dir = dataDir; dir.startsWith(home.path()) && dir != home.path();
         dir = QFileInfo(dir).absolutePath())
        QVERIFY(QFile::setPermissions(dir, openDir));
    QVERIFY(QFile::setPermissions(dataDir, readOnlyDir));

    qputenv("SIFT_TEST_KEY", "env-key");
    m_server->setReplyText(u"Kept in memory."_s);
    {
        UnprivilegedFiles guard;
        GuiController controller;
        QVERIFY(
            controller.start({ u"sift"_s, u"--base-url"_s, m_server->baseUrl() + u"/v1/openai"_s,
                               u"--api-key-env"_s, u"SIFT_TEST_KEY"_s }));
        MainWindow *window = controller.window();
        QTRY_VERIFY(window->bannerText().contains(u"read-only"_s));
        QVERIFY(!controller.store());
        QTRY_VERIFY(controller.client()->hasApiKey());

        ChatPane *pane = window->chatPane();
        QTest::keyClicks(pane->input(), u"Hi"_s);
        QTest::keyClick(pane->input(), Qt::Key_Return);
        TranscriptModel *model = pane->transcriptModel();
        QTRY_COMPARE(model->rowCount(), 2);
        QTRY_COMPARE(model->index(1).data(TranscriptModel::ContentRole).toString(),
                     u"Kept in memory."_s);
        QCOMPARE(model->index(1).data(TranscriptModel::StateTextRole).toString(), QString());
    }
    qunsetenv("SIFT_TEST_KEY");
    QFile::setPermissions(dataDir, openDir);
    QVERIFY(QDir(dataDir).isEmpty()); // nothing was written
}

void TestStorageFaults::writesFailWhileStreaming_data()
{
    QTest::addColumn<QString>("refuse"); // SQL that makes writes fail; %1 = current page count
    QTest::addColumn<QString>("allow");
    QTest::addColumn<QString>("expected"); // part of the message

    // max_page_count below what the file needs is how SQLite reports a full disk (SQLITE_FULL).
    QTest::newRow("disk full") << u"PRAGMA max_page_count = %1"_s
                               << u"PRAGMA max_page_count = 1073741823"_s << u"disk is full"_s;
    // query_only refuses writes with SQLITE_READONLY, as a file turned read-only does.
    QTest::newRow("file turns read-only")
        << u"PRAGMA query_only = ON"_s << u"PRAGMA query_only = OFF"_s << u"read-only"_s;
}

void TestStorageFaults::writesFailWhileStreaming()
{
    QFETCH(QString, refuse);
    QFETCH(QString, allow);
    QFETCH(QString, expected);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    ConversationStore store(&db);

    // About 300 chunks, 5 ms apart: the reply streams for well over a second, so it is flushed
    // at least once before the disk fills and several times after.
    const QString reply = longReply();
    m_server->setReplyText(reply);
    m_server->setChunkSize(100);
    m_server->setDefaultFault(u"drip=5"_s);

    ChatSession session(m_client.get());
    session.setStore(&store);
    QSignalSpy errors(&store, &ConversationStore::storageError);
    QSignalSpy persisted(&session, &ChatSession::replyPersisted);
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    QSignalSpy failed(&session, &ChatSession::replyFailed);
    QVERIFY(session.send(u"Fill the disk"_s));
    const qint64 question = session.messages().first().id;
    const qint64 answer = session.messages().last().id;
    QVERIFY(question > 0 && answer > 0);

    QVERIFY(persisted.wait(5000)); // a first part of the reply is on disk
    QVERIFY(finished.isEmpty());
    const QString savedBefore = store.message(answer)->content;
    QVERIFY(!savedBefore.isEmpty());
    QVERIFY(savedBefore.size() < reply.size());

    QVERIFY(execSql(db, refuse.contains(u"%1"_s) ? refuse.arg(pageCount(db)) : refuse));
    const qsizetype persistedBefore = persisted.size();

    // The reply streams to the end in memory.
    QVERIFY(finished.wait(20000));
    QVERIFY(failed.isEmpty());
    QCOMPARE(session.messages().size(), 2);
    QCOMPARE(session.messages().last().content, reply);
    QCOMPARE(session.messages().last().state, Message::State::Complete);
    QCOMPARE(persisted.size(), persistedBefore); // nothing pretended to be saved

    // The user was told, in a sentence that says what happened and what to do; not every
    // half second while the reply streamed.
    QVERIFY(!errors.isEmpty());
    QVERIFY(errors.size() <= 2);
    for (const QList<QVariant> &error : std::as_const(errors)) {
        const QString message = error.first().toString();
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(message.endsWith(u'.'));
    }
    QVERIFY(!store.lastError().isEmpty());

    // No damage, and what was written before is there as it was.
    QString detail;
    QVERIFY2(db.integrityCheck(&detail), qPrintable(detail));
    QCOMPARE(store.message(question)->content, u"Fill the disk"_s);
    QCOMPARE(store.message(answer)->content, savedBefore);
    QCOMPARE(store.message(answer)->state, Message::State::Streaming);

    // Room again: the next message is saved, and so is the reply that could not be.
    QVERIFY(execSql(db, allow));
    m_server->setDefaultFault(FakeFault());
    m_server->setReplyText(u"Saved again."_s);
    errors.clear();
    QVERIFY(session.send(u"Is there room now?"_s));
    QVERIFY(finished.wait(10000));
    QVERIFY(errors.isEmpty());
    QCOMPARE(store.message(answer)->content, reply);
    QCOMPARE(store.message(answer)->state, Message::State::Complete);
    const auto record = store.loadConversation(session.conversationId());
    QVERIFY(record);
    QCOMPARE(record->messages.size(), 4);
    QCOMPARE(record->messages.last().content, u"Saved again."_s);
    QCOMPARE(record->messages.last().state, Message::State::Complete);
    QVERIFY(db.integrityCheck(&detail));
}

void TestStorageFaults::readOnlyReopenKeepsChatInMemory()
{
    // The history reopened read-only (another Sift holds it): browsing works, new chats stay in
    // memory, and the file is not written.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sift.db"_s);
    qint64 conversation = 0;
    {
        Database db;
        QVERIFY(db.open(path).ok());
        ConversationStore store(&db);
        conversation = store.createConversation(u"Old chat"_s);
        Message message;
        message.content = u"Old question"_s;
        QVERIFY(store.addMessage(conversation, message));
    }
    Database holder; // the other Sift
    QVERIFY(holder.open(path).ok());

    Database db;
    QVERIFY(db.open(path).status == Database::Status::InUse);
    QVERIFY(db.openReadOnly(path).ok());
    ConversationStore store(&db);
    QSignalSpy errors(&store, &ConversationStore::storageError);
    ChatSession session(m_client.get());
    session.setStore(&store);
    QVERIFY(session.openConversation(conversation));
    QCOMPARE(session.messages().size(), 1);
    QSignalSpy finished(&session, &ChatSession::replyFinished);
    QVERIFY(session.send(u"New question"_s));
    QVERIFY(finished.wait(10000));
    QCOMPARE(session.messages().size(), 3);
    QCOMPARE(session.messages().last().content, u"Hello! You said: New question"_s);
    QVERIFY(errors.isEmpty());

    ConversationStore writer(&holder);
    QCOMPARE(writer.loadConversation(conversation)->messages.size(), 1);
    QVERIFY(holder.integrityCheck());
}

void TestStorageFaults::workbenchSaveOnFullDisk()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(dir.filePath(u"sift.db"_s)).ok());
    WorkbenchStore store(&db);
    RerankSet set;
    set.query = u"apple orchard"_s;
    set.models = { u"Qwen/Qwen3-Reranker-0.6B"_s };
    set.documents << RerankDocument{ u"A small set saved before"_s, -1 };
    const qint64 saved = store.saveSet(0, set, u"Before"_s);
    QVERIFY(saved > 0);

    // A set far larger than the room left.
    RerankSet big = set;
    for (int i = 0; i < 2000; ++i)
        big.documents << RerankDocument{ longReply().left(200) + QString::number(i), -1 };
    QVERIFY(execSql(db, u"PRAGMA max_page_count = %1"_s.arg(pageCount(db))));
    QSignalSpy errors(&store, &WorkbenchStore::storageError);
    QCOMPARE(store.saveSet(0, big, u"Too big"_s), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().first().toString().contains(u"disk is full"_s),
             qPrintable(errors.first().first().toString()));

    QString detail;
    QVERIFY2(db.integrityCheck(&detail), qPrintable(detail));
    QCOMPARE(store.listSets().size(), 1);
    QCOMPARE(store.loadSet(saved)->set.documents.size(), 1);

    QVERIFY(execSql(db, u"PRAGMA max_page_count = 1073741823"_s));
    QVERIFY(store.saveSet(0, big, u"Room again"_s) > 0);
    QCOMPARE(store.listSets().size(), 2);
}

QTEST_MAIN(TestStorageFaults)
#include "tst_storagefaults.moc"
