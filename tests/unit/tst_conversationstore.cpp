#include "store/conversationarchive.h"
#include "store/conversationstore.h"
#include "store/database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Message)

namespace {

// The text the crash writer streams: deterministic, so the parent can check any prefix of it.
QString streamedText(int words)
{
    QString text;
    for (int i = 0; i < words; ++i)
        text += u"token%1 "_s.arg(i);
    return text;
}

// Run as a child process: streams a reply into the store until it is killed.
int crashWriter(const QString &path)
{
    Database db;
    if (!db.open(path).ok())
        return 2;
    ConversationStore store(&db);
    const qint64 conversation = store.createConversation(u"Crash"_s, u"m/crash"_s);
    Message question;
    question.content = u"Please stream forever"_s;
    if (!store.addMessage(conversation, question))
        return 3;
    Message reply;
    reply.parentId = question.id;
    reply.role = Message::Role::Assistant;
    reply.state = Message::State::Streaming;
    reply.model = u"m/crash"_s;
    if (!store.addMessage(conversation, reply))
        return 4;
    for (int words = 1;; ++words) {
        if (!store.updateMessageContent(reply.id, streamedText(words)))
            return 5;
        // Printed only after the write returned: the parent knows this much is committed.
        std::printf("flushed %lld\n", static_cast<long long>(streamedText(words).size()));
        std::fflush(stdout);
        QThread::msleep(2); // pace of a fast stream; the parent never sleeps
    }
}

Message fullMessage()
{
    Message m;
    m.role = Message::Role::Assistant;
    m.content = u"Ünïcödé reply with \"quotes\", 'apostrophes', emoji 🚀 and\nnew lines"_s;
    m.model = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    m.parameters = QJsonObject{ { u"temperature"_s, 0.7 },
                                { u"max_tokens"_s, 512 },
                                { u"stop"_s, QJsonArray{ u"###"_s } } };
    m.state = Message::State::Failed;
    m.usage.promptTokens = 12;
    m.usage.completionTokens = 2;
    m.usage.totalTokens = 14;
    m.usage.estimatedCost = 1.2e-06;
    m.cost = 1.2e-06;
    m.costEstimated = true;
    m.error.kind = ApiError::Kind::RateLimited;
    m.error.httpStatus = 429;
    m.error.message = u"Model busy, retry later"_s;
    m.error.retryable = true;
    m.error.retryAfterMs = 3000;
    m.finishReason = FinishReason::Length;
    m.created = QDateTime::fromMSecsSinceEpoch(1732684855123, Qt::UTC);
    return m;
}

// Every field but id and parent: those are compared by tree shape.
void compareContent(const Message &actual, const Message &expected)
{
    QCOMPARE(actual.role, expected.role);
    QCOMPARE(actual.content, expected.content);
    QCOMPARE(actual.model, expected.model);
    QCOMPARE(actual.parameters, expected.parameters);
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.usage.promptTokens, expected.usage.promptTokens);
    QCOMPARE(actual.usage.completionTokens, expected.usage.completionTokens);
    QCOMPARE(actual.usage.totalTokens, expected.usage.totalTokens);
    QCOMPARE(actual.usage.estimatedCost, expected.usage.estimatedCost);
    QCOMPARE(actual.cost, expected.cost);
    QCOMPARE(actual.costEstimated, expected.costEstimated);
    QCOMPARE(actual.error.kind, expected.error.kind);
    QCOMPARE(actual.error.httpStatus, expected.error.httpStatus);
    QCOMPARE(actual.error.message, expected.error.message);
    QCOMPARE(actual.error.message.isNull(), expected.error.message.isNull());
    QCOMPARE(actual.error.retryable, expected.error.retryable);
    QCOMPARE(actual.error.retryAfterMs, expected.error.retryAfterMs);
    QCOMPARE(actual.finishReason, expected.finishReason);
    QCOMPARE(actual.created.toMSecsSinceEpoch(), expected.created.toMSecsSinceEpoch());
}

// Two conversations are equal when headers, message contents and tree shape match, whatever
// ids the database gave.
void compareConversations(const ConversationRecord &actual, const ConversationRecord &expected)
{
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.model, expected.model);
    QCOMPARE(actual.systemPrompt, expected.systemPrompt);
    QCOMPARE(actual.pinned, expected.pinned);
    QCOMPARE(actual.created.toMSecsSinceEpoch(), expected.created.toMSecsSinceEpoch());
    QCOMPARE(actual.updated.toMSecsSinceEpoch(), expected.updated.toMSecsSinceEpoch());
    QCOMPARE(actual.messages.size(), expected.messages.size());
    const auto indexOf = [](const QList<Message> &list, qint64 id) {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list.at(i).id == id)
                return i;
        return qsizetype(-1);
    };
    for (qsizetype i = 0; i < expected.messages.size(); ++i) {
        compareContent(actual.messages.at(i), expected.messages.at(i));
        QCOMPARE(indexOf(actual.messages, actual.messages.at(i).parentId),
                 indexOf(expected.messages, expected.messages.at(i).parentId));
    }
}

QStringList contents(const QList<Message> &messages)
{
    QStringList list;
    for (const Message &m : messages)
        list << m.content;
    return list;
}

} // namespace

class TestConversationStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void updatesMessages();
    void titlesFromFirstUserMessage();
    void listsPinnedThenNewest();
    void treePathAndSiblings();
    void rejectsParentFromOtherConversation();
    void softDeleteRestoreAndPurge();
    void settingsKeptPerConversation();
    void searchRanksAndHighlights();
    void searchTakesInputLiterally_data();
    void searchTakesInputLiterally();
    void snippetMarksMatches_data();
    void snippetMarksMatches();
    void ftsQueryQuotesTerms_data();
    void ftsQueryQuotesTerms();
    void totalsPerConversationAndMonth();
    void marksStreamingAsInterrupted();
    void exportsJsonWithSelectedPath();
    void exportImportRoundTrip();
    void exportAllImportAllRoundTrip();
    void importRejectsBadFiles_data();
    void importRejectsBadFiles();
    void importsOpenAiMessages();
    void importNamesTheWrongField_data();
    void importNamesTheWrongField();
    void importOrdersParentsFirst();
    void importRefusesOversizedFileUnread();
    void importOnFullDiskSaysSo();
    void constraintProblemNamesTheField();
    void searchFileFromAnotherThread();
    void snippetOfHugeMessageIsBounded();
    void snippetOfHugeUtf8MessageIsBounded();
    void searchHandsHitsAsTheyAreCut();
    void exportsMarkdown();
    void survivesKillDuringStreaming();

private:
    ConversationRecord makeBranchedConversation(QHash<QString, qint64> *ids = nullptr);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<ConversationStore> m_store;
};

void TestConversationStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const Database::OpenResult result = m_db->open(m_dir->filePath(u"sift.db"_s));
    QVERIFY2(result.ok(), qPrintable(result.detail));
    m_store = std::make_unique<ConversationStore>(m_db.get());
}

