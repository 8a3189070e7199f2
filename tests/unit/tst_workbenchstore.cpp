#include "store/conversationstore.h"
#include "store/database.h"
#include "store/workbenchstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql) || !query.next())
        return {};
    return query.value(0);
}

ApiError apiError(ApiError::Kind kind, int status, const QString &message, bool retryable)
{
    ApiError error;
    error.kind = kind;
    error.httpStatus = status;
    error.message = message;
    error.retryable = retryable;
    return error;
}

// Every field the workbench keeps, with values that are easy to lose: labels at both ends and
// unset, text with newlines, quotes and non-Latin script, an empty document.
RerankSet sampleSet()
{
    RerankSet set;
    set.query = u"Which lighthouse is the oldest?\nAnswer briefly."_s;
    set.instruction = u"Given a question, retrieve passages that answer it"_s;
    set.documents = {
        { u"The Tower of Hercules is a Roman lighthouse."_s, 3 },
        { u"Lighthouses guide ships.\n\nSecond paragraph with \"quotes\"."_s, 0 },
        { u"灯台は船を導く"_s, RerankDocument::Unlabelled },
        { u""_s, 2 },
        { u"Unrelated text about bread."_s, 1 },
    };
    set.models = { u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-8B"_s, u"custom/model"_s };
    set.topN = 3;
    set.batchSize = 2;
    return set;
}

QList<RerankResult> sampleResults()
{
    RerankResult complete;
    complete.model = u"Qwen/Qwen3-Reranker-0.6B"_s;
    complete.ranked = { { 0, 0.9 }, { 2, 1.0 / 3.0 }, { 4, 0.1 + 0.2 }, { 1, 0.25 }, { 3, 0.0 } };
    sortRanked(complete.ranked);
    complete.documentCount = 5;
    complete.latencyMs = 1234;
    complete.inputTokens = 987654321012LL;
    complete.cost = 1.2e-06;
    complete.state = RerankResult::State::Complete;

    // Scored and unscored documents interleaved, two different errors, an estimated cost.
    RerankResult partial;
    partial.model = u"Qwen/Qwen3-Reranker-8B"_s;
    partial.ranked = { { 4, 0.5 }, { 1, 0.5 } };
    sortRanked(partial.ranked);
    const ApiError busy
        = apiError(ApiError::Kind::RateLimited, 429, u"Model busy, retry later"_s, true);
    const ApiError server = apiError(ApiError::Kind::Server, 503, u"Service unavailable"_s, true);
    partial.unscored = { { 0, busy }, { 2, server }, { 3, busy } };
    partial.documentCount = 5;
    partial.latencyMs = 42;
    partial.inputTokens = 77;
    partial.cost = 0.000125;
    partial.costEstimated = true;
    partial.state = RerankResult::State::Partial;

    // Nothing scored, no cost known.
    RerankResult failed;
    failed.model = u"custom/model"_s;
    const ApiError notFound = apiError(ApiError::Kind::NotFound, 404, u"Model not found"_s, false);
    for (int i = 0; i < 5; ++i)
        failed.unscored << UnscoredDocument{ i, notFound };
    failed.documentCount = 5;
    failed.state = RerankResult::State::Failed;
    return { complete, partial, failed };
}

void compareResult(const RerankResult &actual, const RerankResult &expected)
{
    QCOMPARE(actual.model, expected.model);
    QCOMPARE(actual.state, expected.state);
    QCOMPARE(actual.ranked, expected.ranked); // exact doubles, not fuzzy
    QCOMPARE(actual.unscored.size(), expected.unscored.size());
    for (qsizetype i = 0; i < expected.unscored.size(); ++i) {
        const UnscoredDocument &a = actual.unscored.at(i);
        const UnscoredDocument &e = expected.unscored.at(i);
        QCOMPARE(a.index, e.index);
        QCOMPARE(a.error.kind, e.error.kind);
        QCOMPARE(a.error.httpStatus, e.error.httpStatus);
        QCOMPARE(a.error.message, e.error.message);
        QCOMPARE(a.error.retryable, e.error.retryable);
    }
    QCOMPARE(actual.documentCount, expected.documentCount);
    QCOMPARE(actual.latencyMs, expected.latencyMs);
    QCOMPARE(actual.inputTokens, expected.inputTokens);
    QCOMPARE(actual.cost, expected.cost);
    QCOMPARE(actual.costEstimated, expected.costEstimated);
}

void compareResults(const QList<RerankResult> &actual, const QList<RerankResult> &expected)
{
    QCOMPARE(actual.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        compareResult(actual.at(i), expected.at(i));
        if (QTest::currentTestFailed())
            return;
    }
}

QByteArray exportedJson(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A valid exported file to break in one place.
QJsonObject validFile()
{
    WorkbenchSetRecord record;
    record.name = u"Valid"_s;
    record.set = sampleSet();
    record.results = sampleResults();
    return QJsonDocument::fromJson(WorkbenchStore::toJsonDocument(record)).object();
}

} // namespace

class TestWorkbenchStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saveAndLoadEveryField();
    void updateKeepsIdAndResults();
    void saveResultsReplaces();
    void listRenameDelete();
    void deleteCascadesToResults();
    void exportImportRoundTrip();
    void exportOfMissingSetFails();
    void badFilesAreRejected_data();
    void badFilesAreRejected();
    void readOnlyDatabaseReportsError();
    void upgradeFromVersion3();
    void runningResultsLoadAsInterrupted();
    void newStatesRoundTrip_data();
    void newStatesRoundTrip();

private:
    QString dbPath() const { return m_dir->filePath(u"sift.db"_s); }
    void reopen();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<WorkbenchStore> m_store;
};

void TestWorkbenchStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    reopen();
}

void TestWorkbenchStore::cleanup()
{
    m_store.reset();
    m_db.reset();
}

void TestWorkbenchStore::reopen()
{
    m_store.reset();
    m_db = std::make_unique<Database>();
    const Database::OpenResult result = m_db->open(dbPath());
    QVERIFY2(result.ok(), qPrintable(result.detail));
    m_store = std::make_unique<WorkbenchStore>(m_db.get());
}

void TestWorkbenchStore::saveAndLoadEveryField()
{
    QSignalSpy listChanged(m_store.get(), &WorkbenchStore::setListChanged);
    QSignalSpy errors(m_store.get(), &WorkbenchStore::storageError);
    const RerankSet set = sampleSet();
    const QList<RerankResult> results = sampleResults();

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const qint64 id = m_store->saveSet(0, set);
    QVERIFY(id > 0);
    QVERIFY(m_store->saveResults(id, results));
    QCOMPARE(listChanged.size(), 2);

    reopen(); // from the file, not from anything cached
    const std::optional<WorkbenchSetRecord> record = m_store->loadSet(id);
    QVERIFY(record);
    QCOMPARE(record->id, id);
    // No name given: the first line of the query.
    QCOMPARE(record->name, u"Which lighthouse is the oldest?"_s);
    QVERIFY(record->created >= before);
    QVERIFY(record->updated >= record->created);
    QCOMPARE(record->created.timeSpec(), Qt::UTC);
    QCOMPARE(record->set.query, set.query);
    QCOMPARE(record->set.instruction, set.instruction);
    QCOMPARE(record->set.documents, set.documents);
    QCOMPARE(record->set.labels(), (QList<int>{ 3, 0, -1, 2, 1 }));
    QCOMPARE(record->set.models, set.models);
    QCOMPARE(record->set.topN, 3);
    QCOMPARE(record->set.batchSize, 2);
    QCOMPARE(record->set, set);
    compareResults(record->results, results);
    compareResults(m_store->loadResults(id), results);
    QCOMPARE(record->results.at(1).unscored.size(), 3);
    QCOMPARE(record->results.at(1).rankOf(1), 1); // tie 0.5 / 0.5: lower index first
    QVERIFY(!record->results.at(2).cost.has_value());
    QCOMPARE(errors.size(), 0);

    // A name given at insert is used as given (trimmed).
    const qint64 named = m_store->saveSet(0, set, u"  Lighthouses  "_s);
    QCOMPARE(m_store->loadSet(named)->name, u"Lighthouses"_s);
    QVERIFY(m_store->loadResults(named).isEmpty());

    QVERIFY(!m_store->loadSet(id + 1000));
    QCOMPARE(errors.size(), 0); // a missing set is an answer, not a storage failure
}

