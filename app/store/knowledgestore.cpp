#include "knowledgestore.h"

#include "database.h"

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

qint64 now()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A null QString binds as NULL: the NOT NULL text columns get '' instead.
QString text(const QString &value)
{
    return value.isNull() ? u""_s : value;
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
    QSqlQuery &query = prepared(
        u"INSERT INTO kb_collections (name, embed_model, dimensions, settings_json, created,"
        " updated) VALUES (?, ?, ?, ?, ?, ?)"_s);
    query.bindValue(0, name);
    query.bindValue(1, embedModel);
    query.bindValue(2, dimensions);
    query.bindValue(3,
                    QString::fromUtf8(
                        QJsonDocument(RetrievalOptions().toJson()).toJson(QJsonDocument::Compact)));
    query.bindValue(4, now());
    query.bindValue(5, now());
    if (!exec(query))
        return std::nullopt;
    const qint64 id = query.lastInsertId().toLongLong();
    query.finish();
    return id;
}

bool KnowledgeStore::removeCollection(qint64 id)
{
    return inTransaction([&] {
        // The FTS index is kept by the chunk delete trigger; files and sources cascade.
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
    if (vectors.size() != chunks.size())
        return failed(
            u"writeFile: %1 vectors for %2 chunks"_s.arg(vectors.size()).arg(chunks.size()));
    return inTransaction([&] {
        QSqlQuery &remove
            = prepared(u"DELETE FROM kb_chunks WHERE file_id IN"
                       " (SELECT id FROM kb_files WHERE collection_id = ? AND path = ?)"_s);
        remove.bindValue(0, collectionId);
        remove.bindValue(1, file.path);
        if (!exec(remove))
            return false;
        QSqlQuery &upsert = prepared(
            u"INSERT INTO kb_files (collection_id, path, hash, mtime, size, chunk_count, note,"
            " indexed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (collection_id, path) DO UPDATE SET hash = excluded.hash,"
            " mtime = excluded.mtime, size = excluded.size, chunk_count = excluded.chunk_count,"
            " note = excluded.note, indexed = excluded.indexed"
            " RETURNING id"_s);
        upsert.bindValue(0, collectionId);
        upsert.bindValue(1, file.path);
        upsert.bindValue(2, text(file.hash));
        upsert.bindValue(3, file.mtime);
        upsert.bindValue(4, file.size);
        upsert.bindValue(5, int(chunks.size()));
        upsert.bindValue(6, text(file.note));
        upsert.bindValue(7, now());
        if (!exec(upsert) || !upsert.next())
            return upsert.lastError().isValid() ? failed(upsert) : failed(u"no file id"_s);
        const qint64 fileId = upsert.value(0).toLongLong();
        upsert.finish();
        for (qsizetype i = 0; i < chunks.size(); ++i) {
            const Chunk &chunk = chunks.at(i);
            QSqlQuery &insert
                = prepared(u"INSERT INTO kb_chunks (file_id, collection_id, ordinal, text, heading,"
                           " byte_start, byte_end, line_start, line_end, vector)"
                           " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
            insert.bindValue(0, fileId);
            insert.bindValue(1, collectionId);
            insert.bindValue(2, int(i));
            insert.bindValue(3, text(chunk.text));
            insert.bindValue(4, text(chunk.heading));
            insert.bindValue(5, chunk.byteStart);
            insert.bindValue(6, chunk.byteEnd);
            insert.bindValue(7, chunk.lineStart);
            insert.bindValue(8, chunk.lineEnd);
            insert.bindValue(9, vectorBlob(vectors.at(i)));
            if (!exec(insert))
                return false;
        }
        return touch(collectionId);
    });
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
    // Words in more than a quarter of all passages add little to BM25 (IDF below log 3; FTS5
    // floors it at 1e-6 past half) but make FTS5 score that many rows, about 1 µs each: they are
    // dropped, unless all words are. The rarer words decide the top-K either way.
    QSqlQuery &total = prepared(u"SELECT COUNT(*) FROM kb_chunks"_s);
    qint64 passages = 0;
    if (exec(total) && total.next())
        passages = total.value(0).toLongLong();
    total.finish();
    QStringList kept;
    qint64 keptDocuments = 0;
    // Small collections are fast whatever the words: only large ones are pruned.
    const bool prune = passages >= PruneFromPassages;
    for (const QString &term : match.split(" OR "_L1)) {
        if (!prune)
            break;
        QSqlQuery &df = prepared(u"SELECT doc FROM kb_chunks_vocab WHERE term = ?"_s);
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
    // FTS5 ranks its own rows (about 1 µs each); joining every match with kb_chunks to keep
    // the collection's would read one large row (text and vector) per match, three times the
    // cost. So the best `depth` of the whole index are ranked first and only those are checked
    // against the collection in its small covering index; when other collections' passages
    // crowd the collection's out of that depth, every match is checked.
    QSqlQuery &size
        = prepared(u"SELECT COALESCE(SUM(chunk_count), 0) FROM kb_files WHERE collection_id = ?"_s);
    size.bindValue(0, collectionId);
    qint64 own = 0;
    if (exec(size) && size.next())
        own = size.value(0).toLongLong();
    size.finish();
    if (own <= 0)
        return hits;
    const qint64 share = std::max<qint64>(1, (passages + own - 1) / own);
    qint64 depth = std::min<qint64>(qint64(limit) * 2 * share, std::max<qint64>(passages, limit));
    for (;;) {
        QSqlQuery &query = prepared(
            u"SELECT f.rowid, f.score FROM (SELECT rowid, bm25(kb_chunks_fts) AS score"
            " FROM kb_chunks_fts WHERE kb_chunks_fts MATCH ? ORDER BY score, rowid LIMIT ?) f"
            " WHERE EXISTS (SELECT 1 FROM kb_chunks c INDEXED BY kb_chunks_collection"
            " WHERE c.collection_id = ? AND c.id = f.rowid)"
            " ORDER BY f.score, f.rowid LIMIT ?"_s);
        query.bindValue(0, match);
        query.bindValue(1, depth);
        query.bindValue(2, collectionId);
        query.bindValue(3, limit);
        if (!exec(query))
            return hits;
        hits.clear();
        while (query.next())
            hits.append({ query.value(0).toLongLong(), query.value(1).toDouble() });
        query.finish();
        // Enough, or every match was ranked (the depth covers all passages, or is unlimited).
        if (hits.size() >= limit || depth < 0 || depth >= passages)
            return hits;
        depth = -1; // SQLite: no limit
    }
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
