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
    switch (reason) {
    case FinishReason::Stop:
        return u"stop"_s;
    case FinishReason::Length:
        return u"length"_s;
    case FinishReason::ToolCalls:
        return u"tool_calls"_s;
    case FinishReason::ContentFilter:
        return u"content_filter"_s;
    case FinishReason::Cancelled:
        return u"cancelled"_s;
    case FinishReason::Unknown:
        return {};
    }
    return {};
}

FinishReason finishFromName(const QString &name)
{
    if (name == "stop"_L1)
        return FinishReason::Stop;
    if (name == "length"_L1)
        return FinishReason::Length;
    if (name == "tool_calls"_L1)
        return FinishReason::ToolCalls;
    if (name == "content_filter"_L1)
        return FinishReason::ContentFilter;
    if (name == "cancelled"_L1)
        return FinishReason::Cancelled;
    return FinishReason::Unknown;
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
