#pragma once

#include "config/config.h"

#include <QMainWindow>
#include <QPointer>

class ChatPane;
class ChatSession;
class ModelCatalog;
class QAction;
class QFrame;
class QLabel;
class QTabWidget;
class RerankWorkbench;

// The "Sift" window: Chat and Rerank tabs, menus, status bar (endpoint, model, key state) and a
// banner for problems that concern the whole window (no keychain).
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class KeyState { Checking, Stored, Environment, None, SessionOnly };

    MainWindow(Config *config, ChatSession *session, const ModelCatalog *catalog,
               QWidget *parent = nullptr);

    ChatPane *chatPane() const { return m_chat; }
    QTabWidget *tabs() const { return m_tabs; }
    RerankWorkbench *rerankWorkbench() const { return m_rerank; }
    QAction *settingsAction() const { return m_settingsAction; }

    void setEndpointText(const QString &text);
    void setKeyState(KeyState state);
    KeyState keyState() const { return m_keyState; }
    QString keyStateText() const;
    // A message across the top of the window; empty hides it.
    void setBanner(const QString &text);
    QString bannerText() const;

Q_SIGNALS:
    void settingsRequested();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreFromConfig();
    void saveToConfig();
    void showAbout();
    void updateModelLabel(const QString &model);

    QPointer<Config> m_config;
    QTabWidget *m_tabs;
    ChatPane *m_chat;
    RerankWorkbench *m_rerank;
    QFrame *m_banner;
    QLabel *m_bannerLabel;
    QLabel *m_endpointLabel;
    QLabel *m_modelLabel;
    QLabel *m_keyLabel;
    QAction *m_settingsAction = nullptr;
    KeyState m_keyState = KeyState::Checking;
};
