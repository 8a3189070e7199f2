#include "mainwindow.h"

#include "chat/chatsession.h"
#include "chatpane.h"
#include "config/config.h"
#include "modelpicker.h"
#include "rerankworkbench.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Config *config, ChatSession *session, const ModelCatalog *catalog,
                       QWidget *parent)
    : QMainWindow(parent)
    , m_config(config)
    , m_tabs(new QTabWidget(this))
    , m_chat(new ChatPane(session, this))
    , m_rerank(new RerankWorkbench(this))
    , m_banner(new QFrame(this))
    , m_bannerLabel(new QLabel(m_banner))
    , m_endpointLabel(new QLabel(this))
    , m_modelLabel(new QLabel(this))
    , m_keyLabel(new QLabel(this))
{
    setWindowTitle(u"Sift"_s);
    setObjectName(u"MainWindow"_s);

    m_chat->setCatalog(catalog);
    m_chat->setConfig(config);
    m_rerank->setCatalog(catalog);
    m_tabs->addTab(m_chat, tr("&Chat"));
    m_tabs->addTab(m_rerank, tr("&Rerank"));
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Sections"));

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
    const auto separator = [this] {
        auto *line = new QFrame(this);
        line->setFrameShape(QFrame::VLine);
        line->setFrameShadow(QFrame::Sunken);
        return line;
    };
    statusBar()->addPermanentWidget(m_endpointLabel);
    statusBar()->addPermanentWidget(separator());
    statusBar()->addPermanentWidget(m_modelLabel);
    statusBar()->addPermanentWidget(separator());
    statusBar()->addPermanentWidget(m_keyLabel);

    createMenus();
    connect(m_chat, &ChatPane::modelChanged, this, &MainWindow::updateModelLabel);
    connect(session, &ChatSession::busyChanged, this, [this, session](bool busy) {
        updateModelLabel(session->model());
        if (busy)
            statusBar()->showMessage(tr("Receiving the reply… (Esc stops)"));
        else
            statusBar()->clearMessage();
    });
    updateModelLabel(m_chat->modelPicker()->currentModel());
    setKeyState(KeyState::Checking);
    restoreFromConfig();
    m_chat->setFocus();
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_settingsAction = file->addAction(tr("&Settings…"), this, &MainWindow::settingsRequested);
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *chat = menuBar()->addMenu(tr("&Chat"));
    chat->addAction(m_chat->newChatAction());
    chat->addSeparator();
    chat->addAction(m_chat->sendAction());
    chat->addAction(m_chat->stopAction());
    chat->addAction(m_chat->regenerateAction());
    chat->addAction(m_chat->copyReplyAction());
    chat->addSeparator();
    chat->addAction(m_chat->chooseModelAction());
    // Menu actions of the chat tab bring it to the front first.
    for (QAction *action : chat->actions()) {
        connect(action, &QAction::triggered, this, [this] { m_tabs->setCurrentWidget(m_chat); });
    }

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
                                    .arg(QCoreApplication::applicationVersion().toHtmlEscaped()),
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::updateModelLabel(const QString &model)
{
    m_modelLabel->setText(model);
    m_modelLabel->setToolTip(tr("Model: %1").arg(model));
}

void MainWindow::setEndpointText(const QString &text)
{
    m_endpointLabel->setText(text);
}

void MainWindow::setKeyState(KeyState state)
{
    m_keyState = state;
    m_keyLabel->setText(keyStateText());
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

void MainWindow::setBanner(const QString &text)
{
    m_bannerLabel->setText(text);
    m_banner->setVisible(!text.isEmpty());
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
}

void MainWindow::saveToConfig()
{
    if (!m_config)
        return;
    m_config->set(Config::WindowGeometry, saveGeometry());
    m_config->set(Config::WindowState, saveState());
    m_config->set(Config::CurrentTab, m_tabs->currentIndex());
    m_config->set(Config::ChatSplitterState, m_chat->splitter()->saveState());
    m_config->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveToConfig();
    QMainWindow::closeEvent(event);
}
