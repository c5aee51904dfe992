// The one table of the API's routes (api.md). Each handler parses, calls the service layer and
// encodes; none holds a training rule or touches the socket.

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "answer_cache.hpp"
#include "api_handlers.hpp"
#include "openapi.hpp"
#include "query_parameters.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/http/api.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/service/exercises.hpp"

namespace stride::http {
namespace {

Response health(const Request&, const PathParameters&) { return json_response("{\"status\":\"ok\"}\n"); }

// GET /readyz: 200 {"status": "ready", "schema_version": N} when the database answers and records
// the schema this program writes; else 503, so a load balancer sends requests to another server
// (the database cannot be reached, or a newer Stride has moved its schema on since this one started).
Response readiness(Call& call) {
  const auto versions = call.store.schema_versions();
  if (!versions) return error_response(503, "not_ready", "the database cannot be reached: " + versions.error().message);
  if (versions->recorded != versions->known) {
    return error_response(503, "not_ready",
                          "the database records schema version " + std::to_string(versions->recorded) +
                              " and this program writes version " + std::to_string(versions->known));
  }
  return json_response("{\"status\":\"ready\",\"schema_version\":" + std::to_string(versions->recorded) + "}\n");
}

// The exercise lists that need no equipment filter, encoded once: the catalog never changes while
// the server runs. Index 0 is the whole library, index 1 + p the pattern p.
class EncodedExerciseLists {
 public:
  explicit EncodedExerciseLists(const service::Catalog& catalog) {
    m_lists.push_back(kept_answer(json::encode_exercises(service::find_exercises(catalog, {}))));
    for (const auto pattern : core::enum_values<core::Pattern>()) {
      m_lists.push_back(kept_answer(json::encode_exercises(service::find_exercises(catalog, {pattern, std::nullopt}))));
    }
  }
  [[nodiscard]] const std::shared_ptr<const KeptAnswer>& list(std::optional<core::Pattern> pattern) const {
    return m_lists[pattern ? 1 + static_cast<std::size_t>(*pattern) : 0];
  }

 private:
  std::vector<std::shared_ptr<const KeptAnswer>> m_lists;
};

// GET /api/v1/exercises[?pattern=P&equipment=E1,E2]: stride.exercises.v1, filtered as `stride
// exercises` filters.
Response exercises(const ApiContext& context, const EncodedExerciseLists& encoded, const Request& request) {
  const auto parameters = parse_query(request.query);
  if (!parameters) return error_response(parameters.error());
  const auto pattern = query_value(*parameters, "pattern");
  const auto equipment = query_list(*parameters, "equipment");
  auto query = service::exercise_query(pattern.value_or(""), equipment);
  if (!query) return error_response(query.error());
  if (!query->equipment) return response_of(request, encoded.list(query->pattern));
  return json_response(json::encode_exercises(service::find_exercises(context.catalog, *query)));
}

}  // namespace

Router api_router(const ApiContext& context) {
  Router router;
  router.add("GET", "/healthz", health);
  router.add("GET", "/readyz", api_handler(context, Access::Anyone, readiness));
  router.add("GET", "/api/v1/openapi.json",
             [](const Request&, const PathParameters&) { return json_response(std::string(openapi_document())); });
  auto encoded = std::make_shared<const EncodedExerciseLists>(context.catalog);
  router.add("GET", "/api/v1/exercises", [context, encoded](const Request& request, const PathParameters&) {
    return exercises(context, *encoded, request);
  });
  add_account_routes(router, context);
  add_athlete_routes(router, context);
  add_log_routes(router, context);
  add_coach_routes(router, context);
  add_calendar_feed_routes(router, context);
  add_plan_change_routes(router, context);
  add_handover_routes(router, context);
  add_note_routes(router, context);
  return router;
}

}  // namespace stride::http
