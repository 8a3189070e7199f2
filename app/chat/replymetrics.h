#pragma once

#include "message.h"

#include <optional>

class ModelCatalog;

// What a reply cost and how fast it came: one rule for the chat, the compare columns and the CLI.
namespace ReplyMetrics {

// Stores `usage` on the reply with its cost: the server's figure when it reported one, else an
// estimate from the model's prices in `catalog` (LiteLLM and others report none).
void applyUsage(Message &reply, const Usage &usage, const ModelCatalog *catalog);

// Completion tokens per second from the first token to the end; the reported completion tokens,
// or ~4 characters a token when the server reported none. nullopt when not measurable.
std::optional<double> tokensPerSecond(const Message &reply);

// Completion tokens as reported, else estimated from the text.
int completionTokens(const Message &reply);

} // namespace ReplyMetrics
