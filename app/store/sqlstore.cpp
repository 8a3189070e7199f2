#include "sqlstore.h"

#include "database.h"

using namespace Qt::StringLiterals;

SqlStore::SqlStore(Database *database, const QString &generalProblem, QObject *parent)
    : QObject(parent), m_database(database), m_generalProblem(generalProblem)
{
    connect(database, &Database::aboutToClose, this, [this] { m_prepared.clear(); });
}

SqlStore::~SqlStore() = default;

QSqlQuery &SqlStore::prepared(const QString &sql)
{
    auto it = m_prepared.find(sql);
    if (it == m_prepared.end()) {
        auto query = std::make_unique<QSqlQuery>(m_database->connection());
        query->setForwardOnly(true); // no row cache: results are read once, front to back
        // A failed prepare is kept: exec() on it fails and reports again, never crashes.
        if (!query->prepare(sql))
            failed(*query);
        it = m_prepared.emplace(sql, std::move(query)).first;
    }
    return *it->second;
}

void SqlStore::forgetPrepared(const QString &text)
{
    std::erase_if(m_prepared, [&](const auto &entry) { return entry.first.contains(text); });
}

bool SqlStore::exec(QSqlQuery &query)
{
    if (query.exec())
        return true;
    return failed(query);
}

bool SqlStore::failed(const QSqlQuery &query)
{
    return failed(query.lastError());
}

bool SqlStore::failed(const QSqlError &error)
{
    // The driver's words stay in lastError(); the user gets what to do about them.
    m_lastError = error.text();
    m_lastProblem = Database::problemMessage(error, m_generalProblem);
    Q_EMIT storageError(m_lastProblem);
    return false;
}

bool SqlStore::failed(const QString &detail)
{
    m_lastError = detail;
    m_lastProblem = Database::problemMessage(QSqlError(), m_generalProblem);
    Q_EMIT storageError(m_lastProblem);
    return false;
}

bool SqlStore::execRaw(const QString &sql)
{
    // Through a query rather than QSqlDatabase::commit(): the driver's commit() drops SQLite's
    // error code, and a full disk shows up precisely at COMMIT.
    QSqlQuery query(m_database->connection());
    return query.exec(sql) || failed(query);
}

void SqlStore::transactionEnded(bool /*committed*/) { }

bool SqlStore::inTransaction(const std::function<bool()> &work)
{
    if (m_transactionDepth > 0) {
        const QString savepoint = u"sift_%1"_s.arg(m_transactionDepth);
        if (!execRaw(u"SAVEPOINT "_s + savepoint))
            return false;
        ++m_transactionDepth;
        const bool ok = work();
        --m_transactionDepth;
        if (ok)
            return execRaw(u"RELEASE "_s + savepoint);
        // Undo only what this level wrote; the error was reported where it happened.
        QSqlQuery undo(m_database->connection());
        undo.exec(u"ROLLBACK TO "_s + savepoint);
        undo.exec(u"RELEASE "_s + savepoint);
        return false;
    }
    const bool writable = m_database && !m_database->isReadOnly();
    if (!execRaw(writable ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s))
        return false;
    ++m_transactionDepth;
    const bool ok = work();
    --m_transactionDepth;
    const bool committed = ok && execRaw(u"COMMIT"_s);
    if (!committed) {
        QSqlQuery rollback(m_database->connection());
        rollback.exec(u"ROLLBACK"_s);
    }
    transactionEnded(committed);
    return committed;
}
