#pragma once

#include <string>

#include "stride/core/activity_file_reader.hpp"
#include "stride/core/workout_file_writer.hpp"
#include "stride/core/secrets.hpp"
#include "stride/http/router.hpp"
#include "stride/service/catalog.hpp"
#include "stride/service/clock.hpp"
#include "stride/service/sign_in_limiter.hpp"
#include "stride/service/store_pool.hpp"

namespace stride::http {

// What the API's handlers use, created once by the composition root and shared by every worker
// thread: the validated catalog and the clock (read-only), the pool that lends each request a
// store of its own, the secrets port (tokens, password hashes), the sign-in rate limit, and the
// reader of uploaded activity files. All are thread-safe. `secure_cookies` puts `Secure` on the
// session cookie (the server is reached over https: --public-url https://...). `public_url` is the
// URL the server is reached at from outside, without a trailing '/' (--public-url), used for the
// calendar feed's URL; when empty, that URL is made from the request's Host header over http.
struct ApiContext {
  const service::Catalog& catalog;
  const service::Clock& clock;
  service::StorePool& stores;
  core::Secrets& secrets;
  service::SignInLimiter& sign_in_limiter;
  const core::ActivityFileReader& activity_files;
  const core::WorkoutFileWriter& workout_files;
  bool secure_cookies = false;
  std::string public_url{};
};

// The routes table of api.md: every endpoint with its method, path template, body kind and
// handler. The router keeps a copy of `context`, whose referents must outlive it.
[[nodiscard]] Router api_router(const ApiContext& context);

}  // namespace stride::http
