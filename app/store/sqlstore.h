#pragma once

#include <QObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>

#include <functional>
#include <map>
#include <memory>

class Database;

// The SQL plumbing every store of the history file shares: statements prepared once and reused,
// failures turned into one translated sentence (storageError) with the driver's words kept in
// lastError(), and transactions that nest (an inner one is a SAVEPOINT: its failure undoes only
// its own writes, and the outer one decides). Lives on the thread of its Database; drops its
// prepared statements when the Database closes. ConversationStore and WorkbenchStore build on it.
class SqlStore : public QObject
{
    Q_OBJECT
public:
    ~SqlStore() override;

    Database *database() const { return m_database; }
    // The driver's words for the last failure (for logs and tests).
    QString lastError() const { return m_lastError; }
    // The translated sentence for the last failure: what storageError() said.
    QString lastProblem() const { return m_lastProblem; }

    // Runs `work` in one transaction: committed when it returns true, rolled back otherwise.
    // Called inside another, it runs in a savepoint of the outer one. On a writable connection
    // it begins IMMEDIATE: workers write the same file on connections of their own (the
    // indexer's, the evaluation's cache), and a deferred transaction that reads before it writes
    // fails at once, without the busy handler, when one of them holds the write lock.
    bool inTransaction(const std::function<bool()> &work);
    bool inTransaction() const { return m_transactionDepth > 0; }

Q_SIGNALS:
    // A statement failed (full disk, read-only file, a missing field…): `message` is fit to show.
    void storageError(const QString &message);

protected:
    // `generalProblem`: the sentence for a failure that has none of its own (translated).
    SqlStore(Database *database, const QString &generalProblem, QObject *parent);

    QSqlQuery &prepared(const QString &sql);
    // Drops the prepared statements whose SQL contains `text` (before a table they use is
    // dropped: SQLite refuses to drop a table a statement is still reading).
    void forgetPrepared(const QString &text);
    bool exec(QSqlQuery &query);
    // Each records the failure, emits storageError() and returns false.
    bool failed(const QSqlQuery &query);
    bool failed(const QSqlError &error);
    bool failed(const QString &detail);
    void setLastError(const QString &detail) { m_lastError = detail; }

    // Called after the outermost transaction ends (committed or not): for signals held back
    // until then, e.g. one list change per import instead of one per row.
    virtual void transactionEnded(bool committed);

    Database *m_database;

private:
    bool execRaw(const QString &sql);

    QString m_generalProblem;
    std::map<QString, std::unique_ptr<QSqlQuery>> m_prepared;
    QString m_lastError;
    QString m_lastProblem;
    int m_transactionDepth = 0;
};
