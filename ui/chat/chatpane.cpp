#include "chatpane.h"

#include "attachmentbar.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chat/rendermarker.h"
#include "chat/tokenestimate.h"
#include "chatoptionspanel.h"
#include "collectionbutton.h"
#include "comparebar.h"
#include "comparecolumns.h"
#include "config/config.h"
#include "flowlayout.h"
#include "knowledge/knowledgechat.h"
#include "leaderboarddialog.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "presetbar.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "welcomepanel.h"

#include <QAbstractItemView>
#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

QAction *makeAction(const QString &text, const QList<QKeySequence> &keys, QWidget *parent)
{
    auto *action = new QAction(text, parent);
    action->setShortcuts(keys);
    if (!keys.isEmpty()) {
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'),
                                            keys.first().toString(QKeySequence::NativeText)));
    }
    parent->addAction(action);
    return action;
}

// The model's row of the header: it asks for room for a whole id (about 52 average characters with
// the label and the buttons), so the tools beside it wrap under it before the field shrinks to its
// minimum (where "…/Meta-Llama-3-8B-Instruct" and "…-70B-Instruct" both read
// "meta-llama/Meta-Llama-3").
class ModelRow : public QWidget
{
public:
    using QWidget::QWidget;
    QSize sizeHint() const override
    {
        QSize size = QWidget::sizeHint();
        size.setWidth(std::max(size.width(), fontMetrics().averageCharWidth() * 52));
        return size;
    }
};

} // namespace

