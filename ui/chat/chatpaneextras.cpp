// ChatPane's issue-17 parts: the options panel's wiring, attachments (button, drop, paste),
// presets and the prompt library, the {{variable}} form, the image warning, the schema check
// of the last reply and the token heat map. Kept apart from chatpane.cpp so each stays
// readable.
#include "attachmentbar.h"
#include "attachmentpreview.h"
#include "chat/jsonoutline.h"
#include "chat/presets.h"
#include "chat/tokenprobabilities.h"
#include "chatoptionspanel.h"
#include "chatpane.h"
#include "common/statepalette.h"
#include "comparebar.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "presetbar.h"
#include "promptlibrarydialog.h"
#include "store/conversationstore.h"
#include "tokenheatmap.h"
#include "transcriptmodel.h"
#include "transcriptview.h"

#include <QAction>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

void ChatPane::setupExtras(QHBoxLayout *topBar, QVBoxLayout *inputColumn, QVBoxLayout *buttonColumn)
{
    m_presetStore = new PresetStore(this);
    m_presets = new PresetBar(m_presetStore, this);
    connectPresetBar();
    // The panel's fields are connected when it is built (ensureParameters); the model here.
    connect(m_picker, &ModelPicker::modelChosen, this, &ChatPane::updatePresetLabel);
    connect(m_picker, &ModelPicker::modelChosen, this, &ChatPane::scheduleConversationSave);

    m_insertPromptAction = new QAction(tr("Insert &Prompt…"), this);
    m_insertPromptAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_insertPromptAction->setToolTip(
        tr("Insert a saved prompt into the message (%1)")
            .arg(m_insertPromptAction->shortcut().toString(QKeySequence::NativeText)));
    addAction(m_insertPromptAction);
    connect(m_insertPromptAction, &QAction::triggered, this, &ChatPane::showPromptLibrary);
    m_savePromptAction = new QAction(tr("Save Message &as Prompt…"), this);
    m_savePromptAction->setToolTip(
        tr("Keep the message box's text in the prompt library, {{variables}} and all"));
    addAction(m_savePromptAction);
    connect(m_savePromptAction, &QAction::triggered, this, &ChatPane::askPromptName);
    m_promptsButton = new QToolButton(this);
    m_promptsButton->setText(tr("Prompts"));
    m_promptsButton->setAccessibleName(tr("Prompt library"));
    // No mnemonic: the pane's letters are taken (Model, Parameters, Top-p, Stop…); Ctrl+P and
    // the Chat menu reach the library.
    m_promptsButton->setToolTip(
        tr("Insert a saved prompt (%1) or save this message as one")
            .arg(m_insertPromptAction->shortcut().toString(QKeySequence::NativeText)));
    m_promptsButton->setPopupMode(QToolButton::InstantPopup);
    m_promptsButton->setAutoRaise(true);
    auto *promptMenu = new QMenu(m_promptsButton);
    // The menu lists the saved prompts too, so the few used most are one click away.
    connect(promptMenu, &QMenu::aboutToShow, this, [this, promptMenu] {
        promptMenu->clear();
        promptMenu->addAction(m_insertPromptAction);
        promptMenu->addAction(m_savePromptAction);
        const QList<SavedPrompt> prompts
            = m_presetStore ? m_presetStore->prompts() : QList<SavedPrompt>();
        if (!prompts.isEmpty())
            promptMenu->addSeparator();
        constexpr int Listed = 12;
        for (const SavedPrompt &prompt : prompts.mid(0, Listed)) {
            QAction *action = promptMenu->addAction(QString(prompt.name).replace(u'&', u"&&"_s));
            action->setToolTip(prompt.text.left(400));
            connect(action, &QAction::triggered, this, [this, prompt] { insertPrompt(prompt); });
        }
        m_savePromptAction->setEnabled(!m_input->toPlainText().trimmed().isEmpty());
    });
    m_promptsButton->setMenu(promptMenu);
    buttonColumn->insertWidget(std::max(0, buttonColumn->count() - 1), m_promptsButton);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        m_savePromptAction->setEnabled(!m_input->toPlainText().trimmed().isEmpty());
    });
    m_savePromptAction->setEnabled(false);
    m_tokensButton = new QToolButton(this);
    // No mnemonic: T is the Chat menu's, O compare's Back to Conversation, K Top-k and Pick, E
    // Edit, N Rerank, S Preset. It opens a dialog and is reached with Tab.
    m_tokensButton->setText(tr("Tokens"));
    m_tokensButton->setAutoRaise(true);
    m_tokensButton->setAccessibleName(tr("Token probabilities"));
    m_tokensButton->setToolTip(tr("Show how sure the model was of each token of the selected "
                                  "reply (turn on token probabilities under Parameters)"));
    connect(m_tokensButton, &QToolButton::clicked, this, &ChatPane::showTokenProbabilities);
    topBar->addWidget(m_presets);
    topBar->addWidget(m_tokensButton);

    m_attachments = new AttachmentBar(this);
    inputColumn->addWidget(m_attachments);
    connect(m_attachments, &AttachmentBar::attachmentsChanged, this, &ChatPane::updateActions);
    connect(m_attachments, &AttachmentBar::attachmentsChanged, this, &ChatPane::updateTokenHint);
    m_input->viewport()->installEventFilter(this);
    m_input->setAcceptDrops(true);
    // Files dropped anywhere on the pane (the transcript, the welcome panel) are attached too.
    setAcceptDrops(true);
    installEventFilter(this);

    m_replyCheck = new QLabel(this);
    m_replyCheck->setTextFormat(Qt::PlainText);
    m_replyCheck->setWordWrap(true);
    m_replyCheck->setAccessibleName(tr("Reply check"));
    m_replyCheck->setVisible(false);
    connect(m_session, &ChatSession::replyFinished, this, &ChatPane::updateReplyCheck);
    connect(m_session, &ChatSession::messagesReset, this, &ChatPane::updateReplyCheck);
    connect(m_session, &ChatSession::conversationChanged, this, &ChatPane::onConversationChanged);
    connect(m_view, &TranscriptView::attachmentRequested, this, &ChatPane::openAttachment);
}

