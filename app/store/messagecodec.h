#pragma once

#include "chat/message.h"

#include <QString>

// The names Message enums have in sift.db and in exported JSON. Stable: the enums may be
// renumbered, these never change. Unknown names read back as the default value.
namespace MessageCodec {

QString roleName(Message::Role role); // system / user / assistant (OpenAI's words)
Message::Role roleFromName(const QString &name);
QString stateName(Message::State state); // complete / streaming / stopped / failed / interrupted
Message::State stateFromName(const QString &name);
QString finishName(FinishReason reason); // OpenAI's finish_reason; empty for Unknown
FinishReason finishFromName(const QString &name);
QString errorKindName(ApiError::Kind kind); // the enum key, e.g. RateLimited; empty for None
ApiError::Kind errorKindFromName(const QString &name);
bool isKnownRole(const QString &name);

} // namespace MessageCodec
