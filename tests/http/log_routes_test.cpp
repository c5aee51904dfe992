// The log endpoints (api.md §4) on the real server over loopback: client_id dedupe, date ranges,
// the CLI's field paths, and FIT and GPX uploads (strength recordings with their sets) with their duplicates.
#include <gtest/gtest.h>

#include "api_world.hpp"
#include "fit_writer.hpp"

namespace stride::http {
namespace {

using testing::ApiWorld;
using testing::file_text;
using testing::LoopbackApi;

TEST(LogRoutes, ARepeatedClientIdCreatesNothingAndAnswersTheStoredEntry) {
  LoopbackApi api;
  ApiWorld world(api);
  const std::string activity =
      R"({"date":"2026-11-20","sport":"run","duration_min":30,"rpe":4,"client_id":"6f1c1d5e-0000-4000-8000-000000000001"})";
  const auto first = api.send("POST", world.path("/activities"), activity, world.owner);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json().at("client_id"), "6f1c1d5e-0000-4000-8000-000000000001");
  EXPECT_EQ(first.json().at("duration_min"), 30.0);
  // The retry differs in its body but not its client id: the stored entry comes back unchanged.
  const auto retry = api.send("POST", world.path("/activities"),
                              R"({"date":"2026-11-20","sport":"run","duration_min":45,"rpe":4,)"
                              R"("client_id":"6f1c1d5e-0000-4000-8000-000000000001"})",
                              world.bearer);
  EXPECT_EQ(retry.status, 200);
  EXPECT_EQ(retry.json(), first.json());
  EXPECT_EQ(api.send("GET", world.path("/activities"), {}, world.owner).json().at("activities").size(), 1u);

  const std::string pain = R"({"date":"2026-11-21","region":"knee","side":"left","score":6,"when":"after","client_id":"p-1"})";
  const auto stored_pain = api.send("POST", world.path("/pain"), pain, world.owner);
  ASSERT_EQ(stored_pain.status, 201) << stored_pain.body;
  EXPECT_EQ(api.send("POST", world.path("/pain"), pain, world.owner).status, 200);
  const auto listed_pain = api.send("GET", world.path("/pain"), {}, world.coach_after).json().at("pain");
  ASSERT_EQ(listed_pain.size(), 1u);
  EXPECT_EQ(listed_pain[0], stored_pain.json());
}

TEST(LogRoutes, RatingAnActivitySetsItsRpeAndAnswersTheActivity) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto imported = api.send("POST", world.path("/activities/files"),
                                 file_text("tests/golden/inputs/activity_easy_run.gpx"), world.owner,
                                 "application/octet-stream");
  ASSERT_EQ(imported.status, 201) << imported.body;
  const int id = imported.json().at("activity_ids").at(0);
  const std::string path = world.path("/activities/" + std::to_string(id));
  const auto rated = api.send("PATCH", path, R"({"rpe":6})", world.owner);
  ASSERT_EQ(rated.status, 200) << rated.body;
  EXPECT_EQ(rated.json().at("id"), id);
  EXPECT_EQ(rated.json().at("rpe"), 6);
  EXPECT_EQ(rated.json().at("sport"), "run");
  const auto listed = api.send("GET", world.path("/activities"), {}, world.owner).json().at("activities");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].at("rpe"), 6);

  const auto outside = api.send("PATCH", path, R"({"rpe":11})", world.owner);
  EXPECT_EQ(outside.status, 400);
  EXPECT_EQ(outside.json().at("error").at("field"), "$.rpe");
  EXPECT_EQ(api.send("PATCH", path, R"({"rpe":5,"note":"x"})", world.owner).status, 400);
  EXPECT_EQ(api.send("PATCH", path, R"({})", world.owner).status, 400);
  EXPECT_EQ(api.send("PATCH", world.path("/activities/999"), R"({"rpe":5})", world.owner).status, 404);
  EXPECT_EQ(api.send("PATCH", world.path("/activities/x"), R"({"rpe":5})", world.owner).status, 404);
}