void TestConversationStore::cleanup()
{
    m_store.reset();
    m_db.reset();
    m_dir.reset();
}

ConversationRecord TestConversationStore::makeBranchedConversation(QHash<QString, qint64> *ids)
{
    // u1 ─ a1 ─ u2 ─ a2
    //    └ a1b (regenerated)
    // u1b (edited first question) ─ a3
    const qint64 c = m_store->createConversation({}, u"m/one"_s, u"Be brief."_s);
    QHash<QString, qint64> local;
    const auto add = [&](const QString &name, Message::Role role, const QString &parent) {
        Message m = role == Message::Role::Assistant ? fullMessage() : Message();
        m.role = role;
        m.content = name + u": text of "_s + name;
        if (role == Message::Role::Assistant)
            m.state = Message::State::Complete;
        m.parentId = parent.isEmpty() ? 0 : local.value(parent);
        m.created = {};
        if (!m_store->addMessage(c, m))
            qFatal("addMessage failed");
        local.insert(name, m.id);
    };
    add(u"u1"_s, Message::Role::User, {});
    add(u"a1"_s, Message::Role::Assistant, u"u1"_s);
    add(u"a1b"_s, Message::Role::Assistant, u"u1"_s);
    add(u"u2"_s, Message::Role::User, u"a1"_s);
    add(u"a2"_s, Message::Role::Assistant, u"u2"_s);
    add(u"u1b"_s, Message::Role::User, {});
    add(u"a3"_s, Message::Role::Assistant, u"u1b"_s);
    if (ids)
        *ids = local;
    return *m_store->loadConversation(c);
}

void TestConversationStore::roundTripsEveryField_data()
{
    QTest::addColumn<Message>("message");
    QTest::newRow("every field set") << fullMessage();

    Message plain;
    plain.content = u"hello"_s;
    plain.created = QDateTime::fromMSecsSinceEpoch(1, Qt::UTC);
    QTest::newRow("plain user message") << plain;

    Message empty = fullMessage();
    empty.content.clear();
    empty.parameters = {};
    empty.cost.reset();
    empty.usage = Usage();
    empty.costEstimated = false;
    empty.error = ApiError();
    empty.finishReason = FinishReason::Unknown;
    empty.state = Message::State::Streaming;
    QTest::newRow("empty streaming reply") << empty;

    Message zeroCost = fullMessage();
    zeroCost.cost = 0.0;
    zeroCost.usage.estimatedCost = 0.0;
    zeroCost.error.message = u""_s; // empty but present
    zeroCost.error.kind = ApiError::Kind::None;
    zeroCost.state = Message::State::Stopped;
    zeroCost.finishReason = FinishReason::Cancelled;
    QTest::newRow("zero cost, stopped") << zeroCost;

    for (auto [state, name] : { std::pair{ Message::State::Complete, "complete" },
                                std::pair{ Message::State::Interrupted, "interrupted" } }) {
        Message m = fullMessage();
        m.state = state;
        m.role = Message::Role::System;
        m.finishReason = FinishReason::ToolCalls;
        QTest::newRow(name) << m;
    }
}

void TestConversationStore::roundTripsEveryField()
{
    QFETCH(Message, message);
    const qint64 c = m_store->createConversation(u"Round trip"_s);
    Message root;
    root.content = u"root"_s;
    QVERIFY(m_store->addMessage(c, root));
    message.parentId = root.id;
    QVERIFY(m_store->addMessage(c, message));
    QVERIFY(message.id > root.id);

    const std::optional<Message> loaded = m_store->message(message.id);
    QVERIFY(loaded);
    QCOMPARE(loaded->id, message.id);
    QCOMPARE(loaded->parentId, root.id);
    compareContent(*loaded, message);

    // The same through a reopened file.
    m_store.reset();
    m_db->close();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_store = std::make_unique<ConversationStore>(m_db.get());
    const std::optional<ConversationRecord> record = m_store->loadConversation(c);
    QVERIFY(record);
    QCOMPARE(record->messages.size(), 2);
    compareContent(record->messages.at(1), message);
}

void TestConversationStore::updatesMessages()
{
    const qint64 c = m_store->createConversation(u"Updates"_s);
    Message reply;
    reply.role = Message::Role::Assistant;
    reply.state = Message::State::Streaming;
    QVERIFY2(m_store->addMessage(c, reply), qPrintable(m_store->lastError()));

    QVERIFY(m_store->updateMessageContent(reply.id, u"Hel"_s));
    QCOMPARE(m_store->message(reply.id)->content, u"Hel"_s);
    QCOMPARE(m_store->message(reply.id)->state, Message::State::Streaming);

    Message finished = fullMessage();
    finished.id = reply.id;
    finished.state = Message::State::Complete;
    QVERIFY(m_store->updateMessage(finished));
    const Message loaded = *m_store->message(reply.id);
    QCOMPARE(loaded.content, finished.content);
    QCOMPARE(loaded.usage.totalTokens, 14);
    QCOMPARE(loaded.error.kind, ApiError::Kind::RateLimited);
    QCOMPARE(loaded.state, Message::State::Complete);
    // Creation time is not rewritten by an update.
    QCOMPARE(loaded.created, reply.created);

    QVERIFY(m_store->setMessageState(reply.id, Message::State::Stopped));
    QCOMPARE(m_store->message(reply.id)->state, Message::State::Stopped);

    QVERIFY(!m_store->updateMessageContent(987654, u"nobody"_s));
    QVERIFY(!m_store->setMessageState(987654, Message::State::Complete));
    QVERIFY(!m_store->message(987654));
}

void TestConversationStore::titlesFromFirstUserMessage()
{
    const qint64 c = m_store->createConversation();
    Message system;
    system.role = Message::Role::System;
    system.content = u"You are terse."_s;
    QVERIFY(m_store->addMessage(c, system));
    QCOMPARE(m_store->loadConversation(c)->title, QString());

    Message first;
    first.parentId = system.id;
    first.content = u"  How do   lighthouses work?\nAnd why are they striped?"_s;
    QVERIFY(m_store->addMessage(c, first));
    QCOMPARE(m_store->loadConversation(c)->title, u"How do lighthouses work?"_s);

    Message second;
    second.parentId = first.id;
    second.content = u"Another question"_s;
    QVERIFY(m_store->addMessage(c, second));
    QCOMPARE(m_store->loadConversation(c)->title, u"How do lighthouses work?"_s);

    QVERIFY(m_store->renameConversation(c, u"Lighthouses"_s));
    QCOMPARE(m_store->listConversations().first().title, u"Lighthouses"_s);

    const qint64 longOne = m_store->createConversation();
    Message wordy;
    wordy.content = QString(200, u'x');
    QVERIFY(m_store->addMessage(longOne, wordy));
    QVERIFY(m_store->loadConversation(longOne)->title.size() <= 61);
    QVERIFY(m_store->loadConversation(longOne)->title.endsWith(u'…'));
}

