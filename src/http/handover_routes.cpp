// Handing an athlete a coach made over to the runner's own account (api.md §4, docs/http.md): the
// owning coach makes a code under /api/v1/athletes/{id}/handover, the runner accepts it under
// /api/v1/handovers/{code}/accept. The access log sees only the route's template, never the code.

#include "api_handlers.hpp"
#include "stride/service/handovers.hpp"

namespace stride::http {
namespace {

// POST /api/v1/athletes/{id}/handover (the owning coach): 201 {"code", "expires"}; replaces the
// athlete's earlier code.
Response create_handover(Call& call) {
  const auto athlete = path_id<core::AthleteId>(call.parameters, "id");
  if (!athlete) return error_response(athlete.error());
  const auto created =
      service::create_handover(call.store, call.context.secrets, call.account(), *athlete, call.now());
  if (!created) return error_response(created.error());
  return json_answer(Json{{"code", created->code}, {"expires", instant_text(created->expires)}}, 201);
}

// POST /api/v1/handovers/{code}/accept (runner): 200 {"athlete_id", "name", "coach": {"id",
// "display_name"}}.
Response accept_handover(Call& call) {
  const auto code = call.parameters.find("code");
  const auto accepted =
      service::accept_handover(call.store, call.context.secrets, call.account(), code->second, call.now());
  if (!accepted) return error_response(accepted.error());
  const auto athlete = call.store.find_athlete(accepted->athlete);
  if (!athlete) return error_response(athlete.error());
  const auto coach = call.store.find_account(accepted->coach);
  if (!coach) return error_response(coach.error());
  return json_answer(Json{{"athlete_id", accepted->athlete.value},
                          {"name", athlete->athlete.name},
                          {"coach", Json{{"id", coach->id.value}, {"display_name", coach->display_name}}}});
}

}  // namespace

void add_handover_routes(Router& router, const ApiContext& context) {
  // No body, or any JSON body (`{}`), which is not read.
  router.add("POST", "/api/v1/athletes/{id}/handover", api_handler(context, Access::SignedIn, create_handover),
             Body::JsonDocument);
  router.add("POST", "/api/v1/handovers/{code}/accept", api_handler(context, Access::SignedIn, accept_handover),
             Body::JsonDocument);
}

}  // namespace stride::http
