#include "clirunner.h"

#include "chatcompare.h"
#include "chatextras.h"
#include "cliinput.h"
#include "clisupport.h"
#include "models/costformat.h"

#include "api/apiclient.h"
#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "config/config.h"
#include "config/runoptions.h"
#include "evalcommand.h"
#include "kbcommand.h"
#include "models/catalogcache.h"
#include "models/modelcatalog.h"
#include "models/modelfetcher.h"
#include "presetcommand.h"
#include "rerankcommand.h"
#include "secrets/keystore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSocketNotifier>

#include <cmath>
#include <csignal>
#include <cstdio>
#include <functional>
#include <termios.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

using namespace CliSupport;

bool hasGlobalFlag(const QStringList &arguments, const QStringList &flags)
{
    for (int i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == "--"_L1)
            return false;
        if (flags.contains(arguments.at(i)))
            return true;
    }
    return false;
}

QString globalUsage()
{
    return QCoreApplication::translate(
        "Cli",
        "Usage:\n"
        "  sift                                  start the desktop app\n"
        "  sift chat [-m MODEL] [-s SYSTEM] [-t TEMP] [--max-tokens N] [--no-stream] "
        "[PROMPT | -]\n"
        "            [--attach FILE]... [--image-max-side N] [--json-object | --json-schema FILE]\n"
        "            [--param KEY=VALUE]... [--logprobs N] [--preset NAME] [--json]\n"
        "  sift preset set NAME [-s TEXT] [-m MODEL] [-t T] [--param KEY=VALUE]...\n"
        "  sift preset list [--json] | remove NAME | export | import FILE\n"
        "  sift chat -m MODEL -m MODEL [-m MODEL -m MODEL] [--json] [PROMPT | -]\n"
        "                                        compare: one prompt to up to 4 models\n"
        "  sift models [--type chat|rerank] [--live] [--json]\n"
        "  sift key set|clear|status             (set reads the key from standard input)\n"
        "  sift rerank -m MODEL -q QUERY [FILE | -]\n"
        "  sift eval --qrels FILE --run [NAME=]FILE [--run …] [--measures LIST] [--json]\n"
        "  sift eval --set BEIR-FOLDER [--candidates RUNFILE] -m MODEL [-m MODEL …] [--fuse rrf]\n"
        "  sift eval judge --set FOLDER|NAME -m MODEL [--yes] [--include-judged] [--json]\n"
        "  sift kb add NAME PATH… | sync NAME | list | remove NAME | search NAME QUERY\n"
        "  sift --version | --help\n"
        "\n"
        "Common options:\n"
        "  --endpoint NAME        use the configured endpoint NAME\n"
        "  --base-url URL         send requests to URL for this run\n"
        "  --kind deepinfra|openai\n"
        "  --api-key-env VAR      read the API key from VAR (default: DEEPINFRA_API_KEY,\n"
        "                         for deepinfra-kind endpoints only)\n"
        "\n"
        "Exit codes: 0 ok, 2 usage, 3 authentication, 4 network, 5 server or other.\n"
        "Run \"sift COMMAND --help\" for the options of a command.\n");
}

// Parses a command's arguments (the command word removed). Returns -1 to go on, else the
// exit code (help shown, or a usage error already reported).
int parseCommand(QCommandLineParser &parser, const QStringList &arguments, int command)
{
    QStringList rest = arguments;
    rest.removeAt(command);
    const QCommandLineOption help({ u"h"_s, u"help"_s },
                                  QCoreApplication::translate("Cli", "Show this help."));
    parser.addOption(help);
    RunOptions::addTo(parser);
    if (!parser.parse(rest)) {
        err(u"sift %1: %2 %3"_s.arg(
            arguments.at(command), parser.errorText(),
            QCoreApplication::translate("Cli", "Run \"sift %1 --help\" for its options.")
                .arg(arguments.at(command))));
        return Cli::Usage;
    }
    if (parser.isSet(help)) {
        out(parser.helpText());
        return Cli::Ok;
    }
    return -1;
}

