// Fuzz target for the HTTP layer: any bytes go through Beast's request parser with the server's
// limits, the server's own conversion to a Request, and the API's routes table. A request that
// parses is answered with api.md's documents: never a crash, never a 5xx, and every JSON answer is
// a JSON document. Seeded with requests to every route (scripts/fuzz.sh); a request with
// `Authorization: Bearer FUZZ` acts as a runner who owns athlete 1, on an in-memory store, and the
// path `/calendar/FUZZ.ics` names athlete 1's calendar feed (under a secret made afresh for that input).
#include <boost/beast/http.hpp>
#include <nlohmann/json.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "embedded_catalog.hpp"
#include "stride/archive/catalog_archive.hpp"
#include "stride/http/api.hpp"
#include "stride/importers/activity_file_decoder.hpp"
#include "stride/importers/fit_workout.hpp"
#include "stride/security/sodium_secrets.hpp"
#include "stride/service/accounts.hpp"
#include "stride/service/tokens.hpp"
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

// The bearer token that the fuzz inputs spell `FUZZ`: made at start-up for a runner account that
// owns athlete 1, so that a request `Authorization: Bearer FUZZ` reaches every athlete handler.
std::string& fuzz_token() {
  static std::string token;
  return token;
}

const stride::http::Router& router() {
  static const auto catalog = stride::archive::read_catalog(stride::app::embedded_catalog_archive());
  if (!catalog) std::abort();
  static const StoppedClock clock;
  static const auto stores = stride::service::StorePool::of_one(std::make_unique<stride::storage::MemoryStore>());
  static auto secrets = stride::security::SodiumSecrets::create(stride::security::PasswordCost::cheapest_for_tests());
  if (!secrets) std::abort();
  static stride::service::InMemorySignInLimiter limiter;
  static const stride::importers::ActivityFileDecoder files;
  static const stride::importers::FitWorkoutWriter workout_files;
  static const stride::http::Router table =
      stride::http::api_router({*catalog, clock, *stores, *secrets, limiter, files, workout_files});
  static const stride::http::Request athlete_request = [] {
    auto lease = stores->lease();
    auto& store = lease.store();
    const auto account = stride::service::sign_up(
        store, *secrets, {"fuzz@example.org", "fuzzing password", "Fuzz", stride::core::AccountRole::Runner},
        clock.now());
    if (!account) std::abort();
    const auto token = stride::service::create_token(store, *secrets, account->account, "fuzz", clock.now());
    if (!token) std::abort();
    fuzz_token() = token->token;
    // Athlete 1, created through the API itself as the fuzz runner.
    stride::http::Request create;
    create.method = "POST";
    create.path = "/api/v1/athletes";
    create.headers = {{"content-type", "application/json"}, {"authorization", "Bearer " + fuzz_token()}};
    create.body =
        R"({"name":"Fuzz","sex":"female","birth_year":1990,"body_mass_kg":60,"running":{"experience_years":2,)"
        R"("weekly_distance_km":20,"longest_run_km":10,"surface":"road"},"strength_experience":"none",)"
        R"("goal":{"event":"general"},"equipment":[],)"
        R"("availability":{"strength_sessions_per_week":2,"session_minutes":20,"days":["mon","thu"]}})";
    return create;
  }();
  static const bool created = table.dispatch(athlete_request).response.status == 201;
  if (!created) std::abort();
  return table;
}

// A new secret for athlete 1's calendar feed, as its path: made for each input that asks for
// `/calendar/FUZZ.ics`, since another input may have replaced or revoked the feed.
std::string fresh_feed_path(const stride::http::Router& table) {
  stride::http::Request feed;
  feed.method = "POST";
  feed.path = "/api/v1/athletes/1/calendar-feed";
  feed.headers = {{"host", "fuzz.invalid"}, {"authorization", "Bearer " + fuzz_token()}};
  const auto answer = table.dispatch(feed).response;
  const std::string prefix = "{\"url\":\"http://fuzz.invalid";
  if (answer.status != 201 || !answer.body.starts_with(prefix)) std::abort();
  return answer.body.substr(prefix.size(), answer.body.find('"', prefix.size()) - prefix.size());
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
  auto request = stride::http::request_from_wire(parser.release(), "127.0.0.1");
  const auto& table = router();
  for (auto& [name, value] : request.headers) {
    if (name == "authorization" && value == "Bearer FUZZ") value = "Bearer " + fuzz_token();
  }
  if (request.path == "/calendar/FUZZ.ics") request.path = fresh_feed_path(table);
  const auto dispatched = table.dispatch(request);
  if (dispatched.response.status < 200 || dispatched.response.status >= 500) std::abort();
  // A JSON answer not sent compressed is JSON.
  bool json = false;
  bool encoded = false;
  for (const auto& [name, value] : dispatched.response.headers) {
    json = json || (name == "Content-Type" && value == "application/json");
    encoded = encoded || name == "Content-Encoding";
  }
  const auto body = dispatched.response.body_text();
  if (json && !encoded && !body.empty() && !nlohmann::json::accept(body)) std::abort();
  return 0;
}
