#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QList>
#include <QProcess>
#include <QString>

#include <algorithm>

// The crash tests' parent side: re-runs this test binary as `--child <dbPath>`, reads the lines
// "flush <id> <value>" it prints after each write to the database, and kills it with SIGKILL (no
// destructor, no final write) once `flushes` have been seen.
struct KilledChild
{
    qint64 id = 0;           // from the last flush line
    qint64 value = 0;        // from the last flush line (what was stored by then)
    qint64 longestGapMs = 0; // the longest time between two flushes
    QString error;           // empty when the child flushed and was killed as planned

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
        QElapsedTimer sinceFlush;
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
                if (seen > 0)
                    result.longestGapMs = std::max(result.longestGapMs, sinceFlush.elapsed());
                sinceFlush.start();
                ++seen;
            }
        }
        child.kill();
        if (!child.waitForFinished(10000) || child.exitStatus() != QProcess::CrashExit)
            result.error = QStringLiteral("the child was not killed");
        return result;
    }
};
