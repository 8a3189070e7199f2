#pragma once

#include <QLockFile>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

#include <memory>

// The one SQLite file Sift keeps its history in (sift.db in the app data dir): WAL, foreign keys,
// `PRAGMA user_version` migrations, a lock file so two instances never write it at once, and a
// corrupt file moved aside instead of deleted. Every failure is reported as a value.
class Database : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        Recovered, // the old file was not a usable database: moved to movedAsidePath, new one made
        InUse,     // another Sift holds the lock: bring it to front or openReadOnly()
        TooNew,    // written by a newer Sift; not touched
        Failed,    // could not open or create (permissions, full disk, bad path)
    };
    Q_ENUM(Status)

    struct OpenResult
    {
        Status status = Status::Failed;
        QString message;         // translated, tells the user what happened and what to do
        QString detail;          // the driver's words, for logs
        QString movedAsidePath;  // set with Status::Recovered
        int previousVersion = 0; // user_version found before migrating (0 = new file)
        // The folder or the file may not be written (Status::Failed): an existing history can
        // still be shown with openReadOnly().
        bool readOnlyLocation = false;

        bool ok() const { return status == Status::Ok || status == Status::Recovered; }
    };

    struct Options
    {
        // Migrate only up to this version; tests use it to build an old file.
        int targetVersion = -1; // -1 = latestVersion()
        // Run PRAGMA quick_check at open and treat a failure as corruption.
        bool checkIntegrity = true;
        // With checkIntegrity: run the check on a worker thread with its own connection after
        // open() returns, so a large file does not hold up the window. A failure is reported by
        // integrityCheckFailed() and makes the next open() check (and recover) synchronously.
        bool checkInBackground = false;
    };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    static QString defaultPath();
    static int latestVersion();

    // Opens (creating if needed) for reading and writing, holding `<path>.lock`.
    OpenResult open(const QString &path = {});
    OpenResult open(const QString &path, const Options &options);
    // Opens without the lock and without writing anything: for a second instance, or a history
    // in a folder that may not be written (then the file is read as it is, immutable).
    OpenResult openReadOnly(const QString &path = {});
    void close();
    // A second connection to a file another Database (on another thread) holds open, for work
    // on a worker thread: no lock, no migration (the file must already be at latestVersion()),
    // read-write, waiting up to 5 s for the other connection's writes. Create, use and destroy
    // this Database on that worker thread.
    OpenResult openWorkerConnection(const QString &path);

    bool isOpen() const { return m_db.isOpen(); }
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    QSqlDatabase connection() const { return m_db; }
    int schemaVersion() const;

    // PRAGMA integrity_check; `detail` gets the first problems when it is not "ok".
    bool integrityCheck(QString *detail = nullptr) const;
    // A translated sentence for a failed statement that tells the user what to do: a full
    // disk, a read-only file and other write errors each get their own; anything else gets
    // `otherwise` (empty: a general sentence about the history).
    static QString problemMessage(const QSqlError &error, const QString &otherwise = {});
    // The marker a failed background check leaves beside the file: its presence makes the
    // next open() check synchronously.
    static QString checkMarkerPath(const QString &path);

Q_SIGNALS:
    // Emitted before the connection goes away: holders of prepared queries drop them.
    void aboutToClose();
    // The background quick_check (Options::checkInBackground) found damage. `message` is
    // translated and tells the user to restart Sift, which moves the file aside.
    void integrityCheckFailed(const QString &message, const QString &detail);
    // The background check ended (either way): for tests and benchmarks.
    void integrityCheckDone(bool ok);

private:
    enum class Attempt { Ok, Corrupt, TooNew, Failed };
    Attempt openConnection(const QString &path, bool readOnly, const Options &options,
                           OpenResult &result, bool immutable = false);
    bool migrate(int from, int to, QString *error);
    void dropConnection();
    static QString moveAside(const QString &path, QString *error);
    void startBackgroundCheck();

    QString m_connectionName;
    QSqlDatabase m_db;
    std::unique_ptr<QLockFile> m_lock;
    QString m_path;
    bool m_readOnly = false;
};
