#include "sqlitestatement.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

QSqlError sqliteError(sqlite3 *db)
{
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(db)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(db)));
}

SqliteStatement::SqliteStatement(sqlite3 *db, const char *sql) : m_db(db), m_stepped(SQLITE_DONE)
{
    if (db && sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, QByteArrayView bytes, bool asText)
{
    if (asText)
        sqlite3_bind_text(m_statement, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
    else
        sqlite3_bind_blob(m_statement, index, bytes.data(), int(bytes.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, double value)
{
    sqlite3_bind_double(m_statement, index, value);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

bool SqliteStatement::run()
{
    const int stepped = sqlite3_step(m_statement);
    sqlite3_reset(m_statement);
    return stepped == SQLITE_DONE;
}

bool SqliteStatement::next()
{
    m_stepped = sqlite3_step(m_statement);
    return m_stepped == SQLITE_ROW;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    m_stepped = SQLITE_DONE;
}

bool SqliteStatement::failedToRead() const
{
    return m_stepped != SQLITE_DONE && m_stepped != SQLITE_ROW;
}

QString SqliteStatement::text(int column) const
{
    return QString::fromUtf8(
        reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
        sqlite3_column_bytes(m_statement, column));
}

int SqliteStatement::integer(int column) const
{
    return sqlite3_column_int(m_statement, column);
}

qint64 SqliteStatement::integer64(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QByteArray SqliteStatement::blob(int column) const
{
    return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                      sqlite3_column_bytes(m_statement, column));
}

QByteArrayView SqliteStatement::bytes(int column) const
{
    // sqlite3_column_blob first, then _bytes: the order SQLite documents for a valid size.
    const auto *data = static_cast<const char *>(sqlite3_column_blob(m_statement, column));
    return QByteArrayView(data, sqlite3_column_bytes(m_statement, column));
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

QSqlError SqliteStatement::error() const
{
    return m_db ? sqliteError(m_db)
                : QSqlError(QString(), u"the database connection is not SQLite"_s,
                            QSqlError::ConnectionError);
}