ChatPane::ChatPane(ChatSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new TranscriptModel(session, this))
    , m_view(new TranscriptView(this))
    , m_picker(new ModelPicker(this))
    , m_parametersToggle(new QToolButton(this))
    , m_parameters(new QWidget(this))
    , m_input(new QPlainTextEdit(this))
    // No mnemonics: Enter (or Ctrl+Enter) sends and Esc stops; S goes to the Preset label,
    // which has no other way to be reached, and the other letters are taken (Edit, Rerank…).
    , m_send(new QPushButton(tr("Send"), this))
    , m_stop(new QPushButton(tr("Stop"), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_tokenHint(new QLabel(this))
    , m_contextWarning(new QFrame(this))
    , m_contextWarningLabel(new QLabel(m_contextWarning))
    , m_sendAnyway(new QPushButton(tr("Send &Anyway"), m_contextWarning))
    , m_cancelSend(new QPushButton(tr("Cancel"), m_contextWarning))
{
    m_view->setModel(m_model);

    m_sendAction = makeAction(
        tr("&Send"),
        { QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter) }, this);
    m_stopAction = makeAction(tr("S&top"), { QKeySequence(Qt::Key_Escape) }, this);
    m_regenerateAction
        = makeAction(tr("&Regenerate Reply"), { QKeySequence(Qt::CTRL | Qt::Key_R) }, this);
    m_copyAction = makeAction(tr("&Copy Last Reply"),
                              { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C) }, this);
    m_newChatAction = makeAction(tr("&New Chat"), { QKeySequence(Qt::CTRL | Qt::Key_N) }, this);
    m_chooseModelAction
        = makeAction(tr("Choose &Model…"), { QKeySequence(Qt::CTRL | Qt::Key_K) }, this);
    m_previousBranchAction
        = makeAction(tr("&Previous Branch"), { QKeySequence(Qt::ALT | Qt::Key_Left) }, m_view);
    m_nextBranchAction
        = makeAction(tr("Ne&xt Branch"), { QKeySequence(Qt::ALT | Qt::Key_Right) }, m_view);
    // Only on the transcript: in the input, Alt+arrows keep their text-editing meaning.
    for (QAction *action : { m_previousBranchAction, m_nextBranchAction })
        action->setShortcutContext(Qt::WidgetShortcut);
    connect(m_previousBranchAction, &QAction::triggered, this, [this] { switchBranch(-1, -1); });
    connect(m_nextBranchAction, &QAction::triggered, this, [this] { switchBranch(-1, 1); });
    m_editNote = new QLabel(tr("Editing an earlier message: Send starts a new branch from it, "
                               "Esc cancels."),
                            this);
    m_editNote->setWordWrap(true);
    m_editNote->setVisible(false);
    // Send/Stop/Regenerate/Copy act on the chat only while it has focus, so the Rerank tab can
    // use the same keys (Ctrl+Enter runs, Esc cancels) without ambiguous shortcuts.
    for (QAction *action : { m_sendAction, m_stopAction, m_regenerateAction, m_copyAction })
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_sendAction, &QAction::triggered, this, &ChatPane::send);
    connect(m_stopAction, &QAction::triggered, this, &ChatPane::stop);
    connect(m_regenerateAction, &QAction::triggered, this, &ChatPane::regenerate);
    connect(m_copyAction, &QAction::triggered, this, &ChatPane::copyReply);
    connect(m_newChatAction, &QAction::triggered, this, &ChatPane::newChat);
    connect(m_chooseModelAction, &QAction::triggered, this, &ChatPane::chooseModel);

    // Top bar: model and the parameters toggle.
    auto *modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_picker);
    m_parametersToggle->setObjectName(u"parametersToggle"_s);
    m_parametersToggle->setText(tr("&Parameters"));
    m_parametersToggle->setCheckable(true);
    m_parametersToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_parametersToggle->setArrowType(Qt::RightArrow);
    m_parametersToggle->setAutoRaise(true);
    m_parametersToggle->setAccessibleName(tr("Show parameters"));
    m_parametersToggle->setToolTip(tr("Show or hide the system prompt and sampling parameters"));
    connect(m_parametersToggle, &QToolButton::toggled, this, &ChatPane::setParametersVisible);
    // The model field grows with the pane; the tools beside it (parameters, compare, preset,
    // tokens) wrap onto a second row when the pane is narrow, so an 800 px window in German
    // keeps the conversation list readable instead of squeezing it.
    auto *modelRow = new ModelRow(this);
    auto *modelLayout = new QHBoxLayout(modelRow);
    modelLayout->setContentsMargins(0, 0, 0, 0);
    modelLayout->addWidget(modelLabel);
    modelLayout->addWidget(m_picker, 1);
    auto *tools = new QWidget(this);
    tools->setObjectName(u"chatTools"_s);
    auto *topBar = new QHBoxLayout(tools);
    topBar->setContentsMargins(0, 0, 0, 0);

    // Compare: the next prompt also goes to up to three more models, replies side by side.
    m_compare = new CompareSession(session, this);
    m_compareBar = new CompareBar(this);
    m_compareBar->setVisible(false);
    m_compareColumns = new CompareColumns(m_compare, this);
    m_compareColumns->addKeysTo(m_input);
    m_compareAction
        = makeAction(tr("Co&mpare"), { QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_M) }, this);
    m_compareAction->setCheckable(true);
    m_compareAction->setStatusTip(tr("Send the next prompt to several models at once"));
    auto *compareButton = new QToolButton(this);
    compareButton->setDefaultAction(m_compareAction);
    compareButton->setAutoRaise(true);
    compareButton->setAccessibleName(tr("Compare models"));
    topBar->addWidget(compareButton);
    connect(m_compareAction, &QAction::toggled, this, &ChatPane::setCompareVisible);
    connect(m_compareBar, &CompareBar::leaderboardRequested, this, &ChatPane::showLeaderboard);
    connect(m_compareColumns, &CompareColumns::shownChanged, this, [this](bool shown) {
        m_view->setVisible(!shown);
        if (!shown)
            m_view->scrollToTail();
    });
    // Another conversation shown: its replies are not these.
    connect(session, &ChatSession::conversationChanged, m_compareColumns,
            &CompareColumns::closeColumns);
    // A reply of the chat's own (regenerate, retry, an edit) shows in the transcript.
    connect(session, &ChatSession::busyChanged, m_compareColumns, [this](bool busy) {
        if (busy && !m_compare->isBusy())
            m_compareColumns->closeColumns();
    });
    connect(m_compareColumns, &CompareColumns::continued, this, [this](const QString &model) {
        // The kept model becomes the chat's; the one it replaces is compared in its place.
        QStringList extra = m_compareBar->models();
        if (const qsizetype at = extra.indexOf(model); at >= 0) {
            extra[at] = m_picker->currentModel();
            m_compareBar->setModels(extra);
        }
        m_picker->setCurrentModel(model);
        updatePresetLabel();
        scheduleConversationSave();
        m_input->setFocus();
    });

    // Parameters: built when the panel is first opened or its values are needed (a preset, a
    // send); until then the values remembered in the config stand in for its fields. The
    // panel took ~5% of the instructions before the first paint (docs/PERFORMANCE.md).
    m_parameters->setVisible(false);

    // Input row.
    m_input->setPlaceholderText(
        tr("Type a message. Enter sends, Shift+Enter starts a new line, Esc stops the reply."));
    m_input->setAccessibleName(tr("Message"));
    m_input->setToolTip(tr("Enter or Ctrl+Enter sends; Shift+Enter adds a line"));
    m_input->setTabChangesFocus(true);
    m_input->installEventFilter(this);
    m_input->setMinimumHeight(m_input->fontMetrics().lineSpacing() * 2 + 14);
    m_send->setAccessibleName(tr("Send"));
    m_send->setToolTip(tr("Send the message (Enter, Ctrl+Enter)"));
    m_send->setDefault(true);
    m_stop->setAccessibleName(tr("Stop"));
    m_stop->setToolTip(tr("Stop the reply and keep what arrived (Esc)"));
    connect(m_send, &QPushButton::clicked, this, &ChatPane::send);
    connect(m_stop, &QPushButton::clicked, this, &ChatPane::stop);
    // The live size hint: cheap per keystroke, the conversation's part is cached.
    m_tokenHint->setAccessibleName(tr("Estimated prompt size"));
    m_tokenHint->setForegroundRole(QPalette::PlaceholderText);
    m_tokenHint->setTextInteractionFlags(Qt::NoTextInteraction);

    // The context warning: inline and non-modal, in the palette's tooltip colours like the
    // window's banner. Nothing is sent until the user picks Send anyway or Cancel.
    m_contextWarning->setFrameShape(QFrame::StyledPanel);
    m_contextWarning->setAutoFillBackground(true);
    m_contextWarning->setBackgroundRole(QPalette::ToolTipBase);
    m_contextWarning->setForegroundRole(QPalette::ToolTipText);
    m_contextWarning->setAccessibleName(tr("Context length warning"));
    // Its pixmap comes when the warning first shows: an icon at start loads the icon theme,
    // which held up the first paint by milliseconds.
    auto *warningIcon = new QLabel(m_contextWarning);
    warningIcon->setObjectName(u"contextWarningIcon"_s);
    warningIcon->setAccessibleName(tr("Warning"));
    m_contextWarningLabel->setWordWrap(true);
    m_contextWarningLabel->setForegroundRole(QPalette::ToolTipText);
    m_sendAnyway->setAccessibleName(tr("Send anyway"));
    m_sendAnyway->setToolTip(tr("Send the message although it may not fit the model's context"));
    // Focus moves to Send anyway: Enter confirms, Esc cancels (see eventFilter).
    m_sendAnyway->setAutoDefault(true);
    m_sendAnyway->installEventFilter(this);
    m_cancelSend->setAccessibleName(tr("Do not send"));
    m_cancelSend->setToolTip(tr("Keep the message in the input without sending it (Esc)"));
    m_cancelSend->setAutoDefault(true);
    m_cancelSend->installEventFilter(this);
    connect(m_sendAnyway, &QPushButton::clicked, this, &ChatPane::sendAnyway);
    connect(m_cancelSend, &QPushButton::clicked, this, &ChatPane::dismissContextWarning);
    auto *warningLayout = new QHBoxLayout(m_contextWarning);
    warningLayout->setContentsMargins(8, 4, 4, 4);
    warningLayout->addWidget(warningIcon, 0, Qt::AlignTop);
    warningLayout->addWidget(m_contextWarningLabel, 1);
    warningLayout->addWidget(m_sendAnyway);
    warningLayout->addWidget(m_cancelSend);
    m_contextWarning->setVisible(false);

    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_send);
    buttons->addWidget(m_stop);
    buttons->addStretch();
    auto *inputArea = new QWidget(this);
    auto *inputColumn = new QVBoxLayout;
    inputColumn->setContentsMargins(0, 0, 0, 0);
    inputColumn->addWidget(m_editNote);
    inputColumn->addWidget(m_input, 1);
    setupExtras(topBar, inputColumn, buttons);
    // Last in the row, as in the Tab order: the panel it opens comes next, below the header.
    topBar->addWidget(m_parametersToggle);
    auto *replyArea = new QWidget(this);
    QWidget *replyAndRetrieval = setupKnowledge(replyArea, inputColumn);
    inputColumn->addWidget(m_tokenHint);
    auto *inputLayout = new QHBoxLayout(inputArea);
    inputLayout->setContentsMargins(0, 0, 0, 0);
    inputLayout->addLayout(inputColumn, 1);
    inputLayout->addLayout(buttons);

    // While the chat is empty the transcript shows a welcome with example prompts (built when
    // first shown: updateWelcome).
    m_view->viewport()->installEventFilter(this);
    // A long conversation is read on a worker: this says so meanwhile, over the empty transcript.
    m_loading = new QLabel(tr("Loading the conversation…"), m_view->viewport());
    m_loading->setObjectName(u"loadingLabel"_s);
    m_loading->setTextFormat(Qt::PlainText);
    m_loading->setAlignment(Qt::AlignCenter);
    m_loading->setAccessibleName(tr("Loading the conversation"));
    m_loading->setVisible(false);
    connect(m_session, &ChatSession::loadingChanged, this, [this](bool loading) {
        // A load ends just before its messages come (ChatSession::show empties the chat, then
        // fills it): the welcome waits until they are in, so it is not built for nothing.
        m_loadSettling = !loading;
        updateWelcome();
        if (!loading) {
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_loadSettling = false;
                    updateWelcome();
                },
                Qt::QueuedConnection);
        }
    });
    connect(m_session, &ChatSession::loadingChanged, this, &ChatPane::updateActions);
    connect(m_session, &ChatSession::loadFailed, this, [this](qint64 id) {
        // Nothing was drawn: the marker of that start is not needed.
        if (id == m_markedConversation) {
            RenderMarker(m_markerPath).clear();
            m_markedConversation = 0;
        }
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChatPane::updateWelcome);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ChatPane::updateWelcome);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatPane::updateWelcome);
    // The transcript, or the compared replies in its place while a comparison is shown.
    auto *replyLayout = new QVBoxLayout(replyArea);
    replyLayout->setContentsMargins(0, 0, 0, 0);
    replyLayout->addWidget(m_view);
    replyLayout->addWidget(m_compareColumns);
    m_splitter->addWidget(replyAndRetrieval);
    m_splitter->addWidget(inputArea);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setSizes({ 520, 80 });
    m_splitter->setAccessibleName(tr("Transcript and message"));

    auto *header = new FlowLayout;
    header->addStretchingWidget(modelRow);
    header->addWidget(tools);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_parameters);
    layout->addWidget(m_compareBar);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_replyCheck);
    // Outside the splitter, whose panes keep their height: the wrapped warning gets its own.
    layout->addWidget(m_contextWarning);

    // No focus proxy: in Qt 6, forward Tab into a widget whose proxy is a child lands on the
    // proxy, so the model picker, Parameters and the transcript before the input were skipped.
    // Tab goes top to bottom; MainWindow puts the focus in the input.
    setTabOrder(m_picker, compareButton);
    setTabOrder(compareButton, m_presets->combo());
    setTabOrder(m_presets->combo(), m_presets->menuButton());
    setTabOrder(m_presets->menuButton(), m_tokensButton);
    setTabOrder(m_tokensButton, m_parametersToggle);
    // The parameters go in after their toggle when the panel is built (ensureParameters). The
    // compare row's pickers go in before Add Model as they are added (CompareBar), the columns'
    // own controls after Back to Conversation (CompareColumns).
    setTabOrder(m_parametersToggle, m_compareBar->addButton());
    setTabOrder(m_compareBar->addButton(), m_compareBar->blindBox());
    setTabOrder(m_compareBar->blindBox(), m_compareBar->leaderboardButton());
    setTabOrder(m_compareBar->leaderboardButton(), m_view);
    setTabOrder(m_view, m_compareColumns->tieButton());
    setTabOrder(m_compareColumns->tieButton(), m_compareColumns->allBadButton());
    setTabOrder(m_compareColumns->allBadButton(), m_compareColumns->closeButton());
    setTabOrder(m_compareColumns->closeButton(), m_input);
    setTabOrder(m_input, m_attachments->attachButton());
    setTabOrder(m_attachments->attachButton(), m_collectionButton);
    setTabOrder(m_collectionButton, m_send);
    setTabOrder(m_send, m_stop);
    setTabOrder(m_stop, m_promptsButton);
    setTabOrder(m_promptsButton, m_sendAnyway);
    setTabOrder(m_sendAnyway, m_cancelSend);

    connect(m_input, &QPlainTextEdit::textChanged, this, &ChatPane::updateActions);
    // Editing the message (shortening it, most likely) answers the warning; the hint tells
    // whether it fits now.
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        m_contextWarning->setVisible(false);
        updateTokenHint();
    });
    connect(m_session, &ChatSession::messagesReset, this, [this] {
        m_contextWarning->setVisible(false);
        invalidatePathTokens();
    });
    connect(m_session, &ChatSession::messageAdded, this, &ChatPane::invalidatePathTokens);
    connect(m_session, &ChatSession::messageChanged, this, &ChatPane::invalidatePathTokens);
    connect(m_session, &ChatSession::busyChanged, this, &ChatPane::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ChatPane::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatPane::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ChatPane::updateActions);
    connect(m_view, &TranscriptView::copyRequested, this, &ChatPane::copyRow);
    connect(m_view, &TranscriptView::regenerateRequested, this, &ChatPane::regenerate);
    connect(m_view, &TranscriptView::retryRequested, this, &ChatPane::retry);
    connect(m_view, &TranscriptView::editRequested, this, &ChatPane::editMessage);
    connect(m_view, &TranscriptView::painted, this, [this] {
        // Drawn without crashing or hanging: the render marker is no longer needed.
        if (m_markedConversation != 0 && m_session
            && m_session->conversationId() == m_markedConversation) {
            RenderMarker(m_markerPath).clear();
            m_markedConversation = 0;
        }
    });
    connect(m_view->messageDelegate(), &MessageDelegate::branchStepRequested, this,
            [this](const QModelIndex &index, int step) { switchBranch(index.row(), step); });
    // Another branch or conversation: the message being edited is no longer shown.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ChatPane::cancelEdit);
    connect(m_picker, &ModelPicker::modelChosen, this, [this](const QString &id) {
        if (m_config)
            m_config->set(Config::LastChatModel, id);
        m_contextWarning->setVisible(false);
        updateModelLimits();
        Q_EMIT modelChanged(id);
    });
    updateActions();
    updateModelLimits();
}

