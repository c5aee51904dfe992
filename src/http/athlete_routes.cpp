// The routes of athletes and what coach and runner both write (api.md §4): the athlete document,
// running calendar, assessments, plans and a session of the plan as a watch workout, status, load
// and export. Log entries are in log_routes.cpp.

#include <fmt/format.h>

#include <charconv>
#include <functional>
#include <memory>

#include "answer_cache.hpp"
#include "api_handlers.hpp"
#include "document_versions.hpp"
#include "log_json.hpp"
#include "query_parameters.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/json/load_encoder.hpp"
#include "stride/json/output_encoders.hpp"
#include "stride/json/status_encoder.hpp"
#include "stride/service/assess.hpp"
#include "stride/service/athlete_records.hpp"
#include "stride/service/athletes.hpp"
#include "stride/service/coaching.hpp"
#include "stride/service/status.hpp"
#include "stride/service/training_log.hpp"
#include "stride/service/watch_workout.hpp"

namespace stride::http {
namespace {

using service::AthleteAction;

// What the reads of status, load and the current plan keep of their answers, for all athletes.
constexpr std::size_t kKeptAnswerBytes = 64 * 1024 * 1024;

// {"id", "athlete": the contract §3.1 document}.
Json athlete_answer(core::AthleteId id, const core::Athlete& athlete) {
  Json answer;
  answer["id"] = id.value;
  answer["athlete"] = Json::parse(documents::encode_athlete_document(athlete));
  return answer;
}

// GET /api/v1/athletes: {"athletes": [{"id", "name", "owner"}]}, by id.
Response list_athletes(Call& call) {
  const auto athletes = service::visible_athletes(call.store, call.account());
  if (!athletes) return error_response(athletes.error());
  Json list = Json::array();
  for (const auto& athlete : *athletes) {
    list.push_back(Json{{"id", athlete.id.value}, {"name", athlete.name}, {"owner", athlete.owner}});
  }
  return json_answer(Json{{"athletes", std::move(list)}});
}

// POST /api/v1/athletes: 201 {"id", "athlete"}, owned by the caller.
Response create_athlete(Call& call) {
  const auto athlete = documents::decode_athlete(call.request.body, "request body");
  if (!athlete) return error_response(athlete.error());
  const auto id = service::add_athlete_for(call.store, call.account(), *athlete);
  if (!id) return error_response(id.error());
  return json_answer(athlete_answer(*id, *athlete), 201);
}

std::string athlete_tag(const core::Athlete& athlete) {
  return content_entity_tag("athlete", documents::encode_athlete_document(athlete));
}

std::string calendar_tag(const core::RunningCalendar& calendar) {
  return content_entity_tag("calendar", documents::encode_running_calendar_document(calendar));
}

// `answer` with `tag` as its ETag.
Response tagged(Response answer, const std::string& tag) {
  answer.set_header("ETag", tag);
  return answer;
}

Response read_athlete(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto record = call.store.find_athlete(*athlete);
  if (!record) return error_response(record.error());
  return tagged(json_answer(athlete_answer(record->id, record->athlete)), athlete_tag(record->athlete));
}

// PUT /athletes/{id}; with If-Match, only over the profile of that version (409 otherwise).
Response replace_athlete(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WriteAthlete);
  if (!athlete) return error_response(athlete.error());
  const auto expected = expected_tag(call.request, "athlete");
  if (!expected) return error_response(expected.error());
  const auto document = documents::decode_athlete(call.request.body, "request body");
  if (!document) return error_response(document.error());
  service::StillCurrent<core::Athlete> still_current;
  if (*expected) still_current = [&](const core::Athlete& stored) { return athlete_tag(stored) == **expected; };
  if (auto status = service::update_athlete_if(call.store, *athlete, *document, still_current); !status) {
    if (status.error().code != core::ErrorCode::Conflict) return error_response(status.error());
    const auto stored = call.store.find_athlete(*athlete);
    if (!stored) return error_response(stored.error());
    return version_conflict_response(status.error(), athlete_tag(stored->athlete));
  }
  return tagged(json_answer(athlete_answer(*athlete, *document)), athlete_tag(*document));
}

Response delete_athlete(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Delete);
  if (!athlete) return error_response(athlete.error());
  if (auto status = call.store.delete_athlete(*athlete); !status) return error_response(status.error());
  return no_content();
}

