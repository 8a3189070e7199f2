#include "judge.h"

#include "api/apiclient.h"
#include "api/chatstream.h"
#include "chat/tokenestimate.h"
#include "models/modelcatalog.h"
#include "store/database.h"
#include "store/evalstore.h"

#include <QRegularExpression>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <climits>

using namespace Qt::StringLiterals;

namespace JudgePrompt {

QString defaultSystemPrompt()
{
    return u"You are a relevance judge for a search engine. You read a search query and one "
           "document and grade how relevant the document is to the query on this scale:\n"
           "3 = highly relevant: the document answers the query fully and directly.\n"
           "2 = relevant: the document answers the query in part or with extra, unrelated text.\n"
           "1 = marginally relevant: the document is on the query's topic but does not answer "
           "it.\n"
           "0 = not relevant: the document has nothing to do with the query.\n"
           "Reply with the grade only: a single digit 0, 1, 2 or 3, no other text."_s;
}

QString defaultUserTemplate()
{
    return u"<query>\n{query}\n</query>\n\n<document>\n{document}\n</document>\n\n"
           "Grade (0, 1, 2 or 3):"_s;
}

QString render(const QString &userTemplate, const QString &query, const QString &document)
{
    static const QRegularExpression placeholder(u"\\{(query|document)\\}"_s);
    QString out;
    qsizetype at = 0;
    auto it = placeholder.globalMatch(userTemplate);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        out += QStringView(userTemplate).mid(at, match.capturedStart() - at);
        out += match.captured(1) == "query"_L1 ? query : document;
        at = match.capturedEnd();
    }
    out += QStringView(userTemplate).mid(at);
    return out;
}

std::optional<int> parseGrade(const QString &reply)
{
    QStringView text(reply);
    // Reasoning models think aloud first; the grade follows the thinking.
    const qsizetype thinkEnd = text.lastIndexOf("</think>"_L1);
    if (thinkEnd >= 0)
        text = text.mid(thinkEnd + 8);
    // The first number in the reply is the grade when it is a single digit 0–3 ("10/10" or "5"
    // are not on the scale).
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (!text.at(i).isDigit())
            continue;
        const QChar c = text.at(i);
        const bool single = i + 1 >= text.size() || !text.at(i + 1).isDigit();
        if (single && c >= u'0' && c <= u'3')
            return c.unicode() - u'0';
        return std::nullopt;
    }
    return std::nullopt;
}

QString documentText(const Eval::Document &document)
{
    if (document.title.isEmpty())
        return document.text;
    return document.title + u'\n' + document.text;
}

} // namespace JudgePrompt

