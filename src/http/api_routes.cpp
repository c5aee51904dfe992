// The one table of the API's routes (api.md). Each handler parses, calls the service layer and
// encodes; none holds a training rule or touches the socket.

#include <string>
#include <vector>

#include "query_parameters.hpp"
#include "stride/http/api.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/service/exercises.hpp"

namespace stride::http {
namespace {

Response health(const Request&, const PathParameters&) { return json_response("{\"status\":\"ok\"}\n"); }

// GET /api/v1/exercises[?pattern=P&equipment=E1,E2]: stride.exercises.v1, filtered as `stride
// exercises` filters.
Response exercises(const ApiContext& context, const Request& request) {
  const auto parameters = parse_query(request.query);
  if (!parameters) return error_response(parameters.error());
  const auto pattern = query_value(*parameters, "pattern");
  const auto equipment = query_list(*parameters, "equipment");
  auto query = service::exercise_query(pattern.value_or(""), equipment);
  if (!query) return error_response(query.error());
  return json_response(json::encode_exercises(service::find_exercises(context.catalog, *query)));
}

}  // namespace

Router api_router(const ApiContext& context) {
  Router router;
  router.add("GET", "/healthz", health);
  router.add("GET", "/api/v1/exercises",
             [context](const Request& request, const PathParameters&) { return exercises(context, request); });
  return router;
}

}  // namespace stride::http
