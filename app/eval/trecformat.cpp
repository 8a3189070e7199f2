#include "trecformat.h"

#include "measures.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <vector>

using namespace Qt::StringLiterals;

namespace Eval::TrecFormat {

namespace {

    constexpr qint64 ProgressEveryBytes = 256 * 1024;

    QString tr(const char *text)
    {
        return QCoreApplication::translate("Eval::TrecFormat", text);
    }

    bool isSpace(char c)
    {
        // What C's isspace() accepts in the "C" locale, as trec_eval splits its fields.
        return c == ' ' || c == '\t' || c == '\r' || c == '\v' || c == '\f' || c == '\n';
    }

    // Reads a device line by line, counting lines and reporting progress; the caller parses.
    class LineReader
    {
    public:
        LineReader(QIODevice &device, const QString &fileName, Error *error,
                   const Progress &progress)
            : m_device(device), m_fileName(fileName), m_error(error), m_progress(progress)
        {
            m_buffer.resize(64 * 1024);
        }

        // The next line without its line end; false at the end or on an error (see failed()).
        bool next(QByteArrayView *line)
        {
            if (m_failed)
                return false;
            // Read into a buffer that grows to the longest line seen (at most MaxLineBytes + 1).
            qsizetype size = 0;
            for (;;) {
                if (m_buffer.size() - size < 2)
                    m_buffer.resize(std::min<qsizetype>(m_buffer.size() * 2, MaxLineBytes + 2));
                const qint64 n = m_device.readLine(m_buffer.data() + size, m_buffer.size() - size);
                if (n <= 0) {
                    if (n < 0 && !m_device.atEnd())
                        return fail(
                            m_line + 1,
                            tr("The file could not be read (%1).").arg(m_device.errorString()));
                    break;
                }
                size += qsizetype(n);
                if (m_buffer.at(size - 1) == '\n' || m_device.atEnd())
                    break;
                if (size > MaxLineBytes)
                    return fail(m_line + 1,
                                tr("The line is longer than %1 bytes. Is this the right file?")
                                    .arg(MaxLineBytes));
            }
            if (size == 0)
                return false;
            ++m_line;
            m_bytes += size;
            if (m_progress && m_bytes - m_reported >= ProgressEveryBytes) {
                m_reported = m_bytes;
                if (!m_progress(m_bytes))
                    return fail(0, tr("Reading was cancelled."));
            }
            while (size > 0 && (m_buffer.at(size - 1) == '\n' || m_buffer.at(size - 1) == '\r'))
                --size;
            const QByteArrayView view(m_buffer.constData(), size);
            if (view.contains('\0'))
                return fail(m_line, tr("The line contains a NUL byte; this is not a text file."));
            *line = view;
            return true;
        }

        // Decodes one field as UTF-8; fails the read when it is not valid UTF-8.
        bool decode(QByteArrayView bytes, QString *text)
        {
            *text = m_decoder.decode(bytes);
            if (m_decoder.hasError()) {
                fail(m_line, tr("The line is not valid UTF-8 text."));
                return false;
            }
            return true;
        }

        bool fail(qint64 line, const QString &message)
        {
            if (!m_failed && m_error)
                *m_error = Error{ m_fileName, line, message };
            m_failed = true;
            return false;
        }

        qint64 line() const { return m_line; }
        bool failed() const { return m_failed; }

    private:
        QIODevice &m_device;
        QString m_fileName;
        Error *m_error;
        const Progress &m_progress;
        QByteArray m_buffer;
        QStringDecoder m_decoder{ QStringDecoder::Utf8, QStringDecoder::Flag::Stateless };
        qint64 m_line = 0;
        qint64 m_bytes = 0;
        qint64 m_reported = 0;
        bool m_failed = false;
    };

    // Splits at runs of whitespace; a blank or comment line gives no fields.
    void splitFields(QByteArrayView line, std::vector<QByteArrayView> *fields)
    {
        fields->clear();
        qsizetype i = 0;
        const qsizetype n = line.size();
        while (i < n) {
            while (i < n && isSpace(line.at(i)))
                ++i;
            if (i == n)
                break;
            if (fields->empty() && line.at(i) == '#')
                return;
            const qsizetype start = i;
            while (i < n && !isSpace(line.at(i)))
                ++i;
            fields->push_back(line.sliced(start, i - start));
        }
    }

    bool ensureOpen(QIODevice &device, const QString &fileName, Error *error)
    {
        if (device.isOpen() && device.isReadable())
            return true;
        if (device.open(QIODevice::ReadOnly))
            return true;
        if (error)
            *error = Error{ fileName, 0,
                            tr("The file could not be opened (%1). Check the path and that you may "
                               "read it.")
                                .arg(device.errorString()) };
        return false;
    }