ChatPane::~ChatPane()
{
    // Children outlive this destructor: the picker losing focus while it is deleted would emit
    // modelChosen into a half-destroyed pane.
    m_picker->disconnect(this);
    saveConversationSettings(); // a change made just before quitting
}

void ChatPane::setCatalog(const ModelCatalog *catalog)
{
    if (m_catalog)
        disconnect(m_catalog, nullptr, this, nullptr);
    m_catalog = catalog;
    m_picker->setCatalog(catalog);
    m_compareBar->setCatalog(catalog);
    if (m_session)
        m_session->setCatalog(catalog);
    // A live list can bring the context length of the model already chosen.
    if (m_catalog)
        connect(m_catalog, &ModelCatalog::changed, this, &ChatPane::updateModelLimits);
    updateModelLimits();
}

void ChatPane::setConfig(Config *config)
{
    m_config = config;
    if (!m_config)
        return;
    m_picker->setConfig(m_config);
    m_compareBar->setConfig(m_config);
    const QString model = m_config->get(Config::LastChatModel).toString();
    m_picker->setCurrentModel(model.isEmpty() ? ModelCatalog::defaultChatModel() : model);
    if (m_options)
        loadParameters();
    m_attachments->setMaxSide(m_config->get(Config::ImageMaxSide).toInt());
    // Settings → Images applies to the next file attached.
    connect(m_config, &Config::changed, this, [this](Config::Key key) {
        if (key == Config::ImageMaxSide && m_config)
            m_attachments->setMaxSide(m_config->get(Config::ImageMaxSide).toInt());
    });
    m_parametersToggle->setChecked(m_config->get(Config::ParametersExpanded).toBool());
    const QByteArray splitterState = m_config->get(Config::ChatSplitterState).toByteArray();
    if (!splitterState.isEmpty())
        m_splitter->restoreState(splitterState);
    updateModelLimits();

    if (m_options)
        connectParameters();
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] {
        if (m_config)
            m_config->set(Config::ChatSplitterState, m_splitter->saveState());
    });
}

