#pragma once

#include "message.h"

#include <QList>
#include <QStringView>

// Rough prompt sizes for the context-length guard. Text counts as about four characters per
// token; where the server reported prompt_tokens for a reply, that count replaces the estimate
// for everything the reply was asked with, so long conversations drift little.
namespace TokenEstimate {

constexpr int CharsPerToken = 4;

// Tokens of a piece of text at ~4 characters each (rounded up; 0 for empty text).
int forText(QStringView text);

// Tokens of what ChatSession::buildRequest() sends for the first `count` messages of `path`
// (all of them when count is negative) with `systemPrompt` in front. Messages the request
// leaves out (streaming, failed or empty replies) are left out here too.
int forPath(const QList<Message> &path, const QString &systemPrompt, qsizetype count = -1);

// True when the prompt plus the reply's budget exceeds the model's context.
// contextLength 0 (unknown) never exceeds.
bool exceedsContext(int promptTokens, int maxReplyTokens, int contextLength);

} // namespace TokenEstimate
