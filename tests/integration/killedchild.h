#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>

#include <algorithm>

// The crash tests' parent side: re-runs this test binary as `--child <dbPath>`, reads the lines
// "flush <id> <value>" it prints after each write to the database, and kills it with SIGKILL (no
// destructor, no final write) once `flushes` have been seen.
struct KilledChild
{
    qint64 id = 0;        // from the last flush line
    qint64 value = 0;     // from the last flush line (what was stored by then)
    QList<qint64> values; // every flush's value, in order (how often is timed in bench/)
    QString error;        // empty when the child flushed and was killed as planned

    // Each flush stored more than the one before: writes follow the work as it arrives.
    bool valuesGrow() const
    {
        for (qsizetype i = 1; i < values.size(); ++i) {
            if (values.at(i) <= values.at(i - 1))
                return false;
        }
        return !values.isEmpty() && values.constFirst() > 0;
    }
    QString valuesText() const
    {
        QStringList list;
        for (const qint64 v : values)
            list << QString::number(v);
        return list.join(QStringLiteral(", "));
    }

    static KilledChild runAndKill(const QString &dbPath, int flushes)
    {
        KilledChild result;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), dbPath });
        if (!child.waitForStarted(10000)) {
            result.error = QStringLiteral("the child did not start");
            return result;
        }
        int seen = 0;
        while (seen < flushes) {
            if (!child.canReadLine() && !child.waitForReadyRead(10000)) {
                result.error = QStringLiteral("the child stopped reporting flushes");
                child.kill();
                child.waitForFinished(10000);
                return result;
            }
            while (child.canReadLine() && seen < flushes) {
                const QList<QByteArray> parts = child.readLine().trimmed().split(' ');
                if (parts.size() != 3 || parts.at(0) != "flush") {
                    result.error = QStringLiteral("unexpected line from the child: %1")
                                       .arg(QString::fromUtf8(parts.join(' ')));
                    child.kill();
                    child.waitForFinished(10000);
                    return result;
                }
                result.id = parts.at(1).toLongLong();
                result.value = parts.at(2).toLongLong();
                result.values << result.value;
                ++seen;
            }
        }
        child.kill();
        if (!child.waitForFinished(10000) || child.exitStatus() != QProcess::CrashExit)
            result.error = QStringLiteral("the child was not killed");
        return result;
    }
};
