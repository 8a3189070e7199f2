#include "workbenchsession.h"

#include "api/apiclient.h"
#include "chat/tokenestimate.h"
#include "config/config.h"
#include "knowledge/knowledgeevalset.h"
#include "models/modelcatalog.h"
#include "rerankexport.h"
#include "rerankrun.h"
#include "store/database.h"
#include "store/evalstore.h"
#include "store/rerankrunrecorder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSet>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Same query, instruction and document texts (labels may differ).
bool sameInput(const RerankSet &a, const RerankSet &b)
{
    if (a.query != b.query || a.instruction != b.instruction
        || a.documents.size() != b.documents.size())
        return false;
    if (a.documents.constData() == b.documents.constData())
        return true;
    for (qsizetype i = 0; i < a.documents.size(); ++i) {
        if (a.documents.at(i).text != b.documents.at(i).text)
            return false;
    }
    return true;
}

} // namespace

WorkbenchSession::WorkbenchSession(QObject *parent) : QObject(parent)
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(DefaultAutosaveDelayMs);
    connect(&m_autosave, &QTimer::timeout, this, [this] { saveEdits(); });
    connect(&m_metricsWatcher, &QFutureWatcher<MetricsOutcome>::finished, this,
            &WorkbenchSession::onMetricsReady);
}

WorkbenchSession::~WorkbenchSession()
{
    if (m_modified)
        saveEdits();
    m_metricsWatcher.waitForFinished();
}

ApiClient *WorkbenchSession::apiClient() const
{
    return m_client;
}

RerankRun *WorkbenchSession::currentRun() const
{
    return m_run;
}

const ModelCatalog *WorkbenchSession::catalog() const
{
    return m_catalog;
}

WorkbenchStore *WorkbenchSession::store() const
{
    return m_store;
}

bool WorkbenchSession::isRunning() const
{
    return !m_run.isNull();
}

void WorkbenchSession::setApiClient(ApiClient *client)
{
    m_client = client;
}

void WorkbenchSession::setCatalog(const ModelCatalog *catalog)
{
    m_catalog = catalog;
}

void WorkbenchSession::setConfig(Config *config)
{
    m_config = config;
}

void WorkbenchSession::setStore(WorkbenchStore *store)
{
    m_store = store;
    Q_EMIT setStatusChanged();
    if (!store || !m_config || isRunning())
        return;
    const qint64 last = m_config->get(Config::LastWorkbenchSet).toLongLong();
    // Never replace what the user (or the demo) already put in.
    if (last > 0 && m_input.query.isEmpty() && m_input.documents.isEmpty() && m_setId == 0) {
        if (!openSet(last)) {
            m_config->set(Config::LastWorkbenchSet, qint64(0));
            setMessage({});
        }
    }
}

bool WorkbenchSession::storeWritable() const
{
    return m_store && m_store->database() && m_store->database()->isOpen()
        && !m_store->database()->isReadOnly();
}

void WorkbenchSession::setMessage(const QString &text)
{
    m_message = text;
    Q_EMIT messageChanged(text);
}

// Input ------------------------------------------------------------------------------------------

void WorkbenchSession::setInput(const RerankSet &set)
{
    const bool matched = resultsMatchInput();
    m_input = set;
    if (matched && sameInput(m_input, m_resultSet)) {
        // Labels given in the input count for the shown results too.
        bool changed = false;
        for (qsizetype i = 0; i < m_input.documents.size(); ++i) {
            const int label = m_input.documents.at(i).label;
            if (m_resultSet.documents.at(i).label != label) {
                m_resultSet.documents[i].label = label;
                changed = true;
            }
        }
        if (changed) {
            Q_EMIT resultLabelsChanged();
            scheduleMetrics();
        }
    }
    markModified();
}

void WorkbenchSession::loadInput(const RerankSet &set)
{
    replaceInput(set);
}

void WorkbenchSession::replaceInput(const RerankSet &set)
{
    m_input = set;
    m_autosave.stop();
    m_modified = false;
    m_saveFailed = false;
    Q_EMIT inputReplaced();
    Q_EMIT setStatusChanged();
}

