#pragma once

#include "api/endpoint.h"
#include "secrets/keystore.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

class ApiClient;
class QComboBox;
class ChatSession;
class ConnectionStatus;
class Config;
class ConversationStore;
class Database;
class KeyDialog;
class MainWindow;
class ModelCatalog;
class ModelFetcher;
class SettingsDialog;

// Builds the GUI's objects from the command line and wires them: config, keychain, catalog,
// API client, chat session, main window. Shows the window first, then fetches the key
// asynchronously and asks for one when none is stored. Never blocks the GUI thread.
class GuiController : public QObject
{
    Q_OBJECT
public:
    explicit GuiController(QObject *parent = nullptr);
    ~GuiController() override;

    // Parses RunOptions and --demo; false (after printing why to stderr) on bad options.
    bool start(const QStringList &arguments);

    MainWindow *window() const { return m_window.get(); }
    ApiClient *client() const { return m_client; }
    KeyStore *keyStore() const { return m_keys; }
    bool isDemo() const { return m_demo; }
    // Null until the history database has been opened (just after the window shows).
    ConversationStore *store() const { return m_store; }
    Database *database() const { return m_database; }
    // The status bar's connection state, fed by model fetches, chat replies and rerank runs.
    ConnectionStatus *connectionStatus() const { return m_connection; }

private:
    void applyEndpoint(const Endpoint &endpoint);
    void readKey();
    void onKeyRead(const QString &account, const KeyStore::Result &result);
    void onKeyWritten(const QString &account, const KeyStore::Result &result);
    void askForKey(const QString &note);
    void openSettings();
    void refreshModels();
    void addEndpointSwitch();
    void updateEndpointText();
    // Opens sift.db per Database's rules and hands the store to the session and window.
    void openHistory();
    void watchConnection();

    Config *m_config = nullptr;
    KeyStore *m_keys = nullptr;
    ModelCatalog *m_catalog = nullptr;
    ModelFetcher *m_fetcher = nullptr;
    ConnectionStatus *m_connection = nullptr;
    ApiClient *m_client = nullptr;
    ChatSession *m_session = nullptr;
    Database *m_database = nullptr;
    ConversationStore *m_store = nullptr;
    std::unique_ptr<MainWindow> m_window;
    QPointer<KeyDialog> m_keyDialog;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<QComboBox> m_endpointSwitch; // status bar; null when the command line fixed it
    QString m_pendingReadAccount;         // the read this controller asked for, empty when none
    bool m_demo = false;
    bool m_commandLineEndpoint = false; // --base-url/--endpoint/--kind given: not from settings
};
