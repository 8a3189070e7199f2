#include "api/endpoint.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

Endpoint make(Endpoint::Kind kind, const QString &base)
{
    Endpoint e;
    e.kind = kind;
    e.baseUrl = QUrl(base);
    return e;
}

} // namespace

class TestEndpoint : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void urls_data();
    void urls();
    void defaults();
    void wireModelIdByKind();
    void security_data();
    void security();
    void normalize_data();
    void normalize();
    void kindStrings();
};

void TestEndpoint::urls_data()
{
    QTest::addColumn<Endpoint::Kind>("kind");
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("chat");
    QTest::addColumn<QString>("models");
    QTest::addColumn<QString>("rerank");
    QTest::addColumn<QString>("modelsList");

    const auto DI = Endpoint::Kind::DeepInfra;
    const auto OA = Endpoint::Kind::OpenAI;
    QTest::newRow("deepinfra")
        << DI << u"https://api.deepinfra.com/v1/openai"_s << u"Qwen/Qwen3-Reranker-0.6B"_s
        << u"https://api.deepinfra.com/v1/openai/chat/completions"_s
        << u"https://api.deepinfra.com/v1/openai/models"_s
        << u"https://api.deepinfra.com/v1/inference/Qwen/Qwen3-Reranker-0.6B"_s
        << u"https://api.deepinfra.com/models/list"_s;
    QTest::newRow("deepinfra trailing slash, prefixed model")
        << DI << u"https://api.deepinfra.com/v1/openai/"_s << u"deepinfra/Qwen/Qwen3-Reranker-8B"_s
        << u"https://api.deepinfra.com/v1/openai/chat/completions"_s
        << u"https://api.deepinfra.com/v1/openai/models"_s
        << u"https://api.deepinfra.com/v1/inference/Qwen/Qwen3-Reranker-8B"_s
        << u"https://api.deepinfra.com/models/list"_s;
    QTest::newRow("deepinfra-kind fake server with port")
        << DI << u"http://127.0.0.1:8123/v1/openai"_s << u"Qwen/Qwen3-Reranker-4B"_s
        << u"http://127.0.0.1:8123/v1/openai/chat/completions"_s
        << u"http://127.0.0.1:8123/v1/openai/models"_s
        << u"http://127.0.0.1:8123/v1/inference/Qwen/Qwen3-Reranker-4B"_s
        << u"http://127.0.0.1:8123/models/list"_s;
    QTest::newRow("openai proxy") << OA << u"http://localhost:4000/v1"_s
                                  << u"deepinfra/Qwen/Qwen3-Reranker-0.6B"_s
                                  << u"http://localhost:4000/v1/chat/completions"_s
                                  << u"http://localhost:4000/v1/models"_s
                                  << u"http://localhost:4000/v1/rerank"_s << QString();
    QTest::newRow("openai root with slash")
        << OA << u"https://proxy.example.org/"_s << u"m"_s
        << u"https://proxy.example.org/chat/completions"_s << u"https://proxy.example.org/models"_s
        << u"https://proxy.example.org/rerank"_s << QString();
}

void TestEndpoint::urls()
{
    QFETCH(Endpoint::Kind, kind);
    QFETCH(QString, base);
    QFETCH(QString, model);
    QFETCH(QString, chat);
    QFETCH(QString, models);
    QFETCH(QString, rerank);
    QFETCH(QString, modelsList);

    const Endpoint e = make(kind, base);
    QCOMPARE(e.chatUrl().toString(), chat);
    QCOMPARE(e.modelsUrl().toString(), models);
    QCOMPARE(e.rerankUrl(model).toString(), rerank);
    QCOMPARE(e.modelsListUrl().toString(), modelsList);
}

void TestEndpoint::defaults()
{
    const Endpoint e = Endpoint::deepInfra();
    QCOMPARE(e.kind, Endpoint::Kind::DeepInfra);
    QCOMPARE(e.baseUrl.toString(), u"https://api.deepinfra.com/v1/openai"_s);
    QCOMPARE(e.keyAccount(), e.name);
    QVERIFY(!e.isInsecure());
    QVERIFY(e.mayUseKey());
    QVERIFY(!e.isLoopback());
}