AttachmentPreview *ChatPane::openAttachment(int row, int place)
{
    if (!m_session || row < 0 || row >= m_session->messages().size())
        return nullptr;
    const QList<Attachment> &attachments = m_session->messages().at(row).attachments;
    if (place < 0 || place >= attachments.size())
        return nullptr;
    auto *preview = new AttachmentPreview(attachments.at(place), this);
    preview->setAttribute(Qt::WA_DeleteOnClose);
    preview->show();
    return preview;
}

void ChatPane::setPresetStore(PresetStore *store)
{
    if (!store || store == m_presetStore)
        return;
    auto *bar = new PresetBar(store, this);
    if (QLayout *layout = m_presets->parentWidget() ? m_presets->parentWidget()->layout() : nullptr)
        delete layout->replaceWidget(m_presets, bar, Qt::FindChildrenRecursively);
    setTabOrder(m_presets->menuButton(), bar->combo());
    setTabOrder(bar->combo(), bar->menuButton());
    m_presets->deleteLater();
    m_presets = bar;
    if (m_presetStore)
        disconnect(m_presetStore, nullptr, this, nullptr);
    if (m_presetStore && m_presetStore->parent() == this)
        m_presetStore->deleteLater();
    m_presetStore = store;
    connectPresetBar();
    m_appliedPreset.reset();
    updatePresetLabel();
}

void ChatPane::connectPresetBar()
{
    connect(m_presets, &PresetBar::presetChosen, this, &ChatPane::applyPreset);
    connect(m_presets, &PresetBar::saveRequested, this, &ChatPane::savePreset);
    connect(m_presets, &PresetBar::presetCleared, this, [this] {
        m_appliedPreset.reset();
        updatePresetLabel();
        rememberPreset();
    });
    // An edited or removed preset: the header says so.
    connect(m_presetStore, &PresetStore::changed, this, &ChatPane::updatePresetLabel);
}

bool ChatPane::checkBeforeSend(const QString &text)
{
    if (!PromptTemplate::variables(text).isEmpty()) {
        auto *dialog = new PromptVariablesDialog(text, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            m_input->setPlainText(dialog->filledText());
            send();
        });
        dialog->open();
        return false;
    }
    ensureParameters();
    ChatOptions options;
    QString error;
    if (!m_options->read(&options, &error)) {
        setParametersVisible(true);
        showReplyCheck(error, false);
        return false;
    }
    // Every model asked: the chat's, and in compare mode the compared ones too.
    QStringList models{ m_picker->currentModel() };
    if (m_editRow < 0 && m_compareAction->isChecked())
        models += m_compareBar->models();
    const auto refuses = [this](const QString &id) { return !m_catalog->acceptsImages(id); };
    const auto found
        = m_catalog ? std::find_if(models.cbegin(), models.cend(), refuses) : models.cend();
    const QString model = found != models.cend() ? *found : QString();
    if (!m_imagesConfirmed && Attachments::hasImages(m_attachments->attachments())
        && !model.isEmpty()) {
        m_imageWarning = true;
        m_contextWarningLabel->setText(
            tr("%1 is not known to accept images; it may refuse the message or ignore the "
               "pictures. Choose a vision model, or send anyway if this one reads images.")
                .arg(model));
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
    return true;
}

