#pragma once

#include "rerank/rerankset.h"
#include "retriever.h"

#include <QJsonObject>
#include <QStringList>

// What retrieval did for one chat reply, kept with the reply (KbChatStore) so its citations and
// Retrieval panel survive a restart: every candidate with its ranks and text, every stage's time,
// tokens, cost and error, and the time of the chat call itself.
struct ReplyRetrieval
{
    RetrievalResult result;
    qint64 chatMs = -1; // from the request to the reply's end; -1 while it runs or unknown

    int sourceCount() const { return int(result.selected().size()); }
    // The selected candidate cited as [n]; nullptr when there is none.
    const RetrievalCandidate *source(int number) const;
};

namespace RetrievalRecord {

// Lossless for everything the panel shows (unlike RetrievalResult::toJson, the `kb search
// --json` shape). Unknown or missing fields read back as their defaults.
QJsonObject toJson(const ReplyRetrieval &record);
ReplyRetrieval fromJson(const QJsonObject &object);

// The question and every candidate as a rerank set, unlabelled, with the reranker used and the
// collection's name: what "Open in Workbench" sends, from the Knowledge tab and from a reply.
RerankSet workbenchSet(const RetrievalResult &result);

// One translated sentence per stage that failed (never silent): the question not embedded (BM25
// only), the rerank failed (fused order used), or (for a chat) nothing found. Empty when all went
// well.
QStringList problems(const RetrievalResult &result, bool chat = true);

} // namespace RetrievalRecord
