#include "evalexport.h"

#include "measures.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Eval::Export {

namespace {

    bool readsAsNumber(const QString &field)
    {
        bool ok = false;
        field.toDouble(&ok);
        return ok;
    }

    QString csvField(QString field)
    {
        if (!field.isEmpty() && QStringView(u"=+-@").contains(field.front())
            && !readsAsNumber(field))
            field.prepend(u'\'');
        if (field.contains(u',') || field.contains(u'"') || field.contains(u'\n')
            || field.contains(u'\r')) {
            field.replace(u"\""_s, u"\"\""_s);
            return u'"' + field + u'"';
        }
        return field;
    }

    QString csvLine(const QStringList &fields)
    {
        QStringList out;
        out.reserve(fields.size());
        for (const QString &field : fields)
            out.append(csvField(field));
        return out.join(u',') + u"\r\n"_s;
    }

    QString markdownCell(QString cell)
    {
        cell.replace(u"\r\n"_s, u" "_s);
        cell.replace(u'\n', u' ');
        cell.replace(u'\r', u' ');
        cell.replace(u"|"_s, u"\\|"_s);
        return cell;
    }

    QString markdownLine(const QStringList &cells, qsizetype columns)
    {
        QString line = u"|"_s;
        for (qsizetype i = 0; i < columns; ++i)
            line += u' ' + markdownCell(cells.value(i)) + u" |"_s;
        return line + u'\n';
    }

    QString documentText(const QString &id, const QHash<QString, Document> &documents)
    {
        const auto it = documents.constFind(id);
        if (it == documents.cend())
            return id;
        const QString title = it->title.trimmed();
        if (title.isEmpty())
            return it->text;
        if (it->text.isEmpty())
            return title;
        return title + u"\n\n"_s + it->text;
    }

    // A JSON string literal, quotes included.
    QByteArray jsonString(const QString &text)
    {
        // {"k":"…"} → "…"
        QByteArray object
            = QJsonDocument(QJsonObject{ { u"k"_s, text } }).toJson(QJsonDocument::Compact);
        return object.mid(5, object.size() - 6);
    }

} // namespace

QString tableToCsv(const QStringList &header, const QList<QStringList> &rows)
{
    QString out = csvLine(header);
    for (const QStringList &row : rows)
        out += csvLine(row);
    return out;
}

QString tableToMarkdown(const QStringList &header, const QList<QStringList> &rows)
{
    qsizetype columns = header.size();
    for (const QStringList &row : rows)
        columns = std::max(columns, row.size());
    QString out = markdownLine(header, columns);
    out += u"|"_s;
    for (qsizetype i = 0; i < columns; ++i)
        out += u" --- |"_s;
    out += u'\n';
    for (const QStringList &row : rows)
        out += markdownLine(row, columns);
    return out;
}

QByteArray runToRanxJson(const Run &run)
{
    // QJsonObject keeps its keys sorted; write by hand to keep trec_eval's order.
    QByteArray out = "{";
    bool firstQuery = true;
    for (const QString &qid : sortedIds(run.keys())) {
        out += firstQuery ? "\n  " : ",\n  ";
        firstQuery = false;
        out += jsonString(qid) + ": {";
        bool firstDoc = true;
        for (const ScoredDoc &doc : trecOrder(run.value(qid))) {
            if (!std::isfinite(doc.score))
                continue;
            out += firstDoc ? "" : ", ";
            firstDoc = false;
            out += jsonString(doc.docno) + ": " + QByteArray::number(doc.score, 'g', 17);
        }
        out += "}";
    }
    out += firstQuery ? "}\n" : "\n}\n";
    return out;
}

WorkbenchQuery workbenchQuery(const Query &query, const QStringList &candidates,
                              const Judgments &judgments, const QHash<QString, Document> &documents,
                              const QList<NamedRun> &systems)
{
    WorkbenchQuery out;
    out.set.query = query.text;
    out.set.instruction = query.instruction;
    QStringList ids = candidates;
    QSet<QString> seen(candidates.cbegin(), candidates.cend());
    QStringList judged = judgments.keys();
    judged = sortedIds(judged);
    for (const QString &id : std::as_const(judged)) {
        if (!seen.contains(id)) {
            seen.insert(id);
            ids.append(id);
        }
    }
    QHash<QString, int> indexOf;
    for (const QString &id : std::as_const(ids)) {
        RerankDocument doc;
        doc.text = documentText(id, documents);
        const auto grade = judgments.constFind(id);
        if (grade != judgments.cend())
            doc.label = std::clamp(*grade, 0, RerankDocument::MaxLabel);
        indexOf.insert(id, int(out.set.documents.size()));
        out.set.documents.append(doc);
    }
    for (const NamedRun &system : systems) {
        RerankResult result;
        result.model = system.name;
        result.documentCount = int(out.set.documents.size());
        out.set.models.append(system.name);
        for (const ScoredDoc &doc : trecOrder(system.run.value(query.id))) {
            const auto index = indexOf.constFind(doc.docno);
            if (index != indexOf.cend())
                result.ranked.append(RerankScore{ *index, doc.score });
        }
        // A system that did not retrieve every document ranks fewer, as a top-N cut would.
        result.state = RerankResult::State::Complete;
        out.results.append(result);
    }
    return out;
}

} // namespace Eval::Export