bool resolveEndpoint(const QCommandLineParser &parser, const Config &config, RunOptions *options,
                     Endpoint *endpoint)
{
    *options = RunOptions::from(parser);
    QString error;
    if (!options->resolve(config, endpoint, &error)) {
        err(error);
        return false;
    }
    return true;
}

// Blocks in a nested event loop until `signal` of `sender` fires once; returns its argument.
template<typename Sender, typename Signal>
KeyStore::Result waitForKeyStore(Sender *sender, Signal signal, const QString &account)
{
    QEventLoop loop;
    KeyStore::Result answer;
    QObject::connect(sender, signal, &loop,
                     [&](const QString &forAccount, const KeyStore::Result &result) {
                         if (forAccount != account)
                             return;
                         answer = result;
                         loop.quit();
                     });
    loop.exec();
    return answer;
}

// Ctrl+C during a chat: the signal handler only writes a byte; the event loop does the rest.
class InterruptWatcher
{
public:
    explicit InterruptWatcher(std::function<void()> onInterrupt)
    {
        if (::pipe(s_pipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(s_pipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(),
                         [onInterrupt] {
                             char byte;
                             [[maybe_unused]] const auto n = ::read(s_pipe[0], &byte, 1);
                             onInterrupt();
                         });
        m_previous = std::signal(SIGINT, &InterruptWatcher::handle);
    }
    ~InterruptWatcher()
    {
        if (!m_notifier)
            return;
        std::signal(SIGINT, m_previous);
        m_notifier.reset();
        ::close(s_pipe[0]);
        ::close(s_pipe[1]);
    }
    InterruptWatcher(const InterruptWatcher &) = delete;
    InterruptWatcher &operator=(const InterruptWatcher &) = delete;

private:
    static void handle(int)
    {
        const char byte = 1;
        [[maybe_unused]] const auto n = ::write(s_pipe[1], &byte, 1);
    }

    static inline int s_pipe[2] = { -1, -1 };
    std::unique_ptr<QSocketNotifier> m_notifier;
    void (*m_previous)(int) = SIG_DFL;
};

int runChat(const QStringList &arguments, int command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Sends one prompt and streams the reply to standard output; usage and cost go to "
        "standard error."));
    parser.addPositionalArgument(
        u"prompt"_s,
        QCoreApplication::translate("Cli",
                                    "The prompt; \"-\" or nothing reads it from standard input."),
        u"[PROMPT | -]"_s);
    const QCommandLineOption model({ u"m"_s, u"model"_s },
                                   QCoreApplication::translate("Cli", "Model id."), u"model"_s);
    const QCommandLineOption system(
        { u"s"_s, u"system"_s }, QCoreApplication::translate("Cli", "System prompt."), u"text"_s);
    const QCommandLineOption temperature(
        { u"t"_s, u"temperature"_s },
        QCoreApplication::translate("Cli", "Sampling temperature, 0 to 2."), u"temp"_s);
    const QCommandLineOption maxTokens(
        u"max-tokens"_s, QCoreApplication::translate("Cli", "Longest reply, in tokens."), u"n"_s);
    const QCommandLineOption noStream(
        u"no-stream"_s, QCoreApplication::translate("Cli", "Wait for the whole reply."));
    const QCommandLineOption json(
        u"json"_s,
        QCoreApplication::translate("Cli",
                                    "Print the replies and their figures as JSON (with one "
                                    "model: reply, usage, token probabilities, schema "
                                    "check)."));
    parser.addOptions({ model, system, temperature, maxTokens, noStream, json });
    const QCommandLineOption kb(
        u"kb"_s,
        QCoreApplication::translate("Cli", "Answer from this knowledge collection, with sources."),
        u"name"_s);
    const QCommandLineOption kbRerank(
        u"rerank-model"_s,
        QCoreApplication::translate("Cli", "With --kb: rerank with this model (\"-\": none)."),
        u"model"_s);
    parser.addOptions({ kb, kbRerank });
    const ChatExtrasCli::Options extras = ChatExtrasCli::addTo(parser);
    if (const int code = parseCommand(parser, arguments, command); code >= 0)
        return code;
    QStringList models = parser.values(model);
    if (models.size() > CompareSession::MaxModels || models.removeDuplicates() > 0) {
        err(QCoreApplication::translate(
                "Cli", "sift chat: compare at most %1 different models (one -m for each).")
                .arg(CompareSession::MaxModels));
        return Cli::Usage;
    }