Judge::Judge(ApiClient *client, EvalStore *store, qint64 setId, const QString &model,
             const ModelCatalog *catalog, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_store(store)
    , m_setId(setId)
    , m_model(model)
    , m_catalog(catalog)
    , m_systemPrompt(JudgePrompt::defaultSystemPrompt())
    , m_userTemplate(JudgePrompt::defaultUserTemplate())
{
}

Judge::~Judge()
{
    if (m_stopPreparing)
        m_stopPreparing->store(true);
    const QList<ChatStream *> streams = m_inFlight.keys();
    m_inFlight.clear();
    for (ChatStream *stream : streams) {
        stream->disconnect(this);
        stream->cancel();
        stream->deleteLater();
    }
}

struct Judge::Settings
{
    qint64 setId = 0;
    QString model;
    QString systemPrompt;
    QString userTemplate;
    bool includeJudged = false;
    int limit = 0;
};

struct Judge::Plan
{
    Estimate estimate; // without the cost: the catalog is asked on the judge's thread
    QList<Work> work;
};

Judge::Settings Judge::settings() const
{
    return { m_setId, m_model, m_systemPrompt, m_userTemplate, m_includeJudged, m_limit };
}

std::shared_ptr<Judge::Plan> Judge::makePlan(EvalStore &store, const Settings &settings,
                                             const std::atomic<bool> *stop)
{
    auto plan = std::make_shared<Plan>();
    Estimate &estimate = plan->estimate;
    estimate.model = settings.model;
    QSet<QPair<QString, QString>> human;
    QSet<QPair<QString, QString>> suggested;
    for (const Eval::Judgment &j : store.judgments(settings.setId)) {
        (j.source == Eval::JudgmentSource::Human ? human : suggested)
            .insert({ j.queryId, j.docId });
    }
    const Eval::Candidates candidates = store.candidates(settings.setId);
    const QList<Eval::Query> queries = store.queries(settings.setId);
    const int systemTokens = TokenEstimate::forText(settings.systemPrompt);
    for (const Eval::Query &query : queries) {
        if (stop && stop->load())
            break;
        const QList<Eval::Candidate> list = candidates.value(query.id);
        if (list.isEmpty())
            continue;
        ++estimate.queries;
        QStringList ids;
        QList<const Eval::Candidate *> todo;
        for (const Eval::Candidate &candidate : list) {
            ++estimate.candidates;
            const QPair<QString, QString> key{ query.id, candidate.docId };
            const bool isHuman = human.contains(key);
            if (isHuman)
                ++estimate.humanJudged;
            if (suggested.contains(key)) {
                ++estimate.alreadySuggested;
                continue;
            }
            if (isHuman && !settings.includeJudged)
                continue;
            if (settings.limit > 0 && plan->work.size() + todo.size() >= settings.limit)
                continue;
            ids.append(candidate.docId);
            todo.append(&candidate);
        }
        if (todo.isEmpty())
            continue;
        const QHash<QString, Eval::Document> docs = store.documents(settings.setId, ids);
        for (const Eval::Candidate *candidate : todo) {
            const auto doc = docs.constFind(candidate->docId);
            if (doc == docs.cend())
                continue; // a candidate the corpus does not have: nothing to judge
            Work work{ query.id, candidate->docId,
                       JudgePrompt::render(settings.userTemplate, query.text,
                                           JudgePrompt::documentText(*doc)) };
            estimate.inputTokens += systemTokens + TokenEstimate::forText(work.prompt);
            plan->work.append(std::move(work));
        }
    }
    estimate.toAsk = int(plan->work.size());
    estimate.outputTokens = qint64(estimate.toAsk) * ReplyTokens;
    if (!store.lastError().isEmpty())
        estimate.error = store.lastProblem();
    return plan;
}

void Judge::takePlan(const Plan &plan)
{
    m_estimate = plan.estimate;
    m_work = plan.work;
    m_next = 0;
    m_prepared = true;
    if (m_catalog) {
        if (const std::optional<ModelInfo> info = m_catalog->find(m_model)) {
            m_estimate.cost
                = info->estimateCost(int(std::min<qint64>(m_estimate.inputTokens, INT_MAX)),
                                     int(std::min<qint64>(m_estimate.outputTokens, INT_MAX)));
        }
    }
}

Judge::Estimate Judge::prepare()
{
    if (!m_store) {
        Plan empty;
        empty.estimate.model = m_model;
        takePlan(empty);
        return m_estimate;
    }
    takePlan(*makePlan(*m_store, settings(), nullptr));
    return m_estimate;
}

void Judge::prepareInBackground()
{
    if (m_running && !m_startWhenPrepared)
        return;
    if (m_stopPreparing)
        m_stopPreparing->store(true); // an older one: its answer is dropped below
    m_stopPreparing = std::make_shared<std::atomic<bool>>(false);
    m_preparing = true;
    const QString path = m_store && m_store->database() ? m_store->database()->path() : QString();
    const Settings wanted = settings();
    const auto stop = m_stopPreparing;
    // One watcher per request, a child of the judge: deleting the judge does not wait for the
    // worker (which holds only copies and its own connection).
    auto *watcher = new QFutureWatcher<std::shared_ptr<const Plan>>(this);
    m_planWatcher = watcher;
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        if (watcher == m_planWatcher) {
            m_planWatcher = nullptr;
            onPreparedInBackground(watcher->result());
        }
    });
    watcher->setFuture(QtConcurrent::run([path, wanted, stop]() -> std::shared_ptr<const Plan> {
        Database database;
        const Database::OpenResult opened = database.openWorkerConnection(path);
        if (!opened.ok()) {
            auto failed = std::make_shared<Plan>();
            failed->estimate.model = wanted.model;
            failed->estimate.error = opened.message;
            return failed;
        }
        EvalStore store(&database);
        return makePlan(store, wanted, stop.get());
    }));
}