    QString shown(const QString &id)
    {
        constexpr qsizetype Longest = 80;
        return id.size() > Longest ? id.left(Longest - 1) + u'…' : id;
    }

    bool hasSpace(const QString &id)
    {
        return std::any_of(id.cbegin(), id.cend(), [](QChar c) { return c.isSpace(); });
    }

    QString formatScore(double score)
    {
        // Shortest text that reads back as the same double ("C" formatting, never a comma).
        return QString::number(score, 'g', QLocale::FloatingPointShortest);
    }

} // namespace

QString Error::text() const
{
    if (line > 0)
        return QCoreApplication::translate("Eval::TrecFormat", "%1, line %2: %3")
            .arg(file)
            .arg(line)
            .arg(message);
    return QCoreApplication::translate("Eval::TrecFormat", "%1: %2").arg(file, message);
}

std::optional<Qrels> readQrels(QIODevice &device, const QString &fileName, Error *error,
                               const Progress &progress)
{
    if (!ensureOpen(device, fileName, error))
        return std::nullopt;
    LineReader reader(device, fileName, error, progress);
    Qrels qrels;
    std::vector<QByteArrayView> fields;
    QByteArrayView line;
    QString qid;
    QString docno;
    while (reader.next(&line)) {
        splitFields(line, &fields);
        if (fields.empty())
            continue;
        if (fields.size() != 4) {
            reader.fail(reader.line(),
                        tr("Expected 4 fields (query id, iteration, document id, grade) but "
                           "found %1. Is this a qrels file?")
                            .arg(fields.size()));
            break;
        }
        bool ok = false;
        const int grade = QByteArray::fromRawData(fields[3].data(), fields[3].size()).toInt(&ok);
        if (!ok) {
            reader.fail(reader.line(),
                        tr("The grade “%1” is not a whole number.")
                            .arg(shown(QString::fromUtf8(fields[3]))));
            break;
        }
        if (!reader.decode(fields[0], &qid) || !reader.decode(fields[2], &docno))
            break;
        Judgments &judgments = qrels[qid];
        if (judgments.contains(docno)) {
            reader.fail(reader.line(),
                        tr("Document “%1” is judged twice for query “%2”. Keep one line.")
                            .arg(shown(docno), shown(qid)));
            break;
        }
        judgments.insert(docno, grade);
    }
    if (reader.failed())
        return std::nullopt;
    return qrels;
}

std::optional<Run> readRun(QIODevice &device, const QString &fileName, Error *error, QString *tag,
                           const Progress &progress)
{
    if (!ensureOpen(device, fileName, error))
        return std::nullopt;
    LineReader reader(device, fileName, error, progress);
    Run run;
    QHash<QString, QHash<QString, qint64>> seen; // query → document → line
    std::vector<QByteArrayView> fields;
    QByteArrayView line;
    QString qid;
    QString docno;
    QByteArray lastTag;
    while (reader.next(&line)) {
        splitFields(line, &fields);
        if (fields.empty())
            continue;
        if (fields.size() < 6) {
            reader.fail(reader.line(),
                        tr("Expected 6 fields (query id, Q0, document id, rank, score, run tag) "
                           "but found %1. Is this a TREC run file?")
                            .arg(fields.size()));
            break;
        }
        bool ok = false;
        const double score
            = QByteArray::fromRawData(fields[4].data(), fields[4].size()).toDouble(&ok);
        if (!ok || !std::isfinite(score)) {
            reader.fail(
                reader.line(),
                tr("The score “%1” is not a number.").arg(shown(QString::fromUtf8(fields[4]))));
            break;
        }
        if (!reader.decode(fields[0], &qid) || !reader.decode(fields[2], &docno))
            break;
        QHash<QString, qint64> &lines = seen[qid];
        if (const auto it = lines.constFind(docno); it != lines.cend()) {
            reader.fail(reader.line(),
                        tr("Document “%1” is listed twice for query “%2” (also on line %3). "
                           "Keep one line per document and query.")
                            .arg(shown(docno), shown(qid))
                            .arg(it.value()));
            break;
        }
        lines.insert(docno, reader.line());
        run[qid].append(ScoredDoc{ docno, score });
        lastTag = fields[5].toByteArray();
    }
    if (reader.failed())
        return std::nullopt;
    if (tag) {
        QString decoded;
        if (!reader.decode(lastTag, &decoded))
            return std::nullopt;
        *tag = decoded;
    }
    return run;
}

std::optional<QList<Query>> readTopics(QIODevice &device, const QString &fileName, Error *error,
                                       const Progress &progress)
{
    if (!ensureOpen(device, fileName, error))
        return std::nullopt;
    LineReader reader(device, fileName, error, progress);
    QList<Query> topics;
    QHash<QString, qint64> seen;
    QByteArrayView line;
    while (reader.next(&line)) {
        const QByteArrayView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith('#'))
            continue;
        const qsizetype tab = line.indexOf('\t');
        if (tab < 0) {
            reader.fail(reader.line(),
                        tr("Expected a query id, a tab and the query text. Is this a topics "
                           "file?"));
            break;
        }
        QString id;
        QString text;
        if (!reader.decode(line.first(tab).trimmed(), &id)
            || !reader.decode(line.sliced(tab + 1), &text))
            break;
        text = text.trimmed();
        if (id.isEmpty() || hasSpace(id)) {
            reader.fail(reader.line(),
                        tr("The query id “%1” is empty or contains spaces.").arg(shown(id)));
            break;
        }
        if (text.isEmpty()) {
            reader.fail(reader.line(), tr("Query “%1” has no text.").arg(shown(id)));
            break;
        }
        if (const auto it = seen.constFind(id); it != seen.cend()) {
            reader.fail(reader.line(),
                        tr("Query “%1” is given twice (also on line %2). Keep one line per "
                           "query.")
                            .arg(shown(id))
                            .arg(it.value()));
            break;
        }
        seen.insert(id, reader.line());
        topics.append(Query{ id, text, {} });
    }
    if (reader.failed())
        return std::nullopt;
    return topics;
}

