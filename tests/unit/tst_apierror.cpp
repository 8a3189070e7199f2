#include "api/apierror.h"
#include "api/networkrequest.h"

#include <QDateTime>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

class TestApiError : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fromHttp_data();
    void fromHttp();
    void retryAfter_data();
    void retryAfter();
    void extractMessage_data();
    void extractMessage();
    void fromNetwork_data();
    void fromNetwork();
    void userMessage_data();
    void userMessage();
    void backoff_data();
    void backoff();
};

void TestApiError::fromHttp_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("reason");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("message");
    QTest::addColumn<bool>("retryable");

    // PROTOCOL.md's error table, row by row.
    QTest::newRow("401 error.message")
        << 401 << QByteArray(R"({"error":{"message":"Not authenticated"}})")
        << QByteArray("Unauthorized") << Kind::Auth << u"Not authenticated"_s << false;
    QTest::newRow("403 detail.error")
        << 403 << QByteArray(R"({"detail":{"error":"Not authenticated"}})")
        << QByteArray("Forbidden") << Kind::Auth << u"Not authenticated"_s << false;
    QTest::newRow("402 balance") << 402
                                 << QByteArray(R"({"detail":{"error":"Insufficient balance"}})")
                                 << QByteArray("Payment Required") << Kind::Payment
                                 << u"Insufficient balance"_s << false;
    QTest::newRow("404 model") << 404
                               << QByteArray(R"({"detail":{"error":"Model is not available"}})")
                               << QByteArray("Not Found") << Kind::NotFound
                               << u"Model is not available"_s << false;
    QTest::newRow("404 detail string") << 404 << QByteArray(R"({"detail":"Not Found"})")
                                       << QByteArray() << Kind::NotFound << u"Not Found"_s << false;
    QTest::newRow("422 loc and msg")
        << 422
        << QByteArray(
               R"({"detail":[{"loc":["body","temperature"],"msg":"ensure this value is less than or equal to 2","type":"value_error.number.not_le"}]})")
        << QByteArray("Unprocessable Entity") << Kind::InvalidRequest
        << u"temperature: ensure this value is less than or equal to 2"_s << false;
    QTest::newRow("422 two entries")
        << 422
        << QByteArray(
               R"({"detail":[{"loc":["body","messages",0,"role"],"msg":"bad role"},{"loc":["body","top_p"],"msg":"too big"}]})")
        << QByteArray() << Kind::InvalidRequest << u"messages.0.role: bad role; top_p: too big"_s
        << false;
    QTest::newRow("400 proxy error")
        << 400
        << QByteArray(
               R"({"error":{"message":"stop has more than 4 items","type":"invalid_request_error","param":"stop","code":400}})")
        << QByteArray("Bad Request") << Kind::InvalidRequest << u"stop has more than 4 items"_s
        << false;
    QTest::newRow("429 busy") << 429
                              << QByteArray(R"({"error":{"message":"Model busy, retry later"}})")
                              << QByteArray("Too Many Requests") << Kind::RateLimited
                              << u"Model busy, retry later"_s << true;
    QTest::newRow("500 html falls back to reason")
        << 500 << QByteArray("<html><body><h1>500 Internal Server Error</h1></body></html>")
        << QByteArray("Internal Server Error") << Kind::Server << u"Internal Server Error"_s
        << true;
    QTest::newRow("502 empty body") << 502 << QByteArray() << QByteArray("Bad Gateway")
                                    << Kind::Server << u"Bad Gateway"_s << true;
    QTest::newRow("503 plain text, no reason")
        << 503 << QByteArray("upstream connect error") << QByteArray() << Kind::Server
        << u"HTTP 503"_s << true;
    QTest::newRow("418 other 4xx") << 418 << QByteArray("{}") << QByteArray("I'm a teapot")
                                   << Kind::InvalidRequest << u"I'm a teapot"_s << false;
}

void TestApiError::fromHttp()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, reason);
    QFETCH(Kind, kind);
    QFETCH(QString, message);
    QFETCH(bool, retryable);

    const ApiError error = ApiError::fromHttp(status, body, reason);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.message, message);
    QCOMPARE(error.retryable, retryable);
    QCOMPARE(error.retryAfterMs, -1);
    QVERIFY(error.isError());
    QVERIFY(!error.userMessage().contains(u'<'));
}

void TestApiError::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("minMs");
    QTest::addColumn<int>("maxMs");

    QTest::newRow("seconds") << QByteArray("2") << 2000 << 2000;
    QTest::newRow("spaces") << QByteArray(" 5 ") << 5000 << 5000;
    QTest::newRow("fraction") << QByteArray("0.5") << 500 << 500;
    QTest::newRow("garbage") << QByteArray("soon") << -1 << -1;
    QTest::newRow("negative") << QByteArray("-3") << -1 << -1;
    const QByteArray date = QLocale::c()
                                .toString(QDateTime::currentDateTimeUtc().addSecs(30),
                                          u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s)
                                .toLatin1();
    QTest::newRow("http date") << date << 25000 << 31000;
}

void TestApiError::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(int, minMs);
    QFETCH(int, maxMs);
    const ApiError error = ApiError::fromHttp(429, {}, "Too Many Requests", header);
    QVERIFY2(error.retryAfterMs >= minMs && error.retryAfterMs <= maxMs,
             qPrintable(QString::number(error.retryAfterMs)));
}

