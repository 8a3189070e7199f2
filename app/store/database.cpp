#include "database.h"

#include "resultscodec.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>

using namespace Qt::StringLiterals;

namespace {

struct Migration
{
    int version;
    QList<QLatin1String> statements;
    // Work the statements cannot express (tables named after rows), run after them in the same
    // transaction; false with *error set fails the step.
    bool (*code)(QSqlQuery &query, QString *error) = nullptr;
};

// The knowledge collections' ids, for the steps that touch each collection's own tables.
bool collectionIds(QSqlQuery &query, QList<qint64> *ids, QString *error)
{
    if (!query.exec(u"SELECT id FROM kb_collections ORDER BY id"_s)) {
        *error = query.lastError().text();
        return false;
    }
    while (query.next())
        *ids << query.value(0).toLongLong();
    query.finish();
    return true;
}

// Migration 12: one contentless FTS5 index per knowledge collection, filled from its passages,
// so BM25's statistics are each collection's own. (Frozen with the step: KnowledgeStore makes
// the tables of new collections.)
bool splitKnowledgeIndex(QSqlQuery &query, QString *error)
{
    QList<qint64> ids;
    if (!collectionIds(query, &ids, error))
        return false;
    for (const qint64 id : std::as_const(ids)) {
        const QString fts = u"kb_fts_%1"_s.arg(id);
        for (const QString &sql :
             { u"CREATE VIRTUAL TABLE %1 USING fts5(text, content='',"
               " tokenize='unicode61 remove_diacritics 2')"_s.arg(fts),
               u"INSERT INTO %1(rowid, text) SELECT id, text FROM kb_chunks"
               " WHERE collection_id = %2 ORDER BY id"_s.arg(fts)
                   .arg(id),
               u"CREATE VIRTUAL TABLE %1_vocab USING fts5vocab(%1, 'row')"_s.arg(fts) }) {
            if (!query.exec(sql)) {
                *error = query.lastError().text();
                return false;
            }
        }
    }
    return true;
}

// Migration 15: each knowledge collection's FTS5 index merges its segments 16 at a time instead
// of 4 (KnowledgeStore's FtsAutomerge; frozen with the step): a passage's terms are rewritten
// about half as often while a folder is indexed, and queries, which read every segment, were
// not measurably slower (docs/PERFORMANCE.md, "Third pass").
bool mergeKnowledgeIndexLess(QSqlQuery &query, QString *error)
{
    QList<qint64> ids;
    if (!collectionIds(query, &ids, error))
        return false;
    for (const qint64 id : std::as_const(ids)) {
        if (!query.exec(
                u"INSERT INTO kb_fts_%1(kb_fts_%1, rank) VALUES ('automerge', 16)"_s.arg(id))) {
            *error = query.lastError().text();
            return false;
        }
    }
    return true;
}

// Migration 17: a saved evaluation system's results become one row per query (ResultsCodec's
// bytes) instead of one per pair; each system's rows are read in key order (query, then document:
// the order loadRun returned them in) and written again whole, ids and scores unchanged.
bool packEvalResults(QSqlQuery &query, QString *error)
{
    const auto fail = [&] {
        *error = query.lastError().text();
        return false;
    };
    QList<qint64> systems;
    if (!query.exec(u"SELECT DISTINCT system_id FROM eval_results ORDER BY system_id"_s))
        return fail();
    while (query.next())
        systems << query.value(0).toLongLong();
    query.finish();
    query.setForwardOnly(true);
    for (const qint64 system : std::as_const(systems)) {
        // The ids as their bytes (a cast, no conversion): written back as they were.
        query.prepare(u"SELECT CAST(query_id AS BLOB), CAST(doc_id AS BLOB), score"
                      " FROM eval_results WHERE system_id = ? ORDER BY query_id, doc_id"_s);
        query.addBindValue(system);
        if (!query.exec())
            return fail();
        QList<std::pair<QByteArray, QByteArray>> rows; // query id, its results
        QList<ResultsCodec::Entry> docs;
        QByteArray queryId("");
        const auto pack = [&] {
            if (!docs.isEmpty()) {
                rows.append({ queryId, {} });
                ResultsCodec::encode(docs, &rows.last().second);
                docs.clear();
            }
        };
        while (query.next()) {
            QByteArray id = query.value(0).toByteArray();
            if (id != queryId) {
                pack();
                queryId = id.isNull() ? QByteArray("") : id; // '' is not NULL
            }
            docs.append({ query.value(1).toByteArray(), query.value(2).toDouble() });
        }
        pack();
        query.finish();
        query.prepare(u"INSERT INTO eval_system_queries (system_id, query_id, results)"
                      " VALUES (?, CAST(? AS TEXT), ?)"_s);
        for (const auto &[id, results] : std::as_const(rows)) {
            query.bindValue(0, system);
            query.bindValue(1, id);
            query.bindValue(2, results);
            if (!query.exec())
                return fail();
        }
    }
    if (!query.exec(u"DROP TABLE eval_results"_s))
        return fail();
    return true;
}

// Ordered; each step runs in its own transaction together with its `PRAGMA user_version`.
// Never edit a released step: add a new one.
const QList<Migration> &migrations()
{
    static const QList<Migration> steps = {
        { 1,
          {
              "CREATE TABLE conversations ("
              " id INTEGER PRIMARY KEY,"
              " title TEXT NOT NULL DEFAULT '',"
              " created INTEGER NOT NULL,"
              " updated INTEGER NOT NULL,"
              " model TEXT NOT NULL DEFAULT '',"
              " system_prompt TEXT NOT NULL DEFAULT '')"_L1,
              "CREATE TABLE messages ("
              " id INTEGER PRIMARY KEY,"
              " conversation_id INTEGER NOT NULL"
              "  REFERENCES conversations(id) ON DELETE CASCADE,"
              " parent_id INTEGER REFERENCES messages(id) ON DELETE CASCADE,"
              " role TEXT NOT NULL CHECK (role IN ('system', 'user', 'assistant')),"
              " content TEXT NOT NULL DEFAULT '',"
              " model TEXT NOT NULL DEFAULT '',"
              " parameters TEXT,"
              " prompt_tokens INTEGER NOT NULL DEFAULT 0,"
              " completion_tokens INTEGER NOT NULL DEFAULT 0,"
              " total_tokens INTEGER NOT NULL DEFAULT 0,"
              " usage_cost REAL,"
              " cost REAL,"
              " cost_estimated INTEGER NOT NULL DEFAULT 0,"
              " state TEXT NOT NULL DEFAULT 'complete' CHECK (state IN"
              "  ('complete', 'streaming', 'stopped', 'failed', 'interrupted')),"
              " error_kind TEXT,"
              " error_status INTEGER NOT NULL DEFAULT 0,"
              " error TEXT,"
              " error_retryable INTEGER NOT NULL DEFAULT 0,"
              " error_retry_after INTEGER NOT NULL DEFAULT -1,"
              " finish_reason TEXT,"
              " created INTEGER NOT NULL,"
              " updated INTEGER NOT NULL)"_L1,
              "CREATE INDEX messages_conversation ON messages(conversation_id, id)"_L1,
              "CREATE INDEX messages_parent ON messages(parent_id)"_L1,
              // Crash recovery looks only at streaming rows: keep that lookup tiny.
              "CREATE INDEX messages_streaming ON messages(state) WHERE state = 'streaming'"_L1,
              "CREATE INDEX conversations_updated ON conversations(updated)"_L1,
          } },
        { 2,
          {
              // External content: the text lives once, in messages; triggers keep the index.
              "CREATE VIRTUAL TABLE messages_fts USING fts5(content, content='messages',"
              " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_L1,
              "CREATE TRIGGER messages_fts_insert AFTER INSERT ON messages BEGIN"
              " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"_L1,
              "CREATE TRIGGER messages_fts_delete AFTER DELETE ON messages BEGIN"
              " INSERT INTO messages_fts(messages_fts, rowid, content)"
              " VALUES ('delete', old.id, old.content); END"_L1,
              "CREATE TRIGGER messages_fts_update AFTER UPDATE OF content ON messages BEGIN"
              " INSERT INTO messages_fts(messages_fts, rowid, content)"
              " VALUES ('delete', old.id, old.content);"
              " INSERT INTO messages_fts(rowid, content) VALUES (new.id, new.content); END"_L1,
              "INSERT INTO messages_fts(messages_fts) VALUES ('rebuild')"_L1,
          } },
        { 3,
          {
              "ALTER TABLE conversations ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0"_L1,
              "ALTER TABLE conversations ADD COLUMN deleted_at INTEGER"_L1,
              "DROP INDEX conversations_updated"_L1,
              "CREATE INDEX conversations_list"
              " ON conversations(deleted_at, pinned DESC, updated DESC)"_L1,
          } },
        { 4,
          {
              // Rerank workbench sets (WorkbenchStore). The set is one RerankSet::toJson() text,
              // not normalised rows: the workbench always loads and saves a set whole, nothing
              // queries single documents, and one serialisation serves storage and export alike.
              // document_count is kept beside it so the list never parses the JSON.
              "CREATE TABLE workbench_sets ("
              " id INTEGER PRIMARY KEY,"
              " name TEXT NOT NULL DEFAULT '',"
              " created INTEGER NOT NULL,"
              " updated INTEGER NOT NULL,"
              " document_count INTEGER NOT NULL DEFAULT 0,"
              " set_json TEXT NOT NULL)"_L1,
              "CREATE INDEX workbench_sets_updated ON workbench_sets(updated)"_L1,
              // The last run's results, one RerankResult::toJson() per model, in run order (id).
              "CREATE TABLE workbench_results ("
              " id INTEGER PRIMARY KEY,"
              " set_id INTEGER NOT NULL REFERENCES workbench_sets(id) ON DELETE CASCADE,"
              " model TEXT NOT NULL,"
              " result_json TEXT NOT NULL,"
              " created INTEGER NOT NULL)"_L1,
              "CREATE INDEX workbench_results_set ON workbench_results(set_id, id)"_L1,
          } },
        { 5,
          {
              // When a conversation came from a file (ConversationArchive::import); NULL when it
              // was chatted here. The sidebar marks imported ones.
              "ALTER TABLE conversations ADD COLUMN imported_at INTEGER"_L1,
          } },
        { 6,
          {
              // Evaluation sets (EvalStore, issue 14): queries, documents, graded judgments and
              // each query's candidates, normalised, since sets reach 100,000s of documents and
              // the runner and the views read slices of them. Ids are the set's own strings.
              "CREATE TABLE eval_sets ("
              " id INTEGER PRIMARY KEY,"
              " name TEXT NOT NULL,"
              " source TEXT NOT NULL DEFAULT '',"
              " created INTEGER NOT NULL,"
              " updated INTEGER NOT NULL,"
              " depth INTEGER NOT NULL DEFAULT 0,"
              " first_stage TEXT)"_L1,
              "CREATE UNIQUE INDEX eval_sets_name ON eval_sets(name)"_L1,
              "CREATE TABLE eval_queries ("
              " set_id INTEGER NOT NULL REFERENCES eval_sets(id) ON DELETE CASCADE,"
              " ord INTEGER NOT NULL,"
              " id TEXT NOT NULL,"
              " text TEXT NOT NULL,"
              " instruction TEXT NOT NULL DEFAULT '',"
              " PRIMARY KEY (set_id, id)) WITHOUT ROWID"_L1,
              "CREATE TABLE eval_documents ("
              " set_id INTEGER NOT NULL REFERENCES eval_sets(id) ON DELETE CASCADE,"
              " id TEXT NOT NULL,"
              " title TEXT NOT NULL DEFAULT '',"
              " text TEXT NOT NULL)"_L1,
              "CREATE UNIQUE INDEX eval_documents_id ON eval_documents(set_id, id)"_L1,
              // Human and suggested (judge) grades of one pair live side by side.
              "CREATE TABLE eval_judgments ("
              " set_id INTEGER NOT NULL REFERENCES eval_sets(id) ON DELETE CASCADE,"
              " query_id TEXT NOT NULL,"
              " doc_id TEXT NOT NULL,"
              " source TEXT NOT NULL CHECK (source IN ('human', 'suggested')),"
              " grade INTEGER NOT NULL,"
              " PRIMARY KEY (set_id, query_id, doc_id, source)) WITHOUT ROWID"_L1,
              // What each query's rerankers rank: the first stage's top `depth`, else its
              // judged documents. score is NULL for the latter.
              "CREATE TABLE eval_candidates ("
              " set_id INTEGER NOT NULL REFERENCES eval_sets(id) ON DELETE CASCADE,"
              " query_id TEXT NOT NULL,"
              " rank INTEGER NOT NULL,"
              " doc_id TEXT NOT NULL,"
              " score REAL,"
              " PRIMARY KEY (set_id, query_id, rank)) WITHOUT ROWID"_L1,
              // Systems of a set: its first stage, imported runs, finished reranker runs.
              "CREATE TABLE eval_systems ("
              " id INTEGER PRIMARY KEY,"
              " set_id INTEGER NOT NULL REFERENCES eval_sets(id) ON DELETE CASCADE,"
              " name TEXT NOT NULL,"
              " kind TEXT NOT NULL CHECK (kind IN ('first_stage', 'run', 'reranker')),"
              " model TEXT NOT NULL DEFAULT '',"
              " input_tokens INTEGER NOT NULL DEFAULT 0,"
              " cost REAL,"
              " latency_ms INTEGER NOT NULL DEFAULT 0,"
              " created INTEGER NOT NULL)"_L1,
              "CREATE UNIQUE INDEX eval_systems_name ON eval_systems(set_id, name)"_L1,
              "CREATE TABLE eval_results ("
              " system_id INTEGER NOT NULL REFERENCES eval_systems(id) ON DELETE CASCADE,"
              " query_id TEXT NOT NULL,"
              " doc_id TEXT NOT NULL,"
              " score REAL NOT NULL,"
              " PRIMARY KEY (system_id, query_id, doc_id)) WITHOUT ROWID"_L1,
              // Reranker scores by a hash of (endpoint, model, instruction, query, document):
              // shared by every set, so a re-run or another set with the same pairs asks for
              // nothing again.
              "CREATE TABLE eval_score_cache ("
              " key BLOB PRIMARY KEY,"
              " model TEXT NOT NULL,"
              " score REAL NOT NULL,"
              " created INTEGER NOT NULL) WITHOUT ROWID"_L1,
          } },
        { 7,
          {
              // Compare chat: each reply's time to first token and its whole duration (ms), so
              // its speed is kept with it; NULL when not measured.
              "ALTER TABLE messages ADD COLUMN ttft_ms INTEGER"_L1,
              "ALTER TABLE messages ADD COLUMN duration_ms INTEGER"_L1,
              // Blind-mode votes: one row per vote, one entry per model compared in it.
              "CREATE TABLE compare_votes ("
              " id INTEGER PRIMARY KEY,"
              " endpoint TEXT NOT NULL DEFAULT '',"
              " message_id INTEGER REFERENCES messages(id) ON DELETE SET NULL,"
              " created INTEGER NOT NULL)"_L1,
              "CREATE TABLE compare_vote_models ("
              " vote_id INTEGER NOT NULL REFERENCES compare_votes(id) ON DELETE CASCADE,"
              " model TEXT NOT NULL,"
              " outcome TEXT NOT NULL CHECK (outcome IN ('win', 'loss', 'tie', 'bad')))"_L1,
              "CREATE INDEX compare_vote_models_vote ON compare_vote_models(vote_id)"_L1,
          } },
        { 8,
          {
              // What an evaluation set was imported from (paths, sizes, times): `sift eval
              // --set` reuses a set whose files have not changed.
              "ALTER TABLE eval_sets ADD COLUMN fingerprint TEXT NOT NULL DEFAULT ''"_L1,
          } },
        { 9,
          {
              // Token probabilities of a reply: OpenAI's logprobs.content[] as JSON text.
              "ALTER TABLE messages ADD COLUMN logprobs TEXT"_L1,
              // Attached files, once per content (SHA-256), however many messages carry them.
              "CREATE TABLE attachments ("
              " hash TEXT PRIMARY KEY,"
              " kind TEXT NOT NULL CHECK (kind IN ('text', 'image')),"
              " mime TEXT NOT NULL,"
              " data BLOB NOT NULL,"
              " created INTEGER NOT NULL)"_L1,
              "CREATE TABLE message_attachments ("
              " message_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,"
              " position INTEGER NOT NULL,"
              " hash TEXT NOT NULL REFERENCES attachments(hash),"
              " name TEXT NOT NULL,"
              " PRIMARY KEY (message_id, position))"_L1,
              "CREATE INDEX message_attachments_hash ON message_attachments(hash)"_L1,
              // A file no message refers to any more goes with its last reference.
              "CREATE TRIGGER message_attachments_gc AFTER DELETE ON message_attachments BEGIN"
              " DELETE FROM attachments WHERE hash = old.hash AND NOT EXISTS"
              " (SELECT 1 FROM message_attachments WHERE hash = old.hash); END"_L1,
          } },
        { 10,
          {
              // Knowledge collections (KnowledgeStore). A collection remembers the embedding
              // model and dimensions its vectors were made with, so it never mixes two spaces.
              "CREATE TABLE kb_collections ("
              " id INTEGER PRIMARY KEY,"
              " name TEXT NOT NULL UNIQUE,"
              " embed_model TEXT NOT NULL,"
              " dimensions INTEGER NOT NULL,"
              " settings_json TEXT NOT NULL DEFAULT '{}',"
              " created INTEGER NOT NULL,"
              " updated INTEGER NOT NULL)"_L1,
              // The files and folders the user added; sync walks them again.
              "CREATE TABLE kb_sources ("
              " id INTEGER PRIMARY KEY,"
              " collection_id INTEGER NOT NULL REFERENCES kb_collections(id) ON DELETE CASCADE,"
              " path TEXT NOT NULL,"
              " UNIQUE (collection_id, path))"_L1,
              // A file row is written in the same transaction as all its chunks: a hash here
              // means the file was indexed whole (a crash mid-file leaves the old row or none).
              "CREATE TABLE kb_files ("
              " id INTEGER PRIMARY KEY,"
              " collection_id INTEGER NOT NULL REFERENCES kb_collections(id) ON DELETE CASCADE,"
              " path TEXT NOT NULL,"
              " hash TEXT NOT NULL,"
              " mtime INTEGER NOT NULL,"
              " size INTEGER NOT NULL,"
              " chunk_count INTEGER NOT NULL DEFAULT 0,"
              " note TEXT NOT NULL DEFAULT '',"
              " indexed INTEGER NOT NULL,"
              " UNIQUE (collection_id, path))"_L1,
              // vector: float32 little-endian, `dimensions` of them.
              "CREATE TABLE kb_chunks ("
              " id INTEGER PRIMARY KEY,"
              " file_id INTEGER NOT NULL REFERENCES kb_files(id) ON DELETE CASCADE,"
              " collection_id INTEGER NOT NULL,"
              " ordinal INTEGER NOT NULL,"
              " text TEXT NOT NULL,"
              " heading TEXT NOT NULL DEFAULT '',"
              " byte_start INTEGER NOT NULL,"
              " byte_end INTEGER NOT NULL,"
              " line_start INTEGER NOT NULL,"
              " line_end INTEGER NOT NULL,"
              " vector BLOB)"_L1,
              "CREATE INDEX kb_chunks_file ON kb_chunks(file_id)"_L1,
              "CREATE INDEX kb_chunks_collection ON kb_chunks(collection_id, id)"_L1,
              "CREATE VIRTUAL TABLE kb_chunks_fts USING fts5(text, content='kb_chunks',"
              " content_rowid='id', tokenize='unicode61 remove_diacritics 2')"_L1,
              "CREATE TRIGGER kb_chunks_fts_insert AFTER INSERT ON kb_chunks BEGIN"
              " INSERT INTO kb_chunks_fts(rowid, text) VALUES (new.id, new.text); END"_L1,
              "CREATE TRIGGER kb_chunks_fts_delete AFTER DELETE ON kb_chunks BEGIN"
              " INSERT INTO kb_chunks_fts(kb_chunks_fts, rowid, text)"
              " VALUES ('delete', old.id, old.text); END"_L1,
              // How many passages hold a word: a question's words found in very many passages
              // weigh little in BM25, so they are left out of the search, which then scores
              // far fewer rows (KnowledgeStore::bm25).
              "CREATE VIRTUAL TABLE kb_chunks_vocab USING fts5vocab(kb_chunks_fts, 'row')"_L1,
          } },
        { 11,
          {
              // Knowledge in chat (KbChatStore): the collection a conversation answers from, and
              // what retrieval did for each reply (RetrievalRecord's JSON: candidates, ranks,
              // stages, chat time), so citations and the Retrieval panel survive a restart.
              "CREATE TABLE kb_conversations ("
              " conversation_id INTEGER PRIMARY KEY"
              " REFERENCES conversations(id) ON DELETE CASCADE,"
              " collection_id INTEGER NOT NULL REFERENCES kb_collections(id) ON DELETE CASCADE)"_L1,
              "CREATE INDEX kb_conversations_collection ON kb_conversations(collection_id)"_L1,
              "CREATE TABLE kb_message_retrieval ("
              " message_id INTEGER PRIMARY KEY REFERENCES messages(id) ON DELETE CASCADE,"
              " record TEXT NOT NULL)"_L1,
          } },
        { 12,
          {
              // Knowledge: the one FTS5 index over every collection's passages gave BM25 the
              // statistics of all collections together (a word common in one collection
              // weighed less in another). Each collection gets an index of its own
              // (splitKnowledgeIndex; KnowledgeStore keeps them), the shared one goes.
              "DROP TRIGGER kb_chunks_fts_insert"_L1,
              "DROP TRIGGER kb_chunks_fts_delete"_L1,
              "DROP TABLE kb_chunks_vocab"_L1,
              "DROP TABLE kb_chunks_fts"_L1,
          },
          splitKnowledgeIndex },
        { 13,
          {
              // The chat settings a conversation was last used with (system prompt, model,
              // parameters, the preset they came from), as JSON: reopening it brings back its
              // own, hand changes included (ConversationStore::conversationSettings).
              "ALTER TABLE conversations ADD COLUMN settings TEXT"_L1,
          } },
        { 14,
          {
              // Evaluate's score cache, written as replies arrive: rows are appended here
              // (rowid order, no index) and moved into eval_score_cache once per model in key
              // order. Inserting each reply's rows into the cache directly put every row at a
              // random place of its B-tree (the keys are hashes): a page written per row. Rows
              // still here (a run that quit or crashed) answer look-ups like cached ones.
              "CREATE TABLE eval_score_staging ("
              " key BLOB NOT NULL,"
              " model TEXT NOT NULL,"
              " score REAL NOT NULL,"
              " created INTEGER NOT NULL)"_L1,
          } },
        { 15, {}, mergeKnowledgeIndexLess },
        { 16,
          {
              // Each document's SHA-256 (EvalStore::textHash) and token estimate of the text a
              // reranker is sent (EvalStore::rerankText), kept at import: planning a run then
              // neither reads nor hashes 100,000 texts to find their cached scores; it reads the
              // texts of the pairs it sends. NULL for documents imported before: computed then.
              "ALTER TABLE eval_documents ADD COLUMN text_hash BLOB"_L1,
              "ALTER TABLE eval_documents ADD COLUMN tokens INTEGER"_L1,
          } },
        { 17,
          {
              // A saved system's results, a row per query (ResultsCodec): saving, replacing and
              // loading a 100,000-pair system touch 1,000 rows, not 100,000 (packEvalResults
              // moves eval_results' rows here and drops it). A rowid table: its leaf pages hold
              // a row of up to about 4 KB (100 candidates) whole, where a WITHOUT ROWID table
              // puts all above about 1 KB on an overflow page that a replaced system's cascade
              // reads back to free (saving that way cost 1.5 to 2 times as much).
              "CREATE TABLE eval_system_queries ("
              " system_id INTEGER NOT NULL REFERENCES eval_systems(id) ON DELETE CASCADE,"
              " query_id TEXT NOT NULL,"
              " results BLOB NOT NULL,"
              " PRIMARY KEY (system_id, query_id))"_L1,
          },
          packEvalResults },
        { 18,
          {
              // Evaluate's score cache, a row per (endpoint, model, instruction, query) rather
              // than per pair: `key` hashes the four (EvalStore::queryCacheKey), `scores` holds
              // every cached document of the query with its score (QueryScores: sorted by the
              // document text's hash). A run of 1,000 queries × 100 candidates reads and writes
              // 1,000 rows instead of 100,000 (twice, with the staging of schema 14). The per-pair
              // tables stay as they are: their keys are one-way hashes of the whole pair, which
              // cannot be regrouped by query, and their scores were paid for; they are still read
              // for pairs this table does not have (EvalStore::legacyScores), and a run that
              // finds some moves them into its queries' rows (EvalStore::storeQueryScores).
              "CREATE TABLE eval_query_scores ("
              " key BLOB PRIMARY KEY,"
              " model TEXT NOT NULL,"
              " created INTEGER NOT NULL,"
              " scores BLOB NOT NULL)"_L1,
              // Scores a run staged and never folded (it quit or crashed): folded now as its
              // fold would have (of one key the last staged wins); nothing stages any more.
              "INSERT OR REPLACE INTO eval_score_cache (key, model, score, created)"
              " SELECT key, model, score, created FROM eval_score_staging ORDER BY key, rowid"_L1,
              "DROP TABLE eval_score_staging"_L1,
          } },
    };
    return steps;
}

// SQLite primary result codes (the driver reports extended codes as text).
enum SqliteCode {
    Perm = 3,
    ReadOnly = 8,
    IoErr = 10,
    Corrupt = 11,
    Full = 13,
    CantOpen = 14,
    Constraint = 19,
    Mismatch = 20,
    NotADb = 26
};

bool isCorruption(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    return ok && (code == Corrupt || code == NotADb);
}

// PRAGMA quick_check over a connection of its own (runs on a worker thread): empty when the file
// is fine, else the first problems. A file that cannot be opened at all is not judged here: the
// next open() reports that itself.
QString quickCheck(const QString &path, const QString &connectionName)
{
    QString detail;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (!query.exec(u"PRAGMA quick_check"_s)) {
                if (isCorruption(query.lastError()))
                    detail = query.lastError().text();
            } else {
                QStringList lines;
                while (query.next() && lines.size() < 10)
                    lines << query.value(0).toString();
                if (lines != QStringList{ u"ok"_s })
                    detail = lines.join(u'\n');
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return detail;
}

} // namespace

Database::Database(QObject *parent) : QObject(parent)
{
    static std::atomic<int> counter{ 0 };
    m_connectionName = u"sift-db-%1"_s.arg(++counter);
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/sift.db"_s;
}

int Database::latestVersion()
{
    return migrations().constLast().version;
}

int Database::schemaVersion() const
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return 0;
    return query.value(0).toInt();
}

