#include "evalrunner.h"

#include "api/apiclient.h"
#include "chat/tokenestimate.h"
#include "models/modelcatalog.h"
#include "rerank/rerankjob.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QCoreApplication>
#include <QFuture>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <climits>
#include <utility>

using namespace Qt::StringLiterals;

struct EvalRunner::Plan
{
    struct Query
    {
        QString id;
        QString text;
        QString instruction;
        QList<int> docs; // indices into docIds/docTexts, in candidate order
    };
    // One query's pairs a model still needs: positions into Query::docs, and the key of the
    // query's row in the score cache (EvalStore::queryCacheKey) where their scores go.
    struct Work
    {
        int query = 0;
        QList<int> positions;
        QByteArray key;
    };
    struct Model
    {
        QString model;
        QList<Work> work;
        Eval::Run cached;
        // Cached scores found only in the per-pair cache of older versions, by the key of their
        // query's row, and their per-pair keys: the run moves them into the rows.
        QHash<QByteArray, QList<QueryScores::Entry>> legacy;
        QList<QByteArray> legacyKeys;
        int pairs = 0;
        int fromCache = 0;
        qint64 tokens = 0;
        qint64 allTokens = 0;
    };

    QString error;
    QList<Query> queries;
    QStringList docIds;
    QList<QueryScores::DocKey> docKeys; // the score cache's key of each document
    // Of the documents of pairs to send (others null), in UTF-8 as read (the request bodies take
    // them so: RerankJob::setUtf8Texts).
    QList<QByteArray> docTexts;
    QList<Model> models;
};

struct EvalRunner::WriterConnection
{
    std::unique_ptr<Database> database;
    std::unique_ptr<EvalStore> store;
};

struct EvalRunner::ModelState
{
    int index = 0;
    QString model;
    const Plan::Model *plan = nullptr;
    Eval::Run run;
    QList<int> pendingPerQuery; // pairs of each query still waiting for an answer
    QList<Group> groups;
    int nextGroup = 0;
    int slotsUsed = 0; // requests allowed to the running jobs together
    struct Job
    {
        int slots = 0;   // requests this job may have in flight now
        int replies = 0; // batches answered
    };
    QHash<RerankJob *, Job> jobs;
    int queriesDone = 0;
    int pairsDone = 0;
    int scored = 0;
    int unscored = 0;
    qint64 inputTokens = 0;
    double cost = 0.0;
    bool hasCost = false;
    bool costEstimated = false;
    QElapsedTimer clock;
    ApiError error;
    bool stopped = false;
    bool finished = false; // no more requests; its writes may still be under way
    bool saved = false;    // … and written: modelFinished() was emitted
};

