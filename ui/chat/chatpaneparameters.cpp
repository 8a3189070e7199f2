// The Parameters panel of the chat pane: built when first needed (ensureParameters), its values
// remembered in Config and applied to the session before a send, and kept with each
// conversation (its settings, restored when it is opened again).
#include "chatpane.h"

#include "attachmentbar.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chat/rendermarker.h"
#include "chat/tokenestimate.h"
#include "chatoptionspanel.h"
#include "collectionbutton.h"
#include "common/flowlayout.h"
#include "comparebar.h"
#include "comparecolumns.h"
#include "config/config.h"
#include "knowledge/knowledgechat.h"
#include "leaderboarddialog.h"
#include "modelpicker.h"
#include "models/modelcatalog.h"
#include "presetbar.h"
#include "store/conversationstore.h"
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
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QSplitter>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>
#include <utility>

using namespace Qt::StringLiterals;

namespace {
// Spin boxes show "default" at their minimum: the parameter is then not sent at all.
constexpr double TemperatureUnset = -0.1;
constexpr double TopPUnset = -0.05;
// The max-tokens ceiling when the model's limits are unknown.
constexpr int UnknownMaxTokens = 1000000;
} // namespace

void ChatPane::ensureParameters()
{
    if (m_options)
        return;
    // Each parameter can be left at the server's default.
    m_systemPrompt = new QPlainTextEdit(m_parameters);
    m_temperature = new QDoubleSpinBox(m_parameters);
    m_maxTokens = new QSpinBox(m_parameters);
    m_topP = new QDoubleSpinBox(m_parameters);
    m_systemPrompt->setPlaceholderText(tr("Optional instructions sent before the conversation"));
    m_systemPrompt->setAccessibleName(tr("System prompt"));
    m_systemPrompt->setToolTip(tr("Sent as the system message of every request"));
    m_systemPrompt->setTabChangesFocus(true);
    m_systemPrompt->setFixedHeight(m_systemPrompt->fontMetrics().lineSpacing() * 3 + 12);
    m_temperature->setRange(TemperatureUnset, 2.0);
    m_temperature->setSingleStep(0.1);
    m_temperature->setDecimals(2);
    m_temperature->setSpecialValueText(tr("default"));
    m_temperature->setValue(TemperatureUnset);
    m_temperature->setAccessibleName(tr("Temperature"));
    m_temperature->setToolTip(
        tr("0 to 2; higher is more varied. “default” leaves it to the model."));
    m_maxTokens->setRange(0, UnknownMaxTokens);
    m_maxTokens->setSingleStep(64);
    m_maxTokens->setSpecialValueText(tr("default"));
    m_maxTokens->setAccessibleName(tr("Max tokens"));
    m_maxTokens->setToolTip(tr("Longest reply in tokens. “default” leaves it to the model."));
    m_topP->setRange(TopPUnset, 1.0);
    m_topP->setSingleStep(0.05);
    m_topP->setDecimals(2);
    m_topP->setSpecialValueText(tr("default"));
    m_topP->setValue(TopPUnset);
    m_topP->setAccessibleName(tr("Top-p"));
    m_topP->setToolTip(tr("Nucleus sampling, 0 to 1. “default” leaves it to the model."));
    auto *resetParameters = new QPushButton(tr("Use Defaults"), m_parameters);
    resetParameters->setAccessibleName(tr("Reset parameters to defaults"));
    resetParameters->setToolTip(tr("Set temperature, max tokens and top-p back to “default”"));
    connect(resetParameters, &QPushButton::clicked, this, [this] {
        m_temperature->setValue(TemperatureUnset);
        m_maxTokens->setValue(0);
        m_topP->setValue(TopPUnset);
        m_options->reset();
    });
    // One row that wraps when the window is narrow (or the labels long, as in German): as wide
    // as its widest label and field, so it never squeezes the conversation list.
    auto *numbersRow = new QWidget(m_parameters);
    auto *numbers = new FlowLayout(numbersRow);
    numbers->setContentsMargins(0, 0, 0, 0);
    const auto addNumber = [&](const QString &label, QWidget *field) {
        auto *pair = new QWidget(numbersRow);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 8, 0);
        auto *l = new QLabel(label, pair);
        l->setBuddy(field);
        pairLayout->addWidget(l);
        pairLayout->addWidget(field);
        numbers->addWidget(pair);
    };
    addNumber(tr("Temperat&ure:"), m_temperature);
    addNumber(tr("Ma&x tokens:"), m_maxTokens); // O is compare's Back to Conversation
    addNumber(tr("Top-p:"), m_topP);
    resetParameters->setParent(numbersRow);
    numbers->addWidget(resetParameters);
    auto *parametersLayout = new QFormLayout(m_parameters);
    parametersLayout->setContentsMargins(0, 0, 0, 0);
    parametersLayout->addRow(tr("S&ystem prompt:"), m_systemPrompt);
    parametersLayout->addRow(numbersRow);
    m_options = new ChatOptionsPanel(m_parameters);
    parametersLayout->addRow(m_options);

    if (m_config) {
        loadParameters();
        connectParameters();
    }
    // Whatever the panel shows is the conversation's (saved with it as it changes).
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this,
            &ChatPane::scheduleConversationSave);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this,
            &ChatPane::scheduleConversationSave);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ChatPane::scheduleConversationSave);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, &ChatPane::scheduleConversationSave);
    connect(m_options, &ChatOptionsPanel::changed, this, &ChatPane::scheduleConversationSave);
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, &ChatPane::invalidatePathTokens);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ChatPane::updateTokenHint);
    // Any hand change of what a preset covers may make the header's preset no longer true.
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, &ChatPane::updatePresetLabel);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ChatPane::updatePresetLabel);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ChatPane::updatePresetLabel);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, &ChatPane::updatePresetLabel);
    connect(m_options, &ChatOptionsPanel::changed, this, &ChatPane::updatePresetLabel);
    // The model's limit (and a value above it clamped, and kept so, as on a model change).
    updateModelLimits();
    setTabOrder(m_parametersToggle, m_systemPrompt);
    setTabOrder(m_systemPrompt, m_temperature);
    setTabOrder(m_temperature, m_maxTokens);
    setTabOrder(m_maxTokens, m_topP);
    setTabOrder(m_topP, resetParameters);
    for (QAbstractItemView *view : m_parameters->findChildren<QAbstractItemView *>())
        view->setTabKeyNavigation(false);
}