bool Database::integrityCheck(QString *detail) const
{
    QSqlQuery query(m_db);
    if (!query.exec(u"PRAGMA integrity_check"_s)) {
        if (detail)
            *detail = query.lastError().text();
        return false;
    }
    QStringList lines;
    while (query.next() && lines.size() < 10)
        lines << query.value(0).toString();
    if (detail)
        *detail = lines.join(u'\n');
    return lines == QStringList{ u"ok"_s };
}

QString Database::problemMessage(const QSqlError &error, const QString &otherwise)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok) & 0xff;
    if (ok && code == Full)
        return tr("The disk is full, so Sift could not save your work. Free some disk space; "
                  "what you see in this window is kept meanwhile.");
    if (ok && (code == ReadOnly || code == Perm))
        return tr("The history file is read-only, so Sift could not save your work. Make it "
                  "writable, then restart Sift.");
    if (ok && (code == IoErr || code == CantOpen))
        return tr("Sift could not write its history file (the disk reported an error). Check "
                  "the disk and free some space, then restart Sift.");
    if (ok && (code == Constraint || code == Mismatch)) {
        // "NOT NULL constraint failed: conversations.title": the field is what the user can fix
        // (in an imported file); the disk is not the problem.
        const QString text = error.databaseText();
        const qsizetype colon = text.lastIndexOf(u':');
        QString field = colon < 0 ? QString() : text.mid(colon + 1).trimmed();
        field = field.mid(field.lastIndexOf(u'.') + 1).section(u' ', 0, 0);
        return field.isEmpty()
            ? tr("Sift could not save this because a value has the wrong type or is missing. "
                 "If it came from a file, correct the file and try again.")
            : tr("Sift could not save this because the field \"%1\" is missing or has the wrong "
                 "type. If it came from a file, correct that field and try again.")
                  .arg(field);
    }
    if (!otherwise.isEmpty())
        return otherwise;
    return tr("Sift could not read or save its history. Check that the disk is not full and "
              "the history file is writable.");
}

