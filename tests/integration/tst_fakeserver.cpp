// The fake server is what every integration test trusts, so its wire shapes and faults are
// checked here with a plain QNetworkAccessManager, not with Sift's own client classes.

#include "fakeserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QByteArray retryAfter;
    QByteArray location;
    qint64 contentLength = -1;
    qint64 elapsedMs = 0;
    qint64 bytesSeen = 0;
};

// The events of an SSE body, without their "data: " prefix.
QList<QByteArray> sseData(const QByteArray &body)
{
    QList<QByteArray> events;
    const QList<QByteArray> blocks = body.split('\n');
    for (const QByteArray &line : blocks) {
        if (line.startsWith("data: "))
            events += line.mid(6);
    }
    return events;
}

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON: %s", json.left(200).constData());
    return document.object();
}

QByteArray chatBody(const QString &model, bool stream, const QJsonObject &extra = {})
{
    QJsonObject body{
        { "model"_L1, model },
        { "stream"_L1, stream },
        { "messages"_L1,
          QJsonArray{ QJsonObject{ { "role"_L1, "system"_L1 }, { "content"_L1, "Be brief."_L1 } },
                      QJsonObject{ { "role"_L1, "user"_L1 }, { "content"_L1, "hi there"_L1 } } } }
    };
    for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
        body.insert(it.key(), it.value());
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

QString contentOf(const QList<QByteArray> &events)
{
    QString text;
    for (const QByteArray &event : events) {
        const QJsonObject delta = parseObject(event)
                                      .value("choices"_L1)
                                      .toArray()
                                      .at(0)
                                      .toObject()
                                      .value("delta"_L1)
                                      .toObject();
        text += delta.value("content"_L1).toString();
    }
    return text;
}

} // namespace

