#include "settingsdialog.h"

#include "theme.h"

#include "api/apiclient.h"
#include "chat/attachments.h"
#include "config/clientsetup.h"
#include "config/config.h"
#include "models/costformat.h"
#include "models/modelcatalog.h"
#include "models/modelfetcher.h"
#include "models/modelinfo.h"
#include "secrets/keystore.h"
#include "transcriptmodel.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {
Endpoint liteLlmPreset()
{
    Endpoint endpoint;
    endpoint.name = SettingsDialog::tr("LiteLLM proxy");
    endpoint.kind = Endpoint::Kind::OpenAI;
    endpoint.baseUrl = QUrl(u"http://localhost:4000"_s);
    return endpoint;
}
} // namespace

SettingsDialog::SettingsDialog(Config *config, KeyStore *keys, QWidget *parent)
    : QDialog(parent)
    , m_config(config)
    , m_keys(keys)
    , m_list(new QListWidget(this))
    , m_add(new QToolButton(this))
    , m_remove(new QPushButton(tr("&Remove"), this))
    , m_name(new QLineEdit(this))
    , m_kind(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_keySource(new QLabel(this))
    , m_insecure(
          new QCheckBox(tr("Send the key over an unencrypted connection to this host"), this))
    , m_active(new QComboBox(this))
    , m_stallTimeout(new QSpinBox(this))
    , m_imageMaxSide(new QSpinBox(this))
    , m_theme(new QComboBox(this))
    , m_activeNote(new QLabel(this))
    , m_monthUsage(new QLabel(tr("No replies this month yet."), this))
    , m_error(new QLabel(this))
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));

    m_list->setAccessibleName(tr("Endpoints"));
    m_list->setToolTip(tr("The services Sift can talk to. Select one to edit it."));
    m_list->setMinimumWidth(160);

    m_add->setText(tr("&Add"));
    m_add->setAccessibleName(tr("Add endpoint"));
    m_add->setToolTip(tr("Add an endpoint from a preset"));
    m_add->setPopupMode(QToolButton::InstantPopup);
    auto *presets = new QMenu(m_add);
    presets->addAction(tr("DeepInfra"), this, [this] {
        Endpoint endpoint = Endpoint::deepInfra();
        addEndpoint(endpoint);
    });
    presets->addAction(tr("LiteLLM proxy (http://localhost:4000)"), this,
                       [this] { addEndpoint(liteLlmPreset()); });
    presets->addAction(tr("Custom (OpenAI-compatible)"), this, [this] {
        Endpoint endpoint;
        endpoint.name = tr("Custom");
        endpoint.kind = Endpoint::Kind::OpenAI;
        endpoint.baseUrl = QUrl(u"http://localhost:8000/v1"_s);
        addEndpoint(endpoint);
    });
    m_add->setMenu(presets);
    m_remove->setAccessibleName(tr("Remove endpoint"));
    m_remove->setToolTip(tr("Remove the selected endpoint"));

    m_name->setAccessibleName(tr("Endpoint name"));
    m_name->setToolTip(tr("A name for this endpoint; its key is stored under this name."));
    m_kind->addItem(tr("DeepInfra"), Endpoint::kindToString(Endpoint::Kind::DeepInfra));
    m_kind->addItem(tr("OpenAI-compatible (LiteLLM, vLLM)"),
                    Endpoint::kindToString(Endpoint::Kind::OpenAI));
    m_kind->setAccessibleName(tr("Endpoint kind"));
    m_kind->setToolTip(tr("DeepInfra's own API, or any OpenAI-compatible server"));
    m_baseUrl->setAccessibleName(tr("Base URL"));
    m_baseUrl->setToolTip(tr("For example https://api.deepinfra.com/v1/openai"));
    m_key->setEchoMode(QLineEdit::Password);
    m_key->setAccessibleName(tr("API key"));
    // Show/hide what is typed (a stored key is never loaded into the field).
    auto *reveal = m_key->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                    QLineEdit::TrailingPosition);
    reveal->setObjectName(u"showKey"_s);
    reveal->setCheckable(true);
    reveal->setText(tr("Show key"));
    reveal->setToolTip(tr("Show or hide the key you typed"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_key->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(shown ? tr("Hide key") : tr("Show key"));
    });
    m_key->setToolTip(tr("Type a new key to replace the stored one. Stored keys are never shown."));
    m_keySource->setWordWrap(true);
    m_keySource->setTextFormat(Qt::PlainText);
    m_keySource->setAccessibleName(tr("Key used"));
    m_keySource->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_keySource->installEventFilter(this);
    m_insecure->setAccessibleName(tr("Send the key unencrypted"));
    m_insecure->setToolTip(tr("Anyone on the network path can read a key sent over http://."));

    m_active->setAccessibleName(tr("Active endpoint"));
    m_active->setToolTip(tr("The endpoint chats and reranks use"));
    m_stallTimeout->setRange(5, 600);
    m_stallTimeout->setSuffix(tr(" s"));
    m_stallTimeout->setAccessibleName(tr("Stall timeout in seconds"));
    m_stallTimeout->setToolTip(
        tr("A reply that sends nothing for this long is ended with an error you can retry."));
    m_imageMaxSide->setRange(Attachments::MinMaxSide, Attachments::MaxMaxSide);
    m_imageMaxSide->setSingleStep(128);
    m_imageMaxSide->setSuffix(tr(" px"));
    m_imageMaxSide->setValue(Attachments::DefaultMaxSide);
    m_imageMaxSide->setAccessibleName(tr("Largest image side in pixels"));
    m_imageMaxSide->setToolTip(
        tr("Attached pictures are scaled down so no side is longer than this before they are "
           "sent (default %L1). Smaller pictures cost fewer tokens; larger ones keep more "
           "detail.")
            .arg(Attachments::DefaultMaxSide));

    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->setVisible(false);
    QFont errorFont = m_error->font();
    errorFont.setBold(true);
    m_error->setFont(errorFont);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list);
    listColumn->addLayout(listButtons);

    auto *endpointForm = new QFormLayout;
    endpointForm->addRow(tr("&Name:"), m_name);
    endpointForm->addRow(tr("&Kind:"), m_kind);
    endpointForm->addRow(tr("&Base URL:"), m_baseUrl);
    endpointForm->addRow(tr("API &key:"), m_key);
    endpointForm->addRow(QString(), m_keySource);
    endpointForm->addRow(QString(), m_insecure);
    m_test = new QPushButton(tr("&Test Connection"), this);
    m_test->setAccessibleName(tr("Test connection"));
    m_test->setToolTip(tr("Checks the key and the models list of this endpoint"));
    m_testResult = new QLabel(this);
    m_testResult->setWordWrap(true);
    // It shows the server's own words: data, never markup.
    m_testResult->setTextFormat(Qt::PlainText);
    m_testResult->setAccessibleName(tr("Connection test result"));
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_testResult, 1);
    endpointForm->addRow(QString(), testRow);
    connect(m_test, &QPushButton::clicked, this, &SettingsDialog::testConnection);
    if (m_keys)
        connect(m_keys, &KeyStore::readFinished, this, &SettingsDialog::onTestKeyRead);

    auto *endpointBox = new QGroupBox(tr("Endpoints"), this);
    auto *endpointLayout = new QHBoxLayout(endpointBox);
    endpointLayout->addLayout(listColumn);
    endpointLayout->addLayout(endpointForm, 1);

    auto *generalForm = new QFormLayout;
    generalForm->addRow(tr("&Use endpoint:"), m_active);
    m_activeNote->setWordWrap(true);
    m_activeNote->setTextFormat(Qt::PlainText);
    m_activeNote->setAccessibleName(tr("Active endpoint note"));
    m_activeNote->setVisible(false);
    generalForm->addRow(QString(), m_activeNote);
    generalForm->addRow(tr("&Stall timeout:"), m_stallTimeout);
    generalForm->addRow(tr("&Images up to:"), m_imageMaxSide);
    for (const auto choice : { Theme::Choice::System, Theme::Choice::Light, Theme::Choice::Dark })
        m_theme->addItem(Theme::displayName(choice), Theme::toString(choice));
    m_theme->setAccessibleName(tr("Appearance"));
    m_theme->setToolTip(tr("Light or dark colours; \"Follow the system\" uses your desktop's."));
    generalForm->addRow(tr("&Appearance:"), m_theme);
    m_monthUsage->setAccessibleName(tr("Usage this month"));
    m_monthUsage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    generalForm->addRow(tr("This month:"), m_monthUsage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setAccessibleName(tr("OK"));
    buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(endpointBox, 1);
    layout->addLayout(generalForm);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (m_config) {
        m_endpoints = m_config->endpoints();
        m_stallTimeout->setValue(m_config->get(Config::StallTimeoutMs).toInt() / 1000);
        m_imageMaxSide->setValue(
            Attachments::clampMaxSide(m_config->get(Config::ImageMaxSide).toInt()));
        m_theme->setCurrentIndex(std::max(0,
                                          m_theme->findData(Theme::toString(Theme::fromString(
                                              m_config->get(Config::Theme).toString())))));
    }
    for (const Endpoint &endpoint : std::as_const(m_endpoints)) {
        m_list->addItem(endpoint.name);
        m_keysTyped.append(QString());
        m_originalNames.append(endpoint.name);
    }
    refreshNames();
    if (m_config) {
        const int active = m_active->findText(m_config->activeEndpoint().name);
        m_active->setCurrentIndex(std::max(0, active));
    }

    if (m_keys) {
        // The keychain's own entries; the environment part of the rule is applied on display.
        connect(m_keys, &KeyStore::readFinished, this,
                [this](const QString &account, const KeyStore::Result &result) {
                    if (!m_originalNames.contains(account) || result.fromEnvironment)
                        return;
                    m_keyStates.insert(account, result.status);
                    updateKeyPlaceholder();
                });
        for (const QString &name : std::as_const(m_originalNames))
            m_keys->read(name);
    }

    connect(m_list, &QListWidget::currentRowChanged, this, &SettingsDialog::showEndpoint);
    connect(m_remove, &QPushButton::clicked, this, &SettingsDialog::removeEndpoint);
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        storeEditedFields();
        refreshNames();
    });
    connect(m_baseUrl, &QLineEdit::textEdited, this, [this] {
        storeEditedFields();
        updateInsecureRow();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        storeEditedFields();
        updateKeySource();
    });
    connect(m_key, &QLineEdit::textEdited, this, [this] {
        storeEditedFields();
        updateKeySource();
    });
    connect(m_insecure, &QCheckBox::toggled, this, &SettingsDialog::storeEditedFields);

    m_list->setCurrentRow(std::max(0, m_active->currentIndex()));
    resize(640, 420);
}

