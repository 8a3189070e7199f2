#pragma once

#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

// Values to and from the history file's columns, as the stores write and read them.
namespace SqlValues {

// The time to store for "now": milliseconds since the epoch.
inline qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A stored time (milliseconds since the epoch) in UTC; invalid for NULL.
inline QDateTime timeFrom(const QVariant &value)
{
    if (value.isNull())
        return {};
    return QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

// A null QString binds as SQL NULL; NOT NULL text columns want ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Binds values to the statement's positional placeholders, in order.
inline void bind(QSqlQuery &query, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values.at(i));
}

} // namespace SqlValues