Database::OpenResult Database::open(const QString &path)
{
    return open(path, Options());
}

Database::OpenResult Database::open(const QString &path, const Options &options)
{
    close();
    OpenResult result;
    const QString file = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();

    if (!QDir().mkpath(QFileInfo(file).absolutePath())) {
        result.message = tr("Sift cannot create the folder for its history (%1). Check that the "
                            "folder is writable and the disk is not full.")
                             .arg(QFileInfo(file).absolutePath());
        return result;
    }

    auto lock = std::make_unique<QLockFile>(file + u".lock"_s);
    // Staleness by age would let a second instance steal the lock from a long-running first one;
    // a crashed owner is still detected by its process id.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            result.status = Status::InUse;
            result.message = tr("The history is in use by another Sift window. Switch to that "
                                "window, or open the history read-only.");
        } else {
            // QLockFile reports a read-only folder or file system as PermissionError.
            result.readOnlyLocation = lock->error() == QLockFile::PermissionError;
            result.message = lock->error() == QLockFile::PermissionError
                ? tr("The folder %1 is read-only, so Sift cannot save its history. Make the "
                     "folder writable, then restart Sift; until then chats are not saved.")
                      .arg(QDir::toNativeSeparators(QFileInfo(file).absolutePath()))
                : tr("Sift cannot lock its history file %1. Check that the disk is not full "
                     "and the folder is writable, then restart Sift.")
                      .arg(QDir::toNativeSeparators(file));
        }
        return result;
    }
    m_lock = std::move(lock);

    // SQLite quietly opens a file it may not write read-only, and only the first save would
    // fail: find out now, while the user can still be told before chatting.
    if (QFile probe(file); probe.exists() && !probe.open(QIODevice::ReadWrite)) {
        result.detail = probe.errorString();
        result.readOnlyLocation = true;
        result.message = tr("The history file %1 is read-only, so Sift cannot save chats in "
                            "it. Make the file writable, then restart Sift; until then chats "
                            "are not saved.")
                             .arg(QDir::toNativeSeparators(file));
        close();
        return result;
    }

    // A background check runs only when the last one found nothing; otherwise check now, while
    // the damaged file can still be moved aside before anything uses it.
    Options connectionOptions = options;
    const bool deferCheck = options.checkIntegrity && options.checkInBackground
        && !QFileInfo::exists(checkMarkerPath(file));
    if (deferCheck)
        connectionOptions.checkIntegrity = false;

    Attempt attempt = openConnection(file, false, connectionOptions, result);
    if (attempt == Attempt::Corrupt) {
        dropConnection();
        QString error;
        const QString moved = moveAside(file, &error);
        if (moved.isEmpty()) {
            result.status = Status::Failed;
            result.detail = error;
            result.message = tr("The history file %1 is damaged and Sift cannot move it aside. "
                                "Move or rename it, then start Sift again.")
                                 .arg(file);
            close();
            return result;
        }
        result = {};
        attempt = openConnection(file, false, connectionOptions, result);
        if (attempt == Attempt::Ok) {
            QFile::remove(checkMarkerPath(file));
            result.status = Status::Recovered;
            result.movedAsidePath = moved;
            result.message = tr("The history file was damaged. Sift kept it as %1 and started a "
                                "new history.")
                                 .arg(moved);
            return result;
        }
    }
    if (attempt != Attempt::Ok) {
        close();
        return result;
    }
    result.status = Status::Ok;
    if (deferCheck && result.previousVersion > 0)
        startBackgroundCheck();
    else if (options.checkIntegrity)
        QFile::remove(checkMarkerPath(file));
    return result;
}