Response put_running_calendar(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WriteRunningCalendar);
  if (!athlete) return error_response(athlete.error());
  const auto expected = expected_tag(call.request, "calendar");
  if (!expected) return error_response(expected.error());
  const auto calendar = documents::decode_running_calendar(call.request.body, "request body");
  if (!calendar) return error_response(calendar.error());
  service::StillCurrent<std::optional<core::RunningCalendar>> still_current;
  if (*expected) {
    still_current = [&](const std::optional<core::RunningCalendar>& stored) {
      return stored && calendar_tag(*stored) == **expected;
    };
  }
  if (auto status = service::set_running_calendar_if(call.store, *athlete, *calendar, still_current); !status) {
    if (status.error().code != core::ErrorCode::Conflict) return error_response(status.error());
    const auto stored = call.store.running_calendar(*athlete);
    if (!stored) return error_response(stored.error());
    return version_conflict_response(status.error(), *stored ? std::optional(calendar_tag(**stored)) : std::nullopt);
  }
  return tagged(json_response(documents::encode_running_calendar_document(*calendar)), calendar_tag(*calendar));
}

Response get_running_calendar(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto calendar = call.store.running_calendar(*athlete);
  if (!calendar) return error_response(calendar.error());
  if (!*calendar) return error_response(404, "not_found", "no running calendar is stored for this athlete yet");
  return tagged(json_response(documents::encode_running_calendar_document(**calendar)), calendar_tag(**calendar));
}

// stride.assessment.v1 of a stored assessment, with its "id" first; assessed against the athlete
// document as stored now.
core::Result<Json> assessment_result(Call& call, core::AthleteId athlete, core::AssessmentId id,
                                     const core::Assessment& assessment) {
  STRIDE_TRY(const auto record, call.store.find_athlete(athlete));
  STRIDE_TRY(const auto report,
             service::assess(call.context.catalog, {assessment, record.athlete, std::nullopt, std::nullopt}));
  Json answer{{"id", id.value}};
  const Json encoded = Json::parse(json::encode_assessment_report(report, call.context.catalog));
  for (const auto& [key, value] : encoded.items()) answer[key] = value;
  return answer;
}

Response post_assessment(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WriteAssessment);
  if (!athlete) return error_response(athlete.error());
  const auto assessment = documents::decode_assessment(call.request.body, "request body");
  if (!assessment) return error_response(assessment.error());
  const auto id = service::save_assessment(call.store, *athlete, *assessment, call.context.clock.today());
  if (!id) return error_response(id.error());
  const auto result = assessment_result(call, *athlete, *id, *assessment);
  if (!result) return error_response(result.error());
  return json_answer(*result, 201);
}

// {"assessments": [{"id", "date", "assessment": contract §3.3, "result": stride.assessment.v1}]},
// oldest first.
Response list_assessments(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto records = call.store.assessments(*athlete);
  if (!records) return error_response(records.error());
  Json list = Json::array();
  for (const auto& record : *records) {
    const auto result = assessment_result(call, *athlete, record.id, record.assessment);
    if (!result) return error_response(result.error());
    list.push_back(Json{{"id", record.id.value},
                        {"date", core::format_iso_date(record.date)},
                        {"assessment", Json::parse(documents::encode_assessment_document(record.assessment))},
                        {"result", *result}});
  }
  return json_answer(Json{{"assessments", std::move(list)}});
}

// POST /plans {"start"?: DATE}, or no body: 201 stride.plan.v1.
Response post_plan(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::WritePlan);
  if (!athlete) return error_response(athlete.error());
  auto start = [&]() -> core::Result<std::optional<core::Date>> {
    if (call.request.body.empty()) return std::optional<core::Date>();
    STRIDE_TRY(const auto document, body_document(call.request));
    const auto root = documents::Field::root(document);
    STRIDE_TRY_STATUS(root.allow_only({"start"}));
    STRIDE_TRY(const auto field, root.optional("start"));
    if (!field) return std::optional<core::Date>();
    STRIDE_TRY(const core::Date date, field->date());
    return std::optional<core::Date>(date);
  }();
  if (!start) return error_response(start.error());
  const auto expected = expected_plan(call.request);
  if (!expected) return error_response(expected.error());
  const auto plan = service::plan_from_stored(call.context.catalog, call.store, *athlete, *start,
                                              call.context.clock.today(), *expected);
  if (!plan) return plan_write_refused(call.store, *athlete, plan.error());
  Response response = json_response(json::encode_plan(plan->plan, call.context.catalog), 201);
  response.set_header("ETag", plan_entity_tag(plan->id));
  return response;
}

