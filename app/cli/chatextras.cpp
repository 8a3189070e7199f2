#include "chatextras.h"

#include "chat/jsonschema.h"
#include "chat/message.h"
#include "chat/presets.h"
#include "clisupport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <cmath>

using namespace Qt::StringLiterals;
using CliSupport::err;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Cli", text);
}

constexpr int UsageExit = 2; // Cli::Usage

QJsonObject tokenJson(const QJsonObject &token)
{
    const double logprob = token.value("logprob"_L1).toDouble();
    return QJsonObject{ { "token"_L1, token.value("token"_L1) },
                        { "logprob"_L1, logprob },
                        { "probability"_L1, std::exp(logprob) } };
}

} // namespace

namespace ChatExtrasCli {

Options addTo(QCommandLineParser &parser)
{
    Options o{
        QCommandLineOption(u"param"_s,
                           tr("Any request field, e.g. top_k=40 or chat_template_kwargs="
                              "'{\"thinking\":true}' (VALUE read as JSON, else text). "
                              "Repeatable."),
                           u"key=value"_s),
        QCommandLineOption(u"json-object"_s, tr("Ask for a reply that is one JSON object.")),
        QCommandLineOption(u"json-schema"_s,
                           tr("Ask for JSON following the JSON Schema in FILE; the reply is "
                              "checked against it (exit 5 when it does not follow it)."),
                           u"file"_s),
        QCommandLineOption(u"logprobs"_s,
                           tr("Ask for token probabilities with N alternatives (0-20); shown "
                              "with --json."),
                           u"n"_s),
        QCommandLineOption(u"attach"_s,
                           tr("Attach a text, code or image file (PNG, JPEG, WebP, GIF). "
                              "Repeatable."),
                           u"file"_s),
        QCommandLineOption(u"preset"_s,
                           tr("Start from the preset NAME (see sift preset); options given "
                              "here win."),
                           u"name"_s),
        QCommandLineOption(u"image-max-side"_s,
                           tr("Scale attached images so no side is longer than N pixels "
                              "(64-8192; default: the setting, 1536)."),
                           u"n"_s),
    };
    parser.addOptions(
        { o.param, o.jsonObject, o.jsonSchema, o.logprobs, o.attach, o.preset, o.imageMaxSide });
    return o;
}

bool readParams(const QStringList &assignments, QJsonObject *extra, const QString &command)
{
    for (const QString &assignment : assignments) {
        QString key;
        QJsonValue value;
        if (!ChatParams::parseAssignment(assignment, &key, &value)) {
            err(tr("%1: --param needs KEY=VALUE, e.g. --param top_k=40 (got “%2”).")
                    .arg(command, assignment));
            return false;
        }
        extra->insert(key, value);
    }
    return true;
}

int read(const QCommandLineParser &parser, const Options &o, Chat *chat,
         const QStringList &explicitlySet)
{
    if (parser.isSet(o.preset)) {
        const PresetStore store;
        const std::optional<Preset> preset = store.find(parser.value(o.preset));
        if (!preset) {
            err(tr("sift chat: there is no preset “%1”. See sift preset list.")
                    .arg(parser.value(o.preset)));
            return UsageExit;
        }
        chat->presetName = preset->name;
        ChatOptions merged = preset->options;
        // -t and --max-tokens given on this command line win over the preset's.
        if (explicitlySet.contains(u"temperature"_s))
            merged.temperature = chat->options.temperature;
        if (explicitlySet.contains(u"max-tokens"_s))
            merged.maxTokens = chat->options.maxTokens;
        chat->options = merged;
        if (!explicitlySet.contains(u"system"_s))
            chat->system = preset->systemPrompt;
        if (!explicitlySet.contains(u"model"_s) && !preset->model.isEmpty())
            chat->model = preset->model;
    }
    if (!readParams(parser.values(o.param), &chat->options.extra, u"sift chat"_s))
        return UsageExit;
    if (parser.isSet(o.jsonObject) && parser.isSet(o.jsonSchema)) {
        err(tr("sift chat: choose one of --json-object and --json-schema."));
        return UsageExit;
    }
    if (parser.isSet(o.jsonObject)) {
        chat->options.responseFormat = {};
        chat->options.responseFormat.kind = ResponseFormat::Kind::JsonObject;
    }
    if (parser.isSet(o.jsonSchema)) {
        const QString path = parser.value(o.jsonSchema);
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            err(tr("sift chat: cannot read the schema file “%1”. Check the path.").arg(path));
            return UsageExit;
        }
        QJsonParseError parseError;
        const QJsonDocument document
            = QJsonDocument::fromJson(file.read(4 * 1024 * 1024), &parseError);
        if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
            err(tr("sift chat: “%1” is not a JSON object (%2). Fix the schema.")
                    .arg(path, parseError.errorString()));
            return UsageExit;
        }
        QJsonObject schema = document.object();
        // A file holding the whole json_schema object ({"name", "schema", "strict"}) works too.
        QString name = QFileInfo(path).completeBaseName();
        bool strict = true;
        if (schema.value("schema"_L1).isObject() && !schema.contains("type"_L1)) {
            name = schema.value("name"_L1).toString(name);
            strict = schema.value("strict"_L1).toBool(true);
            schema = schema.value("schema"_L1).toObject();
        }
        if (const JsonSchema::Result check = JsonSchema::checkSchema(schema); !check.ok) {
            err(tr("sift chat: the schema in “%1” is not valid at %2: %3.")
                    .arg(path, check.path, check.message));
            return UsageExit;
        }
        static const QRegularExpression unsafe(u"[^A-Za-z0-9_-]"_s);
        chat->options.responseFormat.kind = ResponseFormat::Kind::JsonSchema;
        chat->options.responseFormat.name = name.replace(unsafe, u"_"_s).left(64);
        chat->options.responseFormat.schema = schema;
        chat->options.responseFormat.strict = strict;
    }
    if (parser.isSet(o.logprobs)) {
        bool ok = false;
        const int n = parser.value(o.logprobs).toInt(&ok);
        if (!ok || n < 0 || n > 20) {
            err(tr("sift chat: --logprobs needs a whole number from 0 to 20."));
            return UsageExit;
        }
        chat->options.topLogprobs = n;
    }
    int maxSide = Attachments::clampMaxSide(chat->imageMaxSide);
    if (parser.isSet(o.imageMaxSide)) {
        bool ok = false;
        maxSide = parser.value(o.imageMaxSide).toInt(&ok);
        if (!ok || maxSide < Attachments::MinMaxSide || maxSide > Attachments::MaxMaxSide) {
            err(tr("sift chat: --image-max-side needs a whole number of pixels from %1 to %2.")
                    .arg(Attachments::MinMaxSide)
                    .arg(Attachments::MaxMaxSide));
            return UsageExit;
        }
    }
    chat->imageMaxSide = maxSide;
    for (const QString &path : parser.values(o.attach)) {
        const Attachments::Loaded loaded = Attachments::fromFile(path, maxSide);
        if (!loaded.attachment) {
            err(u"sift chat: "_s + loaded.error);
            return UsageExit;
        }
        chat->attachments.append(*loaded.attachment);
    }
    return -1;
}