bool ChatPane::extrasEvent(QObject *watched, QEvent *event)
{
    const bool dropTarget
        = watched == m_input->viewport() || watched == m_view->viewport() || watched == this;
    if (dropTarget && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
        auto *drag = static_cast<QDropEvent *>(event);
        if (AttachmentBar::canAccept(drag->mimeData())
            && !drag->mimeData()->hasFormat(u"text/plain"_s)) {
            drag->acceptProposedAction();
            return true;
        }
        if (!drag->mimeData()->urls().isEmpty()) {
            drag->acceptProposedAction();
            return true;
        }
    }
    if (dropTarget && event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        if (m_attachments->addMimeData(drop->mimeData())) {
            drop->acceptProposedAction();
            return true;
        }
    }
    if (watched == m_input && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->matches(QKeySequence::Paste)) {
        const QMimeData *data = QGuiApplication::clipboard()->mimeData();
        // Text (even with a file's URL beside it, as file managers copy) is pasted as text.
        // hasText() cannot tell: it is true for URLs alone too.
        if (data && (data->hasImage() || (data->hasUrls() && !data->hasFormat(u"text/plain"_s)))
            && m_attachments->addMimeData(data))
            return true;
    }
    return false;
}

void ChatPane::showReplyCheck(const QString &text, bool ok)
{
    m_replyCheck->setText(text);
    QPalette palette = m_replyCheck->palette();
    palette.setColor(QPalette::WindowText,
                     StatePalette(this->palette())
                         .text(ok ? StatePalette::Role::Success : StatePalette::Role::Error));
    m_replyCheck->setPalette(palette);
    m_replyCheck->setVisible(!text.isEmpty());
}

void ChatPane::updateReplyCheck()
{
    const int row = m_model->lastReplyRow();
    if (!m_session || row < 0 || row >= m_session->messages().size()) {
        showReplyCheck(QString(), true);
        return;
    }
    const Message &reply = m_session->messages().at(row);
    const ReplyCheck check
        = ReplyCheck::of(reply.content, reply.parameters, reply.state == Message::State::Complete);
    showReplyCheck(check.applies ? check.text : QString(), check.ok);
}

void ChatPane::onConversationChanged(qint64 id)
{
    // The conversation left keeps its last changes: the fields still show them.
    saveConversationSettings();
    if (id <= 0 || !m_presetStore) {
        // A new chat goes on with the settings in effect: the header names their preset, if
        // they still are one's (updatePresetLabel keeps that true).
        updatePresetLabel();
        return;
    }
    if (m_sending) {
        // The conversation was made by this send: it uses the settings it was sent with.
        rememberPreset();
        return;
    }
    // Another conversation opened: the settings it was last used with come back, hand changes
    // included, and the header says whether they are still its preset's.
    const QJsonObject saved
        = m_session->store() ? m_session->store()->conversationSettings(id) : QJsonObject();
    if (!saved.isEmpty()) {
        restoreConversationSettings(saved);
        return;
    }
    // One kept from before conversations had settings of their own: its preset comes back into
    // effect. Without one (or when it was removed since), the settings in effect stay and so
    // does what the header says of them.
    if (const auto preset = m_presetStore->find(m_presetStore->conversationPreset(id)))
        applyPreset(*preset);
    else
        updatePresetLabel();
}

QJsonObject ChatPane::presetSettings(bool withModel) const
{
    QJsonObject settings{ { "system"_L1, m_systemPrompt->toPlainText().trimmed() },
                          { "temperature"_L1, m_temperature->value() },
                          { "max_tokens"_L1, m_maxTokens->value() },
                          { "top_p"_L1, m_topP->value() },
                          { "options"_L1, m_options->state() } };
    if (withModel)
        settings.insert("model"_L1, m_picker->currentModel());
    return settings;
}

QString ChatPane::presetInEffect() const
{
    // updatePresetLabel keeps the bar true to the settings: it names the preset unmarked only
    // while the preset is in effect.
    return m_presets && !m_presets->isChanged() ? m_presets->currentPreset() : QString();
}

void ChatPane::updatePresetLabel()
{
    if (!m_presets)
        return;
    if (m_appliedPreset && m_presetStore) {
        const std::optional<Preset> stored = m_presetStore->find(m_appliedPreset->name);
        if (!stored) {
            // Removed: no preset is in effect any more, whatever the settings are.
            m_appliedPreset.reset();
        } else {
            // Edited since it was applied, or its settings changed by hand: marked.
            const bool changed = *stored != *m_appliedPreset
                || presetSettings(!m_appliedPreset->model.isEmpty()) != m_appliedSettings;
            m_presets->showPreset(m_appliedPreset->name, changed);
            return;
        }
    }
    m_presets->showPreset(QString());
}

void ChatPane::rememberPreset()
{
    if (m_session && m_presetStore && m_session->conversationId() > 0)
        m_presetStore->setConversationPreset(m_session->conversationId(), presetInEffect());
    // With the settings the conversation is now sent with, at once.
    scheduleConversationSave();
    saveConversationSettings();
}

