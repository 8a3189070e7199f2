#include "evalstore.h"

#include "chat/tokenestimate.h"

#include "database.h"
#include "knowledge/contenthash.h"
#include "resultscodec.h"
#include "sqlitestatement.h"
#include "sqlvalues.h"

#include <QSqlError>
#include <QStringDecoder>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace SqlValues;

namespace {

QString sourceText(Eval::JudgmentSource source)
{
    return source == Eval::JudgmentSource::Suggested ? u"suggested"_s : u"human"_s;
}

// UTF-8 text to bind: an empty QString's bytes may have no data pointer, which binds NULL.
QByteArrayView notNull(const QByteArray &text)
{
    return text.isNull() ? QByteArrayView("") : QByteArrayView(text);
}

QVariant optionalValue(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

constexpr auto SummaryColumns
    = "SELECT s.id, s.name, s.source, s.created, s.updated, s.depth, s.first_stage,"
      " (SELECT COUNT(*) FROM eval_queries q WHERE q.set_id = s.id),"
      " (SELECT COUNT(*) FROM eval_documents d WHERE d.set_id = s.id),"
      " (SELECT COUNT(*) FROM eval_judgments j WHERE j.set_id = s.id AND j.source = 'human'),"
      " (SELECT COUNT(*) FROM eval_candidates c WHERE c.set_id = s.id)"
      " FROM eval_sets s"_L1;

EvalSetSummary summaryFrom(const QSqlQuery &query)
{
    EvalSetSummary row;
    row.id = query.value(0).toLongLong();
    row.name = query.value(1).toString();
    row.source = query.value(2).toString();
    row.created = timeFrom(query.value(3));
    row.updated = timeFrom(query.value(4));
    row.depth = query.value(5).toInt();
    row.firstStage = query.value(6).toString();
    row.queryCount = query.value(7).toInt();
    row.documentCount = query.value(8).toInt();
    row.judgmentCount = query.value(9).toInt();
    row.candidateCount = query.value(10).toInt();
    return row;
}

} // namespace

QString EvalSystemInfo::kindToString(Kind kind)
{
    switch (kind) {
    case Kind::FirstStage:
        return u"first_stage"_s;
    case Kind::Reranker:
        return u"reranker"_s;
    case Kind::Run:
        break;
    }
    return u"run"_s;
}

std::optional<EvalSystemInfo::Kind> EvalSystemInfo::kindFromString(const QString &text)
{
    if (text == "first_stage"_L1)
        return Kind::FirstStage;
    if (text == "reranker"_L1)
        return Kind::Reranker;
    if (text == "run"_L1)
        return Kind::Run;
    return std::nullopt;
}

EvalStore::EvalStore(Database *database, QObject *parent)
    : SqlStore(database,
               tr("Sift could not read or save its evaluation sets. Check that the disk is not "
                  "full and the history file is writable."),
               parent)
{
}

EvalStore::~EvalStore() = default;

bool EvalStore::touch(qint64 setId)
{
    QSqlQuery &query = prepared(u"UPDATE eval_sets SET updated = ? WHERE id = ?"_s);
    bind(query, { nowMs(), setId });
    return exec(query);
}

qint64 EvalStore::createSet(const QString &name, const QString &source, int depth,
                            const QString &fingerprint)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty()) {
        failed(u"an evaluation set needs a name"_s);
        return 0;
    }
    QSqlQuery &query = prepared(u"INSERT INTO eval_sets (name, source, created, updated, depth,"
                                " fingerprint) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const qint64 now = nowMs();
    bind(query, { trimmed, text(source), now, now, depth, text(fingerprint) });
    if (!exec(query))
        return 0;
    const qint64 id = query.lastInsertId().toLongLong();
    if (!inTransaction())
        Q_EMIT setListChanged();
    return id;
}