    ChatSession::Parameters parameters;
    if (parser.isSet(temperature)) {
        bool ok = false;
        const double value = parser.value(temperature).toDouble(&ok);
        if (!ok || !std::isfinite(value) || value < 0 || value > 2) { // "nan", "inf" parse
            err(QCoreApplication::translate(
                "Cli", "sift chat: --temperature needs a number from 0 to 2."));
            return Cli::Usage;
        }
        parameters.temperature = value;
    }
    if (parser.isSet(maxTokens)) {
        bool ok = false;
        const int value = parser.value(maxTokens).toInt(&ok);
        if (!ok || value <= 0) {
            err(QCoreApplication::translate(
                "Cli", "sift chat: --max-tokens needs a whole number above 0."));
            return Cli::Usage;
        }
        parameters.maxTokens = value;
    }
    Config config;
    ChatExtrasCli::Chat chat;
    chat.imageMaxSide = config.get(Config::ImageMaxSide).toInt();
    chat.options.temperature = parameters.temperature;
    chat.options.maxTokens = parameters.maxTokens;
    chat.system = parser.value(system);
    chat.model = parser.isSet(model) ? parser.value(model) : ModelCatalog::defaultChatModel();
    QStringList given;
    for (const QCommandLineOption *option : { &model, &system, &temperature, &maxTokens }) {
        if (parser.isSet(*option))
            given.append(option->names().constLast());
    }
    if (const int code = ChatExtrasCli::read(parser, extras, &chat, given); code >= 0)
        return code;
    const bool asJson = parser.isSet(json);

    const QStringList words = parser.positionalArguments();
    QString prompt = words.join(u' ');
    bool tooLarge = false;
    if (words == QStringList{ u"-"_s } || (words.isEmpty() && !::isatty(STDIN_FILENO)))
        prompt = QString::fromUtf8(CliInput::readStdin(CliInput::MaxPromptBytes, &tooLarge));
    if (tooLarge || prompt.toUtf8().size() > CliInput::MaxPromptBytes) {
        err(QCoreApplication::translate("Cli",
                                        "sift chat: the prompt is larger than %1, the most Sift "
                                        "sends in one message. Shorten it.")
                .arg(CliInput::limitText(CliInput::MaxPromptBytes)));
        return Cli::Usage;
    }
    if (prompt.trimmed().isEmpty()) {
        err(QCoreApplication::translate(
            "Cli",
            "sift chat: give a prompt, e.g. sift chat \"Hello\", or pipe one in with \"-\"."));
        return Cli::Usage;
    }

    RunOptions options;
    Endpoint endpoint;
    if (!resolveEndpoint(parser, config, &options, &endpoint))
        return Cli::Usage;

    ApiClient client;
    if (!prepareClient(&client, config, options, endpoint))
        return Cli::Auth;

