// A local TLS server with a self-signed certificate (made at test time with openssl): every kind
// of call must refuse it with Kind::Tls, never ignore the certificate error, never retry, and
// never send a request (so the key stays on this side of the failed handshake).
#include "api/apiclient.h"
#include "requirement.h"
#include "rerank/rerankjob.h"

#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using Kind = ApiError::Kind;

namespace {

const QString Key = u"tls-secret-key-0815"_s;

// Accepts TLS connections with the given certificate and records what got through.
class TlsServer : public QTcpServer
{
public:
    TlsServer(const QSslCertificate &certificate, const QSslKey &key)
        : m_certificate(certificate), m_key(key)
    {
    }

    int connections = 0;
    int handshakesCompleted = 0;
    QByteArray plaintext; // whatever the client sent after a completed handshake

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *socket = new QSslSocket(this);
        if (!socket->setSocketDescriptor(descriptor)) {
            delete socket;
            return;
        }
        ++connections;
        socket->setLocalCertificate(m_certificate);
        socket->setPrivateKey(m_key);
        connect(socket, &QSslSocket::encrypted, this, [this] { ++handshakesCompleted; });
        connect(socket, &QSslSocket::readyRead, this,
                [this, socket] { plaintext += socket->readAll(); });
        connect(socket, &QSslSocket::disconnected, socket, &QObject::deleteLater);
        // The client's refusal shows up here as an error; it is the expected outcome.
        connect(socket, &QSslSocket::sslErrors, socket, [] {});
        socket->startServerEncryption();
    }

private:
    QSslCertificate m_certificate;
    QSslKey m_key;
};

} // namespace

class TestTls : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void selfSignedRefused_data();
    void selfSignedRefused();

private:
    QTemporaryDir m_dir;
    QSslCertificate m_certificate;
    QSslKey m_key;
};

void TestTls::initTestCase()
{
    qRegisterMetaType<ApiError>();
    qRegisterMetaType<RerankResult>();
    if (!QSslSocket::supportsSsl())
        SIFT_SKIP_OR_FAIL("Qt has no TLS backend here");
    const QString openssl = QStandardPaths::findExecutable(u"openssl"_s);
    if (openssl.isEmpty())
        SIFT_SKIP_OR_FAIL("openssl is needed to make the test certificate");
    QVERIFY(m_dir.isValid());

    QProcess req;
    req.setWorkingDirectory(m_dir.path());
    req.start(openssl,
              { u"req"_s, u"-x509"_s, u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s,
                u"ec_paramgen_curve:prime256v1"_s, u"-nodes"_s, u"-keyout"_s, u"key.pem"_s,
                u"-out"_s, u"cert.pem"_s, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s,
                u"-addext"_s, u"subjectAltName=IP:127.0.0.1,DNS:localhost"_s });
    QVERIFY(req.waitForFinished(30000));
    QVERIFY2(req.exitCode() == 0, req.readAllStandardError().constData());

    QFile cert(m_dir.filePath(u"cert.pem"_s));
    QFile key(m_dir.filePath(u"key.pem"_s));
    QVERIFY(cert.open(QIODevice::ReadOnly) && key.open(QIODevice::ReadOnly));
    m_certificate = QSslCertificate(&cert, QSsl::Pem);
    m_key = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    QVERIFY(!m_certificate.isNull());
    QVERIFY(!m_key.isNull());
}

void TestTls::selfSignedRefused_data()
{
    QTest::addColumn<int>("surface");
    QTest::newRow("chat stream") << 0;
    QTest::newRow("chat") << 1;
    QTest::newRow("models") << 2;
    QTest::newRow("rerank") << 3;
}

void TestTls::selfSignedRefused()
{
    QFETCH(int, surface);
    TlsServer server(m_certificate, m_key);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    ApiClient client;
    Endpoint endpoint;
    endpoint.name = u"Tls"_s;
    endpoint.baseUrl = QUrl(u"https://127.0.0.1:%1/v1/openai"_s.arg(server.serverPort()));
    client.setEndpoint(endpoint);
    client.setApiKey(Key);
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 40;
    policy.maxRetries = 2;
    policy.stallTimeoutMs = 5000;
    client.setPolicy(policy);

    ApiError error;
    int terminals = 0;
    if (surface <= 1) {
        ChatRequest request;
        request.model = u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
        request.stream = surface == 0;
        request.messages = { { u"user"_s, u"hi"_s } };
        ChatStream *chat = client.chat(request);
        QSignalSpy finished(chat, &ChatStream::finished);
        QSignalSpy failed(chat, &ChatStream::failed);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 15000);
        terminals = int(finished.count() + failed.count());
        QCOMPARE(failed.count(), 1);
        error = failed.first().first().value<ApiError>();
        QCOMPARE(chat->text(), QString());
    } else if (surface == 2) {
        JsonReply *reply = client.getJson(endpoint.modelsUrl());
        QSignalSpy finished(reply, &JsonReply::finished);
        QSignalSpy failed(reply, &JsonReply::failed);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() + failed.count() > 0, 15000);
        terminals = int(finished.count() + failed.count());
        QCOMPARE(failed.count(), 1);
        error = failed.first().first().value<ApiError>();
    } else {
        RerankSet set;
        set.query = u"q"_s;
        set.documents = { RerankDocument{ u"a"_s, -1 }, RerankDocument{ u"b"_s, -1 } };
        RerankJob job(&client, set, u"Qwen/Qwen3-Reranker-0.6B"_s);
        QSignalSpy finished(&job, &RerankJob::finished);
        job.start();
        QTRY_VERIFY_WITH_TIMEOUT(!finished.isEmpty(), 15000);
        terminals = int(finished.count());
        QCOMPARE(job.result().ranked.size(), 0);
        error = job.result().firstError();
    }

    QCOMPARE(terminals, 1);
    QCOMPARE(error.kind, Kind::Tls);
    QVERIFY(!error.retryable);
    const QString message = error.userMessage();
    QVERIFY(!message.isEmpty());
    QVERIFY(!message.contains(Key));
    // One attempt: trying again cannot fix a certificate.
    QCOMPARE(server.connections, 1);
    // The certificate was refused, not ignored: no handshake completed, nothing was sent.
    QCOMPARE(server.handshakesCompleted, 0);
    QCOMPARE(server.plaintext, QByteArray());
}

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