void ChatPane::loadParameters()
{
    setParameterValues(rememberedParameters());
}

QJsonObject ChatPane::parameterValues() const
{
    if (m_options) {
        return { { "system"_L1, m_systemPrompt->toPlainText() },
                 { "temperature"_L1,
                   m_temperature->value() <= TemperatureUnset ? -1.0 : m_temperature->value() },
                 { "max_tokens"_L1, m_maxTokens->value() },
                 { "top_p"_L1, m_topP->value() <= TopPUnset ? -1.0 : m_topP->value() },
                 { "options"_L1, m_options->state() } };
    }
    return rememberedParameters();
}

QJsonObject ChatPane::rememberedParameters() const
{
    if (!m_config)
        return {};
    return {
        { "system"_L1, m_config->get(Config::SystemPrompt).toString() },
        { "temperature"_L1, m_config->get(Config::Temperature).toDouble() },
        { "max_tokens"_L1, m_config->get(Config::MaxTokens).toInt() },
        { "top_p"_L1, m_config->get(Config::TopP).toDouble() },
        { "options"_L1,
          QJsonDocument::fromJson(m_config->get(Config::ChatOptions).toString().toUtf8()).object() }
    };
}

void ChatPane::setParameterValues(const QJsonObject &values)
{
    m_systemPrompt->setPlainText(values.value("system"_L1).toString());
    const double temperature = values.value("temperature"_L1).toDouble(-1);
    m_temperature->setValue(temperature < 0 ? TemperatureUnset : temperature);
    m_maxTokens->setValue(std::max(0, values.value("max_tokens"_L1).toInt()));
    const double topP = values.value("top_p"_L1).toDouble(-1);
    m_topP->setValue(topP < 0 ? TopPUnset : topP);
    m_options->restoreState(values.value("options"_L1).toObject());
}

