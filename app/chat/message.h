#pragma once

#include "api/apierror.h"
#include "api/chatrequest.h"
#include "attachments.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

struct Message
{
    enum class Role { System, User, Assistant };
    enum class State {
        Complete,
        Streaming,
        Stopped,     // the user pressed Stop: partial text kept
        Failed,      // the service or network failed: partial text kept, error set
        Interrupted, // Sift ended while it streamed (found on the next start)
    };

    qint64 id = 0;
    qint64 parentId = 0; // 0 = root
    Role role = Role::User;
    QString content;
    QString model;
    QJsonObject parameters;        // request settings of a reply (temperature, max_tokens, …)
    QList<Attachment> attachments; // files sent with a user message
    // A reply's token probabilities as the server sent them (OpenAI's logprobs.content[]);
    // empty when not asked for or not returned (parameters.logprobs tells which).
    QJsonArray logprobs;
    State state = State::Complete;
    Usage usage;
    std::optional<double> cost; // USD
    bool costEstimated = false; // computed from prices rather than reported by the server
    ApiError error;
    FinishReason finishReason = FinishReason::Unknown;
    QDateTime created;
    // Speed of a reply, when measured (compare chat): ms from the request to the first text and
    // to the end; -1 when unknown.
    qint64 ttftMs = -1;
    qint64 durationMs = -1;
    // While a streaming reply waits to retry (429, 5xx, refused before any byte): the delay
    // and why; -1 when it is not waiting. Not stored.
    int retryDelayMs = -1;
    ApiError::Kind retryReason = ApiError::Kind::None;

    static QString roleToString(Role role);
    static QString stateToString(State state);
    bool isAssistant() const { return role == Role::Assistant; }
};