void TestWorkbenchStore::updateKeepsIdAndResults()
{
    const qint64 id = m_store->saveSet(0, sampleSet(), u"Mine"_s);
    QVERIFY(m_store->saveResults(id, sampleResults()));
    const QDateTime created = m_store->loadSet(id)->created;

    RerankSet changed = sampleSet();
    changed.query = u"A different question"_s;
    changed.documents.removeLast();
    changed.documents[0].label = 1;
    changed.models = { u"only/one"_s };
    changed.instruction.clear();
    QCOMPARE(m_store->saveSet(id, changed), id);

    const std::optional<WorkbenchSetRecord> record = m_store->loadSet(id);
    QVERIFY(record);
    QCOMPARE(record->name, u"Mine"_s); // an empty name keeps the current one
    QCOMPARE(record->created, created);
    QCOMPARE(record->set, changed);
    compareResults(record->results, sampleResults()); // saving the set leaves results alone
    QCOMPARE(m_store->listSets().size(), 1);
    QCOMPARE(m_store->listSets().first().documentCount, 4);

    QCOMPARE(m_store->saveSet(id, changed, u"Renamed on save"_s), id);
    QCOMPARE(m_store->loadSet(id)->name, u"Renamed on save"_s);

    QSignalSpy errors(m_store.get(), &WorkbenchStore::storageError);
    QCOMPARE(m_store->saveSet(id + 1000, changed), 0);
    QVERIFY(!m_store->lastError().isEmpty());
    QCOMPARE(m_store->listSets().size(), 1);
    QCOMPARE(errors.size(), 0);
}

void TestWorkbenchStore::saveResultsReplaces()
{
    const qint64 id = m_store->saveSet(0, sampleSet());
    QVERIFY(m_store->saveResults(id, sampleResults()));
    QCOMPARE(m_store->loadResults(id).size(), 3);

    RerankResult rerun = sampleResults().at(1);
    rerun.ranked = { { 3, 0.99 } };
    rerun.unscored.clear();
    QVERIFY(m_store->saveResults(id, { rerun }));
    compareResults(m_store->loadResults(id), { rerun });
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM workbench_results"_s).toInt(), 1);

    QVERIFY(m_store->saveResults(id, {}));
    QVERIFY(m_store->loadResults(id).isEmpty());

    // Results for a set that does not exist are refused, and nothing is left behind.
    QVERIFY(!m_store->saveResults(id + 1000, sampleResults()));
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM workbench_results"_s).toInt(), 0);
}