std::optional<Qrels> readQrelsFile(const QString &path, Error *error, const Progress &progress)
{
    QFile file(path);
    return readQrels(file, path, error, progress);
}

std::optional<Run> readRunFile(const QString &path, Error *error, QString *tag,
                               const Progress &progress)
{
    QFile file(path);
    return readRun(file, path, error, tag, progress);
}

std::optional<QList<Query>> readTopicsFile(const QString &path, Error *error,
                                           const Progress &progress)
{
    QFile file(path);
    return readTopics(file, path, error, progress);
}

namespace {

    enum class IdKind { Query, Document };

    bool validId(const QString &id, IdKind kind, QString *error)
    {
        if (!id.isEmpty() && !hasSpace(id))
            return true;
        if (error)
            *error = kind == IdKind::Query
                ? tr("The query id “%1” is empty or contains spaces; TREC files cannot hold it.")
                      .arg(shown(id))
                : tr("The document id “%1” is empty or contains spaces; TREC files cannot hold it.")
                      .arg(shown(id));
        return false;
    }

    bool writeBlock(QIODevice &device, const QByteArray &block, QString *error)
    {
        if (device.write(block) == block.size())
            return true;
        if (error)
            *error = tr("The file could not be written (%1).").arg(device.errorString());
        return false;
    }

} // namespace

bool writeRun(QIODevice &device, const Run &run, const QString &tag, QString *error)
{
    QString cleanTag = tag;
    for (QChar &c : cleanTag) {
        if (c.isSpace())
            c = u'_';
    }
    if (cleanTag.isEmpty())
        cleanTag = u"sift"_s;
    const QByteArray tagBytes = cleanTag.toUtf8();
    const QStringList queries = sortedIds(run.keys());
    QByteArray block;
    for (const QString &qid : queries) {
        if (!validId(qid, IdKind::Query, error))
            return false;
        const QByteArray qidBytes = qid.toUtf8();
        const QList<ScoredDoc> docs = trecOrder(run.value(qid));
        for (qsizetype i = 0; i < docs.size(); ++i) {
            const ScoredDoc &doc = docs.at(i);
            if (!validId(doc.docno, IdKind::Document, error))
                return false;
            if (!std::isfinite(doc.score)) {
                if (error)
                    *error = tr("Document “%1” of query “%2” has no finite score.")
                                 .arg(shown(doc.docno), shown(qid));
                return false;
            }
            block += qidBytes + " Q0 " + doc.docno.toUtf8() + ' ' + QByteArray::number(i + 1) + ' '
                + formatScore(doc.score).toLatin1() + ' ' + tagBytes + '\n';
        }
        if (block.size() > 64 * 1024) {
            if (!writeBlock(device, block, error))
                return false;
            block.clear();
        }
    }
    return writeBlock(device, block, error);
}

bool writeQrels(QIODevice &device, const Qrels &qrels, QString *error)
{
    QByteArray block;
    for (const QString &qid : sortedIds(qrels.keys())) {
        if (!validId(qid, IdKind::Query, error))
            return false;
        const QByteArray qidBytes = qid.toUtf8();
        const Judgments &judgments = qrels[qid];
        for (const QString &docno : sortedIds(judgments.keys())) {
            if (!validId(docno, IdKind::Document, error))
                return false;
            block += qidBytes + " 0 " + docno.toUtf8() + ' '
                + QByteArray::number(judgments.value(docno)) + '\n';
        }
        if (block.size() > 64 * 1024) {
            if (!writeBlock(device, block, error))
                return false;
            block.clear();
        }
    }
    return writeBlock(device, block, error);
}

} // namespace Eval::TrecFormat
