#include "workbenchstore.h"

#include "database.h"
#include "sqlvalues.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>

#include <utility>
#include <vector>

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

qint64 msOr(const QDateTime &time, qint64 fallback)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : fallback;
}

QString compactJson(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

// A new set without a name is listed by the first line of its query, kept short.
QString nameFrom(const QString &query)
{
    const QString line = query.trimmed().section(u'\n', 0, 0).simplified();
    constexpr int maxLength = 60;
    if (line.size() <= maxLength)
        return line;
    return line.left(maxLength).trimmed() + u'…';
}

QString timeToJson(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromJson(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString WorkbenchStore::nameForQuery(const QString &query)
{
    return nameFrom(query);
}

WorkbenchStore::WorkbenchStore(Database *database, QObject *parent)
    : SqlStore(database,
               tr("Sift could not read or save its rerank sets. Check that the disk is not full "
                  "and the history file is writable."),
               parent)
{
}

WorkbenchStore::~WorkbenchStore() = default;

bool WorkbenchStore::touch(qint64 setId, qint64 now)
{
    QSqlQuery &query = prepared(u"UPDATE workbench_sets SET updated = ? WHERE id = ?"_s);
    bind(query, { now, setId });
    if (!exec(query))
        return false;
    if (query.numRowsAffected() == 0) {
        setLastError(u"no workbench set %1"_s.arg(setId));
        return false;
    }
    return true;
}

qint64 WorkbenchStore::saveSet(qint64 id, const RerankSet &set, const QString &name)
{
    if (id <= 0) {
        WorkbenchSetRecord record;
        record.name = name;
        record.set = set;
        return insertSet(record);
    }
    QSqlQuery &query = prepared(u"UPDATE workbench_sets SET"
                                " name = CASE WHEN ? = '' THEN name ELSE ? END,"
                                " updated = ?, document_count = ?, set_json = ? WHERE id = ?"_s);
    const QString trimmed = text(name.trimmed());
    bind(query,
         { trimmed, trimmed, nowMs(), int(set.documents.size()), compactJson(set.toJson()), id });
    if (!exec(query))
        return 0;
    if (query.numRowsAffected() == 0) {
        setLastError(u"no workbench set %1"_s.arg(id));
        return 0;
    }
    Q_EMIT setListChanged();
    return id;
}

qint64 WorkbenchStore::insertSet(const WorkbenchSetRecord &record)
{
    const qint64 now = nowMs();
    const qint64 created = msOr(record.created, now);
    const qint64 updated = msOr(record.updated, now);
    qint64 id = 0;
    const bool ok = inTransaction([&] {
        QSqlQuery &query
            = prepared(u"INSERT INTO workbench_sets (name, created, updated, document_count,"
                       " set_json) VALUES (?, ?, ?, ?, ?)"_s);
        const QString name = record.name.trimmed();
        bind(query,
             { text(name.isEmpty() ? nameFrom(record.set.query) : name), created, updated,
               int(record.set.documents.size()), compactJson(record.set.toJson()) });
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        return writeResults(id, encodeResults(record.results), updated);
    });
    if (!ok)
        return 0;
    Q_EMIT setListChanged();
    return id;
}

std::optional<WorkbenchSetRecord> WorkbenchStore::loadSet(qint64 id)
{
    QSqlQuery &query = prepared(
        u"SELECT id, name, created, updated, set_json FROM workbench_sets WHERE id = ?"_s);
    bind(query, { id });
    if (!exec(query))
        return std::nullopt;
    if (!query.next()) {
        query.finish();
        setLastError(u"no workbench set %1"_s.arg(id));
        return std::nullopt;
    }
    WorkbenchSetRecord record;
    record.id = query.value(0).toLongLong();
    record.name = query.value(1).toString();
    record.created = timeFrom(query.value(2));
    record.updated = timeFrom(query.value(3));
    const QByteArray json = query.value(4).toString().toUtf8();
    query.finish();

    QString error;
    std::optional<RerankSet> set
        = RerankSet::fromJson(QJsonDocument::fromJson(json).object(), &error);
    if (!set) {
        failed(error);
        return std::nullopt;
    }
    record.set = std::move(*set);
    record.results = loadResults(id);
    return record;
}

QList<WorkbenchSetSummary> WorkbenchStore::listSets()
{
    QSqlQuery &query = prepared(u"SELECT id, name, created, updated, document_count"
                                " FROM workbench_sets ORDER BY updated DESC, id DESC"_s);
    QList<WorkbenchSetSummary> list;
    if (!exec(query))
        return list;
    while (query.next()) {
        WorkbenchSetSummary row;
        row.id = query.value(0).toLongLong();
        row.name = query.value(1).toString();
        row.created = timeFrom(query.value(2));
        row.updated = timeFrom(query.value(3));
        row.documentCount = query.value(4).toInt();
        list.append(row);
    }
    query.finish();
    return list;
}

bool WorkbenchStore::renameSet(qint64 id, const QString &name)
{
    QSqlQuery &query = prepared(u"UPDATE workbench_sets SET name = ? WHERE id = ?"_s);
    bind(query, { text(name.trimmed()), id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    Q_EMIT setListChanged();
    return true;
}

bool WorkbenchStore::deleteSet(qint64 id)
{
    // The results go with their set (ON DELETE CASCADE).
    QSqlQuery &query = prepared(u"DELETE FROM workbench_sets WHERE id = ?"_s);
    bind(query, { id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    Q_EMIT setListChanged();
    return true;
}

QList<EncodedRerankResult> WorkbenchStore::encodeResults(const QList<RerankResult> &results)
{
    QList<EncodedRerankResult> encoded;
    encoded.reserve(results.size());
    for (const RerankResult &result : results)
        encoded.append({ text(result.model), compactJson(result.toJson()) });
    return encoded;
}

bool WorkbenchStore::writeResults(qint64 setId, const QList<EncodedRerankResult> &results,
                                  qint64 now)
{
    QSqlQuery &remove = prepared(u"DELETE FROM workbench_results WHERE set_id = ?"_s);
    bind(remove, { setId });
    if (!exec(remove))
        return false;
    QSqlQuery &insert = prepared(u"INSERT INTO workbench_results (set_id, model, result_json,"
                                 " created) VALUES (?, ?, ?, ?)"_s);
    for (const EncodedRerankResult &result : results) {
        bind(insert, { setId, result.model, result.json, now });
        if (!exec(insert))
            return false;
    }
    return true;
}

bool WorkbenchStore::saveResults(qint64 setId, const QList<RerankResult> &results)
{
    return saveEncodedResults(setId, encodeResults(results));
}

bool WorkbenchStore::saveEncodedResults(qint64 setId, const QList<EncodedRerankResult> &results)
{
    const qint64 now = nowMs();
    const bool ok
        = inTransaction([&] { return touch(setId, now) && writeResults(setId, results, now); });
    if (ok)
        Q_EMIT setListChanged();
    return ok;
}

QList<RerankResult> WorkbenchStore::loadResults(qint64 setId)
{
    QSqlQuery &query
        = prepared(u"SELECT result_json FROM workbench_results WHERE set_id = ? ORDER BY id"_s);
    bind(query, { setId });
    QList<RerankResult> results;
    if (!exec(query))
        return results;
    while (query.next()) {
        const QJsonObject object
            = QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        QString error;
        // Only a row damaged outside Sift fails here: losing that one result beats losing all.
        if (std::optional<RerankResult> result = RerankResult::fromJson(object, &error)) {
            // Only one Sift writes the file at a time (Database's lock): a result still saved
            // as running was cut off when that Sift ended.
            if (result->state == RerankResult::State::Running)
                result->state = RerankResult::State::Interrupted;
            results.append(std::move(*result));
        } else
            setLastError(error);
    }
    query.finish();
    return results;
}

QByteArray WorkbenchStore::exportSetJson(qint64 setId, QString *error)
{
    const std::optional<WorkbenchSetRecord> record = loadSet(setId);
    if (!record) {
        if (error)
            *error = tr("Sift could not read this rerank set from its history. Check that the "
                        "history file is readable, then try again.");
        return {};
    }
    return toJsonDocument(*record);
}

qint64 WorkbenchStore::importSetJson(const QByteArray &json, QString *error)
{
    const std::optional<WorkbenchSetRecord> record = parseSetJson(json, error);
    if (!record)
        return 0;
    const qint64 id = insertSet(*record);
    if (!id && error)
        *error = tr("Sift could not save the imported rerank set. Check that the disk is not full "
                    "and the history file is writable.");
    return id;
}

QByteArray WorkbenchStore::toJsonDocument(const WorkbenchSetRecord &record)
{
    QJsonArray results;
    for (const RerankResult &result : record.results)
        results.append(result.toJson());
    QJsonObject root{ { u"format"_s, QString(fileFormat) },
                      { u"version"_s, formatVersion },
                      { u"exported"_s, timeToJson(QDateTime::currentDateTimeUtc()) },
                      { u"name"_s, record.name },
                      { u"set"_s, record.set.toJson() },
                      { u"results"_s, results } };
    if (record.created.isValid())
        root.insert(u"created"_s, timeToJson(record.created));
    if (record.updated.isValid())
        root.insert(u"updated"_s, timeToJson(record.updated));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<WorkbenchSetRecord> WorkbenchStore::parseSetJson(const QByteArray &json,
                                                               QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<WorkbenchSetRecord> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (json.size() > maxImportBytes)
        return fail(tr("The file is too large to be a rerank set exported by Sift. Choose the "
                       ".json file that Sift exported from the Rerank tab."));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(tr("The file is not JSON exported by Sift (%1). Choose the .json file that "
                       "Sift exported from the Rerank tab.")
                        .arg(parseError.error == QJsonParseError::NoError
                                 ? tr("it holds no object")
                                 : parseError.errorString()));
    return parseSetObject(document.object(), error);
}

std::optional<WorkbenchSetRecord> WorkbenchStore::parseSetFile(const QByteArray &json,
                                                               QString *error, bool *legacy)
{
    const auto fail = [error](const QString &message) -> std::optional<WorkbenchSetRecord> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (legacy)
        *legacy = false;
    if (json.size() > maxImportBytes)
        return fail(tr("The file is too large to be a rerank set exported by Sift. Choose the "
                       ".json file that Sift exported from the Rerank tab."));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject())
        return fail(tr("The file is not a rerank set exported by Sift (%1). Choose the .json "
                       "file that Sift exported from the Rerank tab.")
                        .arg(parseError.error == QJsonParseError::NoError
                                 ? tr("it holds no object")
                                 : parseError.errorString()));
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != "sift-rerank-set"_L1)
        return parseSetObject(root, error);
    // Files from Save set… of earlier versions: the set and results without name or times.
    if (legacy)
        *legacy = true;
    QJsonObject modern = root;
    modern.insert(u"format"_s, QString(fileFormat));
    modern.insert(u"version"_s, formatVersion);
    modern.remove(u"name"_s);
    return parseSetObject(modern, error);
}

std::optional<WorkbenchSetRecord> WorkbenchStore::parseSetObject(const QJsonObject &root,
                                                                 QString *error)
{
    const auto fail = [error](const QString &message) -> std::optional<WorkbenchSetRecord> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (root.value(u"format"_s).toString() != fileFormat)
        return fail(tr("The file is not a rerank set exported by Sift. Choose the .json file that "
                       "Sift exported from the Rerank tab."));
    const QJsonValue version = root.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() < 1)
        return fail(tr("The file does not say which version of the format it uses. Export the "
                       "set again from Sift."));
    if (version.toDouble() > formatVersion)
        return fail(tr("The file was exported by a newer Sift. Update Sift to import it."));
    if (!root.value(u"set"_s).isObject())
        return fail(tr("The file holds no rerank set. Export the set again from Sift."));
    const QJsonValue name = root.value(u"name"_s);
    if (!name.isString() && !name.isUndefined())
        return fail(tr("The set's name must be text. Export the set again from Sift."));
    const QJsonValue resultList = root.value(u"results"_s);
    if (!resultList.isArray() && !resultList.isUndefined())
        return fail(tr("The set's results must be a list. Export the set again from Sift."));

    WorkbenchSetRecord record;
    record.name = name.toString();
    record.created = timeFromJson(root.value(u"created"_s));
    record.updated = timeFromJson(root.value(u"updated"_s));
    QString setError;
    std::optional<RerankSet> set = RerankSet::fromJson(root.value(u"set"_s).toObject(), &setError);
    if (!set)
        return fail(setError);
    record.set = std::move(*set);

    const qsizetype documents = record.set.documents.size();
    const QJsonArray resultArray = resultList.toArray();
    // Every pair of models is compared: a file with thousands of models' results would cost
    // minutes and gigabytes (issue 18). Refused with the reason rather than cut silently.
    if (resultArray.size() > maxResults)
        return fail(tr("The file holds results for %1 models; Sift compares at most %2. Keep "
                       "fewer models in the set and export it again.")
                        .arg(resultArray.size())
                        .arg(maxResults));
    // One buffer for all results: which documents each one has named (reset per result).
    std::vector<int> seenBy(size_t(documents), -1);
    int resultNumber = 0;
    for (const QJsonValue &value : resultArray) {
        QString resultError;
        std::optional<RerankResult> result = value.isObject()
            ? RerankResult::fromJson(value.toObject(), &resultError)
            : std::nullopt;
        if (!result)
            return fail(tr("A result in the file is not in Sift's format. Export the set again "
                           "from Sift, or import it and run the models again."));
        // The workbench looks documents up by these indices: each must name one document, once.
        ++resultNumber;
        const auto claim = [&](int index) {
            if (index < 0 || index >= documents || seenBy[size_t(index)] == resultNumber)
                return false;
            seenBy[size_t(index)] = resultNumber;
            return true;
        };
        bool valid = result->documentCount <= documents;
        for (const RerankScore &score : std::as_const(result->ranked))
            valid = valid && claim(score.index);
        for (const UnscoredDocument &unscored : std::as_const(result->unscored))
            valid = valid && claim(unscored.index);
        if (!valid)
            return fail(tr("The results for %1 refer to documents the set does not have. Export "
                           "the set again from Sift.")
                            .arg(result->model));
        record.results.append(std::move(*result));
    }
    return record;
}