void TestWorkbenchStore::listRenameDelete()
{
    QSignalSpy listChanged(m_store.get(), &WorkbenchStore::setListChanged);
    RerankSet small;
    small.query = u"small"_s;
    small.documents = { { u"one"_s, -1 } };
    const qint64 a = m_store->saveSet(0, small, u"A"_s);
    const qint64 b = m_store->saveSet(0, sampleSet(), u"B"_s);
    const qint64 c = m_store->saveSet(0, RerankSet(), u"C"_s);
    QVERIFY(a > 0 && b > a && c > b);

    QList<WorkbenchSetSummary> list = m_store->listSets();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.at(0).id, c); // newest first
    QCOMPARE(list.at(0).name, u"C"_s);
    QCOMPARE(list.at(0).documentCount, 0);
    QCOMPARE(list.at(1).documentCount, 5);
    QCOMPARE(list.at(2).id, a);
    QCOMPARE(list.at(2).documentCount, 1);
    QVERIFY(list.at(2).updated.isValid());

    // New results move a set to the top.
    QTRY_VERIFY(QDateTime::currentMSecsSinceEpoch() > list.at(0).updated.toMSecsSinceEpoch());
    QVERIFY(m_store->saveResults(a, {}));
    QCOMPARE(m_store->listSets().first().id, a);

    listChanged.clear();
    QVERIFY(m_store->renameSet(b, u" Better name "_s));
    QCOMPARE(listChanged.size(), 1);
    QCOMPARE(m_store->loadSet(b)->name, u"Better name"_s);
    QVERIFY(!m_store->renameSet(b + 1000, u"x"_s));

    QVERIFY(m_store->deleteSet(c));
    QCOMPARE(listChanged.size(), 2);
    QVERIFY(!m_store->loadSet(c));
    QVERIFY(!m_store->deleteSet(c));
    list = m_store->listSets();
    QCOMPARE(list.size(), 2);
    for (const WorkbenchSetSummary &row : list)
        QVERIFY(row.id != c);
}

void TestWorkbenchStore::deleteCascadesToResults()
{
    const qint64 keep = m_store->saveSet(0, sampleSet(), u"keep"_s);
    const qint64 gone = m_store->saveSet(0, sampleSet(), u"gone"_s);
    QVERIFY(m_store->saveResults(keep, sampleResults()));
    QVERIFY(m_store->saveResults(gone, sampleResults()));
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM workbench_results"_s).toInt(), 6);

    QVERIFY(m_store->deleteSet(gone));
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM workbench_results"_s).toInt(), 3);
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM workbench_results WHERE set_id = %1"_s.arg(gone))
                 .toInt(),
             0);
    QVERIFY(m_store->loadResults(gone).isEmpty());
    compareResults(m_store->loadResults(keep), sampleResults());
}

void TestWorkbenchStore::exportImportRoundTrip()
{
    const qint64 id = m_store->saveSet(0, sampleSet(), u"Export me"_s);
    QVERIFY(m_store->saveResults(id, sampleResults()));
    const std::optional<WorkbenchSetRecord> original = m_store->loadSet(id);
    QVERIFY(original);

    QString error;
    const QByteArray json = m_store->exportSetJson(id, &error);
    QVERIFY2(!json.isEmpty(), qPrintable(error));
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    QCOMPARE(root.value(u"format"_s).toString(), u"sift-workbench-set"_s);
    QCOMPARE(root.value(u"version"_s).toInt(), WorkbenchStore::formatVersion);
    QCOMPARE(root.value(u"results"_s).toArray().size(), 3);
    QCOMPARE(root.value(u"set"_s).toObject(), sampleSet().toJson());

    // Into another history file, as a user moving a set between machines would.
    const QString otherPath = m_dir->filePath(u"other.db"_s);
    Database other;
    QVERIFY(other.open(otherPath).ok());
    WorkbenchStore otherStore(&other);
    QSignalSpy listChanged(&otherStore, &WorkbenchStore::setListChanged);
    const qint64 imported = otherStore.importSetJson(json, &error);
    QVERIFY2(imported > 0, qPrintable(error));
    QCOMPARE(listChanged.size(), 1);

    const std::optional<WorkbenchSetRecord> copy = otherStore.loadSet(imported);
    QVERIFY(copy);
    QCOMPARE(copy->name, original->name);
    QCOMPARE(copy->created, original->created);
    QCOMPARE(copy->updated, original->updated);
    QCOMPARE(copy->set, original->set);
    compareResults(copy->results, original->results);

    // Exporting the copy gives the same file, but for the export time.
    QJsonObject again = QJsonDocument::fromJson(otherStore.exportSetJson(imported)).object();
    QJsonObject first = root;
    again.remove(u"exported"_s);
    first.remove(u"exported"_s);
    QCOMPARE(again, first);

    // Importing into the same store makes a second, independent set.
    const qint64 twin = m_store->importSetJson(json, &error);
    QVERIFY(twin > 0 && twin != id);
    QVERIFY(m_store->deleteSet(id));
    compareResults(m_store->loadResults(twin), sampleResults());
}