QList<EvalSetSummary> EvalStore::listSets()
{
    QSqlQuery &query = prepared(QString(SummaryColumns) + u" ORDER BY s.updated DESC, s.id DESC"_s);
    QList<EvalSetSummary> list;
    if (!exec(query))
        return list;
    while (query.next())
        list.append(summaryFrom(query));
    query.finish();
    return list;
}

std::optional<EvalSetSummary> EvalStore::set(qint64 id)
{
    QSqlQuery &query = prepared(QString(SummaryColumns) + u" WHERE s.id = ?"_s);
    bind(query, { id });
    if (!exec(query))
        return std::nullopt;
    std::optional<EvalSetSummary> row;
    if (query.next())
        row = summaryFrom(query);
    query.finish();
    return row;
}

qint64 EvalStore::findSet(const QString &name)
{
    QSqlQuery &query = prepared(u"SELECT id FROM eval_sets WHERE name = ?"_s);
    bind(query, { text(name.trimmed()) });
    if (!exec(query))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

qint64 EvalStore::findSetByFingerprint(const QString &fingerprint)
{
    if (fingerprint.isEmpty())
        return 0;
    QSqlQuery &query
        = prepared(u"SELECT id FROM eval_sets WHERE fingerprint = ? ORDER BY id DESC LIMIT 1"_s);
    bind(query, { fingerprint });
    if (!exec(query))
        return 0;
    const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return id;
}

QString EvalStore::uniqueName(const QString &base)
{
    const QString trimmed = base.trimmed().isEmpty() ? tr("Evaluation set") : base.trimmed();
    QString name = trimmed;
    for (int n = 2; findSet(name) != 0; ++n)
        name = u"%1 (%2)"_s.arg(trimmed).arg(n);
    return name;
}

bool EvalStore::renameSet(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    QSqlQuery &query = prepared(u"UPDATE eval_sets SET name = ?, updated = ? WHERE id = ?"_s);
    bind(query, { trimmed, nowMs(), id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    Q_EMIT setListChanged();
    return true;
}

bool EvalStore::deleteSet(qint64 id)
{
    // Everything of the set goes with it (ON DELETE CASCADE).
    QSqlQuery &query = prepared(u"DELETE FROM eval_sets WHERE id = ?"_s);
    bind(query, { id });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    Q_EMIT setListChanged();
    return true;
}

bool EvalStore::addQuery(qint64 setId, int order, const Eval::Query &q)
{
    QSqlQuery &query = prepared(u"INSERT INTO eval_queries (set_id, ord, id, text, instruction)"
                                " VALUES (?, ?, ?, ?, ?)"_s);
    bind(query, { setId, order, text(q.id), text(q.text), text(q.instruction) });
    return exec(query);
}

bool EvalStore::addDocument(qint64 setId, const Eval::Document &document)
{
    QSqlQuery &query = prepared(u"INSERT INTO eval_documents (set_id, id, title, text, text_hash,"
                                " tokens) VALUES (?, ?, ?, ?, ?, ?)"_s);
    const QString sent = rerankText(document.title, document.text);
    bind(query,
         { setId, text(document.id), text(document.title), text(document.text), textHash(sent),
           TokenEstimate::forText(sent) });
    return exec(query);
}

bool EvalStore::setJudgment(qint64 setId, const QString &queryId, const QString &docId, int grade,
                            Eval::JudgmentSource source)
{
    QSqlQuery &query
        = prepared(u"INSERT OR REPLACE INTO eval_judgments"
                   " (set_id, query_id, doc_id, source, grade) VALUES (?, ?, ?, ?, ?)"_s);
    bind(query, { setId, text(queryId), text(docId), sourceText(source), grade });
    if (!exec(query))
        return false;
    if (!inTransaction())
        Q_EMIT setChanged(setId);
    return true;
}

bool EvalStore::removeJudgment(qint64 setId, const QString &queryId, const QString &docId,
                               Eval::JudgmentSource source)
{
    QSqlQuery &query
        = prepared(u"DELETE FROM eval_judgments"
                   " WHERE set_id = ? AND query_id = ? AND doc_id = ? AND source = ?"_s);
    bind(query, { setId, text(queryId), text(docId), sourceText(source) });
    if (!exec(query))
        return false;
    if (!inTransaction())
        Q_EMIT setChanged(setId);
    return true;
}

bool EvalStore::setCandidates(qint64 setId, const QString &queryId,
                              const QList<Eval::Candidate> &list)
{
    return inTransaction([&] {
        QSqlQuery &clear
            = prepared(u"DELETE FROM eval_candidates WHERE set_id = ? AND query_id = ?"_s);
        bind(clear, { setId, text(queryId) });
        if (!exec(clear))
            return false;
        QSqlQuery &insert
            = prepared(u"INSERT INTO eval_candidates"
                       " (set_id, query_id, rank, doc_id, score) VALUES (?, ?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < list.size(); ++i) {
            bind(insert,
                 { setId, text(queryId), int(i + 1), text(list.at(i).docId),
                   optionalValue(list.at(i).score) });
            if (!exec(insert))
                return false;
        }
        return true;
    });
}

bool EvalStore::fillCandidatesFromJudgments(qint64 setId)
{
    QSqlQuery &query
        = prepared(u"INSERT INTO eval_candidates (set_id, query_id, rank, doc_id, score)"
                   " SELECT set_id, query_id,"
                   "  row_number() OVER (PARTITION BY query_id ORDER BY doc_id), doc_id, NULL"
                   " FROM eval_judgments j WHERE j.set_id = ? AND j.source = 'human'"
                   "  AND EXISTS (SELECT 1 FROM eval_queries q WHERE q.set_id = j.set_id"
                   "   AND q.id = j.query_id)"
                   "  AND EXISTS (SELECT 1 FROM eval_documents d WHERE d.set_id = j.set_id"
                   "   AND d.id = j.doc_id)"
                   "  AND NOT EXISTS (SELECT 1 FROM eval_candidates c"
                   "   WHERE c.set_id = j.set_id AND c.query_id = j.query_id)"_s);
    bind(query, { setId });
    return exec(query);
}

bool EvalStore::setFirstStage(qint64 setId, const QString &name, int depth)
{
    QSqlQuery &query
        = prepared(u"UPDATE eval_sets SET first_stage = ?, depth = ?, updated = ? WHERE id = ?"_s);
    bind(query,
         { name.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(name), depth,
           nowMs(), setId });
    return exec(query);
}

QList<Eval::Query> EvalStore::queries(qint64 setId)
{
    QSqlQuery &query = prepared(
        u"SELECT id, text, instruction FROM eval_queries WHERE set_id = ? ORDER BY ord, id"_s);
    bind(query, { setId });
    QList<Eval::Query> list;
    if (!exec(query))
        return list;
    while (query.next())
        list.append(Eval::Query{ query.value(0).toString(), query.value(1).toString(),
                                 query.value(2).toString() });
    query.finish();
    return list;
}

int EvalStore::documentCount(qint64 setId)
{
    QSqlQuery &query = prepared(u"SELECT COUNT(*) FROM eval_documents WHERE set_id = ?"_s);
    bind(query, { setId });
    if (!exec(query))
        return 0;
    const int count = query.next() ? query.value(0).toInt() : 0;
    query.finish();
    return count;
}

Eval::Qrels EvalStore::qrels(qint64 setId, Eval::JudgmentSource source)
{
    QSqlQuery &query = prepared(u"SELECT query_id, doc_id, grade FROM eval_judgments"
                                " WHERE set_id = ? AND source = ?"_s);
    bind(query, { setId, sourceText(source) });
    Eval::Qrels qrels;
    if (!exec(query))
        return qrels;
    while (query.next())
        qrels[query.value(0).toString()].insert(query.value(1).toString(), query.value(2).toInt());
    query.finish();
    return qrels;
}

QList<Eval::Judgment> EvalStore::judgments(qint64 setId, const QString &queryId)
{
    QSqlQuery &query = queryId.isEmpty()
        ? prepared(u"SELECT query_id, doc_id, grade, source FROM eval_judgments"
                   " WHERE set_id = ? ORDER BY query_id, doc_id, source"_s)
        : prepared(u"SELECT query_id, doc_id, grade, source FROM eval_judgments"
                   " WHERE set_id = ? AND query_id = ? ORDER BY doc_id, source"_s);
    bind(query, queryId.isEmpty() ? QVariantList{ setId } : QVariantList{ setId, queryId });
    QList<Eval::Judgment> list;
    if (!exec(query))
        return list;
    while (query.next()) {
        list.append(Eval::Judgment{
            query.value(0).toString(), query.value(1).toString(), query.value(2).toInt(),
            query.value(3).toString() == "suggested"_L1 ? Eval::JudgmentSource::Suggested
                                                        : Eval::JudgmentSource::Human });
    }
    query.finish();
    return list;
}

Eval::Candidates EvalStore::candidates(qint64 setId)
{
    // A row per pair (100,000 for a large set, read before every run): SQLite's own calls.
    SqliteStatement query(sqliteHandle(m_database->connection()),
                          "SELECT query_id, rank, doc_id, score FROM eval_candidates"
                          " WHERE set_id = ? ORDER BY query_id, rank");
    if (!query.isValid()) {
        failed(query.error());
        return {};
    }
    query.bind(1, setId);
    Eval::Candidates all;
    QList<Eval::Candidate> *list = nullptr;
    QString queryId;
    while (query.next()) {
        const QString id = query.text(0);
        if (!list || id != queryId) {
            queryId = id;
            list = &all[queryId];
        }
        Eval::Candidate candidate;
        candidate.rank = query.integer(1);
        candidate.docId = query.text(2);
        if (!query.isNull(3))
            candidate.score = query.real(3);
        list->append(candidate);
    }
    if (query.failedToRead()) {
        failed(query.error());
        return {};
    }
    return all;
}

std::optional<Eval::Document> EvalStore::document(qint64 setId, const QString &id)
{
    const QHash<QString, Eval::Document> found = documents(setId, { id });
    if (found.isEmpty())
        return std::nullopt;
    return found.constBegin().value();
}

QHash<QString, Eval::Document> EvalStore::documents(qint64 setId, const QStringList &ids)
{
    QSqlQuery &query
        = prepared(u"SELECT title, text FROM eval_documents WHERE set_id = ? AND id = ?"_s);
    QHash<QString, Eval::Document> found;
    found.reserve(ids.size());
    for (const QString &id : ids) {
        if (found.contains(id))
            continue;
        bind(query, { setId, text(id) });
        if (!exec(query))
            return {};
        if (query.next())
            found.insert(
                id, Eval::Document{ id, query.value(0).toString(), query.value(1).toString() });
        query.finish();
    }
    return found;
}

QHash<QString, Eval::Document> EvalStore::candidateDocuments(qint64 setId)
{
    // Every candidate's text (read before every run): SQLite's own calls, as in candidates().
    SqliteStatement query(
        sqliteHandle(m_database->connection()),
        "SELECT d.id, d.title, d.text FROM eval_documents d WHERE d.set_id = ?1 AND d.id IN"
        " (SELECT doc_id FROM eval_candidates WHERE set_id = ?1)");
    if (!query.isValid()) {
        failed(query.error());
        return {};
    }
    query.bind(1, setId);
    QHash<QString, Eval::Document> found;
    while (query.next()) {
        const QString id = query.text(0);
        found.insert(id, Eval::Document{ id, query.text(1), query.text(2) });
    }
    if (query.failedToRead()) {
        failed(query.error());
        return {};
    }
    return found;
}

QList<EvalStore::DocumentDigest> EvalStore::candidateDigests(qint64 setId,
                                                             const Eval::Candidates &candidates)
{
    qsizetype pairs = 0;
    for (const QList<Eval::Candidate> &list : candidates)
        pairs += list.size();
    if (pairs == 0)
        return {};
    // When the candidates are most of the set's documents (a first stage's top 100 of a
    // BEIR corpus of 100,000, judged documents of a small set), reading all of the set's rows in
    // order is several times cheaper than a look-up by id per candidate (an index search with
    // string comparisons, then the row): 100,000 rows take 40 ms against 140–200 ms; the few
    // documents that are no candidate come along. Otherwise (a few candidates of a large
    // corpus) the look-ups win.
    const bool scan = documentCount(setId) <= 2 * pairs;
    SqliteStatement query(sqliteHandle(m_database->connection()),
                          scan ? "SELECT id, text_hash, tokens, title, text FROM eval_documents"
                                 " WHERE set_id = ?1"
                               : "SELECT d.id, d.text_hash, d.tokens, d.title, d.text"
                                 " FROM eval_documents d WHERE d.set_id = ?1 AND d.id IN"
                                 " (SELECT doc_id FROM eval_candidates WHERE set_id = ?1)");
    if (!query.isValid()) {
        failed(query.error());
        return {};
    }
    query.bind(1, setId);
    QList<DocumentDigest> found;
    found.reserve(pairs);
    while (query.next()) {
        DocumentDigest digest{ query.text(0), {}, 0, {} };
        const QByteArray title = query.blob(3);
        digest.sentText = title.isEmpty() ? query.blob(4) : title + '\n' + query.blob(4);
        if (query.isNull(1) || query.isNull(2)) {
            // Imported before schema 16: from the text, as the import computes it now.
            const QString sent = QString::fromUtf8(digest.sentText);
            digest.textHash = textHash(sent);
            digest.tokens = TokenEstimate::forText(sent);
        } else {
            digest.textHash = query.blob(1);
            digest.tokens = query.integer64(2);
        }
        found.append(digest);
    }
    if (query.failedToRead()) {
        failed(query.error());
        return {};
    }
    return found;
}

qint64 EvalStore::saveSystem(qint64 setId, const EvalSystemInfo &info, const Eval::Run &run)
{
    qint64 id = 0;
    const bool ok = inTransaction([&] {
        QSqlQuery &remove = prepared(u"DELETE FROM eval_systems WHERE set_id = ? AND name = ?"_s);
        bind(remove, { setId, text(info.name) });
        if (!exec(remove))
            return false;
        QSqlQuery &insert = prepared(
            u"INSERT INTO eval_systems (set_id, name, kind, model, input_tokens, cost, latency_ms,"
            " created) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        bind(insert,
             { setId, text(info.name), EvalSystemInfo::kindToString(info.kind), text(info.model),
               info.inputTokens, optionalValue(info.cost), info.latencyMs, nowMs() });
        if (!exec(insert))
            return false;
        id = insert.lastInsertId().toLongLong();
        // A row per query (1,000 for a large set, not a row per pair: ResultsCodec), on SQLite's
        // own handle. Each query's documents in UTF-8 order with a repeated id kept once (the
        // last), as the one-row-per-pair table of schema 6 to 16 held and returned them.
        SqliteStatement row(sqliteHandle(m_database->connection()),
                            "INSERT INTO eval_system_queries (system_id, query_id, results)"
                            " VALUES (?, ?, ?)");
        if (!row.isValid())
            return failed(row.error());
        row.bind(1, id);
        QList<ResultsCodec::Entry> docs;
        QByteArray queryId;
        QByteArray blob;
        for (auto it = run.cbegin(); it != run.cend(); ++it) {
            if (it.value().isEmpty())
                continue;
            docs.clear();
            for (const Eval::ScoredDoc &doc : it.value())
                docs.append({ doc.docno.toUtf8(), doc.score });
            std::stable_sort(docs.begin(), docs.end(),
                             [](const auto &a, const auto &b) { return a.first < b.first; });
            const auto last
                = std::unique(docs.rbegin(), docs.rend(),
                              [](const auto &a, const auto &b) { return a.first == b.first; });
            docs.erase(docs.begin(), last.base());
            ResultsCodec::encode(docs, &blob);
            queryId = it.key().toUtf8();
            row.bind(2, notNull(queryId), true);
            row.bind(3, blob, false);
            if (!row.run())
                return failed(row.error());
        }
        return touch(setId);
    });
    if (!ok)
        return 0;
    if (!inTransaction())
        Q_EMIT setChanged(setId);
    return id;
}

QList<EvalSystemInfo> EvalStore::systems(qint64 setId)
{
    QSqlQuery &query
        = prepared(u"SELECT id, name, kind, model, input_tokens, cost, latency_ms, created"
                   " FROM eval_systems WHERE set_id = ? ORDER BY id"_s);
    bind(query, { setId });
    QList<EvalSystemInfo> list;
    if (!exec(query))
        return list;
    while (query.next()) {
        EvalSystemInfo info;
        info.id = query.value(0).toLongLong();
        info.name = query.value(1).toString();
        info.kind = EvalSystemInfo::kindFromString(query.value(2).toString())
                        .value_or(EvalSystemInfo::Kind::Run);
        info.model = query.value(3).toString();
        info.inputTokens = query.value(4).toLongLong();
        if (!query.value(5).isNull())
            info.cost = query.value(5).toDouble();
        info.latencyMs = query.value(6).toLongLong();
        info.created = timeFrom(query.value(7));
        list.append(info);
    }
    query.finish();
    return list;
}

Eval::Run EvalStore::loadRun(qint64 setId, const QString &name)
{
    SqliteStatement query(sqliteHandle(m_database->connection()),
                          "SELECT r.query_id, r.results FROM eval_system_queries r"
                          " JOIN eval_systems s ON s.id = r.system_id"
                          " WHERE s.set_id = ? AND s.name = ?");
    if (!query.isValid()) {
        failed(query.error());
        return {};
    }
    const QByteArray nameBytes = name.toUtf8();
    query.bind(1, setId);
    query.bind(2, notNull(nameBytes), true);
    Eval::Run run;
    QString error;
    while (query.next()) {
        // Not text(): QString::fromUtf8 drops a leading U+FEFF, which an id may start with.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
        const QString queryId = utf8.decode(query.bytes(0));
        if (!ResultsCodec::decode(query.bytes(1), &run[queryId], &error)) {
            failed(u"The results of query %1 of system %2 cannot be read: %3"_s.arg(queryId, name,
                                                                                    error));
            return {};
        }
    }
    if (query.failedToRead()) {
        failed(query.error());
        return {};
    }
    return run;
}

bool EvalStore::deleteSystem(qint64 setId, const QString &name)
{
    QSqlQuery &query = prepared(u"DELETE FROM eval_systems WHERE set_id = ? AND name = ?"_s);
    bind(query, { setId, text(name) });
    if (!exec(query) || query.numRowsAffected() == 0)
        return false;
    Q_EMIT setChanged(setId);
    return true;
}

QByteArray EvalStore::textHash(const QString &text)
{
    return ContentHash::sha256(text.toUtf8());
}

QString EvalStore::rerankText(const QString &title, const QString &text)
{
    return title.isEmpty() ? text : title + u"\n"_s + text;
}

namespace {

// Each field with its length in front, so no two different tuples hash the same bytes.
void appendField(QByteArray &bytes, QByteArrayView field)
{
    const quint64 size = quint64(field.size());
    bytes.append(reinterpret_cast<const char *>(&size), sizeof size);
    bytes.append(field);
}

} // namespace

QByteArray EvalStore::cacheKeyPrefix(const QString &endpoint, const QString &model,
                                     const QString &instruction)
{
    QByteArray prefix;
    appendField(prefix, endpoint.toUtf8());
    appendField(prefix, model.toUtf8());
    appendField(prefix, instruction.toUtf8());
    return prefix;
}

QByteArray EvalStore::queryCacheKey(const QByteArray &prefix, const QByteArray &queryHash)
{
    QByteArray bytes;
    bytes.reserve(prefix.size() + qsizetype(sizeof(quint64)) + queryHash.size());
    bytes.append(prefix);
    appendField(bytes, queryHash);
    // 128 bits, as the per-pair keys: no collision among any number of queries ever scored.
    // (Four fields here, five there: a query key never equals a pair key.)
    return ContentHash::sha256(bytes).left(16);
}

QByteArray EvalStore::cacheKey(const QString &endpoint, const QString &model,
                               const QString &instruction, const QString &query,
                               const QString &document)
{
    return cacheKeyFromPrefix(cacheKeyPrefix(endpoint, model, instruction), textHash(query),
                              textHash(document));
}

QByteArray EvalStore::cacheKeyFromPrefix(const QByteArray &prefix, const QByteArray &queryHash,
                                         const QByteArray &documentHash)
{
    // One buffer, hashed at once: the same bytes as adding the fields one by one.
    QByteArray bytes;
    bytes.reserve(prefix.size() + 2 * qsizetype(sizeof(quint64)) + queryHash.size()
                  + documentHash.size());
    bytes.append(prefix);
    appendField(bytes, queryHash);
    appendField(bytes, documentHash);
    return ContentHash::sha256(bytes).left(16);
}

QHash<QByteArray, QList<QueryScores::Entry>> EvalStore::cachedQueryScores(
    const QList<QByteArray> &keys)
{
    // A statement per key on SQLite's own handle: a few µs each, a run has a key per query.
    SqliteStatement query(sqliteHandle(m_database->connection()),
                          "SELECT scores FROM eval_query_scores WHERE key = ?");
    if (!query.isValid()) {
        failed(query.error());
        return {};
    }
    QHash<QByteArray, QList<QueryScores::Entry>> found;
    found.reserve(keys.size());
    for (const QByteArray &key : keys) {
        query.bind(1, key, false);
        if (query.next()) {
            if (std::optional<QList<QueryScores::Entry>> entries
                = QueryScores::decode(query.blob(0))) {
                found.insert(key, std::move(*entries));
            } else {
                qWarning("Sift: an unreadable row of the score cache is ignored; its scores are "
                         "asked for again");
            }
        }
        const bool readFailed = query.failedToRead();
        query.reset();
        if (readFailed) {
            failed(query.error());
            return {};
        }
    }
    return found;
}

bool EvalStore::storeQueryScores(const QHash<QByteArray, QueryScoreUpdate> &updates,
                                 const QList<QByteArray> &movedLegacyKeys)
{
    if (updates.isEmpty() && movedLegacyKeys.isEmpty())
        return true;
    return inTransaction([&] {
        sqlite3 *handle = sqliteHandle(m_database->connection());
        SqliteStatement read(handle, "SELECT scores FROM eval_query_scores WHERE key = ?");
        // `created` is the row's first write.
        SqliteStatement write(handle,
                              "INSERT INTO eval_query_scores (key, model, created, scores)"
                              " VALUES (?, ?, ?, ?) ON CONFLICT (key) DO UPDATE SET"
                              " model = excluded.model, scores = excluded.scores");
        if (!read.isValid())
            return failed(read.error());
        if (!write.isValid())
            return failed(write.error());
        write.bind(3, nowMs());
        for (auto it = updates.cbegin(); it != updates.cend(); ++it) {
            QList<QueryScores::Entry> entries = it->entries;
            QueryScores::normalize(entries);
            read.bind(1, it.key(), false);
            QList<QueryScores::Entry> older;
            if (read.next()) {
                // An unreadable row is replaced by the new scores alone.
                older = QueryScores::decode(read.blob(0)).value_or(QList<QueryScores::Entry>());
            }
            const bool readFailed = read.failedToRead();
            read.reset();
            if (readFailed)
                return failed(read.error());
            const QByteArray bytes = QueryScores::encode(QueryScores::merge(older, entries));
            const QByteArray model = it->model.toUtf8();
            write.bind(1, it.key(), false);
            write.bind(2, model, true);
            write.bind(4, bytes, false);
            if (!write.run())
                return failed(write.error());
        }
        // In the same transaction as their new rows: a moved score is in exactly one table.
        SqliteStatement remove(handle, "DELETE FROM eval_score_cache WHERE key = ?");
        if (!remove.isValid())
            return failed(remove.error());
        for (const QByteArray &key : movedLegacyKeys) {
            remove.bind(1, key, false);
            if (!remove.run())
                return failed(remove.error());
        }
        return true;
    });
}

bool EvalStore::hasLegacyScores()
{
    QSqlQuery &query = prepared(u"SELECT EXISTS (SELECT 1 FROM eval_score_cache)"_s);
    if (!exec(query))
        return false;
    const bool any = query.next() && query.value(0).toBool();
    query.finish();
    return any;
}

QHash<QByteArray, double> EvalStore::legacyScores(const QList<QByteArray> &keys)
{
    // Keys in chunks of one statement each: one round through the driver per 500 keys rather
    // than per key. A short last chunk repeats its first key, so one statement serves all.
    constexpr qsizetype Chunk = 500;
    static const QString sql = u"SELECT key, score FROM eval_score_cache WHERE key IN (?"_s
        + u",?"_s.repeated(Chunk - 1) + u')';
    QHash<QByteArray, double> found;
    for (qsizetype first = 0; first < keys.size(); first += Chunk) {
        const qsizetype count = std::min(Chunk, keys.size() - first);
        QSqlQuery &query = prepared(sql);
        for (qsizetype i = 0; i < Chunk; ++i)
            query.bindValue(int(i), keys.at(first + (i < count ? i : 0)));
        if (!exec(query))
            return {};
        while (query.next())
            found.insert(query.value(0).toByteArray(), query.value(1).toDouble());
        query.finish();
    }
    return found;
}

qint64 EvalStore::cachedScoreCount(const QString &model)
{
    // A query's row holds (size - 1) / 24 scores (QueryScores); a per-pair row one. A moved
    // per-pair row is deleted with its move: no score counts twice.
    static_assert(QueryScores::EntrySize == 24);
    QSqlQuery &query = model.isEmpty()
        ? prepared(u"SELECT (SELECT IFNULL(SUM((length(scores) - 1) / 24), 0)"
                   "  FROM eval_query_scores WHERE length(scores) > 0)"
                   " + (SELECT COUNT(*) FROM eval_score_cache)"_s)
        : prepared(u"SELECT (SELECT IFNULL(SUM((length(scores) - 1) / 24), 0)"
                   "  FROM eval_query_scores WHERE length(scores) > 0 AND model = ?)"
                   " + (SELECT COUNT(*) FROM eval_score_cache WHERE model = ?)"_s);
    if (!model.isEmpty())
        bind(query, { model, model });
    if (!exec(query))
        return 0;
    const qint64 count = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return count;
}

bool EvalStore::clearCache(const QString &model)
{
    return inTransaction([&] {
        for (const QString &table : { u"eval_query_scores"_s, u"eval_score_cache"_s }) {
            QSqlQuery &query = model.isEmpty()
                ? prepared(u"DELETE FROM "_s + table)
                : prepared(u"DELETE FROM "_s + table + u" WHERE model = ?"_s);
            if (!model.isEmpty())
                query.bindValue(0, model);
            if (!exec(query))
                return false;
        }
        return true;
    });
}
