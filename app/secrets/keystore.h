#pragma once

#include "keyrule.h"

#include <QHash>
#include <QObject>
#include <QString>

// The API keys, in the OS keychain (QtKeychain: Secret Service, KWallet, macOS Keychain,
// Windows Credential Store) under service "Sift", account = endpoint name.
// All calls are asynchronous; each answers with exactly one signal for its account.
// When no secret service is reachable, keys given to write() are kept in memory for this run
// only (persisted == false) — never in a file.
class KeyStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Found,       // key holds the value
        NotFound,    // no key stored yet: not an error
        Unavailable, // no secret service (no D-Bus session, daemon missing, locked)
        Error,       // anything else; errorText says what
    };
    Q_ENUM(Status)

    struct Result
    {
        Status status = Status::NotFound;
        QString key;
        QString errorText;
        bool fromEnvironment = false;
        bool persisted = true; // for writes: false when only kept for this run
    };

    explicit KeyStore(QObject *parent = nullptr);
    KeyStore(const QString &service, QObject *parent = nullptr);

    QString service() const { return m_service; }

    // Which environment variable, if any, supplies an endpoint's key instead of the keychain
    // (see KeyRule; default: DEEPINFRA_API_KEY for deepinfra-kind endpoints only).
    void setKeyRule(const KeyRule &rule) { m_rule = rule; }
    const KeyRule &keyRule() const { return m_rule; }

    // The key `endpoint` uses: from the environment when the rule says so (fromEnvironment,
    // never stored), else its keychain entry. Answers with readFinished(endpoint.keyAccount()).
    void readFor(const Endpoint &endpoint);
    // The keychain entry of `account` only (the environment is not consulted).
    void read(const QString &account);
    void write(const QString &account, const QString &key);
    void clear(const QString &account);
    // Answers with readFinished() but only the status matters; the key is still loaded.
    void has(const QString &account) { read(account); }

    // Why write() refused a key with control characters.
    static QString unusableKeyText();

    // True once a call found that no secret service is reachable.
    bool isSessionOnly() const { return m_sessionOnly; }

Q_SIGNALS:
    void readFinished(const QString &account, const KeyStore::Result &result);
    void writeFinished(const QString &account, const KeyStore::Result &result);
    void clearFinished(const QString &account, const KeyStore::Result &result);

private:
    enum class Operation { Read, Write, Clear };
    // attempt 0 is the first try; the secret service gets one retry when it seems absent.
    void startJob(Operation operation, const QString &account, const QString &key, int attempt);
    void answer(Operation operation, const QString &account, const Result &result);

    QString m_service;
    KeyRule m_rule;
    QHash<QString, QString> m_sessionKeys; // only when the secret service is unavailable
    bool m_sessionOnly = false;
};
