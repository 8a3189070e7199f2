#pragma once

#include "eval/evaltypes.h"
#include "queryscores.h"
#include "sqlstore.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

class Database;

namespace Eval {

// Who gave a grade: a person (or the imported qrels), or a judge model (not yet confirmed).
enum class JudgmentSource { Human, Suggested };

struct Judgment
{
    QString queryId;
    QString docId;
    int grade = 0;
    JudgmentSource source = JudgmentSource::Human;

    bool operator==(const Judgment &) const = default;
};

// One document a query's rerankers rank: from the first-stage run (its rank and score there), or
// a judged document of the query (no score) when the set has no first stage.
struct Candidate
{
    QString docId;
    int rank = 0; // 1-based
    std::optional<double> score;

    bool operator==(const Candidate &) const = default;
};

// Query id → its candidates by rank.
using Candidates = QHash<QString, QList<Candidate>>;

} // namespace Eval

// One row of the list of evaluation sets.
struct EvalSetSummary
{
    qint64 id = 0;
    QString name;
    QString source;    // where it was imported from (a folder or files), for people
    QDateTime created; // UTC
    QDateTime updated; // UTC
    int queryCount = 0;
    int documentCount = 0;
    int judgmentCount = 0;  // human judgments
    int candidateCount = 0; // (query, candidate) pairs: what one reranker scores
    int depth = 0;          // candidates per query taken from the first stage (0: judged docs)
    QString firstStage;     // the first stage's system name; empty without one
};

// A system of a set: its first stage, an imported run, or a finished reranker run.
struct EvalSystemInfo
{
    enum class Kind { FirstStage, Run, Reranker };

    qint64 id = 0;
    QString name;
    Kind kind = Kind::Run;
    QString model; // rerankers: the model id
    qint64 inputTokens = 0;
    std::optional<double> cost; // USD of the requests actually sent
    qint64 latencyMs = 0;
    QDateTime created; // UTC

    static QString kindToString(Kind kind);
    static std::optional<Kind> kindFromString(const QString &text);
};

// Evaluation sets (issue 14) in Sift's SQLite file (eval_* tables, schema versions 6, 8, 17 and
// 18):
// queries, documents, graded judgments (human and suggested), each query's candidates, the systems
// (first stage, runs, reranker runs) and the reranker score cache shared by all sets.
//
// Same rules as the other stores: every call is a few prepared statements; failures return
// 0/false/nullopt/empty, set lastError() and emit storageError(); nothing throws. The writers
// used by an import (createSet, addQuery, addDocument, setJudgment, setCandidates) are meant to
// run inside inTransaction() on a worker thread's own connection (Database::
// openWorkerConnection), see EvalImport; the GUI's store then hears of the new set by
// notifySetsChanged().
class EvalStore : public SqlStore
{
    Q_OBJECT
public:
    explicit EvalStore(Database *database, QObject *parent = nullptr);
    ~EvalStore() override;

    static constexpr int DefaultDepth = 100;

    // --- sets
    // A new, empty set; 0 when the name is taken or on failure.
    // `fingerprint`: what the files were (see findSetByFingerprint).
    qint64 createSet(const QString &name, const QString &source = {}, int depth = 0,
                     const QString &fingerprint = {});
    // Most recently updated first.
    QList<EvalSetSummary> listSets();
    std::optional<EvalSetSummary> set(qint64 id);
    // The id of the set with this name, 0 when there is none.
    qint64 findSet(const QString &name);
    // The newest set imported with this (non-empty) fingerprint, 0 when there is none.
    qint64 findSetByFingerprint(const QString &fingerprint);
    // A name not used by any set yet: `base`, else "base (2)", "base (3)", …
    QString uniqueName(const QString &base);
    bool renameSet(qint64 id, const QString &name);
    // Removes the set with everything in it (its cached scores stay: they belong to no set).
    bool deleteSet(qint64 id);
    // Emits setListChanged(): for a set another connection (an import) wrote.
    void notifySetsChanged() { Q_EMIT setListChanged(); }
    // Emits setChanged(): for a set's grades another connection or store wrote.
    void notifySetChanged(qint64 setId) { Q_EMIT setChanged(setId); }

    // --- writing a set's contents
    // `order` keeps the file's order of the queries (queries() returns them in it).
    bool addQuery(qint64 setId, int order, const Eval::Query &query);
    // False when the id is already in the set (lastError() names it).
    bool addDocument(qint64 setId, const Eval::Document &document);
    bool setJudgment(qint64 setId, const QString &queryId, const QString &docId, int grade,
                     Eval::JudgmentSource source = Eval::JudgmentSource::Human);
    bool removeJudgment(qint64 setId, const QString &queryId, const QString &docId,
                        Eval::JudgmentSource source);
    // Replaces the query's candidates (ranks are taken from the list order, 1-based).
    bool setCandidates(qint64 setId, const QString &queryId, const QList<Eval::Candidate> &list);
    // Queries without candidates get their judged documents (human grades) as candidates.
    bool fillCandidatesFromJudgments(qint64 setId);
    // Records the first stage: its system name and the depth its candidates were cut at.
    bool setFirstStage(qint64 setId, const QString &name, int depth);