void TestEndpoint::security_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<bool>("loopback");
    QTest::addColumn<bool>("insecure");

    QTest::newRow("https remote") << u"https://api.deepinfra.com/v1/openai"_s << false << false;
    QTest::newRow("http remote") << u"http://api.example.com/v1"_s << false << true;
    QTest::newRow("http lan") << u"http://192.168.1.10:4000"_s << false << true;
    QTest::newRow("http localhost") << u"http://localhost:4000/v1"_s << true << false;
    QTest::newRow("http LOCALHOST") << u"http://LOCALHOST:4000/v1"_s << true << false;
    QTest::newRow("http 127.0.0.1") << u"http://127.0.0.1:8080"_s << true << false;
    QTest::newRow("http 127.1.2.3") << u"http://127.1.2.3"_s << true << false;
    QTest::newRow("http ::1") << u"http://[::1]:8080/v1"_s << true << false;
    QTest::newRow("http 128.0.0.1") << u"http://128.0.0.1"_s << false << true;
    QTest::newRow("http localhost.evil") << u"http://localhost.evil.com"_s << false << true;
    QTest::newRow("https loopback") << u"https://127.0.0.1:8443"_s << true << false;
}

void TestEndpoint::security()
{
    QFETCH(QString, base);
    QFETCH(bool, loopback);
    QFETCH(bool, insecure);

    Endpoint e = make(Endpoint::Kind::OpenAI, base);
    QCOMPARE(e.isLoopback(), loopback);
    QCOMPARE(e.isInsecure(), insecure);
    QCOMPARE(e.mayUseKey(), !insecure);
    e.insecureConsent = true;
    QVERIFY(e.mayUseKey());
}

void TestEndpoint::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << u"meta-llama/Meta-Llama-3-8B-Instruct"_s
                           << u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    QTest::newRow("litellm prefix") << u"deepinfra/meta-llama/Meta-Llama-3-8B-Instruct"_s
                                    << u"meta-llama/Meta-Llama-3-8B-Instruct"_s;
    QTest::newRow("spaces") << u"  deepinfra/Qwen/Qwen3-Reranker-0.6B "_s
                            << u"Qwen/Qwen3-Reranker-0.6B"_s;
    QTest::newRow("prefix only once") << u"deepinfra/deepinfra/x"_s << u"deepinfra/x"_s;
    QTest::newRow("other provider kept") << u"openai/gpt-4o"_s << u"openai/gpt-4o"_s;
}

void TestEndpoint::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normalizeModelId(input), expected);
}

void TestEndpoint::kindStrings()
{
    QCOMPARE(Endpoint::kindToString(Endpoint::Kind::DeepInfra), u"deepinfra"_s);
    QCOMPARE(Endpoint::kindToString(Endpoint::Kind::OpenAI), u"openai"_s);
    for (auto kind : { Endpoint::Kind::DeepInfra, Endpoint::Kind::OpenAI }) {
        Endpoint::Kind parsed
            = kind == Endpoint::Kind::OpenAI ? Endpoint::Kind::DeepInfra : Endpoint::Kind::OpenAI;
        QVERIFY(Endpoint::kindFromString(Endpoint::kindToString(kind), &parsed));
        QCOMPARE(parsed, kind);
    }
    Endpoint::Kind untouched = Endpoint::Kind::OpenAI;
    QVERIFY(!Endpoint::kindFromString(u"azure"_s, &untouched));
    QCOMPARE(untouched, Endpoint::Kind::OpenAI);
    QVERIFY(Endpoint::kindFromString(u" OpenAI "_s, &untouched));
}

// Issue 19 item 6: strip LiteLLM's prefix for DeepInfra only; a proxy gets its alias as typed.
void TestEndpoint::wireModelIdByKind()
{
    Endpoint deepInfra;
    QCOMPARE(deepInfra.wireModelId(u" deepinfra/Qwen/Qwen3-Reranker-0.6B "_s),
             u"Qwen/Qwen3-Reranker-0.6B"_s);
    QCOMPARE(deepInfra.rerankUrl(u"deepinfra/Qwen/Qwen3-Reranker-0.6B"_s).path(),
             u"/v1/inference/Qwen/Qwen3-Reranker-0.6B"_s);
    Endpoint proxy;
    proxy.kind = Endpoint::Kind::OpenAI;
    QCOMPARE(proxy.wireModelId(u" deepinfra/Qwen/Qwen3-Reranker-0.6B "_s),
             u"deepinfra/Qwen/Qwen3-Reranker-0.6B"_s);
}

QTEST_APPLESS_MAIN(TestEndpoint)
#include "tst_endpoint.moc"
