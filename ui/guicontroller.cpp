#include "guicontroller.h"

#include "knowledge/knowledgechat.h"
#include "knowledge/knowledgesession.h"
#include "store/kbchatstore.h"
#include "store/knowledgestore.h"

#include "api/apiclient.h"
#include "api/connectionstatus.h"
#include "chat/chatsession.h"
#include "chatpane.h"
#include "config/clientsetup.h"
#include "config/config.h"
#include "config/runoptions.h"
#include "config/startuptrace.h"
#include "keydialog.h"
#include "lazyiconstyle.h"
#include "mainwindow.h"
#include "models/modelcatalog.h"
#include "models/modelfetcher.h"
#include "rerankworkbench.h"
#include "settingsdialog.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/workbenchstore.h"
#include "theme.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QIcon>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QStatusBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTimer>

#include <chrono>
#include <cstdio>

#include <functional>
#include <utility>

using namespace Qt::StringLiterals;

GuiController::GuiController(QObject *parent) : QObject(parent) { }

// The window goes first: its widgets refer to the session and config, which are children.
// Then the session lets go of the store, and the store goes before its database.
GuiController::~GuiController()
{
    m_window.reset();
    if (m_session)
        m_session->setStore(nullptr);
    delete m_store;
    delete m_database;
}

// For bench/bench_startup (hidden --bench-exit-after-paint): prints the monotonic time of the
// first paint of any window on stdout, then quits, so the benchmark measures start to pixels.
class FirstPaintReporter : public QObject
{
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()) {
            m_done = true;
            StartupTrace::mark("first paint event");
            // After this event the backing store is flushed; report once that has happened.
            QTimer::singleShot(0, qApp, [] {
                const auto ns = std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now().time_since_epoch());
                std::printf("sift-bench-painted %lld\n", static_cast<long long>(ns.count()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    bool m_done = false;
};

// Runs `then` once, just after the first paint of a widget of `window` (the event is delivered,
// so the pixels are on their way), or after `fallbackMs` if the window is never painted (e.g.
// minimised at start).
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> then, int fallbackMs)
        : QObject(window), m_window(window), m_then(std::move(then))
    {
        qApp->installEventFilter(this);
        QTimer::singleShot(fallbackMs, this, [this] { fire(); });
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window)
            QTimer::singleShot(0, this, [this] { fire(); });
        return false;
    }

private:
    void fire()
    {
        if (!m_then)
            return;
        qApp->removeEventFilter(this);
        const std::function<void()> then = std::exchange(m_then, {});
        then();
        deleteLater();
    }
    QWidget *m_window;
    std::function<void()> m_then;
};

static void printError(const QString &text)
{
    std::fprintf(stderr, "sift: %s\n", qPrintable(text));
}