QString Database::checkMarkerPath(const QString &path)
{
    return path + u".check-needed"_s;
}

void Database::startBackgroundCheck()
{
    static std::atomic<int> counter{ 0 };
    const QString path = m_path;
    const QString connectionName = u"sift-db-check-%1"_s.arg(++counter);
    auto *watcher = new QFutureWatcher<QString>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        const QString detail = watcher->result();
        if (detail.isEmpty()) {
            Q_EMIT integrityCheckDone(true);
            return;
        }
        // The next start checks synchronously and moves the file aside before using it.
        QFile marker(checkMarkerPath(path));
        if (marker.open(QIODevice::WriteOnly | QIODevice::Truncate))
            marker.write(detail.toUtf8());
        marker.close();
        Q_EMIT integrityCheckFailed(tr("The history file %1 is damaged. Restart Sift: it will "
                                       "keep the damaged file aside and start a new history.")
                                        .arg(QDir::toNativeSeparators(path)),
                                    detail);
        Q_EMIT integrityCheckDone(false);
    });
    watcher->setFuture(
        QtConcurrent::run([path, connectionName] { return quickCheck(path, connectionName); }));
}

Database::OpenResult Database::openReadOnly(const QString &path)
{
    close();
    OpenResult result;
    const QString file = QFileInfo(path.isEmpty() ? defaultPath() : path).absoluteFilePath();
    if (!QFileInfo::exists(file)) {
        result.message = tr("There is no history file at %1 yet.").arg(file);
        return result;
    }
    Options options;
    options.checkIntegrity = false; // a read-only viewer should not fail on what it cannot fix
    Attempt attempt = openConnection(file, true, options, result);
    if (attempt == Attempt::Failed) {
        // A WAL file in a folder that may not be written: SQLite cannot make the -shm file it
        // reads through (a writable folder never fails here). Nobody can write the file there
        // either, so read it as immutable.
        dropConnection();
        result = {};
        attempt = openConnection(file, true, options, result, true);
    }
    if (attempt != Attempt::Ok) {
        if (attempt == Attempt::Corrupt)
            result.message = tr("The history file %1 is damaged. Close other Sift windows and "
                                "start Sift again to recover.")
                                 .arg(file);
        close();
        return result;
    }
    result.status = Status::Ok;
    return result;
}

