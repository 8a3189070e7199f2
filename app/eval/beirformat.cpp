#include "beirformat.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <cctype>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("BeirFormat", text);
}

// An id as BEIR writes it: a string, or a whole number some exporters leave unquoted.
bool idFrom(const QJsonValue &value, QString *id)
{
    if (value.isString()) {
        *id = value.toString().trimmed();
        return !id->isEmpty();
    }
    if (value.isDouble()) {
        const double number = value.toDouble();
        if (!std::isfinite(number) || number != std::floor(number) || std::abs(number) > 1e15)
            return false;
        *id = QString::number(qint64(number));
        return true;
    }
    return false;
}

QJsonValue firstOf(const QJsonObject &object, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String &name : names) {
        const QJsonValue value = object.value(name);
        if (!value.isUndefined())
            return value;
    }
    return {};
}

bool objectFrom(QByteArrayView line, QJsonObject *object, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(QByteArray::fromRawData(line.data(), line.size()), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON (%1 at character %2).")
                     .arg(parseError.errorString())
                     .arg(parseError.offset + 1);
        return false;
    }
    if (!document.isObject()) {
        *error = tr("expected a JSON object on the line.");
        return false;
    }
    *object = document.object();
    return true;
}

// Text fields may be missing (empty) but must be strings when present.
bool textFrom(const QJsonValue &value, QString *text)
{
    if (value.isUndefined() || value.isNull()) {
        text->clear();
        return true;
    }
    if (!value.isString())
        return false;
    *text = value.toString();
    return true;
}

QList<QByteArrayView> fields(QByteArrayView line, char separator)
{
    QList<QByteArrayView> parts;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line.at(i) == separator) {
            parts.append(line.sliced(start, i - start));
            start = i + 1;
        }
    }
    return parts;
}

// Whitespace-separated words, as trec_eval reads its files.
QList<QByteArrayView> words(QByteArrayView line)
{
    QList<QByteArrayView> parts;
    qsizetype i = 0;
    while (i < line.size()) {
        while (i < line.size() && std::isspace(static_cast<unsigned char>(line.at(i))))
            ++i;
        const qsizetype start = i;
        while (i < line.size() && !std::isspace(static_cast<unsigned char>(line.at(i))))
            ++i;
        if (i > start)
            parts.append(line.sliced(start, i - start));
    }
    return parts;
}

QString utf8(QByteArrayView bytes)
{
    return QString::fromUtf8(bytes).trimmed();
}

} // namespace

bool BeirFormat::parseDocument(QByteArrayView line, Eval::Document *document, QString *error)
{
    QJsonObject object;
    if (!objectFrom(line, &object, error))
        return false;
    if (!idFrom(firstOf(object, { "_id"_L1, "id"_L1, "docno"_L1 }), &document->id)) {
        *error = tr("the document has no \"_id\" (a string).");
        return false;
    }
    if (!textFrom(object.value("title"_L1), &document->title)) {
        *error = tr("the document's \"title\" is not a string.");
        return false;
    }
    const QJsonValue text = firstOf(object, { "text"_L1, "contents"_L1, "body"_L1 });
    if (!text.isString()) {
        *error = tr("the document has no \"text\" (a string).");
        return false;
    }
    document->text = text.toString();
    return true;
}

bool BeirFormat::parseQuery(QByteArrayView line, Eval::Query *query, QString *error)
{
    QJsonObject object;
    if (!objectFrom(line, &object, error))
        return false;
    if (!idFrom(firstOf(object, { "_id"_L1, "id"_L1, "qid"_L1 }), &query->id)) {
        *error = tr("the query has no \"_id\" (a string).");
        return false;
    }
    const QJsonValue text = firstOf(object, { "text"_L1, "query"_L1 });
    if (!text.isString() || text.toString().trimmed().isEmpty()) {
        *error = tr("the query has no \"text\".");
        return false;
    }
    query->text = text.toString();
    if (!textFrom(object.value("instruction"_L1), &query->instruction)) {
        *error = tr("the query's \"instruction\" is not a string.");
        return false;
    }
    return true;
}

