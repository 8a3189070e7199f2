#pragma once

#include "chat/attachments.h"
#include "chat/chatoptions.h"

#include <QCommandLineOption>
#include <QJsonObject>
#include <QList>

class QCommandLineParser;
class ModelCatalog;
struct Message;

// The options issue 17 adds to `sift chat` (--param, --json-object, --json-schema, --logprobs,
// --attach, --image-max-side, --preset; --json is the chat command's own), read into ChatOptions
// and attachments. Kept apart from clirunner.cpp so the chat command itself stays short.
namespace ChatExtrasCli {

struct Options
{
    QCommandLineOption param;
    QCommandLineOption jsonObject;
    QCommandLineOption jsonSchema;
    QCommandLineOption logprobs;
    QCommandLineOption attach;
    QCommandLineOption preset;
    QCommandLineOption imageMaxSide;
};

Options addTo(QCommandLineParser &parser);

// KEY=VALUE assignments into `extra` (VALUE read as JSON, else a string). False, after
// saying which one on stderr, when one has no "=" (`command` names the command in the message).
bool readParams(const QStringList &assignments, QJsonObject *extra, const QString &command);

struct Chat
{
    ChatOptions options;
    QString system;
    QString model;
    QString presetName;
    QList<Attachment> attachments;
    // The longest side attached images are scaled to: the caller puts the setting here,
    // --image-max-side overrides it.
    int imageMaxSide = Attachments::DefaultMaxSide;
};

// Applies the preset (if any), then the options given here, onto `chat` (whose system, model
// and options hold what -s/-m/-t/--max-tokens said, which win over the preset). Returns -1 to
// go on, else the exit code after an error on stderr.
int read(const QCommandLineParser &parser, const Options &options, Chat *chat,
         const QStringList &explicitlySet);

// The --json answer: the reply, usage, and (when asked) tokens with probabilities and the
// schema check.
QJsonObject replyJson(const Message &reply, const ChatOptions &options);

// One line for stderr when the reply had to follow a schema: valid, or where it breaks it.
// Returns whether it is valid (true when no schema applied).
bool reportSchema(const Message &reply, const ChatOptions &options);

} // namespace ChatExtrasCli