void ChatPane::invalidatePathTokens()
{
    m_pathTokens = -1;
    updateTokenHint();
}

int ChatPane::pathTokens() const
{
    if (m_pathTokens < 0) {
        // Editing an earlier message sends only what comes before it.
        m_pathTokens = m_session ? TokenEstimate::forPath(m_session->messages(), systemPromptText(),
                                                          m_editRow >= 0 ? m_editRow : -1)
                                 : 0;
    }
    return m_pathTokens;
}

int ChatPane::estimatedPromptTokens() const
{
    // The files attached to the message count too: text files as sent, pictures by their tiles.
    const qint64 total = qint64(pathTokens())
        + TokenEstimate::forMessage(m_input->toPlainText().trimmed(), m_attachments->attachments());
    return int(std::min<qint64>(total, std::numeric_limits<int>::max()));
}

void ChatPane::updateTokenHint()
{
    const int tokens = estimatedPromptTokens();
    const int context = contextLength();
    const QLocale locale;
    QString text;
    if (context <= 0)
        text = tr("≈ %1 tokens").arg(locale.toString(tokens));
    else if (TokenEstimate::exceedsContext(tokens, 0, context))
        text = tr("≈ %1 / %2 tokens — too long for this model")
                   .arg(locale.toString(tokens), locale.toString(context));
    else if (TokenEstimate::exceedsContext(tokens, maxTokensValue(), context))
        text = tr("≈ %1 / %2 tokens — no room for a %3-token reply")
                   .arg(locale.toString(tokens), locale.toString(context),
                        locale.toString(maxTokensValue()));
    else
        text = tr("≈ %1 / %2 tokens").arg(locale.toString(tokens), locale.toString(context));
    m_tokenHint->setText(text);
    m_tokenHint->setToolTip(
        context > 0 ? tr("Estimated size of the conversation and your message (about 4 "
                         "characters per token, or the server's count; each picture 85 tokens "
                         "plus 170 per 512×512 tile, as OpenAI counts them), against the %1 "
                         "tokens the model accepts including the reply.")
                          .arg(locale.toString(context))
                    : tr("Estimated size of the conversation and your message (about 4 "
                         "characters per token, or the server's count; each picture 85 tokens "
                         "plus 170 per 512×512 tile, as OpenAI counts them). The model's context "
                         "length is not known."));
}