void WorkbenchSession::markModified()
{
    m_modified = true;
    Q_EMIT setStatusChanged();
    if (storeWritable() && !isRunning())
        m_autosave.start();
}

QString WorkbenchSession::setStatusText() const
{
    if (!m_setId)
        return tr("Set: not saved yet");
    if (m_saveFailed || (m_modified && !storeWritable()))
        return tr("Set: %1 · changes not saved").arg(m_setName);
    if (m_modified)
        return tr("Set: %1 · saving…").arg(m_setName);
    return tr("Set: %1 · saved").arg(m_setName);
}

QString WorkbenchSession::setStatusToolTip() const
{
    if (!m_setId)
        return storeWritable() ? tr("Your edits are saved on their own once there is something to "
                                    "keep; Save set (Ctrl+S) names the set")
                               : tr("Save set (Ctrl+S) keeps it; a run saves it too");
    if (m_saveFailed)
        return tr("The last changes could not be written to the history. Press Ctrl+S to try "
                  "again, or export the set to a file.");
    if (m_modified)
        return tr("Your changes are saved on their own in a moment");
    return tr("Every change and every run is saved in this set");
}

void WorkbenchSession::setCurrentSet(qint64 id, const QString &name, bool named)
{
    const bool changed = id != m_setId || name != m_setName;
    m_setId = id;
    m_setName = id ? name : QString();
    m_named = id && named;
    if (m_config && (id || changed))
        m_config->set(Config::LastWorkbenchSet, id);
    if (changed)
        Q_EMIT currentSetChanged(m_setId, m_setName);
    Q_EMIT setStatusChanged();
}

RerankSet WorkbenchSession::sampleSet()
{
    RerankSet set;
    set.query = tr("How do rerankers improve search results?");
    set.instruction = tr("Given a web search query, retrieve relevant passages that answer the "
                         "query");
    const QStringList texts{
        tr("Rerankers improve search results by scoring each query and document pair with a "
           "cross-encoder."),
        tr("A first-stage retriever such as BM25 returns candidates fast; rerankers then reorder "
           "them to improve the top results."),
        tr("Vector search finds documents by embedding similarity, which is fast but coarse."),
        tr("The Eiffel Tower was completed in 1889 for the World's Fair in Paris."),
        tr("Cross-encoders read the query and the document together, so they catch relevance "
           "that embeddings miss."),
        tr("Search quality is often measured with nDCG, MRR and recall at a fixed cut-off."),
        tr("Sourdough bread needs a starter, flour, water and salt, and a long rise."),
        tr("How rerankers work: every candidate is scored against the query and the list is "
           "sorted by score."),
        tr("Rerankers add latency, so results are usually reranked only for the top 100 "
           "candidates."),
        tr("Qwen3 rerankers accept an instruction that describes the search task."),
        tr("The stock market closed higher on Friday after a week of losses."),
        tr("Improve your search results with query expansion, synonyms and spelling "
           "correction."),
    };
    for (const QString &text : texts)
        set.documents.append(RerankDocument{ text, RerankDocument::Unlabelled });
    return set;
}

WorkbenchSession::CostEstimate WorkbenchSession::estimateRun() const
{
    CostEstimate estimate;
    estimate.pairs = qint64(m_input.documents.size()) * m_input.models.size();
    estimate.tokensPerModel
        = qint64(m_input.documents.size()) * TokenEstimate::forText(m_input.query);
    for (const RerankDocument &doc : m_input.documents)
        estimate.tokensPerModel += TokenEstimate::forText(doc.text);
    for (const QString &model : m_input.models) {
        const std::optional<ModelInfo> info = m_catalog ? m_catalog->find(model) : std::nullopt;
        if (info && info->priceInPerMTok) {
            estimate.cost += double(estimate.tokensPerModel) / 1e6 * *info->priceInPerMTok;
            estimate.priced = true;
        } else {
            estimate.unpriced.append(model);
        }
    }
    return estimate;
}

// Running ----------------------------------------------------------------------------------------