void ChatPane::connectParameters()
{
    connect(m_systemPrompt, &QPlainTextEdit::textChanged, this, &ChatPane::saveParameters,
            Qt::UniqueConnection);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ChatPane::saveParameters,
            Qt::UniqueConnection);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ChatPane::saveParameters,
            Qt::UniqueConnection);
    connect(m_topP, &QDoubleSpinBox::valueChanged, this, &ChatPane::saveParameters,
            Qt::UniqueConnection);
    connect(m_options, &ChatOptionsPanel::changed, this, &ChatPane::saveParameters,
            Qt::UniqueConnection);
}

QString ChatPane::systemPromptText() const
{
    if (m_systemPrompt)
        return m_systemPrompt->toPlainText();
    return m_config ? m_config->get(Config::SystemPrompt).toString() : QString();
}

int ChatPane::maxTokensValue() const
{
    if (m_maxTokens)
        return m_maxTokens->value();
    const int saved = m_config ? std::max(0, m_config->get(Config::MaxTokens).toInt()) : 0;
    return std::min(saved, m_maxTokensLimit);
}

QSpinBox *ChatPane::maxTokensBox()
{
    ensureParameters();
    return m_maxTokens;
}

ChatOptionsPanel *ChatPane::optionsPanel()
{
    ensureParameters();
    return m_options;
}

void ChatPane::saveParameters()
{
    if (m_options)
        rememberParameters(parameterValues());
}

void ChatPane::rememberParameters(const QJsonObject &values)
{
    if (!m_config)
        return;
    m_config->set(Config::SystemPrompt, values.value("system"_L1).toString());
    m_config->set(Config::Temperature, values.value("temperature"_L1).toDouble(-1));
    m_config->set(Config::MaxTokens, values.value("max_tokens"_L1).toInt());
    m_config->set(Config::TopP, values.value("top_p"_L1).toDouble(-1));
    m_config->set(
        Config::ChatOptions,
        QString::fromUtf8(
            QJsonDocument(values.value("options"_L1).toObject()).toJson(QJsonDocument::Compact)));
}

QJsonObject ChatPane::conversationSettings() const
{
    QJsonObject settings = parameterValues();
    settings.insert("model"_L1, m_picker->currentModel());
    if (m_appliedPreset) {
        // The preset as it was applied and the settings it gave, so the header can still say
        // whether they are the preset's ("Name (changed)") when the conversation is reopened.
        settings.insert("preset"_L1, m_appliedPreset->toJson());
        settings.insert("preset_settings"_L1, m_appliedSettings);
    }
    return settings;
}

void ChatPane::restoreConversationSettings(const QJsonObject &settings)
{
    const QScopedValueRollback<bool> restoring(m_restoringSettings, true);
    const QString model = settings.value("model"_L1).toString();
    if (!model.isEmpty() && model != m_picker->currentModel()) {
        m_picker->setCurrentModel(model);
        // As when the model is chosen by hand: remembered, its limits and the status bar.
        if (m_config)
            m_config->set(Config::LastChatModel, m_picker->currentModel());
        updateModelLimits();
        Q_EMIT modelChanged(m_picker->currentModel());
    }
    const Preset preset = Preset::fromJson(settings.value("preset"_L1).toObject());
    // Saved by a pane without parameters (no config, panel never built): only the model.
    const bool withParameters = settings.contains("options"_L1);
    if (!m_options && m_config && preset.name.isEmpty()) {
        // The panel is not built: the remembered values stand in for its fields until it is.
        if (withParameters)
            rememberParameters(settings);
        m_appliedPreset.reset();
        updatePresetLabel();
        updateTokenHint();
        return;
    }
    ensureParameters();
    if (withParameters)
        setParameterValues(settings);
    if (preset.name.isEmpty()) {
        m_appliedPreset.reset();
    } else {
        m_appliedPreset = preset;
        m_appliedSettings = settings.value("preset_settings"_L1).toObject();
    }
    updatePresetLabel();
}