    ModelCatalog catalog;
    ChatSession session(&client);
    session.setCatalog(&catalog);
    session.setModel(chat.model);
    Cli::KbChat kbChat;
    if (parser.isSet(kb)) {
        if (const int code = Cli::prepareKbChat(&client, parser.value(kb).trimmed(),
                                                parser.value(kbRerank).trimmed(), prompt, &kbChat);
            code >= 0)
            return code;
    }
    const QStringList systemParts{ chat.system, kbChat.systemPrompt };
    session.setSystemPrompt(systemParts.filter(QRegularExpression(u"\\S"_s)).join(u"\n\n"_s));
    session.setOptions(chat.options);
    session.setStreaming(!parser.isSet(noStream));
    // Several models: the comparison (issue 16). One model: the reply, with issue 17's extras.
    for (const QString &model : models.size() > 1 ? models : QStringList{ chat.model }) {
        if (Attachments::hasImages(chat.attachments) && !catalog.acceptsImages(model))
            err(QCoreApplication::translate("Cli",
                                            "Warning: %1 is not known to accept images; sending "
                                            "anyway.")
                    .arg(model));
    }
    if (models.size() > 1)
        return ChatCompare::run(&session, models, prompt, chat.attachments, asJson, options,
                                endpoint);

    QEventLoop loop;
    if (!asJson)
        QObject::connect(&session, &ChatSession::replyDelta, &loop,
                         [](int, const QString &text) { out(text); });
    QObject::connect(&session, &ChatSession::replyFinished, &loop, &QEventLoop::quit);
    // Like rerank's progress line: only for a person watching (scripts get one error line).
    if (::isatty(STDERR_FILENO))
        QObject::connect(
            &session, &ChatSession::replyRetrying, &loop,
            [](int, int, int delayMs, const ApiError &error) {
                const int seconds = (delayMs + 999) / 1000;
                err(error.kind == ApiError::Kind::RateLimited
                        ? QCoreApplication::translate("Cli", "Rate-limited, retrying in %n s…",
                                                      nullptr, seconds)
                        : QCoreApplication::translate("Cli", "Server busy, retrying in %n s…",
                                                      nullptr, seconds));
            });
    const InterruptWatcher interrupt([&session] { session.stop(); });
    if (!session.send(prompt, chat.attachments))
        return Cli::Usage;
    loop.exec();

    const Message &reply = session.messages().last();
    if (asJson)
        out(QString::fromUtf8(
            QJsonDocument(ChatExtrasCli::replyJson(reply, chat.options)).toJson()));
    // A partial reply stays printed; the shell prompt or the error starts on its own line.
    else if (!reply.content.isEmpty() && !reply.content.endsWith(u'\n'))
        out(u"\n"_s);
    if (reply.state == Message::State::Complete)
        out(Cli::kbSourcesBlock(kbChat, reply.content));

    switch (reply.state) {
    case Message::State::Failed:
        err(errorMessage(reply.error, options, endpoint));
        return exitCodeFor(reply.error);
    case Message::State::Stopped:
        err(QCoreApplication::translate("Cli", "Stopped."));
        return 130; // the shell's convention for an interrupt
    default:
        break;
    }
    if (!reply.usage.isEmpty()) {
        QString line = QCoreApplication::translate("Cli", "%1 + %2 tokens")
                           .arg(reply.usage.promptTokens)
                           .arg(reply.usage.completionTokens);
        if (reply.cost)
            line += reply.costEstimated
                ? QCoreApplication::translate("Cli", ", about %1 (estimated)")
                      .arg(CostFormat::usd(*reply.cost))
                : u", "_s + CostFormat::usd(*reply.cost);
        err(line);
    }
    if (reply.finishReason == FinishReason::Length)
        err(QCoreApplication::translate(
            "Cli", "The reply hit the token limit; raise --max-tokens for a longer one."));
    if (chat.options.topLogprobs && reply.logprobs.isEmpty())
        err(QCoreApplication::translate(
            "Cli", "Token probabilities were not returned (the server or model ignores them)."));
    if (!ChatExtrasCli::reportSchema(reply, chat.options))
        return Cli::Other;
    return Cli::Ok;
}