namespace {

std::shared_ptr<const EvalRunner::Plan> makePlan(const QString &databasePath, qint64 setId,
                                                 const QStringList &models,
                                                 const QStringList &endpoints,
                                                 const QString &defaultInstruction)
{
    auto plan = std::make_shared<EvalRunner::Plan>();
    Database database;
    const Database::OpenResult opened = database.openWorkerConnection(databasePath);
    if (!opened.ok()) {
        plan->error = opened.message;
        return plan;
    }
    EvalStore store(&database);
    const QList<Eval::Query> queries = store.queries(setId);
    const Eval::Candidates candidates = store.candidates(setId);
    // Hashes and token estimates kept at import, with the texts as read (converted below only
    // for the documents of pairs that are sent).
    const QList<EvalStore::DocumentDigest> digests = store.candidateDigests(setId, candidates);
    if (!store.lastError().isEmpty()) {
        plan->error = store.lastProblem();
        return plan;
    }
    QHash<QString, int> digestIndex;
    digestIndex.reserve(digests.size());
    for (int i = 0; i < digests.size(); ++i)
        digestIndex.insert(digests.at(i).id, i);

    // By digest: its document's index in the plan (-1: none yet), and the last query that had
    // it as a candidate (a document listed twice for a query is sent once).
    QList<int> planDoc(digests.size(), -1);
    QList<int> lastQuery(digests.size(), -1);
    QList<int> docDigest; // by plan document: its digest
    docDigest.reserve(digests.size());
    QList<qint64> docTokens;
    QList<QByteArray> docHashes;
    for (const Eval::Query &query : queries) {
        EvalRunner::Plan::Query planned{ query.id,
                                         query.text,
                                         query.instruction.isEmpty() ? defaultInstruction
                                                                     : query.instruction,
                                         {} };
        const int q = int(plan->queries.size());
        for (const Eval::Candidate &candidate : candidates.value(query.id)) {
            const int digest = digestIndex.value(candidate.docId, -1);
            if (digest < 0 || lastQuery.at(digest) == q)
                continue;
            lastQuery[digest] = q;
            int &index = planDoc[digest];
            if (index < 0) {
                index = int(plan->docIds.size());
                plan->docIds.append(candidate.docId);
                docHashes.append(digests.at(digest).textHash);
                docTokens.append(digests.at(digest).tokens);
                docDigest.append(digest);
            }
            planned.docs.append(index);
        }
        if (!planned.docs.isEmpty())
            plan->queries.append(planned);
    }

    // The score cache has a row per query and model (EvalStore::cachedQueryScores): a
    // document's score is found by its text hash's key in its query's row. Per-pair rows of
    // older versions are asked only for what those rows miss, and only when there are any.
    plan->docKeys.reserve(docHashes.size());
    for (const QByteArray &hash : std::as_const(docHashes))
        plan->docKeys.append(QueryScores::docKey(hash));
    QList<QByteArray> queryHashes;
    queryHashes.reserve(plan->queries.size());
    for (const EvalRunner::Plan::Query &query : std::as_const(plan->queries))
        queryHashes.append(EvalStore::textHash(query.text));
    const bool legacy = store.hasLegacyScores();
    for (qsizetype m = 0; m < models.size(); ++m) {
        EvalRunner::Plan::Model model;
        model.model = models.at(m);
        QHash<QString, QByteArray> prefixes; // by instruction
        QList<QByteArray> queryKeys;
        queryKeys.reserve(plan->queries.size());
        for (qsizetype q = 0; q < plan->queries.size(); ++q) {
            const QString &instruction = plan->queries.at(q).instruction;
            auto prefix = prefixes.constFind(instruction);
            if (prefix == prefixes.cend())
                prefix = prefixes.insert(
                    instruction,
                    EvalStore::cacheKeyPrefix(endpoints.at(m), model.model, instruction));
            queryKeys.append(EvalStore::queryCacheKey(*prefix, queryHashes.at(q)));
        }
        const QHash<QByteArray, QList<QueryScores::Entry>> cached
            = store.cachedQueryScores(queryKeys);
        QList<EvalRunner::Plan::Work> works;
        works.reserve(plan->queries.size());
        qsizetype missing = 0;
        for (int q = 0; q < plan->queries.size(); ++q) {
            const EvalRunner::Plan::Query &query = plan->queries.at(q);
            EvalRunner::Plan::Work work{ q, {}, queryKeys.at(q) };
            const auto row = cached.constFind(work.key);
            for (int position = 0; position < query.docs.size(); ++position) {
                const int doc = query.docs.at(position);
                ++model.pairs;
                const QueryScores::Entry *score = row == cached.cend()
                    ? nullptr
                    : QueryScores::find(*row, plan->docKeys.at(doc));
                if (score) {
                    model.cached[query.id].append(
                        Eval::ScoredDoc{ plan->docIds.at(doc), score->score });
                    ++model.fromCache;
                } else {
                    work.positions.append(position);
                }
            }
            missing += work.positions.size();
            works.append(work);
        }
        if (legacy && missing > 0) {
            QList<QByteArray> pairKeys;
            pairKeys.reserve(missing);
            for (const EvalRunner::Plan::Work &work : std::as_const(works)) {
                const EvalRunner::Plan::Query &query = plan->queries.at(work.query);
                const QByteArray &prefix = prefixes.value(query.instruction);
                for (const int position : work.positions)
                    pairKeys.append(EvalStore::cacheKeyFromPrefix(
                        prefix, queryHashes.at(work.query), docHashes.at(query.docs.at(position))));
            }
            const QHash<QByteArray, double> found = store.legacyScores(pairKeys);
            qsizetype k = 0;
            for (EvalRunner::Plan::Work &work : works) {
                const EvalRunner::Plan::Query &query = plan->queries.at(work.query);
                QList<int> still;
                for (const int position : std::as_const(work.positions)) {
                    const QByteArray &pairKey = pairKeys.at(k++);
                    const auto score = found.constFind(pairKey);
                    if (score == found.cend()) {
                        still.append(position);
                        continue;
                    }
                    const int doc = query.docs.at(position);
                    model.cached[query.id].append(Eval::ScoredDoc{ plan->docIds.at(doc), *score });
                    ++model.fromCache;
                    model.legacy[work.key].append(
                        QueryScores::Entry{ plan->docKeys.at(doc), *score });
                    model.legacyKeys.append(pairKey);
                }
                work.positions = still;
            }
        }
        for (int q = 0; q < plan->queries.size(); ++q) {
            const EvalRunner::Plan::Query &query = plan->queries.at(q);
            const qint64 fixedTokens = TokenEstimate::forText(query.text)
                + TokenEstimate::forText(query.instruction) + 1;
            for (const int doc : query.docs)
                model.allTokens += fixedTokens + docTokens.at(doc);
            const EvalRunner::Plan::Work &work = works.at(q);
            for (const int position : work.positions)
                model.tokens += fixedTokens + docTokens.at(query.docs.at(position));
            if (!work.positions.isEmpty())
                model.work.append(work);
        }
        plan->models.append(model);
    }

    // The texts of the documents some model sends (all of them on a first run, none on a
    // run that finds every score cached).
    plan->docTexts.resize(plan->docIds.size());
    for (const EvalRunner::Plan::Model &model : std::as_const(plan->models)) {
        for (const EvalRunner::Plan::Work &work : model.work) {
            const EvalRunner::Plan::Query &query = plan->queries.at(work.query);
            for (const int position : work.positions) {
                const int doc = query.docs.at(position);
                if (plan->docTexts.at(doc).isNull())
                    plan->docTexts[doc] = digests.at(docDigest.at(doc)).sentText;
            }
        }
    }
    return plan;
}

} // namespace

