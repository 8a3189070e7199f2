#pragma once

#include "message.h"

#include <QList>
#include <QSize>
#include <QStringView>

// Rough prompt sizes for the context-length guard. Text counts as about four characters per
// token, attached text files as the fenced blocks they are sent as, images by OpenAI's tile
// rule (forImage); where the server reported prompt_tokens for a reply, that count replaces the
// estimate for everything the reply was asked with, so long conversations drift little.
namespace TokenEstimate {

constexpr int CharsPerToken = 4;

// Tokens of a piece of text at ~4 characters each (rounded up; 0 for empty text).
int forText(QStringView text);

// Tokens of an attached picture of `size` pixels (as sent, after Sift scaled it), by OpenAI's
// published rule for vision input at detail "high", which DeepInfra's vision models come close
// to: the picture scaled (never enlarged) to fit 2048×2048, then so its shorter side is at most
// 768, costs ImageBaseTokens plus ImageTileTokens per 512×512 tile it spans. A 1024×768 photo:
// 2×2 tiles, 765 tokens. An invalid size (unreadable picture) counts as UnknownImageTokens.
constexpr int ImageBaseTokens = 85;
constexpr int ImageTileTokens = 170;
constexpr int ImageTileSide = 512;
constexpr int UnknownImageTokens = ImageBaseTokens + 4 * ImageTileTokens; // 1024×1024
int forImage(QSize size);
// The picture's size read from the encoded image's header (no decoding), then forImage().
int forImage(const Attachment &image);

// Tokens of a user message as sent: `text` with the text files appended as fenced blocks
// (Attachments::textWithFiles), plus forImage() for each picture.
int forMessage(const QString &text, const QList<Attachment> &attachments);

// Tokens of what ChatSession::buildRequest() sends for the first `count` messages of `path`
// (all of them when count is negative) with `systemPrompt` in front. Messages the request
// leaves out (streaming, failed or empty replies) are left out here too.
int forPath(const QList<Message> &path, const QString &systemPrompt, qsizetype count = -1);

// True when the prompt plus the reply's budget exceeds the model's context.
// contextLength 0 (unknown) never exceeds.
bool exceedsContext(int promptTokens, int maxReplyTokens, int contextLength);

} // namespace TokenEstimate