bool GuiController::start(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Desktop client for DeepInfra chat and rerank models"));
    RunOptions::addTo(parser);
    const QCommandLineOption demo(u"demo"_s, tr("Show that Sift talks to the local demo server."));
    parser.addOption(demo);
    const QCommandLineOption tab(u"tab"_s, tr("Open this tab first: chat or rerank."), u"NAME"_s);
    parser.addOption(tab);
    QCommandLineOption benchExit(u"bench-exit-after-paint"_s, u"For benchmarks."_s);
    benchExit.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchExit);
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        printError(tr("Unknown command “%1”. Run “sift --help” to see the commands.")
                       .arg(parser.positionalArguments().constFirst()));
        return false;
    }
    m_demo = parser.isSet(demo);
    const RunOptions options = RunOptions::from(parser);

    StartupTrace::mark("arguments");
    m_config = new Config(this);
    Endpoint endpoint;
    QString error;
    if (!options.resolve(*m_config, &endpoint, &error)) {
        printError(error);
        return false;
    }
    if (m_demo && (options.baseUrl.isEmpty() || !endpoint.isLoopback())) {
        // "Demo server" on the status bar must be true: never the real service, never billed.
        printError(tr("--demo needs the local demo server's address with --base-url "
                      "(a 127.0.0.1 address); “scripts/run --demo” starts the server and "
                      "passes it."));
        return false;
    }
    m_commandLineEndpoint = m_demo || !options.baseUrl.isEmpty() || !options.endpointName.isEmpty()
        || !options.kind.isEmpty();

    StartupTrace::mark("config");
    m_keys = new KeyStore(this);
    // DEEPINFRA_API_KEY for DeepInfra endpoints only; --api-key-env for this run's endpoint.
    m_keys->setKeyRule(options.keyRule(endpoint));
    connect(m_keys, &KeyStore::readFinished, this, &GuiController::onKeyRead);
    connect(m_keys, &KeyStore::writeFinished, this, &GuiController::onKeyWritten);
    m_catalog = new ModelCatalog(this);
    m_client = new ApiClient(this);
    applyEndpoint(endpoint);
    // Settings → Stall timeout applies to the running client at once.
    connect(m_config, &Config::changed, this, [this](Config::Key key) {
        if (key == Config::StallTimeoutMs)
            applyEndpoint(m_client->endpoint());
    });
    StartupTrace::mark("keystore, catalogue, client");
    m_session = new ChatSession(m_client, this);
    m_session->setCatalog(m_catalog);

    StartupTrace::mark("session");
    // The platform's style, its extension icons loaded when first drawn (LazyIconStyle); the
    // Light and Dark themes' style does the same.
    if (!qobject_cast<LazyIconStyle *>(QApplication::style())) {
        // The application takes ownership; the base is the style Qt chose (or -style gave).
        QApplication::setStyle(
            new LazyIconStyle(QStyleFactory::create(QApplication::style()->name())));
    }
    Theme::follow(m_config); // before the window exists, so it paints once in the right colours
    StartupTrace::mark("theme");
    m_window = std::make_unique<MainWindow>(m_config, m_session, m_catalog);
    // Whether the chat is empty is known once the history is open (openHistory): the welcome
    // waits for it instead of showing before the first paint and giving way to the newest
    // conversation a moment later.
    m_window->chatPane()->setWelcomeHeld(true);
    StartupTrace::mark("main window built");
    // The workbench is built when its tab is first shown: it gets these then.
    m_window->setRerankApiClient(m_client);
    if (m_demo)
        m_window->loadRerankSample();
    if (parser.value(tab) == "rerank"_L1) {
        m_window->showRerank();
        m_window->rerankWorkbench()->setFocus();
    }
    connect(m_window.get(), &MainWindow::settingsRequested, this, &GuiController::openSettings);
    watchConnection();
    updateEndpointText();
    if (!m_demo && !m_commandLineEndpoint)
        addEndpointSwitch();
    m_window->show();
    StartupTrace::mark("shown");

    // The key comes after the window is up: the keychain may take a while to answer.
    QTimer::singleShot(0, this, &GuiController::readKey);
    // History after the first paint: opening the file and the newest conversation (migrations,
    // a long conversation) must not hold up the first screen. A zero timer would not do: it fires
    // before the window system's expose event arrives, so before the first paint. The window
    // icon too: decoding the PNG took ~2 ms, and the window system shows it whenever it comes.
    new AfterFirstPaint(
        m_window.get(),
        [this] {
            StartupTrace::mark("after first paint");
            QApplication::setWindowIcon(QIcon(u":/sift/icons/sift-256.png"_s));
            openHistory();
            StartupTrace::mark("history open");
        },
        1000);
    // Installed last, so it sees the first paint first: it reports the frame, not the work that
    // waits for it (the last filter installed is the first one called).
    if (parser.isSet(benchExit))
        qApp->installEventFilter(new FirstPaintReporter(qApp));
    return true;
}