Database::OpenResult Database::openWorkerConnection(const QString &path)
{
    close();
    OpenResult result;
    const QString file = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(file)) {
        result.message = tr("There is no history file at %1 yet.").arg(file);
        return result;
    }
    m_path = file;
    m_readOnly = false;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    m_db.setDatabaseName(file);
    m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    const bool opened = m_db.open();
    QSqlQuery query(m_db);
    const bool ok = opened && query.exec(u"PRAGMA user_version"_s) && query.next()
        && query.value(0).toInt() == latestVersion();
    query.finish();
    if (ok) {
        for (const QString &pragma :
             { u"PRAGMA foreign_keys = ON"_s, u"PRAGMA synchronous = NORMAL"_s,
               u"PRAGMA busy_timeout = 5000"_s }) {
            if (!query.exec(pragma)) {
                result.detail = query.lastError().text();
                break;
            }
            query.finish();
        }
        if (result.detail.isEmpty()) {
            result.status = Status::Ok;
            result.previousVersion = latestVersion();
            return result;
        }
    }
    if (result.detail.isEmpty())
        result.detail
            = m_db.lastError().isValid() ? m_db.lastError().text() : query.lastError().text();
    result.message = tr("Sift cannot open its history file %1. Check that the disk is not full "
                        "and the file is readable and writable.")
                         .arg(QDir::toNativeSeparators(file));
    close();
    return result;
}

