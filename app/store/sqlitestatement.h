#pragma once

#include <QByteArrayView>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

// SQLite's own API beside Qt Sql, on the driver's handle (Qt's QSQLITE driver links the system
// libsqlite3, the one Sift links): for the few statements run per row where QSqlQuery's binding
// through QVariant (and the driver's UTF-16 text) costs several times SQLite's own work.

// The connection's own SQLite handle; null for any other driver.
sqlite3 *sqliteHandle(const QSqlDatabase &db);
// SQLite's error of `db` as the driver would have reported it (extended code as the native code).
QSqlError sqliteError(sqlite3 *db);

// One statement on a connection's own handle, finalized when it goes.
class SqliteStatement
{
public:
    SqliteStatement(sqlite3 *db, const char *sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    bool isValid() const { return m_statement != nullptr; }
    // The bytes must stay alive until run() (or next()). Text is UTF-8; a null view (no data
    // pointer) binds NULL.
    void bind(int index, QByteArrayView bytes, bool asText);
    void bind(int index, double value);
    void bind(int index, qint64 value);
    // Executes the statement once with what is bound (bindings stay for the next run).
    bool run();
    // For a query: the next row (false at the end or on an error: see failedToRead()).
    bool next();
    // Ends a query early (reset; bindings stay).
    void reset();
    bool failedToRead() const;
    QString text(int column) const;
    int integer(int column) const;
    qint64 integer64(int column) const;
    double real(int column) const;
    QByteArray blob(int column) const;
    // The column's bytes without a copy: valid until the next next(), reset() or run().
    QByteArrayView bytes(int column) const;
    bool isNull(int column) const;
    // The rowid of the connection's last INSERT.
    qint64 lastInsertId() const;
    QSqlError error() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_stepped;
};