bool BeirFormat::isQrelsHeader(QByteArrayView line)
{
    const QList<QByteArrayView> parts = words(line);
    return parts.size() >= 2 && parts.at(0) == "query-id" && parts.at(1) == "corpus-id";
}

bool BeirFormat::parseQrel(QByteArrayView line, QString *queryId, QString *docId, int *grade,
                           QString *error)
{
    QList<QByteArrayView> parts = fields(line, '\t');
    if (parts.size() != 3)
        parts = words(line); // some exports use spaces
    if (parts.size() == 4)   // TREC qrels: qid iter docno rel
        parts.removeAt(1);
    if (parts.size() != 3) {
        *error = tr("expected three columns: query-id, corpus-id and score.");
        return false;
    }
    *queryId = utf8(parts.at(0));
    *docId = utf8(parts.at(1));
    if (queryId->isEmpty() || docId->isEmpty()) {
        *error = tr("the query id or the document id is empty.");
        return false;
    }
    bool ok = false;
    const QString score = utf8(parts.at(2));
    *grade = score.toInt(&ok);
    if (!ok) {
        // "1.0" is written by some tools; a fraction is not a grade.
        const double value = score.toDouble(&ok);
        ok = ok && std::isfinite(value) && value == std::floor(value) && std::abs(value) < 1e6;
        if (ok)
            *grade = int(value);
    }
    if (!ok) {
        *error = tr("the score “%1” is not a whole number.").arg(score.left(40));
        return false;
    }
    return true;
}

bool BeirFormat::parseTsvDocument(QByteArrayView line, Eval::Document *document, QString *error)
{
    const QList<QByteArrayView> parts = fields(line, '\t');
    if (parts.size() < 2 || parts.size() > 3) {
        *error = tr("expected a document id and its text (or id, title and text), separated by "
                    "tabs.");
        return false;
    }
    document->id = utf8(parts.at(0));
    if (document->id.isEmpty()) {
        *error = tr("the document id is empty.");
        return false;
    }
    document->title = parts.size() == 3 ? utf8(parts.at(1)) : QString();
    document->text = QString::fromUtf8(parts.constLast());
    return true;
}

bool BeirFormat::readLines(QIODevice *device,
                           const std::function<bool(qint64, QByteArrayView)> &onLine,
                           QString *error, qint64 *errorLine)
{
    constexpr qint64 ChunkBytes = 1024 * 1024;
    QByteArray buffer;
    qint64 lineNumber = 0;
    bool first = true;
    const auto deliver = [&](QByteArrayView line) {
        ++lineNumber;
        if (first) {
            first = false;
            if (line.startsWith("\xEF\xBB\xBF"))
                line = line.sliced(3);
        }
        if (line.endsWith('\r'))
            line.chop(1);
        bool blank = true;
        for (const char c : line) {
            if (!std::isspace(static_cast<unsigned char>(c))) {
                blank = false;
                break;
            }
        }
        return blank || onLine(lineNumber, line);
    };
    qsizetype start = 0;
    while (true) {
        // read() reserves its whole size first: ask for no more than is there.
        const qint64 available = device->bytesAvailable();
        const QByteArray chunk
            = device->read(available > 0 ? std::min(available, ChunkBytes) : ChunkBytes);
        if (chunk.isEmpty()) {
            if (!device->atEnd()) {
                if (error)
                    *error = tr("the file could not be read (%1).").arg(device->errorString());
                if (errorLine)
                    *errorLine = lineNumber + 1;
                return false;
            }
            break;
        }
        buffer.remove(0, start);
        start = 0;
        buffer.append(chunk);
        qsizetype newline;
        while ((newline = buffer.indexOf('\n', start)) >= 0) {
            if (!deliver(QByteArrayView(buffer).sliced(start, newline - start)))
                return true;
            start = newline + 1;
        }
        if (buffer.size() - start > MaxLineBytes) {
            if (error)
                *error = tr("the line is longer than %1 MB.").arg(MaxLineBytes / (1024 * 1024));
            if (errorLine)
                *errorLine = lineNumber + 1;
            return false;
        }
    }
    if (start < buffer.size())
        deliver(QByteArrayView(buffer).sliced(start));
    return true;
}