class TestFakeServer : public QObject
{
    Q_OBJECT

private:
    Result send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                const QList<QPair<QByteArray, QByteArray>> &headers = {}, int transferTimeoutMs = 0,
                QNetworkRequest::RedirectPolicy redirects = QNetworkRequest::ManualRedirectPolicy)
    {
        QNetworkRequest request(QUrl(m_server->baseUrl() + path));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, redirects);
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        if (transferTimeoutMs > 0)
            request.setTransferTimeout(transferTimeoutMs);
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<QNetworkReply> reply(
            m_nam->sendCustomRequest(request, method, body.isEmpty() ? QByteArray() : body));
        Result result;
        connect(reply.get(), &QNetworkReply::readyRead, this,
                [&result, &reply] { result.body += reply->readAll(); });
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!finished.wait(20000))
            qWarning("request to %s did not finish", qPrintable(path));
        if (reply->isOpen())
            result.body += reply->readAll();
        result.elapsedMs = timer.elapsed();
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.error = reply->error();
        result.contentType = reply->rawHeader("Content-Type");
        result.retryAfter = reply->rawHeader("Retry-After");
        result.location = reply->rawHeader("Location");
        if (reply->hasRawHeader("Content-Length"))
            result.contentLength = reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        return result;
    }

    // One exchange over a plain socket, for what QNetworkAccessManager hides: the framing.
    QByteArray rawExchange(const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, m_server->port());
        if (!socket.waitForConnected(5000))
            return {};
        QByteArray response;
        connect(&socket, &QTcpSocket::readyRead, this,
                [&socket, &response] { response += socket.readAll(); });
        QSignalSpy disconnected(&socket, &QTcpSocket::disconnected);
        socket.write(request);
        if (!disconnected.wait(10000))
            qWarning("the server did not close the connection");
        return response + socket.readAll();
    }

    Result post(const QString &path, const QByteArray &body,
                const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("POST", path, body, headers);
    }

    Result get(const QString &path, const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return send("GET", path, {}, headers);
    }

    std::unique_ptr<FakeServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<FakeServer>();
        QVERIFY(m_server->listen());
        QVERIFY(m_server->port() != 0);
        m_nam = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_nam.reset();
        m_server.reset();
    }

    void chatStream_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("includeUsage");
        QTest::addColumn<bool>("expectUsage");
        QTest::addColumn<bool>("expectCost");
        QTest::newRow("deepinfra") << u"/v1/openai/chat/completions"_s << false << true << true;
        QTest::newRow("litellm v1") << u"/v1/chat/completions"_s << false << false << false;
        QTest::newRow("litellm v1 usage") << u"/v1/chat/completions"_s << true << true << false;
        QTest::newRow("litellm root usage") << u"/chat/completions"_s << true << true << false;
    }

    void chatStream()
    {
        QFETCH(QString, path);
        QFETCH(bool, includeUsage);
        QFETCH(bool, expectUsage);
        QFETCH(bool, expectCost);
        const QString model = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
        QJsonObject extra;
        if (includeUsage)
            extra.insert("stream_options"_L1, QJsonObject{ { "include_usage"_L1, true } });

        const Result result = post(path, chatBody(model, true, extra));
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.status, 200);
        QVERIFY(result.contentType.startsWith("text/event-stream"));

        const QList<QByteArray> events = sseData(result.body);
        QVERIFY(events.size() >= 4);
        QCOMPARE(events.last(), "[DONE]"_ba);

        // The recorded shape, byte for byte apart from id and time.
        static const QRegularExpression shape(
            uR"re(^\{"id": "chatcmpl-[0-9a-f]+", "object": "chat.completion.chunk", "created": )re"
            uR"re(\d+, "model": "meta-llama/Meta-Llama-3-8B-Instruct", "choices": \[\{"index": 0, )re"
            uR"re("delta": \{"role": "assistant", "content": "(.*)", "tool_calls": null\}, )re"
            uR"re("finish_reason": null\}\], "usage": null\}$)re"_s);
        for (qsizetype i = 0; i < events.size() - 2; ++i) {
            const QRegularExpressionMatch match = shape.match(QString::fromUtf8(events.at(i)));
            QVERIFY2(match.hasMatch(), events.at(i).constData());
            if (i == 0)
                QCOMPARE(match.captured(1), QString());
            else
                QVERIFY(!match.captured(1).isEmpty());
        }
        QCOMPARE(contentOf(events.mid(0, events.size() - 2)), u"Hello! You said: hi there"_s);

        const QByteArray finishEvent = events.at(events.size() - 2);
        QVERIFY(finishEvent.contains(R"("delta": {}, "finish_reason": "stop"}])"));
        const QJsonObject finish = parseObject(finishEvent);
        QCOMPARE(finish.value("model"_L1).toString(), model);
        QCOMPARE(finish.value("id"_L1), parseObject(events.at(0)).value("id"_L1));
        const QJsonValue usage = finish.value("usage"_L1);
        QCOMPARE(usage.isObject(), expectUsage);
        if (expectUsage) {
            const QJsonObject u = usage.toObject();
            const int contentChunks = int(events.size() - 3);
            QCOMPARE(u.value("prompt_tokens"_L1).toInt(), 4); // "Be brief." + "hi there"
            QCOMPARE(u.value("completion_tokens"_L1).toInt(), contentChunks);
            QCOMPARE(u.value("total_tokens"_L1).toInt(), 4 + contentChunks);
            QCOMPARE(u.contains("estimated_cost"_L1), expectCost);
            if (expectCost)
                QCOMPARE(u.value("estimated_cost"_L1).toDouble(), (4 + contentChunks) * 1e-7);
            QVERIFY(finishEvent.contains(R"("usage": {"prompt_tokens": 4, "total_tokens": )"));
        }
    }

    void chatReplyTextAndChunkSize()
    {
        m_server->setReplyText(u"abcdefg"_s);
        m_server->setChunkSize(2);
        const Result result = post(u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true));
        const QList<QByteArray> events = sseData(result.body);
        QCOMPARE(events.size(), 1 + 4 + 2);
        QStringList pieces;
        for (qsizetype i = 1; i <= 4; ++i)
            pieces += contentOf({ events.at(i) });
        QCOMPARE(pieces, (QStringList{ u"ab"_s, u"cd"_s, u"ef"_s, u"g"_s }));
        QCOMPARE(parseObject(events.at(5))
                     .value("usage"_L1)
                     .toObject()
                     .value("completion_tokens"_L1)
                     .toInt(),
                 4);
    }

    void chatMaxTokens_data()
    {
        QTest::addColumn<bool>("stream");
        QTest::newRow("stream") << true;
        QTest::newRow("complete") << false;
    }

    void chatMaxTokens()
    {
        QFETCH(bool, stream);
        const Result result = post(u"/v1/openai/chat/completions"_s,
                                   chatBody(u"m"_s, stream, { { "max_tokens"_L1, 2 } }));
        QCOMPARE(result.status, 200);
        QJsonObject last;
        QString text;
        if (stream) {
            const QList<QByteArray> events = sseData(result.body);
            QCOMPARE(events.size(), 1 + 2 + 2);
            text = contentOf(events.mid(0, 3));
            last = parseObject(events.at(3));
        } else {
            last = parseObject(result.body);
            text = last.value("choices"_L1)
                       .toArray()
                       .at(0)
                       .toObject()
                       .value("message"_L1)
                       .toObject()
                       .value("content"_L1)
                       .toString();
        }
        QCOMPARE(text, u"Hello!"_s);
        QCOMPARE(last.value("choices"_L1).toArray().at(0).toObject().value("finish_reason"_L1),
                 u"length"_s);
        QCOMPARE(last.value("usage"_L1).toObject().value("completion_tokens"_L1).toInt(), 2);
    }

    void chatNonStreaming()
    {
        const Result result
            = post(u"/v1/openai/chat/completions"_s, chatBody(u"my/model"_s, false));
        QCOMPARE(result.status, 200);
        QVERIFY(result.contentType.startsWith("application/json"));
        const QJsonObject reply = parseObject(result.body);
        QCOMPARE(reply.value("object"_L1), u"chat.completion"_s);
        QCOMPARE(reply.value("model"_L1), u"my/model"_s);
        const QJsonObject choice = reply.value("choices"_L1).toArray().at(0).toObject();
        QCOMPARE(choice.value("message"_L1).toObject().value("content"_L1),
                 u"Hello! You said: hi there"_s);
        QCOMPARE(choice.value("finish_reason"_L1), u"stop"_s);
        const QJsonObject usage = reply.value("usage"_L1).toObject();
        QCOMPARE(usage.value("prompt_tokens"_L1).toInt(), 4);
        const int total = usage.value("total_tokens"_L1).toInt();
        QCOMPARE(total, 4 + usage.value("completion_tokens"_L1).toInt());
        QCOMPARE(usage.value("estimated_cost"_L1).toDouble(), total * 1e-7);
    }

    void chatValidation()
    {
        const Result hot = post(u"/v1/openai/chat/completions"_s,
                                chatBody(u"m"_s, true, { { "temperature"_L1, 2.5 } }));
        QCOMPARE(hot.status, 422);
        const QJsonObject detail
            = parseObject(hot.body).value("detail"_L1).toArray().at(0).toObject();
        QCOMPARE(detail.value("loc"_L1).toArray().at(1), u"temperature"_s);

        const Result garbage = post(u"/v1/openai/chat/completions"_s, "{not json");
        QCOMPARE(garbage.status, 422);
        QVERIFY(parseObject(garbage.body).value("detail"_L1).isArray());
    }

    void statusFaults_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("retryAfter");
        QTest::newRow("401") << u"status=401"_s << 401
                             << R"({"error":{"message":"Not authenticated"}})"_ba
                             << "application/json"_ba << QByteArray();
        QTest::newRow("403") << u"status=403"_s << 403
                             << R"({"detail":{"error":"Not authenticated"}})"_ba
                             << "application/json"_ba << QByteArray();
        QTest::newRow("402") << u"status=402"_s << 402
                             << R"({"detail":{"error":"Insufficient balance"}})"_ba
                             << "application/json"_ba << QByteArray();
        QTest::newRow("404") << u"status=404"_s << 404
                             << R"({"detail":{"error":"Model not found"}})"_ba
                             << "application/json"_ba << QByteArray();
        QTest::newRow("422")
            << u"status=422"_s << 422
            << R"({"detail":[{"loc":["body","temperature"],"msg":"ensure this value is less than or equal to 2","type":"value_error"}]})"_ba
            << "application/json"_ba << QByteArray();
        QTest::newRow("429") << u"status=429"_s << 429
                             << R"({"error":{"message":"Model busy, retry later"}})"_ba
                             << "application/json"_ba << QByteArray();
        QTest::newRow("429 retry-after") << u"status=429,retry-after=7"_s << 429
                                         << R"({"error":{"message":"Model busy, retry later"}})"_ba
                                         << "application/json"_ba
                                         << "7"_ba;
        QTest::newRow("500") << u"status=500"_s << 500 << "Internal Server Error"_ba
                             << "text/plain"_ba << QByteArray();
        QTest::newRow("503") << u"status=503"_s << 503
                             << R"({"error":{"message":"Service unavailable"}})"_ba
                             << "application/json"_ba << QByteArray();
    }

    void statusFaults()
    {
        QFETCH(QString, spec);
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, retryAfter);
        const Result result = post(u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true),
                                   { { "X-Fake-Fault", spec.toUtf8() } });
        QCOMPARE(result.status, status);
        QCOMPARE(result.body, body);
        QVERIFY2(result.contentType.startsWith(contentType), result.contentType.constData());
        QCOMPARE(result.retryAfter, retryAfter);
    }

    void badGatewayIsHtml()
    {
        const Result result = get(u"/v1/openai/models"_s, { { "X-Fake-Fault", "status=502" } });
        QCOMPARE(result.status, 502);
        QVERIFY(result.contentType.startsWith("text/html"));
        QVERIFY(result.body.contains("<html>"));
    }

    void faultSources_data()
    {
        QTest::addColumn<QString>("model");
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<QString>("queued");
        QTest::addColumn<QString>("defaultFault");
        QTest::addColumn<int>("status");
        QTest::newRow("header") << u"m"_s << "status=503"_ba << QString() << QString() << 503;
        QTest::newRow("model fault/")
            << u"fault/status=503"_s << QByteArray() << QString() << QString() << 503;
        QTest::newRow("model @") << u"some/model@status=503"_s << QByteArray() << QString()
                                 << QString() << 503;
        QTest::newRow("queue") << u"m"_s << QByteArray() << u"status=503"_s << QString() << 503;
        QTest::newRow("default") << u"m"_s << QByteArray() << QString() << u"status=503"_s << 503;
        QTest::newRow("header beats model")
            << u"m@status=404"_s << "status=503"_ba << QString() << QString() << 503;
        QTest::newRow("model beats queue")
            << u"m@status=503"_s << QByteArray() << u"status=404"_s << QString() << 503;
        QTest::newRow("queue beats default")
            << u"m"_s << QByteArray() << u"status=503"_s << u"status=404"_s << 503;
        QTest::newRow("empty queue entry is no fault")
            << u"m"_s << QByteArray() << u""_s << u"status=404"_s << 200;
        QTest::newRow("bad spec") << u"m"_s << "explode"_ba << QString() << QString() << 400;
    }

    void faultSources()
    {
        QFETCH(QString, model);
        QFETCH(QByteArray, header);
        QFETCH(QString, queued);
        QFETCH(QString, defaultFault);
        QFETCH(int, status);
        if (!queued.isNull())
            m_server->enqueueFault(queued);
        m_server->setDefaultFault(defaultFault);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!header.isNull())
            headers.append({ "X-Fake-Fault", header });
        const Result result
            = post(u"/v1/openai/chat/completions"_s, chatBody(model, false), headers);
        QCOMPARE(result.status, status);
    }

    void queueIsConsumedOncePerRequest()
    {
        m_server->enqueueFault(u"status=429"_s);
        m_server->enqueueFault(u"status=503"_s);
        QCOMPARE(get(u"/v1/openai/models"_s).status, 429);
        QCOMPARE(get(u"/v1/openai/models"_s).status, 503);
        QCOMPARE(get(u"/v1/openai/models"_s).status, 200);
    }

    void nativeRerankModelCarriesFault()
    {
        const Result result = post(u"/v1/inference/Qwen/Qwen3-Reranker-0.6B@status=429"_s,
                                   R"({"queries":["q"],"documents":["d"]})");
        QCOMPARE(result.status, 429);
    }

    void cut_data()
    {
        QTest::addColumn<int>("chunks");
        QTest::newRow("0") << 0;
        QTest::newRow("2") << 2;
    }

    void cut()
    {
        QFETCH(int, chunks);
        const Result result = post(u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true),
                                   { { "X-Fake-Fault", "cut=" + QByteArray::number(chunks) } });
        QCOMPARE(result.status, 200);
        // Qt may or may not call this an error; the missing end is what clients must catch.
        QVERIFY(result.error == QNetworkReply::NoError
                || result.error == QNetworkReply::RemoteHostClosedError);
        const QList<QByteArray> events = sseData(result.body);
        QCOMPARE(events.size(), 1 + chunks);
        QVERIFY(!result.body.contains("[DONE]"));
        QVERIFY(!result.body.contains("finish_reason\": \"stop"));

        // On the wire: chunked, and the final 0-chunk never comes.
        const QByteArray body = chatBody(u"m"_s, true);
        const QByteArray wire = rawExchange(
            "POST /v1/openai/chat/completions HTTP/1.1\r\nHost: x\r\nX-Fake-Fault: cut="
            + QByteArray::number(chunks) + "\r\nContent-Length: " + QByteArray::number(body.size())
            + "\r\n\r\n" + body);
        QVERIFY(wire.contains("\r\nTransfer-Encoding: chunked\r\n"));
        QVERIFY(wire.endsWith("}\n\n\r\n"));
        QVERIFY(!wire.contains("\r\n0\r\n\r\n"));
    }

    void completeStreamEndsWithZeroChunk()
    {
        const QByteArray body = chatBody(u"m"_s, true);
        const QByteArray wire
            = rawExchange("POST /v1/openai/chat/completions HTTP/1.1\r\nHost: x\r\nContent-Length: "
                          + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY(wire.startsWith("HTTP/1.1 200 OK\r\n"));
        QVERIFY(wire.endsWith("data: [DONE]\n\n\r\n0\r\n\r\n"));
    }

    void cutPlainBody()
    {
        // Qt 6.4 does not always flag the short body, so check what a client can check.
        const Result result = get(u"/v1/openai/models"_s, { { "X-Fake-Fault", "cut=1" } });
        QCOMPARE(result.status, 200);
        QVERIFY(result.contentLength > 0);
        QVERIFY(result.body.size() < result.contentLength);
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
    }

    void malformedPlainBody()
    {
        const Result result = get(u"/v1/openai/models"_s, { { "X-Fake-Fault", "malformed" } });
        QCOMPARE(result.status, 200);
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.body.size(), result.contentLength);
        QVERIFY(QJsonDocument::fromJson(result.body).isNull());
    }

    void stall()
    {
        const Result result = send("POST", u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true),
                                   { { "X-Fake-Fault", "stall" } }, 300);
        QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
        QVERIFY(result.elapsedMs >= 250);
        const QList<QByteArray> events = sseData(result.body);
        QVERIFY(!events.isEmpty());
        QCOMPARE(contentOf({ events.at(0) }), QString());
        QVERIFY(!result.body.contains("[DONE]"));
    }

    void malformed()
    {
        const Result result = post(u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true),
                                   { { "X-Fake-Fault", "malformed" } });
        QCOMPARE(result.error, QNetworkReply::NoError);
        const QList<QByteArray> events = sseData(result.body);
        const qsizetype broken = events.indexOf(R"({"id": broken)"_ba);
        QVERIFY(broken > 1);
        QVERIFY(broken < events.size() - 3);
        QCOMPARE(events.last(), "[DONE]"_ba);
        QList<QByteArray> good = events;
        good.removeAt(broken);
        QCOMPARE(contentOf(good.mid(0, good.size() - 2)), u"Hello! You said: hi there"_s);
    }

    void drip()
    {
        m_server->setReplyText(u"abcdef"_s);
        m_server->setChunkSize(2);
        // Role, 3 content, finish, [DONE] and the final 0-chunk: 6 gaps of 50 ms.
        const Result result = post(u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true),
                                   { { "X-Fake-Fault", "drip=50" } });
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(sseData(result.body).size(), 6);
        QVERIFY2(result.elapsedMs >= 300, QByteArray::number(result.elapsedMs).constData());
    }

    void slowFirst()
    {
        const Result result = get(u"/v1/openai/models"_s, { { "X-Fake-Fault", "slow-first=300" } });
        QCOMPARE(result.status, 200);
        QVERIFY(result.elapsedMs >= 300);
    }

    void html()
    {
        const Result result = post(u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true),
                                   { { "X-Fake-Fault", "html" } });
        QCOMPARE(result.status, 200);
        QVERIFY(result.contentType.startsWith("text/html"));
        QVERIFY(result.body.contains("<html>"));
    }

    void notJson()
    {
        const Result result = get(u"/v1/openai/models"_s, { { "X-Fake-Fault", "notjson" } });
        QCOMPARE(result.status, 200);
        QVERIFY(result.contentType.startsWith("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(result.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
    }

    // The rough stream shapes are on the wire as named (ChatStream is tested against them in
    // tst_chatstream).
    void roughStreamShapes()
    {
        const auto stream = [this](const QByteArray &fault) {
            return post(u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true),
                        { { "X-Fake-Fault", fault } });
        };
        Result r = stream("keepalive-comments");
        QVERIFY(r.body.startsWith(": keep-alive\n\n"));
        QVERIFY(r.body.count(": keep-alive") > 3);
        r = stream("crlf");
        QVERIFY(r.body.contains("}\r\n\r\ndata: "));
        QVERIFY(!r.body.contains("}\n\ndata"));
        r = stream("usage-chunk");
        QVERIFY(r.body.contains("\"finish_reason\": \"stop\"}], \"usage\": null}"));
        QVERIFY(r.body.contains("\"choices\": [], \"usage\": {\"prompt_tokens\""));
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
        r = stream("cut-after-finish");
        QVERIFY(r.body.contains("\"finish_reason\": \"stop\""));
        QVERIFY(!r.body.contains("[DONE]"));
        r = stream("error-event=1");
        QVERIFY(r.body.contains("event: error\ndata: {\"error\""));
        QCOMPARE(r.body.count("\"content\": \""), 2); // the empty first one and one more
        r = stream("split");
        QVERIFY(r.body.endsWith("data: [DONE]\n\n"));
    }

    void rerankOrders()
    {
        const QByteArray body = R"({"model":"m","query":"apple orchard","top_n":2,"documents":)"
                                R"(["apple orchard","river","apple","stone orchard apple"]})";
        const auto indices = [this, &body](const QByteArray &fault) {
            const Result r = post(u"/rerank"_s, body, { { "X-Fake-Fault", fault } });
            QList<int> out;
            for (const QJsonValue &v : QJsonDocument::fromJson(r.body)["results"_L1].toArray())
                out << v["index"_L1].toInt();
            return out;
        };
        QCOMPARE(indices("order=input;ignore-top-n"), (QList<int>{ 0, 1, 2, 3 }));
        QCOMPARE(indices("order=reversed;ignore-top-n"), (QList<int>{ 3, 2, 1, 0 }));
        QCOMPARE(indices("order=reversed"), (QList<int>{ 3, 2 }));
        const QList<int> sorted = indices("order=score;ignore-top-n");
        QCOMPARE(sorted.size(), 4);
        QCOMPARE(indices("order=score"), sorted.first(2));
    }

    void keepAliveConnection()
    {
        for (int i = 0; i < 3; ++i) {
            const Result r = get(u"/v1/models"_s, { { "X-Fake-Fault", "keep-alive" } });
            QCOMPARE(r.status, 200);
        }
        QCOMPARE(m_server->requestCount(), 3);
        QCOMPARE(m_server->connectionCount(), 1);
        (void)get(u"/v1/models"_s);
        (void)get(u"/v1/models"_s);
        // The fourth reuses the open connection and closes it; the fifth needs a new one.
        QCOMPARE(m_server->connectionCount(), 2);
    }

    void huge()
    {
        constexpr qint64 size = 5 * 1000 * 1000 + 7;
        const Result result = get(u"/v1/openai/models"_s,
                                  { { "X-Fake-Fault", "huge=" + QByteArray::number(size) } });
        QCOMPARE(result.status, 200);
        QCOMPARE(result.error, QNetworkReply::NoError);
        QCOMPARE(result.body.size(), size);
    }

    void redirect()
    {
        const QByteArray target = (m_server->baseUrl() + u"/v1/models"_s).toUtf8();
        const Result manual
            = get(u"/v1/openai/models"_s, { { "X-Fake-Fault", "redirect=" + target } });
        QCOMPARE(manual.status, 307);
        QCOMPARE(manual.location, target);

        m_server->clearRequests();
        m_server->enqueueFault(u"redirect="_s + QString::fromUtf8(target));
        const Result followed = send("GET", u"/v1/openai/models"_s, {}, {}, 0,
                                     QNetworkRequest::NoLessSafeRedirectPolicy);
        QCOMPARE(followed.status, 200);
        QCOMPARE(m_server->requestCount(), 2);
        QCOMPARE(m_server->requests().at(1).path, "/v1/models"_ba);
        const QJsonObject entry
            = parseObject(followed.body).value("data"_L1).toArray().at(0).toObject();
        QVERIFY(!entry.contains("metadata"_L1));
    }

    void faultsCombine()
    {
        const Result result = post(u"/v1/openai/chat/completions"_s, chatBody(u"m"_s, true),
                                   { { "X-Fake-Fault", "drip=20;cut=3" } });
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(sseData(result.body).size(), 4);
        QVERIFY(result.elapsedMs >= 60);
    }

    void requiredKey()
    {
        m_server->setRequiredKey("sekret");
        const Result missing = get(u"/v1/openai/models"_s);
        QCOMPARE(missing.status, 401);
        QCOMPARE(missing.body, R"({"error":{"message":"Not authenticated"}})"_ba);
        QCOMPARE(get(u"/v1/openai/models"_s, { { "Authorization", "Bearer wrong" } }).status, 401);
        QCOMPARE(get(u"/v1/openai/models"_s, { { "Authorization", "Bearer sekret" } }).status, 200);
    }

    void recordsRequests()
    {
        QSignalSpy received(m_server.get(), &FakeServer::requestReceived);
        const QByteArray body = chatBody(u"m"_s, false);
        post(u"/v1/openai/chat/completions?x=1"_s, body, { { "X-Custom-Thing", "Value" } });
        QCOMPARE(received.count(), 1);
        QCOMPARE(m_server->requestCount(), 1);
        const FakeServer::Request request = m_server->requests().at(0);
        QCOMPARE(request.method, "POST"_ba);
        QCOMPARE(request.path, "/v1/openai/chat/completions?x=1"_ba);
        QCOMPARE(request.headers.value("x-custom-thing"), "Value"_ba);
        QCOMPARE(request.headers.value("content-type"), "application/json"_ba);
        QCOMPARE(request.body, body);
        QCOMPARE(received.at(0).at(0).value<FakeServer::Request>().body, body);
    }

    void chunkedRequestBody()
    {
        const QByteArray body = chatBody(u"m"_s, false);
        QByteArray wire = "POST /v1/openai/chat/completions HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                          "Transfer-Encoding: chunked\r\n\r\n";
        const QByteArray first = body.left(10);
        const QByteArray rest = body.mid(10);
        wire += QByteArray::number(first.size(), 16) + ";ext=1\r\n" + first + "\r\n";
        wire += QByteArray::number(rest.size(), 16) + "\r\n" + rest + "\r\n0\r\n\r\n";
        const QByteArray response = rawExchange(wire);
        QVERIFY2(response.startsWith("HTTP/1.1 200 OK\r\n"), response.constData());
        QVERIFY(response.contains("\"object\": \"chat.completion\""));
        QCOMPARE(m_server->requests().at(0).body, body);
    }

    void badRequestLine()
    {
        const QByteArray response = rawExchange("NONSENSE\r\n\r\n");
        QVERIFY2(response.startsWith("HTTP/1.1 400 "), response.constData());
        QCOMPARE(m_server->requestCount(), 0);
    }

    void unknownRoute()
    {
        const Result result = get(u"/nothing/here"_s);
        QCOMPARE(result.status, 404);
        QCOMPARE(get(u"/v1/openai/chat/completions"_s).status, 405);
    }

    void nativeRerank()
    {
        const QByteArray body = R"({"queries":["red apple pie","red apple pie","red apple pie"],
            "documents":["a recipe for red apple pie","stock market news","apple orchards"],
            "instruction":"Given a query, find recipes"})";
        const Result result = post(u"/v1/inference/Qwen/Qwen3-Reranker-8B"_s, body);
        QCOMPARE(result.status, 200);
        const QJsonObject reply = parseObject(result.body);
        const QJsonArray scores = reply.value("scores"_L1).toArray();
        QCOMPARE(scores.size(), 3);
        for (const QJsonValue &score : scores) {
            QVERIFY(score.isDouble());
            QVERIFY(score.toDouble() >= 0.0 && score.toDouble() <= 1.0);
        }
        QVERIFY(scores.at(0).toDouble() > scores.at(2).toDouble());
        QVERIFY(scores.at(2).toDouble() > scores.at(1).toDouble());
        const int tokens = reply.value("input_tokens"_L1).toInt();
        QVERIFY(tokens > 0);
        QVERIFY(!reply.value("request_id"_L1).toString().isEmpty());
        const QJsonObject status = reply.value("inference_status"_L1).toObject();
        QCOMPARE(status.value("status"_L1), u"succeeded"_s);
        QCOMPARE(status.value("tokens_input"_L1).toInt(), tokens);
        QCOMPARE(status.value("tokens_generated"_L1).toInt(), 0);
        QVERIFY(status.value("runtime_ms"_L1).isDouble());
        QCOMPARE(status.value("cost"_L1).toDouble(), tokens * 0.05e-6);

        const Result again = post(u"/v1/inference/Qwen/Qwen3-Reranker-8B"_s, body);
        QCOMPARE(parseObject(again.body).value("scores"_L1).toArray(), scores);
    }

    // Evaluate's demo: on judgments that follow word overlap the larger rerankers rank better,
    // so each model's scores order the documents with fewer inversions of the overlap.
    void largerRerankersFollowOverlapMore()
    {
        const QStringList levels{ u"garden tools"_s, u"solar garden tools"_s,
                                  u"solar panel garden"_s, u"solar panel efficiency"_s };
        QJsonArray queries;
        QJsonArray documents;
        QList<int> overlap;
        for (int i = 0; i < 80; ++i) {
            queries.append(u"solar panel efficiency"_s);
            documents.append(u"note %1 on %2"_s.arg(i).arg(levels.at(i % 4)));
            overlap.append(i % 4);
        }
        const QByteArray body
            = QJsonDocument(QJsonObject{ { "queries"_L1, queries }, { "documents"_L1, documents } })
                  .toJson(QJsonDocument::Compact);
        QList<int> inversions;
        for (const QString &model : { u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-4B"_s,
                                      u"Qwen/Qwen3-Reranker-8B"_s }) {
            const QJsonArray scores
                = parseObject(post(u"/v1/inference/"_s + model, body).body)["scores"_L1].toArray();
            QCOMPARE(scores.size(), 80);
            int count = 0;
            for (int i = 0; i < 80; ++i) {
                for (int j = 0; j < 80; ++j)
                    count += overlap.at(i) > overlap.at(j)
                        && scores.at(i).toDouble() < scores.at(j).toDouble();
            }
            inversions.append(count);
            // The same request gets the same scores.
            QCOMPARE(
                parseObject(post(u"/v1/inference/"_s + model, body).body)["scores"_L1].toArray(),
                scores);
        }
        QVERIFY2(
            inversions.at(0) > inversions.at(1) && inversions.at(1) > inversions.at(2),
            qPrintable(
                u"%1 %2 %3"_s.arg(inversions.at(0)).arg(inversions.at(1)).arg(inversions.at(2))));
    }

    void rerankModelsDifferSlightly()
    {
        QJsonArray queries;
        QJsonArray documents;
        for (int i = 0; i < 20; ++i) {
            queries.append(u"solar panel efficiency"_s);
            documents.append(u"document %1 about %2"_s.arg(i).arg(
                i % 3 == 0 ? u"solar panel efficiency"_s : u"garden tools"_s));
        }
        const QByteArray body
            = QJsonDocument(QJsonObject{ { "queries"_L1, queries }, { "documents"_L1, documents } })
                  .toJson(QJsonDocument::Compact);
        const QJsonArray small
            = parseObject(post(u"/v1/inference/Qwen/Qwen3-Reranker-0.6B"_s, body).body)["scores"_L1]
                  .toArray();
        const QJsonArray large
            = parseObject(post(u"/v1/inference/Qwen/Qwen3-Reranker-8B"_s, body).body)["scores"_L1]
                  .toArray();
        QCOMPARE(small.size(), 20);
        QVERIFY(small != large);
        for (int i = 0; i < 20; ++i) {
            // Each model's own share of the score is at most 0.20 (the 0.6B), so they stay close.
            QVERIFY(qAbs(small.at(i).toDouble() - large.at(i).toDouble()) <= 0.25);
            // Relevant documents stay above irrelevant ones for both models.
            for (int j = 0; j < 20; ++j) {
                if (i % 3 == 0 && j % 3 != 0) {
                    QVERIFY(small.at(i).toDouble() > small.at(j).toDouble());
                    QVERIFY(large.at(i).toDouble() > large.at(j).toDouble());
                }
            }
        }
    }

    void nativeRerankLengthMismatch()
    {
        const Result result = post(u"/v1/inference/Qwen/Qwen3-Reranker-0.6B"_s,
                                   R"({"queries":["q"],"documents":["a","b"]})");
        QCOMPARE(result.status, 422);
        const QJsonObject detail
            = parseObject(result.body).value("detail"_L1).toArray().at(0).toObject();
        QVERIFY(!detail.value("msg"_L1).toString().isEmpty());
        QVERIFY(detail.value("loc"_L1).isArray());
    }

    void cohereRerank_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("objectDocuments");
        QTest::addColumn<int>("topN");
        QTest::newRow("/rerank") << u"/rerank"_s << false << 0;
        QTest::newRow("/v1/rerank") << u"/v1/rerank"_s << false << 0;
        QTest::newRow("text objects") << u"/rerank"_s << true << 0;
        QTest::newRow("top_n") << u"/v1/rerank"_s << false << 2;
    }

    void cohereRerank()
    {
        QFETCH(QString, path);
        QFETCH(bool, objectDocuments);
        QFETCH(int, topN);
        const QStringList texts{ u"stock market news"_s, u"a recipe for red apple pie"_s,
                                 u"apple orchards"_s };
        QJsonArray documents;
        QJsonArray queries;
        for (const QString &text : texts) {
            documents.append(objectDocuments ? QJsonValue(QJsonObject{ { "text"_L1, text } })
                                             : QJsonValue(text));
            queries.append(u"red apple pie"_s);
        }
        QJsonObject request{ { "model"_L1, "deepinfra/Qwen/Qwen3-Reranker-0.6B"_L1 },
                             { "query"_L1, "red apple pie"_L1 },
                             { "documents"_L1, documents } };
        if (topN > 0)
            request.insert("top_n"_L1, topN);
        const Result result = post(path, QJsonDocument(request).toJson(QJsonDocument::Compact));
        QCOMPARE(result.status, 200);
        const QJsonObject reply = parseObject(result.body);
        QVERIFY(!reply.value("id"_L1).toString().isEmpty());
        const QJsonArray results = reply.value("results"_L1).toArray();

        // Same scores as the native route for the same model.
        QStringList plain = texts;
        QJsonArray plainDocuments;
        for (const QString &text : plain)
            plainDocuments.append(text);
        const QJsonArray native
            = parseObject(post(u"/v1/inference/Qwen/Qwen3-Reranker-0.6B"_s,
                               QJsonDocument(QJsonObject{ { "queries"_L1, queries },
                                                          { "documents"_L1, plainDocuments } })
                                   .toJson(QJsonDocument::Compact))
                              .body)
                  .value("scores"_L1)
                  .toArray();

        if (topN == 0) {
            QCOMPARE(results.size(), 3);
            for (int i = 0; i < 3; ++i) {
                const QJsonObject r = results.at(i).toObject();
                QCOMPARE(r.value("index"_L1).toInt(), i);
                QCOMPARE(r.value("relevance_score"_L1).toDouble(), native.at(i).toDouble());
            }
        } else {
            QCOMPARE(results.size(), topN);
            QCOMPARE(results.at(0).toObject().value("index"_L1).toInt(), 1);
            QCOMPARE(results.at(1).toObject().value("index"_L1).toInt(), 2);
            QVERIFY(results.at(0).toObject().value("relevance_score"_L1).toDouble()
                    >= results.at(1).toObject().value("relevance_score"_L1).toDouble());
        }
        const QJsonObject meta = reply.value("meta"_L1).toObject();
        const int tokens
            = meta.value("billed_units"_L1).toObject().value("total_tokens"_L1).toInt();
        QVERIFY(tokens > 0);
        QCOMPARE(meta.value("tokens"_L1).toObject().value("input_tokens"_L1).toInt(), tokens);
        QCOMPARE(meta.value("tokens"_L1).toObject().value("output_tokens"_L1).toInt(), 0);
    }

    void cohereRerankError()
    {
        const Result result = post(u"/rerank"_s, R"({"model":"m","documents":["a"]})");
        QCOMPARE(result.status, 400);
        const QJsonObject error = parseObject(result.body).value("error"_L1).toObject();
        QVERIFY(!error.value("message"_L1).toString().isEmpty());
        QCOMPARE(error.value("param"_L1), u"query"_s);
        QVERIFY(error.contains("type"_L1));
        QVERIFY(error.contains("code"_L1));
    }

    void openAiModels_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("metadata");
        QTest::newRow("deepinfra") << u"/v1/openai/models"_s << true;
        QTest::newRow("litellm v1") << u"/v1/models"_s << false;
        QTest::newRow("litellm root") << u"/models"_s << false;
    }

    void openAiModels()
    {
        QFETCH(QString, path);
        QFETCH(bool, metadata);
        const Result result = get(path);
        QCOMPARE(result.status, 200);
        const QJsonObject list = parseObject(result.body);
        QCOMPARE(list.value("object"_L1), u"list"_s);
        const QJsonArray data = list.value("data"_L1).toArray();
        QStringList ids;
        bool sawDeprecated = false;
        for (const QJsonValue &value : data) {
            const QJsonObject entry = value.toObject();
            ids += entry.value("id"_L1).toString();
            QCOMPARE(entry.value("object"_L1), u"model"_s);
            QCOMPARE(entry.contains("metadata"_L1), metadata);
            if (!metadata)
                continue;
            const QJsonObject meta = entry.value("metadata"_L1).toObject();
            QVERIFY(meta.value("context_length"_L1).toInt() > 0);
            QVERIFY(meta.value("pricing"_L1).toObject().value("input_tokens"_L1).isDouble());
            QVERIFY(meta.value("tags"_L1).isArray());
            const QJsonArray tags = meta.value("tags"_L1).toArray();
            sawDeprecated |= tags.contains(u"deprecated"_s);
            // A vision and a reasoning model, tagged so (the demo's "images" mark and
            // reasoning control come from these tags).
            const QString id = entry.value("id"_L1).toString();
            QCOMPARE(tags.contains(u"vision"_s),
                     id == u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s);
            QCOMPARE(tags.contains(u"reasoning"_s),
                     id == u"deepseek-ai/DeepSeek-R1-Distill-Llama-70B"_s);
        }
        for (const QString &id :
             { u"meta-llama/Meta-Llama-3-8B-Instruct"_s, u"jondurbin/airoboros-l2-70b-gpt4-1.4.1"_s,
               u"Qwen/Qwen3-Reranker-0.6B"_s, u"Qwen/Qwen3-Reranker-4B"_s,
               u"Qwen/Qwen3-Reranker-8B"_s, u"meta-llama/Llama-3.2-11B-Vision-Instruct"_s,
               u"deepseek-ai/DeepSeek-R1-Distill-Llama-70B"_s })
            QVERIFY2(ids.contains(id), qPrintable(id));
        QCOMPARE(sawDeprecated, metadata);
    }

    void nativeModelList()
    {
        const Result result = get(u"/models/list"_s);
        QCOMPARE(result.status, 200);
        const QJsonArray list = QJsonDocument::fromJson(result.body).array();
        QVERIFY(list.size() >= 13);
        QSet<QString> types;
        int deprecated = 0;
        for (const QJsonValue &value : list) {
            const QJsonObject entry = value.toObject();
            for (const char *key :
                 { "model_name", "type", "reported_type", "description", "deprecated", "pricing" })
                QVERIFY2(entry.contains(QLatin1String(key)), key);
            types.insert(entry.value("type"_L1).toString());
            deprecated += entry.value("deprecated"_L1).toBool() ? 1 : 0;
            if (entry.value("model_name"_L1) == u"Qwen/Qwen3-Reranker-0.6B"_s)
                QCOMPARE(entry.value("pricing"_L1)
                             .toObject()
                             .value("cents_per_input_token"_L1)
                             .toDouble(),
                         0.01 * 100 / 1e6);
        }
        QCOMPARE(types, (QSet<QString>{ u"text-generation"_s, u"reranker"_s, u"embeddings"_s }));
        QCOMPARE(deprecated, 1);
    }

    void concurrentStreams()
    {
        constexpr int count = 10;
        QNetworkRequest request(QUrl(m_server->baseUrl() + u"/v1/openai/chat/completions"_s));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("X-Fake-Fault", "drip=10");
        std::vector<std::unique_ptr<QNetworkReply>> replies;
        for (int i = 0; i < count; ++i)
            replies.emplace_back(m_nam->post(request, chatBody(u"m"_s, true)));
        QTRY_VERIFY_WITH_TIMEOUT(std::all_of(replies.cbegin(), replies.cend(),
                                             [](const auto &r) { return r->isFinished(); }),
                                 20000);
        for (const auto &reply : replies) {
            QCOMPARE(reply->error(), QNetworkReply::NoError);
            QCOMPARE(sseData(reply->readAll()).last(), "[DONE]"_ba);
        }
        QCOMPARE(m_server->requestCount(), count);
    }

    void executable()
    {
        QProcess process;
        process.start(QStringLiteral(SIFT_FAKESERVER_BINARY),
                      { u"--port"_s, u"0"_s, u"--reply"_s, u"From the binary"_s, u"--chunk"_s,
                        u"4"_s, u"--key"_s, u"k1"_s });
        QVERIFY(process.waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
        bool ok = false;
        const int port = process.readLine().trimmed().toInt(&ok);
        QVERIFY(ok && port > 0);

        QNetworkRequest request(
            QUrl(u"http://127.0.0.1:%1/v1/openai/chat/completions"_s.arg(port)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        request.setRawHeader("Authorization", "Bearer k1");
        std::unique_ptr<QNetworkReply> reply(m_nam->post(request, chatBody(u"m"_s, true)));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        QVERIFY(finished.wait(10000));
        const QList<QByteArray> events = sseData(reply->readAll());
        QCOMPARE(contentOf(events.mid(0, events.size() - 2)), u"From the binary"_s);
        QCOMPARE(events.size(), 1 + 4 + 2);

        process.terminate();
        QVERIFY(process.waitForFinished(5000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFakeServer)
#include "tst_fakeserver.moc"
