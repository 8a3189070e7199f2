#include "knowledgestore.h"

#include "database.h"
#include "sqlitestatement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

#include <cstring>

using namespace Qt::StringLiterals;

QJsonObject RetrievalOptions::toJson() const
{
    QJsonObject object{ { u"top_k"_s, topK },
                        { u"top_n"_s, topN },
                        { u"threshold"_s, threshold },
                        { u"rerank_model"_s, rerankModel } };
    if (!promptTemplate.isEmpty())
        object.insert(u"prompt_template"_s, promptTemplate);
    return object;
}

RetrievalOptions RetrievalOptions::fromJson(const QJsonObject &object)
{
    RetrievalOptions options;
    options.topK = std::clamp(object.value(u"top_k"_s).toInt(DefaultTopK), 1, 1000);
    options.topN = std::clamp(object.value(u"top_n"_s).toInt(DefaultTopN), 1, 100);
    options.threshold = object.value(u"threshold"_s).toDouble(0.0);
    if (object.contains(u"rerank_model"_s))
        options.rerankModel = object.value(u"rerank_model"_s).toString();
    options.promptTemplate = object.value(u"prompt_template"_s).toString();
    return options;
}

namespace {

constexpr qint64 PruneFromPassages = 2000;
// FTS5 merges an index's segments once this many of one size are there (FTS5's default: 4).
// Each merge rewrites the terms of every passage in those segments: with 4, a window's passages
// were rewritten at every fourth window, and again at every 16th, 64th…; with 16 about half as
// often, and FTS5's crisis merge (16 as well) keeps any level from holding more. Queries read
// every segment, but the extra ones did not show at 100,000 passages (docs/PERFORMANCE.md,
// "Third pass"). BM25's scores do not depend on the segments. Migration 15 sets it on older
// collections.
constexpr int FtsAutomerge = 16;

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// UTF-8 for a NOT NULL text column: '' for a null string (a view without data binds NULL).
QByteArrayView notNull(const QByteArray &utf8)
{
    return utf8.isNull() ? QByteArrayView("", 0) : QByteArrayView(utf8);
}

} // namespace

KnowledgeStore::KnowledgeStore(Database *database, QObject *parent)
    : SqlStore(database,
               QCoreApplication::translate("KnowledgeStore",
                                           "Sift could not read or write its knowledge "
                                           "collections. Check the disk, then try again."),
               parent)
{
}

QList<KbCollection> KnowledgeStore::collections()
{
    QList<KbCollection> list;
    QSqlQuery &query = prepared(
        u"SELECT c.id, c.name, c.embed_model, c.dimensions, c.settings_json, c.created,"
        " c.updated,"
        " (SELECT COUNT(*) FROM kb_files f WHERE f.collection_id = c.id),"
        " (SELECT COALESCE(SUM(chunk_count), 0) FROM kb_files f WHERE f.collection_id = c.id)"
        " FROM kb_collections c ORDER BY c.name"_s);
    if (!exec(query))
        return list;
    while (query.next()) {
        KbCollection c;
        c.id = query.value(0).toLongLong();
        c.name = query.value(1).toString();
        c.embedModel = query.value(2).toString();
        c.dimensions = query.value(3).toInt();
        c.options = RetrievalOptions::fromJson(
            QJsonDocument::fromJson(query.value(4).toString().toUtf8()).object());
        c.created = query.value(5).toLongLong();
        c.updated = query.value(6).toLongLong();
        c.fileCount = query.value(7).toInt();
        c.chunkCount = query.value(8).toInt();
        list.append(c);
    }
    query.finish();
    for (KbCollection &c : list) {
        QSqlQuery &sources
            = prepared(u"SELECT path FROM kb_sources WHERE collection_id = ? ORDER BY id"_s);
        sources.bindValue(0, c.id);
        if (!exec(sources))
            break;
        while (sources.next())
            c.sources << sources.value(0).toString();
        sources.finish();
    }
    return list;
}

