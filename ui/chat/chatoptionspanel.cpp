#include "chatoptionspanel.h"

#include "chat/jsonschema.h"
#include "common/flowlayout.h"
#include "common/statepalette.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabBar>
#include <QTabWidget>

using namespace Qt::StringLiterals;

namespace {

// Below the range's real minimum: the spin box shows "default" there and nothing is sent.
constexpr double Unset = -100;

QDoubleSpinBox *numberBox(QWidget *parent, double min, double max, double step, const QString &name,
                          const QString &tip)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setRange(Unset, max);
    box->setSingleStep(step);
    box->setDecimals(2);
    box->setSpecialValueText(QObject::tr("default"));
    box->setValue(Unset);
    box->setAccessibleName(name);
    box->setToolTip(tip);
    // Stepping up from "default" lands on the real minimum, not on -99.
    QObject::connect(box, &QDoubleSpinBox::valueChanged, box, [box, min](double value) {
        if (value > Unset && value < min)
            box->setValue(box->value() > Unset + box->singleStep() * 1.5 ? Unset : min);
    });
    return box;
}

std::optional<double> valueOf(const QDoubleSpinBox *box)
{
    return box->value() > Unset ? std::optional<double>(box->value()) : std::nullopt;
}

void showOptional(QDoubleSpinBox *box, const std::optional<double> &value)
{
    box->setValue(value ? *value : Unset);
}

} // namespace