void TestWorkbenchStore::exportOfMissingSetFails()
{
    QString error;
    QVERIFY(m_store->exportSetJson(4242, &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

void TestWorkbenchStore::badFilesAreRejected_data()
{
    QTest::addColumn<QByteArray>("json");

    const QJsonObject valid = validFile();
    const auto with = [&valid](const QString &key, const QJsonValue &value) {
        QJsonObject object = valid;
        if (value.isUndefined())
            object.remove(key);
        else
            object.insert(key, value);
        return exportedJson(object);
    };
    const auto withSet = [&valid](const QString &key, const QJsonValue &value) {
        QJsonObject object = valid;
        QJsonObject set = object.value(u"set"_s).toObject();
        set.insert(key, value);
        object.insert(u"set"_s, set);
        return exportedJson(object);
    };
    const auto withResult = [&valid](const QString &key, const QJsonValue &value) {
        QJsonObject object = valid;
        QJsonArray results = object.value(u"results"_s).toArray();
        QJsonObject result = results.at(0).toObject();
        result.insert(key, value);
        results.replace(0, result);
        object.insert(u"results"_s, results);
        return exportedJson(object);
    };

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("not json") << QByteArray("this is not json");
    QTest::newRow("truncated") << exportedJson(valid).chopped(20);
    QTest::newRow("array root") << QByteArray("[1, 2, 3]");
    QTest::newRow("string root") << QByteArray("\"sift-workbench-set\"");
    QTest::newRow("nested too deep") << QByteArray(5000, '[') + QByteArray(5000, ']');
    QTest::newRow("conversation export")
        << QByteArray(R"({"format":"sift-conversations","version":1,"conversations":[]})");
    QTest::newRow("no format") << with(u"format"_s, QJsonValue::Undefined);
    QTest::newRow("format not text") << with(u"format"_s, 1);
    QTest::newRow("no version") << with(u"version"_s, QJsonValue::Undefined);
    QTest::newRow("version zero") << with(u"version"_s, 0);
    QTest::newRow("version text") << with(u"version"_s, u"1"_s);
    QTest::newRow("newer version") << with(u"version"_s, 2);
    QTest::newRow("huge version") << with(u"version"_s, 1e308);
    QTest::newRow("no set") << with(u"set"_s, QJsonValue::Undefined);
    QTest::newRow("set is list") << with(u"set"_s, QJsonArray{ 1 });
    QTest::newRow("name is object") << with(u"name"_s, QJsonObject{});
    QTest::newRow("results is object") << with(u"results"_s, QJsonObject{});
    QTest::newRow("result is number") << with(u"results"_s, QJsonArray{ 7 });
    QTest::newRow("documents not list") << withSet(u"documents"_s, u"text"_s);
    QTest::newRow("query not text") << withSet(u"query"_s, 12);
    QTest::newRow("document is number") << withSet(u"documents"_s, QJsonArray{ 5 });
    QTest::newRow("result without model") << withResult(u"model"_s, QJsonValue::Null);
    QTest::newRow("result bad state") << withResult(u"state"_s, u"exploded"_s);
    QTest::newRow("result ranked not list") << withResult(u"ranked"_s, u"x"_s);
    QTest::newRow("scored index past the documents") << withResult(
        u"ranked"_s, QJsonArray{ QJsonObject{ { u"index"_s, 5 }, { u"score"_s, 1 } } });
    QTest::newRow("scored index huge") << withResult(
        u"ranked"_s, QJsonArray{ QJsonObject{ { u"index"_s, 2147483647 }, { u"score"_s, 1 } } });
    QTest::newRow("document scored twice")
        << withResult(u"ranked"_s,
                      QJsonArray{ QJsonObject{ { u"index"_s, 1 }, { u"score"_s, 0.5 } },
                                  QJsonObject{ { u"index"_s, 1 }, { u"score"_s, 0.4 } } });
    QTest::newRow("unscored index past the documents")
        << withResult(u"unscored"_s,
                      QJsonArray{ QJsonObject{ { u"indices"_s, QJsonArray{ 99 } },
                                               { u"error"_s, QJsonObject{} } } });
    QTest::newRow("document both scored and unscored")
        << withResult(u"unscored"_s,
                      QJsonArray{ QJsonObject{ { u"indices"_s, QJsonArray{ 0 } },
                                               { u"error"_s, QJsonObject{} } } });
    QTest::newRow("document count past the documents")
        << withResult(u"document_count"_s, 1000000000);
}

void TestWorkbenchStore::badFilesAreRejected()
{
    QFETCH(QByteArray, json);
    QSignalSpy errors(m_store.get(), &WorkbenchStore::storageError);
    QSignalSpy listChanged(m_store.get(), &WorkbenchStore::setListChanged);

    QString parseError;
    QVERIFY(!WorkbenchStore::parseSetJson(json, &parseError));
    QVERIFY(!parseError.isEmpty());

    QString error;
    QCOMPARE(m_store->importSetJson(json, &error), 0);
    QCOMPARE(error, parseError);
    QVERIFY(m_store->listSets().isEmpty());
    QCOMPARE(scalar(*m_db, u"SELECT count(*) FROM workbench_results"_s).toInt(), 0);
    QCOMPARE(errors.size(), 0);
    QCOMPARE(listChanged.size(), 0);

    // Without an error pointer it still fails quietly.
    QCOMPARE(m_store->importSetJson(json), 0);
}

void TestWorkbenchStore::readOnlyDatabaseReportsError()
{
    const qint64 id = m_store->saveSet(0, sampleSet(), u"Shared"_s);
    Database second;
    QVERIFY(second.openReadOnly(dbPath()).ok());
    WorkbenchStore reader(&second);
    QCOMPARE(reader.listSets().size(), 1);
    QCOMPARE(reader.loadSet(id)->set, sampleSet());

    QSignalSpy errors(&reader, &WorkbenchStore::storageError);
    QCOMPARE(reader.saveSet(0, sampleSet()), 0);
    QCOMPARE(errors.size(), 1);
    QVERIFY(!errors.first().first().toString().isEmpty());
    QVERIFY(!reader.lastError().isEmpty());
    QVERIFY(!reader.saveResults(id, sampleResults()));
    QString error;
    QCOMPARE(reader.importSetJson(m_store->exportSetJson(id), &error), 0);
    QVERIFY(!error.isEmpty());
    QCOMPARE(m_store->listSets().size(), 1);
}

void TestWorkbenchStore::upgradeFromVersion3()
{
    cleanup();
    const QString path = m_dir->filePath(u"old.db"_s);
    qint64 conversation = 0;
    {
        Database db;
        Database::Options options;
        options.targetVersion = 3;
        QVERIFY(db.open(path, options).ok());
        QCOMPARE(db.schemaVersion(), 3);
        QVERIFY(!scalar(db, u"SELECT name FROM sqlite_master WHERE name = 'workbench_sets'"_s)
                     .isValid());
        // Written as a version-3 Sift wrote it (today's store writes today's columns).
        QSqlQuery insert(db.connection());
        QVERIFY(insert.exec(u"INSERT INTO conversations (title, created, updated)"
                            " VALUES ('Before the workbench', 1, 1)"_s));
        conversation = insert.lastInsertId().toLongLong();
        QVERIFY(conversation > 0);
    }
    Database db;
    const Database::OpenResult result = db.open(path);
    QVERIFY2(result.ok(), qPrintable(result.detail));
    QCOMPARE(result.previousVersion, 3);
    QCOMPARE(db.schemaVersion(), Database::latestVersion());
    QVERIFY(Database::latestVersion() >= 4);
    QVERIFY(db.integrityCheck());

    ConversationStore conversations(&db);
    QCOMPARE(conversations.listConversations().size(), 1);
    QCOMPARE(conversations.listConversations().first().id, conversation);

    WorkbenchStore store(&db);
    QVERIFY(store.listSets().isEmpty());
    const qint64 id = store.saveSet(0, sampleSet());
    QVERIFY(store.saveResults(id, sampleResults()));
    compareResults(store.loadSet(id)->results, sampleResults());
    // The foreign key is enforced, not only declared.
    QSqlQuery query(db.connection());
    QVERIFY(!query.exec(u"INSERT INTO workbench_results (set_id, model, result_json, created)"
                        " VALUES (4242, 'm', '{}', 0)"_s));
}

// A result saved while its run was in flight (RerankRunRecorder) and never finished: the Sift
// that wrote it ended. On load it says so, and exports carry that too.
void TestWorkbenchStore::runningResultsLoadAsInterrupted()
{
    const qint64 id = m_store->saveSet(0, sampleSet());
    QVERIFY(id);
    QList<RerankResult> results = sampleResults();
    results[1].state = RerankResult::State::Running;
    QVERIFY(m_store->saveResults(id, results));
    // Stored as running: the next start decides what it means.
    QCOMPARE(scalar(*m_db,
                    u"SELECT count(*) FROM workbench_results WHERE result_json LIKE "
                    "'%\"state\":\"running\"%'"_s)
                 .toInt(),
             1);
    reopen();
    const QList<RerankResult> loaded = m_store->loadResults(id);
    QCOMPARE(loaded.size(), 3);
    QCOMPARE(loaded.at(0).state, RerankResult::State::Complete);
    QCOMPARE(loaded.at(1).state, RerankResult::State::Interrupted);
    QCOMPARE(loaded.at(1).ranked, results.at(1).ranked);
    QCOMPARE(loaded.at(1).unscored.size(), results.at(1).unscored.size());
    QCOMPARE(loaded.at(2).state, RerankResult::State::Failed);

    QString error;
    const std::optional<WorkbenchSetRecord> parsed
        = WorkbenchStore::parseSetJson(m_store->exportSetJson(id), &error);
    QVERIFY2(parsed, qPrintable(error));
    QCOMPARE(parsed->results.at(1).state, RerankResult::State::Interrupted);
    // Imported again, it stays interrupted (not running).
    const qint64 copy = m_store->importSetJson(m_store->exportSetJson(id), &error);
    QVERIFY2(copy, qPrintable(error));
    QCOMPARE(m_store->loadResults(copy).at(1).state, RerankResult::State::Interrupted);
}

void TestWorkbenchStore::newStatesRoundTrip_data()
{
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("text");
    QTest::newRow("running") << int(RerankResult::State::Running) << u"running"_s;
    QTest::newRow("interrupted") << int(RerankResult::State::Interrupted) << u"interrupted"_s;
    QTest::newRow("cancelled") << int(RerankResult::State::Cancelled) << u"cancelled"_s;
}

void TestWorkbenchStore::newStatesRoundTrip()
{
    QFETCH(int, state);
    QFETCH(QString, text);
    QCOMPARE(RerankResult::stateToString(RerankResult::State(state)), text);
    QVERIFY(RerankResult::stateFromString(text) == RerankResult::State(state));
    QVERIFY(!RerankResult::stateDisplayName(RerankResult::State(state)).isEmpty());
    RerankResult result = sampleResults().at(1);
    result.state = RerankResult::State(state);
    const std::optional<RerankResult> back = RerankResult::fromJson(result.toJson());
    QVERIFY(back);
    compareResult(*back, result);
}

QTEST_GUILESS_MAIN(TestWorkbenchStore)
#include "tst_workbenchstore.moc"
