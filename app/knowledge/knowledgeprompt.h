#pragma once

#include "retriever.h"

#include <QList>
#include <QString>

// The text that carries retrieved passages into a chat: the system prompt with numbered
// sources, the "Sources" list printed under a reply, and which [n] a reply cites.
namespace KnowledgePrompt {

// The default instructions; "{sources}" is replaced with the numbered passages.
QString defaultTemplate();
// `instructions` (by default the collection's template, else defaultTemplate()) with the selected
// passages as "[n] path:lines\n<text>" blocks in place of "{sources}".
QString systemPrompt(const RetrievalResult &result, const QString &instructions = {});
// "[n] path:lines" per selected passage, one a line.
QStringList sourceLines(const RetrievalResult &result);
// The source numbers a reply cites ([2], [1][3], [1, 2]), in order of first use, only those
// in 1…sourceCount.
QList<int> citedNumbers(const QString &reply, int sourceCount);
// The reply's Markdown with each citation of a source in 1…sourceCount made a link to
// "sift-source:<n>" (outside code), for the transcript to open the passage.
QString linkCitations(const QString &markdown, int sourceCount);

} // namespace KnowledgePrompt
