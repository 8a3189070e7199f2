#include "conversationimport.h"

#include "conversationstore.h"
#include "database.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

ConversationImport::ConversationImport(QObject *parent) : QObject(parent)
{
    // The promise reports messages written as its progress value (throttled by Qt to a few
    // dozen updates a second); the maximum is the total.
    connect(&m_watcher, &QFutureWatcherBase::progressValueChanged, this,
            [this](int value) { Q_EMIT progress(value, m_watcher.progressMaximum()); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        Q_EMIT finished(m_watcher.future().resultCount() > 0 ? m_watcher.result()
                                                             : ConversationArchive::ImportResult{});
    });
}

ConversationImport::~ConversationImport()
{
    cancel();
    m_watcher.disconnect(this);
    m_watcher.waitForFinished();
}

bool ConversationImport::start(const QString &filePath, const QString &databasePath)
{
    if (isRunning())
        return false;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_watcher.setFuture(
        QtConcurrent::run([filePath, databasePath, cancel = m_cancel](
                              QPromise<ConversationArchive::ImportResult> &promise) {
            promise.setProgressRange(0, 0);
            const ConversationArchive::ImportResult result
                = run(filePath, databasePath, [&](qint64 done, qint64 total) {
                      // QFuture's progress is an int: 100,000 messages fit many times over.
                      if (promise.future().progressMaximum() != int(total))
                          promise.setProgressRange(0, int(total));
                      promise.setProgressValue(int(done));
                      return !*cancel;
                  });
            promise.addResult(result);
        }));
    return true;
}

void ConversationImport::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

ConversationArchive::ImportResult ConversationImport::run(
    const QString &filePath, const QString &databasePath,
    const ConversationArchive::Progress &progress)
{
    ConversationArchive::ImportResult result;
    if (progress && !progress(0, 0)) {
        result.cancelled = true;
        result.error = tr("The import was cancelled. Nothing was imported.");
        return result;
    }
    const QList<ConversationRecord> records
        = ConversationArchive::parseFile(filePath, &result.error);
    if (!result.error.isEmpty())
        return result;
    if (records.isEmpty()) {
        result.error = tr("The file holds no conversations. Choose a .json file that Sift "
                          "exported.");
        return result;
    }
    // This thread's own connection: a QSqlDatabase may be used only where it was made.
    Database database;
    const Database::OpenResult opened = database.openWorkerConnection(databasePath);
    if (!opened.ok()) {
        result.error = opened.message;
        return result;
    }
    ConversationStore store(&database);
    return ConversationArchive::import(store, records, progress);
}