EvalRunner::EvalRunner(ApiClient *client, EvalStore *store, qint64 setId, const QStringList &models,
                       const ModelCatalog *catalog, QObject *parent)
    : QObject(parent), m_client(client), m_store(store), m_setId(setId), m_catalog(catalog)
{
    qRegisterMetaType<EvalRunner::Estimate>();
    qRegisterMetaType<EvalRunner::Progress>();
    qRegisterMetaType<EvalRunner::Outcome>();
    for (const QString &name : models) {
        if (!name.trimmed().isEmpty() && !m_models.contains(name.trimmed()))
            m_models.append(name.trimmed());
    }
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &EvalRunner::onPrepared);
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(FlushMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &EvalRunner::saveScores);
    if (m_store && m_store->database())
        m_databasePath = m_store->database()->path();
    m_writer.setMaxThreadCount(1);
    // The connection lives on the writer's thread: that thread must stay until the runner goes.
    m_writer.setExpiryTimeout(-1);
    m_writerConnection = std::make_shared<WriterConnection>();
}

void EvalRunner::saveScores()
{
    m_flushTimer.stop();
    if (!m_unsaved.isEmpty())
        write(std::nullopt);
}

void EvalRunner::write(std::optional<std::pair<EvalSystemInfo, Eval::Run>> system,
                       std::function<void()> then)
{
    m_flushTimer.stop();
    // On the writer's own connection: a transaction of a few dozen queries' rows, or a model's
    // whole run, would otherwise hold the GUI thread (and the replies waiting for it).
    QFuture<QString> written = QtConcurrent::run(
        &m_writer,
        [path = m_databasePath, setId = m_setId, unsaved = std::exchange(m_unsaved, {}),
         moved = std::exchange(m_movedLegacy, {}), system = std::move(system),
         connection = m_writerConnection]() mutable -> QString {
            if ((unsaved.isEmpty() && !system) || path.isEmpty())
                return {};
            if (!connection->store) {
                auto database = std::make_unique<Database>();
                const Database::OpenResult opened = database->openWorkerConnection(path);
                if (!opened.ok())
                    return opened.message;
                connection->database = std::move(database);
                connection->store = std::make_unique<EvalStore>(connection->database.get());
            }
            EvalStore &store = *connection->store;
            if (!store.storeQueryScores(unsaved, moved))
                return store.lastProblem();
            if (system && store.saveSystem(setId, system->first, system->second) == 0)
                return store.lastProblem();
            return {};
        });
    written.then(this, [this, then = std::move(then)](const QString &problem) {
        // Told as the GUI's store tells its own failures.
        if (!problem.isEmpty() && m_store)
            Q_EMIT m_store->storageError(problem);
        if (then)
            then();
    });
}