void TestConversationStore::listsPinnedThenNewest()
{
    QSignalSpy changed(m_store.get(), &ConversationStore::conversationListChanged);
    const qint64 a = m_store->createConversation(u"A"_s);
    const qint64 b = m_store->createConversation(u"B"_s);
    const qint64 c = m_store->createConversation(u"C"_s);
    QCOMPARE(changed.size(), 3);

    // Activity moves a conversation up: a message in A makes it newest.
    Message m;
    m.content = u"bump"_s;
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch()
                > m_store->loadConversation(c)->updated.toMSecsSinceEpoch());
    QVERIFY(m_store->addMessage(a, m));
    QList<qint64> order;
    for (const auto &row : m_store->listConversations())
        order << row.id;
    QCOMPARE(order, (QList<qint64>{ a, c, b }));

    QVERIFY(m_store->setPinned(b, true));
    order.clear();
    for (const auto &row : m_store->listConversations())
        order << row.id;
    QCOMPARE(order, (QList<qint64>{ b, a, c }));
    QCOMPARE(m_store->listConversations().first().pinned, true);
    QCOMPARE(m_store->listConversations(2).size(), 2);

    QVERIFY(!m_store->setPinned(424242, true));
    QVERIFY(!m_store->renameConversation(424242, u"x"_s));
}

void TestConversationStore::treePathAndSiblings()
{
    QHash<QString, qint64> id;
    const ConversationRecord record = makeBranchedConversation(&id);
    QCOMPARE(record.messages.size(), 7);
    QCOMPARE(record.title, u"u1: text of u1"_s);

    QCOMPARE(contents(m_store->pathToLeaf(id[u"a2"_s])),
             (QStringList{ u"u1: text of u1"_s, u"a1: text of a1"_s, u"u2: text of u2"_s,
                           u"a2: text of a2"_s }));
    QCOMPARE(contents(m_store->pathToLeaf(id[u"a1b"_s])),
             (QStringList{ u"u1: text of u1"_s, u"a1b: text of a1b"_s }));
    QCOMPARE(contents(m_store->pathToLeaf(id[u"a3"_s])),
             (QStringList{ u"u1b: text of u1b"_s, u"a3: text of a3"_s }));
    QVERIFY(m_store->pathToLeaf(999999).isEmpty());

    QCOMPARE(contents(m_store->siblings(id[u"a1"_s])),
             (QStringList{ u"a1: text of a1"_s, u"a1b: text of a1b"_s }));
    QCOMPARE(contents(m_store->siblings(id[u"a1b"_s])),
             (QStringList{ u"a1: text of a1"_s, u"a1b: text of a1b"_s }));
    QCOMPARE(contents(m_store->siblings(id[u"u1b"_s])),
             (QStringList{ u"u1: text of u1"_s, u"u1b: text of u1b"_s }));
    QCOMPARE(m_store->siblings(id[u"a2"_s]).size(), 1);
    QCOMPARE(m_store->latestLeaf(record.id), id[u"a3"_s]);

    // Roots of another conversation are not siblings.
    const qint64 other = m_store->createConversation();
    Message root;
    root.content = u"elsewhere"_s;
    QVERIFY(m_store->addMessage(other, root));
    QCOMPARE(m_store->siblings(id[u"u1"_s]).size(), 2);
    QCOMPARE(m_store->siblings(root.id).size(), 1);

    // The in-memory path used by export agrees with the database.
    QCOMPARE(contents(ConversationArchive::path(record, id[u"a2"_s])),
             contents(m_store->pathToLeaf(id[u"a2"_s])));
    QCOMPARE(contents(ConversationArchive::path(record)),
             contents(m_store->pathToLeaf(id[u"a3"_s])));
}

void TestConversationStore::rejectsParentFromOtherConversation()
{
    const qint64 a = m_store->createConversation(u"A"_s);
    const qint64 b = m_store->createConversation(u"B"_s);
    Message inA;
    inA.content = u"in A"_s;
    QVERIFY(m_store->addMessage(a, inA));

    QSignalSpy errors(m_store.get(), &ConversationStore::storageError);
    Message crossing;
    crossing.parentId = inA.id;
    crossing.content = u"crossing"_s;
    QVERIFY(!m_store->addMessage(b, crossing));
    QCOMPARE(crossing.id, 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY(m_store->loadConversation(b)->messages.isEmpty());

    Message orphan;
    orphan.parentId = 555555;
    QVERIFY(!m_store->addMessage(a, orphan));
    Message homeless;
    QVERIFY(!m_store->addMessage(777777, homeless));
    QCOMPARE(m_store->loadConversation(a)->messages.size(), 1);
}

void TestConversationStore::softDeleteRestoreAndPurge()
{
    const ConversationRecord record = makeBranchedConversation();
    const qint64 keep = m_store->createConversation(u"Keep me"_s);
    QCOMPARE(m_store->search(u"text"_s).size(), 7);

    QVERIFY(m_store->deleteConversation(record.id));
    QVERIFY(!m_store->deleteConversation(record.id)); // already deleted
    QCOMPARE(m_store->listConversations().size(), 1);
    QCOMPARE(m_store->listConversations().first().id, keep);
    QVERIFY(m_store->search(u"text"_s).isEmpty());
    // Still loadable (for the undo banner), marked as deleted.
    QVERIFY(m_store->loadConversation(record.id)->deletedAt.isValid());

    QVERIFY(m_store->restoreConversation(record.id));
    QCOMPARE(m_store->listConversations().size(), 2);
    QCOMPARE(m_store->search(u"text"_s).size(), 7);
    QVERIFY(!m_store->loadConversation(record.id)->deletedAt.isValid());

    // Purging honours the cut-off time, then removes messages and their index entries.
    QVERIFY(m_store->deleteConversation(record.id));
    QCOMPARE(m_store->purgeDeleted(QDateTime::currentDateTimeUtc().addSecs(-60)), 0);
    QVERIFY(m_store->loadConversation(record.id));
    QCOMPARE(m_store->purgeDeleted(), 1);
    QVERIFY(!m_store->loadConversation(record.id));
    QVERIFY(!m_store->restoreConversation(record.id));
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM messages"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(query.exec(u"INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')"_s));
    QVERIFY(m_store->search(u"text"_s).isEmpty());
    QCOMPARE(m_store->listConversations().size(), 1);
    QVERIFY(m_db->integrityCheck());
}

// The chat settings each conversation was last used with (issue 17): kept apart per
// conversation, replaced as they change, and still there when the file is opened again.
void TestConversationStore::settingsKeptPerConversation()
{
    const qint64 first = m_store->createConversation(u"first"_s);
    const qint64 second = m_store->createConversation(u"second"_s);
    QVERIFY(m_store->conversationSettings(first).isEmpty()); // none saved yet
    const QJsonObject reviewer{ { "system"_L1, u"You review code."_s },
                                { "temperature"_L1, 0.9 },
                                { "preset"_L1, QJsonObject{ { "name"_L1, u"Reviewer"_s } } } };
    const QJsonObject poet{ { "system"_L1, u"Answer in verse."_s }, { "temperature"_L1, 1.3 } };
    QVERIFY(m_store->setConversationSettings(first, reviewer));
    QVERIFY(m_store->setConversationSettings(second, poet));
    QCOMPARE(m_store->conversationSettings(first), reviewer);
    QCOMPARE(m_store->conversationSettings(second), poet);
    QJsonObject changed = reviewer;
    changed.insert("temperature"_L1, 0.4);
    QVERIFY(m_store->setConversationSettings(first, changed));
    QVERIFY(!m_store->setConversationSettings(9999, poet)); // no such conversation

    m_store.reset();
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir->filePath(u"sift.db"_s)).ok());
    m_store = std::make_unique<ConversationStore>(m_db.get());
    QCOMPARE(m_store->conversationSettings(first), changed);
    QCOMPARE(m_store->conversationSettings(second), poet);
}