Database::Attempt Database::openConnection(const QString &path, bool readOnly,
                                           const Options &options, OpenResult &result,
                                           bool immutable)
{
    m_path = path;
    m_readOnly = readOnly;
    m_db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (immutable) {
        QUrl uri = QUrl::fromLocalFile(path);
        uri.setQuery(u"immutable=1"_s);
        m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(readOnly ? u"QSQLITE_BUSY_TIMEOUT=5000;QSQLITE_OPEN_READONLY"_s
                                        : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }

    const auto fail = [&](const QSqlError &error) {
        result.status = Status::Failed;
        result.detail = error.text();
        result.message = tr("Sift cannot open its history file %1. Check that the disk is not "
                            "full and the file is readable and writable.")
                             .arg(path);
        return isCorruption(error) ? Attempt::Corrupt : Attempt::Failed;
    };

    if (!m_db.open())
        return fail(m_db.lastError());

    QSqlQuery query(m_db);
    // The first statement that reads the file header: a non-database shows up here.
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return fail(query.lastError());
    const int version = query.value(0).toInt();
    query.finish();
    result.previousVersion = version;

    if (version > latestVersion()) {
        result.status = Status::TooNew;
        result.message = tr("The history file %1 was written by a newer version of Sift. Update "
                            "Sift to open it.")
                             .arg(path);
        return Attempt::TooNew;
    }

    const QStringList pragmas = readOnly
        ? QStringList{ u"PRAGMA foreign_keys = ON"_s }
        : QStringList{ u"PRAGMA journal_mode = WAL"_s, u"PRAGMA synchronous = NORMAL"_s,
                       u"PRAGMA foreign_keys = ON"_s, u"PRAGMA busy_timeout = 5000"_s };
    for (const QString &pragma : pragmas) {
        if (!query.exec(pragma))
            return fail(query.lastError());
        query.finish();
    }

    if (options.checkIntegrity && version > 0) {
        if (!query.exec(u"PRAGMA quick_check"_s))
            return fail(query.lastError());
        if (!query.next() || query.value(0).toString() != u"ok"_s) {
            result.detail = query.value(0).toString();
            return Attempt::Corrupt;
        }
        query.finish();
    }

    if (readOnly) {
        if (version < latestVersion()) {
            result.status = Status::Failed;
            result.message = tr("The history file %1 is from an older Sift and cannot be "
                                "upgraded read-only. Close other Sift windows and start again.")
                                 .arg(path);
            return Attempt::Failed;
        }
        return Attempt::Ok;
    }

    const int target = options.targetVersion < 0 ? latestVersion() : options.targetVersion;
    QString error;
    if (version < target && !migrate(version, target, &error)) {
        result.status = Status::Failed;
        result.detail = error;
        result.message = tr("Sift cannot upgrade its history file %1. Check that the disk is not "
                            "full, then start Sift again.")
                             .arg(path);
        return Attempt::Failed;
    }
    return Attempt::Ok;
}

bool Database::migrate(int from, int to, QString *error)
{
    for (const Migration &step : migrations()) {
        if (step.version <= from || step.version > to)
            continue;
        if (!m_db.transaction()) {
            *error = m_db.lastError().text();
            return false;
        }
        QSqlQuery query(m_db);
        bool ok = true;
        for (const QLatin1String &statement : step.statements) {
            if (!query.exec(statement)) {
                *error = query.lastError().text();
                ok = false;
                break;
            }
        }
        if (ok && step.code)
            ok = step.code(query, error);
        if (ok && !query.exec(u"PRAGMA user_version = %1"_s.arg(step.version))) {
            *error = query.lastError().text();
            ok = false;
        }
        query.finish();
        if (!ok || !m_db.commit()) {
            if (ok)
                *error = m_db.lastError().text();
            m_db.rollback();
            return false;
        }
    }
    return true;
}

void Database::dropConnection()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
}

void Database::close()
{
    if (m_db.isValid())
        Q_EMIT aboutToClose();
    dropConnection();
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_readOnly = false;
}

QString Database::moveAside(const QString &path, QString *error)
{
    const QString stamp = QDateTime::currentDateTime().toString(u"yyyyMMdd-HHmmss"_s);
    QString target = u"%1.corrupt-%2"_s.arg(path, stamp);
    for (int n = 1; QFileInfo::exists(target); ++n)
        target = u"%1.corrupt-%2-%3"_s.arg(path, stamp).arg(n);
    if (!QFile::rename(path, target)) {
        *error = QFile(path).errorString();
        return {};
    }
    // The journal belongs to the damaged file: keep it beside the moved copy so the pair opens
    // together in a recovery tool, and so the new database does not replay it.
    for (const QString &suffix : { u"-wal"_s, u"-shm"_s }) {
        if (QFileInfo::exists(path + suffix))
            QFile::rename(path + suffix, target + suffix);
    }
    return target;
}