void Judge::onPreparedInBackground(const std::shared_ptr<const Plan> &plan)
{
    m_preparing = false;
    if (m_cancelled)
        return; // finish() was called by cancel()
    takePlan(*plan);
    Q_EMIT prepared(m_estimate);
    if (m_startWhenPrepared) {
        m_startWhenPrepared = false;
        m_running = false;
        start();
    }
}

void Judge::start()
{
    if (m_running || m_finished)
        return;
    if (!m_prepared) {
        // Read the set on a worker first; start() again when it is done.
        m_running = true;
        m_startWhenPrepared = true;
        if (!m_preparing)
            prepareInBackground();
        return;
    }
    m_running = true;
    m_outcome = {};
    m_outcome.asked = int(m_work.size());
    m_progress = {};
    m_progress.total = int(m_work.size());
    Q_EMIT progress(m_progress);
    if (m_work.isEmpty() || !m_client || !m_store) {
        finish();
        return;
    }
    launchMore();
}

void Judge::cancel()
{
    if (m_stopPreparing)
        m_stopPreparing->store(true);
    if (m_preparing) {
        m_preparing = false;
        m_planWatcher = nullptr; // its answer is dropped
    }
    if (!m_running || m_cancelled)
        return;
    m_cancelled = true;
    // Streams end with finished(Cancelled); onStreamDone counts them and finishes.
    const QList<ChatStream *> streams = m_inFlight.keys();
    for (ChatStream *stream : streams)
        stream->cancel();
    if (m_inFlight.isEmpty())
        finish();
}

void Judge::launchMore()
{
    while (!m_cancelled && m_inFlight.size() < m_maxInFlight && m_next < m_work.size()) {
        const int index = m_next++;
        ChatRequest request;
        request.model = m_model;
        request.stream = false;
        request.temperature = 0.0;
        request.maxTokens = ReplyTokens;
        if (!m_systemPrompt.isEmpty())
            request.messages.append({ u"system"_s, m_systemPrompt });
        request.messages.append({ u"user"_s, m_work.at(index).prompt });
        ChatStream *stream = m_client->chat(request, this);
        m_inFlight.insert(stream, index);
        connect(stream, &ChatStream::usage, this,
                [this, stream](const Usage &usage) { m_usage.insert(stream, usage); });
        connect(stream, &ChatStream::finished, this, [this, stream, index](FinishReason reason) {
            onStreamDone(stream, index,
                         reason == FinishReason::Cancelled ? Result::Cancelled : Result::Answered);
        });
        connect(stream, &ChatStream::failed, this, [this, stream, index](const ApiError &error) {
            if (!m_outcome.firstError.isError())
                m_outcome.firstError = error;
            onStreamDone(stream, index, Result::Failed);
        });
    }
}

void Judge::onStreamDone(ChatStream *stream, int index, Result result)
{
    if (!m_inFlight.contains(stream))
        return;
    m_inFlight.remove(stream);
    const Usage usage = m_usage.take(stream);
    m_outcome.promptTokens += usage.promptTokens;
    m_outcome.completionTokens += usage.completionTokens;
    if (usage.estimatedCost) {
        m_serverCost = true;
        m_outcome.cost = m_outcome.cost.value_or(0.0) + *usage.estimatedCost;
    }
    const QString reply = stream->text();
    stream->deleteLater();

    switch (result) {
    case Result::Answered: {
        const Work &work = m_work.at(index);
        if (const std::optional<int> grade = JudgePrompt::parseGrade(reply)) {
            if (m_store
                && m_store->setJudgment(m_setId, work.queryId, work.docId, *grade,
                                        Eval::JudgmentSource::Suggested)) {
                ++m_outcome.stored;
                ++m_progress.stored;
            }
        } else {
            ++m_outcome.unparseable;
            if (m_outcome.unparseableReplies.size() < 5)
                m_outcome.unparseableReplies.append(reply.left(200));
        }
        ++m_progress.done;
        break;
    }
    case Result::Failed:
        ++m_outcome.failed;
        ++m_progress.done;
        break;
    case Result::Cancelled:
        ++m_outcome.notAsked;
        break;
    }
    Q_EMIT progress(m_progress);

    if (m_cancelled) {
        if (m_inFlight.isEmpty())
            finish();
        return;
    }
    launchMore();
    if (m_inFlight.isEmpty() && m_next >= m_work.size())
        finish();
}