ChatOptionsPanel::ChatOptionsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_topK(new QSpinBox(this))
    , m_minP(
          numberBox(this, 0, 1, 0.01, tr("Min-p"),
                    tr("Drop tokens less likely than this share of the most likely one, 0 to 1.")))
    , m_presence(numberBox(this, -2, 2, 0.1, tr("Presence penalty"),
                           tr("-2 to 2; above 0 favours new topics.")))
    , m_frequency(numberBox(this, -2, 2, 0.1, tr("Frequency penalty"),
                            tr("-2 to 2; above 0 repeats words less.")))
    , m_repetition(numberBox(this, 0.01, 5, 0.05, tr("Repetition penalty"),
                             tr("Above 1 repeats less; 1 is neutral.")))
    , m_seed(new QLineEdit(this))
    , m_stop(new QLineEdit(this))
    , m_reasoning(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_schemaName(new QLineEdit(this))
    , m_strict(new QCheckBox(tr("&Strict"), this))
    , m_schema(new QPlainTextEdit(this))
    , m_schemaStatus(new QLabel(this))
    , m_logprobs(new QCheckBox(tr("Return token &probabilities"), this))
    , m_topLogprobs(new QSpinBox(this))
    , m_extra(new QPlainTextEdit(this))
    , m_extraStatus(new QLabel(this))
{
    m_topK->setRange(0, 1000);
    m_topK->setSpecialValueText(tr("default"));
    m_topK->setAccessibleName(tr("Top-k"));
    m_topK->setToolTip(tr("Sample from the k most likely tokens only."));
    m_seed->setValidator(
        new QRegularExpressionValidator(QRegularExpression(u"-?\\d{0,18}"_s), m_seed));
    m_seed->setPlaceholderText(tr("random"));
    m_seed->setAccessibleName(tr("Seed"));
    m_seed->setToolTip(tr("The same seed and settings give the same reply, where the model "
                          "supports it."));
    m_stop->setPlaceholderText(tr("e.g. END | ###"));
    m_stop->setAccessibleName(tr("Stop sequences"));
    m_stop->setToolTip(tr("Up to 4 texts that end the reply, separated by |."));
    m_reasoning->addItem(tr("default"), QString());
    m_reasoning->addItem(tr("low"), u"low"_s);
    m_reasoning->addItem(tr("medium"), u"medium"_s);
    m_reasoning->addItem(tr("high"), u"high"_s);
    m_reasoning->setAccessibleName(tr("Reasoning effort"));

    m_tabs->setAccessibleName(tr("More parameters"));
    m_tabs->tabBar()->setAccessibleName(tr("Parameter groups"));
    auto *sampling = new QWidget(m_tabs);
    auto *samplingLayout = new QFormLayout(sampling);
    const auto add = [](QHBoxLayout *row, const QString &label, QWidget *field) {
        auto *l = new QLabel(label);
        l->setBuddy(field);
        row->addWidget(l);
        row->addWidget(field);
        row->addSpacing(6);
        return l;
    };
    // Label and field as one piece of a row that wraps when the pane is narrow (an 800 px
    // window in German), instead of the panel pushing the conversation list aside.
    const auto addPair = [sampling](FlowLayout *row, const QString &label, QWidget *field) {
        auto *pair = new QWidget(sampling);
        auto *pairLayout = new QHBoxLayout(pair);
        pairLayout->setContentsMargins(0, 0, 6, 0);
        auto *l = new QLabel(label, pair);
        l->setBuddy(field);
        pairLayout->addWidget(l);
        pairLayout->addWidget(field);
        row->addWidget(pair);
        return l;
    };
    auto *row1 = new FlowLayout;
    addPair(row1, tr("Top-&k:"), m_topK);
    addPair(row1, tr("M&in-p:"), m_minP);
    // No mnemonic, like Top-p's: D is Add Model's in compare mode, S and E are taken.
    addPair(row1, tr("Seed:"), m_seed);
    m_reasoningLabel = addPair(row1, tr("Reasoning:"), m_reasoning);
    auto *row2 = new FlowLayout;
    addPair(row2, tr("Presence:"), m_presence);
    addPair(row2, tr("Frequency:"), m_frequency);
    addPair(row2, tr("Repetition:"), m_repetition);
    samplingLayout->addRow(row1);
    samplingLayout->addRow(row2);
    samplingLayout->addRow(tr("Stop se&quences:"), m_stop);
    // Tab goes along the rows as they read, whatever wrapped where.
    QWidget *previous = m_topK;
    for (QWidget *next : std::initializer_list<QWidget *>{ m_minP, m_seed, m_reasoning, m_presence,
                                                           m_frequency, m_repetition, m_stop }) {
        setTabOrder(previous, next);
        previous = next;
    }
    m_tabs->addTab(sampling, tr("Sampling"));

    m_format->addItem(tr("Text"));
    m_format->addItem(tr("JSON object"));
    m_format->addItem(tr("JSON schema"));
    m_format->setAccessibleName(tr("Response format"));
    m_schemaName->setText(u"reply"_s);
    m_schemaName->setAccessibleName(tr("Schema name"));
    m_schemaName->setValidator(new QRegularExpressionValidator(
        QRegularExpression(u"[A-Za-z0-9_-]{1,64}"_s), m_schemaName));
    m_strict->setChecked(true);
    m_strict->setToolTip(tr("Ask the server to follow the schema exactly."));
    m_schema->setPlaceholderText(
        u"{\"type\": \"object\", \"properties\": {\"answer\": {\"type\": \"string\"}}, "
        "\"required\": [\"answer\"]}"_s);
    m_schema->setAccessibleName(tr("JSON schema"));
    m_schema->setTabChangesFocus(true);
    m_schema->setFixedHeight(m_schema->fontMetrics().lineSpacing() * 5 + 12);
    m_schemaStatus->setTextFormat(Qt::PlainText);
    m_schemaStatus->setWordWrap(true);
    auto *format = new QWidget(m_tabs);
    auto *formatLayout = new QFormLayout(format);
    auto *formatRow = new QHBoxLayout;
    formatRow->addWidget(m_format);
    add(formatRow, tr("&Name:"), m_schemaName);
    formatRow->addWidget(m_strict);
    formatRow->addStretch();
    auto *formatLabel = new QLabel(tr("&Format:"), format);
    formatLabel->setBuddy(m_format);
    formatLayout->addRow(formatLabel, formatRow);
    formatLayout->addRow(tr("Sc&hema:"), m_schema);
    formatLayout->addRow(m_schemaStatus);
    m_tabs->addTab(format, tr("Response format"));

    m_topLogprobs->setRange(0, 20);
    m_topLogprobs->setValue(5);
    m_topLogprobs->setAccessibleName(tr("Alternatives per token"));
    m_topLogprobs->setToolTip(
        tr("How many likely alternatives to return for each token, 0 to 20."));
    m_extra->setPlaceholderText(u"{\"chat_template_kwargs\": {\"enable_thinking\": false}}"_s);
    m_extra->setAccessibleName(tr("Extra parameters"));
    m_extra->setToolTip(tr("A JSON object merged into the request, for fields Sift has no "
                           "control for."));
    m_extra->setTabChangesFocus(true);
    m_extra->setFixedHeight(m_extra->fontMetrics().lineSpacing() * 3 + 12);
    m_extraStatus->setTextFormat(Qt::PlainText);
    m_extraStatus->setWordWrap(true);
    auto *output = new QWidget(m_tabs);
    auto *outputLayout = new QFormLayout(output);
    auto *logprobsRow = new QHBoxLayout;
    logprobsRow->addWidget(m_logprobs);
    add(logprobsRow, tr("&Alternatives:"), m_topLogprobs);
    logprobsRow->addStretch();
    outputLayout->addRow(logprobsRow);
    outputLayout->addRow(tr("E&xtra parameters:"), m_extra);
    outputLayout->addRow(m_extraStatus);
    m_tabs->addTab(output, tr("Output and extra"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    const auto changedSignal = [this] {
        validate();
        Q_EMIT changed();
    };
    for (QDoubleSpinBox *box : { m_minP, m_presence, m_frequency, m_repetition })
        connect(box, &QDoubleSpinBox::valueChanged, this, changedSignal);
    connect(m_topK, &QSpinBox::valueChanged, this, changedSignal);
    connect(m_topLogprobs, &QSpinBox::valueChanged, this, changedSignal);
    for (QLineEdit *edit : { m_seed, m_stop, m_schemaName })
        connect(edit, &QLineEdit::textChanged, this, changedSignal);
    for (QComboBox *box : { m_reasoning, m_format })
        connect(box, &QComboBox::currentIndexChanged, this, changedSignal);
    for (QCheckBox *box : { m_strict, m_logprobs })
        connect(box, &QCheckBox::toggled, this, changedSignal);
    for (QPlainTextEdit *edit : { m_schema, m_extra })
        connect(edit, &QPlainTextEdit::textChanged, this, changedSignal);
    setReasoningSupport(ModelCatalog::Support::Unknown, QString());
    validate();
}

void ChatOptionsPanel::setReasoningSupport(ModelCatalog::Support support, const QString &model)
{
    m_reasoningSupport = support;
    const bool offered = support != ModelCatalog::Support::Unsupported;
    m_reasoning->setEnabled(offered);
    m_reasoningLabel->setEnabled(offered);
    QString tip;
    switch (support) {
    case ModelCatalog::Support::Supported:
        m_reasoningLabel->setText(tr("Reasoning:"));
        tip = tr("How long %1 reasons before it answers: low, medium or high. “default” leaves "
                 "it to the model.")
                  .arg(model);
        break;
    case ModelCatalog::Support::Unknown:
        m_reasoningLabel->setText(tr("Reasoning (optional):"));
        tip = tr("Optional: Sift does not know whether %1 takes a reasoning effort. Leave it at "
                 "“default” unless the model's documentation says it does; other models ignore or "
                 "refuse it.")
                  .arg(model.isEmpty() ? tr("this model") : model);
        break;
    case ModelCatalog::Support::Unsupported:
        m_reasoningLabel->setText(tr("Reasoning:"));
        tip = tr("%1 does not take a reasoning effort: none is sent. Choose a reasoning model "
                 "(such as DeepSeek R1 or gpt-oss) to set one.")
                  .arg(model);
        break;
    }
    m_reasoning->setToolTip(tip);
    m_reasoning->setAccessibleDescription(tip);
}

void ChatOptionsPanel::validate()
{
    const bool schema = m_format->currentIndex() == 2;
    m_schema->setEnabled(schema);
    m_schemaName->setEnabled(schema);
    m_strict->setEnabled(schema);
    m_topLogprobs->setEnabled(m_logprobs->isChecked());
    const StatePalette colors(palette());
    const auto show = [&colors](QLabel *label, const QString &text, bool ok) {
        label->setText(text);
        QPalette p = label->palette();
        p.setColor(QPalette::WindowText,
                   colors.text(ok ? StatePalette::Role::Success : StatePalette::Role::Error));
        label->setPalette(p);
        label->setVisible(!text.isEmpty());
    };
    QJsonObject extra;
    QString error;
    if (ChatParams::parseExtra(m_extra->toPlainText(), &extra, &error))
        show(m_extraStatus, QString(), true);
    else
        show(m_extraStatus, error, false);
    if (!schema) {
        show(m_schemaStatus, QString(), true);
        return;
    }
    QJsonParseError parseError;
    const QJsonDocument document
        = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8(), &parseError);
    if (m_schema->toPlainText().trimmed().isEmpty())
        show(m_schemaStatus, tr("Write the JSON schema the reply must follow."), false);
    else if (parseError.error != QJsonParseError::NoError)
        show(m_schemaStatus, tr("Not valid JSON: %1.").arg(parseError.errorString()), false);
    else if (const JsonSchema::Result check = JsonSchema::checkSchema(document.object());
             !document.isObject() || !check.ok)
        show(m_schemaStatus,
             document.isObject() ? tr("Schema problem at %1: %2.").arg(check.path, check.message)
                                 : tr("A schema must be a JSON object."),
             false);
    else
        show(m_schemaStatus, tr("The schema is valid."), true);
}

ChatOptions ChatOptionsPanel::readFields() const
{
    ChatOptions o;
    if (m_topK->value() > 0)
        o.topK = m_topK->value();
    o.minP = valueOf(m_minP);
    o.presencePenalty = valueOf(m_presence);
    o.frequencyPenalty = valueOf(m_frequency);
    o.repetitionPenalty = valueOf(m_repetition);
    bool ok = false;
    const qint64 seed = m_seed->text().toLongLong(&ok);
    if (ok)
        o.seed = seed;
    for (const QString &stop : m_stop->text().split(u'|', Qt::SkipEmptyParts)) {
        if (!stop.trimmed().isEmpty() && o.stop.size() < 4)
            o.stop.append(stop.trimmed());
    }
    o.reasoningEffort = m_reasoning->currentData().toString();
    if (m_logprobs->isChecked())
        o.topLogprobs = m_topLogprobs->value();
    return o;
}

QString ChatOptionsPanel::chosenReasoningEffort() const
{
    return m_reasoning->currentData().toString();
}

bool ChatOptionsPanel::read(ChatOptions *options, QString *error) const
{
    ChatOptions o = readFields();
    // Kept in the panel (and its saved state) for the next model, but not sent to this one.
    if (m_reasoningSupport == ModelCatalog::Support::Unsupported)
        o.reasoningEffort.clear();
    if (!ChatParams::parseExtra(m_extra->toPlainText(), &o.extra, error)) {
        *error = tr("The extra parameters are not valid: %1").arg(*error);
        return false;
    }
    if (m_format->currentIndex() == 1) {
        o.responseFormat.kind = ResponseFormat::Kind::JsonObject;
    } else if (m_format->currentIndex() == 2) {
        const QJsonDocument document = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8());
        if (!document.isObject() || !JsonSchema::checkSchema(document.object()).ok) {
            *error = tr("The JSON schema is not valid: %1").arg(m_schemaStatus->text());
            return false;
        }
        o.responseFormat.kind = ResponseFormat::Kind::JsonSchema;
        o.responseFormat.name = m_schemaName->text().isEmpty() ? u"reply"_s : m_schemaName->text();
        o.responseFormat.schema = document.object();
        o.responseFormat.strict = m_strict->isChecked();
    }
    *options = o;
    return true;
}

void ChatOptionsPanel::setOptions(const ChatOptions &options)
{
    m_topK->setValue(options.topK.value_or(0));
    showOptional(m_minP, options.minP);
    showOptional(m_presence, options.presencePenalty);
    showOptional(m_frequency, options.frequencyPenalty);
    showOptional(m_repetition, options.repetitionPenalty);
    m_seed->setText(options.seed ? QString::number(*options.seed) : QString());
    m_stop->setText(options.stop.join(u" | "_s));
    m_reasoning->setCurrentIndex(std::max(0, m_reasoning->findData(options.reasoningEffort)));
    m_logprobs->setChecked(options.topLogprobs.has_value());
    if (options.topLogprobs)
        m_topLogprobs->setValue(*options.topLogprobs);
    m_extra->setPlainText(
        options.extra.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(options.extra).toJson(QJsonDocument::Indented)));
    m_format->setCurrentIndex(int(options.responseFormat.kind));
    m_schemaName->setText(options.responseFormat.name);
    m_strict->setChecked(options.responseFormat.strict);
    m_schema->setPlainText(
        options.responseFormat.schema.isEmpty()
            ? QString()
            : QString::fromUtf8(
                QJsonDocument(options.responseFormat.schema).toJson(QJsonDocument::Indented)));
    validate();
}