void SettingsDialog::addEndpoint(const Endpoint &preset)
{
    Endpoint endpoint = preset;
    // Names are keychain accounts: keep them unique.
    const QString base = endpoint.name;
    for (int n = 2; std::any_of(m_endpoints.cbegin(), m_endpoints.cend(),
                                [&](const Endpoint &e) { return e.name == endpoint.name; });
         ++n)
        endpoint.name = u"%1 %2"_s.arg(base).arg(n);
    m_endpoints.append(endpoint);
    m_keysTyped.append(QString());
    m_originalNames.append(QString());
    m_list->addItem(endpoint.name);
    refreshNames();
    m_list->setCurrentRow(int(m_endpoints.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void SettingsDialog::removeEndpoint()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_endpoints.size() <= 1)
        return;
    m_current = -1;
    if (row < m_active->currentIndex())
        m_active->setCurrentIndex(m_active->currentIndex() - 1);
    m_endpoints.removeAt(row);
    m_keysTyped.removeAt(row);
    m_originalNames.removeAt(row);
    delete m_list->takeItem(row);
    refreshNames();
    m_list->setCurrentRow(std::min(row, int(m_endpoints.size()) - 1));
}

void SettingsDialog::showEndpoint(int row)
{
    m_current = -1; // no write-back while the fields are filled
    const bool valid = row >= 0 && row < m_endpoints.size();
    for (QWidget *field : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_kind),
                            static_cast<QWidget *>(m_baseUrl), static_cast<QWidget *>(m_key) })
        field->setEnabled(valid);
    m_remove->setEnabled(valid && m_endpoints.size() > 1);
    if (!valid)
        return;
    const Endpoint &endpoint = m_endpoints.at(row);
    m_name->setText(endpoint.name);
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(Endpoint::kindToString(endpoint.kind))));
    m_baseUrl->setText(endpoint.baseUrl.toString());
    m_key->setText(m_keysTyped.at(row));
    {
        QSignalBlocker blocker(m_insecure);
        m_insecure->setChecked(endpoint.insecureConsent);
    }
    m_current = row;
    updateInsecureRow();
    updateKeyPlaceholder();
}