void ChatPane::scheduleConversationSave()
{
    if (m_restoringSettings || !m_session || !m_session->store()
        || m_session->conversationId() <= 0)
        return;
    if (m_settingsConversation != m_session->conversationId())
        saveConversationSettings(); // another conversation's, still pending
    m_settingsConversation = m_session->conversationId();
    m_settingsStore = m_session->store();
    if (!m_settingsSave) {
        // Typing in the system prompt writes once it pauses, not per key.
        m_settingsSave = new QTimer(this);
        m_settingsSave->setSingleShot(true);
        m_settingsSave->setInterval(500);
        connect(m_settingsSave, &QTimer::timeout, this, &ChatPane::saveConversationSettings);
    }
    m_settingsSave->start();
}

void ChatPane::saveConversationSettings()
{
    const qint64 id = std::exchange(m_settingsConversation, 0);
    if (m_settingsSave)
        m_settingsSave->stop();
    if (id > 0 && m_settingsStore)
        m_settingsStore->setConversationSettings(id, conversationSettings());
}

void ChatPane::setParametersVisible(bool visible)
{
    {
        QSignalBlocker blocker(m_parametersToggle);
        m_parametersToggle->setChecked(visible);
    }
    m_parametersToggle->setArrowType(visible ? Qt::DownArrow : Qt::RightArrow);
    m_parametersToggle->setAccessibleName(visible ? tr("Hide parameters") : tr("Show parameters"));
    if (visible)
        ensureParameters();
    m_parameters->setVisible(visible);
    if (m_config)
        m_config->set(Config::ParametersExpanded, visible);
}

void ChatPane::applySettingsToSession()
{
    ensureParameters();
    // The model may have been set without a choice in the picker (a preset, a test).
    updateReasoningSupport();
    m_session->setModel(m_picker->currentModel());
    m_session->setSystemPrompt(m_systemPrompt->toPlainText().trimmed());
    ChatSession::Parameters parameters;
    if (m_temperature->value() > TemperatureUnset)
        parameters.temperature = m_temperature->value();
    if (m_maxTokens->value() > 0)
        parameters.maxTokens = m_maxTokens->value();
    if (m_topP->value() > TopPUnset)
        parameters.topP = m_topP->value();
    m_session->setParameters(parameters);
    ChatOptions options;
    QString error;
    if (m_options->read(&options, &error))
        m_session->setOptions(options);
    if (m_config)
        m_config->set(Config::LastChatModel, m_session->model());
    rememberPreset();
}

std::optional<ModelInfo> ChatPane::currentModelInfo() const
{
    if (!m_catalog)
        return std::nullopt;
    return m_catalog->find(m_picker->currentModel());
}

int ChatPane::contextLength() const
{
    const std::optional<ModelInfo> info = currentModelInfo();
    return info ? std::max(0, info->contextLength) : 0;
}

void ChatPane::updateModelLimits()
{
    const std::optional<ModelInfo> info = currentModelInfo();
    int limit = 0;
    if (info)
        limit = info->maxOutputTokens > 0 ? info->maxOutputTokens : info->contextLength;
    m_maxTokensLimit = limit > 0 ? limit : UnknownMaxTokens;
    if (m_maxTokens) {
        // setMaximum clamps a larger value down to what the model can give.
        m_maxTokens->setMaximum(m_maxTokensLimit);
        m_maxTokens->setToolTip(
            limit > 0 ? tr("Longest reply in tokens, at most %1 for this model. “default” leaves "
                           "it to the model.")
                            .arg(QLocale().toString(limit))
                      : tr("Longest reply in tokens. “default” leaves it to the model."));
    }
    updateReasoningSupport();
    updateTokenHint();
}

void ChatPane::updateReasoningSupport()
{
    if (!m_options)
        return; // ensureParameters() asks again when it builds the panel
    const QString model = m_picker->currentModel();
    m_options->setReasoningSupport(
        m_catalog ? m_catalog->reasoningSupport(model) : ModelCatalog::Support::Unknown, model);
}