void GuiController::openHistory()
{
    if (m_database)
        return;
    // However the history opens (or not), the chat pane may show its welcome afterwards.
    const auto releaseWelcome = qScopeGuard([this] {
        if (m_window)
            m_window->chatPane()->setWelcomeHeld(false);
    });
    m_database = new Database(this);
    // A large history's quick_check would hold up the first screen: it runs on a worker.
    Database::Options options;
    options.checkInBackground = true;
    connect(m_database, &Database::integrityCheckFailed, this, [this](const QString &message) {
        if (m_window)
            m_window->setBanner(message);
    });
    Database::OpenResult result = m_database->open({}, options);
    QString note;
    if (result.status == Database::Status::InUse) {
        result = m_database->openReadOnly();
        if (result.ok())
            note = tr("Another Sift window is using your history, so this one shows it "
                      "read-only. Close the other window and restart Sift to save new chats.");
    } else if (result.readOnlyLocation && QFileInfo::exists(Database::defaultPath())) {
        // The history is there but may not be written: show it rather than nothing.
        const QString why = result.message;
        if (m_database->openReadOnly().ok()) {
            result.status = Database::Status::Ok;
            note = tr("%1 Your history is shown read-only meanwhile.").arg(why);
        }
    }
    if (!result.ok()) {
        // Chat still works, in memory only; the message says what to do.
        if (m_window)
            m_window->setBanner(result.message);
        return;
    }
    if (result.status == Database::Status::Recovered && note.isEmpty())
        note = result.message.isEmpty()
            ? tr("Your history file could not be read. It was kept as %1 and a new one was "
                 "started.")
                  .arg(QDir::toNativeSeparators(result.movedAsidePath))
            : result.message;
    m_store = new ConversationStore(m_database, this);
    connect(m_store, &ConversationStore::storageError, this, [this](const QString &message) {
        if (m_window)
            m_window->setBanner(message);
    });
    if (!m_database->isReadOnly()) {
        // Replies that were streaming when Sift last ended; deletes whose Undo time passed.
        m_store->markStreamingAsInterrupted();
        m_store->purgeDeleted();
    }
    m_session->setStore(m_store);
    if (m_window) {
        m_window->setStore(m_store);
        // The workbench's sets live in the same file; the store goes with the window, before
        // the database closes.
        m_window->setRerankStore(new WorkbenchStore(m_database));
        m_window->setEvaluateServices(m_client, m_database);
        // Knowledge collections live in the same file too; they go with the window, before the
        // database closes. The Knowledge tab is built when first shown.
        MainWindow *window = m_window.get();
        auto *knowledgeSession
            = new KnowledgeSession(new KnowledgeStore(m_database, window), m_client, window);
        knowledgeSession->setCatalog(m_catalog);
        window->setKnowledgeSession(knowledgeSession);
        // Collections follow their folders while Sift runs (changed files re-indexed alone).
        if (!m_database->isReadOnly())
            knowledgeSession->setWatching(true);
        auto *kbChatStore = new KbChatStore(m_database, window);
        connect(kbChatStore, &KbChatStore::storageError, window,
                [window](const QString &message) { window->setBanner(message); });
        window->chatPane()->setKnowledgeChat(
            new KnowledgeChat(m_session, knowledgeSession, kbChatStore, window));
        if (!note.isEmpty())
            m_window->setBanner(note);
    }
    // Reopen where the user left off: the conversation with the newest activity.
    const QList<ConversationSummary> list = m_store->listConversations();
    const ConversationSummary *newest = nullptr;
    for (const ConversationSummary &summary : list) {
        if (!newest || summary.updated > newest->updated)
            newest = &summary;
    }
    if (newest && m_session->messages().isEmpty()) {
        // Unless drawing it is what ended Sift last time (a hostile reply): then say so.
        const QString note = m_window
            ? m_window->chatPane()->reopenConversation(newest->id, newest->title)
            : QString();
        if (!m_window)
            m_session->openConversation(newest->id);
        else if (!note.isEmpty())
            m_window->setBanner(note);
    }
}

void GuiController::applyEndpoint(const Endpoint &endpoint)
{
    // The same endpoint keeps its key; another one gets its own from readKey().
    const bool same = endpoint == m_client->endpoint();
    const QString key = same ? m_client->apiKey() : QString();
    const QString variable = same ? m_client->keyVariable() : QString();
    ClientSetup::configure(m_client, endpoint, ClientSetup::policy(*m_config), key);
    m_client->setKeyVariable(variable);
}

// One click to another configured endpoint: a combo in the status bar. Switching reads that
// endpoint's key, which then refreshes the model list.
void GuiController::addEndpointSwitch()
{
    auto *combo = new QComboBox(m_window->statusBar());
    m_endpointSwitch = combo;
    combo->setObjectName(u"endpointSwitch"_s);
    combo->setAccessibleName(tr("Active endpoint"));
    combo->setToolTip(tr("Switch the endpoint chats, models and reranks use"));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto refill = [this, combo] {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const Endpoint &endpoint : m_config->endpoints())
            combo->addItem(endpoint.name);
        combo->setVisible(combo->count() > 1);
        updateEndpointText();
    };
    refill();
    connect(m_config, &Config::endpointsChanged, combo, refill);
    connect(combo, &QComboBox::activated, this, [this, combo](int index) {
        const QString name = combo->itemText(index);
        if (name == m_client->endpoint().name)
            return;
        // The client first: label and combo both follow the client's endpoint.
        applyEndpoint(m_config->endpoint(name));
        m_config->set(Config::ActiveEndpoint, name);
        updateEndpointText();
        m_client->setApiKey({});
        m_connection->reset();
        readKey();
    });
    m_window->statusBar()->addPermanentWidget(combo);
}

