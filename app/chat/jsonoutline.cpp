#include "jsonoutline.h"

#include "chatoptions.h"
#include "jsonschema.h"

#include <QCoreApplication>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

// Deeper JSON is refused rather than walked (QJsonDocument stops at 1,024 too).
constexpr int MaxDepth = 1024;

QString unfenced(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (!trimmed.startsWith("```"_L1) || !trimmed.endsWith("```"_L1) || trimmed.size() < 6)
        return trimmed;
    const qsizetype firstLine = trimmed.indexOf(u'\n');
    if (firstLine < 0)
        return trimmed;
    return trimmed.mid(firstLine + 1, trimmed.size() - 3 - firstLine - 1).trimmed();
}

void skipSpace(QStringView text, qsizetype &pos)
{
    while (pos < text.size() && text.at(pos).isSpace())
        ++pos;
}

// A string literal from its opening quote; false when it does not end.
bool readString(QStringView text, qsizetype &pos, QString *out)
{
    const qsizetype start = pos++;
    while (pos < text.size()) {
        const QChar c = text.at(pos);
        if (c == u'\\') {
            pos += 2;
            continue;
        }
        ++pos;
        if (c == u'"') {
            *out = text.sliced(start, pos - start).toString();
            return true;
        }
    }
    return false;
}

} // namespace

