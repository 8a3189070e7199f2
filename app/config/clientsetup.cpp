#include "clientsetup.h"

#include "api/apiclient.h"
#include "config.h"

namespace ClientSetup {

RequestPolicy policy(int stallTimeoutMs)
{
    RequestPolicy result;
    if (stallTimeoutMs > 0)
        result.stallTimeoutMs = stallTimeoutMs;
    return result;
}

RequestPolicy policy(const Config &config)
{
    return policy(config.get(Config::StallTimeoutMs).toInt());
}

void configure(ApiClient *client, const Endpoint &endpoint, const RequestPolicy &policy,
               const QString &key)
{
    client->setEndpoint(endpoint);
    client->setPolicy(policy);
    client->setApiKey(key);
}

} // namespace ClientSetup