void ChatPane::applyPreset(const Preset &preset)
{
    ensureParameters();
    m_systemPrompt->setPlainText(preset.systemPrompt);
    if (!preset.model.isEmpty() && preset.model != m_picker->currentModel()) {
        m_picker->setCurrentModel(preset.model);
        // As when the model is chosen by hand: remembered, its limits and the status bar.
        if (m_config)
            m_config->set(Config::LastChatModel, m_picker->currentModel());
        updateModelLimits();
        Q_EMIT modelChanged(m_picker->currentModel());
    }
    const ChatOptions &o = preset.options;
    m_temperature->setValue(o.temperature ? *o.temperature : m_temperature->minimum());
    m_maxTokens->setValue(o.maxTokens.value_or(0));
    m_topP->setValue(o.topP ? *o.topP : m_topP->minimum());
    m_options->setOptions(o);
    m_appliedPreset = preset;
    // What the widgets show (a value rounded to their decimals) is what "unchanged" means.
    m_appliedSettings = presetSettings(!preset.model.isEmpty());
    updatePresetLabel();
    rememberPreset();
}

void ChatPane::savePreset(const QString &name)
{
    if (!m_presetStore)
        return;
    ensureParameters();
    Preset preset;
    preset.name = name;
    preset.systemPrompt = m_systemPrompt->toPlainText().trimmed();
    preset.model = m_picker->currentModel();
    QString error;
    if (!m_options->read(&preset.options, &error)) {
        setParametersVisible(true);
        showReplyCheck(error, false);
        return;
    }
    if (m_temperature->value() > m_temperature->minimum())
        preset.options.temperature = m_temperature->value();
    if (m_maxTokens->value() > 0)
        preset.options.maxTokens = m_maxTokens->value();
    if (m_topP->value() > m_topP->minimum())
        preset.options.topP = m_topP->value();
    // In effect from now on, as saved (the store trims the name).
    m_appliedPreset = preset;
    m_appliedPreset->name = preset.name.trimmed();
    m_appliedSettings = presetSettings(!preset.model.isEmpty());
    m_presetStore->save(preset);
    updatePresetLabel();
    rememberPreset();
}

PromptLibraryDialog *ChatPane::showPromptLibrary()
{
    auto *dialog = new PromptLibraryDialog(m_presetStore, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PromptLibraryDialog::promptChosen, this, &ChatPane::insertPrompt);
    dialog->open();
    return dialog;
}

void ChatPane::insertPrompt(const SavedPrompt &prompt)
{
    // At the cursor (over a selection), so a prompt can be added to text already typed.
    QTextCursor cursor = m_input->textCursor();
    cursor.insertText(prompt.text);
    m_input->setTextCursor(cursor);
    m_input->setFocus();
}

void ChatPane::askPromptName()
{
    const QString text = m_input->toPlainText().trimmed();
    if (text.isEmpty())
        return;
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Save Prompt"));
    dialog->setLabelText(tr("Name of the prompt:"));
    dialog->setTextValue(text.section(u'\n', 0, 0).left(40).trimmed());
    connect(dialog, &QInputDialog::textValueSelected, this, [this](const QString &text) {
        const QString name = text.trimmed();
        if (!m_presetStore || !m_presetStore->findPrompt(name)) {
            saveInputAsPrompt(name);
            return;
        }
        // Replacing a prompt loses the one saved: asked first, as for presets.
        PresetBar::confirmReplace(
            this, tr("Save Prompt"),
            tr("A prompt named “%1” exists already. Replace it with this message?").arg(name),
            [this, name] { saveInputAsPrompt(name); });
    });
    dialog->open();
}

bool ChatPane::saveInputAsPrompt(const QString &name)
{
    if (!m_presetStore)
        return false;
    return m_presetStore->savePrompt(
        SavedPrompt{ name.trimmed(), m_input->toPlainText().trimmed() });
}

TokenHeatMapDialog *ChatPane::showTokenProbabilities()
{
    if (!m_session)
        return nullptr;
    int row = m_view->selectedRow();
    if (row < 0 || row >= m_session->messages().size()
        || !m_session->messages().at(row).isAssistant())
        row = m_model->lastReplyRow();
    if (!m_tokenDialog)
        m_tokenDialog = new TokenHeatMapDialog(this);
    if (row >= 0 && row < m_session->messages().size()) {
        const Message &reply = m_session->messages().at(row);
        m_tokenDialog->setReply(reply.parameters, reply.logprobs);
    } else {
        m_tokenDialog->setReply({}, {});
    }
    m_tokenDialog->show();
    m_tokenDialog->raise();
    return m_tokenDialog;
}