bool WorkbenchSession::run()
{
    if (isRunning())
        return false;
    // Blank documents would be refused by the server; they are easier to drop than to explain.
    RerankSet set = m_input;
    const auto blank = [](const RerankDocument &d) { return d.text.trimmed().isEmpty(); };
    if (std::any_of(set.documents.cbegin(), set.documents.cend(), blank)) {
        set.documents.removeIf(blank);
        m_input.documents = set.documents;
        Q_EMIT inputReplaced();
        markModified();
    }
    if (set.query.isEmpty()) {
        setMessage(tr("Type a query first: it is what the documents are ranked against."));
        return false;
    }
    if (set.documents.isEmpty()) {
        setMessage(tr("Add documents first: type them, paste lines (Ctrl+V) or import a file."));
        return false;
    }
    if (set.models.isEmpty()) {
        setMessage(tr("Check at least one model, or type a model id and press Add."));
        return false;
    }
    if (!m_client) {
        setMessage(tr("Sift is not connected to an endpoint yet. Open File → Settings."));
        return false;
    }
    setMessage({});

    m_resultSet = set;
    m_shownModels.clear();
    QSet<QString> seen;
    for (const QString &name : std::as_const(set.models)) {
        const QString model = name.trimmed();
        if (!model.isEmpty() && !seen.contains(model)) {
            seen.insert(model);
            m_shownModels << model;
        }
    }
    m_results.clear();
    ++m_metricsGeneration;
    m_pairs.clear();
    m_labelMetrics.clear();
    m_hasLabels = false;
    Q_EMIT resultsReplaced();
    Q_EMIT metricsUpdated();

    auto *run = new RerankRun(m_client, set, m_catalog, this);
    m_run = run;
    if (storeWritable()) {
        // The set first, then its results as they come in: a run is never lost.
        m_autosave.stop();
        qint64 id = m_store->saveSet(m_setId, set);
        if (!id && m_setId)
            id = m_store->saveSet(0, set); // deleted meanwhile: keep the run as a new set
        if (id) {
            m_modified = false;
            m_saveFailed = false;
            setCurrentSet(id, id == m_setId ? m_setName : WorkbenchStore::nameForQuery(set.query),
                          id == m_setId && m_named);
            auto *recorder = new RerankRunRecorder(m_store, run, id, run);
            m_recorder = recorder;
            connect(recorder, &RerankRunRecorder::storageError, this,
                    &WorkbenchSession::setMessage);
            connect(recorder, &RerankRunRecorder::flushed, this, &WorkbenchSession::resultsSaved);
        } else {
            setMessage(tr("This run could not be saved in the history (%1). Its results stay on "
                          "screen: export them before closing Sift.")
                           .arg(m_store->lastError()));
        }
    }
    connect(run, &RerankRun::modelProgress, this, &WorkbenchSession::modelProgress);
    connect(run, &RerankRun::modelFinished, this, &WorkbenchSession::onModelFinished);
    connect(run, &RerankRun::finished, this, &WorkbenchSession::onRunFinished);
    Q_EMIT runStarted();
    run->start();
    return true;
}

bool WorkbenchSession::retryModel(const QString &model)
{
    if (isRunning() || !m_client || !m_shownModels.contains(model))
        return false;
    RerankSet set = m_resultSet;
    set.models = { model };
    m_results.removeIf([&model](const RerankResult &r) { return r.model == model; });
    setMessage({});
    auto *run = new RerankRun(m_client, set, m_catalog, this);
    m_run = run;
    connect(run, &RerankRun::modelProgress, this, &WorkbenchSession::modelProgress);
    connect(run, &RerankRun::modelFinished, this, &WorkbenchSession::onModelFinished);
    connect(run, &RerankRun::finished, this, [this] {
        // The set's saved results get the new one, when they belong to the saved documents.
        if (storeWritable() && m_setId && resultsMatchInput()
            && !m_store->saveResults(m_setId, m_results))
            setMessage(tr("The new result could not be saved (%1). Export the results before "
                          "closing Sift.")
                           .arg(m_store->lastError()));
        onRunFinished();
    });
    Q_EMIT runStarted();
    run->start();
    return true;
}

