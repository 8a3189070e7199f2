#include "store/conversationstore.h"
#include "store/database.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

bool execSql(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    return query.exec(sql);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

// A history of 200 messages whose pages (not the header) are then overwritten: only a
// quick_check notices.
void writeFileWithDamagedPages(const QString &path)
{
    {
        Database db;
        QVERIFY(db.open(path).ok());
    }
    // The schema alone spans several pages; damage only the pages the messages add, so the file
    // still opens and the damage is found by the integrity check, not by reading the schema.
    const qsizetype schemaBytes = readAll(path).size();
    {
        Database db;
        QVERIFY(db.open(path).ok());
        ConversationStore store(&db);
        const qint64 id = store.createConversation(u"Soon damaged"_s);
        for (int i = 0; i < 200; ++i) {
            Message m;
            m.content = u"message number %1 with some text to fill pages "_s.arg(i).repeated(8);
            QVERIFY(store.addMessage(id, m));
        }
    }
    QByteArray bytes = readAll(path);
    QVERIFY(bytes.size() > schemaBytes + 16 * 4096);
    for (qsizetype at = schemaBytes; at < bytes.size(); at += 4096)
        bytes.replace(at + 8, 64, QByteArray(64, '\x7F'));
    writeFile(path, bytes);
}

Database::Options backgroundCheck()
{
    Database::Options options;
    options.checkInBackground = true;
    return options;
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void defaultPathIsInAppData();
    void createsWithPragmas();
    void reopenKeepsData();
    void migratesFromEachVersion_data();
    void migratesFromEachVersion();
    void newerFileIsLeftAlone();
    void emptyFileBecomesDatabase();
    void corruptFileIsMovedAside_data();
    void corruptFileIsMovedAside();
    void backgroundCheckPassesHealthyFile();
    void backgroundCheckReportsDamageAndNextOpenRecovers();
    void secondOpenerIsToldInUse();
    void readOnlyOpenerCannotWrite();
    void readOnlyWithoutWriter();
    void unwritableLocationIsReported();
    void readOnlyOfMissingFileFails();

private:
    QString dbPath() const { return m_dir->filePath(u"sift.db"_s); }
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestDatabase::defaultPathIsInAppData()
{
    const QString path = Database::defaultPath();
    QCOMPARE(QFileInfo(path).fileName(), u"sift.db"_s);
    QCOMPARE(QFileInfo(path).absolutePath(),
             QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
}

void TestDatabase::createsWithPragmas()
{
    Database db;
    const Database::OpenResult result = db.open(dbPath());
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.status, Database::Status::Ok);
    QCOMPARE(result.previousVersion, 0);
    QVERIFY(QFileInfo::exists(dbPath()));
    QVERIFY(QFileInfo::exists(dbPath() + u".lock"_s));
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QCOMPARE(scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
    QCOMPARE(scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
    QCOMPARE(scalar(db, u"PRAGMA synchronous"_s).toInt(), 1); // NORMAL
    QVERIFY(scalar(db, u"PRAGMA busy_timeout"_s).toInt() >= 1000);
    QString detail;
    QVERIFY(db.integrityCheck(&detail));
    QCOMPARE(detail, u"ok"_s);

    // Foreign keys are enforced, not only declared.
    QVERIFY(!execSql(db,
                     u"INSERT INTO messages (conversation_id, role, created, updated)"
                     " VALUES (4242, 'user', 0, 0)"_s));

    db.close();
    QVERIFY(!QFileInfo::exists(dbPath() + u".lock"_s));
}

void TestDatabase::reopenKeepsData()
{
    qint64 id = 0;
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        ConversationStore store(&db);
        id = store.createConversation(u"Kept"_s);
        QVERIFY(id > 0);
    }
    Database db;
    const Database::OpenResult result = db.open(dbPath());
    QCOMPARE(result.status, Database::Status::Ok);
    QCOMPARE(result.previousVersion, Database::latestVersion());
    ConversationStore store(&db);
    const auto list = store.listConversations();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, id);
    QCOMPARE(list.first().title, u"Kept"_s);
}

void TestDatabase::migratesFromEachVersion_data()
{
    QTest::addColumn<int>("from");
    for (int version = 0; version < Database::latestVersion(); ++version)
        QTest::addRow("v%d", version) << version;
}

void TestDatabase::migratesFromEachVersion()
{
    QFETCH(int, from);
    {
        Database db;
        Database::Options options;
        options.targetVersion = from;
        QVERIFY(db.open(dbPath(), options).ok());
        QCOMPARE(db.schemaVersion(), from);
        if (from >= 1) {
            // Data in the shape of that version, written as that version's Sift would.
            QVERIFY(execSql(db,
                            u"INSERT INTO conversations (id, title, created, updated, model)"
                            " VALUES (7, 'Old talk', 1000, 2000, 'm/old')"_s));
            QVERIFY(execSql(db,
                            u"INSERT INTO messages (id, conversation_id, parent_id, role,"
                            " content, state, created, updated)"
                            " VALUES (70, 7, NULL, 'user', 'tell me about lighthouses',"
                            " 'complete', 1000, 1000)"_s));
            QVERIFY(execSql(db,
                            u"INSERT INTO messages (id, conversation_id, parent_id, role,"
                            " content, state, cost, created, updated)"
                            " VALUES (71, 7, 70, 'assistant', 'A lighthouse guides ships',"
                            " 'streaming', 0.5, 1500, 1500)"_s));
        }
    }

    Database db;
    const Database::OpenResult result = db.open(dbPath());
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.previousVersion, from);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(db.integrityCheck());

    ConversationStore store(&db);
    if (from == 0) {
        QVERIFY(store.listConversations().isEmpty());
        return;
    }
    const auto list = store.listConversations();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().id, 7);
    QCOMPARE(list.first().title, u"Old talk"_s);
    QCOMPARE(list.first().pinned, false);
    QCOMPARE(list.first().updated.toMSecsSinceEpoch(), 2000);

    // v2 indexed the text that was already there, v3 added pins and soft delete.
    const auto hits = store.search(u"guides"_s);
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().messageId, 71);
    QCOMPARE(store.search(u"lighthouse"_s).size(), 2);
    QVERIFY(store.setPinned(7, true));
    QVERIFY(store.deleteConversation(7));
    QVERIFY(store.listConversations().isEmpty());
    QVERIFY(store.restoreConversation(7));
    QCOMPARE(store.pathToLeaf(71).size(), 2);
    QCOMPARE(store.markStreamingAsInterrupted(), 1);
    QCOMPARE(store.message(71)->state, Message::State::Interrupted);
    QCOMPARE(store.message(71)->cost, std::optional<double>(0.5));
}