EvalRunner::~EvalRunner()
{
    m_watcher.waitForFinished();
    saveScores();
    // Closed on the thread that opened it, after every write.
    m_writer.start([connection = m_writerConnection] {
        connection->store.reset();
        connection->database.reset();
    });
    m_writer.waitForDone();
    for (const auto &state : std::as_const(m_states)) {
        for (auto it = state->jobs.cbegin(); it != state->jobs.cend(); ++it)
            it.key()->disconnect(this);
    }
}

void EvalRunner::prepare()
{
    if (m_preparing || m_running || m_finished)
        return;
    m_preparing = true;
    QStringList endpoints;
    for (const QString &model : std::as_const(m_models))
        endpoints.append(m_client ? m_client->endpoint().rerankUrl(model).toString() : QString());
    const QString path = m_store && m_store->database() ? m_store->database()->path() : QString();
    const qint64 setId = m_setId;
    const QStringList models = m_models;
    const QString instruction = m_instruction;
    m_watcher.setFuture(QtConcurrent::run([path, setId, models, endpoints, instruction] {
        return makePlan(path, setId, models, endpoints, instruction);
    }));
}

void EvalRunner::onPrepared()
{
    m_preparing = false;
    m_plan = m_watcher.result();
    if (!m_plan->error.isEmpty()) {
        const QString message = m_plan->error;
        m_plan.reset();
        Q_EMIT failed(message);
        if (m_startWhenPrepared) {
            m_startWhenPrepared = false;
            m_finished = true;
            Q_EMIT finished({});
        }
        return;
    }
    m_estimates.clear();
    const bool splitAtQueries = sendsOneQueryPerRequest();
    for (int m = 0; m < m_plan->models.size(); ++m) {
        const Plan::Model &model = m_plan->models.at(m);
        Estimate estimate;
        estimate.model = model.model;
        estimate.queries = int(m_plan->queries.size());
        estimate.pairs = model.pairs;
        estimate.missingPairs = model.pairs - model.fromCache;
        for (const Group &group : groupsFor(m))
            estimate.requests
                += RerankJob::batchesFor(group.runs, effectiveBatchSize(), splitAtQueries);
        estimate.tokens = model.tokens;
        estimate.allTokens = model.allTokens;
        if (m_catalog) {
            if (const std::optional<ModelInfo> info = m_catalog->find(model.model)) {
                estimate.cost = info->estimateCost(int(std::min<qint64>(model.tokens, INT_MAX)), 0);
                estimate.allCost
                    = info->estimateCost(int(std::min<qint64>(model.allTokens, INT_MAX)), 0);
            }
        }
        m_estimates.append(estimate);
    }
    Q_EMIT prepared(m_estimates);
    if (m_startWhenPrepared) {
        m_startWhenPrepared = false;
        start();
    }
}

int EvalRunner::effectiveBatchSize() const
{
    if (m_batchSize > 0)
        return std::min(m_batchSize, int(RerankSet::MaxBatchSize));
    return sendsOneQueryPerRequest() ? RerankSet::MaxBatchSize : PackedBatchSize;
}

bool EvalRunner::sendsOneQueryPerRequest() const
{
    return m_client && m_client->endpoint().kind == Endpoint::Kind::OpenAI;
}