int runModels(const QStringList &arguments, int command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Lists the models Sift knows: the documented table, plus the endpoint's live list "
        "(the cached one, or fetched now with --live)."));
    const QCommandLineOption type(
        u"type"_s, QCoreApplication::translate("Cli", "Only models of this type: chat or rerank."),
        u"type"_s);
    const QCommandLineOption json(
        u"json"_s, QCoreApplication::translate("Cli", "Print JSON instead of a table."));
    const QCommandLineOption live(
        u"live"_s,
        QCoreApplication::translate("Cli", "Fetch the endpoint's model list now (and cache it)."));
    parser.addOptions({ type, json, live });
    if (const int code = parseCommand(parser, arguments, command); code >= 0)
        return code;
    if (!parser.positionalArguments().isEmpty()) {
        err(QCoreApplication::translate("Cli", "sift models: unexpected argument “%1”.")
                .arg(parser.positionalArguments().first()));
        return Cli::Usage;
    }
    std::optional<ModelInfo::Type> wanted;
    if (parser.isSet(type)) {
        wanted = ModelInfo::typeFromString(parser.value(type));
        if (!wanted) {
            err(QCoreApplication::translate("Cli",
                                            "sift models: unknown type “%1”. Use chat or rerank.")
                    .arg(parser.value(type)));
            return Cli::Usage;
        }
    }

    Config config;
    RunOptions options;
    Endpoint endpoint;
    if (!resolveEndpoint(parser, config, &options, &endpoint))
        return Cli::Usage;

    ModelCatalog catalog;
    const CatalogCache cache;
    if (parser.isSet(live)) {
        ApiClient client;
        if (!prepareClient(&client, config, options, endpoint))
            return Cli::Auth;
        ModelFetcher fetcher(&client, &catalog);
        fetcher.setCache(cache);
        QEventLoop loop;
        QObject::connect(&fetcher, &ModelFetcher::finished, &loop, &QEventLoop::quit);
        fetcher.start(true);
        if (fetcher.isRunning())
            loop.exec();
        if (fetcher.origin() != ModelFetcher::Origin::Live) {
            err(errorMessage(fetcher.lastError(), options, endpoint));
            return exitCodeFor(fetcher.lastError());
        }
    } else if (const auto cached = cache.load(endpoint)) {
        catalog.setLive(cached->models);
    }
    const QList<ModelInfo> models = wanted ? catalog.models(*wanted) : catalog.models();

    const auto price = [](const std::optional<double> &value) {
        return value ? u"$"_s + QString::number(*value) : u"-"_s;
    };
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const ModelInfo &info : std::as_const(models)) {
            QJsonObject entry{
                { "id"_L1, info.id },
                { "name"_L1, info.displayName },
                { "type"_L1, ModelInfo::typeToString(info.type) },
                { "source"_L1, ModelInfo::sourceToString(info.source) },
                { "context_length"_L1, info.contextLength },
                { "price_in"_L1,
                  info.priceInPerMTok ? QJsonValue(*info.priceInPerMTok) : QJsonValue() },
                { "price_out"_L1,
                  info.priceOutPerMTok ? QJsonValue(*info.priceOutPerMTok) : QJsonValue() },
                { "deprecated"_L1, info.deprecated },
                { "description"_L1, info.description },
                { "vision"_L1, info.vision },
                { "reasoning"_L1, info.reasoning },
            };
            list.append(entry);
        }
        out(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented)));
        return Cli::Ok;
    }

    qsizetype idWidth = 2;
    for (const ModelInfo &info : std::as_const(models))
        idWidth = std::max(idWidth, info.id.size());
    // IMAGES: whether the model accepts pictures (--attach); "yes" or "-".
    const QString imagesHeader = QCoreApplication::translate("Cli", "IMAGES");
    const QString yes = QCoreApplication::translate("Cli", "yes");
    const qsizetype imagesWidth = std::max(imagesHeader.size(), yes.size());
    out(u"%1  %2  %3  %4  %5  %6\n"_s.arg(
        QCoreApplication::translate("Cli", "ID").leftJustified(idWidth),
        QCoreApplication::translate("Cli", "TYPE").leftJustified(6),
        QCoreApplication::translate("Cli", "CONTEXT").rightJustified(7),
        QCoreApplication::translate("Cli", "IN/1M").rightJustified(8),
        QCoreApplication::translate("Cli", "OUT/1M").rightJustified(8), imagesHeader));
    for (const ModelInfo &info : std::as_const(models)) {
        const QString images = (info.vision ? yes : u"-"_s).leftJustified(imagesWidth);
        out(u"%1  %2  %3  %4  %5  %6\n"_s.arg(
            info.id.leftJustified(idWidth), ModelInfo::typeToString(info.type).leftJustified(6),
            (info.contextLength > 0 ? QString::number(info.contextLength) : u"-"_s)
                .rightJustified(7),
            price(info.priceInPerMTok).rightJustified(8),
            price(info.priceOutPerMTok).rightJustified(8),
            info.deprecated ? images + u"  "_s + QCoreApplication::translate("Cli", "deprecated")
                            : images.trimmed()));
    }
    return Cli::Ok;
}