void SettingsDialog::storeEditedFields()
{
    if (m_current < 0 || m_current >= m_endpoints.size())
        return;
    Endpoint &endpoint = m_endpoints[m_current];
    endpoint.name = m_name->text().trimmed();
    Endpoint::Kind kind;
    if (Endpoint::kindFromString(m_kind->currentData().toString(), &kind))
        endpoint.kind = kind;
    endpoint.baseUrl = QUrl::fromUserInput(m_baseUrl->text().trimmed());
    endpoint.insecureConsent = m_insecure->isChecked();
    m_keysTyped[m_current] = m_key->text().trimmed();
    if (QListWidgetItem *item = m_list->item(m_current))
        item->setText(endpoint.name);
}

void SettingsDialog::refreshNames()
{
    // By position, so renaming the active endpoint keeps it active.
    const int active = m_active->currentIndex();
    QSignalBlocker blocker(m_active);
    m_active->clear();
    for (const Endpoint &endpoint : std::as_const(m_endpoints))
        m_active->addItem(endpoint.name);
    m_active->setCurrentIndex(std::clamp(active, 0, int(m_active->count()) - 1));
}

void SettingsDialog::updateInsecureRow()
{
    const bool insecure = m_current >= 0 && m_endpoints.at(m_current).isInsecure();
    m_insecure->setVisible(insecure);
}

