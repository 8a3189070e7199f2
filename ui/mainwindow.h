#pragma once

#include "config/config.h"
#include "lazypage.h"
#include "rerankworkbench.h"

#include <QMainWindow>
#include <QPointer>

class ApiClient;
class ChatPane;
class ChatSession;
class ConnectionStatus;
class ConversationSidebar;
class ConversationImport;
class ConversationStore;
class Database;
class EvaluateTab;
class KnowledgePanel;
class KnowledgeSession;
class ModelCatalog;
class QAction;
class QFrame;
class QLabel;
class QSplitter;
class QTabWidget;
class StatusBar;
class WorkbenchStore;

// The "Sift" window: Chat, Rerank and Evaluate tabs, menus, status bar (endpoint, model, key and
// connection state) and a banner for problems that concern the whole window (no keychain).
// Start-up rule: only the Chat tab is built before the first paint. Every other tab is a
// LazyPage that builds its contents when first shown or asked for (rerankWorkbench(),
// evaluateTab()); a new tab must be one too (tst_guicontroller checks it).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class KeyState { Checking, Stored, Environment, None, SessionOnly };

    MainWindow(Config *config, ChatSession *session, const ModelCatalog *catalog,
               QWidget *parent = nullptr);

    ChatPane *chatPane() const { return m_chat; }
    QTabWidget *tabs() const { return m_tabs; }
    // The workbench is built when its tab is first shown (or something needs it): it is not
    // part of the first paint. rerankWorkbench() builds it now if need be.
    RerankWorkbench *rerankWorkbench();
    bool hasRerankWorkbench() const { return m_rerank != nullptr; }
    // The Rerank tab's page (the workbench's parent).
    QWidget *rerankPage() const { return m_rerankPage; }
    // Brings the Rerank tab to the front (building the workbench).
    void showRerank();
    // Handed to the workbench now, or when it is built.
    void setRerankApiClient(ApiClient *client);
    // The store becomes the window's; the workbench uses it.
    void setRerankStore(WorkbenchStore *store);
    // The sample set (--demo), loaded now or when the workbench is built.
    void loadRerankSample();
    const RerankActions &rerankActions() const { return m_rerankActions; }
    // The Knowledge tab is built when first shown, like the workbench; knowledgePanel() builds
    // it now if need be. The session is handed to it then.
    KnowledgePanel *knowledgePanel();
    bool hasKnowledgePanel() const { return m_knowledge != nullptr; }
    void setKnowledgeSession(KnowledgeSession *session);
    void showKnowledge();
    QAction *settingsAction() const { return m_settingsAction; }
    ConversationSidebar *sidebar() const { return m_sidebar; }
    QSplitter *chatSplitter() const { return m_chatSplitter; }
    // History: the sidebar lists the store's conversations; search and export use it.
    void setStore(ConversationStore *store);
    // Ctrl+F: the search box at the top of the sidebar (over all conversations).
    void openSearch();
    // Opens the conversation and selects the message (search results).
    void showMessage(qint64 conversationId, qint64 messageId);
    // Imports a conversations file on a worker, with a progress dialog that can cancel it.
    void importConversationFile(const QString &path);
    // "57 tokens · $0.0000057" for the open conversation; empty before its first reply.
    QString totalsText() const;

    void setEndpointText(const QString &text);
    void setKeyState(KeyState state);
    KeyState keyState() const { return m_keyState; }
    QString keyStateText() const;
    // Shows the state in the status bar (icon and words) and follows its changes.
    void setConnectionStatus(ConnectionStatus *status);
    // "Connected", "Offline — using cached models"…; empty without a ConnectionStatus.
    QString connectionStateText() const;
    // A message across the top of the window; empty hides it.
    // details: the technical cause (e.g. the keychain's own error), shown as the tooltip.
    void setBanner(const QString &text, const QString &details = {});
    QString bannerText() const;
    QString bannerDetails() const;

    // The Evaluate tab, built on first use; it scores with the client and keeps its sets in the
    // database, given (or changed) at any time.
    EvaluateTab *evaluateTab();
    void setEvaluateServices(ApiClient *client, Database *database);

Q_SIGNALS:
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void createMenus();
    void restoreFromConfig();
    void saveToConfig();
    void showAbout();
    void updateModelLabel(const QString &model);
    void exportConversation(bool markdown);
    void exportAll();
    void importConversations();
    void updateHistoryActions();
    void updateTotals();
    void updateConnectionState();
    void updateKeyLabelVisibility();
    void updateChatItems();
    void warnIfDeprecated(const QString &model);
    void onTabChanged();
    void connectHighlights();
    void stepMatch(int step);

    QPointer<Config> m_config;
    QTabWidget *m_tabs;
    QSplitter *m_chatSplitter;
    ConversationSidebar *m_sidebar;
    ChatPane *m_chat;
    ChatSession *m_session;
    QPointer<const ModelCatalog> m_catalog;
    QPointer<ConversationStore> m_store;
    QPointer<ConversationImport> m_import; // the import running, if any
    QList<QAction *> m_historyActions;
    LazyPage *m_rerankPage;
    RerankWorkbench *m_rerank = nullptr;
    RerankActions m_rerankActions;
    QPointer<ApiClient> m_rerankClient;
    QPointer<WorkbenchStore> m_rerankStore;
    bool m_rerankSample = false;
    LazyPage *m_knowledgePage;
    KnowledgePanel *m_knowledge = nullptr;
    QPointer<KnowledgeSession> m_knowledgeSession;
    QWidget *buildKnowledge(QWidget *page);
    QFrame *m_banner;
    QLabel *m_bannerLabel;
    QLabel *m_endpointLabel;
    QLabel *m_modelLabel;
    QLabel *m_keyLabel;
    StatusBar *m_statusBar = nullptr;
    QWidget *m_connectionBox = nullptr;
    QLabel *m_connectionIcon = nullptr;
    QLabel *m_connectionLabel = nullptr;
    QPointer<ConnectionStatus> m_connection;
    QLabel *m_totalsLabel;
    QAction *m_settingsAction = nullptr;
    KeyState m_keyState = KeyState::Checking;
    bool m_painted = false; // the first paint is done: icons may load (see paintEvent())

    void setUpEvaluate();
    QWidget *buildEvaluateTab(QWidget *page);
    QWidget *buildRerankWorkbench(QWidget *page);
    LazyPage *m_evaluatePage = nullptr;
    EvaluateTab *m_evaluate = nullptr;
    QPointer<ApiClient> m_evaluateClient;
    QPointer<Database> m_evaluateDatabase;
};
