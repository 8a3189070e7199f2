#include "mainwindow.h"

#include "knowledge/knowledgesession.h"
#include "knowledgepanel.h"
#include "store/knowledgestore.h"

#include "api/apiclient.h"
#include "api/connectionstatus.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chatpane.h"
#include "config/config.h"
#include "config/startuptrace.h"
#include "conversationsearch.h"
#include "conversationsidebar.h"
#include "evaluatetab.h"
#include "filedialogs.h"
#include "focusring.h"
#include "lazypage.h"
#include "modelpicker.h"
#include "models/costformat.h"
#include "models/modelcatalog.h"
#include "statusbar.h"
#include "store/conversationarchive.h"
#include "store/conversationimport.h"
#include "store/conversationstore.h"
#include "store/database.h"
#include "store/evalstore.h"
#include "store/workbenchstore.h"
#include "transcripthighlights.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFile>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSplitter>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <numeric>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Config *config, ChatSession *session, const ModelCatalog *catalog,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
    , m_tabs(new QTabWidget(this))
    , m_chatSplitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new ConversationSidebar(session, m_chatSplitter))
    , m_chat(new ChatPane(session, m_chatSplitter))
    , m_session(session)
    , m_catalog(catalog)
    , m_rerankPage(new LazyPage([this](QWidget *page) { return buildRerankWorkbench(page); }, this))
    , m_knowledgePage(new LazyPage([this](QWidget *page) { return buildKnowledge(page); }, this))
    , m_banner(new QFrame(this))
    , m_bannerLabel(new QLabel(m_banner))
    , m_endpointLabel(new QLabel(this))
    , m_modelLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
    , m_totalsLabel(new QLabel(this))
{
    StartupTrace::mark("window: sidebar and chat pane built");
    setWindowTitle(u"Sift"_s);
    setObjectName(u"MainWindow"_s);
    // Lists and the transcript show keyboard focus with a ring, in every theme.
    FocusRing::install();

    m_chat->setCatalog(catalog);
    m_chat->setConfig(config);
    // The Rerank tab holds an empty page until it is first shown (see rerankWorkbench()).
    m_rerankActions = RerankWorkbench::createActions(this);
    RerankWorkbench::bindActions(m_rerankActions, this, [this] {
        showRerank();
        return rerankWorkbench();
    });
    m_rerankPage->setAccessibleName(tr("Rerank"));
    // The conversation list sits beside the chat, inside the Chat tab.
    m_chatSplitter->addWidget(m_sidebar);
    m_chatSplitter->addWidget(m_chat);
    m_chatSplitter->setStretchFactor(0, 0);
    m_chatSplitter->setStretchFactor(1, 1);
    m_chatSplitter->setChildrenCollapsible(true);
    m_chatSplitter->setSizes({ 230, 770 });
    m_chatSplitter->setAccessibleName(tr("Conversations and chat"));
    connect(m_sidebar, &ConversationSidebar::newChatRequested, m_chat, &ChatPane::newChat);
    connect(m_sidebar, &ConversationSidebar::hitChosen, this, &MainWindow::showMessage);
    connectHighlights();
    m_tabs->addTab(m_chatSplitter, tr("&Chat"));
    m_tabs->addTab(m_rerankPage, tr("&Rerank"));
    setUpEvaluate();
    m_knowledgePage->setAccessibleName(tr("Knowledge"));
    m_tabs->addTab(m_knowledgePage, tr("Kno&wledge"));
    // A reply's question and candidates go to the workbench to be labelled and compared.
    connect(m_chat, &ChatPane::openInWorkbench, this, [this](const RerankSet &set) {
        rerankWorkbench()->setSet(set);
        showRerank();
    });
    connect(m_chat, &ChatPane::manageKnowledgeRequested, this, &MainWindow::showKnowledge);
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Sections"));
    StartupTrace::mark("window: tabs");

    // The banner: a framed note in the palette's tooltip colours, visible in light and dark.
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::ToolTipBase);
    m_banner->setForegroundRole(QPalette::ToolTipText);
    m_bannerLabel->setWordWrap(true);
    m_bannerLabel->setForegroundRole(QPalette::ToolTipText);
    m_bannerLabel->setAccessibleName(tr("Notice"));
    auto *dismiss = new QToolButton(m_banner);
    dismiss->setText(tr("Dismiss"));
    dismiss->setAutoRaise(true);
    dismiss->setAccessibleName(tr("Dismiss notice"));
    dismiss->setToolTip(tr("Hide this notice"));
    connect(dismiss, &QToolButton::clicked, m_banner, &QWidget::hide);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 4, 4);
    bannerLayout->addWidget(m_bannerLabel, 1);
    bannerLayout->addWidget(dismiss);
    m_banner->setVisible(false);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_endpointLabel->setAccessibleName(tr("Endpoint"));
    m_modelLabel->setAccessibleName(tr("Model"));
    m_keyLabel->setAccessibleName(tr("API key state"));
    m_totalsLabel->setAccessibleName(tr("Conversation totals"));
    m_totalsLabel->setToolTip(tr("Tokens and cost of all replies in this conversation"));
    // Messages show whole: the items give way to them, the totals first, the connection last.
    m_statusBar = new StatusBar(this);
    setStatusBar(m_statusBar);
    m_statusBar->addItem(m_totalsLabel, 1);
    m_statusBar->addItem(m_endpointLabel, 3);
    m_statusBar->addItem(m_modelLabel, 2);
    m_statusBar->addItem(m_keyLabel, 4);
    // The connection state: an icon and words, so colour is never the only cue. Hidden until a
    // ConnectionStatus is set.
    m_connectionBox = new QWidget(this);
    m_connectionIcon = new QLabel(m_connectionBox);
    m_connectionIcon->setAccessibleName(tr("Connection state icon"));
    m_connectionLabel = new QLabel(m_connectionBox);
    m_connectionLabel->setAccessibleName(tr("Connection state"));
    auto *connectionLayout = new QHBoxLayout(m_connectionBox);
    connectionLayout->setContentsMargins(0, 0, 0, 0);
    connectionLayout->addWidget(m_connectionIcon);
    connectionLayout->addWidget(m_connectionLabel);
    m_statusBar->addItem(m_connectionBox, 5);
    m_statusBar->setItemVisible(m_connectionBox, false);
    // The model and the totals are the chat's: the Rerank tab shows its own models and costs.
    connect(m_tabs, &QTabWidget::currentChanged, this, &MainWindow::onTabChanged);

    StartupTrace::mark("window: banner and status bar");
    createMenus();
    StartupTrace::mark("window: menus");
    connect(m_chat, &ChatPane::modelChanged, this, &MainWindow::updateModelLabel);
    connect(m_chat, &ChatPane::modelChanged, this, &MainWindow::warnIfDeprecated);
    connect(session, &ChatSession::busyChanged, this, [this, session](bool busy) {
        updateModelLabel(session->model());
        if (busy)
            statusBar()->showMessage(tr("Receiving the reply… (Esc stops)"));
        else
            statusBar()->clearMessage();
    });
    connect(session, &ChatSession::conversationChanged, this, &MainWindow::updateTotals);
    connect(session, &ChatSession::replyFinished, this, &MainWindow::updateTotals);
    connect(m_chat->compareSession(), &CompareSession::finished, this, &MainWindow::updateTotals);
    updateModelLabel(m_chat->modelPicker()->currentModel());
    setKeyState(KeyState::Checking);
    restoreFromConfig();
    StartupTrace::mark("window: geometry restored");
    updateChatItems();
    // Tab moves between controls, arrows between cells: a table that took Tab for its cells
    // kept keyboard users in it (the workbench's documents) and never reached what follows.
    for (QAbstractItemView *view : findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    m_chat->input()->setFocus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    m_historyActions << file->addAction(tr("Export Conversation as &Markdown…"), this,
                                        [this] { exportConversation(true); });
    m_historyActions << file->addAction(tr("Export Conversation as &JSON…"), this,
                                        [this] { exportConversation(false); });
    m_historyActions << file->addAction(tr("Export &All Conversations…"), this,
                                        &MainWindow::exportAll);
    m_historyActions << file->addAction(tr("&Import Conversations…"), this,
                                        &MainWindow::importConversations);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    // Edit acts on whichever text field has focus. The shortcuts only show in the menu (widget
    // context): the fields handle the keys themselves, so nothing competes with them.
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    const auto addEditAction
        = [this, edit](const QString &text, QKeySequence::StandardKey key, const char *slot) {
              QAction *action = edit->addAction(text, this, [slot] {
                  if (QWidget *focus = QApplication::focusWidget())
                      QMetaObject::invokeMethod(focus, slot);
              });
              action->setShortcut(key);
              action->setShortcutContext(Qt::WidgetShortcut);
          };
    addEditAction(tr("&Undo"), QKeySequence::Undo, "undo");
    addEditAction(tr("&Redo"), QKeySequence::Redo, "redo");
    edit->addSeparator();
    addEditAction(tr("Cu&t"), QKeySequence::Cut, "cut");
    addEditAction(tr("&Copy"), QKeySequence::Copy, "copy");
    addEditAction(tr("&Paste"), QKeySequence::Paste, "paste");
    edit->addSeparator();
    addEditAction(tr("Select &All"), QKeySequence::SelectAll, "selectAll");

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *showChat
        = view->addAction(tr("&Chat"), this, [this] { m_tabs->setCurrentWidget(m_chatSplitter); });
    showChat->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *showRerankAction
        = view->addAction(tr("&Rerank Workbench"), this, &MainWindow::showRerank);
    showRerankAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    view->addAction(tr("&Evaluate"), this, [this] { m_tabs->setCurrentWidget(m_evaluatePage); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *showKnowledge
        = view->addAction(tr("&Knowledge"), this, [this] { MainWindow::showKnowledge(); });
    showKnowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full Screen"));
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen
                          : windowState() & ~Qt::WindowFullScreen);
    });

    // Alt+T: Alt+C is the Chat tab's, and H, A are the Help menu's and Attach's.
    QMenu *chat = menuBar()->addMenu(tr("Cha&t"));
    chat->addAction(m_chat->newChatAction());
    QAction *search = chat->addAction(tr("&Search Conversations"), this, &MainWindow::openSearch);
    search->setShortcuts(
        { QKeySequence(Qt::CTRL | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F) });
    m_historyActions << search;
    // The search's words in the open conversation: from one match to the next (issue 12).
    QAction *findNext = chat->addAction(tr("Find &Next"), this, [this] { stepMatch(1); });
    findNext->setShortcut(QKeySequence(Qt::Key_F3));
    QAction *findPrevious = chat->addAction(tr("Find Pre&vious"), this, [this] { stepMatch(-1); });
    findPrevious->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F3));
    chat->addSeparator();
    chat->addAction(m_chat->sendAction());
    chat->addAction(m_chat->stopAction());
    chat->addAction(m_chat->regenerateAction());
    chat->addAction(m_chat->copyReplyAction());
    chat->addSeparator();
    chat->addAction(m_chat->chooseModelAction());
    chat->addAction(m_chat->compareAction());
    chat->addSeparator();
    chat->addAction(m_chat->insertPromptAction());
    chat->addAction(m_chat->savePromptAction());
    // Menu actions of the chat tab bring it to the front first.
    for (QAction *action : chat->actions()) {
        connect(action, &QAction::triggered, this,
                [this] { m_tabs->setCurrentWidget(m_chatSplitter); });
    }

    // The actions bring the workbench to the front (building it on first use) and act on it.
    QMenu *rerank = menuBar()->addMenu(tr("Rera&nk"));
    rerank->addAction(m_rerankActions.run);
    rerank->addAction(m_rerankActions.cancel);
    rerank->addSeparator();
    rerank->addAction(m_rerankActions.newSet);
    rerank->addAction(m_rerankActions.openSet);
    rerank->addAction(m_rerankActions.saveSet);
    rerank->addAction(m_rerankActions.saveSetAs);
    rerank->addAction(m_rerankActions.exportSet);
    rerank->addAction(m_rerankActions.importSet);
    rerank->addSeparator();
    rerank->addAction(m_rerankActions.loadExample);

    updateHistoryActions();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Sift"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::showAbout()
{
    // open(), not exec(): the window keeps streaming while the box is up.
    auto *box = new QMessageBox(QMessageBox::Information, tr("About Sift"),
                                tr("<b>Sift</b> %1<br>A desktop client for DeepInfra chat and "
                                   "rerank models, and for OpenAI-compatible servers.")
                                    .arg(QStringLiteral(SIFT_VERSION).toHtmlEscaped()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateModelLabel(const QString &model)
{
    m_modelLabel->setText(model);
    m_modelLabel->setToolTip(tr("Model: %1").arg(model));
}

void MainWindow::warnIfDeprecated(const QString &model)
{
    const std::optional<ModelInfo> info = m_catalog ? m_catalog->find(model) : std::nullopt;
    if (info && info->deprecated)
        statusBar()->showMessage(tr("%1 is deprecated: the endpoint may stop serving it. Choose "
                                    "another model with Ctrl+K.")
                                     .arg(model),
                                 15000);
}

RerankWorkbench *MainWindow::rerankWorkbench()
{
    m_rerankPage->content();
    return m_rerank;
}

QWidget *MainWindow::buildRerankWorkbench(QWidget *page)
{
    m_rerank = new RerankWorkbench(page, &m_rerankActions);
    m_rerank->setCatalog(m_catalog);
    m_rerank->setConfig(m_config);
    // In the order the window got them: the demo's sample goes in before the store, so the
    // store's last set does not replace it.
    if (m_rerankClient)
        m_rerank->setApiClient(m_rerankClient);
    if (std::exchange(m_rerankSample, false))
        m_rerank->loadSample();
    if (m_rerankStore)
        m_rerank->setStore(m_rerankStore);
    // Labels of a knowledge question collect into an evaluation set: the Evaluate tab lists it.
    // The tab's store is not the workbench's: it is told of the set and of its new grades.
    connect(m_rerank->session(), &WorkbenchSession::knowledgeLabelsCollected, this,
            [this](qint64 evalSetId) {
                if (m_evaluate && m_evaluate->store()) {
                    m_evaluate->store()->notifySetsChanged();
                    m_evaluate->store()->notifySetChanged(evalSetId);
                }
            });
    // As for the rest of the window (see the constructor): Tab leaves tables.
    for (QAbstractItemView *view : m_rerank->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    return m_rerank;
}

void MainWindow::setKnowledgeSession(KnowledgeSession *session)
{
    m_knowledgeSession = session;
    if (m_knowledge)
        m_knowledge->setSession(session);
}

void MainWindow::showKnowledge()
{
    m_tabs->setCurrentWidget(m_knowledgePage);
    knowledgePanel();
}

void MainWindow::showRerank()
{
    m_tabs->setCurrentWidget(m_rerankPage);
    rerankWorkbench();
}

void MainWindow::setRerankApiClient(ApiClient *client)
{
    m_rerankClient = client;
    if (m_rerank)
        m_rerank->setApiClient(client);
}

void MainWindow::setRerankStore(WorkbenchStore *store)
{
    m_rerankStore = store;
    if (store)
        store->setParent(this); // goes with the window, before the database closes
    if (m_rerank)
        m_rerank->setStore(store);
}

void MainWindow::loadRerankSample()
{
    if (m_rerank)
        m_rerank->loadSample();
    else
        m_rerankSample = true;
}

void MainWindow::onTabChanged()
{
    if (auto *page = qobject_cast<LazyPage *>(m_tabs->currentWidget())) {
        // Built as the tab shows. The focus was moved to the empty page: on to its contents.
        QWidget *content = page->content();
        QWidget *focus = QApplication::focusWidget();
        if (content && (!focus || focus == page || !focus->isVisible()))
            content->setFocus();
    }
    updateChatItems();
}

void MainWindow::updateChatItems()
{
    const bool chat = m_tabs->currentWidget() == m_chatSplitter;
    m_statusBar->setItemVisible(m_modelLabel, chat);
    // No empty segment at the left before the conversation's first reply.
    m_statusBar->setItemVisible(m_totalsLabel, chat && !m_totalsLabel->text().isEmpty());
}

void MainWindow::setEndpointText(const QString &text)
{
    m_endpointLabel->setText(text);
}

void MainWindow::setKeyState(KeyState state)
{
    m_keyState = state;
    m_keyLabel->setText(keyStateText());
    updateKeyLabelVisibility();
}

void MainWindow::updateKeyLabelVisibility()
{
    // "No key" from the connection state says it already: do not say it twice.
    const bool saidByConnection = m_connection && m_keyState == KeyState::None
        && m_connection->state() == ConnectionStatus::State::NoKey;
    m_statusBar->setItemVisible(m_keyLabel, !saidByConnection);
}

void MainWindow::setConnectionStatus(ConnectionStatus *status)
{
    if (m_connection)
        disconnect(m_connection, nullptr, this, nullptr);
    m_connection = status;
    if (m_connection)
        connect(m_connection, &ConnectionStatus::changed, this, &MainWindow::updateConnectionState);
    updateConnectionState();
}

QString MainWindow::connectionStateText() const
{
    return m_connection ? m_connection->text() : QString();
}

void MainWindow::updateConnectionState()
{
    m_statusBar->setItemVisible(m_connectionBox, m_connection);
    updateKeyLabelVisibility();
    if (!m_connection)
        return;
    using State = ConnectionStatus::State;
    QStyle::StandardPixmap icon = QStyle::SP_MessageBoxWarning;
    switch (m_connection->state()) {
    case State::Connected:
        icon = QStyle::SP_DialogApplyButton;
        break;
    case State::Connecting:
        icon = QStyle::SP_BrowserReload;
        break;
    case State::Ready:
        icon = QStyle::SP_MessageBoxInformation;
        break;
    case State::KeyRejected:
    case State::Blocked:
        icon = QStyle::SP_MessageBoxCritical;
        break;
    case State::Offline:
    case State::NoKey:
    case State::ServerTrouble:
        icon = QStyle::SP_MessageBoxWarning;
        break;
    }
    if (m_painted) {
        const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
        m_connectionIcon->setPixmap(style()->standardIcon(icon, nullptr, this).pixmap(size));
    }
    const QString text = m_connection->text();
    const QString detail = m_connection->detail();
    m_connectionLabel->setText(text);
    m_connectionIcon->setAccessibleDescription(text);
    m_connectionLabel->setAccessibleDescription(detail);
    m_connectionBox->setToolTip(detail);
    m_connectionLabel->setToolTip(detail);
    m_connectionIcon->setToolTip(detail);
}

QString MainWindow::keyStateText() const
{
    switch (m_keyState) {
    case KeyState::Checking:
        return tr("checking key…");
    case KeyState::Stored:
        return tr("key stored");
    case KeyState::Environment:
        return tr("key from environment");
    case KeyState::None:
        return tr("no key");
    case KeyState::SessionOnly:
        return tr("key kept for this session only");
    }
    return {};
}

void MainWindow::setBanner(const QString &text, const QString &details)
{
    m_bannerLabel->setText(text);
    m_bannerLabel->setToolTip(details.isEmpty() ? QString()
                                                : tr("Details: %1").arg(details.toHtmlEscaped()));
    m_banner->setVisible(!text.isEmpty());
}

QString MainWindow::bannerDetails() const
{
    return m_bannerLabel->toolTip();
}

QString MainWindow::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_bannerLabel->text();
}

void MainWindow::restoreFromConfig()
{
    if (!m_config)
        return;
    const QByteArray geometry = m_config->get(Config::WindowGeometry).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry))
        resize(1000, 720);
    const QByteArray state = m_config->get(Config::WindowState).toByteArray();
    if (!state.isEmpty())
        restoreState(state);
    m_tabs->setCurrentIndex(
        std::clamp(m_config->get(Config::CurrentTab).toInt(), 0, m_tabs->count() - 1));
    const QByteArray sidebar = m_config->get(Config::SidebarState).toByteArray();
    if (!sidebar.isEmpty())
        m_chatSplitter->restoreState(sidebar);
}

void MainWindow::saveToConfig()
{
    if (!m_config)
        return;
    m_config->set(Config::WindowGeometry, saveGeometry());
    m_config->set(Config::WindowState, saveState());
    m_config->set(Config::CurrentTab, m_tabs->currentIndex());
    m_config->set(Config::ChatSplitterState, m_chat->splitter()->saveState());
    m_config->set(Config::SidebarState, m_chatSplitter->saveState());
    m_config->sync();
}

void MainWindow::paintEvent(QPaintEvent *event)
{
    QMainWindow::paintEvent(event);
    // The first icon loads the icon theme (milliseconds): the state's icon comes just after the
    // first paint, its words are there from the start.
    if (!m_painted) {
        QTimer::singleShot(0, this, [this] {
            m_painted = true;
            updateConnectionState();
        });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Labels and edits of the workbench set are never lost on quit (never built: nothing to save).
    if (m_rerank)
        m_rerank->saveEdits();
    saveToConfig();
    QMainWindow::closeEvent(event);
}

void MainWindow::setStore(ConversationStore *store)
{
    m_store = store;
    m_sidebar->setStore(store);
    updateHistoryActions();
    updateTotals();
}

void MainWindow::updateTotals()
{
    const qint64 id = m_session->conversationId();
    const UsageTotals totals = m_store && id ? m_store->totals(id) : UsageTotals();
    if (totals.replies == 0) {
        m_totalsLabel->clear();
        updateChatItems();
        return;
    }
    QString text = tr("%n tokens", nullptr, int(totals.promptTokens + totals.completionTokens))
        + u" · "_s + CostFormat::usd(totals.cost, QLocale());
    if (totals.costEstimated)
        text += u" "_s + tr("(partly estimated)");
    m_totalsLabel->setText(text);
    updateChatItems();
}

QString MainWindow::totalsText() const
{
    return m_totalsLabel->text();
}

void MainWindow::updateHistoryActions()
{
    for (QAction *action : std::as_const(m_historyActions))
        action->setEnabled(m_store != nullptr);
}

void MainWindow::openSearch()
{
    if (!m_store)
        return;
    m_tabs->setCurrentWidget(m_chatSplitter);
    // A sidebar the user collapsed opens again for the search.
    QList<int> sizes = m_chatSplitter->sizes();
    if (!sizes.isEmpty() && sizes.first() == 0) {
        const int total = std::accumulate(sizes.cbegin(), sizes.cend(), 0);
        sizes = { 230, std::max(0, total - 230) };
        m_chatSplitter->setSizes(sizes);
    }
    m_sidebar->focusSearch();
}

void MainWindow::showMessage(qint64 conversationId, qint64 messageId)
{
    if (conversationId != m_session->conversationId()
        && !m_session->openConversation(conversationId))
        return;
    m_session->revealMessage(messageId);
    const int row = m_chat->transcriptModel()->rowOfMessage(messageId);
    if (row < 0)
        return;
    TranscriptView *view = m_chat->transcriptView();
    const QModelIndex index = m_chat->transcriptModel()->index(row);
    // Selection is the highlight; scrolling there stops following the tail.
    view->setCurrentIndex(index);
    view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    view->setFocus();
    // The search's words marked in it, the first one in this message current.
    view->highlights()->setQuery(m_sidebar->search()->query(), row);
}

// The sidebar search's words marked in the transcript: they follow the search text, "2 of 7"
// shows under it, Return/Shift+Return there and F3/Shift+F3 anywhere move between them.
void MainWindow::connectHighlights()
{
    TranscriptHighlights *highlights = m_chat->transcriptView()->highlights();
    ConversationSearch *search = m_sidebar->search();
    connect(search, &ConversationSearch::queryChanged, highlights,
            [highlights](const QString &query) { highlights->setQuery(query); });
    connect(search, &ConversationSearch::nextMatchRequested, this, [this] { stepMatch(1); });
    connect(search, &ConversationSearch::previousMatchRequested, this, [this] { stepMatch(-1); });
    connect(highlights, &TranscriptHighlights::changed, search,
            [highlights, search] { search->setMatchText(highlights->countText()); });
}

void MainWindow::stepMatch(int step)
{
    TranscriptHighlights *highlights = m_chat->transcriptView()->highlights();
    if (!highlights->isActive()) {
        openSearch(); // nothing to step through yet: the search box, to type the words
        return;
    }
    m_tabs->setCurrentWidget(m_chatSplitter);
    if (step > 0)
        highlights->next();
    else
        highlights->previous();
}

static bool writeFile(const QString &path, const QByteArray &data, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

void MainWindow::exportConversation(bool markdown)
{
    if (!m_store)
        return;
    const qint64 id = m_session->conversationId();
    const std::optional<ConversationRecord> record
        = id ? m_store->loadConversation(id) : std::nullopt;
    if (!record) {
        statusBar()->showMessage(tr("Open a saved conversation first, then export it."), 8000);
        return;
    }
    const qint64 leaf = m_session->messages().isEmpty() ? 0 : m_session->messages().last().id;
    QString name = record->title.isEmpty() ? tr("conversation") : record->title;
    name.replace(QRegularExpression(u"[^\\w\\- ]+"_s), u"_"_s);
    const QString path = FileDialogs::getSaveFileName(
        this, markdown ? tr("Export as Markdown") : tr("Export as JSON"),
        name + (markdown ? u".md"_s : u".json"_s),
        markdown ? tr("Markdown (*.md)") : tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const QByteArray data = markdown ? ConversationArchive::toMarkdown(*record, leaf).toUtf8()
                                     : ConversationArchive::toJsonDocument(*record, leaf);
    QString error;
    if (!writeFile(path, data, &error))
        setBanner(tr("The export could not be written (%1). Choose another folder.").arg(error));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::exportAll()
{
    if (!m_store)
        return;
    const QString path = FileDialogs::getSaveFileName(
        this, tr("Export All Conversations"), u"sift-conversations.json"_s, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    const QByteArray data = ConversationArchive::exportAll(*m_store, &error);
    if (data.isEmpty() || !writeFile(path, data, &error))
        setBanner(tr("The export could not be written (%1). Choose another folder.").arg(error));
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 8000);
}

void MainWindow::importConversations()
{
    if (!m_store)
        return;
    const QString path = FileDialogs::getOpenFileName(this, tr("Import Conversations"),
                                                      tr("JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        importConversationFile(path);
}

void MainWindow::importConversationFile(const QString &path)
{
    if (!m_store || !m_store->database() || m_import)
        return;
    if (m_store->database()->isReadOnly()) {
        setBanner(tr("Nothing was imported: the history is open read-only. Close other Sift "
                     "windows and restart Sift, then import again."));
        return;
    }
    // Read, parsed and written on a worker in one transaction; the window stays usable and a
    // cancel leaves nothing behind.
    auto *import = new ConversationImport(this);
    m_import = import;
    auto *progress = new QProgressDialog(
        tr("Importing conversations from %1…").arg(QDir::toNativeSeparators(path)), tr("Cancel"), 0,
        0, this);
    progress->setObjectName(u"importProgress"_s);
    progress->setWindowTitle(tr("Import Conversations"));
    progress->setAccessibleName(tr("Import progress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setMinimumDuration(300);
    connect(progress, &QProgressDialog::canceled, import, &ConversationImport::cancel);
    connect(import, &ConversationImport::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setMaximum(int(total));
        progress->setValue(int(done));
    });
    connect(import, &ConversationImport::finished, this,
            [this, import, progress](const ConversationArchive::ImportResult &result) {
                progress->deleteLater();
                import->deleteLater();
                if (!m_store)
                    return;
                if (!result.ok) {
                    if (result.cancelled)
                        statusBar()->showMessage(result.error, 8000);
                    else
                        setBanner(tr("Nothing was imported: %1").arg(result.error));
                    return;
                }
                m_store->announceListChanged();
                statusBar()->showMessage(
                    tr("Imported %n conversation(s).", nullptr, int(result.conversationIds.size())),
                    8000);
                if (!result.conversationIds.isEmpty())
                    m_session->openConversationInBackground(result.conversationIds.constFirst());
            });
    import->start(path, m_store->database()->path());
}

// --- Evaluate (issue 14): built the first time it is shown, so start-up does not pay for it.

void MainWindow::setUpEvaluate()
{
    m_evaluatePage = new LazyPage([this](QWidget *page) { return buildEvaluateTab(page); }, this);
    m_tabs->addTab(m_evaluatePage, tr("Eva&luate"));
}

void MainWindow::setEvaluateServices(ApiClient *client, Database *database)
{
    m_evaluateClient = client;
    m_evaluateDatabase = database;
    if (m_evaluate) {
        m_evaluate->setApiClient(client);
        m_evaluate->setDatabase(database);
    }
}

EvaluateTab *MainWindow::evaluateTab()
{
    m_evaluatePage->content();
    return m_evaluate;
}

QWidget *MainWindow::buildEvaluateTab(QWidget *page)
{
    m_evaluate = new EvaluateTab(page);
    m_evaluate->setCatalog(m_catalog);
    m_evaluate->setApiClient(m_evaluateClient);
    m_evaluate->setDatabase(m_evaluateDatabase);
    m_evaluate->setWorkbench(rerankWorkbench());
    m_evaluate->setConfig(m_config);
    connect(m_evaluate, &EvaluateTab::workbenchRequested, this, &MainWindow::showRerank);
    for (QAbstractItemView *view : m_evaluate->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    return m_evaluate;
}

// --- Knowledge (issue 15): built the first time it is shown, like the other tabs.

KnowledgePanel *MainWindow::knowledgePanel()
{
    m_knowledgePage->content();
    return m_knowledge;
}

QWidget *MainWindow::buildKnowledge(QWidget *page)
{
    m_knowledge = new KnowledgePanel(page);
    m_knowledge->setSession(m_knowledgeSession);
    // A question's candidates go to the workbench to be labelled and compared.
    connect(m_knowledge, &KnowledgePanel::openInWorkbench, this, [this](const RerankSet &set) {
        rerankWorkbench()->setSet(set);
        showRerank();
    });
    // As for the rest of the window (see the constructor): Tab leaves tables.
    for (QAbstractItemView *view : m_knowledge->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
    return m_knowledge;
}
