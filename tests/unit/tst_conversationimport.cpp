// ConversationImport (issue 18 item 4): a conversations file imported on a worker with a
// connection of its own to a real SQLite file, in one transaction: progress while it writes, and
// nothing at all after a cancel or a failure, however far it got.
#include "store/conversationarchive.h"
#include "store/conversationimport.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

namespace {

// One conversation of `count` messages in a straight path, listed newest first.
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

QByteArray exportOf(const QList<ConversationRecord> &records)
{
    QJsonArray conversations;
    for (const ConversationRecord &record : records)
        conversations.append(ConversationArchive::toJson(record));
    return QJsonDocument(QJsonObject{ { u"format"_s, u"sift-conversations"_s },
                                      { u"version"_s, 1 },
                                      { u"conversations"_s, conversations } })
        .toJson(QJsonDocument::Compact);
}

} // namespace

class TestConversationImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsOnAWorkerWithProgress();
    void cancelLeavesNothing();
    void failureLeavesNothing();
    void refusesWhatIsNotAHistory();
    void settingsTravelWithTheConversation();

private:
    QString writeFile(const QByteArray &data);
    int conversations() { return int(m_store->listConversations().size()); }
    int messageRows();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConversationStore> m_store;
};

void TestConversationImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_store = std::make_unique<ConversationStore>(m_db.get());
    // A conversation already there: the import must not touch it.
    const qint64 id = m_store->createConversation(u"Mine"_s);
    Message m;
    m.content = u"my own words"_s;
    QVERIFY(m_store->addMessage(id, m));
}

void TestConversationImport::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestConversationImport::writeFile(const QByteArray &data)
{
    const QString path = m_dir->filePath(u"import.json"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        return {};
    return path;
}

int TestConversationImport::messageRows()
{
    QSqlQuery query(m_db->connection());
    if (!query.exec(u"SELECT COUNT(*) FROM messages"_s) || !query.next())
        return -1;
    return query.value(0).toInt();
}

// The GUI thread's loop keeps running while the worker imports; progress climbs to the total;
// the GUI's store announces the new conversations, which are whole and searchable.
void TestConversationImport::importsOnAWorkerWithProgress()
{
    const QString path = writeFile(
        exportOf({ longConversation(6000, u"Alpha"_s), longConversation(3000, u"Beta"_s) }));
    QVERIFY(!path.isEmpty());
    ConversationImport import;
    QSignalSpy progress(&import, &ConversationImport::progress);
    QSignalSpy finished(&import, &ConversationImport::finished);
    QSignalSpy listChanged(m_store.get(), &ConversationStore::conversationListChanged);
    QVERIFY(import.start(path, m_db->path()));
    // start() returns at once: the work happens on a worker.
    QVERIFY(import.isRunning());
    QVERIFY(!import.start(path, m_db->path())); // one at a time
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<ConversationArchive::ImportResult>();
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.messages, 9000);
    QCOMPARE(result.conversationIds.size(), 2);
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), 9000);
    QCOMPARE(progress.last().at(1).toLongLong(), 9000);
    for (qsizetype i = 1; i < progress.size(); ++i)
        QVERIFY(progress.at(i).at(0).toLongLong() >= progress.at(i - 1).at(0).toLongLong());

    // Written through the worker's connection: the GUI's store sees it all.
    QCOMPARE(conversations(), 3);
    QCOMPARE(messageRows(), 9001);
    const std::optional<ConversationRecord> alpha
        = m_store->loadConversation(result.conversationIds.first());
    QVERIFY(alpha);
    QCOMPARE(alpha->title, u"Alpha"_s);
    QCOMPARE(alpha->messages.size(), 6000);
    const QList<Message> path6000 = m_store->pathToLeaf(m_store->latestLeaf(alpha->id));
    QCOMPARE(path6000.size(), 6000);
    QCOMPARE(path6000.first().content, u"Alpha message 1"_s);
    QCOMPARE(path6000.last().content, u"Alpha message 6000"_s);
    QSqlQuery indexed(m_db->connection());
    QVERIFY(indexed.exec(u"SELECT COUNT(*) FROM messages_fts WHERE messages_fts MATCH 'Beta'"_s));
    QVERIFY(indexed.next());
    QCOMPARE(indexed.value(0).toInt(), 3000);
    indexed.finish();
    QCOMPARE(m_store->search(u"Beta message 1234"_s).first().messageId,
             m_store->loadConversation(result.conversationIds.last())->messages.at(1233).id);
    QVERIFY(listChanged.isEmpty()); // told by the caller, as the window does:
    m_store->announceListChanged();
    QCOMPARE(listChanged.size(), 1);
}

// Cancelled half-way through writing: not one conversation, message or index entry is left.
void TestConversationImport::cancelLeavesNothing()
{
    const QString path = writeFile(
        exportOf({ longConversation(4000, u"First"_s), longConversation(20000, u"Second"_s) }));
    QVERIFY(!path.isEmpty());
    ConversationImport import;
    QSignalSpy finished(&import, &ConversationImport::finished);
    // Stop once some messages are written, as the Cancel button does.
    connect(&import, &ConversationImport::progress, &import, [&import](qint64 done, qint64 total) {
        if (total > 0 && done > 0 && done < total)
            import.cancel();
    });
    QVERIFY(import.start(path, m_db->path()));
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<ConversationArchive::ImportResult>();
    QVERIFY(!result.ok);
    QVERIFY(result.cancelled);
    QVERIFY(result.error.contains(u"Nothing was imported"_s));
    QCOMPARE(conversations(), 1);
    QCOMPARE(messageRows(), 1);
    QCOMPARE(m_store->search(u"Second"_s).size(), 0);
    QCOMPARE(m_store->search(u"First"_s).size(), 0);

    // The same synchronously, cancelled at its last report: still nothing.
    qint64 calls = 0;
    const auto late = ConversationImport::run(path, m_db->path(), [&](qint64 done, qint64 total) {
        ++calls;
        return !(total > 0 && done == total);
    });
    QVERIFY(late.cancelled);
    QVERIFY(calls > 2);
    QCOMPARE(conversations(), 1);
    QCOMPARE(messageRows(), 1);
}