std::optional<KbCollection> KnowledgeStore::collection(const QString &name)
{
    for (const KbCollection &c : collections()) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

std::optional<qint64> KnowledgeStore::createCollection(const QString &name,
                                                       const QString &embedModel, int dimensions)
{
    qint64 id = 0;
    const bool ok = inTransaction([&] {
        QSqlQuery &query = prepared(
            u"INSERT INTO kb_collections (name, embed_model, dimensions, settings_json, created,"
            " updated) VALUES (?, ?, ?, ?, ?, ?)"_s);
        query.bindValue(0, name);
        query.bindValue(1, embedModel);
        query.bindValue(2, dimensions);
        query.bindValue(
            3,
            QString::fromUtf8(
                QJsonDocument(RetrievalOptions().toJson()).toJson(QJsonDocument::Compact)));
        query.bindValue(4, now());
        query.bindValue(5, now());
        if (!exec(query))
            return false;
        id = query.lastInsertId().toLongLong();
        query.finish();
        return createIndex(id);
    });
    if (!ok)
        return std::nullopt;
    return id;
}

QString KnowledgeStore::ftsTable(qint64 collectionId)
{
    return u"kb_fts_%1"_s.arg(collectionId);
}

QString KnowledgeStore::vocabTable(qint64 collectionId)
{
    return u"kb_fts_%1_vocab"_s.arg(collectionId);
}

bool KnowledgeStore::createIndex(qint64 collectionId)
{
    // A removed collection's id can come back (kb_collections has no AUTOINCREMENT): whatever
    // was left under its name goes first.
    if (!dropIndex(collectionId))
        return false;
    const QString fts = ftsTable(collectionId);
    QSqlQuery query(m_database->connection());
    for (const QString &sql :
         { u"CREATE VIRTUAL TABLE %1 USING fts5(text, content='',"
           " tokenize='unicode61 remove_diacritics 2')"_s.arg(fts),
           u"INSERT INTO %1(%1, rank) VALUES ('automerge', %2)"_s.arg(fts).arg(FtsAutomerge),
           u"CREATE VIRTUAL TABLE %1 USING fts5vocab(%2, 'row')"_s.arg(vocabTable(collectionId),
                                                                       fts) }) {
        if (!query.exec(sql))
            return failed(query);
    }
    return true;
}

bool KnowledgeStore::dropIndex(qint64 collectionId)
{
    const QString fts = ftsTable(collectionId);
    forgetPrepared(fts);
    QSqlQuery query(m_database->connection());
    for (const QString &sql : { u"DROP TABLE IF EXISTS %1"_s.arg(vocabTable(collectionId)),
                                u"DROP TABLE IF EXISTS %1"_s.arg(fts) }) {
        if (!query.exec(sql))
            return failed(query);
    }
    return true;
}

bool KnowledgeStore::removeCollection(qint64 id)
{
    return inTransaction([&] {
        if (!dropIndex(id))
            return false;
        // Files and sources cascade.
        QSqlQuery &chunks = prepared(u"DELETE FROM kb_chunks WHERE collection_id = ?"_s);
        chunks.bindValue(0, id);
        if (!exec(chunks))
            return false;
        QSqlQuery &query = prepared(u"DELETE FROM kb_collections WHERE id = ?"_s);
        query.bindValue(0, id);
        return exec(query);
    });
}

bool KnowledgeStore::setOptions(qint64 id, const RetrievalOptions &options)
{
    QSqlQuery &query
        = prepared(u"UPDATE kb_collections SET settings_json = ?, updated = ? WHERE id = ?"_s);
    query.bindValue(
        0, QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact)));
    query.bindValue(1, now());
    query.bindValue(2, id);
    return exec(query);
}

bool KnowledgeStore::addSources(qint64 id, const QStringList &paths)
{
    return inTransaction([&] {
        for (const QString &path : paths) {
            QSqlQuery &query = prepared(
                u"INSERT OR IGNORE INTO kb_sources (collection_id, path) VALUES (?, ?)"_s);
            query.bindValue(0, id);
            query.bindValue(1, path);
            if (!exec(query))
                return false;
        }
        return touch(id);
    });
}

bool KnowledgeStore::touch(qint64 collectionId)
{
    QSqlQuery &query = prepared(u"UPDATE kb_collections SET updated = ? WHERE id = ?"_s);
    query.bindValue(0, now());
    query.bindValue(1, collectionId);
    return exec(query);
}

