#include "documentimport.h"

#include "chat/tokenestimate.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

constexpr int MaxCsvFields = 10000; // per record; more are dropped

void addIssue(DocumentImport::Result &result, int line, const QString &message)
{
    ++result.issueCount;
    if (result.issues.size() < DocumentImport::MaxIssues)
        result.issues << DocumentImport::Issue{ line, message };
}

// Appends a document unless it is empty; false once the cap is reached.
bool addDocument(DocumentImport::Result &result, const QString &text, int label = -1)
{
    if (text.isEmpty())
        return true;
    if (result.documents.size() >= DocumentImport::MaxDocuments) {
        result.truncated = true;
        return false;
    }
    result.documents << text;
    result.labels << label;
    return true;
}

bool isLabelName(const QString &name)
{
    const QString n = name.trimmed().toLower();
    return n == "label"_L1 || n == "relevance"_L1;
}

QString decode(const QByteArray &data, DocumentImport::Result &result)
{
    QByteArrayView bytes(data);
    if (bytes.size() > DocumentImport::MaxInputBytes) {
        bytes = bytes.first(DocumentImport::MaxInputBytes);
        result.truncated = true;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    return QString::fromUtf8(bytes);
}

QStringList splitLines(const QString &text)
{
    QString normalised = text;
    normalised.replace(u"\r\n"_s, u"\n"_s);
    normalised.replace(u'\r', u'\n');
    return normalised.split(u'\n');
}

bool isFence(const QString &trimmedLine)
{
    return trimmedLine.startsWith(u"```"_s) || trimmedLine.startsWith(u"~~~"_s);
}

DocumentImport::Result fromLines(const QString &text)
{
    DocumentImport::Result result;
    for (const QString &line : splitLines(text)) {
        if (!addDocument(result, line.trimmed()))
            break;
    }
    return result;
}

// Blank-line separated blocks; with fences, blank lines inside ``` or ~~~ do not split.
DocumentImport::Result fromBlocks(const QString &text, bool respectFences)
{
    DocumentImport::Result result;
    QStringList block;
    bool inFence = false;
    const auto flush = [&] {
        const QString joined = block.join(u'\n').trimmed();
        block.clear();
        return addDocument(result, joined);
    };
    for (const QString &line : splitLines(text)) {
        const QString trimmed = line.trimmed();
        if (respectFences && isFence(trimmed))
            inFence = !inFence;
        if (trimmed.isEmpty() && !inFence) {
            if (!flush())
                return result;
            continue;
        }
        block << line;
    }
    flush();
    return result;
}

} // namespace

DocumentImport::Split DocumentImport::detectSplit(const QString &text)
{
    bool seenText = false;
    bool blankAfterText = false;
    for (const QString &line : splitLines(text)) {
        if (line.trimmed().isEmpty()) {
            blankAfterText = seenText;
        } else {
            if (blankAfterText)
                return Split::Blocks;
            seenText = true;
        }
    }
    return Split::Lines;
}

DocumentImport::Result DocumentImport::fromText(const QString &text, Split split)
{
    QString bounded = text;
    bool truncated = false;
    if (bounded.size() > MaxInputBytes) {
        bounded.truncate(MaxInputBytes);
        truncated = true;
    }
    if (split == Split::Auto)
        split = detectSplit(bounded);
    Result result = split == Split::Blocks ? fromBlocks(bounded, false) : fromLines(bounded);
    result.truncated = result.truncated || truncated;
    return result;
}

DocumentImport::Result DocumentImport::fromTxt(const QByteArray &data)
{
    Result decoded;
    const QString text = decode(data, decoded);
    Result result = fromLines(text);
    result.truncated = result.truncated || decoded.truncated;
    return result;
}

DocumentImport::Result DocumentImport::fromMarkdown(const QByteArray &data)
{
    Result decoded;
    const QString text = decode(data, decoded);
    Result result = fromBlocks(text, true);
    result.truncated = result.truncated || decoded.truncated;
    return result;
}

