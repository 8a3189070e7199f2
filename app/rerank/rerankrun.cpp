#include "rerankrun.h"

#include "models/modelcatalog.h"

#include <QTimer>

RerankRun::RerankRun(ApiClient *client, const RerankSet &set, const ModelCatalog *catalog,
                     QObject *parent)
    : QObject(parent), m_set(set)
{
    QStringList seen;
    for (const QString &name : m_set.models) {
        const QString model = name.trimmed();
        if (model.isEmpty() || seen.contains(model))
            continue;
        seen << model;
        auto *job = new RerankJob(client, m_set, model, this);
        if (catalog)
            job->setModelInfo(catalog->find(model));
        connect(job, &RerankJob::progress, this, [this, job](int done, int total) {
            Q_EMIT modelProgress(job->model(), done, total);
            int all = 0;
            for (const RerankJob *j : std::as_const(m_jobs))
                all += j->done();
            Q_EMIT progress(all, int(m_set.documents.size() * m_jobs.size()));
        });
        connect(job, &RerankJob::finished, this, [this](const RerankResult &result) {
            Q_EMIT modelFinished(result);
            onJobFinished();
        });
        m_jobs << job;
    }
}

RerankJob *RerankRun::job(const QString &model) const
{
    for (RerankJob *job : m_jobs) {
        if (job->model() == model.trimmed())
            return job;
    }
    return nullptr;
}

void RerankRun::start()
{
    if (m_running || m_finished)
        return;
    m_running = true;
    m_remaining = int(m_jobs.size());
    if (m_jobs.isEmpty()) {
        QTimer::singleShot(0, this, &RerankRun::onJobFinished);
        return;
    }
    for (RerankJob *job : std::as_const(m_jobs))
        job->start();
}

void RerankRun::cancel()
{
    // Each job answers with finished(); the last one finishes the run.
    const QList<RerankJob *> jobs = m_jobs;
    for (RerankJob *job : jobs)
        job->cancel();
}

QList<RerankResult> RerankRun::results() const
{
    QList<RerankResult> out;
    out.reserve(m_jobs.size());
    for (const RerankJob *job : m_jobs)
        out << job->result();
    return out;
}

void RerankRun::onJobFinished()
{
    if (m_finished)
        return;
    if (--m_remaining > 0)
        return;
    m_finished = true;
    m_running = false;
    Q_EMIT finished(results());
}
