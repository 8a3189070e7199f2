#pragma once

#include <QString>
#include <QStringList>

class ApiClient;
class QCoreApplication;

namespace Cli {

// sift kb add NAME PATH… [--embed-model M] [--dimensions N]
// sift kb sync NAME | sift kb list [--json] | sift kb remove NAME
// sift kb search NAME QUERY [--rerank-model M | --no-rerank] [--top-k N] [--top-n N]
//                [--threshold S] [--json]
// `command`: the index of the word "kb" in arguments (CliSupport::commandIndex).
int runKb(QCoreApplication &app, const QStringList &arguments, int command);

// What `sift chat --kb NAME` adds to a chat: the system prompt with the numbered passages, and
// the "[n] path:lines" lines to print under the reply.
struct KbChat
{
    QString systemPrompt;
    QStringList sources;
};

// Retrieves passages for `prompt` from collection `name` (its own rerank model unless
// `rerankModel` is given; "-" means none). Returns -1 on success, else the exit code after
// saying why on stderr (an unknown collection: Usage, naming it). A failed rerank or question
// embedding is said on stderr and the passages found without it are used.
int prepareKbChat(ApiClient *client, const QString &name, const QString &rerankModel,
                  const QString &prompt, KbChat *chat);
// The reply's "Sources" block: the sources it cited, or all of them when it cited none.
QString kbSourcesBlock(const KbChat &chat, const QString &reply);

} // namespace Cli