void TestConversationStore::searchRanksAndHighlights()
{
    const qint64 a = m_store->createConversation(u"Boats"_s);
    const qint64 b = m_store->createConversation(u"Lights"_s);
    const auto add = [&](qint64 c, const QString &text) {
        Message m;
        m.content = text;
        if (!m_store->addMessage(c, m))
            qFatal("addMessage failed");
        return m.id;
    };
    const qint64 once = add(a,
                            u"The harbour has one lighthouse near the rocks, and many other "
                            "things: boats, nets, gulls, ropes, crates and a small café."_s);
    const qint64 often = add(b,
                             u"Lighthouse keepers: a lighthouse needs care, every lighthouse "
                             "does."_s);
    add(a, u"Nothing relevant here at all."_s);

    const QList<SearchHit> hits = m_store->search(u"LIGHTHOUSE"_s);
    QCOMPARE(hits.size(), 2);
    QCOMPARE(hits.at(0).messageId, often);
    QCOMPARE(hits.at(0).conversationId, b);
    QCOMPARE(hits.at(0).conversationTitle, u"Lights"_s);
    QCOMPARE(hits.at(1).messageId, once);
    QVERIFY(hits.at(0).rank < hits.at(1).rank);

    const QString begin(ConversationStore::highlightBegin);
    const QString end(ConversationStore::highlightEnd);
    QVERIFY2(hits.at(1).snippet.contains(begin + u"lighthouse"_s + end),
             qPrintable(hits.at(1).snippet));
    QCOMPARE(hits.at(0).snippet.count(begin), 3);
    QVERIFY(ConversationStore::snippetToHtml(hits.at(1).snippet).contains(u"<b>lighthouse</b>"_s));
    QVERIFY(ConversationStore::snippetToHtml(u"a <tag> & "_s + begin + u"x"_s + end)
            == u"a &lt;tag&gt; &amp; <b>x</b>"_s);

    // Several words: all must occur; the last one may be unfinished; accents are folded.
    QCOMPARE(m_store->search(u"harbour lightho"_s).size(), 1);
    QCOMPARE(m_store->search(u"cafe"_s).size(), 1);
    QVERIFY(m_store->search(u"harbour keepers"_s).isEmpty());
    QVERIFY(m_store->search(u"   "_s).isEmpty());

    // Text written while streaming is searchable.
    QVERIFY(m_store->updateMessageContent(once, u"now it talks about submarines"_s));
    QCOMPARE(m_store->search(u"lighthouse"_s).size(), 1);
    QCOMPARE(m_store->search(u"submarines"_s).first().messageId, once);
}

void TestConversationStore::searchTakesInputLiterally_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("hits");
    QTest::newRow("unbalanced quote") << u"\"rock"_s << 1;
    QTest::newRow("operators") << u"rock AND OR NOT"_s << 0;
    QTest::newRow("column filter") << u"content:rock"_s << 0; // the phrase "content rock"
    QTest::newRow("near") << u"NEAR(rock roll)"_s << 0;       // the phrase "near rock" and "roll"
    QTest::newRow("phrase in parens") << u"(rock and"_s << 1;
    QTest::newRow("star alone") << u"*"_s << 0;
    QTest::newRow("caret and parens") << u"^(rock"_s << 1;
    QTest::newRow("plus minus") << u"+rock -roll"_s << 1;
    QTest::newRow("sql quote") << u"rock'; DROP TABLE messages; --"_s << 0;
}

void TestConversationStore::searchTakesInputLiterally()
{
    QFETCH(QString, query);
    QFETCH(int, hits);
    const qint64 c = m_store->createConversation();
    Message m;
    m.content = u"rock and roll"_s;
    QVERIFY(m_store->addMessage(c, m));
    QSignalSpy errors(m_store.get(), &ConversationStore::storageError);
    QCOMPARE(m_store->search(query).size(), hits);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(m_store->search(u"rock"_s).size(), 1);
}

void TestConversationStore::snippetMarksMatches_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("words");
    QTest::addColumn<QString>("expected"); // [ and ] stand for the markers
    QTest::newRow("whole short text")
        << u"Rock and roll!"_s << u"roll"_s << 16 << u"Rock and [roll]!"_s;
    QTest::newRow("case and accents")
        << u"Un CAFÉ crème"_s << u"cafe creme"_s << 16 << u"Un [CAFÉ] [crème]"_s;
    QTest::newRow("prefix of last term")
        << u"streaming streams stream"_s << u"strea"_s << 16 << u"[streaming] [streams] [stream]"_s;
    QTest::newRow("earlier terms whole")
        << u"rock rocket roll"_s << u"rock rol"_s << 16 << u"[rock] rocket [roll]"_s;
    QTest::newRow("cut both sides") << u"one two three four five six seven eight nine ten"_s
                                    << u"six"_s << 3 << u"…four five [six]…"_s;
    QTest::newRow("best cluster") << u"apple x x x x x x pear apple pear x"_s << u"apple pear"_s
                                  << 4 << u"…x [pear] [apple] [pear]…"_s;
    QTest::newRow("new lines flattened")
        << u"first\nsecond"_s << u"second"_s << 16 << u"first [second]"_s;
    QTest::newRow("text around kept")
        << u"(Rock, roll.)"_s << u"rock"_s << 16 << u"([Rock], roll.)"_s;
    QTest::newRow("no match") << u"alpha beta gamma"_s << u"delta"_s << 2 << u"alpha beta…"_s;
}

void TestConversationStore::snippetMarksMatches()
{
    QFETCH(QString, content);
    QFETCH(QString, query);
    QFETCH(int, words);
    QFETCH(QString, expected);
    QString snippet = ConversationStore::makeSnippet(content, query, words);
    snippet.replace(ConversationStore::highlightBegin, u'[');
    snippet.replace(ConversationStore::highlightEnd, u']');
    QCOMPARE(snippet, expected);
}

void TestConversationStore::ftsQueryQuotesTerms_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << u"rock"_s << u"\"rock\"*"_s;
    QTest::newRow("two") << u" rock  roll "_s << u"\"rock\" \"roll\"*"_s;
    QTest::newRow("quote") << u"say\"hi"_s << u"\"say\"\"hi\"*"_s;
    QTest::newRow("empty") << u"  "_s << QString();
}

