#include "keystore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace {

// The Linux secret service may still be starting when Sift starts with the session.
constexpr int RetryDelayMs = 300;

bool isUnavailable(QKeychain::Error error, const QString &text)
{
    if (error == QKeychain::NoBackendAvailable)
        return true;
    if (error != QKeychain::OtherError)
        return false;
    // No D-Bus session ("Cannot autolaunch D-Bus"), no daemon answering on the bus, or a
    // bus address that leads nowhere: all mean "no secret service", not a broken key.
    const QString lower = text.toLower();
    return lower.contains("d-bus"_L1) || lower.contains("dbus"_L1)
        || lower.contains("org.freedesktop"_L1) || lower.contains("secret service"_L1)
        || lower.contains("no such file"_L1) || lower.contains("connection refused"_L1)
        || lower.contains("not connected"_L1) || lower.contains("no keychain"_L1);
}

} // namespace

KeyStore::KeyStore(QObject *parent) : KeyStore(u"Sift"_s, parent) { }

KeyStore::KeyStore(const QString &service, QObject *parent)
    : QObject(parent), m_service(service) { }

void KeyStore::readFor(const Endpoint &endpoint)
{
    const QString fromEnv = m_rule.environmentKey(endpoint);
    if (fromEnv.isEmpty()) {
        read(endpoint.keyAccount());
        return;
    }
    Result result;
    result.fromEnvironment = true;
    result.persisted = false;
    if (isUsableKey(fromEnv)) {
        result.status = Status::Found;
        result.key = fromEnv;
    } else {
        result.status = Status::Error;
        result.errorText = QCoreApplication::translate(
                               "KeyStore",
                               "%1 holds a line break or another control character, so it is not "
                               "used. Set it to the key alone.")
                               .arg(m_rule.variableFor(endpoint));
    }
    answer(Operation::Read, endpoint.keyAccount(), result);
}

void KeyStore::read(const QString &account)
{
    if (m_sessionKeys.contains(account)) {
        Result result;
        result.status = Status::Found;
        result.key = m_sessionKeys.value(account);
        result.persisted = false;
        answer(Operation::Read, account, result);
        return;
    }
    startJob(Operation::Read, account, {}, 0);
}

void KeyStore::write(const QString &account, const QString &key)
{
    if (!isUsableKey(key)) {
        Result result;
        result.status = Status::Error;
        result.persisted = false;
        result.errorText = unusableKeyText();
        answer(Operation::Write, account, result);
        return;
    }
    startJob(Operation::Write, account, key, 0);
}

QString KeyStore::unusableKeyText()
{
    return QCoreApplication::translate("KeyStore",
                                       "The key holds a line break or another control character, "
                                       "so it was not stored. Paste the key alone.");
}

void KeyStore::clear(const QString &account)
{
    m_sessionKeys.remove(account);
    startJob(Operation::Clear, account, {}, 0);
}

void KeyStore::answer(Operation operation, const QString &account, const Result &result)
{
    // Always asynchronous, so callers may connect after calling.
    QMetaObject::invokeMethod(
        this,
        [this, operation, account, result] {
            switch (operation) {
            case Operation::Read:
                Q_EMIT readFinished(account, result);
                break;
            case Operation::Write:
                Q_EMIT writeFinished(account, result);
                break;
            case Operation::Clear:
                Q_EMIT clearFinished(account, result);
                break;
            }
        },
        Qt::QueuedConnection);
}

void KeyStore::startJob(Operation operation, const QString &account, const QString &key,
                        int attempt)
{
    // No parent: a job deleted while the secret service still works on it crashes in
    // libsecret's callback (a KeyStore may go while a read is in flight). The job deletes itself
    // when it finishes; the connection below dies with this KeyStore.
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setTextData(key);
        job = write;
        break;
    }
    case Operation::Clear:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setKey(account);
    job->setAutoDelete(true);
    // Never fall back to a plain file when the keychain is missing.
    job->setInsecureFallback(false);

    connect(job, &QKeychain::Job::finished, this,
            [this, operation, account, key, attempt](QKeychain::Job *done) {
                const QKeychain::Error error = done->error();
                const QString errorText = done->errorString();
                Result result;

                if (error != QKeychain::NoError && isUnavailable(error, errorText)) {
                    if (attempt == 0) {
                        QTimer::singleShot(RetryDelayMs, this, [=, this] {
                            startJob(operation, account, key, attempt + 1);
                        });
                        return;
                    }
                    m_sessionOnly = true;
                    result.status = Status::Unavailable;
                    result.errorText
                        = QCoreApplication::translate("KeyStore", "No keychain is available (%1).")
                              .arg(errorText);
                    result.persisted = false;
                    if (operation == Operation::Write) {
                        // Kept in memory for this run only: never in a file.
                        m_sessionKeys.insert(account, key);
                    } else if (operation == Operation::Read && m_sessionKeys.contains(account)) {
                        result.status = Status::Found;
                        result.key = m_sessionKeys.value(account);
                    }
                    answer(operation, account, result);
                    return;
                }

                switch (error) {
                case QKeychain::NoError:
                    result.status = Status::Found;
                    if (operation == Operation::Read) {
                        result.key = static_cast<QKeychain::ReadPasswordJob *>(done)->textData();
                        // Stored before keys were checked, or by another program.
                        if (!isUsableKey(result.key)) {
                            result.key.clear();
                            result.status = Status::Error;
                            result.errorText = QCoreApplication::translate(
                                "KeyStore",
                                "The stored key holds a line break or another control "
                                "character, so it is not used. Enter the key again.");
                        }
                    } else if (operation == Operation::Write)
                        m_sessionKeys.remove(account);
                    else
                        result.status = Status::NotFound;
                    break;
                case QKeychain::EntryNotFound:
                    // No key yet is not an error; clearing a missing key succeeded too.
                    result.status = Status::NotFound;
                    break;
                default:
                    result.status = Status::Error;
                    result.errorText = errorText;
                    result.persisted = false;
                    break;
                }
                answer(operation, account, result);
            });
    job->start();
}
