// The athlete endpoints (api.md §4) on the real server over loopback: the authorization matrix of
// every athlete endpoint against every kind of caller, documents read back as written, and the
// error documents.
#include <gtest/gtest.h>

#include <unistd.h>

#include <filesystem>

#include "api_world.hpp"
#include "stride/importers/fit_workout.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::http {
namespace {

using testing::ApiWorld;
using testing::Credentials;
using testing::file_text;
using testing::LoopbackApi;

// One endpoint and the status each caller gets, in the order the callers are tried: anonymous,
// another runner, a coach never invited, a coach whose grant was revoked, the coach, the owner by
// cookie, the owner by Bearer token. A write that succeeds changes what later callers see, so the
// rows run in this order and the order of callers is fixed.
struct MatrixRow {
  std::string method;
  std::string path;  // after /api/v1/athletes/{id}
  std::string body;
  std::string content_type;
  std::array<int, 7> statuses;
};

// Runs every row of the matrix against `api`.
void check_authorization_matrix(LoopbackApi& api) {
  ApiWorld world(api);
  // With client ids, so the Bearer caller's repeat of the owner's entry answers 200 with it.
  const std::string activity = R"({"date":"2026-11-20","sport":"run","duration_min":30,"rpe":4,"client_id":"a"})";
  const std::string pain = R"({"date":"2026-11-20","region":"knee","side":"left","score":2,"when":"after","client_id":"p"})";
  // The same dose each time, so that every caller allowed to may make it again.
  const std::string dose_change = R"({"kind":"dose","session":{"date":"2026-11-22","index":0},"exercise":"dead_bug",)"
                                  R"("dose":{"sets":1},"reason":"a tired back"})";
  const std::string json = "application/json";
  const std::string bytes = "application/octet-stream";
  const std::string coach_path = "/coaches/" + std::to_string(world.coach_after_id);
  //                                                                anon other before revoked coach owner bearer
  const std::vector<MatrixRow> rows{
      {"GET", "", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"PUT", "", file_text("examples/athlete.json"), json, {401, 404, 404, 404, 200, 200, 200}},
      {"PUT", "/running-calendar", file_text("examples/runs.json"), json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/running-calendar", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"POST", "/assessments", file_text("examples/assessment.json"), json, {401, 404, 404, 404, 201, 201, 201}},
      {"GET", "/assessments", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"POST", "/plans", "{}", json, {401, 404, 404, 404, 201, 201, 201}},
      {"GET", "/plans/current", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/plans/current/sessions/2026-11-22/0.fit", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/plans/current/sessions/2026-11-22/0/swaps?exercise=split_squat", "", json,
       {401, 404, 404, 404, 200, 200, 200}},
      {"POST", "/plans/current/changes", dose_change, json, {401, 404, 404, 404, 201, 201, 201}},
      {"GET", "/plans/current/changes", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/plans/current/sessions/2026-11-23/0.fit", "", json, {401, 404, 404, 404, 404, 404, 404}},
      {"POST", "/activities", activity, json, {401, 404, 404, 404, 403, 201, 200}},
      {"PATCH", "/activities/1", R"({"rpe":5})", json, {401, 404, 404, 404, 403, 200, 200}},
      {"GET", "/activities", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"POST", "/activities/files", file_text("tests/golden/inputs/activity_easy_run.gpx"), bytes,
       {401, 404, 404, 404, 403, 201, 409}},
      {"POST", "/pain", pain, json, {401, 404, 404, 404, 403, 201, 200}},
      {"GET", "/pain", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/status", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/load", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/export", "", json, {401, 404, 404, 404, 403, 200, 200}},
      {"GET", "/coaches", "", json, {401, 404, 404, 404, 403, 200, 200}},
      // A coach is not told that a calendar feed exists: 404, as for what it cannot see.
      {"GET", "/calendar-feed", "", json, {401, 404, 404, 404, 404, 200, 200}},
      {"POST", "/calendar-feed", "", json, {401, 404, 404, 404, 404, 201, 201}},
      {"DELETE", "/calendar-feed", "", json, {401, 404, 404, 404, 404, 204, 204}},
      // Only an owning coach hands an athlete over: a coach of it is not told it could (404), and a
      // runner owning it has nothing to hand over (403).
      {"POST", "/handover", "", json, {401, 404, 404, 404, 404, 403, 403}},
      // Notes: the owner and the coach write and read; marking read needs a note of the athlete (the
      // coach's, id 1).
      {"POST", "/notes", R"({"text":"left knee ached"})", json, {401, 404, 404, 404, 201, 201, 201}},
      {"POST", "/notes", R"({"text":"ok","session":{"date":"2026-11-22","index":0}})", json,
       {401, 404, 404, 404, 201, 201, 201}},
      {"POST", "/notes", R"({"text":"ok","session":{"date":"2026-11-22","index":9}})", json,
       {401, 404, 404, 404, 400, 400, 400}},
      {"GET", "/notes", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/notes?thread=runner", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/notes?session=2026-11-22/0", "", json, {401, 404, 404, 404, 200, 200, 200}},
      {"GET", "/notes?thread=everyone", "", json, {401, 404, 404, 404, 400, 400, 400}},
      {"POST", "/notes/read", R"({"through":1})", json, {401, 404, 404, 404, 204, 204, 204}},
      {"DELETE", coach_path, "", json, {401, 404, 404, 404, 403, 204, 404}},
      {"DELETE", "", "", json, {401, 404, 404, 404, 404, 204, 404}},
  };
  const std::array<const Credentials*, 7> callers{&world.anonymous,     &world.other, &world.coach_before,
                                                  &world.coach_revoked, &world.coach_after, &world.owner,
                                                  &world.bearer};
  for (const auto& row : rows) {
    for (std::size_t caller = 0; caller < callers.size(); ++caller) {
      const auto answer = api.send(row.method, world.path(row.path), row.body, *callers[caller], row.content_type);
      EXPECT_EQ(answer.status, row.statuses[caller]) << row.method << " " << row.path << " caller " << caller << ": "
                                                     << answer.body.substr(0, 300);
      if (answer.status >= 400) {
        const auto error = answer.json().at("error");
        EXPECT_TRUE(error.contains("code") && error.contains("message") && error.contains("field"));
      }
    }
  }
}

TEST(AthleteRoutes, EveryEndpointAnswersEachCallerAsTheAccessPolicySays) {
  LoopbackApi api;
  check_authorization_matrix(api);
}

// The same on SQLite, where every read-then-write use case runs in one transaction.
TEST(AthleteRoutes, EveryEndpointAnswersEachCallerAsTheAccessPolicySaysOnSqlite) {
  const auto directory = std::filesystem::temp_directory_path() / ("stride-http-" + std::to_string(::getpid()));
  std::filesystem::create_directories(directory);
  {
    auto store = storage::SqliteStore::open((directory / "stride.db").string());
    ASSERT_TRUE(store) << store.error().describe();
    LoopbackApi api(std::move(*store));
    check_authorization_matrix(api);
  }
  std::filesystem::remove_all(directory);
}

TEST(AthleteRoutes, ListsOnlyWhatTheCallerMaySeeAndReadsDocumentsBackAsWritten) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto owner_list = api.send("GET", "/api/v1/athletes", {}, world.owner).json().at("athletes");
  ASSERT_EQ(owner_list.size(), 1u);
  EXPECT_EQ(owner_list[0], (nlohmann::json{{"id", world.athlete}, {"name", "Ana"}, {"owner", true}}));
  const auto coach_list = api.send("GET", "/api/v1/athletes", {}, world.coach_after).json().at("athletes");
  ASSERT_EQ(coach_list.size(), 1u);
  EXPECT_EQ(coach_list[0].at("owner"), false);
  EXPECT_TRUE(api.send("GET", "/api/v1/athletes", {}, world.other).json().at("athletes").empty());
  EXPECT_TRUE(api.send("GET", "/api/v1/athletes", {}, world.coach_revoked).json().at("athletes").empty());

  const auto athlete = api.send("GET", world.path(), {}, world.coach_after).json();
  // The stored document in its canonical spelling (the example's "2025-06" reads back as a day).
  const auto example = nlohmann::json::parse(file_text("examples/athlete.json"));
  EXPECT_EQ(athlete.at("id"), world.athlete);
  EXPECT_EQ(athlete.at("athlete").at("goal"), example.at("goal"));
  EXPECT_EQ(athlete.at("athlete").at("availability"), example.at("availability"));
  EXPECT_EQ(api.send("GET", world.path("/running-calendar"), {}, world.owner).status, 404);  // none stored yet
  ASSERT_EQ(api.send("PUT", world.path("/running-calendar"), file_text("examples/runs.json"), world.coach_after).status, 200);
  EXPECT_EQ(api.send("GET", world.path("/running-calendar"), {}, world.owner).json(),
            nlohmann::json::parse(file_text("examples/runs.json")));
  EXPECT_EQ(api.send("GET", world.path("/plans/current"), {}, world.owner).status, 404);
  const auto plan = api.send("POST", world.path("/plans"), R"({"start":"2026-11-23"})", world.owner);
  ASSERT_EQ(plan.status, 201) << plan.body;
  EXPECT_EQ(plan.json().at("schema"), "stride.plan.v1");
  EXPECT_EQ(api.send("GET", world.path("/plans/current"), {}, world.coach_after).json(), plan.json());
  // The first session of 2026-11-25 as a FIT workout file, the bytes the encoder writes.
  const auto workout = api.send("GET", world.path("/plans/current/sessions/2026-11-25/0.fit"), {}, world.coach_after);
  ASSERT_EQ(workout.status, 200) << workout.body.substr(0, 300);
  EXPECT_EQ(workout.header("content-type"), "application/vnd.ant.fit");
  EXPECT_EQ(workout.header("content-disposition"), "attachment; filename=\"stride-2026-11-25-0.fit\"");
  const std::vector<std::uint8_t> workout_bytes(workout.body.begin(), workout.body.end());
  const auto decoded = importers::decode_fit_workout(workout_bytes, "answer");
  ASSERT_TRUE(decoded) << decoded.error().describe();
  EXPECT_EQ(decoded->name, plan.json().at("days").at(2).at("sessions").at(0).at("title"));
  EXPECT_FALSE(decoded->steps.empty());
  EXPECT_EQ(api.send("GET", world.path("/plans/current/sessions/2026-11-25/1.fit"), {}, world.owner).status, 404);
  EXPECT_EQ(api.send("GET", world.path("/plans/current/sessions/2026-11-25/x.fit"), {}, world.owner).status, 404);
  EXPECT_EQ(api.send("GET", world.path("/plans/current/sessions/tomorrow/0.fit"), {}, world.owner).status, 404);
  const auto past = api.send("POST", world.path("/plans"), R"({"start":"2026-11-01"})", world.owner);
  EXPECT_EQ(past.status, 400);
  EXPECT_EQ(past.json().at("error").at("field"), "$.start");

  const auto assessment = api.send("POST", world.path("/assessments"), file_text("examples/assessment.json"), world.owner);
  ASSERT_EQ(assessment.status, 201);
  EXPECT_EQ(assessment.json().at("schema"), "stride.assessment.v1");
  const auto listed = api.send("GET", world.path("/assessments"), {}, world.owner).json().at("assessments");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].at("id"), assessment.json().at("id"));
  EXPECT_TRUE(listed[0].at("assessment").is_object());
  EXPECT_EQ(listed[0].at("result"), assessment.json());  // the same report as the POST answered
  EXPECT_EQ(api.send("GET", world.path("/status"), "", world.owner, "", {}).json().at("schema"), "stride.status.v1");
  EXPECT_EQ(api.send("GET", world.path("/status?date=2026-13-01"), {}, world.owner).json().at("error").at("field"),
            "$.date");
  EXPECT_EQ(api.send("GET", world.path("/load"), {}, world.owner).json().at("schema"), "stride.load.v1");
  const auto exported = api.send("GET", world.path("/export"), {}, world.owner).json();
  EXPECT_EQ(exported.at("schema"), "stride.export.v1");
  EXPECT_EQ(exported.at("assessments").size(), 1u);
  EXPECT_EQ(exported.at("coaches"), nlohmann::json::array({world.coach_after_id}));
  EXPECT_EQ(exported.at("notes"), nlohmann::json::array());
  ASSERT_EQ(api.send("POST", world.path("/notes"), R"({"text":"from the coach"})", world.coach_after).status, 201);
  const auto notes = api.send("GET", world.path("/export"), {}, world.owner).json().at("notes");
  ASSERT_EQ(notes.size(), 1u);
  EXPECT_EQ(notes[0].at("text"), "from the coach");
  EXPECT_EQ(notes[0].at("mine"), false);
}

TEST(AthleteRoutes, ErrorsHaveOneShapeWithTheCommandLinesFieldPath) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto bad_athlete = api.send("POST", "/api/v1/athletes", R"({"name":"Ana","sex":"female","birth_year":"x"})",
                                    world.owner);
  ASSERT_EQ(bad_athlete.status, 400);
  const auto error = bad_athlete.json().at("error");
  EXPECT_EQ(error.at("code"), "invalid_input");
  EXPECT_EQ(error.at("field"), "$.birth_year");
  EXPECT_FALSE(error.at("message").get<std::string>().empty());
  const auto malformed = api.send("PUT", world.path("/running-calendar"), "{", world.owner);
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.json().at("error").at("field"), "$");
  const auto missing = api.send("GET", "/api/v1/athletes/999", {}, world.owner);
  EXPECT_EQ(missing.status, 404);
  EXPECT_EQ(missing.json().at("error").at("code"), "not_found");
  EXPECT_EQ(api.send("GET", "/api/v1/athletes/abc", {}, world.owner).status, 404);
  const auto wrong_method = api.send("PATCH", world.path(), "{}", world.owner);
  EXPECT_EQ(wrong_method.status, 405);
  EXPECT_EQ(wrong_method.json().at("error").at("code"), "method_not_allowed");
  EXPECT_EQ(wrong_method.header("allow"), "GET, HEAD, PUT, DELETE");
  const auto wrong_type = api.send("POST", "/api/v1/athletes", file_text("examples/athlete.json"), world.owner, "text/plain");
  EXPECT_EQ(wrong_type.status, 415);
  EXPECT_EQ(wrong_type.json().at("error").at("code"), "unsupported_media_type");
  const auto too_large = api.send("POST", "/api/v1/athletes", std::string(1024 * 1024 + 1, ' '), world.owner);
  EXPECT_EQ(too_large.status, 413);
  EXPECT_EQ(too_large.json().at("error").at("code"), "too_large");
  EXPECT_EQ(api.send("POST", "/api/v1/accounts",
                     R"({"email":"owner@example.org","password":"long enough pass","display_name":"A","role":"runner"})")
                .json().at("error").at("code"),
            "conflict");
}

}  // namespace
}  // namespace stride::http