void TestConversationStore::ftsQueryQuotesTerms()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(ConversationStore::toFtsQuery(input), expected);
}

void TestConversationStore::totalsPerConversationAndMonth()
{
    const qint64 a = m_store->createConversation(u"A"_s);
    const qint64 b = m_store->createConversation(u"B"_s);
    const auto reply = [&](qint64 c, int in, int out, std::optional<double> cost, bool estimated,
                           const QDateTime &created) {
        Message m;
        m.role = Message::Role::Assistant;
        m.usage.promptTokens = in;
        m.usage.completionTokens = out;
        m.usage.totalTokens = in + out;
        m.cost = cost;
        m.costEstimated = estimated;
        m.created = created;
        if (!m_store->addMessage(c, m))
            qFatal("addMessage failed");
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDate thisMonth = QDate::currentDate();
    const QDateTime lastMonth
        = QDate(thisMonth.year(), thisMonth.month(), 1).addDays(-3).startOfDay().toUTC();
    reply(a, 10, 5, 0.25, false, now);
    reply(a, 20, 7, 0.5, true, now);
    reply(b, 100, 50, 1.0, false, lastMonth);
    reply(b, 1, 1, std::nullopt, false, now);
    Message question; // user messages carry no cost
    question.usage.promptTokens = 999;
    QVERIFY(m_store->addMessage(a, question));

    const UsageTotals ta = m_store->totals(a);
    QCOMPARE(ta.promptTokens, 30);
    QCOMPARE(ta.completionTokens, 12);
    QCOMPARE(ta.cost, 0.75);
    QCOMPARE(ta.costEstimated, true);
    QCOMPARE(ta.replies, 2);

    const UsageTotals tb = m_store->totals(b);
    QCOMPARE(tb.promptTokens, 101);
    QCOMPARE(tb.cost, 1.0);
    QCOMPARE(tb.costEstimated, false);

    const UsageTotals month = m_store->monthTotals();
    QCOMPARE(month.promptTokens, 31);
    QCOMPARE(month.completionTokens, 13);
    QCOMPARE(month.cost, 0.75);
    QCOMPARE(month.replies, 3);
    QCOMPARE(m_store->monthTotals(lastMonth.toLocalTime().date()).cost, 1.0);

    // Deleting a conversation does not undo what was spent this month.
    QVERIFY(m_store->deleteConversation(a));
    QCOMPARE(m_store->monthTotals().cost, 0.75);
}

void TestConversationStore::marksStreamingAsInterrupted()
{
    const qint64 c = m_store->createConversation();
    Message streaming;
    streaming.role = Message::Role::Assistant;
    streaming.state = Message::State::Streaming;
    streaming.content = u"partial"_s;
    QVERIFY(m_store->addMessage(c, streaming));
    Message done;
    done.role = Message::Role::Assistant;
    done.state = Message::State::Stopped;
    QVERIFY(m_store->addMessage(c, done));

    QCOMPARE(m_store->markStreamingAsInterrupted(), 1);
    QCOMPARE(m_store->message(streaming.id)->state, Message::State::Interrupted);
    QCOMPARE(m_store->message(streaming.id)->content, u"partial"_s);
    QCOMPARE(m_store->message(done.id)->state, Message::State::Stopped);
    QCOMPARE(m_store->markStreamingAsInterrupted(), 0);
}

void TestConversationStore::exportsJsonWithSelectedPath()
{
    QHash<QString, qint64> id;
    const ConversationRecord record = makeBranchedConversation(&id);
    const QJsonObject json = ConversationArchive::toJson(record, id[u"a2"_s]);

    QCOMPARE(json.value(u"model"_s).toString(), u"m/one"_s);
    const QJsonArray messages = json.value(u"messages"_s).toArray();
    QCOMPARE(messages.size(), 5);
    QCOMPARE(messages.at(0).toObject(),
             (QJsonObject{ { u"role"_s, u"system"_s }, { u"content"_s, u"Be brief."_s } }));
    QCOMPARE(messages.at(4).toObject(),
             (QJsonObject{ { u"role"_s, u"assistant"_s }, { u"content"_s, u"a2: text of a2"_s } }));
    QCOMPARE(json.value(u"sift"_s).toObject().value(u"selected_leaf"_s).toInteger(), id[u"a2"_s]);
    const QJsonArray tree = json.value(u"sift"_s).toObject().value(u"tree"_s).toArray();
    QCOMPARE(tree.size(), 7);
    const QJsonObject a1 = tree.at(1).toObject();
    QCOMPARE(a1.value(u"model"_s).toString(), u"meta-llama/Meta-Llama-3-8B-Instruct"_s);
    QCOMPARE(a1.value(u"parameters"_s).toObject().value(u"temperature"_s).toDouble(), 0.7);
    QCOMPARE(a1.value(u"usage"_s).toObject().value(u"total_tokens"_s).toInt(), 14);
    QCOMPARE(a1.value(u"cost"_s).toDouble(), 1.2e-06);
    QCOMPARE(a1.value(u"parent_id"_s).toInteger(), id[u"u1"_s]);
    QVERIFY(tree.at(0).toObject().value(u"parent_id"_s).isNull());

    // Nothing secret-looking is exported.
    const QByteArray bytes = ConversationArchive::toJsonDocument(record);
    QVERIFY(!bytes.contains("api_key"));
    QVERIFY(!bytes.contains("Authorization"));
}

void TestConversationStore::exportImportRoundTrip()
{
    const ConversationRecord original = makeBranchedConversation();
    QVERIFY(m_store->setPinned(original.id, true));
    const ConversationRecord pinned = *m_store->loadConversation(original.id);
    const QByteArray json = ConversationArchive::toJsonDocument(pinned);

    const ConversationArchive::ImportResult result = ConversationArchive::import(*m_store, json);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.conversationIds.size(), 1);
    QCOMPARE(result.messages, 7);
    const qint64 copyId = result.conversationIds.first();
    QVERIFY(copyId != original.id);

    const ConversationRecord copy = *m_store->loadConversation(copyId);
    compareConversations(copy, pinned);
    QSet<qint64> originalIds;
    for (const Message &m : pinned.messages)
        originalIds.insert(m.id);
    for (const Message &m : copy.messages)
        QVERIFY(!originalIds.contains(m.id)); // new ids
    // The copy's branches work like the original's.
    QCOMPARE(m_store->siblings(copy.messages.at(1).id).size(), 2);
    QCOMPARE(m_store->pathToLeaf(copy.messages.at(4).id).size(), 4);

    // Exporting the copy gives the same document, ids aside.
    QJsonObject again = ConversationArchive::toJson(copy);
    QJsonObject first = ConversationArchive::toJson(pinned);
    for (QJsonObject *o : { &again, &first }) {
        QJsonObject sift = o->value(u"sift"_s).toObject();
        QJsonArray tree;
        for (const QJsonValue &v : sift.value(u"tree"_s).toArray()) {
            QJsonObject m = v.toObject();
            m.remove(u"id"_s);
            m.remove(u"parent_id"_s);
            tree.append(m);
        }
        sift.insert(u"tree"_s, tree);
        sift.remove(u"selected_leaf"_s);
        o->insert(u"sift"_s, sift);
    }
    QCOMPARE(again, first);
}

