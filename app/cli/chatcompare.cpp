#include "chatcompare.h"

#include "chat/chatsession.h"
#include "chat/comparesession.h"
#include "chat/replymetrics.h"
#include "clisupport.h"
#include "models/costformat.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace CliSupport;

namespace {

// Ctrl+C stops every reply; the handler only writes a byte, the event loop does the rest.
int s_interruptPipe[2] = { -1, -1 };

void onInterrupt(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto n = ::write(s_interruptPipe[1], &byte, 1);
}

QString padded(const QString &text, int width, bool right = false)
{
    return right ? text.rightJustified(width) : text.leftJustified(width);
}

QString ttftText(const Message &reply)
{
    return reply.ttftMs >= 0 ? u"%1 ms"_s.arg(reply.ttftMs) : u"-"_s;
}

QString speedText(const Message &reply)
{
    const auto speed = ReplyMetrics::tokensPerSecond(reply);
    return speed ? QString::number(*speed, 'f', 1) : u"-"_s;
}

QString tokensText(const Message &reply)
{
    if (reply.usage.completionTokens > 0)
        return QString::number(reply.usage.completionTokens);
    // Not reported: the estimate, marked as one.
    const int estimate = ReplyMetrics::completionTokens(reply);
    return estimate > 0 ? u"~"_s + QString::number(estimate) : u"-"_s;
}

QString costText(const Message &reply)
{
    if (!reply.cost)
        return u"-"_s;
    return (reply.costEstimated ? u"~"_s : QString()) + CostFormat::usd(*reply.cost);
}

QString stateText(const Message &reply)
{
    switch (reply.state) {
    case Message::State::Failed:
        return QCoreApplication::translate("Cli", "failed");
    case Message::State::Stopped:
        return QCoreApplication::translate("Cli", "stopped");
    default:
        return reply.finishReason == FinishReason::Length
            ? QCoreApplication::translate("Cli", "cut at limit")
            : QCoreApplication::translate("Cli", "ok");
    }
}

QJsonObject replyToJson(const Message &reply, const RunOptions &options, const Endpoint &endpoint)
{
    const auto speed = ReplyMetrics::tokensPerSecond(reply);
    const QString finish = reply.finishReason == FinishReason::Unknown
        ? QString()
        : finishReasonToString(reply.finishReason);
    return QJsonObject{
        { u"model"_s, reply.model },
        { u"text"_s, reply.content },
        { u"ttft_ms"_s, reply.ttftMs >= 0 ? QJsonValue(reply.ttftMs) : QJsonValue() },
        { u"tokens_per_s"_s, speed ? QJsonValue(*speed) : QJsonValue() },
        { u"completion_tokens"_s,
          reply.usage.completionTokens > 0 ? QJsonValue(reply.usage.completionTokens)
                                           : QJsonValue() },
        { u"cost"_s, reply.cost ? QJsonValue(*reply.cost) : QJsonValue() },
        { u"finish_reason"_s, finish.isEmpty() ? QJsonValue() : QJsonValue(finish) },
        { u"error"_s,
          reply.state == Message::State::Failed
              ? QJsonValue(errorMessage(reply.error, options, endpoint))
              : (reply.state == Message::State::Stopped
                     ? QJsonValue(QCoreApplication::translate("Cli", "Stopped."))
                     : QJsonValue()) },
    };
}

void printTable(const CompareSession &compare)
{
    const QStringList heads{
        QCoreApplication::translate("Cli", "model"), QCoreApplication::translate("Cli", "TTFT"),
        QCoreApplication::translate("Cli", "tok/s"), QCoreApplication::translate("Cli", "tokens"),
        QCoreApplication::translate("Cli", "cost"),  QCoreApplication::translate("Cli", "result")
    };
    QList<QStringList> rows;
    for (int i = 0; i < compare.columnCount(); ++i) {
        const Message &reply = compare.reply(i);
        rows.append({ reply.model, ttftText(reply), speedText(reply), tokensText(reply),
                      costText(reply), stateText(reply) });
    }
    QList<int> widths;
    for (int c = 0; c < heads.size(); ++c) {
        int width = int(heads.at(c).size());
        for (const QStringList &row : std::as_const(rows))
            width = std::max(width, int(row.at(c).size()));
        widths.append(width);
    }
    const auto line = [&](const QStringList &cells) {
        QStringList parts;
        for (int c = 0; c < cells.size(); ++c)
            parts.append(padded(cells.at(c), widths.at(c), c > 0 && c < 5));
        return parts.join(u"  "_s).trimmed() + u'\n';
    };
    QString table = line(heads);
    for (const QStringList &row : std::as_const(rows))
        table += line(row);
    out(table);
}

} // namespace

namespace ChatCompare {

int run(ChatSession *session, const QStringList &models, const QString &prompt,
        const QList<Attachment> &attachments, bool json, const RunOptions &options,
        const Endpoint &endpoint)
{
    CompareSession compare(session);
    compare.setModels(models);

    QEventLoop loop;
    int printed = 0; // replies printed so far, in model order
    const auto printReady = [&] {
        if (json)
            return;
        while (printed < compare.columnCount()
               && compare.reply(printed).state != Message::State::Streaming) {
            const Message &reply = compare.reply(printed);
            out((printed > 0 ? u"\n"_s : QString()) + u"== "_s + reply.model + u" ==\n"_s);
            if (!reply.content.isEmpty())
                out(reply.content.endsWith(u'\n') ? reply.content : reply.content + u'\n');
            if (reply.state == Message::State::Failed)
                err(reply.model + u": "_s + errorMessage(reply.error, options, endpoint));
            ++printed;
        }
    };
    QObject::connect(&compare, &CompareSession::columnFinished, &loop, printReady);
    QObject::connect(&compare, &CompareSession::finished, &loop, &QEventLoop::quit);

    std::unique_ptr<QSocketNotifier> notifier;
    void (*previous)(int) = SIG_DFL;
    if (::pipe(s_interruptPipe) == 0) {
        notifier = std::make_unique<QSocketNotifier>(s_interruptPipe[0], QSocketNotifier::Read);
        QObject::connect(notifier.get(), &QSocketNotifier::activated, &loop, [&compare] {
            char byte;
            [[maybe_unused]] const auto n = ::read(s_interruptPipe[0], &byte, 1);
            compare.stop();
        });
        previous = std::signal(SIGINT, &onInterrupt);
    }
    const bool sent = compare.send(prompt, attachments);
    if (sent)
        loop.exec();
    if (notifier) {
        std::signal(SIGINT, previous);
        notifier.reset();
        ::close(s_interruptPipe[0]);
        ::close(s_interruptPipe[1]);
    }
    if (!sent)
        return 2; // Cli::Usage: nothing could be asked

    int code = 0;
    for (int i = 0; i < compare.columnCount() && code == 0; ++i) {
        const Message &reply = compare.reply(i);
        if (reply.state == Message::State::Failed)
            code = exitCodeFor(reply.error);
        else if (reply.state == Message::State::Stopped)
            code = 130;
    }
    if (json) {
        QJsonArray replies;
        for (int i = 0; i < compare.columnCount(); ++i)
            replies.append(replyToJson(compare.reply(i), options, endpoint));
        out(QString::fromUtf8(QJsonDocument(QJsonObject{ { u"replies"_s, replies } })
                                  .toJson(QJsonDocument::Indented)));
        return code;
    }
    printReady();
    out(u"\n"_s);
    printTable(compare);
    return code;
}

} // namespace ChatCompare
