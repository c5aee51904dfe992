// Fuzz target for the HTTP layer: any bytes go through Beast's request parser with the server's
// limits, the server's own conversion to a Request, and the API's routes table. A request that
// parses is answered with api.md's documents: never a crash, never a 5xx, and every JSON answer is
// a JSON document. Seeded with requests to every route (scripts/fuzz.sh).
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "embedded_catalog.hpp"
#include "stride/archive/catalog_archive.hpp"
#include "stride/http/api.hpp"
#include "stride/importers/activity_file_decoder.hpp"
#include "stride/security/sodium_secrets.hpp"
#include "stride/storage/memory_store.hpp"
#include "wire_request.hpp"

namespace {

class StoppedClock final : public stride::service::Clock {
 public:
  [[nodiscard]] stride::core::Date today() const override {
    return stride::core::Date{std::chrono::year{2026} / 11 / 22};
  }
  [[nodiscard]] std::chrono::sys_seconds now() const override { return std::chrono::sys_days{today()}; }
};

const stride::http::Router& router() {
  static const auto catalog = stride::archive::read_catalog(stride::app::embedded_catalog_archive());
  if (!catalog) std::abort();
  static const StoppedClock clock;
  static const auto stores = stride::service::StorePool::of_one(std::make_unique<stride::storage::MemoryStore>());
  static auto secrets = stride::security::SodiumSecrets::create(stride::security::PasswordCost::cheapest_for_tests());
  if (!secrets) std::abort();
  static stride::service::InMemorySignInLimiter limiter;
  static const stride::importers::ActivityFileDecoder files;
  static const stride::http::Router table =
      stride::http::api_router({*catalog, clock, *stores, *secrets, limiter, files});
  return table;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  namespace wire = boost::beast::http;
  wire::request_parser<wire::string_body> parser;
  parser.header_limit(16 * 1024);
  parser.body_limit(1024 * 1024);
  parser.eager(true);
  boost::beast::error_code error;
  parser.put(boost::asio::buffer(data, size), error);
  if (!error && !parser.is_done()) parser.put_eof(error);
  if (error || !parser.is_done()) return 0;
  const auto request = stride::http::request_from_wire(parser.release(), "127.0.0.1");
  const auto dispatched = router().dispatch(request);
  if (dispatched.response.status < 200 || dispatched.response.status >= 500) std::abort();
  for (const auto& [name, value] : dispatched.response.headers) {
    if (name == "Content-Type" && value == "application/json" && !dispatched.response.body.empty() &&
        !nlohmann::json::accept(dispatched.response.body)) {
      std::abort();
    }
  }
  return 0;
}
