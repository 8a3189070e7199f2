#pragma once

#include "rerankjob.h"

#include <QList>
#include <QObject>
#include <QPointer>

class ApiClient;
class ModelCatalog;

// Runs one RerankJob per model of a RerankSet, all at once, and finishes when every one has.
// Prices for estimated costs come from the catalog when one is given.
class RerankRun : public QObject
{
    Q_OBJECT
public:
    RerankRun(ApiClient *client, const RerankSet &set, const ModelCatalog *catalog = nullptr,
              QObject *parent = nullptr);

    void start();
    void cancel();

    const RerankSet &set() const { return m_set; }
    QList<RerankJob *> jobs() const { return m_jobs; }
    RerankJob *job(const QString &model) const;
    bool isRunning() const { return m_running; }
    // In the set's model order; final once finished() was emitted.
    QList<RerankResult> results() const;

Q_SIGNALS:
    // Over all models: documents answered and documents × models.
    void progress(int done, int total);
    void modelProgress(const QString &model, int done, int total);
    void modelFinished(const RerankResult &result);
    void finished(const QList<RerankResult> &results);

private:
    void onJobFinished();

    RerankSet m_set;
    QList<RerankJob *> m_jobs;
    int m_remaining = 0;
    bool m_running = false;
    bool m_finished = false;
};
