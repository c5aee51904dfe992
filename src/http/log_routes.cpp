// The routes of a runner's log (api.md §4): activities, activity files and pain. The owner writes,
// a coach reads.

#include "api_handlers.hpp"
#include "log_json.hpp"
#include "query_parameters.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/json/import_encoder.hpp"
#include "stride/service/athlete_records.hpp"
#include "stride/service/recordings.hpp"

namespace stride::http {
namespace {

using service::AthleteAction;

// The optional dates `from` and `to` of the query (InvalidInput naming the parameter).
core::Result<std::pair<std::optional<core::Date>, std::optional<core::Date>>> date_range(const Request& request) {
  STRIDE_TRY(const auto parameters, parse_query(request.query));
  std::pair<std::optional<core::Date>, std::optional<core::Date>> range;
  for (const auto& [name, bound] : {std::pair{"from", &range.first}, std::pair{"to", &range.second}}) {
    if (const auto text = query_value(parameters, name)) {
      *bound = core::parse_iso_date(*text);
      if (!*bound) return std::unexpected(core::invalid_field(name, "must be a date of the form YYYY-MM-DD"));
    }
  }
  return range;
}

// POST /activities: 201 the stored activity; 200 the one stored before with the same client_id.
Response post_activity(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WriteLog);
  if (!athlete) return error_response(athlete.error());
  const auto activity = documents::decode_log_activity(call.request.body, "request body");
  if (!activity) return error_response(activity.error());
  const auto logged = service::log_activity(call.context.catalog, call.store, *athlete, *activity,
                                            call.context.clock.today());
  if (!logged) return error_response(logged.error());
  return json_answer(activity_json(logged->stored), logged->created ? 201 : 200);
}

// GET /activities[?from&to]: {"activities": [...]}, by date, then id.
Response list_activities(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto range = date_range(call.request);
  if (!range) return error_response(range.error());
  const auto records = call.store.activity_records(*athlete, range->first, range->second);
  if (!records) return error_response(records.error());
  Json list = Json::array();
  for (const auto& record : *records) list.push_back(activity_json(record));
  return json_answer(Json{{"activities", std::move(list)}});
}

// PATCH /activities/{activity_id} {"rpe"} (the command line's `log rate`): 200 the activity as
// stored, its load now RPE × minutes; 404 for an activity the athlete does not have.
Response rate_activity(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WriteLog);
  if (!athlete) return error_response(athlete.error());
  const auto activity = path_id<core::ActivityId>(call.parameters, "activity_id");
  if (!activity) return error_response(activity.error());
  const auto rpe = [&]() -> core::Result<double> {
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"rpe"}));
    STRIDE_TRY(const auto field, root.required("rpe"));
    return field.number(0, 10);
  }();
  if (!rpe) return error_response(rpe.error());
  const auto rated = service::rate_logged_activity(call.store, *athlete, *activity, *rpe);
  if (!rated) return error_response(rated.error());
  return json_answer(activity_json(*rated));
}

// POST /pain: 201 the stored entry; 200 the one stored before with the same client_id.
Response post_pain(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WriteLog);
  if (!athlete) return error_response(athlete.error());
  const auto report = documents::decode_log_pain_report(call.request.body, "request body");
  if (!report) return error_response(report.error());
  const auto logged = service::log_pain_report(call.context.catalog, call.store, *athlete, *report,
                                               call.context.clock.today());
  if (!logged) return error_response(logged.error());
  return json_answer(pain_json(logged->stored), logged->created ? 201 : 200);
}

// GET /pain[?from&to]: {"pain": [...]}, by date, then as logged.
Response list_pain(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto range = date_range(call.request);
  if (!range) return error_response(range.error());
  const auto log = call.store.training_log(*athlete, range->first, range->second);
  if (!log) return error_response(log.error());
  Json list = Json::array();
  for (const auto& report : log->pain) list.push_back(pain_json(report));
  return json_answer(Json{{"pain", std::move(list)}});
}

// POST /activities/files (raw FIT, GPX or TCX): 201 stride.import.v1 plus "activity_ids"; 400 for a
// file that cannot be read or cannot be true; 409 for a file or run stored already.
Response post_activity_file(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WriteLog);
  if (!athlete) return error_response(athlete.error());
  const auto& body = call.request.body;
  const std::span<const std::uint8_t> bytes(reinterpret_cast<const std::uint8_t*>(body.data()), body.size());
  std::vector<service::DecodedActivityFile> files;
  files.push_back(service::decode_activity_file(call.context.activity_files, "upload", bytes));
  if (!files.front().decoded) return error_response(files.front().decoded.error());
  service::ImportOptions options;
  options.garmin_exercises = call.context.catalog.garmin_exercises;
  const auto imported = service::import_decoded_files(call.store, *athlete, files, options,
                                                      call.context.catalog.world_records, call.context.clock.today());
  if (!imported) return error_response(imported.error());
  if (imported->stored.files.empty()) return error_response(404, "not_found", "nothing was imported");
  const auto& result = imported->stored.files.front();
  switch (result.outcome) {
    case service::RecordingOutcome::Stored: break;
    case service::RecordingOutcome::SameFile:
      return error_response(409, "conflict", "this file is already imported");
    case service::RecordingOutcome::SameRun:
      return error_response(409, "conflict", "another recording of this run is already imported");
    case service::RecordingOutcome::Refused:
      return error_response(core::make_error(core::ErrorCode::InvalidInput, result.problem));
  }
  Json answer = Json::parse(json::encode_activity_import(files, call.context.catalog.garmin_exercises));
  Json ids = Json::array();
  if (result.activity_id) ids.push_back(result.activity_id->value);
  answer["activity_ids"] = std::move(ids);
  return json_answer(answer, 201);
}

}  // namespace

void add_log_routes(Router& router, const ApiContext& context) {
  const auto reader = [&context](CallHandler handler) { return api_handler(context, Access::SignedIn, std::move(handler)); };
  router.add("POST", "/api/v1/athletes/{id}/activities", reader(post_activity), Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}/activities", reader(list_activities));
  router.add("PATCH", "/api/v1/athletes/{id}/activities/{activity_id}", reader(rate_activity), Body::JsonDocument);
  router.add("POST", "/api/v1/athletes/{id}/activities/files", reader(post_activity_file), Body::Bytes);
  router.add("POST", "/api/v1/athletes/{id}/pain", reader(post_pain), Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}/pain", reader(list_pain));
}

}  // namespace stride::http