QString ChatPane::contextWarningText() const
{
    return m_contextWarning->isHidden() ? QString() : m_contextWarningLabel->text();
}

void ChatPane::dismissContextWarning()
{
    m_contextWarning->setVisible(false);
    m_input->setFocus();
}

bool ChatPane::send()
{
    const QString text = m_input->toPlainText().trimmed();
    if (!m_session || (text.isEmpty() && m_attachments->attachments().isEmpty())
        || m_session->isBusy())
        return false;
    if (!checkBeforeSend(text))
        return false;
    const int context = contextLength();
    const int prompt = estimatedPromptTokens();
    const int reply = maxTokensValue();
    if (TokenEstimate::exceedsContext(prompt, reply, context)) {
        const std::optional<ModelInfo> info = currentModelInfo();
        const QString model
            = info && !info->displayName.isEmpty() ? info->displayName : m_picker->currentModel();
        const QLocale locale;
        m_contextWarningLabel->setText(
            reply > 0 ? tr("This conversation is about %1 tokens and the reply may take %2 "
                           "more; %3 accepts %4. Shorten it, start a new chat, or send anyway.")
                            .arg(locale.toString(prompt), locale.toString(reply), model,
                                 locale.toString(context))
                      : tr("This conversation is about %1 tokens; %2 accepts %3. Shorten it, "
                           "start a new chat, or send anyway.")
                            .arg(locale.toString(prompt), model, locale.toString(context)));
        m_imageWarning = false;
        auto *icon = m_contextWarning->findChild<QLabel *>(u"contextWarningIcon"_s);
        if (icon && icon->pixmap().isNull()) {
            const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
            icon->setPixmap(
                style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(size));
        }
        m_contextWarning->setVisible(true);
        m_sendAnyway->setFocus();
        return false;
    }
    return sendNow();
}