QList<QStringList> DocumentImport::parseCsv(const QByteArray &data, QChar delimiter, int maxRecords,
                                            QList<int> *recordLines, bool *unterminatedQuote)
{
    Result decoded;
    const QString text = decode(data, decoded);
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;       // inside a quoted field
    bool fieldStarted = false; // the current record has content (so a final newline ends it)
    int line = 1;
    int recordLine = 1;
    const qsizetype n = text.size();

    const auto endField = [&] {
        if (record.size() < MaxCsvFields)
            record << field;
        field.clear();
    };
    const auto endRecord = [&] {
        endField();
        records << record;
        if (recordLines)
            *recordLines << recordLine;
        record.clear();
        fieldStarted = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        if (maxRecords >= 0 && records.size() >= maxRecords)
            break;
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (!fieldStarted) {
            recordLine = line;
            fieldStarted = true;
        }
        if (c == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (c == delimiter) {
            endField();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
        } else {
            // Lenient like spreadsheets: a stray quote inside an unquoted field is kept as text.
            field += c;
        }
    }
    if (unterminatedQuote)
        *unterminatedQuote = quoted;
    if (fieldStarted && (maxRecords < 0 || records.size() < maxRecords))
        endRecord();
    return records;
}

DocumentImport::Result DocumentImport::fromCsv(const QByteArray &data, const CsvOptions &options)
{
    Result result;
    QList<int> lines;
    bool unterminated = false;
    const QList<QStringList> records
        = parseCsv(data, options.delimiter, int(MaxDocuments) + 1, &lines, &unterminated);
    result.truncated = data.size() > MaxInputBytes;
    if (records.isEmpty()) {
        result.error = QCoreApplication::translate(
            "DocumentImport",
            "The CSV file is empty. Choose a file with a header row and documents.");
        return result;
    }

    int column = options.columnIndex;
    qsizetype first = 0;
    if (options.hasHeader) {
        result.columns = records.constFirst();
        first = 1;
    } else {
        for (qsizetype i = 0; i < records.constFirst().size(); ++i)
            result.columns << QString::number(i + 1);
    }
    if (!options.column.isEmpty()) {
        column = -1;
        for (qsizetype i = 0; i < result.columns.size(); ++i) {
            if (result.columns.at(i).trimmed().compare(options.column.trimmed(),
                                                       Qt::CaseInsensitive)
                == 0) {
                column = int(i);
                break;
            }
        }
        if (column < 0) {
            result.error = QCoreApplication::translate(
                               "DocumentImport",
                               "The CSV file has no column named \"%1\". Choose one of: %2.")
                               .arg(options.column, result.columns.join(u", "_s));
            return result;
        }
    }
    if (column < 0 || column >= result.columns.size()) {
        result.error = QCoreApplication::translate(
                           "DocumentImport",
                           "The CSV file has no column %1. Choose a column between 1 and %2.")
                           .arg(column + 1)
                           .arg(result.columns.size());
        return result;
    }

    for (qsizetype r = first; r < records.size(); ++r) {
        const QStringList &record = records.at(r);
        if (record.size() == 1 && record.constFirst().trimmed().isEmpty())
            continue; // blank line
        if (column >= record.size()) {
            addIssue(result, lines.at(r),
                     QCoreApplication::translate(
                         "DocumentImport",
                         "Line %1 has only %2 columns; it was skipped. Check its quoting.")
                         .arg(lines.at(r))
                         .arg(record.size()));
            continue;
        }
        const int label = options.labelColumn >= 0 && options.labelColumn < record.size()
            ? parseLabel(record.at(options.labelColumn))
            : -1;
        if (!addDocument(result, record.at(column).trimmed(), label))
            break;
    }
    if (unterminated) {
        addIssue(result, lines.isEmpty() ? 1 : lines.constLast(),
                 QCoreApplication::translate(
                     "DocumentImport",
                     "A quoted field starting on line %1 never ends; the rest of the file was read "
                     "as part of it. Close the quote.")
                     .arg(lines.isEmpty() ? 1 : lines.constLast()));
    }
    return result;
}

DocumentImport::Result DocumentImport::fromJsonLines(const QByteArray &data, const QString &field)
{
    Result result;
    QByteArrayView bytes(data);
    if (bytes.size() > MaxInputBytes) {
        bytes = bytes.first(MaxInputBytes);
        result.truncated = true;
    }
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);
    int line = 0;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        ++line;
        const QByteArray text = bytes.sliced(start, end - start).toByteArray().trimmed();
        start = end + 1;
        if (text.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            addIssue(result, line,
                     QCoreApplication::translate(
                         "DocumentImport",
                         "Line %1 is not a JSON object; it was skipped. Fix or remove it.")
                         .arg(line));
            continue;
        }
        const QJsonObject object = document.object();
        const QJsonValue value = object.value(field);
        if (!value.isString()) {
            addIssue(result, line,
                     QCoreApplication::translate(
                         "DocumentImport", "Line %1 has no text field \"%2\"; it was skipped.")
                         .arg(line)
                         .arg(field));
            continue;
        }
        QJsonValue labelValue = object.value(u"label"_s);
        if (labelValue.isUndefined())
            labelValue = object.value(u"relevance"_s);
        const int label = labelValue.isDouble() ? parseLabel(QString::number(labelValue.toDouble()))
                                                : parseLabel(labelValue.toString());
        if (!addDocument(result, value.toString().trimmed(), label))
            break;
    }
    return result;
}

