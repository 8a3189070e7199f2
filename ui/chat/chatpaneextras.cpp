// ChatPane's issue-17 parts: the options panel's wiring, attachments (button, drop, paste),
// presets, the {{variable}} form, the image warning, the schema check of the last reply and
// the token heat map. Kept apart from chatpane.cpp so each stays readable.
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
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

void ChatPane::setupExtras(QHBoxLayout *topBar, QVBoxLayout *inputColumn)
{
    m_presetStore = new PresetStore(this);
    m_presets = new PresetBar(m_presetStore, this);
    connect(m_presets, &PresetBar::presetChosen, this, &ChatPane::applyPreset);
    connect(m_presets, &PresetBar::saveRequested, this, &ChatPane::savePreset);
    m_tokensButton = new QToolButton(this);
    m_tokensButton->setText(tr("&Tokens"));
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
    m_input->viewport()->installEventFilter(this);
    m_input->setAcceptDrops(true);

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
    connect(bar, &PresetBar::presetChosen, this, &ChatPane::applyPreset);
    connect(bar, &PresetBar::saveRequested, this, &ChatPane::savePreset);
    if (QLayout *layout = m_presets->parentWidget() ? m_presets->parentWidget()->layout() : nullptr)
        delete layout->replaceWidget(m_presets, bar, Qt::FindChildrenRecursively);
    m_presets->deleteLater();
    m_presets = bar;
    if (m_presetStore && m_presetStore->parent() == this)
        m_presetStore->deleteLater();
    m_presetStore = store;
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
    if (watched == m_input->viewport()
        && (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove)) {
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
    if (watched == m_input->viewport() && event->type() == QEvent::Drop) {
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
        if (data && (data->hasImage() || (data->hasUrls() && !data->hasText()))
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
    if (id <= 0 || !m_presetStore)
        return;
    const QString stored = m_presetStore->conversationPreset(id);
    if (!stored.isEmpty())
        m_presets->showPreset(stored);
    else if (m_sending && !m_presets->currentPreset().isEmpty())
        m_presetStore->setConversationPreset(id, m_presets->currentPreset());
    else
        m_presets->showPreset(QString());
}

void ChatPane::applyPreset(const Preset &preset)
{
    ensureParameters();
    m_systemPrompt->setPlainText(preset.systemPrompt);
    if (!preset.model.isEmpty())
        m_picker->setCurrentModel(preset.model);
    const ChatOptions &o = preset.options;
    m_temperature->setValue(o.temperature ? *o.temperature : m_temperature->minimum());
    m_maxTokens->setValue(o.maxTokens.value_or(0));
    m_topP->setValue(o.topP ? *o.topP : m_topP->minimum());
    m_options->setOptions(o);
    m_presets->showPreset(preset.name);
    if (m_session && m_session->conversationId() > 0 && m_presetStore)
        m_presetStore->setConversationPreset(m_session->conversationId(), preset.name);
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
    m_presetStore->save(preset);
    m_presets->showPreset(preset.name);
    if (m_session && m_session->conversationId() > 0)
        m_presetStore->setConversationPreset(m_session->conversationId(), preset.name);
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