QList<EvalRunner::Group> EvalRunner::groupsFor(int model) const
{
    QList<Group> groups;
    const Plan::Model &planned = m_plan->models.at(model);
    for (int w = 0; w < planned.work.size(); ++w) {
        const Plan::Work &work = planned.work.at(w);
        if (work.positions.isEmpty())
            continue;
        const Plan::Query &query = m_plan->queries.at(work.query);
        if (groups.isEmpty() || groups.constLast().instruction != query.instruction)
            groups.append(Group{ query.instruction, {}, {}, {} });
        Group &group = groups.last();
        group.starts.append(group.starts.isEmpty()
                                ? 0
                                : group.starts.constLast() + group.runs.constLast().documents);
        group.works.append(w);
        group.runs.append(RerankJob::QueryRun{ query.text, int(work.positions.size()) });
    }
    return groups;
}

void EvalRunner::start()
{
    if (m_running || m_finished)
        return;
    if (!m_plan) {
        m_startWhenPrepared = true;
        prepare();
        return;
    }
    m_running = true;
    for (int i = 0; i < m_plan->models.size(); ++i) {
        auto state = std::make_shared<ModelState>();
        state->index = i;
        state->plan = &m_plan->models.at(i);
        state->model = state->plan->model;
        state->run = state->plan->cached;
        state->pairsDone = state->plan->fromCache;
        // Scores of the per-pair cache move into their queries' rows with the first write:
        // the next run finds them there, and once every such row has moved, no run looks in
        // the per-pair cache any more.
        for (auto it = state->plan->legacy.cbegin(); it != state->plan->legacy.cend(); ++it) {
            EvalStore::QueryScoreUpdate &update = m_unsaved[it.key()];
            update.model = state->model;
            update.entries += it.value();
        }
        m_movedLegacy += state->plan->legacyKeys;
        state->groups = groupsFor(i);
        state->pendingPerQuery.fill(0, m_plan->queries.size());
        for (const Plan::Work &work : state->plan->work)
            state->pendingPerQuery[work.query] += int(work.positions.size());
        for (const int pending : std::as_const(state->pendingPerQuery))
            state->queriesDone += pending == 0 ? 1 : 0;
        m_states.append(state);
        m_outcomes.append(Outcome{});
    }
    for (const auto &state : std::as_const(m_states))
        launch(*state);
}

void EvalRunner::launch(ModelState &state)
{
    state.clock.start();
    emitProgress(state);
    if (state.groups.isEmpty()) {
        // Everything came from the cache: still answer asynchronously.
        QMetaObject::invokeMethod(
            this, [this, index = state.index] { finishModel(*m_states.at(index)); },
            Qt::QueuedConnection);
        return;
    }
    launchMore(state);
}

void EvalRunner::launchMore(ModelState &state)
{
    while (!state.stopped && !m_cancelled && state.slotsUsed < m_maxInFlight
           && state.nextGroup < state.groups.size()) {
        const int groupIndex = state.nextGroup++;
        const Group &group = state.groups.at(groupIndex);
        RerankSet set;
        set.query = m_plan->queries.at(state.plan->work.at(group.works.at(0)).query).text;
        set.instruction = group.instruction;
        set.models = { state.model };
        set.batchSize = effectiveBatchSize();
        const qsizetype documents = group.starts.isEmpty()
            ? 0
            : group.starts.constLast() + group.runs.constLast().documents;
        // The texts go to the job in UTF-8 as read; the set only counts the documents.
        QList<QByteArray> texts;
        texts.reserve(documents);
        for (const int workIndex : group.works) {
            const Plan::Work &work = state.plan->work.at(workIndex);
            const Plan::Query &query = m_plan->queries.at(work.query);
            for (const int position : work.positions)
                texts.append(m_plan->docTexts.at(query.docs.at(position)));
        }
        set.documents.resize(texts.size());
        auto *job = new RerankJob(m_client, set, group.runs, state.model, this);
        job->setUtf8Texts(texts);
        job->setKeepRanking(false); // the scores are taken as they arrive (onScores)
        if (m_catalog)
            job->setModelInfo(m_catalog->find(state.model));
        // Requests of all of this model's jobs together stay within m_maxInFlight.
        const int slots = std::min(job->batchCount(), m_maxInFlight - state.slotsUsed);
        job->setMaxInFlight(slots);
        state.slotsUsed += slots;
        state.jobs.insert(job, ModelState::Job{ slots, 0 });
        const int index = state.index;
        connect(job, &RerankJob::batchFinished, this,
                [this, index, job] { onBatchAnswered(*m_states.at(index), job); });
        connect(job, &RerankJob::scoresArrived, this,
                [this, index, groupIndex](const QList<RerankScore> &scores) {
                    onScores(*m_states.at(index), groupIndex, scores);
                });
        connect(job, &RerankJob::finished, this, [this, index, groupIndex, job] {
            onJobFinished(*m_states.at(index), groupIndex, job);
        });
        job->start();
    }
}