void SettingsDialog::updateKeyPlaceholder()
{
    if (m_current < 0)
        return;
    const QString account = m_originalNames.at(m_current);
    QString text = tr("no key stored");
    if (!account.isEmpty()) {
        if (!m_keyStates.contains(account))
            text = tr("checking the keychain…");
        else if (m_keyStates.value(account) == KeyStore::Status::Found)
            text = tr("stored");
        else if (m_keyStates.value(account) != KeyStore::Status::NotFound)
            text = tr("keychain unavailable");
    }
    m_key->setPlaceholderText(text);
    updateKeySource();
}

void SettingsDialog::setActiveEndpointNote(const QString &text)
{
    m_activeNote->setText(text);
    m_activeNote->setVisible(!text.isEmpty());
}

QString SettingsDialog::keySourceText() const
{
    return m_keySource->text();
}

void SettingsDialog::updateKeySource()
{
    if (m_current < 0 || m_current >= m_endpoints.size())
        return;
    const Endpoint &endpoint = m_endpoints.at(m_current);
    const KeyRule rule = m_keys ? m_keys->keyRule() : KeyRule();
    const QString variable = rule.variableFor(endpoint);
    const QString account = m_originalNames.at(m_current);
    QString text;
    if (!rule.environmentKey(endpoint).isEmpty()) {
        text = tr("Uses %1 from the environment for this run. A key typed here is stored in the "
                  "keychain for later runs.")
                   .arg(variable);
    } else if (!m_keysTyped.at(m_current).isEmpty()) {
        text = tr("Uses the key typed here; it is stored in the keychain when you press OK.");
    } else if (!account.isEmpty() && !m_keyStates.contains(account)) {
        text = tr("Checking the keychain…");
    } else if (account.isEmpty() || m_keyStates.value(account) == KeyStore::Status::NotFound) {
        text = variable.isEmpty()
            ? tr("No key: type one here (a server without authentication needs none).")
            : tr("No key: type one here, or set %1 in the environment.").arg(variable);
    } else if (m_keyStates.value(account) == KeyStore::Status::Found) {
        text = tr("Uses the key in the keychain.");
    } else {
        text = tr("No keychain is available: a key typed here is kept until Sift quits.");
    }
    m_keySource->setText(text);
    fitKeySource();
}

bool SettingsDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_keySource && event->type() == QEvent::Resize)
        fitKeySource();
    return QDialog::eventFilter(watched, event);
}

void SettingsDialog::fitKeySource()
{
    // A word-wrapped label in the form does not make the dialog taller by itself: ask for the
    // height its text needs at its width, so no line is cut off (German needs four).
    const int width = m_keySource->width();
    if (width > 0)
        m_keySource->setMinimumHeight(m_keySource->heightForWidth(width));
}

QString SettingsDialog::validate() const
{
    QSet<QString> names;
    for (const Endpoint &endpoint : m_endpoints) {
        if (endpoint.name.isEmpty())
            return tr("Give every endpoint a name.");
        if (names.contains(endpoint.name))
            return tr("Two endpoints are named “%1”: rename one.").arg(endpoint.name);
        names.insert(endpoint.name);
        if (!endpoint.baseUrl.userInfo().isEmpty())
            return tr("Remove the user name and password from the base URL of “%1”: Sift does "
                      "not keep credentials in its settings file. Put the key in the API key "
                      "field, which is stored in the keychain.")
                .arg(endpoint.name);
        const QString scheme = endpoint.baseUrl.scheme();
        if (!endpoint.baseUrl.isValid() || endpoint.baseUrl.host().isEmpty()
            || (scheme != u"https"_s && scheme != u"http"_s))
            return tr("The base URL of “%1” is not an http:// or https:// address: correct it.")
                .arg(endpoint.name);
    }
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (!isUsableKey(m_keysTyped.at(i)))
            return tr("The key of “%1” holds a line break or another control character. Paste "
                      "the key alone.")
                .arg(m_endpoints.at(i).name);
    }
    return {};
}

