#include "knowledgeprompt.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

QString KnowledgePrompt::defaultTemplate()
{
    return QCoreApplication::translate(
        "KnowledgePrompt",
        "Answer the user's question from the numbered sources below. Cite every source you "
        "use with its number in square brackets, like [1] or [2][3]. If the sources do not "
        "hold the answer, say so instead of guessing.\n\nSources:\n\n{sources}");
}

QString KnowledgePrompt::systemPrompt(const RetrievalResult &result, const QString &instructions)
{
    QStringList blocks;
    for (const RetrievalCandidate &c : result.selected()) {
        blocks << u"[%1] %2:%3\n%4"_s.arg(c.sourceNumber)
                      .arg(c.passage.path, c.passage.chunk.lines(), c.passage.chunk.text.trimmed());
    }
    QString text = !instructions.isEmpty()         ? instructions
        : !result.options.promptTemplate.isEmpty() ? result.options.promptTemplate
                                                   : defaultTemplate();
    const QString sources = blocks.join(u"\n\n"_s);
    if (text.contains(u"{sources}"_s))
        text.replace(u"{sources}"_s, sources);
    else
        text += u"\n\n"_s + sources;
    return text;
}

QStringList KnowledgePrompt::sourceLines(const RetrievalResult &result)
{
    QStringList lines;
    for (const RetrievalCandidate &c : result.selected())
        lines << u"[%1] %2:%3"_s.arg(c.sourceNumber).arg(c.passage.path, c.passage.chunk.lines());
    return lines;
}

QList<int> KnowledgePrompt::citedNumbers(const QString &reply, int sourceCount)
{
    static const QRegularExpression bracket(u"\\[(\\d+(?:\\s*,\\s*\\d+)*)\\]"_s);
    QList<int> numbers;
    auto it = bracket.globalMatch(reply);
    while (it.hasNext()) {
        const QStringList parts = it.next().captured(1).split(u',');
        for (const QString &part : parts) {
            bool ok = false;
            const int n = part.trimmed().toInt(&ok);
            if (ok && n >= 1 && n <= sourceCount && !numbers.contains(n))
                numbers.append(n);
        }
    }
    return numbers;
}

QString KnowledgePrompt::linkCitations(const QString &markdown, int sourceCount)
{
    if (sourceCount <= 0)
        return markdown;
    // [1], [1, 2] or [1][2]; not the text of a link "[1](…)" or a reference "[1]:".
    static const QRegularExpression bracket(u"\\[(\\d+(?:\\s*,\\s*\\d+)*)\\](?![(:])"_s);
    QStringList lines = markdown.split(u'\n');
    QChar fence;
    for (QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"```"_s) || trimmed.startsWith(u"~~~"_s)) {
            if (fence.isNull())
                fence = trimmed.at(0);
            else if (trimmed.at(0) == fence)
                fence = QChar();
            continue;
        }
        if (!fence.isNull() || line.startsWith(u"    "_s) || !line.contains(u'['))
            continue;
        QString out;
        qsizetype at = 0;
        auto it = bracket.globalMatch(line);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            // Inside `inline code` (an odd number of backticks before it): left alone.
            if (line.left(match.capturedStart()).count(u'`') % 2 == 1)
                continue;
            const QStringList parts = match.captured(1).split(u',');
            QStringList links;
            bool all = true;
            for (const QString &part : parts) {
                const int n = part.trimmed().toInt();
                all = all && n >= 1 && n <= sourceCount;
                links << u"[%1](sift-source:%1)"_s.arg(n);
            }
            if (!all)
                continue;
            out += line.mid(at, match.capturedStart() - at);
            out += u"\\["_s + links.join(u", "_s) + u"\\]"_s;
            at = match.capturedEnd();
        }
        if (at > 0)
            line = out + line.mid(at);
    }
    return lines.join(u'\n');
}