// Reads one line from standard input; on a terminal without echoing it.
QString readKeyLine(const QString &account)
{
    const bool terminal = ::isatty(STDIN_FILENO);
    termios saved{};
    if (terminal) {
        err(QCoreApplication::translate("Cli", "API key for %1: ").arg(account).trimmed());
        if (::tcgetattr(STDIN_FILENO, &saved) == 0) {
            termios quiet = saved;
            quiet.c_lflag &= ~tcflag_t(ECHO);
            ::tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        }
    }
    QFile in;
    QString line;
    if (in.open(stdin, QIODevice::ReadOnly))
        line = QString::fromUtf8(in.readLine()).trimmed();
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        err(QString());
    }
    return line;
}

int runKey(const QStringList &arguments, int command)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "Cli",
        "Manages the API key of an endpoint in the system keychain. \"set\" reads the key "
        "from standard input; the key is never printed."));
    parser.addPositionalArgument(u"action"_s,
                                 QCoreApplication::translate("Cli", "set, clear or status"),
                                 u"set|clear|status"_s);
    if (const int code = parseCommand(parser, arguments, command); code >= 0)
        return code;
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    if (actions.size() != 1 || !QStringList{ u"set"_s, u"clear"_s, u"status"_s }.contains(action)) {
        err(QCoreApplication::translate(
            "Cli", "sift key: say what to do: sift key set, sift key clear or sift key status."));
        return Cli::Usage;
    }

    Config config;
    RunOptions options;
    Endpoint endpoint;
    if (!resolveEndpoint(parser, config, &options, &endpoint))
        return Cli::Usage;
    const QString account = endpoint.keyAccount();

    // status reports the environment separately; set and clear only touch the keychain.
    KeyStore keys;
    const KeyRule rule = options.keyRule(endpoint);

    if (action == "status"_L1) {
        if (!rule.environmentKey(endpoint).isEmpty()) {
            out(QCoreApplication::translate("Cli", "%1: from environment (%2)\n")
                    .arg(account, rule.variableFor(endpoint)));
            return Cli::Ok;
        }
        keys.read(account);
        const KeyStore::Result result = waitForKeyStore(&keys, &KeyStore::readFinished, account);
        switch (result.status) {
        case KeyStore::Status::Found:
            out(QCoreApplication::translate("Cli", "%1: stored\n").arg(account));
            return Cli::Ok;
        case KeyStore::Status::NotFound:
            out(QCoreApplication::translate("Cli", "%1: not stored\n").arg(account));
            return Cli::Ok;
        case KeyStore::Status::Unavailable:
            out(QCoreApplication::translate("Cli", "%1: no keychain available\n").arg(account));
            return Cli::Ok;
        case KeyStore::Status::Error:
            out(QCoreApplication::translate("Cli", "%1: keychain error\n").arg(account));
            err(QCoreApplication::translate(
                    "Cli", "The keychain could not be read (%1). Unlock it and try again.")
                    .arg(result.errorText));
            return Cli::Other;
        }
        return Cli::Other;
    }

    if (action == "clear"_L1) {
        keys.clear(account);
        const KeyStore::Result result = waitForKeyStore(&keys, &KeyStore::clearFinished, account);
        if (result.status == KeyStore::Status::NotFound
            || result.status == KeyStore::Status::Found) {
            out(QCoreApplication::translate("Cli", "Removed the key of %1 from the keychain.\n")
                    .arg(account));
            return Cli::Ok;
        }
        err(result.status == KeyStore::Status::Unavailable
                ? QCoreApplication::translate(
                    "Cli", "No keychain is available, so there is no stored key to remove.")
                : QCoreApplication::translate(
                      "Cli",
                      "The key could not be removed (%1). Unlock the keychain and try again.")
                      .arg(result.errorText));
        return Cli::Other;
    }

    const QString key = readKeyLine(account);
    if (key.isEmpty()) {
        err(QCoreApplication::translate(
            "Cli",
            "sift key set: no key given. Type it, or pipe it in: echo \"$KEY\" | sift key "
            "set"));
        return Cli::Usage;
    }
    if (!isUsableKey(key)) {
        err(KeyStore::unusableKeyText());
        return Cli::Usage;
    }
    keys.write(account, key);
    const KeyStore::Result result = waitForKeyStore(&keys, &KeyStore::writeFinished, account);
    if (result.status == KeyStore::Status::Found && result.persisted) {
        out(QCoreApplication::translate("Cli", "Stored the key of %1 in the keychain.\n")
                .arg(account));
        return Cli::Ok;
    }
    const QString variable = rule.variableFor(endpoint).isEmpty()
        ? QCoreApplication::translate("Cli", "a variable named with --api-key-env")
        : rule.variableFor(endpoint);
    err(result.status == KeyStore::Status::Unavailable
            ? QCoreApplication::translate(
                  "Cli",
                  "No keychain is available, so the key was not stored. Set %1 in the "
                  "environment instead.")
                  .arg(variable)
            : QCoreApplication::translate(
                  "Cli", "The key could not be stored (%1). Unlock the keychain and try again.")
                  .arg(result.errorText));
    return Cli::Other;
}

} // namespace