QHash<QString, KbFile> KnowledgeStore::files(qint64 collectionId)
{
    QHash<QString, KbFile> files;
    QSqlQuery &query
        = prepared(u"SELECT id, path, hash, mtime, size, chunk_count, note FROM kb_files"
                   " WHERE collection_id = ?"_s);
    query.bindValue(0, collectionId);
    if (!exec(query))
        return files;
    while (query.next()) {
        KbFile file;
        file.id = query.value(0).toLongLong();
        file.path = query.value(1).toString();
        file.hash = query.value(2).toString();
        file.mtime = query.value(3).toLongLong();
        file.size = query.value(4).toLongLong();
        file.chunkCount = query.value(5).toInt();
        file.note = query.value(6).toString();
        files.insert(file.path, file);
    }
    query.finish();
    return files;
}

QByteArray KnowledgeStore::vectorBlob(const QList<float> &vector)
{
    static_assert(Q_BYTE_ORDER == Q_LITTLE_ENDIAN, "vectors are stored as little-endian float32");
    return QByteArray(reinterpret_cast<const char *>(vector.constData()),
                      vector.size() * qsizetype(sizeof(float)));
}

bool KnowledgeStore::writeFile(qint64 collectionId, const KbFile &file, const QList<Chunk> &chunks,
                               const QList<QList<float>> &vectors)
{
    return writeFiles(collectionId, { FileWrite{ file, chunks, vectors } });
}

bool KnowledgeStore::writeFiles(qint64 collectionId, const QList<FileWrite> &files)
{
    for (const FileWrite &write : files) {
        if (write.vectors.size() != write.chunks.size())
            return failed(u"writeFiles: %1 vectors for %2 chunks"_s.arg(write.vectors.size())
                              .arg(write.chunks.size()));
    }
    return inTransaction([&] {
        // The passages' rows first, their index entries last: FTS5 writes the terms it holds
        // out as an index segment whenever a statement that may need undoing on its own starts
        // (the file's upsert, touch()), and one segment per file cost more to merge later than
        // the indexing itself. So all of them go into one segment at the end.
        // The rows go through SQLite's own API, prepared once per call: the text bound as UTF-8
        // (QSqlQuery binds it through a QVariant as UTF-16, which SQLite converts again) and the
        // vector from the list's own memory.
        sqlite3 *db = sqliteHandle(m_database->connection());
        SqliteStatement existing(db,
                                 "SELECT id FROM kb_files WHERE collection_id = ? AND path = ?");
        SqliteStatement removeChunks(db, "DELETE FROM kb_chunks WHERE file_id = ?");
        SqliteStatement upsert(
            db,
            "INSERT INTO kb_files (collection_id, path, hash, mtime, size, chunk_count, note,"
            " indexed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (collection_id, path) DO UPDATE SET hash = excluded.hash,"
            " mtime = excluded.mtime, size = excluded.size,"
            " chunk_count = excluded.chunk_count, note = excluded.note,"
            " indexed = excluded.indexed RETURNING id");
        SqliteStatement insert(
            db,
            "INSERT INTO kb_chunks (file_id, collection_id, ordinal, text, heading, byte_start,"
            " byte_end, line_start, line_end, vector) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        for (const SqliteStatement *statement : { &existing, &removeChunks, &upsert, &insert }) {
            if (!statement->isValid())
                return failed(statement->error());
        }
        qint64 firstNew = 0;
        qint64 inserted = 0;
        for (const FileWrite &write : files) {
            const QByteArray path = write.file.path.toUtf8();
            existing.bind(1, collectionId);
            existing.bind(2, notNull(path), true);
            const qint64 oldId = existing.next() ? existing.integer64(0) : 0;
            if (existing.failedToRead())
                return failed(existing.error());
            existing.reset();
            if (oldId != 0) {
                if (!unindexFile(collectionId, oldId))
                    return false;
                removeChunks.bind(1, oldId);
                if (!removeChunks.run())
                    return failed(removeChunks.error());
            }
            const QByteArray hash = write.file.hash.toUtf8();
            const QByteArray note = write.file.note.toUtf8();
            upsert.bind(1, collectionId);
            upsert.bind(2, notNull(path), true);
            upsert.bind(3, notNull(hash), true);
            upsert.bind(4, write.file.mtime);
            upsert.bind(5, write.file.size);
            upsert.bind(6, qint64(write.chunks.size()));
            upsert.bind(7, notNull(note), true);
            upsert.bind(8, now());
            if (!upsert.next())
                return upsert.failedToRead() ? failed(upsert.error()) : failed(u"no file id"_s);
            const qint64 fileId = upsert.integer64(0);
            upsert.reset();
            insert.bind(1, fileId);
            insert.bind(2, collectionId);
            for (qsizetype i = 0; i < write.chunks.size(); ++i) {
                const Chunk &chunk = write.chunks.at(i);
                const QList<float> &vector = write.vectors.at(i);
                const QByteArray text = chunk.text.toUtf8();
                const QByteArray heading = chunk.heading.toUtf8();
                insert.bind(3, qint64(i));
                insert.bind(4, notNull(text), true);
                insert.bind(5, notNull(heading), true);
                insert.bind(6, chunk.byteStart);
                insert.bind(7, chunk.byteEnd);
                insert.bind(8, qint64(chunk.lineStart));
                insert.bind(9, qint64(chunk.lineEnd));
                // As vectorBlob() (little-endian float32); an empty vector binds NULL.
                insert.bind(10,
                            QByteArrayView(reinterpret_cast<const char *>(vector.constData()),
                                           vector.size() * qsizetype(sizeof(float))),
                            false);
                if (!insert.run())
                    return failed(insert.error());
                if (inserted++ == 0)
                    firstNew = insert.lastInsertId();
            }
        }
        if (!touch(collectionId))
            return false;
        if (inserted == 0)
            return true;
        // Every new passage in one statement, its text read back from kb_chunks (already UTF-8
        // there: bound again from here, each was converted from UTF-16 a second time). A new
        // row's id is one more than the largest in the table, so the rows from firstNew on are
        // exactly this transaction's; the count checks it.
        QSqlQuery &index = prepared(
            u"INSERT INTO %1(rowid, text) SELECT id, text FROM kb_chunks"
            " WHERE collection_id = ? AND id >= ? ORDER BY id"_s.arg(ftsTable(collectionId)));
        index.bindValue(0, collectionId);
        index.bindValue(1, firstNew);
        if (!exec(index))
            return false;
        if (index.numRowsAffected() != inserted)
            return failed(u"writeFiles: %1 passages indexed of %2"_s.arg(index.numRowsAffected())
                              .arg(inserted));
        return true;
    });
}

