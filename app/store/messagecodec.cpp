#include "messagecodec.h"

#include <QMetaEnum>

using namespace Qt::StringLiterals;

namespace MessageCodec {

QString roleName(Message::Role role)
{
    switch (role) {
    case Message::Role::System:
        return u"system"_s;
    case Message::Role::User:
        return u"user"_s;
    case Message::Role::Assistant:
        return u"assistant"_s;
    }
    return u"user"_s;
}

Message::Role roleFromName(const QString &name)
{
    if (name == "system"_L1)
        return Message::Role::System;
    if (name == "assistant"_L1)
        return Message::Role::Assistant;
    return Message::Role::User;
}

QString stateName(Message::State state)
{
    switch (state) {
    case Message::State::Complete:
        return u"complete"_s;
    case Message::State::Streaming:
        return u"streaming"_s;
    case Message::State::Stopped:
        return u"stopped"_s;
    case Message::State::Failed:
        return u"failed"_s;
    case Message::State::Interrupted:
        return u"interrupted"_s;
    }
    return u"complete"_s;
}

Message::State stateFromName(const QString &name)
{
    if (name == "streaming"_L1)
        return Message::State::Streaming;
    if (name == "stopped"_L1)
        return Message::State::Stopped;
    if (name == "failed"_L1)
        return Message::State::Failed;
    if (name == "interrupted"_L1)
        return Message::State::Interrupted;
    return Message::State::Complete;
}

QString finishName(FinishReason reason)
{
    return reason == FinishReason::Unknown ? QString() : finishReasonToString(reason);
}

FinishReason finishFromName(const QString &name)
{
    return finishReasonFromString(name);
}

QString errorKindName(ApiError::Kind kind)
{
    if (kind == ApiError::Kind::None)
        return {};
    return QString::fromLatin1(
        QMetaEnum::fromType<ApiError::Kind>().valueToKey(static_cast<int>(kind)));
}

ApiError::Kind errorKindFromName(const QString &name)
{
    bool ok = false;
    const int value = QMetaEnum::fromType<ApiError::Kind>().keyToValue(name.toLatin1(), &ok);
    return ok ? static_cast<ApiError::Kind>(value) : ApiError::Kind::None;
}

bool isKnownRole(const QString &name)
{
    return name == "system"_L1 || name == "user"_L1 || name == "assistant"_L1;
}

} // namespace MessageCodec
