#include "tokenestimate.h"

#include <algorithm>
#include <limits>

namespace TokenEstimate {

int forText(QStringView text)
{
    const qsizetype tokens = (text.size() + CharsPerToken - 1) / CharsPerToken;
    return int(std::min<qsizetype>(tokens, std::numeric_limits<int>::max()));
}

static bool isSent(const Message &message)
{
    // Mirrors ChatSession::buildRequest().
    if (message.state == Message::State::Streaming)
        return false;
    return !(message.isAssistant()
             && (message.state == Message::State::Failed || message.content.isEmpty()));
}

int forPath(const QList<Message> &path, const QString &systemPrompt, qsizetype count)
{
    if (count < 0 || count > path.size())
        count = path.size();
    // The newest sent reply the server counted: its prompt_tokens cover the system prompt and
    // every message before it.
    qsizetype counted = -1;
    for (qsizetype i = count - 1; i >= 0; --i) {
        const Message &message = path.at(i);
        if (message.isAssistant() && isSent(message) && message.usage.promptTokens > 0) {
            counted = i;
            break;
        }
    }
    qint64 total = 0;
    qsizetype first = 0;
    if (counted >= 0) {
        const Message &reply = path.at(counted);
        total = qint64(reply.usage.promptTokens)
            + (reply.usage.completionTokens > 0 ? reply.usage.completionTokens
                                                : forText(reply.content));
        first = counted + 1;
    } else if (!systemPrompt.trimmed().isEmpty()) {
        total = forText(systemPrompt);
    }
    for (qsizetype i = first; i < count; ++i) {
        if (isSent(path.at(i)))
            total += forText(path.at(i).content);
    }
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

bool exceedsContext(int promptTokens, int maxReplyTokens, int contextLength)
{
    if (contextLength <= 0)
        return false;
    return qint64(promptTokens) + std::max(0, maxReplyTokens) > contextLength;
}

} // namespace TokenEstimate
