#pragma once

#include "knowledge/knowledgetypes.h"
#include "knowledge/vectorindex.h"
#include "sqlstore.h"

#include <QHash>
#include <QList>

#include <optional>

// Knowledge collections in the history file (migrations 10 and 12): the sources a user added,
// one row per indexed file with its content hash, and its passages with their vectors (float32
// BLOBs). Each collection has an FTS5 index of its own over its passages' text (ftsTable()), so
// BM25's statistics (how many passages hold a word, their average length) are the collection's:
// another collection's words do not move its ranking. The index is contentless (the text is in
// kb_chunks only) and kept by this class. A file and all its passages are written in one
// transaction, so an interrupted indexing run leaves every file either whole or absent.
class KnowledgeStore : public SqlStore
{
    Q_OBJECT
public:
    explicit KnowledgeStore(Database *database, QObject *parent = nullptr);

    QList<KbCollection> collections();
    std::optional<KbCollection> collection(const QString &name);
    // Fails (lastProblem() says why) when the name is taken.
    std::optional<qint64> createCollection(const QString &name, const QString &embedModel,
                                           int dimensions);
    bool removeCollection(qint64 id);
    bool setOptions(qint64 id, const RetrievalOptions &options);
    bool addSources(qint64 id, const QStringList &paths);

    // Indexed files by path.
    QHash<QString, KbFile> files(qint64 collectionId);
    // Replaces the file's row and passages (vectors by passage; each of the collection's size).
    bool writeFile(qint64 collectionId, const KbFile &file, const QList<Chunk> &chunks,
                   const QList<QList<float>> &vectors);
    struct FileWrite
    {
        KbFile file;
        QList<Chunk> chunks;
        QList<QList<float>> vectors;
    };
    // writeFile() for several files in one transaction: all of them are written or none.
    bool writeFiles(qint64 collectionId, const QList<FileWrite> &files);
    bool renameFile(qint64 fileId, const QString &path);
    bool removeFile(qint64 fileId);
    bool touch(qint64 collectionId);

    // Passage ids by BM25 (best first) for the words of `query` (any of them); scores are
    // FTS5's bm25() (lower is better).
    QList<std::pair<qint64, double>> bm25(qint64 collectionId, const QString &query, int limit);
    QList<KbPassage> passages(const QList<qint64> &ids);
    // Every vector of the collection, for VectorIndex.
    std::optional<VectorIndex> loadVectors(qint64 collectionId, int dimensions);

    // The collection's FTS5 table (contentless, rowid = kb_chunks.id) and its fts5vocab table.
    static QString ftsTable(qint64 collectionId);
    static QString vocabTable(qint64 collectionId);

    // The FTS5 query for free text: every word quoted, joined with OR ("" for no words).
    static QString matchExpression(const QString &text);
    static QByteArray vectorBlob(const QList<float> &vector);

private:
    bool createIndex(qint64 collectionId);
    bool dropIndex(qint64 collectionId);
    // Takes the file's passages out of the collection's index (before they are deleted).
    bool unindexFile(qint64 collectionId, qint64 fileId);
};