void TestConversationStore::exportAllImportAllRoundTrip()
{
    const ConversationRecord branched = makeBranchedConversation();
    const qint64 plain = m_store->createConversation(u"Plain"_s, u"m/two"_s);
    Message only = fullMessage();
    QVERIFY(m_store->addMessage(plain, only));
    const qint64 empty = m_store->createConversation(u"Empty"_s);
    const qint64 gone = m_store->createConversation(u"Deleted"_s);
    QVERIFY(m_store->deleteConversation(gone));

    QString error;
    const QByteArray json = ConversationArchive::exportAll(*m_store, &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(u"format"_s).toString(),
             u"sift-conversations"_s);

    // Into a fresh database, as on another machine.
    Database other;
    QVERIFY(other.open(m_dir->filePath(u"other.db"_s)).ok());
    ConversationStore target(&other);
    QSignalSpy changed(&target, &ConversationStore::conversationListChanged);
    const ConversationArchive::ImportResult result = ConversationArchive::import(target, json);
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.conversationIds.size(), 3);
    QCOMPARE(result.messages, 8);
    QCOMPARE(changed.size(), 1); // one refresh for the whole import

    const auto sourceList = m_store->listConversations();
    const auto targetList = target.listConversations();
    QCOMPARE(targetList.size(), sourceList.size());
    for (qsizetype i = 0; i < sourceList.size(); ++i) {
        QCOMPARE(targetList.at(i).title, sourceList.at(i).title);
        compareConversations(*target.loadConversation(targetList.at(i).id),
                             *m_store->loadConversation(sourceList.at(i).id));
    }
    Q_UNUSED(branched);
    Q_UNUSED(empty);
    QVERIFY(other.integrityCheck());
}

void TestConversationStore::importRejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("not json") << QByteArray("<html>nope</html>");
    QTest::newRow("array") << QByteArray("[1, 2]");
    QTest::newRow("no conversations") << QByteArray(R"({"hello": "world"})");
    QTest::newRow("newer format") << QByteArray(
        R"({"format": "sift-conversations", "version": 99, "conversations": []})");
    QTest::newRow("bad role") << QByteArray(
        R"({"title": "t", "sift": {"tree": [{"id": 1, "role": "wizard", "content": "x"}]}})");
    QTest::newRow("missing parent") << QByteArray(
        R"({"title": "t", "sift": {"tree": [{"id": 2, "parent_id": 1, "role": "user", "content": "x"}]}})");
    QTest::newRow("duplicate id") << QByteArray(
        R"({"title": "t", "sift": {"tree": [{"id": 1, "role": "user", "content": "x"}, {"id": 1, "role": "user", "content": "y"}]}})");
    QTest::newRow("loop") << QByteArray(
        R"({"title": "t", "sift": {"tree": [{"id": 1, "parent_id": 2, "role": "user", "content": "x"}, {"id": 2, "parent_id": 1, "role": "assistant", "content": "y"}]}})");
    QTest::newRow("second conversation bad") << QByteArray(
        R"({"format": "sift-conversations", "version": 1, "conversations": [)"
        R"({"title": "fine", "sift": {"tree": [{"id": 1, "role": "user", "content": "ok"}]}},)"
        R"({"title": "bad", "sift": {"tree": [{"id": 5, "parent_id": 4, "role": "user", "content": "x"}]}}]})");
    QTest::newRow("openai bad message") << QByteArray(R"({"messages": [{"role": "user"}]})");
}

void TestConversationStore::importRejectsBadFiles()
{
    QFETCH(QByteArray, json);
    m_store->createConversation(u"Existing"_s);
    const ConversationArchive::ImportResult result = ConversationArchive::import(*m_store, json);
    QVERIFY(!result.ok);
    QVERIFY(!result.error.isEmpty());
    QVERIFY(result.conversationIds.isEmpty());
    // All or nothing.
    QCOMPARE(m_store->listConversations().size(), 1);
    QSqlQuery query(m_db->connection());
    QVERIFY(query.exec(u"SELECT COUNT(*) FROM messages"_s) && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestConversationStore::importNamesTheWrongField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("title is a number") << QByteArray(
        R"({"title": 123, "sift": {"tree": [{"id": 1, "role": "user", "content": "x"}]}})")
                                       << u"title"_s;
    QTest::newRow("openai title is a number")
        << QByteArray(R"({"title": 123, "messages": [{"role": "user", "content": "x"}]})")
        << u"title"_s;
    QTest::newRow("content is a number") << QByteArray(
        R"({"title": "t", "sift": {"tree": [{"id": 1, "role": "user", "content": 5}]}})")
                                         << u"content"_s;
    QTest::newRow("content missing")
        << QByteArray(R"({"title": "t", "sift": {"tree": [{"id": 1, "role": "user"}]}})")
        << u"content"_s;
    QTest::newRow("model is a list") << QByteArray(
        R"({"title": "t", "model": [], "sift": {"tree": [{"id": 1, "role": "user", "content": "x"}]}})")
                                     << u"model"_s;
}

// A hand-edited file with a wrong type is named for what is wrong, never "the disk is full".
void TestConversationStore::importNamesTheWrongField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const ConversationArchive::ImportResult result = ConversationArchive::import(*m_store, json);
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"\""_s + field + u"\""_s), qPrintable(result.error));
    QVERIFY2(!result.error.contains(u"disk"_s), qPrintable(result.error));
    QCOMPARE(m_store->listConversations().size(), 0);
}

// Children listed before their parents (and in reverse): imported whole, the path intact, and
// the new ids keep the file's order of age.
void TestConversationStore::importOrdersParentsFirst()
{
    ConversationRecord record;
    record.title = u"Reversed"_s;
    constexpr int Count = 2000;
    for (int i = Count; i >= 1; --i) {
        Message m;
        m.id = i;
        m.parentId = i - 1;
        m.role = i % 2 ? Message::Role::User : Message::Role::Assistant;
        m.content = u"m%1"_s.arg(i);
        record.messages.append(m);
    }
    // A branch off the first message, listed first of all.
    Message branch;
    branch.id = Count + 1;
    branch.parentId = 1;
    branch.role = Message::Role::Assistant;
    branch.content = u"branch"_s;
    record.messages.prepend(branch);
    const ConversationArchive::ImportResult result
        = ConversationArchive::import(*m_store, ConversationArchive::toJsonDocument(record, Count));
    QVERIFY2(result.ok, qPrintable(result.error));
    QCOMPARE(result.messages, Count + 1);
    const auto loaded = m_store->loadConversation(result.conversationIds.constFirst());
    QVERIFY(loaded);
    const QList<Message> path = ConversationArchive::path(*loaded, 0);
    // The newest message is the branch (its id was the largest): its path is m1, branch.
    QCOMPARE(path.size(), 2);
    QCOMPARE(path.at(1).content, u"branch"_s);
    qint64 leaf = 0;
    for (const Message &m : loaded->messages) {
        if (m.content == u"m%1"_s.arg(Count))
            leaf = m.id;
    }
    const QList<Message> longest = m_store->pathToLeaf(leaf);
    QCOMPARE(longest.size(), Count);
    for (int i = 0; i < Count; ++i) {
        QCOMPARE(longest.at(i).content, u"m%1"_s.arg(i + 1));
        if (i > 0)
            QVERIFY(longest.at(i).id > longest.at(i - 1).id);
    }
}

