#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

// The chat extras the fake server honours (issue 17): response_format and logprobs.
namespace FakeChatExtras {

// The reply text for a request with response_format json_object/json_schema: a JSON value
// valid against the schema, or (invalid = true) one that breaks it at a predictable place
// (the first required property removed, else the root's type changed). Null string when the
// request asked for plain text.
QString structuredReply(const QJsonObject &body, const QString &lastUser, bool invalid);
// OpenAI's logprobs.content[] for one piece of text, deterministic, with `top` alternatives.
QJsonArray logprobsFor(const QString &piece, int top);
// The `"logprobs": {...}` object as compact JSON, for the recorded chunk shape.
QByteArray logprobsObject(const QString &piece, int top);
// How many image_url parts the last user message carried.
int imageParts(const QJsonObject &body);

} // namespace FakeChatExtras
