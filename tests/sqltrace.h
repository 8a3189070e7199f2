#pragma once

// Counts the statements one SQLite connection runs, through SQLite's own trace hook on the
// driver's handle: tests use it to check that a widget reads nothing on the GUI thread's
// connection (work that belongs on a worker's connection).
#include <QByteArray>
#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

class SqlTrace
{
public:
    // Counts the statements of `db` whose SQL contains `needle` (case-sensitive), e.g. "eval_".
    SqlTrace(const QSqlDatabase &db, QByteArray needle) : m_needle(std::move(needle))
    {
        const QVariant handle = db.driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        if (m_handle)
            sqlite3_trace_v2(m_handle, SQLITE_TRACE_STMT, &SqlTrace::onTrace, this);
    }
    ~SqlTrace()
    {
        if (m_handle)
            sqlite3_trace_v2(m_handle, 0, nullptr, nullptr);
    }
    SqlTrace(const SqlTrace &) = delete;
    SqlTrace &operator=(const SqlTrace &) = delete;

    bool isValid() const { return m_handle != nullptr; }
    // The statements seen (their SQL as prepared), oldest first.
    QList<QByteArray> statements() const { return m_statements; }
    void clear() { m_statements.clear(); }

private:
    static int onTrace(unsigned type, void *context, void *, void *sql)
    {
        auto *self = static_cast<SqlTrace *>(context);
        const QByteArray text(static_cast<const char *>(sql));
        // "--" lines are the trigger and sub-program markers SQLite also reports.
        if (type == SQLITE_TRACE_STMT && text.contains(self->m_needle) && !text.startsWith("--"))
            self->m_statements.append(text);
        return 0;
    }

    sqlite3 *m_handle = nullptr;
    QByteArray m_needle;
    QList<QByteArray> m_statements;
};