bool ChatPane::sendAnyway()
{
    m_contextWarning->setVisible(false);
    if (m_imageWarning) {
        // The image warning was answered; the context check still applies.
        m_imageWarning = false;
        m_imagesConfirmed = true;
        const bool sent = send();
        m_imagesConfirmed = false;
        return sent;
    }
    const bool sent = sendNow();
    if (!sent)
        m_input->setFocus();
    return sent;
}

bool ChatPane::sendNow()
{
    const QString text = m_input->toPlainText().trimmed();
    const QList<Attachment> attachments = m_attachments->attachments();
    if (!m_session || (text.isEmpty() && attachments.isEmpty()) || m_session->isBusy())
        return false;
    applySettingsToSession();
    const int editRow = m_editRow;
    cancelEdit();
    if (editRow < 0 && m_compareAction->isChecked() && !m_compareBar->models().isEmpty()) {
        m_compare->setModels(QStringList{ m_picker->currentModel() } + m_compareBar->models());
        m_compareColumns->setBlind(m_compareBar->isBlind());
        m_compare->setShuffle(m_compareBar->isBlind());
        m_compare->setReasoningEffort(m_options->chosenReasoningEffort(), m_catalog);
        if (!m_compare->send(text, attachments))
            return false;
        m_attachments->clear();
        m_input->clear();
        return true;
    }
    m_compareColumns->closeColumns(); // a single reply shows in the transcript
    m_sending = true;
    // With a collection attached, KnowledgeChat retrieves first and sends when that is done.
    const bool sent = m_knowledgeChat
        ? (editRow >= 0 ? m_knowledgeChat->editAndResend(editRow, text)
                        : m_knowledgeChat->send(text, attachments))
        : (editRow >= 0 ? m_session->editAndResend(editRow, text)
                        : m_session->send(text, attachments));
    m_sending = false;
    if (!sent)
        return false;
    m_attachments->clear();
    m_input->clear();
    m_view->scrollToTail();
    return true;
}