// A file far over the cap is refused by its size before any of it is read; so is a FIFO (whose
// read would block for ever).
void TestConversationStore::importRefusesOversizedFileUnread()
{
    const QString path = m_dir->filePath(u"huge.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.resize(1024LL * 1024 * 1024)); // sparse: 1 GB that takes no disk space
    file.close();
    QString error;
    QVERIFY(ConversationArchive::parseFile(path, &error).isEmpty());
    QVERIFY2(error.contains(u"up to"_s), qPrintable(error));

    const QString fifo = m_dir->filePath(u"fifo"_s);
    QCOMPARE(QProcess::execute(u"mkfifo"_s, { fifo }), 0);
    error.clear();
    QVERIFY(ConversationArchive::parseFile(fifo, &error).isEmpty());
    QVERIFY2(error.contains(u"not a regular file"_s), qPrintable(error));

    // Under the cap, a real export still reads.
    const QString small = m_dir->filePath(u"small.json"_s);
    QFile out(small);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(R"({"title": "t", "messages": [{"role": "user", "content": "x"}]})");
    out.close();
    error.clear();
    QCOMPARE(ConversationArchive::parseFile(small, &error).size(), 1);
    QVERIFY(error.isEmpty());
}

// SQLITE_FULL during an import (max_page_count is how SQLite reports a full disk) says the disk
// is full, not the general sentence.
void TestConversationStore::importOnFullDiskSaysSo()
{
    ConversationRecord record;
    record.title = u"Too big for the room left"_s;
    for (int i = 1; i <= 500; ++i) {
        Message m;
        m.id = i;
        m.parentId = i - 1;
        m.content = QString(u'x').repeated(2000) + QString::number(i);
        record.messages.append(m);
    }
    QSqlQuery pages(m_db->connection());
    QVERIFY(pages.exec(u"PRAGMA page_count"_s) && pages.next());
    const int count = pages.value(0).toInt();
    pages.finish();
    QVERIFY(pages.exec(u"PRAGMA max_page_count = %1"_s.arg(count + 2)));
    pages.finish();
    QSignalSpy errors(m_store.get(), &ConversationStore::storageError);
    const ConversationArchive::ImportResult result
        = ConversationArchive::import(*m_store, ConversationArchive::toJsonDocument(record));
    QVERIFY(!result.ok);
    QVERIFY2(result.error.contains(u"disk is full"_s), qPrintable(result.error));
    QVERIFY(!errors.isEmpty());
    QVERIFY2(errors.constLast().first().toString().contains(u"disk is full"_s),
             qPrintable(errors.constLast().first().toString()));
    QCOMPARE(m_store->listConversations().size(), 0);
}

void TestConversationStore::constraintProblemNamesTheField()
{
    QSqlQuery query(m_db->connection());
    QVERIFY(
        !query.exec(u"INSERT INTO conversations (title, created, updated) VALUES (NULL, 1, 1)"_s));
    const QString message = Database::problemMessage(query.lastError());
    QVERIFY2(message.contains(u"\"title\""_s), qPrintable(message));
    QVERIFY2(!message.contains(u"disk"_s), qPrintable(message));
}

// The search as the dialog runs it: on another thread, with its own connection, while this one
// holds the file open for writing.
void TestConversationStore::searchFileFromAnotherThread()
{
    const qint64 c = m_store->createConversation(u"Zoo"_s);
    Message m;
    m.content = u"The zebra crossed the road."_s;
    QVERIFY(m_store->addMessage(c, m));
    QList<SearchHit> hits;
    QString error;
    QThread *thread = QThread::create(
        [&] { hits = ConversationStore::searchFile(m_db->path(), u"zebra"_s, 50, &error); });
    thread->start();
    QVERIFY(thread->wait(10000));
    delete thread;
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().messageId, m.id);
    QVERIFY(hits.first().snippet.contains(ConversationStore::highlightBegin + u"zebra"_s));
}

// A match at the end of a message of megabytes: the snippet still shows it, and is short.
void TestConversationStore::snippetOfHugeMessageIsBounded()
{
    QString content;
    while (content.size() < 3 * 1024 * 1024)
        content += u"lorem ipsum dolor sit amet "_s;
    content += u"the Needleword is here "_s + content.left(5000);
    const QString snippet = ConversationStore::makeSnippet(content, u"needleword"_s);
    QVERIFY2(snippet.contains(ConversationStore::highlightBegin + u"Needleword"_s
                              + ConversationStore::highlightEnd),
             qPrintable(snippet));
    QVERIFY(snippet.startsWith(u'…'));
    QVERIFY(snippet.endsWith(u'…'));
    QVERIFY(snippet.size() < 400);
}

// The search's own path (issue 18 item 6): the message as SQLite's UTF-8 bytes, the first match
// found in them case-insensitively, only the text around it decoded. Multi-byte characters
// around the cut stay whole.
void TestConversationStore::snippetOfHugeUtf8MessageIsBounded()
{
    QString content;
    while (content.size() < 3 * 1024 * 1024)
        content += u"grüße über café ∑ 漢字 "_s;
    content += u"the NeedleWord is here "_s + content.left(5000);
    const QByteArray utf8 = content.toUtf8();
    for (const QString &query : { u"needleword"_s, u"NEEDLEW"_s, u"here needleword"_s }) {
        const QString snippet = ConversationStore::makeSnippetUtf8(utf8, query);
        QVERIFY2(snippet.contains(ConversationStore::highlightBegin + u"NeedleWord"_s
                                  + ConversationStore::highlightEnd),
                 qPrintable(snippet));
        QVERIFY(snippet.startsWith(u'…'));
        QVERIFY(snippet.endsWith(u'…'));
        QVERIFY(snippet.size() < 400);
        QVERIFY2(!snippet.contains(QChar::ReplacementCharacter), qPrintable(snippet));
    }
    // The same words as makeSnippet() on the decoded text; short texts take the same path.
    QCOMPARE(ConversationStore::makeSnippetUtf8(utf8, u"needleword"_s),
             ConversationStore::makeSnippet(content, u"needleword"_s));
    QCOMPARE(ConversationStore::makeSnippetUtf8(u"Ünïcode and a zebra"_s.toUtf8(), u"zebra"_s),
             ConversationStore::makeSnippet(u"Ünïcode and a zebra"_s, u"zebra"_s));
    // Letters beyond ASCII in the query still find their match (whatever its case).
    const QByteArray accented
        = (content.left(20000) + u" ÉCLAIR "_s + content.left(20000)).toUtf8();
    QVERIFY(ConversationStore::makeSnippetUtf8(accented, u"éclair"_s)
                .contains(ConversationStore::highlightBegin + u"ÉCLAIR"_s));
}

