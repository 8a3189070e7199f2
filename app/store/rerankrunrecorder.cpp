#include "rerankrunrecorder.h"

#include "rerank/rerankrun.h"

#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

RerankRunRecorder::RerankRunRecorder(WorkbenchStore *store, RerankRun *run, qint64 setId,
                                     QObject *parent)
    : QObject(parent), m_store(store), m_run(run), m_setId(setId)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &RerankRunRecorder::flushInBackground);
    connect(&m_watcher, &QFutureWatcher<Encoded>::finished, this, &RerankRunRecorder::onEncoded);
    for (RerankJob *job : run->jobs())
        connect(job, &RerankJob::batchFinished, this, &RerankRunRecorder::scheduleFlush);
    connect(run, &RerankRun::modelFinished, this, [this] {
        // The last model's end is saved by the run's finished() right after.
        const QList<RerankJob *> jobs = m_run ? m_run->jobs() : QList<RerankJob *>();
        if (std::any_of(jobs.cbegin(), jobs.cend(),
                        [](const RerankJob *job) { return !job->isFinished(); }))
            flushInBackground();
    });
    connect(run, &RerankRun::finished, this, [this] {
        m_timer.stop();
        const bool saved = flush();
        m_done = true;
        Q_EMIT finished(saved);
    });
}

RerankRunRecorder::~RerankRunRecorder()
{
    // Results still being encoded go out of date with this object: nothing waits for them.
    m_watcher.disconnect(this);
}

QList<RerankResult> RerankRunRecorder::snapshot() const
{
    QList<RerankResult> results;
    if (!m_run)
        return results;
    const QList<RerankJob *> jobs = m_run->jobs();
    results.reserve(jobs.size());
    for (const RerankJob *job : jobs)
        results << job->partialResult();
    return results;
}

void RerankRunRecorder::scheduleFlush()
{
    if (m_done || m_timer.isActive())
        return;
    const qint64 since = m_sinceFlush.isValid() ? m_sinceFlush.elapsed() : m_intervalMs;
    if (since >= m_intervalMs)
        flushInBackground();
    else
        m_timer.start(int(std::max<qint64>(0, m_intervalMs - since)));
}

void RerankRunRecorder::flushInBackground()
{
    m_timer.stop();
    if (m_done || !m_store || !m_run || m_setId <= 0)
        return;
    if (m_watcher.isRunning()) {
        m_again = true;
        return;
    }
    // Measured from the snapshot: "at most a second old" is about what is on screen.
    m_sinceFlush.start();
    const QList<RerankResult> results = snapshot();
    m_watcher.setFuture(QtConcurrent::run([results] {
        return Encoded{ results, WorkbenchStore::encodeResults(results) };
    }));
}

void RerankRunRecorder::onEncoded()
{
    if (m_done)
        return;
    const Encoded encoded = m_watcher.result();
    write(encoded.results, encoded.rows);
    if (m_again) {
        m_again = false;
        scheduleFlush();
    }
}

bool RerankRunRecorder::flush()
{
    m_timer.stop();
    if (!m_store || !m_run || m_setId <= 0)
        return false;
    m_sinceFlush.start();
    const QList<RerankResult> results = snapshot();
    return write(results, WorkbenchStore::encodeResults(results));
}

bool RerankRunRecorder::write(const QList<RerankResult> &results,
                              const QList<EncodedRerankResult> &rows)
{
    if (!m_store)
        return false;
    if (!m_store->saveEncodedResults(m_setId, rows)) {
        if (!m_reportedError) {
            m_reportedError = true;
            Q_EMIT storageError(
                tr("The results of this run could not be saved (%1). They stay on screen: export "
                   "them before closing Sift, and check that the disk is not full.")
                    .arg(m_store->lastError()));
        }
        return false;
    }
    ++m_flushes;
    Q_EMIT flushed(results);
    return true;
}