// The answer of a read of the athlete's stored data: the one kept under `key` when the athlete's
// revision is still the one it was worked out at, else `answer()`, whose 200 body is then kept.
// The revision is read first, so a write landing while `answer` runs only outdates what is kept.
Response kept_or_answered(Call& call, AnswerCache& answers, core::AthleteId athlete, std::string key,
                          const std::function<Response()>& answer) {
  const auto revision = call.store.athlete_revision(athlete);
  if (!revision) return error_response(revision.error());
  if (auto kept = answers.find(key, *revision)) return response_of(call.request, std::move(kept));
  Response response = answer();
  if (response.status != 200) return response;
  std::string entity_tag;
  for (const auto& [name, value] : response.headers) {
    if (name == "ETag") entity_tag = value;
  }
  auto kept = kept_answer(std::move(response.body), true, std::move(entity_tag));
  answers.keep(std::move(key), *revision, kept, kept->bytes());
  return response_of(call.request, std::move(kept));
}

Response current_plan(Call& call, AnswerCache& answers) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  return kept_or_answered(call, answers, *athlete, fmt::format("plan {}", athlete->value), [&] {
    const auto plan = call.store.latest_plan(*athlete);
    if (!plan) return error_response(plan.error());
    if (!*plan) return error_response(404, "not_found", "no plan is stored for this athlete yet");
    Response response = json_response(json::encode_plan((*plan)->plan, call.context.catalog));
    response.set_header("ETag", plan_entity_tag((*plan)->id));
    return response;
  });
}

// "N.fit" with N a whole number from 0 (the session's place in the day's sessions), or nullopt.
std::optional<int> session_index_of(std::string_view file) {
  constexpr std::string_view kSuffix = ".fit";
  if (!file.ends_with(kSuffix) || file.size() == kSuffix.size() || file.size() > kSuffix.size() + 3) return std::nullopt;
  const std::string_view digits = file.substr(0, file.size() - kSuffix.size());
  int index = 0;
  const auto [end, problem] = std::from_chars(digits.data(), digits.data() + digits.size(), index);
  if (problem != std::errc() || end != digits.data() + digits.size() || index < 0) return std::nullopt;
  return index;
}

// GET /plans/current/sessions/{date}/{index}.fit: the strength session at place {index} (from 0) of
// the day's sessions in the plan in effect on {date}, as a FIT workout file (owner, coach); 404 when
// the plan has no such session or it is not a strength session.
Response session_workout_file(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto date_text = call.parameters.find("date");
  const auto file = call.parameters.find("file");
  const auto date = date_text == call.parameters.end() ? std::nullopt : core::parse_iso_date(date_text->second);
  const auto index = file == call.parameters.end() ? std::nullopt : session_index_of(file->second);
  if (!date || !index) return error_response(404, "not_found", "no such session: expected /sessions/YYYY-MM-DD/N.fit");
  const auto workout =
      service::stored_watch_workout(call.context.catalog, call.store, *athlete, {*date, *index + 1});
  if (!workout) {
    if (workout.error().code == core::ErrorCode::InvalidInput) {
      return error_response(404, "not_found", fmt::format("no such strength session: {}", workout.error().message));
    }
    return error_response(workout.error());
  }
  const std::vector<std::uint8_t> bytes = call.context.workout_files.encode(*workout);
  Response response;
  response.body.assign(bytes.begin(), bytes.end());
  response.set_header("Content-Type", "application/vnd.ant.fit");
  response.set_header("Content-Disposition",
                      fmt::format("attachment; filename=\"stride-{}-{}.fit\"", date_text->second, *index));
  return response;
}

// GET /status[?date=YYYY-MM-DD]: stride.status.v1 on that day (default today).
Response athlete_status(Call& call, AnswerCache& answers) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const auto parameters = parse_query(call.request.query);
  if (!parameters) return error_response(parameters.error());
  core::Date day = call.context.clock.today();
  if (const auto text = query_value(*parameters, "date")) {
    const auto parsed = core::parse_iso_date(*text);
    if (!parsed) return error_response(core::invalid_field("date", "must be a date of the form YYYY-MM-DD"));
    day = *parsed;
  }
  return kept_or_answered(call, answers, *athlete, fmt::format("status {} {}", athlete->value, core::format_iso_date(day)),
                          [&] {
                            const auto report = service::status(call.context.catalog, call.store, *athlete, day);
                            if (!report) return error_response(report.error());
                            return json_response(json::encode_status(*report));
                          });
}

