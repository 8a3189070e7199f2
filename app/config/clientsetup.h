#pragma once

#include "api/chatstream.h"
#include "api/endpoint.h"

#include <QString>

class ApiClient;
class Config;

// The one place that turns settings into a configured ApiClient (issue 13): the endpoint, the
// request policy with the stall timeout from Settings, and the key (found by KeyRule through
// KeyStore::readFor). The GUI controller, every CLI command and Settings' connection test use it,
// so a setting cannot apply to one of them and not to the others.
namespace ClientSetup {

// The default policy with the stall timeout from Config (Settings → Stall timeout).
RequestPolicy policy(const Config &config);
// The default policy with this stall timeout in ms (<= 0 keeps the default).
RequestPolicy policy(int stallTimeoutMs);

// Points `client` at `endpoint` with `policy` and `key` (empty: none).
void configure(ApiClient *client, const Endpoint &endpoint, const RequestPolicy &policy,
               const QString &key = {});

} // namespace ClientSetup
