#pragma once

#include "stride/http/router.hpp"
#include "stride/service/catalog.hpp"
#include "stride/service/clock.hpp"
#include "stride/service/store_pool.hpp"

namespace stride::http {

// What the API's handlers use, created once by the composition root and shared by every worker
// thread: the validated catalog and the clock (read-only), and the pool that lends each request a
// store of its own. The accounts join here as their endpoints arrive.
struct ApiContext {
  const service::Catalog& catalog;
  const service::Clock& clock;
  service::StorePool& stores;
};

// The routes table of api.md: every endpoint with its method, path template, body kind and
// handler. The router keeps a copy of `context`, whose catalog and clock must outlive it.
[[nodiscard]] Router api_router(const ApiContext& context);

}  // namespace stride::http