bool KnowledgeStore::unindexFile(qint64 collectionId, qint64 fileId)
{
    // A contentless index forgets a row when told the text it indexed.
    const QString fts = ftsTable(collectionId);
    QSqlQuery &query
        = prepared(u"INSERT INTO %1(%1, rowid, text)"
                   " SELECT 'delete', id, text FROM kb_chunks WHERE file_id = ?"_s.arg(fts));
    query.bindValue(0, fileId);
    return exec(query);
}

bool KnowledgeStore::renameFile(qint64 fileId, const QString &path)
{
    QSqlQuery &query = prepared(u"UPDATE kb_files SET path = ? WHERE id = ?"_s);
    query.bindValue(0, path);
    query.bindValue(1, fileId);
    return exec(query);
}

bool KnowledgeStore::removeFile(qint64 fileId)
{
    return inTransaction([&] {
        QSqlQuery &owner = prepared(u"SELECT collection_id FROM kb_files WHERE id = ?"_s);
        owner.bindValue(0, fileId);
        if (!exec(owner))
            return false;
        const qint64 collectionId = owner.next() ? owner.value(0).toLongLong() : 0;
        owner.finish();
        if (collectionId != 0 && !unindexFile(collectionId, fileId))
            return false;
        QSqlQuery &chunks = prepared(u"DELETE FROM kb_chunks WHERE file_id = ?"_s);
        chunks.bindValue(0, fileId);
        if (!exec(chunks))
            return false;
        QSqlQuery &query = prepared(u"DELETE FROM kb_files WHERE id = ?"_s);
        query.bindValue(0, fileId);
        return exec(query);
    });
}

QString KnowledgeStore::matchExpression(const QString &text)
{
    static const QRegularExpression word(u"[\\p{L}\\p{N}_]+"_s);
    QStringList terms;
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        const QString term = it.next().captured(0).toLower();
        if (!terms.contains(term))
            terms << u'"' + term + u'"';
        if (terms.size() >= 64)
            break;
    }
    return terms.join(" OR "_L1);
}