void TestDatabase::newerFileIsLeftAlone()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        QVERIFY(execSql(db, u"PRAGMA user_version = %1"_s.arg(Database::latestVersion() + 1)));
    }
    const QByteArray before = readAll(dbPath());
    Database db;
    const Database::OpenResult result = db.open(dbPath());
    QCOMPARE(result.status, Database::Status::TooNew);
    QVERIFY(!result.ok());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!db.isOpen());
    QCOMPARE(readAll(dbPath()), before);
    QCOMPARE(QDir(m_dir->path()).entryList({ u"*corrupt*"_s }), QStringList());
}

void TestDatabase::emptyFileBecomesDatabase()
{
    // A zero-byte file is a valid, empty SQLite database: no reason to move it aside.
    writeFile(dbPath(), {});
    Database db;
    const Database::OpenResult result = db.open(dbPath());
    QCOMPARE(result.status, Database::Status::Ok);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
}

void TestDatabase::corruptFileIsMovedAside_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("garbage") << u"garbage"_s;
    QTest::newRow("header overwritten") << u"header"_s;
    QTest::newRow("pages overwritten") << u"pages"_s;
}

void TestDatabase::corruptFileIsMovedAside()
{
    QFETCH(QString, damage);
    if (damage == "garbage"_L1) {
        writeFile(dbPath(), QByteArray("this is not a database, just some text\n").repeated(200));
    } else {
        {
            Database db;
            QVERIFY(db.open(dbPath()).ok());
            ConversationStore store(&db);
            const qint64 id = store.createConversation(u"Soon damaged"_s);
            for (int i = 0; i < 200; ++i) {
                Message m;
                m.content = u"message number %1 with some text to fill pages "_s.arg(i).repeated(8);
                QVERIFY(store.addMessage(id, m));
            }
        }
        QByteArray bytes = readAll(dbPath());
        QVERIFY(bytes.size() > 16 * 4096);
        if (damage == "header"_L1)
            bytes.replace(0, 100, QByteArray(100, '\xA5'));
        else
            for (qsizetype at = 4096; at < bytes.size(); at += 4096)
                bytes.replace(at + 8, 64, QByteArray(64, '\x7F'));
        writeFile(dbPath(), bytes);
    }
    const QByteArray damaged = readAll(dbPath());

    Database db;
    const Database::OpenResult result = db.open(dbPath());
    QCOMPARE(result.status, Database::Status::Recovered);
    QVERIFY(result.ok());
    QVERIFY(result.message.contains(result.movedAsidePath));
    QVERIFY(QRegularExpression(u"sift\\.db\\.corrupt-\\d{8}-\\d{6}$"_s)
                .match(result.movedAsidePath)
                .hasMatch());
    // The user's data is kept byte for byte beside the new file.
    QCOMPARE(readAll(result.movedAsidePath), damaged);

    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(db.integrityCheck());
    ConversationStore store(&db);
    QVERIFY(store.listConversations().isEmpty());
    QVERIFY(store.createConversation(u"Fresh start"_s) > 0);
    QCOMPARE(store.listConversations().size(), 1);
}

