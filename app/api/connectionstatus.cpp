#include "connectionstatus.h"

#include "apiclient.h"

ConnectionStatus::ConnectionStatus(QObject *parent) : QObject(parent) { }

std::optional<ConnectionStatus::State> ConnectionStatus::stateFor(const ApiError &error)
{
    using Kind = ApiError::Kind;
    switch (error.kind) {
    case Kind::None:
    case Kind::Payment:
    case Kind::NotFound:
    case Kind::InvalidRequest:
    case Kind::RateLimited:
        return State::Connected;
    case Kind::Auth:
        return State::KeyRejected;
    case Kind::NoKey:
        return State::NoKey;
    case Kind::Network:
    case Kind::Tls:
    case Kind::Timeout:
        return State::Offline;
    case Kind::Server:
    case Kind::Protocol:
    case Kind::TooLarge:
        return State::ServerTrouble;
    case Kind::Insecure:
        return State::Blocked;
    case Kind::Cancelled:
        return std::nullopt;
    }
    return std::nullopt;
}

void ConnectionStatus::setState(State state, const ApiError &error)
{
    const bool same
        = state == m_state && error.kind == m_error.kind && error.message == m_error.message;
    m_state = state;
    m_error = error;
    if (!same)
        Q_EMIT changed(m_state);
}

void ConnectionStatus::reset()
{
    setState(State::Connecting);
}

void ConnectionStatus::setModels(Models models)
{
    if (m_models == models)
        return;
    m_models = models;
    if (m_state == State::Offline)
        Q_EMIT changed(m_state);
}

void ConnectionStatus::requestStarted()
{
    // A working connection stays "Connected" while the next request runs.
    if (m_state != State::Connected)
        setState(State::Connecting);
}

void ConnectionStatus::requestSucceeded()
{
    setState(State::Connected);
}

void ConnectionStatus::watch(ApiClient *client)
{
    connect(client, &ApiClient::requestStarted, this, &ConnectionStatus::requestStarted);
    connect(client, &ApiClient::requestSucceeded, this, &ConnectionStatus::requestSucceeded);
    connect(client, &ApiClient::requestFailed, this, &ConnectionStatus::requestFailed);
}

void ConnectionStatus::requestFailed(const ApiError &error, bool answered)
{
    if (answered
        && (error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Timeout)) {
        // The reply broke off after it began: the failure shows on the reply, the server is up.
        setState(State::Connected);
        return;
    }
    if (const std::optional<State> state = stateFor(error))
        setState(*state, *state == State::Connected ? ApiError() : error);
}

void ConnectionStatus::modelsFromCache()
{
    if (m_state == State::Connecting)
        setState(State::Ready);
}

void ConnectionStatus::setNoKey()
{
    setState(State::NoKey);
}

QString ConnectionStatus::text() const
{
    switch (m_state) {
    case State::Connecting:
        return tr("Connecting…");
    case State::Ready:
        return tr("Ready");
    case State::Connected:
        return tr("Connected");
    case State::Offline:
        switch (m_models) {
        case Models::Cache:
            return tr("Offline — using cached models");
        case Models::Documented:
            return tr("Offline — using documented models");
        case Models::Live:
            break;
        }
        return tr("Offline");
    case State::KeyRejected:
        return tr("Key rejected");
    case State::NoKey:
        return tr("No key");
    case State::ServerTrouble:
        return tr("Server trouble");
    case State::Blocked:
        return tr("Blocked — insecure endpoint");
    }
    return {};
}

QString ConnectionStatus::detail() const
{
    switch (m_state) {
    case State::Connecting:
        return tr("Waiting for the endpoint to answer.");
    case State::Ready:
        return tr("The model list comes from a recent cache. The connection is checked with "
                  "the next request.");
    case State::Connected:
        return tr("The endpoint answered the last request.");
    case State::NoKey:
        return tr("There is no API key for this endpoint. Add one in File → Settings.");
    case State::KeyRejected:
        if (!m_keyVariable.isEmpty())
            return tr("The API key from %1 was rejected. Correct %1 or unset it (then Sift uses "
                      "the key stored in Settings), and restart Sift.")
                .arg(m_keyVariable);
        break;
    case State::Offline:
    case State::ServerTrouble:
    case State::Blocked:
        break;
    }
    return m_error.userMessage();
}