QList<std::pair<qint64, double>> KnowledgeStore::bm25(qint64 collectionId, const QString &text,
                                                      int limit)
{
    QList<std::pair<qint64, double>> hits;
    QString match = matchExpression(text);
    if (match.isEmpty() || limit <= 0)
        return hits;
    // The collection's passages (its index holds exactly these).
    QSqlQuery &size
        = prepared(u"SELECT COALESCE(SUM(chunk_count), 0) FROM kb_files WHERE collection_id = ?"_s);
    size.bindValue(0, collectionId);
    qint64 passages = 0;
    if (exec(size) && size.next())
        passages = size.value(0).toLongLong();
    size.finish();
    if (passages <= 0)
        return hits;
    // Words in more than a quarter of the passages add little to BM25 (IDF below log 3; FTS5
    // floors it at 1e-6 past half) but make FTS5 score that many rows, about 1 µs each: they are
    // dropped, unless all words are. The rarer words decide the top-K either way. Small
    // collections are fast whatever the words: only large ones are pruned.
    if (passages >= PruneFromPassages) {
        QStringList kept;
        qint64 keptDocuments = 0;
        for (const QString &term : match.split(" OR "_L1)) {
            QSqlQuery &df
                = prepared(u"SELECT doc FROM %1 WHERE term = ?"_s.arg(vocabTable(collectionId)));
            df.bindValue(0, term.mid(1, term.size() - 2));
            qint64 documents = 0;
            if (exec(df) && df.next())
                documents = df.value(0).toLongLong();
            df.finish();
            if (documents * 4 <= passages) {
                kept << term;
                keptDocuments += documents;
            }
        }
        if (keptDocuments > 0)
            match = kept.join(" OR "_L1);
    }
    const QString fts = ftsTable(collectionId);
    QSqlQuery &query = prepared(u"SELECT rowid, bm25(%1) AS score FROM %1 WHERE %1 MATCH ?"
                                " ORDER BY score, rowid LIMIT ?"_s.arg(fts));
    query.bindValue(0, match);
    query.bindValue(1, limit);
    if (!exec(query))
        return hits;
    while (query.next())
        hits.append({ query.value(0).toLongLong(), query.value(1).toDouble() });
    query.finish();
    return hits;
}

QList<KbPassage> KnowledgeStore::passages(const QList<qint64> &ids)
{
    QList<KbPassage> list;
    for (const qint64 id : ids) {
        QSqlQuery &query = prepared(
            u"SELECT c.text, c.heading, c.byte_start, c.byte_end, c.line_start, c.line_end,"
            " f.path FROM kb_chunks c JOIN kb_files f ON f.id = c.file_id WHERE c.id = ?"_s);
        query.bindValue(0, id);
        if (!exec(query))
            return list;
        if (query.next()) {
            KbPassage passage;
            passage.id = id;
            passage.chunk.text = query.value(0).toString();
            passage.chunk.heading = query.value(1).toString();
            passage.chunk.byteStart = query.value(2).toLongLong();
            passage.chunk.byteEnd = query.value(3).toLongLong();
            passage.chunk.lineStart = query.value(4).toInt();
            passage.chunk.lineEnd = query.value(5).toInt();
            passage.path = query.value(6).toString();
            list.append(passage);
        }
        query.finish();
    }
    return list;
}

std::optional<VectorIndex> KnowledgeStore::loadVectors(qint64 collectionId, int dimensions)
{
    QSqlQuery &count = prepared(u"SELECT COUNT(*) FROM kb_chunks WHERE collection_id = ?"_s);
    count.bindValue(0, collectionId);
    if (!exec(count) || !count.next())
        return std::nullopt;
    const qint64 rows = count.value(0).toLongLong();
    count.finish();
    VectorIndex index(dimensions);
    index.reserve(rows);
    QList<float> row(dimensions);
    QSqlQuery &query
        = prepared(u"SELECT id, vector FROM kb_chunks WHERE collection_id = ? ORDER BY id"_s);
    query.bindValue(0, collectionId);
    if (!exec(query))
        return std::nullopt;
    while (query.next()) {
        const QByteArray blob = query.value(1).toByteArray();
        if (blob.size() != qsizetype(dimensions) * qsizetype(sizeof(float)))
            continue; // a passage without a usable vector still has BM25
        std::memcpy(row.data(), blob.constData(), size_t(blob.size())); // BLOBs need no alignment
        index.add(query.value(0).toLongLong(), row);
    }
    query.finish();
    return index;
}