void ChatPane::stop()
{
    if (m_knowledgeChat && m_knowledgeChat->isRetrieving())
        m_knowledgeChat->cancel();
    if (m_session && m_session->isBusy())
        m_session->stop();
}

void ChatPane::regenerate()
{
    if (!m_session || m_session->isBusy())
        return;
    applySettingsToSession();
    if (m_knowledgeChat ? m_knowledgeChat->regenerate() : m_session->regenerate())
        m_view->scrollToTail();
}

void ChatPane::retry()
{
    if (!m_session || m_session->isBusy())
        return;
    applySettingsToSession();
    if (m_knowledgeChat ? m_knowledgeChat->regenerate() : m_session->retry())
        m_view->scrollToTail();
}

void ChatPane::copyReply()
{
    // Compared replies on show: the one the user is looking at, not the transcript's branch.
    if (m_compareColumns->isVisible()) {
        const int column = m_compareColumns->currentColumn();
        if (column >= 0 && column < m_compare->columnCount()) {
            if (const QString text = m_compare->reply(column).content; !text.isEmpty())
                QGuiApplication::clipboard()->setText(text);
            return;
        }
    }
    const int selected = m_view->selectedRow();
    copyRow(selected >= 0 ? selected : m_model->lastReplyRow());
}

void ChatPane::copyRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QString text = m_model->index(row).data(TranscriptModel::ContentRole).toString();
    if (!text.isEmpty())
        QGuiApplication::clipboard()->setText(text);
}

void ChatPane::newChat()
{
    if (!m_session)
        return;
    m_session->stop();
    m_session->newConversation();
    m_input->setFocus();
}

void ChatPane::editMessage(int row)
{
    if (!m_session || m_session->isBusy() || row < 0 || row >= m_session->messages().size()
        || m_session->messages().at(row).role != Message::Role::User)
        return;
    m_editRow = row;
    m_pathTokens = -1;
    m_input->setPlainText(m_session->messages().at(row).content);
    m_editNote->setVisible(true);
    m_input->setFocus();
    m_input->moveCursor(QTextCursor::End);
}

void ChatPane::cancelEdit()
{
    if (m_editRow < 0)
        return;
    m_editRow = -1;
    m_editNote->setVisible(false);
    invalidatePathTokens();
}

bool ChatPane::switchBranch(int row, int step)
{
    if (!m_session)
        return false;
    if (row < 0)
        row = m_view->selectedRow();
    if (!m_session->switchBranch(row, step))
        return false;
    // Keep the same place selected so the arrows can be pressed again.
    if (row < m_model->rowCount()) {
        const QModelIndex index = m_model->index(row);
        m_view->setCurrentIndex(index);
        m_view->scrollTo(index);
    }
    return true;
}

