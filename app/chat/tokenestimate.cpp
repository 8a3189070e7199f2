#include "tokenestimate.h"

#include <QBuffer>
#include <QImageReader>

#include <algorithm>
#include <cmath>
#include <limits>

namespace TokenEstimate {

int forText(QStringView text)
{
    const qsizetype tokens = (text.size() + CharsPerToken - 1) / CharsPerToken;
    return int(std::min<qsizetype>(tokens, std::numeric_limits<int>::max()));
}

int forImage(QSize size)
{
    if (size.isEmpty())
        return UnknownImageTokens;
    double width = size.width();
    double height = size.height();
    const auto shrink = [&](double factor) {
        if (factor < 1.0) {
            width *= factor;
            height *= factor;
        }
    };
    shrink(2048.0 / std::max(width, height));
    shrink(768.0 / std::min(width, height));
    const auto tiles
        = [](double side) { return std::max(1, int(std::ceil(std::floor(side) / ImageTileSide))); };
    return ImageBaseTokens + ImageTileTokens * tiles(width) * tiles(height);
}

int forImage(const Attachment &image)
{
    QByteArray data = image.data; // shared, not copied
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    return forImage(reader.size());
}

int forMessage(const QString &text, const QList<Attachment> &attachments)
{
    qint64 total = forText(Attachments::textWithFiles(text, attachments));
    for (const Attachment &attachment : attachments) {
        if (attachment.isImage())
            total += forImage(attachment);
    }
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
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
            total += forMessage(path.at(i).content, path.at(i).attachments);
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
