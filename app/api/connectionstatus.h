#pragma once

#include "apierror.h"

#include <QObject>

#include <optional>

class ApiClient;

// What the status bar says about the link to the endpoint: derived from the outcome of every
// request of the watched ApiClient (model fetch, chat reply, rerank batch), and from whether
// there is a key at all.
// Failures that prove the server answered and knew the key (a refused parameter, an unknown
// model, a busy model) count as connected.
class ConnectionStatus : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Connecting,    // a request is on its way and nothing has answered yet
        Ready,         // models from a fresh cache; nothing asked of the server yet
        Connected,     // the last request was answered
        Offline,       // the server could not be reached
        KeyRejected,   // 401/403
        NoKey,         // no key for this endpoint
        ServerTrouble, // 5xx or a reply Sift cannot read
        Blocked,       // plain http to a remote host without consent
    };
    Q_ENUM(State)
    // Where the model list shown comes from; the Offline text mentions it.
    enum class Models { Live, Cache, Documented };
    Q_ENUM(Models)

    explicit ConnectionStatus(QObject *parent = nullptr);

    State state() const { return m_state; }
    Models models() const { return m_models; }
    ApiError lastError() const { return m_error; }
    // Short translated words for the status bar ("Connected", "Offline — using cached models").
    QString text() const;
    // One sentence on what the state means and what to do (tooltip, accessible description).
    QString detail() const;

    // Follows every request `client` makes (chat replies, model lists, rerank runs).
    void watch(ApiClient *client);
    // Another endpoint or key: nothing is known yet.
    void reset();
    void setModels(Models models);
    void requestStarted();
    void requestSucceeded();
    // answered: the server had begun to reply (a cut or stalled stream): it is reachable, so a
    // network failure then is not "Offline".
    void requestFailed(const ApiError &error, bool answered = false);
    // The model list came from a fresh cache without a request.
    void modelsFromCache();
    void setNoKey();
    // The environment variable the key came from (empty: the keychain). A rejected key from the
    // environment is the variable's to fix, not Settings'.
    void setKeyVariable(const QString &variable) { m_keyVariable = variable; }

    // The state an outcome leads to; nullopt when it says nothing about the connection
    // (a cancelled request).
    static std::optional<State> stateFor(const ApiError &error);

Q_SIGNALS:
    void changed(ConnectionStatus::State state);

private:
    void setState(State state, const ApiError &error = {});

    State m_state = State::Connecting;
    Models m_models = Models::Documented;
    ApiError m_error;
    QString m_keyVariable;
};
