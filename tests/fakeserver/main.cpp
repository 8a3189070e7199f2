#include "fakeserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSocketNotifier>
#include <QStringList>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace {

int signalPipe[2] = { -1, -1 };

// Only async-signal-safe work here; the event loop sees the byte and quits cleanly.
void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(signalPipe[0], &byte, 1);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sift-fakeserver"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"A local stand-in for DeepInfra and LiteLLM, for tests and the demo. Prints the port "
        "it listens on (127.0.0.1) on the first line of stdout."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on; 0 picks a free one."_s,
                                        u"N"_s, u"0"_s);
    const QCommandLineOption faultOption(
        u"fault"_s, u"Fault for every request that names none (see fakeserver.h)."_s, u"SPEC"_s);
    const QCommandLineOption dripOption(u"drip"_s, u"Delay between streamed chunks."_s, u"MS"_s);
    const QCommandLineOption replyOption(u"reply"_s, u"Text every chat reply streams."_s,
                                         u"TEXT"_s);
    const QCommandLineOption keyOption(u"key"_s, u"Require this bearer key."_s, u"KEY"_s);
    const QCommandLineOption chunkOption(u"chunk"_s, u"Characters per streamed chunk."_s, u"N"_s);
    // Compare chat's demo: models that differ in text, speed and price.
    const QCommandLineOption modelReplyOption(
        u"model-reply"_s,
        u"One model's reply: MODEL,FIRST_MS,DRIP_MS,USD_PER_MILLION_TOKENS,FILE (the text)."_s,
        u"SPEC"_s);
    parser.addOptions({ portOption, faultOption, dripOption, replyOption, keyOption, chunkOption,
                        modelReplyOption });
    parser.process(app);

    bool ok = false;
    const uint port = parser.value(portOption).toUInt(&ok);
    if (!ok || port > 65535) {
        std::fprintf(stderr, "sift-fakeserver: --port needs a number from 0 to 65535\n");
        return 2;
    }

    FakeServer server;
    QStringList faults;
    if (parser.isSet(faultOption))
        faults += parser.value(faultOption);
    if (parser.isSet(dripOption))
        faults += u"drip="_s + parser.value(dripOption);
    server.setDefaultFault(faults.join(u';'));
    if (parser.isSet(replyOption))
        server.setReplyText(parser.value(replyOption));
    if (parser.isSet(keyOption))
        server.setRequiredKey(parser.value(keyOption).toUtf8());
    if (parser.isSet(chunkOption)) {
        const int chunk = parser.value(chunkOption).toInt(&ok);
        if (!ok || chunk < 1) {
            std::fprintf(stderr, "sift-fakeserver: --chunk needs a positive number\n");
            return 2;
        }
        server.setChunkSize(chunk);
    }

    for (const QString &spec : parser.values(modelReplyOption)) {
        const QStringList parts = spec.split(u',');
        QFile file(parts.value(4));
        FakeModelReply reply;
        bool first = false, drip = false, price = false;
        if (parts.size() == 5) {
            reply.firstMs = parts.at(1).toInt(&first);
            reply.dripMs = parts.at(2).toInt(&drip);
            reply.costPerToken = parts.at(3).toDouble(&price) / 1e6;
        }
        if (!first || !drip || !price || !file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr,
                         "sift-fakeserver: --model-reply needs "
                         "MODEL,FIRST_MS,DRIP_MS,USD_PER_MILLION_TOKENS,FILE\n");
            return 2;
        }
        reply.text = QString::fromUtf8(file.readAll()).trimmed();
        server.setModelReply(parts.at(0), reply);
    }

    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "sift-fakeserver: cannot listen on 127.0.0.1:%u\n", port);
        return 1;
    }

    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) != 0) {
        std::perror("sift-fakeserver: socketpair");
        return 1;
    }
    QSocketNotifier notifier(signalPipe[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, &QCoreApplication::quit);
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGTERM, &action, nullptr);
    ::sigaction(SIGINT, &action, nullptr);

    std::printf("%u\n", unsigned(server.port()));
    std::fflush(stdout);
    return app.exec();
}
