// Client-added time to first token (issue 8): ApiClient::chat() until the first non-empty
// delta, against a raw QTcpSocket that sends the same request bytes and scans the same stream
// for the first non-empty content (what `curl -N` would show), both against the fake server on
// its own thread, alternating, median of runs.
#include "api/apiclient.h"
#include "benchutil.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace {

ChatRequest request()
{
    ChatRequest r;
    r.model = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    r.messages = { { u"user"_s, u"Say hello."_s } };
    return r;
}

double siftFirstToken(ApiClient *client)
{
    QEventLoop loop;
    QElapsedTimer timer;
    double at = -1;
    timer.start();
    ChatStream *stream = client->chat(request(), &loop);
    QObject::connect(stream, &ChatStream::delta, &loop, [&](const QString &text) {
        if (at < 0 && !text.isEmpty()) {
            at = double(timer.nsecsElapsed()) / 1e6;
            loop.quit();
        }
    });
    QObject::connect(stream, &ChatStream::failed, &loop, [] { qFatal("the stream failed"); });
    loop.exec();
    return at;
}

double rawFirstToken(const QByteArray &bytes, quint16 port)
{
    QEventLoop loop;
    QTcpSocket socket;
    QByteArray received;
    double at = -1;
    QElapsedTimer timer;
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] { socket.write(bytes); });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        received += socket.readAll();
        // The first chunk carries empty content; the first token is the next non-empty one.
        static const QByteArray marker = "\"content\": \"";
        for (qsizetype from = 0;;) {
            const qsizetype hit = received.indexOf(marker, from);
            if (hit < 0)
                break;
            const qsizetype value = hit + marker.size();
            if (value < received.size() && received.at(value) != '"') {
                at = double(timer.nsecsElapsed()) / 1e6;
                loop.quit();
                return;
            }
            from = value;
        }
    });
    timer.start();
    socket.connectToHost(u"127.0.0.1"_s, port);
    loop.exec();
    return at;
}

} // namespace

int main(int argc, char *argv[])
{
    const bool quick = Bench::quickMode(argc, argv);
    QCoreApplication app(argc, argv);
    Bench::ServerThread server;
    const quint16 port = server.startServer();
    if (port == 0)
        return 2;
    ApiClient client;
    client.setApiKey(u"bench-key"_s);
    Endpoint endpoint;
    endpoint.name = u"Bench"_s;
    endpoint.baseUrl = QUrl(server.baseUrl() + u"/v1/openai"_s);
    client.setEndpoint(endpoint);

    const QByteArray body = QJsonDocument(request().toJson()).toJson(QJsonDocument::Compact);
    const QByteArray raw
        = "POST /v1/openai/chat/completions HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
        + "\r\nAuthorization: Bearer bench-key\r\nContent-Type: application/json\r\nAccept: "
          "text/event-stream\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;

    siftFirstToken(&client); // warm-up: QNAM's first request loads its backends
    rawFirstToken(raw, port);
    const int runs = quick ? 10 : 40;
    QList<double> siftTimes;
    QList<double> rawTimes;
    for (int i = 0; i < runs; ++i) {
        rawTimes << rawFirstToken(raw, port);
        siftTimes << siftFirstToken(&client);
    }
    const double base = Bench::percentile(rawTimes, 0.5);
    const double sift = Bench::percentile(siftTimes, 0.5);
    Bench::Report report;
    std::printf("first token: %d runs each, median\n", runs);
    report.info("raw socket: connect to first token (baseline)", base, "ms");
    report.info("Sift (ApiClient/ChatStream): to first token", sift, "ms",
                u"ratio to raw %1x"_s.arg(sift / base, 0, 'f', 2));
    report.check("client-added time to first token", sift - base, "ms", 20);
    return report.exitCode();
}