TEST(LogRoutes, ActivitiesAreListedByDateWithinFromAndTo) {
  LoopbackApi api;
  ApiWorld world(api);
  for (const char* date : {"2026-11-21", "2026-11-10", "2026-11-15"}) {
    const std::string body = std::string(R"({"date":")") + date + R"(","sport":"strength","duration_min":25,"rpe":6,)" +
                             R"("sets":[{"exercise":"air_squat","reps":8,"load_kg":16}]})";
    ASSERT_EQ(api.send("POST", world.path("/activities"), body, world.owner).status, 201);
  }
  const auto all = api.send("GET", world.path("/activities"), {}, world.owner).json().at("activities");
  ASSERT_EQ(all.size(), 3u);
  EXPECT_EQ(all[0].at("date"), "2026-11-10");
  EXPECT_EQ(all[2].at("date"), "2026-11-21");
  EXPECT_EQ(all[0].at("sets")[0].at("exercise"), "air_squat");
  const auto some = api.send("GET", world.path("/activities?from=2026-11-12&to=2026-11-20"), {}, world.owner);
  ASSERT_EQ(some.json().at("activities").size(), 1u);
  EXPECT_EQ(some.json().at("activities")[0].at("date"), "2026-11-15");
  EXPECT_EQ(api.send("GET", world.path("/activities?from=yesterday"), {}, world.owner).json().at("error").at("field"),
            "$.from");
}

TEST(LogRoutes, RefusedEntriesNameTheirFieldFromTheEntrysRoot) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto zero = api.send("POST", world.path("/activities"), R"({"date":"2026-11-20","sport":"run","duration_min":0,"rpe":4})",
                             world.owner);
  EXPECT_EQ(zero.status, 400);
  EXPECT_EQ(zero.json().at("error").at("field"), "$.duration_min");
  const auto future = api.send("POST", world.path("/pain"), R"({"date":"2026-12-20","region":"knee","score":2,"when":"after"})",
                               world.owner);
  EXPECT_EQ(future.status, 400);
  EXPECT_EQ(future.json().at("error").at("field"), "$.date");
  const auto unknown = api.send("POST", world.path("/activities"),
                                R"({"date":"2026-11-20","sport":"run","duration_min":20,"rpe":4,"pace":5})", world.owner);
  EXPECT_EQ(unknown.json().at("error").at("field"), "$.pace");
  const auto exercise = api.send("POST", world.path("/activities"),
                                 R"({"date":"2026-11-20","sport":"strength","duration_min":20,"rpe":4,)"
                                 R"("sets":[{"exercise":"no_such_lift","reps":5}]})",
                                 world.owner);
  EXPECT_EQ(exercise.json().at("error").at("field"), "$.sets[0].exercise");
}

TEST(LogRoutes, FitAndGpxUploadsAreImportedOnceAndUnreadableFilesAre400) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto fit = api.send("POST", world.path("/activities/files"), file_text("tests/golden/inputs/activity_run.fit"),
                            world.owner, "application/octet-stream");
  ASSERT_EQ(fit.status, 201) << fit.body;
  EXPECT_EQ(fit.json().at("schema"), "stride.import.v1");
  ASSERT_EQ(fit.json().at("activity_ids").size(), 1u);
  const auto gpx = api.send("POST", world.path("/activities/files"),
                            file_text("tests/golden/inputs/activity_easy_run.gpx"), world.owner, "application/octet-stream");
  ASSERT_EQ(gpx.status, 201) << gpx.body;
  const auto again = api.send("POST", world.path("/activities/files"),
                              file_text("tests/golden/inputs/activity_easy_run.gpx"), world.owner, "application/octet-stream");
  EXPECT_EQ(again.status, 409);
  EXPECT_EQ(again.json().at("error").at("code"), "conflict");
  const auto listed = api.send("GET", world.path("/activities"), {}, world.owner).json().at("activities");
  ASSERT_EQ(listed.size(), 2u);
  const auto fit_id = fit.json().at("activity_ids")[0];
  const bool found = listed[0].at("id") == fit_id || listed[1].at("id") == fit_id;
  EXPECT_TRUE(found);
  const auto garbage = api.send("POST", world.path("/activities/files"), "not an activity file", world.owner,
                                "application/octet-stream");
  EXPECT_EQ(garbage.status, 400);
  EXPECT_EQ(garbage.json().at("error").at("code"), "invalid_input");
  EXPECT_EQ(api.send("POST", world.path("/activities/files"), "{}", world.owner).status, 415);
}

TEST(LogRoutes, AStrengthRecordingFromAWatchIsLoggedWithItsSets) {
  LoopbackApi api;
  ApiWorld world(api);
  using testing::FitStrengthSet;
  // 2026-11-20T07:00:00Z, before the test clock's today: a goblet squat with 20 kg, a rest, a dead bug.
  const std::vector<FitStrengthSet> sets{
      {.set_type = 1, .category = 28, .exercise_name = 37, .repetitions = 10, .weight_kg = 20.0, .duration_s = 40},
      {.set_type = 0, .duration_s = 60},
      {.set_type = 1, .category = 11, .exercise_name = 1, .repetitions = 8, .weight_kg = 0.0, .duration_s = 40}};
  const auto bytes = testing::write_fit_strength(1795158000, sets);
  const std::string file(bytes.begin(), bytes.end());
  const auto imported = api.send("POST", world.path("/activities/files"), file, world.owner, "application/octet-stream");
  ASSERT_EQ(imported.status, 201) << imported.body;
  const auto listed = api.send("GET", world.path("/activities"), {}, world.owner).json().at("activities");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].at("sport"), "strength");
  EXPECT_EQ(listed[0].at("date"), "2026-11-20");
  const auto& logged = listed[0].at("sets");
  ASSERT_EQ(logged.size(), 2u) << listed[0].dump();
  EXPECT_EQ(logged[0].at("exercise"), "goblet_squat_dumbbell");
  EXPECT_EQ(logged[0].at("reps"), 10);
  EXPECT_EQ(logged[0].at("load_kg"), 20);
  EXPECT_EQ(logged[1].at("exercise"), "dead_bug");
  EXPECT_EQ(api.send("POST", world.path("/activities/files"), file, world.owner, "application/octet-stream").status, 409);
  const auto broken = api.send("POST", world.path("/activities/files"),
                               file_text("tests/golden/bad/strength_bad_set_type.fit"), world.owner,
                               "application/octet-stream");
  EXPECT_EQ(broken.status, 400);
  EXPECT_EQ(broken.json().at("error").at("code"), "invalid_input");
}

}  // namespace
}  // namespace stride::http
