#pragma once

#include "conversationarchive.h"

#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

// One import of a conversations file, run on a worker (QtConcurrent) so the window never waits
// for it: the file is read and parsed there, and written there through a connection of the
// worker's own to the history file, in one transaction: all of it or, after a failure or a
// cancel, nothing. The GUI's ConversationStore learns of the new conversations when it ends
// (announceListChanged()).
class ConversationImport : public QObject
{
    Q_OBJECT
public:
    explicit ConversationImport(QObject *parent = nullptr);
    // Cancels a running import and waits for its worker to stop (it checks often).
    ~ConversationImport() override;

    // Imports `filePath` into the history file at `databasePath` (held open by this process).
    // False when an import is already running.
    bool start(const QString &filePath, const QString &databasePath);
    // Stops the import at its next check; finished() follows with `cancelled` set.
    void cancel();
    bool isRunning() const { return m_watcher.isRunning(); }

    // The whole job, on the calling thread: what start() runs on the worker. `progress` as for
    // ConversationArchive::import() (0 of 0 while the file is read).
    static ConversationArchive::ImportResult run(const QString &filePath,
                                                 const QString &databasePath,
                                                 const ConversationArchive::Progress &progress);

Q_SIGNALS:
    // Messages written so far of all in the file; `total` is 0 while the file is still read.
    void progress(qint64 done, qint64 total);
    void finished(const ConversationArchive::ImportResult &result);

private:
    QFutureWatcher<ConversationArchive::ImportResult> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};
