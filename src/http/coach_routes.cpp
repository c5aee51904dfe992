// The routes between coaches and runners (api.md §4): invitations, revoking a coach, the roster.

#include "api_handlers.hpp"
#include "log_json.hpp"
#include "stride/service/coaching.hpp"
#include "stride/service/roster.hpp"

namespace stride::http {
namespace {

// POST /api/v1/invitations (coach): 201 {"code", "expires"}.
Response create_invitation(Call& call) {
  const auto created = service::create_invitation(call.store, call.context.secrets, call.account(), call.now());
  if (!created) return error_response(created.error());
  return json_answer(Json{{"code", created->code}, {"expires", instant_text(created->expires)}}, 201);
}

// POST /api/v1/invitations/{code}/accept {"athlete_id"} (runner): 200 {"athlete_id", "coach":
// {"id", "display_name"}}.
Response accept_invitation(Call& call) {
  auto athlete = [&]() -> core::Result<core::AthleteId> {
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"athlete_id"}));
    STRIDE_TRY(const auto field, root.required("athlete_id"));
    STRIDE_TRY(const int id, field.integer(1, std::numeric_limits<int>::max()));
    return core::AthleteId{id};
  }();
  if (!athlete) return error_response(athlete.error());
  const auto code = call.parameters.find("code");
  const auto coach = service::accept_invitation(call.store, call.context.secrets, call.account(), code->second,
                                                *athlete, call.now());
  if (!coach) return error_response(coach.error());
  const auto account = call.store.find_account(*coach);
  if (!account) return error_response(account.error());
  return json_answer(Json{{"athlete_id", athlete->value},
                          {"coach", Json{{"id", account->id.value}, {"display_name", account->display_name}}}});
}

// GET /api/v1/athletes/{id}/coaches (owner): {"coaches": [{"account_id", "display_name"}]} by
// account id, the coaches the owner may revoke.
Response list_coaches(Call& call) {
  const auto athlete = authorized_athlete(call, service::AthleteAction::ManageCoaches);
  if (!athlete) return error_response(athlete.error());
  const auto coaches = service::coaches_of(call.store, *athlete);
  if (!coaches) return error_response(coaches.error());
  Json list = Json::array();
  for (const auto& coach : *coaches) {
    list.push_back(Json{{"account_id", coach.id.value}, {"display_name", coach.display_name}});
  }
  return json_answer(Json{{"coaches", std::move(list)}});
}

// DELETE /api/v1/athletes/{id}/coaches/{account_id} (owner): 204.
Response revoke_coach(Call& call) {
  const auto athlete = path_id<core::AthleteId>(call.parameters, "id");
  if (!athlete) return error_response(athlete.error());
  const auto coach = path_id<core::AccountId>(call.parameters, "account_id");
  if (!coach) return error_response(coach.error());
  if (auto status = service::revoke_coach(call.store, call.account(), *athlete, *coach); !status) {
    return error_response(status.error());
  }
  return no_content();
}

Json optional_number(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

// GET /api/v1/roster (coach): {"athletes": [{"id", "name", "owner", "next_race", "phase",
// "compliance_7d", "compliance_28d", "flags", "last_activity", "worst_flag", "week_sessions":
// {"planned", "done"}, "latest_pain", "attention"}]}.
Response roster(Call& call) {
  const auto entries = service::roster(call.context.catalog, call.store, call.account(), call.context.clock.today());
  if (!entries) return error_response(entries.error());
  Json list = Json::array();
  for (const auto& entry : *entries) {
    Json item{{"id", entry.athlete.id.value}, {"name", entry.athlete.name}, {"owner", entry.athlete.owner}};
    item["next_race"] = entry.next_race ? Json{{"date", core::format_iso_date(entry.next_race->date)},
                                               {"event", std::string(core::enum_name(entry.next_race->event))}}
                                        : Json(nullptr);
    item["phase"] = entry.phase ? Json(std::string(core::enum_name(*entry.phase))) : Json(nullptr);
    item["compliance_7d"] = optional_number(entry.compliance_7d);
    item["compliance_28d"] = optional_number(entry.compliance_28d);
    item["flags"] = entry.flags;
    item["last_activity"] = entry.last_activity ? Json(core::format_iso_date(*entry.last_activity)) : Json(nullptr);
    item["worst_flag"] = entry.worst_flag ? Json(std::string(core::enum_name(*entry.worst_flag))) : Json(nullptr);
    item["week_sessions"] = Json{{"planned", entry.week_sessions_planned}, {"done", entry.week_sessions_done}};
    item["latest_pain"] = entry.latest_pain ? pain_json(*entry.latest_pain) : Json(nullptr);
    Json attention = Json::array();
    for (const auto reason : entry.attention) attention.push_back(std::string(core::enum_name(reason)));
    item["attention"] = std::move(attention);
    list.push_back(std::move(item));
  }
  return json_answer(Json{{"athletes", std::move(list)}});
}

}  // namespace

void add_coach_routes(Router& router, const ApiContext& context) {
  // No body, or any JSON body (`{}`), which is not read.
  router.add("POST", "/api/v1/invitations", api_handler(context, Access::SignedIn, create_invitation), Body::Json);
  router.add("POST", "/api/v1/invitations/{code}/accept", api_handler(context, Access::SignedIn, accept_invitation),
             Body::Json);
  router.add("GET", "/api/v1/athletes/{id}/coaches", api_handler(context, Access::SignedIn, list_coaches));
  router.add("DELETE", "/api/v1/athletes/{id}/coaches/{account_id}", api_handler(context, Access::SignedIn, revoke_coach));
  router.add("GET", "/api/v1/roster", api_handler(context, Access::SignedIn, roster));
}

}  // namespace stride::http