void TestDatabase::backgroundCheckPassesHealthyFile()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        ConversationStore store(&db);
        QVERIFY(store.createConversation(u"Healthy"_s) > 0);
    }
    Database db;
    QSignalSpy done(&db, &Database::integrityCheckDone);
    QSignalSpy failed(&db, &Database::integrityCheckFailed);
    QCOMPARE(db.open(dbPath(), backgroundCheck()).status, Database::Status::Ok);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.at(0).at(0).toBool(), true);
    QCOMPARE(failed.count(), 0);
    QVERIFY(!QFileInfo::exists(Database::checkMarkerPath(dbPath())));
}

void TestDatabase::backgroundCheckReportsDamageAndNextOpenRecovers()
{
    writeFileWithDamagedPages(dbPath());
    if (QTest::currentTestFailed())
        return;
    const QByteArray damaged = readAll(dbPath());
    {
        Database db;
        QSignalSpy done(&db, &Database::integrityCheckDone);
        QSignalSpy failed(&db, &Database::integrityCheckFailed);
        // The file opens at once; the damage is reported a moment later, off the GUI thread.
        QCOMPARE(db.open(dbPath(), backgroundCheck()).status, Database::Status::Ok);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.at(0).at(0).toBool(), false);
        QCOMPARE(failed.count(), 1);
        QVERIFY(failed.at(0).at(0).toString().contains(u"Restart"_s));
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(QFileInfo::exists(Database::checkMarkerPath(dbPath())));
        QCOMPARE(readAll(dbPath()), damaged);
    }
    // The restart checks before using the file, moves it aside and clears the marker.
    Database db;
    QSignalSpy done(&db, &Database::integrityCheckDone);
    const Database::OpenResult result = db.open(dbPath(), backgroundCheck());
    QCOMPARE(result.status, Database::Status::Recovered);
    QCOMPARE(readAll(result.movedAsidePath), damaged);
    QVERIFY(!QFileInfo::exists(Database::checkMarkerPath(dbPath())));
    QVERIFY(db.integrityCheck());
    QCOMPARE(done.count(), 0);
}

void TestDatabase::secondOpenerIsToldInUse()
{
    Database first;
    QVERIFY(first.open(dbPath()).ok());

    Database second;
    const Database::OpenResult result = second.open(dbPath());
    QCOMPARE(result.status, Database::Status::InUse);
    QVERIFY(!result.ok());
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!second.isOpen());
    QVERIFY(first.integrityCheck());

    first.close();
    QCOMPARE(second.open(dbPath()).status, Database::Status::Ok);
}

void TestDatabase::readOnlyOpenerCannotWrite()
{
    Database first;
    QVERIFY(first.open(dbPath()).ok());
    ConversationStore writer(&first);
    const qint64 id = writer.createConversation(u"Shared"_s);

    Database second;
    const Database::OpenResult result = second.openReadOnly(dbPath());
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QVERIFY(second.isReadOnly());
    ConversationStore reader(&second);
    QCOMPARE(reader.listConversations().size(), 1);
    QCOMPARE(reader.listConversations().first().id, id);

    QSignalSpy errors(&reader, &ConversationStore::storageError);
    QCOMPARE(reader.createConversation(u"Not allowed"_s), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QVERIFY(!reader.lastError().isEmpty());

    // The writer goes on undisturbed and the reader sees its new rows.
    QVERIFY(writer.createConversation(u"Second"_s) > 0);
    QCOMPARE(reader.listConversations().size(), 2);
}

void TestDatabase::readOnlyWithoutWriter()
{
    {
        Database db;
        QVERIFY(db.open(dbPath()).ok());
        ConversationStore store(&db);
        QVERIFY(store.createConversation(u"Alone"_s) > 0);
    }
    QVERIFY(!QFileInfo::exists(dbPath() + u"-wal"_s)); // the last writer checkpointed
    const QByteArray before = readAll(dbPath());
    Database db;
    const Database::OpenResult result = db.openReadOnly(dbPath());
    QVERIFY2(result.ok(), qPrintable(result.detail));
    ConversationStore store(&db);
    QCOMPARE(store.listConversations().size(), 1);
    db.close();
    QCOMPARE(readAll(dbPath()), before);
}

void TestDatabase::unwritableLocationIsReported()
{
    // A regular file where the folder should be: every attempt to create fails.
    writeFile(m_dir->filePath(u"blocker"_s), "x");
    Database db;
    const Database::OpenResult result = db.open(m_dir->filePath(u"blocker/sub/sift.db"_s));
    QCOMPARE(result.status, Database::Status::Failed);
    QVERIFY(!result.message.isEmpty());
    QVERIFY(!db.isOpen());
}

void TestDatabase::readOnlyOfMissingFileFails()
{
    Database db;
    const Database::OpenResult result = db.openReadOnly(dbPath());
    QCOMPARE(result.status, Database::Status::Failed);
    QVERIFY(!QFileInfo::exists(dbPath()));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