void WorkbenchSession::cancel()
{
    if (m_run)
        m_run->cancel();
}

void WorkbenchSession::onModelFinished(const RerankResult &result)
{
    if (!m_shownModels.contains(result.model))
        return;
    m_results.append(result);
    // In the order the models are shown.
    std::stable_sort(m_results.begin(), m_results.end(),
                     [this](const RerankResult &a, const RerankResult &b) {
                         return m_shownModels.indexOf(a.model) < m_shownModels.indexOf(b.model);
                     });
    Q_EMIT modelFinished(result);
    scheduleMetrics();
}

void WorkbenchSession::onRunFinished()
{
    if (m_run)
        m_run->deleteLater();
    m_run.clear();
    // Edits made during the run waited for it (the recorder owned the set's rows until now).
    if (m_modified && !m_saveFailed && storeWritable())
        m_autosave.start();
    Q_EMIT runFinished();
}

QList<RerankResult> WorkbenchSession::results() const
{
    return m_results;
}

std::optional<RerankResult> WorkbenchSession::result(const QString &model) const
{
    for (const RerankResult &r : m_results) {
        if (r.model == model)
            return r;
    }
    return std::nullopt;
}

bool WorkbenchSession::resultsMatchInput() const
{
    return sameInput(m_input, m_resultSet);
}

void WorkbenchSession::setResultLabel(int index, int label)
{
    if (index < 0 || index >= m_resultSet.documents.size() || label < RerankDocument::Unlabelled
        || label > RerankDocument::MaxLabel)
        return;
    if (resultsMatchInput() && m_input.documents.at(index).label != label) {
        m_input.documents[index].label = label;
        Q_EMIT inputLabelChanged(index, label);
        markModified();
    }
    m_resultSet.documents[index].label = label;
    Q_EMIT resultLabelsChanged();
    scheduleMetrics();
}

// Metrics ----------------------------------------------------------------------------------------

void WorkbenchSession::setK(int k)
{
    if (k == m_k)
        return;
    m_k = std::max(1, k);
    scheduleMetrics();
}

void WorkbenchSession::scheduleMetrics()
{
    if (m_metricsWatcher.isRunning()) {
        m_metricsDirty = true;
        return;
    }
    m_metricsDirty = false;
    QList<RerankResult> scored;
    for (const RerankResult &result : std::as_const(m_results)) {
        if (!result.ranked.isEmpty())
            scored << result;
    }
    const QList<int> labels = m_resultSet.labels();
    const int k = m_k;
    const int generation = ++m_metricsGeneration;
    // Thousands of documents × several models can take more than a frame: off the GUI thread.
    m_metricsWatcher.setFuture(QtConcurrent::run([scored, labels, k, generation] {
        MetricsOutcome outcome;
        outcome.generation = generation;
        outcome.pairs = Metrics::compareAll(scored, k, MovedLimit);
        outcome.hasLabels
            = std::any_of(labels.cbegin(), labels.cend(), [](int label) { return label >= 0; });
        if (outcome.hasLabels) {
            for (const RerankResult &result : scored)
                outcome.labels << Metrics::labelMetrics(result, labels, k);
        }
        return outcome;
    }));
}

void WorkbenchSession::onMetricsReady()
{
    const MetricsOutcome outcome = m_metricsWatcher.result();
    if (m_metricsDirty) {
        scheduleMetrics();
        return;
    }
    if (outcome.generation != m_metricsGeneration)
        return;
    m_pairs = outcome.pairs;
    m_labelMetrics = outcome.labels;
    m_hasLabels = outcome.hasLabels;
    Q_EMIT metricsUpdated();
}

// Saved sets -------------------------------------------------------------------------------------

