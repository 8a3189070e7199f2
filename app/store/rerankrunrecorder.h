#pragma once

#include "rerank/rerankresult.h"
#include "workbenchstore.h"

#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

class RerankRun;

// Saves a RerankRun's results into a workbench set while it runs, so a crash or SIGKILL loses
// at most the last second: the partial results of every model (state Running) at most once per
// flushInterval() while batches come in and when a model finishes, and the final results when
// the run finishes. Create it before run->start(); the set must already be in the store.
//
// During the run the JSON of thousands of scores is built on a worker thread and only the
// write happens on this one, so the GUI never stalls for it; the final save is synchronous, so
// it is on disk when the run's finished() has been handled. A failed write is reported once per
// run through storageError() and tried again on the next flush; the run itself goes on.
class RerankRunRecorder : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultFlushIntervalMs = 1000;

    RerankRunRecorder(WorkbenchStore *store, RerankRun *run, qint64 setId,
                      QObject *parent = nullptr);
    ~RerankRunRecorder() override;

    qint64 setId() const { return m_setId; }
    void setFlushInterval(int ms) { m_intervalMs = ms; }
    int flushInterval() const { return m_intervalMs; }
    // Successful writes so far.
    int flushCount() const { return m_flushes; }
    // Writes what the run has now, on this thread.
    bool flush();

Q_SIGNALS:
    // After each successful write, with what was written (in the run's model order).
    void flushed(const QList<RerankResult> &results);
    // The run finished and its final results are saved (saved = false when that write failed).
    void finished(bool saved);
    void storageError(const QString &message);

private:
    struct Encoded
    {
        QList<RerankResult> results;
        QList<EncodedRerankResult> rows;
    };

    QList<RerankResult> snapshot() const;
    void scheduleFlush();
    void flushInBackground();
    void onEncoded();
    bool write(const QList<RerankResult> &results, const QList<EncodedRerankResult> &rows);

    QPointer<WorkbenchStore> m_store;
    QPointer<RerankRun> m_run;
    qint64 m_setId;
    int m_intervalMs = DefaultFlushIntervalMs;
    int m_flushes = 0;
    bool m_reportedError = false;
    bool m_again = false; // more came in while a snapshot was being encoded
    bool m_done = false;  // the final results are written: later snapshots are stale
    QElapsedTimer m_sinceFlush;
    QTimer m_timer;
    QFutureWatcher<Encoded> m_watcher;
};