bool Cli::isCliInvocation(const QStringList &arguments)
{
    return commandIndex(arguments) >= 0
        || hasGlobalFlag(arguments, { u"--version"_s, u"-v"_s, u"--help"_s, u"-h"_s });
}

int Cli::run(QCoreApplication &app, const QStringList &arguments)
{
    const int command = commandIndex(arguments);
    if (command < 0) {
        if (hasGlobalFlag(arguments, { u"--version"_s, u"-v"_s })) {
            out(u"sift %1\n"_s.arg(QCoreApplication::applicationVersion()));
            return Ok;
        }
        if (hasGlobalFlag(arguments, { u"--help"_s, u"-h"_s })) {
            out(globalUsage());
            return Ok;
        }
        err(globalUsage());
        return Usage;
    }

    const QString name = arguments.at(command);
    if (name == "chat"_L1)
        return runChat(arguments, command);
    if (name == "models"_L1)
        return runModels(arguments, command);
    if (name == "key"_L1)
        return runKey(arguments, command);
    if (name == "rerank"_L1)
        return runRerank(app, arguments, command);
    if (name == "eval"_L1)
        return runEval(app, arguments, command);
    if (name == "preset"_L1)
        return runPreset(arguments, command);
    if (name == "kb"_L1)
        return runKb(app, arguments, command);
    err(globalUsage());
    return Usage;
}