bool WorkbenchSession::saveEdits()
{
    m_autosave.stop();
    if (!m_modified)
        return true;
    if (!storeWritable() || isRunning())
        return false;
    const RerankSet &set = m_input;
    if (m_setId == 0 && set.query.isEmpty() && set.documents.isEmpty()) {
        m_modified = false; // nothing worth a set yet
        Q_EMIT setStatusChanged();
        return true;
    }
    // An unnamed set follows its query; a named one keeps the name the user gave.
    const QString name = m_named ? QString() : WorkbenchStore::nameForQuery(set.query);
    qint64 id = m_store->saveSet(m_setId, set, name);
    if (!id && m_setId)
        id = m_store->saveSet(0, set, name); // deleted meanwhile: keep the edits as a new set
    bool ok = id != 0;
    if (ok) {
        // Saved results must belong to the saved documents.
        if (resultsMatchInput()) {
            if (id != m_setId)
                ok = m_store->saveResults(id, m_results);
        } else if (id == m_setId) {
            ok = m_store->saveResults(id, {});
        }
    }
    if (!ok) {
        m_saveFailed = true;
        Q_EMIT setStatusChanged();
        setMessage(tr("Your changes could not be saved (%1). Nothing on screen was lost: check "
                      "that the disk is not full, then press Ctrl+S, or export the set to a "
                      "file.")
                       .arg(m_store->lastError()));
        return false;
    }
    const bool same = id == m_setId;
    QString newName = m_named && same ? m_setName : name;
    if (newName.isEmpty())
        newName = m_setName.isEmpty() ? tr("Untitled") : m_setName;
    m_modified = false;
    m_saveFailed = false;
    setCurrentSet(id, newName, m_named && same);
    collectKnowledgeLabels();
    return true;
}

bool WorkbenchSession::saveSet(const QString &name)
{
    if (!m_store) {
        setMessage(tr("Your history could not be opened, so sets can only be exported to files. "
                      "Use Export set…"));
        return false;
    }
    if (!storeWritable()) {
        setMessage(tr("This window shows your history read-only (another Sift is using it). "
                      "Export the set to a file, or close the other window and restart Sift."));
        return false;
    }
    if (isRunning()) {
        setMessage(tr("The set is saved with its results while the run goes on. To save other "
                      "changes, wait for the run to finish (or cancel it)."));
        return false;
    }
    const RerankSet set = m_input;
    const bool isNew = m_setId == 0;
    qint64 id = m_store->saveSet(m_setId, set, name);
    if (!id && m_setId)
        id = m_store->saveSet(0, set, name); // deleted meanwhile
    const QList<RerankResult> shown = resultsMatchInput() ? m_results : QList<RerankResult>();
    if (!id || !m_store->saveResults(id, shown)) {
        setMessage(tr("The set could not be saved (%1). Nothing on screen was lost: check that "
                      "the disk is not full, then save again, or export the set to a file.")
                       .arg(m_store->lastError()));
        if (id && isNew)
            setCurrentSet(id,
                          name.trimmed().isEmpty() ? WorkbenchStore::nameForQuery(set.query)
                                                   : name.trimmed(),
                          !name.trimmed().isEmpty());
        return false;
    }
    QString newName = name.trimmed();
    if (newName.isEmpty())
        newName = id == m_setId ? m_setName : WorkbenchStore::nameForQuery(set.query);
    m_autosave.stop();
    m_modified = false;
    m_saveFailed = false;
    setCurrentSet(id, newName, true);
    if (!shown.isEmpty() || m_results.isEmpty())
        setMessage(tr("Saved “%1”.").arg(newName));
    else
        setMessage(tr("Saved “%1”. The results on screen were made from other documents, so "
                      "they were not kept: run the models again.")
                       .arg(newName));
    collectKnowledgeLabels();
    return true;
}