std::optional<JsonOutline> JsonOutline::parse(const QString &input)
{
    const QString text = unfenced(input);
    // QJsonDocument decides what is valid (wrapped so a scalar parses too); the walk below only
    // keeps the order and the spelling of what it accepted.
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson("[" + text.toUtf8() + "]", &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return std::nullopt;
    JsonOutline outline;
    qsizetype pos = 0;
    if (outline.parseValue(text, pos, 0) != 0)
        return std::nullopt;
    skipSpace(text, pos);
    if (pos != text.size())
        return std::nullopt;
    return outline;
}

int JsonOutline::parseValue(QStringView text, qsizetype &pos, int depth)
{
    skipSpace(text, pos);
    if (pos >= text.size() || depth > MaxDepth)
        return -1;
    const int index = int(m_nodes.size());
    m_nodes.append(Node());
    const QChar open = text.at(pos);
    if (open != u'{' && open != u'[') {
        if (open == u'"') {
            QString literal;
            if (!readString(text, pos, &literal))
                return -1;
            m_nodes[index].scalar = literal;
            return index;
        }
        const qsizetype start = pos;
        while (pos < text.size() && !text.at(pos).isSpace() && text.at(pos) != u','
               && text.at(pos) != u']' && text.at(pos) != u'}')
            ++pos;
        m_nodes[index].scalar = text.sliced(start, pos - start).toString();
        return index;
    }
    const bool object = open == u'{';
    const QChar close = object ? u'}' : u']';
    m_nodes[index].kind = object ? Node::Kind::Object : Node::Kind::Array;
    ++pos;
    skipSpace(text, pos);
    if (pos < text.size() && text.at(pos) == close) {
        ++pos;
        return index; // empty: nothing to fold
    }
    m_nodes[index].fold = m_folds++;
    while (pos < text.size()) {
        skipSpace(text, pos);
        QString key;
        if (object) {
            if (pos >= text.size() || text.at(pos) != u'"' || !readString(text, pos, &key))
                return -1;
            skipSpace(text, pos);
            if (pos >= text.size() || text.at(pos) != u':')
                return -1;
            ++pos;
        }
        const int child = parseValue(text, pos, depth + 1);
        if (child < 0)
            return -1;
        m_nodes[child].key = key;
        m_nodes[index].children.append(child);
        skipSpace(text, pos);
        if (pos >= text.size())
            return -1;
        if (text.at(pos) == u',') {
            ++pos;
            continue;
        }
        if (text.at(pos) == close) {
            ++pos;
            return index;
        }
        return -1;
    }
    return -1;
}

void JsonOutline::write(int node, int depth, bool last, const QSet<int> *folded, bool markers,
                        const QString &indentUnit, QList<Line> &out) const
{
    const Node &n = m_nodes.at(node);
    const QString indent = indentUnit.repeated(depth);
    const QString key = n.key.isEmpty() ? QString() : n.key + u": "_s;
    const QString comma = last ? QString() : u","_s;
    const auto line = [&](const QString &marker, const QString &content, int fold, bool isFolded) {
        out.append({ indent + (markers ? marker : QString()) + content, fold, isFolded });
    };
    const QString blank = u"  "_s;
    if (n.kind == Node::Kind::Scalar) {
        line(blank, key + n.scalar + comma, -1, false);
        return;
    }
    const bool object = n.kind == Node::Kind::Object;
    const QString open = object ? u"{"_s : u"["_s;
    const QString close = object ? u"}"_s : u"]"_s;
    if (n.children.isEmpty()) {
        line(blank, key + open + close + comma, -1, false);
        return;
    }
    if (folded && folded->contains(n.fold)) {
        const int count = int(n.children.size());
        const QString summary = object
            ? QCoreApplication::translate("JsonOutline", "%n keys", nullptr, count)
            : QCoreApplication::translate("JsonOutline", "%n items", nullptr, count);
        line(u"▸ "_s, key + open + u"… "_s + summary + close + comma, n.fold, true);
        return;
    }
    line(u"▾ "_s, key + open, n.fold, false);
    for (qsizetype i = 0; i < n.children.size(); ++i)
        write(n.children.at(i), depth + 1, i + 1 == n.children.size(), folded, markers, indentUnit,
              out);
    line(blank, close + comma, -1, false);
}

QList<JsonOutline::Line> JsonOutline::lines(const QSet<int> &folded) const
{
    QList<Line> out;
    if (!m_nodes.isEmpty())
        write(0, 0, true, &folded, true, u"  "_s, out);
    return out;
}

QString JsonOutline::text(const QSet<int> &folded) const
{
    QStringList texts;
    for (const Line &line : lines(folded))
        texts.append(line.text);
    return texts.join(u'\n');
}

QString JsonOutline::pretty() const
{
    QList<Line> out;
    if (!m_nodes.isEmpty())
        write(0, 0, true, nullptr, false, u"    "_s, out);
    QStringList texts;
    for (const Line &line : std::as_const(out))
        texts.append(line.text);
    return texts.join(u'\n');
}

QSet<int> JsonOutline::allBelowTop() const
{
    QSet<int> folds;
    for (int i = 1; i < m_folds; ++i)
        folds.insert(i);
    return folds;
}

ReplyCheck ReplyCheck::of(const QString &content, const QJsonObject &settings, bool complete)
{
    ReplyCheck check;
    const ResponseFormat format = ResponseFormat::fromJson(settings.value("response_format"_L1));
    if (!complete || format.kind == ResponseFormat::Kind::Text)
        return check;
    check.applies = true;
    if (format.kind == ResponseFormat::Kind::JsonObject) {
        bool isJson = false;
        JsonSchema::prettyJson(content, &isJson);
        check.ok = isJson;
        check.text = isJson
            ? QCoreApplication::translate("ReplyCheck", "✓ The reply is valid JSON.")
            : QCoreApplication::translate("ReplyCheck", "✗ The reply is not valid JSON.");
        return check;
    }
    const JsonSchema::Result result = JsonSchema::validateText(content, format.schema);
    check.ok = result.ok;
    check.text = result.ok
        ? QCoreApplication::translate("ReplyCheck", "✓ The reply follows the schema “%1”.")
              .arg(format.name)
        : QCoreApplication::translate("ReplyCheck",
                                      "✗ The reply does not follow the schema “%1” at %2: %3.")
              .arg(format.name, result.path, result.message);
    return check;
}