QString ChatPane::reopenConversation(qint64 id, const QString &title, const QString &markerPath)
{
    if (!m_session || id <= 0)
        return {};
    RenderMarker marker(markerPath);
    m_markerPath = marker.path();
    m_markedConversation = id;
    if (marker.pending() == id) {
        // The marker stays until this conversation is drawn once, opened by the user.
        const QString name = title.trimmed().isEmpty() ? tr("Untitled") : title.trimmed();
        return tr("Sift stopped while showing the conversation “%1” last time, so it starts with "
                  "a new chat. Choose it in the list to open it again.")
            .arg(name);
    }
    marker.set(id);
    // Read on a worker: a conversation of 100,000 messages must not freeze the first screen.
    m_session->openConversationInBackground(id);
    return {};
}

void ChatPane::chooseModel()
{
    m_picker->focusAndOpen();
}

void ChatPane::updateActions()
{
    const bool busy = isAsking();
    // A message sent while a conversation loads would land in the one about to be replaced.
    const bool loading = m_session && m_session->isLoading();
    const bool hasText = !m_input->toPlainText().trimmed().isEmpty()
        || (m_attachments && !m_attachments->attachments().isEmpty());
    const bool hasReply = m_model->lastReplyRow() >= 0;
    m_send->setEnabled(!busy && !loading && hasText);
    m_sendAction->setEnabled(!busy && !loading && hasText);
    m_stop->setEnabled(busy);
    m_stopAction->setEnabled(busy);
    m_regenerateAction->setEnabled(!busy && !loading && hasReply);
    m_copyAction->setEnabled(hasReply);
}

WelcomePanel *ChatPane::welcomePanel()
{
    if (m_welcome)
        return m_welcome;
    // It lies over the (empty) transcript, which keeps its place in the Tab order and its focus
    // ring.
    m_welcome = new WelcomePanel(m_view->viewport());
    m_welcome->setGeometry(m_view->viewport()->rect());
    m_welcome->setVisible(false);
    connect(m_welcome, &WelcomePanel::promptChosen, this, [this](const QString &prompt) {
        m_input->setPlainText(prompt);
        m_input->setFocus();
        m_input->moveCursor(QTextCursor::End);
    });
    return m_welcome;
}

void ChatPane::setWelcomeHeld(bool held)
{
    m_welcomeHeld = held;
    updateWelcome();
}

void ChatPane::updateWelcome()
{
    const bool loading = m_session && m_session->isLoading();
    m_loading->setVisible(loading);
    // First decided when the pane shows; not while held; a welcome never shown is never built.
    const bool welcome
        = m_shown && !m_welcomeHeld && !m_loadSettling && !loading && m_model->rowCount() == 0;
    if (welcome)
        welcomePanel()->setVisible(true);
    else if (m_welcome)
        m_welcome->setVisible(false);
}

void ChatPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!std::exchange(m_shown, true))
        updateWelcome();
}

bool ChatPane::eventFilter(QObject *watched, QEvent *event)
{
    if (extrasEvent(watched, event))
        return true;
    if (watched == m_view->viewport() && event->type() == QEvent::Resize) {
        if (m_welcome)
            m_welcome->setGeometry(m_view->viewport()->rect());
        m_loading->setGeometry(m_view->viewport()->rect());
    }
    if ((watched == m_sendAnyway || watched == m_cancelSend) && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape) {
        dismissContextWarning();
        return true;
    }
    if (watched == m_input && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool isEnter = key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter;
        const Qt::KeyboardModifiers modifiers
            = key->modifiers() & ~(Qt::KeypadModifier | Qt::GroupSwitchModifier);
        if (isEnter && !(modifiers & Qt::ShiftModifier)
            && (modifiers == Qt::NoModifier || modifiers == Qt::ControlModifier)) {
            send();
            return true;
        }
        if (key->key() == Qt::Key_Escape && isAsking()) {
            stop();
            return true;
        }
        if (key->key() == Qt::Key_Escape && !m_contextWarning->isHidden()) {
            dismissContextWarning();
            return true;
        }
        if (key->key() == Qt::Key_Escape && isEditing()) {
            cancelEdit();
            m_input->clear();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ChatPane::setCompareVisible(bool visible)
{
    m_compareBar->setVisible(visible);
    if (visible && m_compareBar->pickers().isEmpty())
        m_compareBar->addModel();
    else if (visible)
        m_compareBar->pickers().constFirst()->setFocus();
    else
        m_input->setFocus();
}

void ChatPane::showLeaderboard()
{
    LeaderboardDialog dialog(m_compareColumns->voteStore(), this);
    dialog.exec();
}
