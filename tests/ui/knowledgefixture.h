#pragma once

#include "api/apiclient.h"
#include "fakeserver.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

// What the knowledge widget tests (tst_knowledgepanel, tst_knowledgechat) start from.
namespace KnowledgeFixture {

// docs/orchard.md and docs/engines.txt in `dir`: the two files the tests' collection indexes.
// Fails the current test when they cannot be written.
inline void writeDocs(const QTemporaryDir &dir)
{
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("docs")));
    QFile orchard(dir.filePath(QStringLiteral("docs/orchard.md")));
    QVERIFY(orchard.open(QIODevice::WriteOnly));
    orchard.write("# Orchard\n\nPrune apple trees in late winter.\n");
    orchard.close();
    QFile engines(dir.filePath(QStringLiteral("docs/engines.txt")));
    QVERIFY(engines.open(QIODevice::WriteOnly));
    engines.write("Diesel engines need clean fuel filters.\n");
    engines.close();
}

// A client of `server` (its OpenAI-shaped base, key "k") whose retries wait only milliseconds.
inline std::unique_ptr<ApiClient> makeClient(const FakeServer &server)
{
    auto client = std::make_unique<ApiClient>();
    client->setApiKey(QStringLiteral("k"));
    Endpoint endpoint;
    endpoint.baseUrl = QUrl(server.baseUrl() + QStringLiteral("/v1/openai"));
    client->setEndpoint(endpoint);
    RequestPolicy policy;
    policy.backoffBaseMs = 5;
    policy.backoffMaxMs = 10;
    client->setPolicy(policy);
    return client;
}

} // namespace KnowledgeFixture