// A question from a knowledge collection: its labels also go into the collection's evaluation
// set, saved with the set (a few rows in one transaction, like the set itself).
void WorkbenchSession::collectKnowledgeLabels()
{
    if (m_input.collection.isEmpty() || m_input.query.trimmed().isEmpty() || !m_input.hasLabels()
        || !storeWritable())
        return;
    if (!m_evalStore || m_evalStore->database() != m_store->database())
        m_evalStore = new EvalStore(m_store->database(), m_store);
    const QString name = KnowledgeEvalSet::setName(m_input.collection);
    const qint64 evalSetId = KnowledgeEvalSet::addLabels(m_evalStore, m_input.collection, m_input);
    if (evalSetId == 0) {
        setMessage(tr("Your labels could not be added to the evaluation set “%1” (%2). They are "
                      "kept in this set: save again later.")
                       .arg(name, m_evalStore->lastError()));
        m_labelsNotedFor.clear();
        return;
    }
    Q_EMIT knowledgeLabelsCollected(evalSetId);
    if (m_labelsNotedFor == name)
        return;
    m_labelsNotedFor = name;
    setMessage(tr("Your labels also go into the evaluation set “%1”: open it in the Evaluate tab "
                  "to measure this collection's retrieval on your questions.")
                   .arg(name));
}

bool WorkbenchSession::saveSetAs(const QString &name)
{
    const qint64 previous = m_setId;
    const QString previousName = m_setName;
    const bool previousNamed = m_named;
    m_setId = 0;
    if (saveSet(name))
        return true;
    if (m_setId == 0)
        setCurrentSet(previous, previousName, previousNamed);
    return false;
}

bool WorkbenchSession::openSet(qint64 id)
{
    if (!m_store)
        return false;
    if (isRunning()) {
        setMessage(tr("Wait for the run to finish (or cancel it), then open the set."));
        return false;
    }
    if (!saveEdits() && storeWritable())
        return false; // the message says what to do; the edits stay on screen
    const std::optional<WorkbenchSetRecord> record = m_store->loadSet(id);
    if (!record) {
        setMessage(tr("The set could not be opened (%1). Check that the history file is "
                      "readable, then try again.")
                       .arg(m_store->lastError()));
        return false;
    }
    showResults(record->set, record->results);
    setCurrentSet(record->id, record->name, true);
    setMessage(tr("Opened “%1”.").arg(record->name));
    return true;
}

void WorkbenchSession::showResults(const RerankSet &set, const QList<RerankResult> &results)
{
    replaceInput(set);
    m_resultSet = set;
    // Results that point past the set's documents cannot be drawn: leave them out. Linear in the
    // number of results, whatever a file holds.
    m_results.clear();
    m_shownModels.clear();
    QSet<QString> seen;
    const qsizetype count = set.documents.size();
    const auto outside = [count](int index) { return index < 0 || index >= count; };
    for (const RerankResult &result : results) {
        const bool valid = std::none_of(result.ranked.cbegin(), result.ranked.cend(),
                                        [&](const RerankScore &s) { return outside(s.index); })
            && std::none_of(result.unscored.cbegin(), result.unscored.cend(),
                            [&](const UnscoredDocument &u) { return outside(u.index); });
        if (valid && !seen.contains(result.model)) {
            seen.insert(result.model);
            m_results << result;
            m_shownModels << result.model;
        }
    }
    ++m_metricsGeneration;
    m_pairs.clear();
    m_labelMetrics.clear();
    m_hasLabels = false;
    Q_EMIT resultsReplaced();
    Q_EMIT metricsUpdated();
    scheduleMetrics();
}

bool WorkbenchSession::newSet()
{
    if (isRunning()) {
        setMessage(tr("Wait for the run to finish (or cancel it), then start a new set."));
        return false;
    }
    if (!saveEdits() && storeWritable())
        return false; // the message says what to do; the edits stay on screen
    RerankSet empty;
    empty.models = m_input.models;
    empty.batchSize = m_input.batchSize;
    showResults(empty, {});
    setCurrentSet(0, {}, false);
    setMessage({});
    return true;
}

void WorkbenchSession::forgetSet(qint64 id)
{
    // The input stays on screen; Save set makes it a set again.
    if (id == m_setId)
        setCurrentSet(0, {}, false);
}

void WorkbenchSession::adoptRestoredSet(qint64 id)
{
    if (m_setId != 0 || !m_store)
        return;
    const std::optional<WorkbenchSetRecord> record = m_store->loadSet(id);
    if (record && record->set == m_input)
        setCurrentSet(id, record->name, true);
}

// Files ------------------------------------------------------------------------------------------

