#include "replymetrics.h"

#include "models/modelcatalog.h"
#include "tokenestimate.h"

namespace ReplyMetrics {

void applyUsage(Message &reply, const Usage &usage, const ModelCatalog *catalog)
{
    reply.usage = usage;
    if (usage.estimatedCost) {
        reply.cost = usage.estimatedCost;
        reply.costEstimated = false;
    } else if (catalog) {
        if (const auto model = catalog->find(reply.model)) {
            reply.cost = model->estimateCost(usage.promptTokens, usage.completionTokens);
            reply.costEstimated = reply.cost.has_value();
        }
    }
}

int completionTokens(const Message &reply)
{
    if (reply.usage.completionTokens > 0)
        return reply.usage.completionTokens;
    return TokenEstimate::forText(reply.content);
}

std::optional<double> tokensPerSecond(const Message &reply)
{
    if (reply.ttftMs < 0 || reply.durationMs <= reply.ttftMs)
        return std::nullopt;
    const int tokens = completionTokens(reply);
    if (tokens <= 0)
        return std::nullopt;
    return tokens * 1000.0 / double(reply.durationMs - reply.ttftMs);
}

} // namespace ReplyMetrics
