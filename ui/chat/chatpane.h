#pragma once

#include "chat/chatsession.h"
#include "chat/presets.h"
#include "config/config.h"
#include "knowledge/knowledgetypes.h"
#include "models/modelinfo.h"
#include "rerank/rerankset.h"

#include <QJsonObject>
#include <QPointer>

#include <limits>
#include <QWidget>

#include <optional>

class AttachmentBar;
class AttachmentPreview;
class CollectionButton;
class KnowledgeChat;
class PassageDialog;
class RetrievalPanel;
class ChatOptionsPanel;
class CompareBar;
class CompareColumns;
class CompareSession;
class ConversationStore;
class ModelCatalog;
class ModelPicker;
class PresetBar;
class PromptLibraryDialog;
class TokenHeatMapDialog;
class QAction;
class QDoubleSpinBox;
class QFrame;
class QHBoxLayout;
class QVBoxLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QSplitter;
class QTimer;
class QToolButton;
class TranscriptModel;
class TranscriptView;
class WelcomePanel;

// The chat tab: model picker, parameters, transcript and input. It turns user actions into
// ChatSession calls and shows the session's messages; it holds no protocol logic.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPane(ChatSession *session, QWidget *parent = nullptr);
    ~ChatPane() override;

    void setCatalog(const ModelCatalog *catalog);
    // Restores the last model, parameters and splitter from config and keeps them there.
    void setConfig(Config *config);

    ChatSession *session() const { return m_session; }
    TranscriptModel *transcriptModel() const { return m_model; }
    TranscriptView *transcriptView() const { return m_view; }
    // Shown instead of the transcript while the chat is empty; built when first shown (or
    // asked for).
    WelcomePanel *welcomePanel();
    // Held, the welcome stays hidden: GuiController holds it until the history is open, so it
    // is not drawn (nor built) before the first paint only to give way to the last conversation.
    void setWelcomeHeld(bool held);
    // "Loading the conversation…", shown while a conversation is read on a worker.
    QLabel *loadingLabel() const { return m_loading; }
    ModelPicker *modelPicker() const { return m_picker; }
    QPlainTextEdit *input() const { return m_input; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *stopButton() const { return m_stop; }
    QSplitter *splitter() const { return m_splitter; }
    // The Parameters panel's fields: built (once) when first opened or asked for.
    QSpinBox *maxTokensBox();
    bool parametersBuilt() const { return m_options != nullptr; }
    // "≈ 1,234 / 8,192 tokens" under the input.
    QLabel *tokenHint() const { return m_tokenHint; }
    // The inline "will not fit" warning with Send anyway / Cancel; hidden when there is none.
    QFrame *contextWarning() const { return m_contextWarning; }
    QString contextWarningText() const;
    QPushButton *sendAnywayButton() const { return m_sendAnyway; }
    // Issue 17 (chatpaneextras.cpp): parameters beyond the three above, attachments, presets,
    // the schema check of the last reply and its token probabilities.
    ChatOptionsPanel *optionsPanel();
    AttachmentBar *attachmentBar() const { return m_attachments; }
    PresetBar *presetBar() const { return m_presets; }
    // Tests give their own store (an ini file); by default the pane keeps one in QSettings.
    void setPresetStore(PresetStore *store);
    PresetStore *presetStore() const { return m_presetStore; }
    // "The reply follows the schema …" / "… does not follow it at $.x: …"; hidden when the last
    // reply had no JSON format. Also says why Send did nothing (invalid extra JSON or schema).
    QLabel *replyCheckLabel() const { return m_replyCheck; }
    QToolButton *tokensButton() const { return m_tokensButton; }
    // Opens the heat map of the selected reply (else the last one); returns the dialog.
    TokenHeatMapDialog *showTokenProbabilities();
    // Shows the `place`-th file of the message at `row` (from its chip or the context menu).
    AttachmentPreview *openAttachment(int row, int place);
    // Puts the preset's settings in effect; the header names it until they are changed.
    void applyPreset(const Preset &preset);
    void savePreset(const QString &name);
    // The preset whose settings are in effect, unchanged; empty when none is.
    QString presetInEffect() const;

    // The prompt library (saved with the presets): Insert Prompt… (Ctrl+P) opens a searchable
    // list; the chosen prompt goes into the message box, its {{variables}} asked for on Send.
    QAction *insertPromptAction() const { return m_insertPromptAction; }
    QAction *savePromptAction() const { return m_savePromptAction; }
    QToolButton *promptsButton() const { return m_promptsButton; }
    PromptLibraryDialog *showPromptLibrary();
    void insertPrompt(const SavedPrompt &prompt);
    // Asks for a name, then saves the message box's text under it.
    void askPromptName();
    bool saveInputAsPrompt(const QString &name);

    // Shared with the main window's Chat menu; they work in the pane on its own too.
    QAction *sendAction() const { return m_sendAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *regenerateAction() const { return m_regenerateAction; }
    QAction *copyReplyAction() const { return m_copyAction; }
    QAction *newChatAction() const { return m_newChatAction; }
    QAction *chooseModelAction() const { return m_chooseModelAction; }
    QAction *previousBranchAction() const { return m_previousBranchAction; }
    QAction *nextBranchAction() const { return m_nextBranchAction; }
    // Compare chat: the toggle (Ctrl+Shift+M), the row of extra models, the reply columns.
    QAction *compareAction() const { return m_compareAction; }
    CompareBar *compareBar() const { return m_compareBar; }
    CompareColumns *compareColumns() const { return m_compareColumns; }
    CompareSession *compareSession() const { return m_compare; }
    // Opens the leaderboard of blind votes.
    void showLeaderboard();

    // Knowledge (issue 15, chatpaneknowledge.cpp): a collection attached to the conversation
    // answers each question with numbered sources; citations open the passage; each reply has a
    // Retrieval panel beside the transcript.
    void setKnowledgeChat(KnowledgeChat *chat);
    KnowledgeChat *knowledgeChat() const;
    CollectionButton *collectionButton() const { return m_collectionButton; }
    // Built the first time it is asked for (a reply's retrieval shown), not at start.
    RetrievalPanel *retrievalPanel();
    bool hasRetrievalPanel() const { return m_retrievalPanel != nullptr; }
    // "Searching “docs”…" while a question is retrieved; hidden otherwise.
    QLabel *knowledgeStatus() const { return m_knowledgeStatus; }
    // Shows the Retrieval panel of the reply at `row`; nullptr when it has none.
    RetrievalPanel *showRetrieval(int row);
    // Opens source [number] of the reply at `row` in a passage viewer; nullptr when none.
    PassageDialog *openSource(int row, int number);
    PassageDialog *openPassage(const KbPassage &passage, int number);
    void editPromptTemplate(const QString &collection);

    // Sends the input. When the conversation will not fit the model's context it shows the
    // context warning instead, sends nothing and returns false.
    bool send();
    // Sends even though the context warning said the conversation will not fit.
    bool sendAnyway();
    void dismissContextWarning();
    // Estimated prompt tokens of the next send: the path it will go with plus the input.
    int estimatedPromptTokens() const;
    // The chosen model's context length from the catalog; 0 when unknown.
    int contextLength() const;
    void stop();
    void regenerate();
    void retry();
    // Copies the selected message, or the last reply when none is selected.
    void copyReply();
    void newChat();
    void chooseModel();
    void setParametersVisible(bool visible);
    // Puts the user message at `row` in the input; sending it then starts a new branch.
    void editMessage(int row);
    void cancelEdit();
    bool isEditing() const { return m_editRow >= 0; }
    // Shows the sibling `step` places away of the message at `row` (the selected one if -1).
    bool switchBranch(int row, int step);
    // Opens the conversation Sift showed when it last ran, unless drawing it is what ended that
    // run (see RenderMarker): then a new chat stays open and the returned text says why.
    QString reopenConversation(qint64 id, const QString &title, const QString &markerPath = {});

Q_SIGNALS:
    void modelChanged(const QString &model);
    // A reply's question and candidates, for the rerank workbench.
    void openInWorkbench(const RerankSet &set);
    // The collection menu's "Manage Collections…": the Knowledge tab.
    void manageKnowledgeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setupExtras(QHBoxLayout *topBar, QVBoxLayout *inputColumn, QVBoxLayout *buttonColumn);
    void connectPresetBar();
    // The settings a preset covers, as shown now (`withModel`: the model too).
    QJsonObject presetSettings(bool withModel) const;
    // Names the applied preset in the header, marked when its settings are no longer in effect.
    void updatePresetLabel();
    // The conversation remembers the preset whose settings it is sent with (none if changed).
    void rememberPreset();
    // The collection button under the input and the Retrieval panel beside the replies (returned:
    // the splitter holding `replyArea` and the panel).
    QWidget *setupKnowledge(QWidget *replyArea, QVBoxLayout *inputColumn);
    // A reply streams, or a question is being retrieved for.
    bool isAsking() const;
    // False when sending must wait: a {{variable}} form opened, the options are invalid, or
    // images go to a model not known to accept them (the warning offers Send anyway).
    bool checkBeforeSend(const QString &text);
    bool extrasEvent(QObject *watched, QEvent *event);
    void updateReplyCheck();
    void showReplyCheck(const QString &text, bool ok);
    void onConversationChanged(qint64 id);
    void applySettingsToSession();
    void updateActions();
    void copyRow(int row);
    void saveParameters();
    bool sendNow();
    void updateModelLimits();
    // Offers the reasoning effort for the chosen model only when it may take it (issue 17).
    void updateReasoningSupport();
    void updateWelcome();
    // The Parameters panel, built the first time it shows or its fields are needed.
    void ensureParameters();
    void loadParameters();
    void connectParameters();
    // The panel's values (system, temperature and top_p -1 when unset, max_tokens, options), or
    // the remembered ones while it is not built; and the reverse, into the fields.
    QJsonObject parameterValues() const;
    void setParameterValues(const QJsonObject &values);
    // Keeps such values in Config: the next start's (and a new chat's) parameters.
    void rememberParameters(const QJsonObject &values);
    QJsonObject rememberedParameters() const;
    // The settings belong to the conversation (issue 17): what it was last used with (model,
    // parameters, the preset they came from) is written to the store as it changes, coalesced,
    // and comes back when the conversation is opened again.
    QJsonObject conversationSettings() const;
    void restoreConversationSettings(const QJsonObject &settings);
    void scheduleConversationSave();
    // Writes what scheduleConversationSave() left pending, to the conversation it was for.
    void saveConversationSettings();
    // The panel's values, or the remembered ones while it is not built.
    QString systemPromptText() const;
    int maxTokensValue() const;
    void updateTokenHint();
    void invalidatePathTokens();
    int pathTokens() const;
    std::optional<ModelInfo> currentModelInfo() const;

    QPointer<ChatSession> m_session;
    QPointer<Config> m_config;
    QPointer<const ModelCatalog> m_catalog;
    TranscriptModel *m_model;
    TranscriptView *m_view;
    ModelPicker *m_picker;
    QToolButton *m_parametersToggle;
    QWidget *m_parameters;
    QPlainTextEdit *m_systemPrompt = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QDoubleSpinBox *m_topP = nullptr;
    int m_maxTokensLimit = std::numeric_limits<int>::max();
    QPlainTextEdit *m_input;
    QPushButton *m_send;
    QPushButton *m_stop;
    QSplitter *m_splitter;

    QAction *m_sendAction;
    QAction *m_stopAction;
    QAction *m_regenerateAction;
    QAction *m_copyAction;
    QAction *m_newChatAction;
    QAction *m_chooseModelAction;
    QAction *m_previousBranchAction;
    QAction *m_nextBranchAction;
    QLabel *m_editNote;
    QLabel *m_tokenHint;
    QFrame *m_contextWarning;
    QLabel *m_contextWarningLabel;
    QPushButton *m_sendAnyway;
    QPushButton *m_cancelSend;
    int m_editRow = -1;
    QLabel *m_loading = nullptr;
    WelcomePanel *m_welcome = nullptr;
    bool m_welcomeHeld = false;
    bool m_shown = false;
    bool m_loadSettling = false; // a load just ended, its messages are on their way
    // The conversation whose first drawing the render marker is waiting for; 0 when none.
    qint64 m_markedConversation = 0;
    QString m_markerPath;
    void setCompareVisible(bool visible);
    CompareSession *m_compare = nullptr;
    CompareBar *m_compareBar = nullptr;
    CompareColumns *m_compareColumns = nullptr;
    QAction *m_compareAction = nullptr;
    // Tokens of the path the next send goes with, walked once per change of the conversation
    // rather than per keystroke; -1 when it must be walked again.
    mutable int m_pathTokens = -1;

    ChatOptionsPanel *m_options = nullptr;
    AttachmentBar *m_attachments = nullptr;
    PresetBar *m_presets = nullptr;
    PresetStore *m_presetStore = nullptr;
    // The preset last put in effect, as it was then, and the settings it gave.
    std::optional<Preset> m_appliedPreset;
    QJsonObject m_appliedSettings;
    QTimer *m_settingsSave = nullptr;
    qint64 m_settingsConversation = 0; // whose settings wait to be written; 0 when none do
    QPointer<ConversationStore> m_settingsStore;
    bool m_restoringSettings = false;
    QAction *m_insertPromptAction = nullptr;
    QAction *m_savePromptAction = nullptr;
    QToolButton *m_promptsButton = nullptr;
    QLabel *m_replyCheck = nullptr;
    QToolButton *m_tokensButton = nullptr;
    QPointer<TokenHeatMapDialog> m_tokenDialog;
    bool m_imageWarning = false; // the warning frame shows the image warning, not the context one
    bool m_imagesConfirmed = false; // Send anyway was chosen for it
    bool m_sending = false;

    QPointer<KnowledgeChat> m_knowledgeChat;
    CollectionButton *m_collectionButton = nullptr;
    QLabel *m_knowledgeStatus = nullptr;
    RetrievalPanel *m_retrievalPanel = nullptr;
    QSplitter *m_replySplitter = nullptr;
};