void EvalRunner::onScores(ModelState &state, int groupIndex, const QList<RerankScore> &scores)
{
    const Group &group = state.groups.at(groupIndex);
    int member = -1; // the group's work of the last score: a reply's scores come in order
    const Plan::Work *work = nullptr;
    const Plan::Query *query = nullptr;
    QList<Eval::ScoredDoc> *results = nullptr;
    QList<QueryScores::Entry> *unsaved = nullptr;
    for (const RerankScore &score : scores) {
        const int end = group.starts.constLast() + group.runs.constLast().documents;
        if (score.index < 0 || score.index >= end)
            continue;
        if (member < 0 || score.index < group.starts.at(member)
            || (member + 1 < group.starts.size() && score.index >= group.starts.at(member + 1))) {
            const int next
                = int(std::upper_bound(group.starts.cbegin(), group.starts.cend(), score.index)
                      - group.starts.cbegin())
                - 1;
            if (next != member) {
                member = next;
                work = &state.plan->work.at(group.works.at(member));
                query = &m_plan->queries.at(work->query);
                results = &state.run[query->id];
                // Valid until the next insertion into m_unsaved, which is here.
                EvalStore::QueryScoreUpdate &update = m_unsaved[work->key];
                update.model = state.model;
                unsaved = &update.entries;
            }
        }
        const int at = score.index - group.starts.at(member);
        const int doc = query->docs.at(work->positions.at(at));
        results->append(Eval::ScoredDoc{ m_plan->docIds.at(doc), score.score });
        unsaved->append(QueryScores::Entry{ m_plan->docKeys.at(doc), score.score });
        ++state.scored;
        ++state.pairsDone;
        if (--state.pendingPerQuery[work->query] == 0)
            ++state.queriesDone;
    }
    // Written as they arrive, the replies of FlushMs to a transaction (each query's new scores
    // merged into its row): a quit or a crash loses at most those.
    if (!m_unsaved.isEmpty() && !m_flushTimer.isActive())
        m_flushTimer.start();
    emitProgress(state);
}

void EvalRunner::onBatchAnswered(ModelState &state, RerankJob *job)
{
    // A job with nothing left to send needs one slot fewer after each reply: hand it to the
    // next query at once rather than when the job's last batch returns.
    const auto it = state.jobs.find(job);
    if (it == state.jobs.end())
        return;
    ++it->replies;
    const int needed = std::max(0, std::min(it->slots, job->batchCount() - it->replies));
    if (needed < it->slots) {
        state.slotsUsed -= it->slots - needed;
        it->slots = needed;
        launchMore(state);
    }
}

void EvalRunner::onJobFinished(ModelState &state, int groupIndex, RerankJob *job)
{
    const RerankResult &result = job->result();
    const Group &group = state.groups.at(groupIndex);
    const int unscored = int(result.unscored.size());
    if (unscored > 0) {
        state.unscored += unscored;
        state.pairsDone += unscored;
        if (state.error.kind == ApiError::Kind::None)
            state.error = result.firstError();
        for (const UnscoredDocument &document : result.unscored) {
            const int member
                = int(std::upper_bound(group.starts.cbegin(), group.starts.cend(), document.index)
                      - group.starts.cbegin())
                - 1;
            if (member < 0)
                continue;
            int &pending = state.pendingPerQuery[state.plan->work.at(group.works.at(member)).query];
            if (--pending == 0)
                ++state.queriesDone;
        }
        if (RerankJob::stopsEveryRequest(result.firstError().kind))
            state.stopped = true;
    }
    state.inputTokens += result.inputTokens;
    if (result.cost) {
        state.cost += *result.cost;
        state.hasCost = true;
        state.costEstimated = state.costEstimated || result.costEstimated;
    }
    state.slotsUsed -= state.jobs.take(job).slots;
    job->deleteLater();
    emitProgress(state);
    launchMore(state);
    if (state.jobs.isEmpty()
        && (state.nextGroup >= state.groups.size() || state.stopped || m_cancelled))
        finishModel(state);
}