void GuiController::updateEndpointText()
{
    if (!m_window)
        return;
    const Endpoint &endpoint = m_client->endpoint();
    m_window->setEndpointText(m_demo ? tr("Demo server") : endpoint.name);
    // The switcher shows the endpoint in use, whoever switched (it or Settings).
    if (m_endpointSwitch) {
        const QSignalBlocker blocker(m_endpointSwitch);
        m_endpointSwitch->setCurrentIndex(std::max(0, m_endpointSwitch->findText(endpoint.name)));
    }
}

void GuiController::readKey()
{
    m_pendingReadAccount = m_client->endpoint().keyAccount();
    if (m_window)
        m_window->setKeyState(MainWindow::KeyState::Checking);
    m_keys->readFor(m_client->endpoint());
}

void GuiController::onKeyRead(const QString &account, const KeyStore::Result &result)
{
    // Other readers (the settings dialog) share the store; only answer our own question.
    if (account != m_pendingReadAccount)
        return;
    m_pendingReadAccount.clear();
    if (!m_window)
        return;

    switch (result.status) {
    case KeyStore::Status::Found: {
        m_client->setApiKey(result.key);
        const QString variable = result.fromEnvironment
            ? m_keys->keyRule().variableFor(m_client->endpoint())
            : QString();
        // A rejected key's messages (status bar, chat, rerank) name the variable it came from.
        m_client->setKeyVariable(variable);
        m_connection->setKeyVariable(variable);
        if (result.fromEnvironment)
            m_window->setKeyState(MainWindow::KeyState::Environment);
        else if (!result.persisted || m_keys->isSessionOnly())
            m_window->setKeyState(MainWindow::KeyState::SessionOnly);
        else
            m_window->setKeyState(MainWindow::KeyState::Stored);
        refreshModels();
        break;
    }
    case KeyStore::Status::NotFound:
        m_connection->setNoKey();
        m_window->setKeyState(MainWindow::KeyState::None);
        askForKey({});
        break;
    case KeyStore::Status::Unavailable:
        m_connection->setNoKey();
        m_window->setKeyState(MainWindow::KeyState::None);
        m_window->setBanner(tr("No keychain is available: your key will be kept for this "
                               "session only."),
                            result.errorText);
        askForKey(tr("No keychain is available, so the key will be kept only until Sift "
                     "quits."));
        break;
    case KeyStore::Status::Error:
        m_connection->setNoKey();
        m_window->setKeyState(MainWindow::KeyState::None);
        if (result.fromEnvironment) {
            // The variable's key is unusable (a control character): its own words say which.
            m_window->setBanner(result.errorText);
            askForKey(result.errorText);
            break;
        }
        // The keychain's own words (often a D-Bus object path) are details, not the message.
        m_window->setBanner(tr("The keychain could not be read. Enter your key again, or unlock "
                               "the keychain and restart Sift."),
                            result.errorText);
        askForKey(tr("The stored key could not be read."));
        break;
    }
}

