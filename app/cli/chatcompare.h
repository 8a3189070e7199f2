#pragma once

#include "api/endpoint.h"
#include "chat/attachments.h"
#include "config/runoptions.h"

#include <QString>
#include <QStringList>

class ChatSession;

// `sift chat -m A -m B [-m C -m D] [--json] PROMPT`: one prompt to several models at once
// (CompareSession), with the same attachments, parameters and response format for each. Each reply
// is printed under a header line with its model id, in the order the models were given, as soon as
// it and those before it have ended; then a table of time to first token, tokens per second, tokens
// and cost. With --json, one object:
// {"replies": [{"model", "text", "ttft_ms", "tokens_per_s", "completion_tokens", "cost",
// "finish_reason", "error"}]}. Exit code: 0 when every reply arrived, else that of the first
// failure (in model order).
namespace ChatCompare {

int run(ChatSession *session, const QStringList &models, const QString &prompt,
        const QList<Attachment> &attachments, bool json, const RunOptions &options,
        const Endpoint &endpoint);

} // namespace ChatCompare