void EvalRunner::emitProgress(const ModelState &state)
{
    Q_EMIT progress(Progress{ state.model, state.queriesDone, int(m_plan->queries.size()),
                              state.pairsDone, state.plan->pairs });
}

void EvalRunner::finishModel(ModelState &state)
{
    if (state.finished)
        return;
    state.finished = true;
    // Queries never sent (stopped or cancelled) leave their pairs unscored.
    for (int g = state.nextGroup; g < state.groups.size(); ++g) {
        for (const RerankJob::QueryRun &run : state.groups.at(g).runs)
            state.unscored += run.documents;
    }
    if (state.nextGroup < state.groups.size() && state.error.kind == ApiError::Kind::None
        && m_cancelled) {
        state.error = ApiError::make(ApiError::Kind::Cancelled,
                                     QCoreApplication::translate("EvalRunner", "Cancelled."));
    }

    Outcome outcome;
    outcome.model = state.model;
    outcome.run = state.run;
    outcome.pairs = state.plan->pairs;
    outcome.fromCache = state.plan->fromCache;
    outcome.scored = state.scored;
    outcome.unscored = state.unscored;
    outcome.inputTokens = state.inputTokens;
    if (state.hasCost)
        outcome.cost = state.cost;
    else if (state.plan->work.isEmpty())
        outcome.cost = 0.0; // nothing was sent
    outcome.costEstimated = state.costEstimated;
    outcome.latencyMs = state.plan->work.isEmpty() ? 0 : state.clock.elapsed();
    outcome.error = state.error;
    if (m_cancelled && outcome.unscored > 0)
        outcome.state = RerankResult::State::Cancelled;
    else if (outcome.unscored > 0 && outcome.scored + outcome.fromCache == 0)
        outcome.state = RerankResult::State::Failed;
    else if (outcome.unscored > 0)
        outcome.state = RerankResult::State::Partial;
    else
        outcome.state = RerankResult::State::Complete;

    std::optional<std::pair<EvalSystemInfo, Eval::Run>> system;
    if (m_saveSystems && m_store && outcome.state == RerankResult::State::Complete) {
        EvalSystemInfo info;
        info.name = state.model;
        info.kind = EvalSystemInfo::Kind::Reranker;
        info.model = state.model;
        info.inputTokens = outcome.inputTokens;
        info.cost = outcome.cost;
        info.latencyMs = outcome.latencyMs;
        system = std::pair(info, outcome.run);
    }
    // After the scores still unsaved, and after every earlier write: once it is done, the cache
    // and the system are in the file for whoever reads them on modelFinished().
    const bool savesSystem = system.has_value();
    write(std::move(system), [this, index = state.index, outcome, savesSystem] {
        if (savesSystem && m_store)
            Q_EMIT m_store->setChanged(m_setId);
        modelSaved(index, outcome);
    });
}

void EvalRunner::modelSaved(int index, const Outcome &outcome)
{
    m_states.at(index)->saved = true;
    m_outcomes[index] = outcome;
    Q_EMIT modelFinished(outcome);
    for (const auto &other : std::as_const(m_states)) {
        if (!other->saved)
            return;
    }
    finishRun();
}

void EvalRunner::finishRun()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    Q_EMIT finished(m_outcomes);
}

void EvalRunner::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_preparing || !m_running) {
        // Nothing sent yet: finish as soon as the plan (if any) is read.
        m_startWhenPrepared = false;
        if (!m_preparing) {
            m_finished = true;
            QMetaObject::invokeMethod(
                this, [this] { Q_EMIT finished(m_outcomes); }, Qt::QueuedConnection);
        } else {
            connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
                if (!m_finished) {
                    m_finished = true;
                    Q_EMIT finished(m_outcomes);
                }
            });
        }
        return;
    }
    for (const auto &state : std::as_const(m_states)) {
        const QList<RerankJob *> jobs = state->jobs.keys();
        for (RerankJob *job : jobs)
            job->cancel(); // finished() comes synchronously: onJobFinished settles the model
    }
}