void GuiController::askForKey(const QString &note)
{
    if (!m_window)
        return;
    if (m_keyDialog) {
        m_keyDialog->raise();
        m_keyDialog->activateWindow();
        return;
    }
    const QString account = m_client->endpoint().keyAccount();
    auto *dialog = new KeyDialog(account, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setNote(note);
    connect(dialog, &QDialog::accepted, this, [this, dialog, account] {
        const QString key = dialog->key();
        if (key.isEmpty())
            return;
        // Usable at once; the keychain write finishes in the background.
        if (m_client->endpoint().keyAccount() == account) {
            m_client->setApiKey(key);
            m_connection->setKeyVariable({});
        }
        m_keys->write(account, key);
        refreshModels();
    });
    connect(dialog, &QDialog::rejected, this, [this] {
        if (m_window)
            m_window->statusBar()->showMessage(
                tr("No API key: chats will fail until you add one in File → Settings."), 10000);
    });
    m_keyDialog = dialog;
    dialog->open();
}

void GuiController::onKeyWritten(const QString &account, const KeyStore::Result &result)
{
    if (!m_window)
        return;
    const bool active = account == m_client->endpoint().keyAccount();
    if (result.status == KeyStore::Status::Error) {
        m_window->setBanner(tr("The key could not be saved in the keychain. It is kept for this "
                               "session only; unlock the keychain and enter it again to keep it."),
                            result.errorText);
        if (active)
            m_window->setKeyState(MainWindow::KeyState::SessionOnly);
        return;
    }
    if (!result.persisted || result.status == KeyStore::Status::Unavailable) {
        m_window->setBanner(tr("No keychain is available: your key will be kept for this "
                               "session only."));
        if (active)
            m_window->setKeyState(MainWindow::KeyState::SessionOnly);
        return;
    }
    // An environment key still wins for this run.
    if (active && m_window->keyState() != MainWindow::KeyState::Environment)
        m_window->setKeyState(MainWindow::KeyState::Stored);
}

void GuiController::openSettings()
{
    if (!m_window)
        return;
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    auto *dialog = new SettingsDialog(m_config, m_keys, m_window.get());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_commandLineEndpoint)
        dialog->setActiveEndpointNote(
            tr("This window was started with %1 and keeps using it; the endpoint chosen here is "
               "used from the next start.")
                .arg(m_demo ? tr("--demo (the demo server)") : m_client->endpoint().name));
    if (m_store)
        dialog->setMonthUsage(m_store->monthTotals());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        if (m_commandLineEndpoint && m_config->activeEndpoint().name != m_client->endpoint().name)
            m_window->statusBar()->showMessage(
                tr("This window keeps using %1, set by the command line (--demo or --base-url): "
                   "“%2” is used from the next start.")
                    .arg(m_demo ? tr("the demo server") : m_client->endpoint().name,
                         m_config->activeEndpoint().name),
                15000);
        const Endpoint endpoint
            = m_commandLineEndpoint ? m_client->endpoint() : m_config->activeEndpoint();
        // Another endpoint, or the same one with another kind or address, may use another key.
        const bool endpointChanged = !(endpoint == m_client->endpoint());
        applyEndpoint(endpoint);
        updateEndpointText();

        const QHash<QString, QString> keys = dialog->enteredKeys();
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            m_keys->write(it.key(), it.value());
        const QString account = endpoint.keyAccount();
        const bool fromEnvironment = !m_keys->keyRule().environmentKey(endpoint).isEmpty();
        if (keys.contains(account) && !fromEnvironment) {
            // Usable at once; the keychain write finishes in the background.
            m_client->setApiKey(keys.value(account));
            refreshModels();
        } else if (endpointChanged) {
            m_client->setApiKey({});
            m_connection->reset();
            readKey();
        }
    });
    m_settingsDialog = dialog;
    dialog->open();
}

void GuiController::refreshModels()
{
    if (!m_client->hasApiKey())
        return;
    if (!m_client->endpoint().mayUseKey()) {
        m_connection->requestFailed(ApiError::make(ApiError::Kind::Insecure, {}));
        return;
    }
    if (!m_fetcher) {
        m_fetcher = new ModelFetcher(m_client, m_catalog, this);
        // The documented (or cached) list stays usable; the status bar says why it is not live.
        connect(m_fetcher, &ModelFetcher::notice, this, [this](const QString &message) {
            if (m_window)
                m_window->statusBar()->showMessage(message, 15000);
        });
        connect(m_fetcher, &ModelFetcher::started, m_connection, &ConnectionStatus::requestStarted);
        connect(m_fetcher, &ModelFetcher::finished, this, [this](ModelFetcher::Origin origin) {
            switch (origin) {
            case ModelFetcher::Origin::Live:
                m_connection->setModels(ConnectionStatus::Models::Live);
                break;
            case ModelFetcher::Origin::Cache:
                m_connection->setModels(ConnectionStatus::Models::Cache);
                break;
            case ModelFetcher::Origin::Documented:
                m_connection->setModels(ConnectionStatus::Models::Documented);
                break;
            }
            // The requests themselves reported to the connection state through the client.
            if (origin == ModelFetcher::Origin::Cache && !m_fetcher->lastError().isError())
                m_connection->modelsFromCache();
        });
    }
    m_fetcher->start();
}

// The connection state follows every request of the client (chat replies, model lists, rerank
// runs: ConnectionStatus::watch); the model list's origin and the key's absence come from here.
void GuiController::watchConnection()
{
    m_connection = new ConnectionStatus(this);
    m_connection->watch(m_client);
    m_window->setConnectionStatus(m_connection);
}
