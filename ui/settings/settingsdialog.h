#pragma once

#include "api/endpoint.h"
#include "config/config.h"
#include "secrets/keystore.h"
#include "store/conversationstore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

class ApiClient;
class ModelCatalog;
class ModelFetcher;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QToolButton;

// Endpoints (name, kind, base URL, consent for plain http), the key of each endpoint, the
// stall timeout, the theme and the size attached images are scaled to. OK writes all but the
// keys to Config; the caller stores enteredKeys()
// through KeyStore. Keys are never shown: a stored key only shows as the placeholder "stored".
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(Config *config, KeyStore *keys, QWidget *parent = nullptr);

    // The sentence under the key field for the selected endpoint.
    QString keySourceText() const;
    // Shown under "Use endpoint" when the running window's endpoint is fixed (--demo, --base-url).
    void setActiveEndpointNote(const QString &text);

    // Keys typed in this dialog, by keychain account (endpoint name). Empty fields are left out.
    QHash<QString, QString> enteredKeys() const;
    QList<Endpoint> endpoints() const { return m_endpoints; }

    void accept() override;

    // Shows what this month's replies used (from the conversation store).
    void setMonthUsage(const UsageTotals &totals);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitKeySource();
    void addEndpoint(const Endpoint &endpoint);
    void removeEndpoint();
    void showEndpoint(int row);
    void storeEditedFields();
    void refreshNames();
    void updateInsecureRow();
    void updateKeyPlaceholder();
    // "Uses DEEPINFRA_API_KEY from the environment" / "Uses the key in the keychain" / "No key".
    void updateKeySource();
    QString validate() const;
    // "Test connection": the typed key, else the stored one, against the models list.
    void testConnection();
    void onTestKeyRead(const QString &account, const KeyStore::Result &result);
    void runConnectionTest(const Endpoint &endpoint, const QString &key);

    QPointer<Config> m_config;
    QPointer<KeyStore> m_keys;
    QList<Endpoint> m_endpoints;
    QList<QString> m_keysTyped;     // parallel to m_endpoints
    QList<QString> m_originalNames; // parallel: the account a stored key was found under
    QHash<QString, KeyStore::Status> m_keyStates; // account -> what the keychain holds
    int m_current = -1;

    QListWidget *m_list;
    QToolButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_baseUrl;
    QLineEdit *m_key;
    QLabel *m_keySource;
    QCheckBox *m_insecure;
    QComboBox *m_active;
    QSpinBox *m_stallTimeout;
    QSpinBox *m_imageMaxSide;
    QComboBox *m_theme;
    QLabel *m_activeNote;
    QLabel *m_monthUsage;
    QLabel *m_error;
    QPushButton *m_test = nullptr;
    QLabel *m_testResult = nullptr;
    // The connection test is a model fetch through core, as the main window's (ModelFetcher).
    ApiClient *m_testClient = nullptr;
    ModelCatalog *m_testCatalog = nullptr;
    ModelFetcher *m_testFetcher = nullptr;
    QString m_testAccount; // the keychain read the test waits for
    Endpoint m_testEndpoint;
};
