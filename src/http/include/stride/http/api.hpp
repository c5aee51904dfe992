#pragma once

#include "stride/http/router.hpp"
#include "stride/service/catalog.hpp"
#include "stride/service/clock.hpp"

namespace stride::http {

// What the API's handlers use: the validated catalog and the clock, created once by the
// composition root and shared by every worker thread (read-only). The store and the accounts
// join here as their endpoints arrive.
struct ApiContext {
  const service::Catalog& catalog;
  const service::Clock& clock;
};

// The routes table of api.md: every endpoint with its method, path template, body kind and
// handler. The router keeps a copy of `context`, whose catalog and clock must outlive it.
[[nodiscard]] Router api_router(const ApiContext& context);

}  // namespace stride::http