QJsonObject replyJson(const Message &reply, const ChatOptions &options)
{
    QJsonObject object{ { "model"_L1, reply.model },
                        { "content"_L1, reply.content },
                        { "finish_reason"_L1, finishReasonToString(reply.finishReason) } };
    if (!reply.usage.isEmpty()) {
        QJsonObject usage{ { "prompt_tokens"_L1, reply.usage.promptTokens },
                           { "completion_tokens"_L1, reply.usage.completionTokens },
                           { "total_tokens"_L1, reply.usage.totalTokens } };
        if (reply.cost)
            usage.insert("cost_usd"_L1, *reply.cost);
        object.insert("usage"_L1, usage);
    }
    if (options.topLogprobs) {
        object.insert("logprobs_returned"_L1, !reply.logprobs.isEmpty());
        QJsonArray tokens;
        for (const QJsonValue &value : reply.logprobs) {
            const QJsonObject token = value.toObject();
            QJsonObject entry = tokenJson(token);
            QJsonArray alternatives;
            for (const QJsonValue &alternative : token.value("top_logprobs"_L1).toArray())
                alternatives.append(tokenJson(alternative.toObject()));
            entry.insert("top_logprobs"_L1, alternatives);
            tokens.append(entry);
        }
        object.insert("tokens"_L1, tokens);
    }
    const ResponseFormat &format = options.responseFormat;
    if (format.kind == ResponseFormat::Kind::JsonSchema) {
        const JsonSchema::Result result = JsonSchema::validateText(reply.content, format.schema);
        QJsonObject schema{ { "valid"_L1, result.ok } };
        if (!result.ok) {
            schema.insert("path"_L1, result.path);
            schema.insert("error"_L1, result.message);
        }
        object.insert("schema"_L1, schema);
    }
    return object;
}

bool reportSchema(const Message &reply, const ChatOptions &options)
{
    const ResponseFormat &format = options.responseFormat;
    if (format.kind != ResponseFormat::Kind::JsonSchema || reply.state != Message::State::Complete)
        return true;
    const JsonSchema::Result result = JsonSchema::validateText(reply.content, format.schema);
    if (result.ok)
        err(tr("The reply follows the schema."));
    else
        err(tr("The reply does not follow the schema at %1: %2.").arg(result.path, result.message));
    return result.ok;
}

} // namespace ChatExtrasCli