int DocumentImport::parseLabel(const QString &text)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || value != double(int(value)) || value < 0 || value > 3)
        return -1;
    return int(value);
}

DocumentImport::CsvSniff DocumentImport::sniffCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return sniffCsv(file.read(256 * 1024));
}

DocumentImport::CsvOptions DocumentImport::CsvSniff::options() const
{
    CsvOptions csv;
    csv.delimiter = delimiter;
    csv.columnIndex = textColumn;
    csv.labelColumn = labelColumn;
    return csv;
}

DocumentImport::CsvSniff DocumentImport::sniffCsv(const QByteArray &head)
{
    CsvSniff sniff;
    // The delimiter that splits the header record into most fields; quotes are honoured, so a
    // quoted "a, b" does not count. Ties keep the comma.
    qsizetype best = 0;
    for (const QChar delimiter : { QChar(u','), QChar(u';'), QChar(u'\t') }) {
        const QStringList header = parseCsv(head, delimiter, 1).value(0);
        if (header.size() > best) {
            best = header.size();
            sniff.delimiter = delimiter;
            sniff.columns = header;
        }
    }
    for (int i = 0; i < sniff.columns.size(); ++i) {
        const QString name = sniff.columns.at(i).trimmed().toLower();
        if (name == "text"_L1 || name == "document"_L1 || name == "passage"_L1
            || name == "content"_L1) {
            sniff.textColumn = i;
            break;
        }
    }
    for (int i = 0; i < sniff.columns.size(); ++i) {
        if (i != sniff.textColumn && isLabelName(sniff.columns.at(i))) {
            sniff.labelColumn = i;
            break;
        }
    }
    return sniff;
}

DocumentImport::Format DocumentImport::formatForFileName(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"md"_s || suffix == u"markdown"_s)
        return Format::Markdown;
    if (suffix == u"csv"_s)
        return Format::Csv;
    if (suffix == u"jsonl"_s || suffix == u"ndjson"_s)
        return Format::JsonLines;
    return Format::Text;
}

DocumentImport::Result DocumentImport::fromData(const QByteArray &data, Format format,
                                                const CsvOptions &csv)
{
    switch (format) {
    case Format::Markdown:
        return fromMarkdown(data);
    case Format::Csv:
        return fromCsv(data, csv);
    case Format::JsonLines:
        return fromJsonLines(data);
    case Format::Auto:
    case Format::Text:
        break;
    }
    return fromTxt(data);
}

DocumentImport::Result DocumentImport::fromFile(const QString &path, const CsvOptions &csv)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Result result;
        result.error = QCoreApplication::translate(
                           "DocumentImport", "Cannot read %1: %2. Check the path and permissions.")
                           .arg(QFileInfo(path).fileName(), file.errorString());
        return result;
    }
    if (file.size() > MaxInputBytes) {
        Result result;
        result.error
            = QCoreApplication::translate("DocumentImport",
                                          "%1 is larger than %2 MB. Split it into smaller files.")
                  .arg(QFileInfo(path).fileName())
                  .arg(MaxInputBytes / (1024 * 1024));
        return result;
    }
    return fromData(file.read(MaxInputBytes + 1), formatForFileName(path), csv);
}

qint64 DocumentImport::estimateTokens(const QString &text)
{
    return TokenEstimate::forText(text);
}

qint64 DocumentImport::estimateTokens(const QStringList &documents)
{
    qint64 total = 0;
    for (const QString &document : documents)
        total += estimateTokens(document);
    return total;
}
