#include "message.h"

using namespace Qt::StringLiterals;

QString Message::roleToString(Role role)
{
    switch (role) {
    case Role::System:
        return u"system"_s;
    case Role::User:
        return u"user"_s;
    case Role::Assistant:
        return u"assistant"_s;
    }
    return u"user"_s;
}

QString Message::stateToString(State state)
{
    switch (state) {
    case State::Complete:
        return u"complete"_s;
    case State::Streaming:
        return u"streaming"_s;
    case State::Stopped:
        return u"stopped"_s;
    case State::Failed:
        return u"failed"_s;
    case State::Interrupted:
        return u"interrupted"_s;
    }
    return u"complete"_s;
}
