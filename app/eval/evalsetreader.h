#pragma once

#include "eval/evalreport.h"
#include "eval/fusion.h"
#include "store/evalstore.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

// What the Evaluate tab shows of the history file, read on worker threads (each request opens its
// own connection with Database::openWorkerConnection), so a large set never holds up the window.
// Each request returns at once; its answer comes by a signal. A newer request of the same kind
// supersedes an older one still running: only the newest answer of each kind is emitted. Nothing
// waits for a worker: a request still running when the reader goes is left to finish unseen.
//
//   reader.readSets(preferredId); // → setsRead(): the list, the chosen set and its systems
//   reader.evaluate(setId, systems, measures); // → evaluated(): runs read, fused, measured
//   reader.readQuery(setId, queryId); // → queryRead(): a query's candidates, judgments, texts
class EvalSetReader : public QObject
{
    Q_OBJECT
public:
    struct Sets
    {
        QList<EvalSetSummary> sets;    // most recently updated first
        qint64 chosen = 0;             // the preferred set when it exists, else the first, else 0
        QList<EvalSystemInfo> systems; // of the chosen set
        QString error;                 // translated; empty when the file was read
    };

    // A system to evaluate: a stored run (first stage, imported run, reranker run) by name, or a
    // fusion of stored runs.
    struct SystemInput
    {
        QString name;
        std::optional<Eval::Fusion::Method> fusion;
        QStringList members; // fusions: the systems fused
    };

    struct Evaluation
    {
        qint64 setId = 0;
        Eval::Report report;
        QList<Eval::NamedRun> runs; // in the report's order
        Eval::Qrels qrels;
        QHash<QString, QString> queryTexts; // by query id
        QStringList missing;                // systems (or fusion members) without results
        QString error;                      // translated; empty when the file was read
    };

    struct QueryData
    {
        qint64 setId = 0;
        std::optional<Eval::Query> query;         // nullopt when the set has no such query
        QStringList candidates;                   // document ids by rank
        Eval::Judgments judgments;                // human grades
        QHash<QString, Eval::Document> documents; // of the candidates and judged documents
        QString error;
    };

    explicit EvalSetReader(QObject *parent = nullptr);
    ~EvalSetReader() override;

    // The history file the requests read (the GUI's Database::path()).
    void setDatabasePath(const QString &path) { m_path = path; }
    QString databasePath() const { return m_path; }

    void readSets(qint64 preferredId = 0);
    void evaluate(qint64 setId, const QList<SystemInput> &systems,
                  const QList<Eval::Measure> &measures);
    void readQuery(qint64 setId, const QString &queryId);

    bool isReadingSets() const { return m_pending[SetsRequest] > 0; }
    bool isEvaluating() const { return m_pending[EvaluateRequest] > 0; }
    bool isReadingQuery() const { return m_pending[QueryRequest] > 0; }

    // The work itself, on the calling thread with the given store: what the workers run. For
    // the CLI and tests.
    static Sets readSets(EvalStore &store, qint64 preferredId);
    static Evaluation evaluate(EvalStore &store, qint64 setId, const QList<SystemInput> &systems,
                               const QList<Eval::Measure> &measures);
    static QueryData readQuery(EvalStore &store, qint64 setId, const QString &queryId);

Q_SIGNALS:
    void setsRead(const EvalSetReader::Sets &sets);
    void evaluated(const EvalSetReader::Evaluation &evaluation);
    void queryRead(const EvalSetReader::QueryData &data);

private:
    enum Request { SetsRequest, EvaluateRequest, QueryRequest, RequestCount };
    template<typename Result, typename Work, typename Emit>
    void launch(Request kind, Work work, Emit emitter);

    QString m_path;
    int m_generation[RequestCount] = {};
    int m_pending[RequestCount] = {};
};

Q_DECLARE_METATYPE(EvalSetReader::Sets)
Q_DECLARE_METATYPE(EvalSetReader::Evaluation)
Q_DECLARE_METATYPE(EvalSetReader::QueryData)