// GET /load: stride.load.v1 of the stored log, as of today.
Response athlete_load(Call& call, AnswerCache& answers) {
  const auto athlete = authorized_athlete(call, AthleteAction::Read);
  if (!athlete) return error_response(athlete.error());
  const core::Date today = call.context.clock.today();
  return kept_or_answered(call, answers, *athlete, fmt::format("load {} {}", athlete->value, core::format_iso_date(today)),
                          [&] {
                            const auto log = call.store.training_log(*athlete, std::nullopt, std::nullopt);
                            if (!log) return error_response(log.error());
                            const auto report =
                                service::load_of_log(call.context.catalog.world_records, *log, "stored log", today);
                            if (!report) return error_response(report.error());
                            return json_response(json::encode_load(*report));
                          });
}

// GET /export: {"schema": "stride.export.v1", "id", "athlete", "running_calendar", "assessments",
// "plan", "activities", "pain", "coaches", "notes", "plan_changes"}.
Response export_athlete(Call& call) {
  const auto athlete = authorized_athlete(call, AthleteAction::Export);
  if (!athlete) return error_response(athlete.error());
  const auto exported = service::export_athlete(call.store, *athlete);
  if (!exported) return error_response(exported.error());
  Json answer{{"schema", "stride.export.v1"}};
  const Json athlete_part = athlete_answer(exported->athlete.id, exported->athlete.athlete);
  for (const auto& [key, value] : athlete_part.items()) answer[key] = value;
  answer["running_calendar"] = exported->running_calendar
                                   ? Json::parse(documents::encode_running_calendar_document(*exported->running_calendar))
                                   : Json(nullptr);
  Json assessments = Json::array();
  for (const auto& record : exported->assessments) {
    assessments.push_back(Json{{"id", record.id.value},
                               {"date", core::format_iso_date(record.date)},
                               {"assessment", Json::parse(documents::encode_assessment_document(record.assessment))}});
  }
  answer["assessments"] = std::move(assessments);
  answer["plan"] = exported->latest_plan ? Json::parse(json::encode_plan(exported->latest_plan->plan, call.context.catalog))
                                         : Json(nullptr);
  Json activities = Json::array();
  for (const auto& record : exported->activities) activities.push_back(activity_json(record));
  answer["activities"] = std::move(activities);
  Json pain = Json::array();
  for (const auto& report : exported->pain) pain.push_back(pain_json(report));
  answer["pain"] = std::move(pain);
  Json coaches = Json::array();
  for (const auto& coach : exported->coaches) coaches.push_back(coach.value);
  answer["coaches"] = std::move(coaches);
  Json notes = Json::array();
  for (const auto& note : exported->notes) notes.push_back(note_json(note, call.account().id));
  answer["notes"] = std::move(notes);
  Json plan_changes = Json::array();
  for (const auto& record : exported->plan_changes) plan_changes.push_back(plan_change_json(record));
  answer["plan_changes"] = std::move(plan_changes);
  return json_answer(answer);
}

}  // namespace

void add_athlete_routes(Router& router, const ApiContext& context) {
  const auto signed_in = [&context](CallHandler handler) { return api_handler(context, Access::SignedIn, std::move(handler)); };
  router.add("GET", "/api/v1/athletes", signed_in(list_athletes));
  router.add("POST", "/api/v1/athletes", signed_in(create_athlete), Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}", signed_in(read_athlete));
  router.add("PUT", "/api/v1/athletes/{id}", signed_in(replace_athlete), Body::JsonDocument);
  router.add("DELETE", "/api/v1/athletes/{id}", signed_in(delete_athlete));
  router.add("GET", "/api/v1/athletes/{id}/export", signed_in(export_athlete));
  router.add("PUT", "/api/v1/athletes/{id}/running-calendar", signed_in(put_running_calendar), Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}/running-calendar", signed_in(get_running_calendar));
  router.add("POST", "/api/v1/athletes/{id}/assessments", signed_in(post_assessment), Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}/assessments", signed_in(list_assessments));
  router.add("POST", "/api/v1/athletes/{id}/plans", signed_in(post_plan), Body::JsonDocument);
  router.add("GET", "/api/v1/athletes/{id}/plans/current/sessions/{date}/{file}", signed_in(session_workout_file));
  // The reads that work their answer out from much of the athlete's data keep it (AnswerCache).
  auto answers = std::make_shared<AnswerCache>(kKeptAnswerBytes);
  const auto kept = [&signed_in, answers](Response (*read)(Call&, AnswerCache&)) {
    return signed_in([answers, read](Call& call) { return read(call, *answers); });
  };
  router.add("GET", "/api/v1/athletes/{id}/plans/current", kept(current_plan));
  router.add("GET", "/api/v1/athletes/{id}/status", kept(athlete_status));
  router.add("GET", "/api/v1/athletes/{id}/load", kept(athlete_load));
}

}  // namespace stride::http
