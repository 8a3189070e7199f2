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
    QString text = instructions.isEmpty() ? defaultTemplate() : instructions;
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