namespace {
// Beside the request fields: the editors' text when it is not (yet) what the fields say.
const auto ExtraText = "sift_extra_text"_L1;
const auto SchemaText = "sift_schema_text"_L1;
} // namespace

QJsonObject ChatOptionsPanel::state() const
{
    ChatOptions o = readFields();
    QString error;
    const bool extraOk = ChatParams::parseExtra(m_extra->toPlainText(), &o.extra, &error);
    o.responseFormat.kind = ResponseFormat::Kind(m_format->currentIndex());
    o.responseFormat.name = m_schemaName->text().isEmpty() ? u"reply"_s : m_schemaName->text();
    o.responseFormat.strict = m_strict->isChecked();
    const QJsonDocument schema = QJsonDocument::fromJson(m_schema->toPlainText().toUtf8());
    if (schema.isObject())
        o.responseFormat.schema = schema.object();
    QJsonObject state = o.toJson();
    if (!extraOk)
        state.insert(ExtraText, m_extra->toPlainText());
    // Kept as typed: a schema may be written before JSON schema is chosen, or be half done.
    if (!m_schema->toPlainText().trimmed().isEmpty())
        state.insert(SchemaText, m_schema->toPlainText());
    return state;
}

void ChatOptionsPanel::restoreState(const QJsonObject &state)
{
    setOptions(ChatOptions::fromJson(state));
    if (state.contains(ExtraText))
        m_extra->setPlainText(state.value(ExtraText).toString());
    if (state.contains(SchemaText))
        m_schema->setPlainText(state.value(SchemaText).toString());
    validate();
}
