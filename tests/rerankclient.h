#pragma once

#include "api/apiclient.h"
#include "fakeserver.h"

#include <QUrl>

#include <memory>

// The client the rerank tests (tst_workbenchsession, tst_rerankworkbench, tst_evaluatetab) run
// against `server`: a DeepInfra-kind endpoint "Test" at its OpenAI-shaped base, key "test-key",
// one retry after milliseconds, a 10 s stall guard.
inline std::unique_ptr<ApiClient> makeRerankTestClient(const FakeServer &server)
{
    auto client = std::make_unique<ApiClient>();
    Endpoint endpoint;
    endpoint.name = QStringLiteral("Test");
    endpoint.kind = Endpoint::Kind::DeepInfra;
    endpoint.baseUrl = QUrl(server.baseUrl() + QStringLiteral("/v1/openai"));
    client->setEndpoint(endpoint);
    client->setApiKey(QStringLiteral("test-key"));
    RequestPolicy policy;
    policy.maxRetries = 1;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 20;
    policy.stallTimeoutMs = 10000;
    client->setPolicy(policy);
    return client;
}