bool WorkbenchSession::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = tr("Could not write “%1” (%2). Choose another place.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

bool WorkbenchSession::exportSet(const QString &path, QString *error)
{
    WorkbenchSetRecord record;
    record.set = m_input;
    record.name = m_setId ? m_setName : WorkbenchStore::nameForQuery(record.set.query);
    if (resultsMatchInput())
        record.results = m_results;
    QByteArray json;
    // A saved set that is what the screen shows: the store's export (with its times).
    if (m_store && m_setId && !m_modified) {
        const std::optional<WorkbenchSetRecord> saved = m_store->loadSet(m_setId);
        if (saved && saved->set == record.set && saved->results.size() == record.results.size())
            json = m_store->exportSetJson(m_setId);
    }
    if (json.isEmpty())
        json = WorkbenchStore::toJsonDocument(record);
    return writeFile(path, json, error);
}

WorkbenchSession::ParsedSetFile WorkbenchSession::readSetFile(const QString &path)
{
    ParsedSetFile parsed;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        parsed.error = tr("Could not open “%1” (%2). Check that the file exists and is readable.")
                           .arg(QDir::toNativeSeparators(path), file.errorString());
        return parsed;
    }
    parsed.record = WorkbenchStore::parseSetFile(file.read(WorkbenchStore::maxImportBytes + 1),
                                                 &parsed.error, &parsed.legacy);
    return parsed;
}

bool WorkbenchSession::importSet(const QString &path, QString *error)
{
    return applyImportedSet(path, readSetFile(path), error);
}

void WorkbenchSession::importSetInBackground(const QString &path)
{
    setMessage(tr("Reading “%1”…").arg(QFileInfo(path).fileName()));
    auto *watcher = new QFutureWatcher<ParsedSetFile>(this);
    connect(watcher, &QFutureWatcher<ParsedSetFile>::finished, this, [this, watcher, path] {
        watcher->deleteLater();
        QString error;
        const bool ok = applyImportedSet(path, watcher->result(), &error);
        if (!ok)
            setMessage(error);
        Q_EMIT importFinished(ok, error);
    });
    watcher->setFuture(QtConcurrent::run(&WorkbenchSession::readSetFile, path));
}

bool WorkbenchSession::applyImportedSet(const QString &path, ParsedSetFile parsed, QString *error)
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return false;
    };
    if (isRunning())
        return fail(tr("Wait for the run to finish (or cancel it), then import the set."));
    if (!saveEdits() && storeWritable())
        return fail(m_message);
    if (!parsed.record)
        return fail(parsed.error);
    WorkbenchSetRecord &record = *parsed.record;
    // A file written mid-run: its running results stopped when the file was written.
    for (RerankResult &result : record.results) {
        if (result.state == RerankResult::State::Running)
            result.state = RerankResult::State::Interrupted;
    }
    const QString name = record.name.trimmed().isEmpty()
        ? WorkbenchStore::nameForQuery(record.set.query)
        : record.name.trimmed();
    qint64 id = 0;
    if (storeWritable()) {
        id = m_store->insertSet(record);
        if (!id)
            return fail(tr("Sift could not save the imported rerank set (%1). Check that the disk "
                           "is not full and the history file is writable.")
                            .arg(m_store->lastError()));
    }
    showResults(record.set, record.results);
    setCurrentSet(id, name, id != 0);
    setMessage(
        tr("Imported “%1”.").arg(record.name.isEmpty() ? QFileInfo(path).fileName() : record.name));
    return true;
}

bool WorkbenchSession::exportResultsCsv(const QString &path, QString *error) const
{
    return writeFile(path, RerankExport::resultsCsv(m_resultSet, m_results), error);
}

bool WorkbenchSession::exportResultsJson(const QString &path, QString *error) const
{
    return writeFile(
        path, RerankExport::resultsJson(m_resultSet, m_results, m_pairs, m_labelMetrics, m_k),
        error);
}

bool WorkbenchSession::saveSetFile(const QString &path, QString *error) const
{
    // Results only make sense with the documents they were made for.
    return writeFile(path, RerankExport::legacySetFile(m_input, m_results, resultsMatchInput()),
                     error);
}
