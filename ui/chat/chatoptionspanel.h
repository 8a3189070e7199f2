#pragma once

#include "chat/chatoptions.h"
#include "models/modelcatalog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

// The chat parameters beyond temperature, max tokens and top-p: the other sampling settings,
// the response format with its schema editor, token probabilities and the extra-parameters
// JSON. Invalid JSON (extra or schema) is flagged as it is typed; read() refuses it.
class ChatOptionsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ChatOptionsPanel(QWidget *parent = nullptr);

    // False, with `error` fit to show, when the extra parameters or the schema are not valid.
    // The reasoning effort is left out for a model that does not take it.
    bool read(ChatOptions *options, QString *error) const;
    // Whether the chosen model (`model`, for the tooltip) takes reasoning_effort: the control
    // is offered when it does, offered as optional when unknown (an id the catalog lacks), and
    // turned off (its choice kept for the next model, not sent) when it does not.
    void setReasoningSupport(ModelCatalog::Support support, const QString &model);
    ModelCatalog::Support reasoningSupport() const { return m_reasoningSupport; }
    // The effort chosen in the control, whether or not the current model takes it (compare
    // mode decides per model).
    QString chosenReasoningEffort() const;
    // Shows `options` (temperature, max tokens and top-p are the pane's own fields: ignored).
    void setOptions(const ChatOptions &options);
    void reset() { setOptions({}); }
    // Everything the panel shows, also text that does not validate yet (a schema half typed),
    // as JSON to keep across restarts; restoreState() shows it again.
    QJsonObject state() const;
    void restoreState(const QJsonObject &state);

    QTabWidget *tabs() const { return m_tabs; }
    QComboBox *responseFormatBox() const { return m_format; }
    QPlainTextEdit *schemaEditor() const { return m_schema; }
    QLabel *schemaStatus() const { return m_schemaStatus; }
    QPlainTextEdit *extraEditor() const { return m_extra; }
    QLabel *extraStatus() const { return m_extraStatus; }
    QCheckBox *logprobsBox() const { return m_logprobs; }
    QSpinBox *topLogprobsBox() const { return m_topLogprobs; }
    QSpinBox *topKBox() const { return m_topK; }
    QComboBox *reasoningBox() const { return m_reasoning; }
    QLineEdit *seedEdit() const { return m_seed; }

Q_SIGNALS:
    void changed();

private:
    void validate();
    // The fields that cannot be invalid (all but the extra parameters and the schema).
    ChatOptions readFields() const;

    QTabWidget *m_tabs;
    QSpinBox *m_topK;
    QDoubleSpinBox *m_minP;
    QDoubleSpinBox *m_presence;
    QDoubleSpinBox *m_frequency;
    QDoubleSpinBox *m_repetition;
    QLineEdit *m_seed;
    QLineEdit *m_stop;
    QComboBox *m_reasoning;
    QLabel *m_reasoningLabel = nullptr;
    ModelCatalog::Support m_reasoningSupport = ModelCatalog::Support::Unknown;
    QComboBox *m_format;
    QLineEdit *m_schemaName;
    QCheckBox *m_strict;
    QPlainTextEdit *m_schema;
    QLabel *m_schemaStatus;
    QCheckBox *m_logprobs;
    QSpinBox *m_topLogprobs;
    QPlainTextEdit *m_extra;
    QLabel *m_extraStatus;
};