// The second conversation of the file is broken at its end (a loop): the first, already
// written by then, goes too.
void TestConversationImport::failureLeavesNothing()
{
    ConversationRecord broken = longConversation(5000, u"Broken"_s);
    Message a;
    a.id = 900001;
    a.parentId = 900002;
    a.content = u"a"_s;
    Message b = a;
    b.id = 900002;
    b.parentId = 900001;
    broken.messages << a << b;
    const QString path = writeFile(exportOf({ longConversation(5000, u"Good"_s), broken }));
    QVERIFY(!path.isEmpty());
    ConversationImport import;
    QSignalSpy finished(&import, &ConversationImport::finished);
    QVERIFY(import.start(path, m_db->path()));
    QVERIFY(finished.wait(60000));
    const auto result = finished.first().first().value<ConversationArchive::ImportResult>();
    QVERIFY(!result.ok);
    QVERIFY(!result.cancelled);
    QVERIFY2(result.error.contains(u"loop"_s), qPrintable(result.error));
    QCOMPARE(conversations(), 1);
    QCOMPARE(messageRows(), 1);
    QCOMPARE(m_store->search(u"Good"_s).size(), 0);
}

void TestConversationImport::refusesWhatIsNotAHistory()
{
    const QString path = writeFile(exportOf({ longConversation(10, u"Ten"_s) }));
    // A file that is not Sift's history (no schema): refused, nothing created in it.
    const QString other = m_dir->filePath(u"other.db"_s);
    const auto result = ConversationImport::run(path, other, {});
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    // Not JSON: the parser's own sentence.
    const auto bad = ConversationImport::run(writeFile("not json"), m_db->path(), {});
    QVERIFY(!bad.ok);
    QVERIFY(bad.error.contains(u"not JSON"_s));
    QCOMPARE(conversations(), 1);
}

// A conversation's own settings (system prompt, parameters, options, model, the preset they came
// from) leave with it and come back on import; a field that is not one of them stays home; a
// file from before settings were exported imports as it did, without any.
void TestConversationImport::settingsTravelWithTheConversation()
{
    const qint64 id = m_store->createConversation(u"Tuned"_s);
    Message m;
    m.content = u"tuned words"_s;
    QVERIFY(m_store->addMessage(id, m));
    const QJsonObject preset{ { u"name"_s, u"Terse"_s }, { u"system"_s, u"One word."_s } };
    const QJsonObject settings{
        { u"model"_s, u"org/tuned-model"_s },
        { u"system"_s, u"Answer in verse."_s },
        { u"temperature"_s, 0.3 },
        { u"max_tokens"_s, 128 },
        { u"top_p"_s, -1.0 },
        { u"options"_s, QJsonObject{ { u"seed"_s, 7 }, { u"top_k"_s, 40 } } },
        { u"preset"_s, preset },
        { u"preset_settings"_s, QJsonObject{ { u"system"_s, u"One word."_s } } },
    };
    QJsonObject stored = settings;
    stored.insert(u"api_key"_s, u"sk-never-exported"_s); // not a field of the settings
    QVERIFY(m_store->setConversationSettings(id, stored));

    QString error;
    const QByteArray all = ConversationArchive::exportAll(*m_store, &error);
    QVERIFY2(!all.isEmpty(), qPrintable(error));
    QVERIFY(!all.contains("sk-never-exported"));
    const QByteArray one = ConversationArchive::toJsonDocument(*m_store->loadConversation(id));
    QVERIFY(one.contains("Answer in verse."));
    QVERIFY(!one.contains("sk-never-exported"));

    // Into another history, through the worker's path.
    const QString path = writeFile(all);
    QTemporaryDir other;
    {
        Database database;
        QVERIFY(database.open(other.filePath(u"other.db"_s)).ok());
    }
    const ConversationArchive::ImportResult result
        = ConversationImport::run(path, other.filePath(u"other.db"_s), {});
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.conversationIds.size(), 2); // "Mine" and "Tuned"
    Database database;
    QVERIFY(database.open(other.filePath(u"other.db"_s)).ok());
    ConversationStore store(&database);
    QCOMPARE(store.conversationSettings(result.conversationIds.first()), QJsonObject());
    QCOMPARE(store.conversationSettings(result.conversationIds.last()), settings);
    QCOMPARE(store.loadConversation(result.conversationIds.last())->settings, settings);

    // An older file: no settings block. It imports, with none.
    QJsonObject old = QJsonDocument::fromJson(one).object();
    QJsonObject sift = old.value(u"sift"_s).toObject();
    QVERIFY(sift.contains(u"settings"_s));
    sift.remove(u"settings"_s);
    old.insert(u"sift"_s, sift);
    const ConversationArchive::ImportResult older
        = ConversationArchive::import(store, QJsonDocument(old).toJson());
    QVERIFY2(older.ok, qPrintable(older.error));
    QCOMPARE(store.conversationSettings(older.conversationIds.first()), QJsonObject());
    QCOMPARE(store.loadConversation(older.conversationIds.first())->messages.size(), 1);
}

QTEST_GUILESS_MAIN(TestConversationImport)
#include "tst_conversationimport.moc"
