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

// The client the job tests (tst_rerankjob, tst_embeddings, tst_evalrunner) run against a fake
// server: key "test-key", retries after 10 to 40 ms, a 10 s stall guard. pointAt() gives it its
// endpoint.
inline std::unique_ptr<ApiClient> makeJobTestClient()
{
    auto client = std::make_unique<ApiClient>();
    client->setApiKey(QStringLiteral("test-key"));
    RequestPolicy policy;
    policy.backoffBaseMs = 10;
    policy.backoffMaxMs = 40;
    policy.stallTimeoutMs = 10000;
    client->setPolicy(policy);
    return client;
}

// Points `client` at `server` as the endpoint "Fake" of `kind`: a DeepInfra one at the server's
// OpenAI-shaped base, an OpenAI-compatible one at its root.
inline void pointAt(ApiClient *client, const FakeServer &server, Endpoint::Kind kind)
{
    Endpoint endpoint;
    endpoint.name = QStringLiteral("Fake");
    endpoint.kind = kind;
    endpoint.baseUrl
        = QUrl(server.baseUrl()
               + (kind == Endpoint::Kind::DeepInfra ? QStringLiteral("/v1/openai") : QString()));
    client->setEndpoint(endpoint);
}
