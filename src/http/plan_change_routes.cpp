// Shaping the current plan (docs/http.md "Plan changes"): POST and GET
// /api/v1/athletes/{id}/plans/current/changes, and the exercises an item may be swapped for at
// /api/v1/athletes/{id}/plans/current/sessions/{date}/{index}/swaps?exercise=ID. Owner and coach
// (AthleteAction::WritePlan to change, Read to read).

#include <charconv>

#include "api_handlers.hpp"
#include "log_json.hpp"
#include "document_versions.hpp"
#include "query_parameters.hpp"
#include "stride/service/plan_changes.hpp"

namespace stride::http {
namespace {

using service::AthleteAction;

core::Result<core::SessionPlace> session_place(const documents::Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"date", "index"}));
  STRIDE_TRY(const auto date_field, field.required("date"));
  STRIDE_TRY(const auto index_field, field.required("index"));
  core::SessionPlace place;
  STRIDE_TRY(place.date, date_field.date());
  STRIDE_TRY(place.index, index_field.integer(0, 99));
  return place;
}

template <class T, class Read>
core::Status read_optional(const documents::Field& object, std::string_view key, std::optional<T>& target, Read read) {
  STRIDE_TRY(const auto field, object.optional(key));
  if (!field) return {};
  STRIDE_TRY(target, read(*field));
  return {};
}

// The change a request body asks for: {"kind", "session": {"date", "index"}, "reason", and by
// kind "to", "exercise", "replacement", "dose": {"sets", "reps", "hold_s", "contacts", "load_kg"}}.
core::Result<core::PlanChange> change_of(const documents::Document& document) {
  const auto root = documents::Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"kind", "session", "reason", "to", "exercise", "replacement", "dose"}));
  core::PlanChange change;
  STRIDE_TRY(const auto kind, root.required("kind"));
  STRIDE_TRY(change.kind, kind.enumeration<core::PlanChangeKind>());
  STRIDE_TRY(const auto session, root.required("session"));
  STRIDE_TRY(change.session, session_place(session));
  STRIDE_TRY(const auto reason, root.required("reason"));
  STRIDE_TRY(change.reason, reason.text(4 * service::kPlanChangeReasonMaximum));
  STRIDE_TRY_STATUS(read_optional(root, "to", change.to, [](const documents::Field& field) { return field.date(); }));
  std::optional<std::string> exercise;
  std::optional<std::string> replacement;
  STRIDE_TRY_STATUS(read_optional(root, "exercise", exercise, [](const documents::Field& field) { return field.text(100); }));
  STRIDE_TRY_STATUS(
      read_optional(root, "replacement", replacement, [](const documents::Field& field) { return field.text(100); }));
  change.exercise = exercise.value_or("");
  change.replacement = replacement.value_or("");
  STRIDE_TRY(const auto dose, root.optional("dose"));
  if (dose) {
    STRIDE_TRY_STATUS(dose->allow_only({"sets", "reps", "hold_s", "contacts", "load_kg"}));
    const auto whole = [](const documents::Field& field) { return field.integer(-1000000, 1000000); };
    STRIDE_TRY_STATUS(read_optional(*dose, "sets", change.dose.sets, whole));
    STRIDE_TRY_STATUS(read_optional(*dose, "reps", change.dose.reps, whole));
    STRIDE_TRY_STATUS(read_optional(*dose, "hold_s", change.dose.hold_seconds, whole));
    STRIDE_TRY_STATUS(read_optional(*dose, "contacts", change.dose.contacts, whole));
    STRIDE_TRY_STATUS(read_optional(*dose, "load_kg", change.dose.load_kg,
                                    [](const documents::Field& field) { return field.number(-1e6, 1e6); }));
  }
  return change;
}

// POST: 201 {"change", "plan_id"}.
Response post_change(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WritePlan);
  if (!athlete) return error_response(athlete.error());
  const auto document = body_document(call.request);
  if (!document) return error_response(document.error());
  auto change = change_of(*document);
  if (!change) return error_response(change.error());
  const auto expected = expected_plan(call.request);
  if (!expected) return error_response(expected.error());
  const auto made = service::change_plan(call.context.catalog, call.store, call.account(), *athlete,
                                         std::move(*change), call.now(), call.context.clock.today(), *expected);
  if (!made) return plan_write_refused(call.store, *athlete, made.error());
  Response response = json_answer(Json{{"change", plan_change_json(made->record)}, {"plan_id", made->plan.value}}, 201);
  response.set_header("ETag", plan_entity_tag(made->plan));
  return response;
}

// GET: {"changes": [...]}, oldest first.
Response list_changes(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto records = call.store.plan_changes(*athlete);
  if (!records) return error_response(records.error());
  Json list = Json::array();
  for (const auto& record : *records) list.push_back(plan_change_json(record));
  return json_answer(Json{{"changes", std::move(list)}});
}

std::string_view relation_name(planning::SwapRelation relation) {
  switch (relation) {
    case planning::SwapRelation::Easier: return "easier";
    case planning::SwapRelation::Alternative: return "alternative";
    case planning::SwapRelation::Harder: return "harder";
  }
  return "alternative";
}

// GET .../sessions/{date}/{index}/swaps?exercise=ID: {"exercise", "options": [{"id", "name", "level",
// "relation"}]}.
Response swap_choices(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto date = core::parse_iso_date(call.parameters.at("date"));
  const std::string& index_text = call.parameters.at("index");
  int index = -1;
  const auto [end, problem] = std::from_chars(index_text.data(), index_text.data() + index_text.size(), index);
  if (!date || problem != std::errc() || end != index_text.data() + index_text.size() || index < 0) {
    return error_response(404, "not_found", "no such session: expected /sessions/YYYY-MM-DD/N/swaps");
  }
  const auto parameters = parse_query(call.request.query);
  if (!parameters) return error_response(parameters.error());
  const auto exercise = query_value(*parameters, "exercise");
  if (!exercise || exercise->empty()) return error_response(core::invalid_field("exercise", "required: the item's exercise id"));
  const auto options = service::plan_swap_options(call.context.catalog, call.store, *athlete, {*date, index},
                                                  *exercise, call.context.clock.today());
  if (!options) return error_response(options.error());
  Json list = Json::array();
  for (const auto& option : *options) {
    list.push_back(Json{{"id", option.exercise->id},
                        {"name", option.exercise->name},
                        {"level", option.exercise->level},
                        {"relation", relation_name(option.relation)}});
  }
  return json_answer(Json{{"exercise", std::string(*exercise)}, {"options", std::move(list)}});
}

}  // namespace

void add_plan_change_routes(Router& router, const ApiContext& context) {
  const auto signed_in = [&context](CallHandler handler) { return api_handler(context, Access::SignedIn, std::move(handler)); };
  router.add("POST", "/api/v1/athletes/{id}/plans/current/changes", signed_in(post_change), Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}/plans/current/changes", signed_in(list_changes));
  router.add("GET", "/api/v1/athletes/{id}/plans/current/sessions/{date}/{index}/swaps", signed_in(swap_choices));
}

}  // namespace stride::http
