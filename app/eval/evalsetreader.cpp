#include "evalsetreader.h"

#include "store/database.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace {

// Runs `work(store)` with a connection of this thread's own; `Result::error` tells when the file
// cannot be opened or read.
template<typename Result, typename Work>
Result withWorkerStore(const QString &path, Work work)
{
    Database database;
    const Database::OpenResult opened = database.openWorkerConnection(path);
    if (!opened.ok()) {
        Result result;
        result.error = opened.message;
        return result;
    }
    EvalStore store(&database);
    Result result = work(store);
    if (result.error.isEmpty() && !store.lastError().isEmpty())
        result.error = store.lastProblem();
    return result;
}

} // namespace

EvalSetReader::EvalSetReader(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<EvalSetReader::Sets>();
    qRegisterMetaType<EvalSetReader::Evaluation>();
    qRegisterMetaType<EvalSetReader::QueryData>();
}

EvalSetReader::~EvalSetReader() = default;

template<typename Result, typename Work, typename Emit>
void EvalSetReader::launch(Request kind, Work work, Emit emitter)
{
    const int generation = ++m_generation[kind];
    ++m_pending[kind];
    // The watcher is a child: when the reader goes first, the worker finishes unseen.
    auto *watcher = new QFutureWatcher<Result>(this);
    connect(watcher, &QFutureWatcher<Result>::finished, this,
            [this, watcher, kind, generation, emitter] {
                watcher->deleteLater();
                --m_pending[kind];
                if (generation == m_generation[kind])
                    emitter(watcher->result());
            });
    const QString path = m_path;
    watcher->setFuture(
        QtConcurrent::run([path, work] { return withWorkerStore<Result>(path, work); }));
}

void EvalSetReader::readSets(qint64 preferredId)
{
    launch<Sets>(
        SetsRequest, [preferredId](EvalStore &store) { return readSets(store, preferredId); },
        [this](const Sets &sets) { Q_EMIT setsRead(sets); });
}

void EvalSetReader::evaluate(qint64 setId, const QList<SystemInput> &systems,
                             const QList<Eval::Measure> &measures)
{
    launch<Evaluation>(
        EvaluateRequest,
        [setId, systems, measures](EvalStore &store) {
            return evaluate(store, setId, systems, measures);
        },
        [this](const Evaluation &evaluation) { Q_EMIT evaluated(evaluation); });
}

void EvalSetReader::readQuery(qint64 setId, const QString &queryId)
{
    launch<QueryData>(
        QueryRequest,
        [setId, queryId](EvalStore &store) { return readQuery(store, setId, queryId); },
        [this](const QueryData &data) { Q_EMIT queryRead(data); });
}

EvalSetReader::Sets EvalSetReader::readSets(EvalStore &store, qint64 preferredId)
{
    Sets result;
    result.sets = store.listSets();
    for (const EvalSetSummary &set : std::as_const(result.sets)) {
        if (set.id == preferredId)
            result.chosen = set.id;
    }
    if (result.chosen == 0 && !result.sets.isEmpty())
        result.chosen = result.sets.first().id;
    if (result.chosen != 0)
        result.systems = store.systems(result.chosen);
    return result;
}

EvalSetReader::Evaluation EvalSetReader::evaluate(EvalStore &store, qint64 setId,
                                                  const QList<SystemInput> &systems,
                                                  const QList<Eval::Measure> &measures)
{
    Evaluation result;
    result.setId = setId;
    QHash<QString, Eval::Run> loaded;
    const auto runOf = [&](const QString &name) {
        auto it = loaded.find(name);
        if (it == loaded.end())
            it = loaded.insert(name, store.loadRun(setId, name));
        return *it;
    };
    for (const SystemInput &system : systems) {
        if (system.fusion) {
            QList<Eval::Run> members;
            for (const QString &member : system.members) {
                const Eval::Run run = runOf(member);
                if (run.isEmpty() && !result.missing.contains(member))
                    result.missing.append(member);
                members.append(run);
            }
            result.runs.append({ system.name, Eval::Fusion::fuse(members, *system.fusion) });
        } else {
            const Eval::Run run = runOf(system.name);
            if (run.isEmpty()) {
                if (!result.missing.contains(system.name))
                    result.missing.append(system.name);
                continue;
            }
            result.runs.append({ system.name, run });
        }
    }
    if (result.runs.isEmpty())
        return result;
    result.qrels = store.qrels(setId);
    for (const Eval::Query &query : store.queries(setId))
        result.queryTexts.insert(query.id, query.text);
    result.report = Eval::buildReport(result.qrels, result.runs, measures);
    return result;
}

EvalSetReader::QueryData EvalSetReader::readQuery(EvalStore &store, qint64 setId,
                                                  const QString &queryId)
{
    QueryData result;
    result.setId = setId;
    for (const Eval::Query &query : store.queries(setId)) {
        if (query.id == queryId) {
            result.query = query;
            break;
        }
    }
    if (!result.query)
        return result;
    for (const Eval::Candidate &candidate : store.candidates(setId).value(queryId))
        result.candidates.append(candidate.docId);
    result.judgments = store.qrels(setId).value(queryId);
    QStringList ids = result.candidates;
    for (auto it = result.judgments.cbegin(); it != result.judgments.cend(); ++it) {
        if (!ids.contains(it.key()))
            ids.append(it.key());
    }
    result.documents = store.documents(setId, ids);
    return result;
}
