#pragma once

#include "rerank/rerankresult.h"
#include "rerank/rerankset.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <optional>

class Database;

// One row of the list of saved workbench sets.
struct WorkbenchSetSummary
{
    qint64 id = 0;
    QString name;
    QDateTime created; // UTC
    QDateTime updated; // UTC: last save of the set or of its results
    int documentCount = 0;
};

// A saved workbench set: the RerankSet (query, instruction, documents with their labels, chosen
// models, top-N, batch size) and the results of its last run, one per model in run order.
struct WorkbenchSetRecord
{
    qint64 id = 0; // 0 = not in the store
    QString name;
    QDateTime created; // UTC
    QDateTime updated; // UTC
    RerankSet set;
    QList<RerankResult> results;
};

// One result as stored: its model and its RerankResult::toJson() text.
struct EncodedRerankResult
{
    QString model;
    QString json;
};

// Saves and reopens rerank workbench sets in Sift's SQLite file (tables workbench_sets and
// workbench_results, schema version 4), and exports/imports one set as a JSON file.
//
// Same rules as ConversationStore: lives on the GUI thread; every call is a few prepared
// statements in a short transaction; failures return 0/false/nullopt/empty, set lastError() and
// emit storageError() for database trouble; nothing throws. Destroy it before its Database
// closes (it drops its prepared statements on aboutToClose).
//
// Typical use by the workbench:
//   id = store.saveSet(id, set);                  // 0 = new; keep the returned id
//   store.saveResults(id, run->results());        // after a run: replaces the previous ones
//   auto record = store.loadSet(id);              // reopen: set + last results
//   store.exportSetJson(id) / store.importSetJson(bytes)
class WorkbenchStore : public QObject
{
    Q_OBJECT
public:
    // The "format" and "version" written in exported files.
    static constexpr QLatin1String fileFormat{ "sift-workbench-set" };
    static constexpr int formatVersion = 1;
    // Larger files are refused before parsing (about 100,000 long documents).
    static constexpr qsizetype maxImportBytes = 256 * 1024 * 1024;

    explicit WorkbenchStore(Database *database, QObject *parent = nullptr);
    // The name a set gets when saved without one: the first line of its query, kept short.
    static QString nameForQuery(const QString &query);
    ~WorkbenchStore() override;

    // id 0 inserts a new set and returns its id; otherwise rewrites set `id` (0 when there is no
    // such set). An empty name: a new set is named after the first line of its query, an
    // existing one keeps its name. Saved results are left as they are.
    qint64 saveSet(qint64 id, const RerankSet &set, const QString &name = {});
    // The set with its last results; nullopt when there is none with that id.
    std::optional<WorkbenchSetRecord> loadSet(qint64 id);
    // Most recently updated first.
    QList<WorkbenchSetSummary> listSets();
    bool renameSet(qint64 id, const QString &name);
    // Removes the set and its results for good.
    bool deleteSet(qint64 id);

    // Replaces the set's saved results with `results` (an empty list clears them).
    bool saveResults(qint64 setId, const QList<RerankResult> &results);
    // The same in two steps, for thousands of scores saved during a run: encodeResults() is
    // the slow part and touches nothing shared (run it on a worker thread), saveEncodedResults()
    // the quick write on this thread.
    static QList<EncodedRerankResult> encodeResults(const QList<RerankResult> &results);
    bool saveEncodedResults(qint64 setId, const QList<EncodedRerankResult> &results);
    // In the order they were saved. Empty when none are saved (or on failure: see lastError()).
    // A result saved in state Running (its run was in flight when Sift ended) loads as
    // Interrupted.
    QList<RerankResult> loadResults(qint64 setId);

    // The set, its labels, models and last results as one JSON document (indented, UTF-8).
    // Empty on failure, with *error set (translated).
    QByteArray exportSetJson(qint64 setId, QString *error = nullptr);
    // Saves what exportSetJson() wrote as a new set (name and times kept). Returns the new id, or
    // 0 with *error set (translated) when the file is not a usable set; nothing is written then.
    qint64 importSetJson(const QByteArray &json, QString *error = nullptr);

    // The file format without a database: for exporting an unsaved set, or parsing a big file on
    // a worker thread (parseSetJson touches nothing shared) before insertSet() on this thread.
    static QByteArray toJsonDocument(const WorkbenchSetRecord &record);
    // Rejects (nullopt, *error set, translated) anything that is not a set in this format, and
    // results that point at documents the set does not have. The record's id is 0.
    static std::optional<WorkbenchSetRecord> parseSetJson(const QByteArray &json,
                                                          QString *error = nullptr);
    // Any set file Sift wrote: this format, or the older "Save set…" file (format
    // "sift-rerank-set"). Parsed once; runs on a worker thread (touches nothing shared).
    // *legacy (optional) tells which it was.
    static std::optional<WorkbenchSetRecord> parseSetFile(const QByteArray &json,
                                                          QString *error = nullptr,
                                                          bool *legacy = nullptr);
    // The most results (models) a set file may hold: the comparison looks at every pair.
    static constexpr int maxResults = 100;
    // Inserts `record` as a new set with its results in one transaction (created/updated kept
    // when valid, else now). Returns the new id, 0 on failure.
    qint64 insertSet(const WorkbenchSetRecord &record);

    QString lastError() const { return m_lastError; }
    Database *database() const { return m_database; }

Q_SIGNALS:
    // A set was added, renamed, deleted or saved (its place in the list may have changed).
    void setListChanged();
    // A statement failed (full disk, read-only file, …): `message` is fit to show.
    void storageError(const QString &message);

private:
    static std::optional<WorkbenchSetRecord> parseSetObject(const QJsonObject &root,
                                                            QString *error);
    QSqlQuery &prepared(const QString &sql);
    bool exec(QSqlQuery &query);
    bool failed(const QSqlQuery &query);
    bool failed(const QString &detail);
    bool inTransaction(const std::function<bool()> &work);
    bool writeResults(qint64 setId, const QList<EncodedRerankResult> &results, qint64 now);
    bool touch(qint64 setId, qint64 now);

    Database *m_database;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QString m_lastError;
};