void TestApiError::extractMessage_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("message");

    QTest::newRow("error string") << QByteArray(R"({"error":"bad key"})") << u"bad key"_s;
    QTest::newRow("detail.message") << QByteArray(R"({"detail":{"message":"gone"}})") << u"gone"_s;
    QTest::newRow("top-level message") << QByteArray(R"({"message":"nope"})") << u"nope"_s;
    QTest::newRow("html") << QByteArray("<!DOCTYPE html><title>Oops</title>") << QString();
    QTest::newRow("array") << QByteArray("[1,2]") << QString();
    QTest::newRow("empty object") << QByteArray("{}") << QString();
    QTest::newRow("truncated json") << QByteArray(R"({"error":{"message":"x")") << QString();
    QTest::newRow("whitespace collapsed")
        << QByteArray(R"({"error":{"message":"  two\n lines "}})") << u"two lines"_s;
    QTest::newRow("loc without body prefix")
        << QByteArray(R"({"detail":[{"loc":["query","model"],"msg":"required"}]})")
        << u"model: required"_s;
    QTest::newRow("msg without loc")
        << QByteArray(R"({"detail":[{"msg":"lengths differ"}]})") << u"lengths differ"_s;
}

void TestApiError::extractMessage()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, message);
    QCOMPARE(ApiError::extractMessage(body), message);
}

void TestApiError::fromNetwork_data()
{
    QTest::addColumn<QNetworkReply::NetworkError>("code");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<bool>("retryable");

    QTest::newRow("refused") << QNetworkReply::ConnectionRefusedError << Kind::Network << true;
    QTest::newRow("host not found") << QNetworkReply::HostNotFoundError << Kind::Network << false;
    QTest::newRow("remote closed") << QNetworkReply::RemoteHostClosedError << Kind::Network << true;
    QTest::newRow("temporary failure")
        << QNetworkReply::TemporaryNetworkFailureError << Kind::Network << true;
    QTest::newRow("tls") << QNetworkReply::SslHandshakeFailedError << Kind::Tls << false;
    QTest::newRow("timeout") << QNetworkReply::TimeoutError << Kind::Timeout << false;
    QTest::newRow("transfer timeout")
        << QNetworkReply::OperationCanceledError << Kind::Timeout << false;
    QTest::newRow("unknown") << QNetworkReply::UnknownNetworkError << Kind::Network << false;
}

void TestApiError::fromNetwork()
{
    QFETCH(QNetworkReply::NetworkError, code);
    QFETCH(Kind, kind);
    QFETCH(bool, retryable);
    const ApiError error = ApiError::fromNetwork(code, u"detail text"_s);
    QCOMPARE(error.kind, kind);
    QCOMPARE(error.retryable, retryable);
    QCOMPARE(error.httpStatus, 0);
    QCOMPARE(error.message, u"detail text"_s);
    QCOMPARE(isRetryable(error), retryable);
}

void TestApiError::userMessage_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<QString>("expected");

    QTest::newRow("auth")
        << ApiError::fromHttp(401, R"({"error":{"message":"Not authenticated"}})")
        << u"The API key was rejected. Open Settings → API key and enter a valid key."_s;
    {
        // A key from the environment: Settings cannot fix it, the variable can.
        ApiError fromVariable
            = ApiError::fromHttp(401, R"({"error":{"message":"Not authenticated"}})");
        fromVariable.keyVariable = u"DEEPINFRA_API_KEY"_s;
        QTest::newRow("auth, key from the environment")
            << fromVariable
            << u"The API key from the environment variable DEEPINFRA_API_KEY was rejected. "
               "Correct DEEPINFRA_API_KEY or unset it (then Sift uses the key stored in "
               "Settings), and restart Sift."_s;
    }
    QTest::newRow("invalid")
        << ApiError::fromHttp(
               422,
               R"({"detail":[{"loc":["body","temperature"],"msg":"ensure this value is less than or equal to 2"}]})")
        << u"The server refused a setting: temperature: ensure this value is less than or equal to 2. Change it and try again."_s;
    QTest::newRow("server") << ApiError::fromHttp(503, "<html>", "Service Unavailable")
                            << u"The server had a problem (HTTP 503). Try again in a moment."_s;
    QTest::newRow("no key")
        << ApiError::make(Kind::NoKey, u"no API key"_s)
        << u"No API key is set. Open Settings → API key and enter your DeepInfra key."_s;
    QTest::newRow("none") << ApiError() << QString();
}

void TestApiError::userMessage()
{
    QFETCH(ApiError, error);
    QFETCH(QString, expected);
    QCOMPARE(error.userMessage(), expected);

    // Every kind has a sentence that tells the user something.
    for (int k = int(Kind::Auth); k <= int(Kind::Cancelled); ++k) {
        const ApiError other = ApiError::make(Kind(k), u"m"_s);
        QVERIFY2(other.userMessage().endsWith(u'.'), qPrintable(other.userMessage()));
    }
}

void TestApiError::backoff_data()
{
    QTest::addColumn<int>("attempt");
    QTest::addColumn<int>("retryAfterMs");
    QTest::addColumn<int>("expected");

    // base 500, cap 8000
    QTest::newRow("first") << 1 << -1 << 500;
    QTest::newRow("second") << 2 << -1 << 1000;
    QTest::newRow("third") << 3 << -1 << 2000;
    QTest::newRow("capped") << 10 << -1 << 8000;
    QTest::newRow("huge attempt") << 100 << -1 << 8000;
    QTest::newRow("retry-after wins") << 1 << 3000 << 3000;
    QTest::newRow("retry-after smaller") << 3 << 100 << 2000;
    QTest::newRow("retry-after capped") << 1 << 60000 << 8000;
}

void TestApiError::backoff()
{
    QFETCH(int, attempt);
    QFETCH(int, retryAfterMs);
    QFETCH(int, expected);
    QCOMPARE(backoffDelayMs(RequestPolicy(), attempt, retryAfterMs), expected);
}

QTEST_APPLESS_MAIN(TestApiError)
#include "tst_apierror.moc"