    // --- reading a set
    QList<Eval::Query> queries(qint64 setId);
    int documentCount(qint64 setId);
    // Judgments of one source as trec_eval reads qrels.
    Eval::Qrels qrels(qint64 setId, Eval::JudgmentSource source = Eval::JudgmentSource::Human);
    // Every judgment (both sources); of one query when queryId is not empty.
    QList<Eval::Judgment> judgments(qint64 setId, const QString &queryId = {});
    Eval::Candidates candidates(qint64 setId);
    std::optional<Eval::Document> document(qint64 setId, const QString &id);
    // The documents with these ids that the set has (missing ids are left out).
    QHash<QString, Eval::Document> documents(qint64 setId, const QStringList &ids);
    // Every document that is a candidate of some query, in one statement.
    QHash<QString, Eval::Document> candidateDocuments(qint64 setId);
    // What a run's plan needs of a candidate document: before it knows which pairs it sends, the
    // digest; then, for the pairs it sends, the text (kept as read, converted only for those).
    struct DocumentDigest
    {
        QString id;
        QByteArray textHash; // textHash(rerankText(document))
        qint64 tokens = 0;   // TokenEstimate::forText(rerankText(document))
        QByteArray sentText; // rerankText(document) in UTF-8
    };
    // The digest of every document of `candidates` (as candidates() reads them) that the set has,
    // in one pass: digests kept at import (computed here for documents imported before schema 16).
    // When the candidates are most of the set's documents, the others may come along.
    QList<DocumentDigest> candidateDigests(qint64 setId, const Eval::Candidates &candidates);

    // --- systems
    // Saves (replacing one of the same name) a system with its results. Returns its id, 0 on
    // failure. Kept per query: its documents in UTF-8 order of their ids, a repeated id once
    // (its last score); a query without documents is not kept.
    qint64 saveSystem(qint64 setId, const EvalSystemInfo &info, const Eval::Run &run);
    QList<EvalSystemInfo> systems(qint64 setId);
    // Empty when there is no such system, and on failure (results that cannot be read too:
    // lastError() names the query).
    Eval::Run loadRun(qint64 setId, const QString &name);
    bool deleteSystem(qint64 setId, const QString &name);

    // --- score cache
    // A row per (endpoint, model, instruction, query) with the scores of that query's cached
    // documents (QueryScores), keyed by queryCacheKey(cacheKeyPrefix(…), textHash(query)) and
    // the documents by QueryScores::docKey(textHash(document)).
    //
    // The per-(endpoint, model, instruction, query, document) prefix: once per model and
    // instruction.
    static QByteArray cacheKeyPrefix(const QString &endpoint, const QString &model,
                                     const QString &instruction);
    static QByteArray queryCacheKey(const QByteArray &prefix, const QByteArray &queryHash);
    static QByteArray textHash(const QString &text);
    // What a reranker is sent for a document: the title and the text on lines of their own (as
    // BEIR's evaluation sends them), or the text alone.
    static QString rerankText(const QString &title, const QString &text);
    // The cached scores of these queries (keys from queryCacheKey): missing keys are absent, and
    // so is a row that cannot be decoded (a torn or foreign blob: its scores are asked for again
    // and the row is rewritten by the next storeQueryScores of that query).
    QHash<QByteArray, QList<QueryScores::Entry>> cachedQueryScores(const QList<QByteArray> &keys);
    struct QueryScoreUpdate
    {
        QString model;
        QList<QueryScores::Entry> entries; // any order; of one document the last wins
    };
    // Merges each query's new scores into its row (a new score of a document replaces the
    // cached one), and deletes the per-pair rows `movedLegacyKeys` (scores of the per-pair cache
    // that are among the updates: moved), in one transaction.
    bool storeQueryScores(const QHash<QByteArray, QueryScoreUpdate> &updates,
                          const QList<QByteArray> &movedLegacyKeys = {});

    // The per-pair cache of schemas 6–17 (eval_score_cache; migration 18 folded in what was
    // staged): read for pairs eval_query_scores does not have, moved into it by the runs that
    // find them, cleared and counted with it. Its key of one (query, document) pair: a hash of
    // the endpoint's rerank address, the model id, the instruction, the query text and the
    // document text.
    static QByteArray cacheKey(const QString &endpoint, const QString &model,
                               const QString &instruction, const QString &query,
                               const QString &document);
    static QByteArray cacheKeyFromPrefix(const QByteArray &prefix, const QByteArray &queryHash,
                                         const QByteArray &documentHash);
    // Whether the per-pair cache has any row (false for every file created since schema 18,
    // and once runs have moved every row: then legacyScores() need not be asked).
    bool hasLegacyScores();
    // The per-pair cache's scores among `keys` (missing keys are absent from the answer).
    QHash<QByteArray, double> legacyScores(const QList<QByteArray> &keys);

    // Cached scores (documents of cached queries, and per-pair rows), of one model or (empty)
    // of all.
    qint64 cachedScoreCount(const QString &model = {});
    bool clearCache(const QString &model = {});

Q_SIGNALS:
    // A set was added, renamed or deleted.
    void setListChanged();
    // A set's judgments, candidates or systems changed.
    void setChanged(qint64 setId);

private:
    bool touch(qint64 setId);
};
