#pragma once

#include "api/chatrequest.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

// How the reply should be shaped: free text, any JSON object, or JSON that follows a schema.
struct ResponseFormat
{
    enum class Kind { Text, JsonObject, JsonSchema };
    Kind kind = Kind::Text;
    QString name = QStringLiteral("reply"); // json_schema.name
    QJsonObject schema;
    bool strict = true;

    // The request's response_format; undefined for Text (nothing is sent).
    QJsonValue toJson() const;
    // Reads a response_format value (as sent, or as stored with a reply).
    static ResponseFormat fromJson(const QJsonValue &value);
    bool operator==(const ResponseFormat &) const = default;
};

// Every chat parameter DeepInfra documents beyond the conversation itself, plus the
// "extra parameters" object merged into the request. Shared by the chat pane, the CLI and
// presets; an unset optional is not sent.
struct ChatOptions
{
    std::optional<double> temperature;
    std::optional<double> topP;
    std::optional<int> topK;
    std::optional<double> minP;
    std::optional<int> maxTokens;
    QStringList stop;
    std::optional<double> presencePenalty;
    std::optional<double> frequencyPenalty;
    std::optional<double> repetitionPenalty;
    std::optional<qint64> seed;
    QString reasoningEffort; // low / medium / high, empty = not sent
    QJsonObject extra;
    ResponseFormat responseFormat;
    std::optional<int> topLogprobs; // logprobs on, with this many alternatives (0–20)

    // Writes the set options into `request` (unset ones leave it as it is); extra last.
    void applyTo(ChatRequest &request) const;
    // The options as request fields (the same names as on the wire), for presets and files.
    QJsonObject toJson() const;
    static ChatOptions fromJson(const QJsonObject &object);
    bool operator==(const ChatOptions &) const = default;
};

namespace ChatParams {

// A `--param KEY=VALUE` / extra-parameter entry: VALUE read as JSON (numbers, booleans,
// objects, arrays, quoted strings), else taken as a plain string. False when there is no
// "=" or the key is empty.
bool parseAssignment(const QString &assignment, QString *key, QJsonValue *value);
// The extra-parameters editor's text: empty or a JSON object. On failure `error` says where.
bool parseExtra(const QString &text, QJsonObject *extra, QString *error);
// The request fields a reply keeps as its settings (everything but the conversation).
QJsonObject replySettings(const QJsonObject &body);

} // namespace ChatParams