// Hits reach the caller one by one, best first, each with its snippet, while the others are
// still being cut; the caller can stop early.
void TestConversationStore::searchHandsHitsAsTheyAreCut()
{
    QList<qint64> ids;
    for (int i = 0; i < 3; ++i) {
        const qint64 c = m_store->createConversation(u"Walrus %1"_s.arg(i));
        Message m;
        m.content = u"walrus "_s.repeated(i + 1) + u"on the ice"_s;
        QVERIFY(m_store->addMessage(c, m));
        ids << m.id;
    }
    const QList<SearchHit> all = ConversationStore::searchFile(m_db->path(), u"walrus"_s);
    QCOMPARE(all.size(), 3);
    QList<SearchHit> seen;
    const QList<SearchHit> returned = ConversationStore::searchFileEach(
        m_db->path(), u"walrus"_s, 50, [&](const SearchHit &hit) {
            seen << hit;
            return true;
        });
    QCOMPARE(seen.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(seen.at(i).messageId, all.at(i).messageId);
        QCOMPARE(returned.at(i).messageId, all.at(i).messageId);
        QVERIFY(seen.at(i).snippet.contains(ConversationStore::highlightBegin + u"walrus"_s));
    }
    int calls = 0;
    const QList<SearchHit> stopped = ConversationStore::searchFileEach(
        m_db->path(), u"walrus"_s, 50, [&](const SearchHit &) { return ++calls < 1; });
    QCOMPARE(calls, 1);
    QCOMPARE(stopped.size(), 1);
    QCOMPARE(stopped.first().messageId, all.first().messageId);
}

void TestConversationStore::importsOpenAiMessages()
{
    const QByteArray json = R"({"model": "m/x", "messages": [
        {"role": "system", "content": "Be kind."},
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello!"},
        {"role": "user", "content": "Bye"}]})";
    const ConversationArchive::ImportResult result = ConversationArchive::import(*m_store, json);
    QVERIFY2(result.ok, qPrintable(result.error));
    const ConversationRecord record = *m_store->loadConversation(result.conversationIds.first());
    QCOMPARE(record.systemPrompt, u"Be kind."_s);
    QCOMPARE(record.model, u"m/x"_s);
    QCOMPARE(record.title, u"Hi"_s);
    QCOMPARE(contents(m_store->pathToLeaf(m_store->latestLeaf(record.id))),
             (QStringList{ u"Hi"_s, u"Hello!"_s, u"Bye"_s }));
}

void TestConversationStore::exportsMarkdown()
{
    QHash<QString, qint64> id;
    ConversationRecord record = makeBranchedConversation(&id);
    QVERIFY(m_store->renameConversation(record.id, u"Branches"_s));
    QVERIFY(m_store->setMessageState(id[u"a2"_s], Message::State::Interrupted));
    record = *m_store->loadConversation(record.id);

    const QString md = ConversationArchive::toMarkdown(record, id[u"a2"_s]);
    QVERIFY2(md.startsWith(u"# Branches\n"_s), qPrintable(md));
    QVERIFY(md.contains(u"`m/one`"_s));
    QVERIFY(md.contains(u"Be brief."_s));
    QVERIFY(md.contains(u"u2: text of u2"_s));
    QVERIFY(md.contains(u"a2: text of a2"_s));
    QVERIFY(!md.contains(u"a1b: text"_s)); // another branch
    QVERIFY(!md.contains(u"a3: text"_s));
    QVERIFY(md.contains(u"(branch 1 of 2)"_s));
    QVERIFY(md.contains(u"Interrupted"_s));
    QVERIFY(md.contains(u"12 + 2 tokens"_s));
    // Costs as the transcript shows them, never in scientific notation.
    QVERIFY2(md.contains(u"12 + 2 tokens, $0.0000012"_s), qPrintable(md));
    QVERIFY(!md.contains(u"e-0"_s));
    QVERIFY(md.indexOf(u"u1: text"_s) < md.indexOf(u"a1: text"_s));
    QVERIFY(md.indexOf(u"a1: text"_s) < md.indexOf(u"u2: text"_s));
}

void TestConversationStore::survivesKillDuringStreaming()
{
    const QString path = m_dir->filePath(u"crash.db"_s);
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), { u"--crash-writer"_s, path });
    QVERIFY(child.waitForStarted());

    qint64 committed = 0;
    int flushes = 0;
    while (flushes < 50) {
        if (!child.canReadLine())
            QVERIFY2(child.waitForReadyRead(10000), "the writer stopped writing");
        while (child.canReadLine()) {
            const QByteArray line = child.readLine().trimmed();
            QVERIFY2(line.startsWith("flushed "), line.constData());
            committed = line.mid(8).toLongLong();
            ++flushes;
        }
    }
    child.kill(); // SIGKILL: no destructor, no close, no checkpoint
    QVERIFY(child.waitForFinished(10000));
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);
    QVERIFY(QFileInfo::exists(path + u"-wal"_s)); // it really died with an open WAL

    // The next start: the lock of the dead process is taken over, the partial text is there.
    Database db;
    const Database::OpenResult result = db.open(path);
    QCOMPARE(result.status, Database::Status::Ok);
    QString detail;
    QVERIFY2(db.integrityCheck(&detail), qPrintable(detail));
    ConversationStore store(&db);
    QCOMPARE(store.markStreamingAsInterrupted(), 1);

    const auto list = store.listConversations();
    QCOMPARE(list.size(), 1);
    const ConversationRecord record = *store.loadConversation(list.first().id);
    QCOMPARE(record.messages.size(), 2);
    const Message reply = record.messages.at(1);
    QCOMPARE(reply.state, Message::State::Interrupted);
    QCOMPARE(reply.parentId, record.messages.at(0).id);
    QVERIFY2(reply.content.size() >= committed,
             qPrintable(u"%1 < %2"_s.arg(reply.content.size()).arg(committed)));
    const int words = int(reply.content.count(u' '));
    QCOMPARE(reply.content, streamedText(words));
    QCOMPARE(store.search(u"token3"_s).size(), 1);
}

int main(int argc, char *argv[])
{
    if (argc == 3 && qstrcmp(argv[1], "--crash-writer") == 0) {
        QCoreApplication app(argc, argv);
        return crashWriter(QString::fromLocal8Bit(argv[2]));
    }
    QCoreApplication app(argc, argv);
    TestConversationStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_conversationstore.moc"