void Judge::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_running = false;
    m_outcome.cancelled = m_cancelled;
    m_outcome.notAsked += int(m_work.size()) - m_next;
    if (!m_serverCost && m_catalog && m_outcome.promptTokens > 0) {
        if (const std::optional<ModelInfo> info = m_catalog->find(m_model)) {
            m_outcome.cost
                = info->estimateCost(int(std::min<qint64>(m_outcome.promptTokens, INT_MAX)),
                                     int(std::min<qint64>(m_outcome.completionTokens, INT_MAX)));
        }
    }
    Q_EMIT finished(m_outcome);
}

namespace JudgeLabels {

QList<Eval::Judgment> confirmSuggested(EvalStore *store, qint64 setId)
{
    QList<Eval::Judgment> confirmed;
    if (!store)
        return confirmed;
    QSet<QPair<QString, QString>> human;
    const QList<Eval::Judgment> all = store->judgments(setId);
    for (const Eval::Judgment &j : all) {
        if (j.source == Eval::JudgmentSource::Human)
            human.insert({ j.queryId, j.docId });
    }
    QList<Eval::Judgment> todo;
    for (const Eval::Judgment &j : all) {
        if (j.source == Eval::JudgmentSource::Suggested && !human.contains({ j.queryId, j.docId }))
            todo.append(j);
    }
    if (todo.isEmpty())
        return confirmed;
    const bool ok = store->inTransaction([&] {
        for (const Eval::Judgment &j : todo) {
            if (!store->setJudgment(setId, j.queryId, j.docId, j.grade, Eval::JudgmentSource::Human)
                || !store->removeJudgment(setId, j.queryId, j.docId,
                                          Eval::JudgmentSource::Suggested))
                return false;
        }
        return true;
    });
    if (ok) {
        confirmed = todo;
        Q_EMIT store->setChanged(setId);
    }
    return confirmed;
}

bool undoConfirm(EvalStore *store, qint64 setId, const QList<Eval::Judgment> &confirmed)
{
    if (!store || confirmed.isEmpty())
        return false;
    const bool ok = store->inTransaction([&] {
        for (const Eval::Judgment &j : confirmed) {
            if (!store->removeJudgment(setId, j.queryId, j.docId, Eval::JudgmentSource::Human)
                || !store->setJudgment(setId, j.queryId, j.docId, j.grade,
                                       Eval::JudgmentSource::Suggested))
                return false;
        }
        return true;
    });
    if (ok)
        Q_EMIT store->setChanged(setId);
    return ok;
}

static QHash<QPair<QString, QString>, QPair<int, int>> bySource(EvalStore *store, qint64 setId)
{
    // (query, doc) → (human grade or INT_MIN, suggested grade or INT_MIN)
    QHash<QPair<QString, QString>, QPair<int, int>> map;
    if (!store)
        return map;
    for (const Eval::Judgment &j : store->judgments(setId)) {
        auto it = map.find({ j.queryId, j.docId });
        if (it == map.end())
            it = map.insert({ j.queryId, j.docId }, { INT_MIN, INT_MIN });
        (j.source == Eval::JudgmentSource::Human ? it->first : it->second) = j.grade;
    }
    return map;
}

Summary summary(EvalStore *store, qint64 setId)
{
    Summary result;
    const auto map = bySource(store, setId);
    for (const QPair<int, int> &grades : map) {
        const bool h = grades.first != INT_MIN;
        const bool s = grades.second != INT_MIN;
        result.counts.human += h;
        result.counts.suggested += s;
        result.counts.both += h && s;
        if (h && s)
            result.pairs.append({ grades.first, grades.second });
    }
    return result;
}

Counts counts(EvalStore *store, qint64 setId)
{
    return summary(store, setId).counts;
}

QList<Agreement::GradePair> gradePairs(EvalStore *store, qint64 setId)
{
    return summary(store, setId).pairs;
}

QFuture<Summary> summaryInBackground(const QString &databasePath, qint64 setId)
{
    return QtConcurrent::run([databasePath, setId] {
        Database database;
        const Database::OpenResult opened = database.openWorkerConnection(databasePath);
        if (!opened.ok()) {
            Summary failed;
            failed.error = opened.message;
            return failed;
        }
        EvalStore store(&database);
        Summary result = summary(&store, setId);
        if (!store.lastError().isEmpty())
            result.error = store.lastProblem();
        return result;
    });
}

} // namespace JudgeLabels