QHash<QString, QString> SettingsDialog::enteredKeys() const
{
    QHash<QString, QString> keys;
    for (int i = 0; i < m_endpoints.size(); ++i) {
        if (!m_keysTyped.at(i).isEmpty())
            keys.insert(m_endpoints.at(i).keyAccount(), m_keysTyped.at(i));
    }
    return keys;
}

void SettingsDialog::accept()
{
    storeEditedFields();
    const QString problem = validate();
    m_error->setText(problem);
    m_error->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    if (m_config) {
        m_config->setEndpoints(m_endpoints);
        m_config->set(Config::ActiveEndpoint, m_active->currentText());
        m_config->set(Config::StallTimeoutMs, m_stallTimeout->value() * 1000);
        m_config->set(Config::ImageMaxSide, m_imageMaxSide->value());
        m_config->set(Config::Theme, m_theme->currentData().toString());
    }
    QDialog::accept();
}

void SettingsDialog::testConnection()
{
    storeEditedFields();
    if (m_current < 0 || m_current >= m_endpoints.size())
        return;
    const Endpoint endpoint = m_endpoints.at(m_current);
    const QString typed = m_keysTyped.value(m_current);
    if (!typed.isEmpty() || !m_keys) {
        runConnectionTest(endpoint, typed);
        return;
    }
    // The stored key is under the name the endpoint had when the dialog opened.
    m_testAccount = m_originalNames.value(m_current);
    if (m_testAccount.isEmpty())
        m_testAccount = endpoint.keyAccount();
    m_testEndpoint = endpoint;
    m_test->setEnabled(false);
    m_testResult->setText(tr("Reading the stored key…"));
    // The key this endpoint would use: the environment's where the rule says so.
    Endpoint stored = endpoint;
    stored.name = m_testAccount;
    m_keys->readFor(stored);
}

void SettingsDialog::onTestKeyRead(const QString &account, const KeyStore::Result &result)
{
    if (account != m_testAccount || m_testAccount.isEmpty())
        return;
    m_testAccount.clear();
    runConnectionTest(m_testEndpoint,
                      result.status == KeyStore::Status::Found ? result.key : QString());
}

void SettingsDialog::runConnectionTest(const Endpoint &endpoint, const QString &key)
{
    if (!m_testClient) {
        m_testClient = new ApiClient(this);
        m_testCatalog = new ModelCatalog(this);
        m_testFetcher = new ModelFetcher(m_testClient, m_testCatalog, this);
        connect(m_testFetcher, &ModelFetcher::finished, this, [this](ModelFetcher::Origin origin) {
            m_test->setEnabled(true);
            const ApiError error = m_testFetcher->lastError();
            if (error.isError() || origin != ModelFetcher::Origin::Live) {
                QString text = tr("The test failed: %1").arg(error.userMessage());
                if (error.kind == ApiError::Kind::Protocol
                    || error.kind == ApiError::Kind::NotFound)
                    text += u' ' + tr("Check the base URL (it usually ends in /v1 or /v1/openai).");
                m_testResult->setText(text);
                return;
            }
            m_testResult->setText(
                tr("Connected: the key was accepted and the endpoint lists %n model(s).", nullptr,
                   m_testFetcher->liveCount()));
        });
    }
    m_testFetcher->cancel();
    // The same client setup as the main window's, with the stall timeout shown here.
    ClientSetup::configure(m_testClient, endpoint,
                           ClientSetup::policy(m_stallTimeout->value() * 1000), key);
    m_test->setEnabled(false);
    m_testResult->setText(tr("Testing %1…").arg(endpoint.modelsUrl().toDisplayString()));
    m_testFetcher->start(true);
}

void SettingsDialog::setMonthUsage(const UsageTotals &totals)
{
    if (totals.replies == 0) {
        m_monthUsage->setText(tr("No replies this month yet."));
        return;
    }
    const qint64 tokens = totals.promptTokens + totals.completionTokens;
    QString text = tr("%n replies", nullptr, totals.replies) + u" · "_s
        + tr("%1 tokens").arg(QLocale().toString(tokens)) + u" · "_s
        + CostFormat::usd(totals.cost, QLocale());
    if (totals.costEstimated)
        text += u' ' + tr("(partly estimated)");
    m_monthUsage->setText(text);
}
