// Invitations, revoking a coach and the roster (api.md §4) on the real server over loopback.
#include <gtest/gtest.h>

#include "api_world.hpp"

namespace stride::http {
namespace {

using testing::ApiWorld;
using testing::file_text;
using testing::LoopbackApi;

TEST(CoachRoutes, RunnersCallingCoachOnlyEndpointsAre403AndCoachesAcceptingAre403) {
  LoopbackApi api;
  ApiWorld world(api);
  EXPECT_EQ(api.send("POST", "/api/v1/invitations", {}, world.owner).status, 403);
  EXPECT_EQ(api.send("GET", "/api/v1/roster", {}, world.owner).json().at("error").at("code"), "forbidden");
  EXPECT_EQ(api.send("GET", "/api/v1/roster", {}).status, 401);
  EXPECT_EQ(api.send("POST", "/api/v1/invitations", "{}", world.coach_before).status, 201);  // a JSON body is fine too
  const auto invitation = api.send("POST", "/api/v1/invitations", {}, world.coach_before).json();
  EXPECT_EQ(invitation.at("expires"), "2026-11-29T00:00:00Z");
  const std::string accept = "/api/v1/invitations/" + invitation.at("code").get<std::string>() + "/accept";
  const std::string body = nlohmann::json{{"athlete_id", world.athlete}}.dump();
  EXPECT_EQ(api.send("POST", accept, body, world.coach_after).status, 403);
  // Another runner cannot hand over an athlete that is not theirs, and spends nothing trying.
  const auto not_theirs = api.send("POST", accept, body, world.other);
  EXPECT_EQ(not_theirs.status, 404);
  EXPECT_EQ(not_theirs.json().at("error").at("field"), "$.athlete_id");
  EXPECT_EQ(api.send("POST", accept, body, world.owner).status, 200);
  EXPECT_EQ(api.send("POST", accept, body, world.owner).status, 409);  // single use
  EXPECT_EQ(api.send("POST", "/api/v1/invitations/nope/accept", body, world.owner).status, 404);
  EXPECT_EQ(api.send("GET", world.path(), {}, world.coach_before).status, 200);
}

TEST(CoachRoutes, TheOwnerListsTheCoachesWhoSeeTheAthleteAndRevokesOne) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto listed = api.send("GET", world.path("/coaches"), {}, world.owner);
  ASSERT_EQ(listed.status, 200) << listed.body;
  const auto coaches = listed.json().at("coaches");
  ASSERT_EQ(coaches.size(), 1u);
  EXPECT_EQ(coaches[0].at("account_id"), world.coach_after_id);
  EXPECT_TRUE(coaches[0].at("display_name").is_string());
  EXPECT_EQ(coaches[0].size(), 2u);
  const std::string revoke = world.path("/coaches/" + std::to_string(world.coach_after_id));
  ASSERT_EQ(api.send("DELETE", revoke, {}, world.owner).status, 204);
  EXPECT_EQ(api.send("GET", world.path("/coaches"), {}, world.owner).json().at("coaches"), nlohmann::json::array());
}

TEST(CoachRoutes, TheRosterShowsPlanPhaseComplianceFlagsAndLastActivity) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto empty = api.send("GET", "/api/v1/roster", {}, world.coach_after).json().at("athletes");
  ASSERT_EQ(empty.size(), 1u);
  EXPECT_TRUE(empty[0].at("compliance_7d").is_null());
  EXPECT_TRUE(empty[0].at("next_race").is_null());
  EXPECT_TRUE(empty[0].at("last_activity").is_null());
  EXPECT_EQ(empty[0].at("flags"), nlohmann::json::array());

  ASSERT_EQ(api.send("PUT", world.path("/running-calendar"), file_text("examples/runs.json"), world.coach_after).status, 200);
  ASSERT_EQ(api.send("POST", world.path("/plans"), R"({"start":"2026-11-22"})", world.coach_after).status, 201);
  ASSERT_EQ(api.send("POST", world.path("/activities"), R"({"date":"2026-11-21","sport":"run","duration_min":30,"rpe":4})",
                     world.owner).status,
            201);
  const auto roster = api.send("GET", "/api/v1/roster", {}, world.coach_after).json().at("athletes");
  ASSERT_EQ(roster.size(), 1u);
  const auto& entry = roster[0];
  EXPECT_EQ(entry.at("id"), world.athlete);
  EXPECT_EQ(entry.at("name"), "Ana");
  EXPECT_EQ(entry.at("next_race"), (nlohmann::json{{"date", "2027-03-14"}, {"event", "half_marathon"}}));
  EXPECT_TRUE(entry.at("phase").is_string());
  EXPECT_EQ(entry.at("last_activity"), "2026-11-21");
  // The plan starts today, so no strength session was planned in the days before today.
  EXPECT_TRUE(entry.at("compliance_7d").is_null());
  EXPECT_TRUE(entry.at("compliance_28d").is_null());
  EXPECT_TRUE(api.send("GET", "/api/v1/roster", {}, world.coach_revoked).json().at("athletes").empty());
}

// A pain report above the pain-monitoring model's acceptable 5/10 puts "rising_pain" into the
// roster entry, after a warning flag's code when there is one, and the kept entry refreshes.
TEST(CoachRoutes, TheRosterSaysWhenPainRises) {
  LoopbackApi api;
  ApiWorld world(api);
  const auto attention = [&] {
    const auto roster = api.send("GET", "/api/v1/roster", {}, world.coach_after).json().at("athletes");
    EXPECT_EQ(roster.size(), 1u);
    return roster.at(0).at("attention");
  };
  EXPECT_FALSE(attention().dump().contains("rising_pain"));
  ASSERT_EQ(api.send("POST", world.path("/pain"), R"({"date":"2026-11-20","region":"knee","side":"left","score":3,"when":"after"})",
                     world.owner).status,
            201);
  EXPECT_FALSE(attention().dump().contains("rising_pain")) << "3/10 is acceptable";
  ASSERT_EQ(api.send("POST", world.path("/pain"), R"({"date":"2026-11-21","region":"knee","side":"left","score":4,"when":"after"})",
                     world.owner).status,
            201);
  EXPECT_TRUE(attention().dump().contains("rising_pain")) << "4/10 after 3/10 for the same knee is rising";
}

// A coach makes a runner's profile, hands it over, and the runner owns it with the plan the coach
// made; the coach keeps coaching until the runner revokes it.
TEST(CoachRoutes, ACoachHandsAnAthleteItMadeOverToTheRunner) {
  LoopbackApi api;
  const auto coach = api.sign_up("coach@example.org", "coach", "Cy");
  const auto other_coach = api.sign_up("other-coach@example.org", "coach", "Di");
  const auto runner = api.sign_up("runner@example.org", "runner", "Ana");
  const auto busy_runner = api.sign_up("busy@example.org", "runner", "Bo");
  const auto created = api.send("POST", "/api/v1/athletes", file_text("examples/athlete.json"), coach);
  ASSERT_EQ(created.status, 201) << created.body;
  const std::string athlete = "/api/v1/athletes/" + std::to_string(created.json().at("id").get<std::int64_t>());
  ASSERT_EQ(api.send("PUT", athlete + "/running-calendar", file_text("examples/runs.json"), coach).status, 200);
  ASSERT_EQ(api.send("POST", athlete + "/plans", R"({"start":"2026-11-22"})", coach).status, 201);
  const auto coach_roster = api.send("GET", "/api/v1/roster", {}, coach).json().at("athletes");
  ASSERT_EQ(coach_roster.size(), 1u);
  EXPECT_EQ(coach_roster[0].at("owner"), true);

  EXPECT_EQ(api.send("POST", athlete + "/handover", {}, other_coach).status, 404);
  EXPECT_EQ(api.send("POST", athlete + "/handover", {}, runner).status, 404);
  const auto first = api.send("POST", athlete + "/handover", {}, coach);
  ASSERT_EQ(first.status, 201) << first.body;
  EXPECT_EQ(first.json().at("expires"), "2026-11-29T00:00:00Z");
  const auto second = api.send("POST", athlete + "/handover", "{}", coach);
  ASSERT_EQ(second.status, 201) << second.body;
  const std::string replaced = "/api/v1/handovers/" + first.json().at("code").get<std::string>() + "/accept";
  const std::string accept = "/api/v1/handovers/" + second.json().at("code").get<std::string>() + "/accept";

  const auto unknown = api.send("POST", replaced, {}, runner);
  EXPECT_EQ(unknown.status, 404);
  EXPECT_EQ(unknown.json().at("error").at("field"), "$.code");
  EXPECT_EQ(api.send("POST", accept, {}, other_coach).status, 403);
  // A runner whose own profile holds a log keeps it; the code is not spent.
  const auto busy_profile = api.send("POST", "/api/v1/athletes", file_text("examples/athlete.json"), busy_runner);
  ASSERT_EQ(busy_profile.status, 201);
  const std::string busy_path = "/api/v1/athletes/" + std::to_string(busy_profile.json().at("id").get<std::int64_t>());
  ASSERT_EQ(api.send("POST", busy_path + "/activities", R"({"date":"2026-11-20","sport":"run","duration_min":30,"rpe":4})",
                     busy_runner).status,
            201);
  const auto has_log = api.send("POST", accept, {}, busy_runner);
  EXPECT_EQ(has_log.status, 409);
  EXPECT_TRUE(has_log.json().at("error").at("field").is_null());
  // A profile the runner made in onboarding before the code came, without a log, gives way.
  ASSERT_EQ(api.send("POST", "/api/v1/athletes", file_text("examples/athlete.json"), runner).status, 201);

  const auto accepted = api.send("POST", accept, {}, runner);
  ASSERT_EQ(accepted.status, 200) << accepted.body;
  EXPECT_EQ(accepted.json().at("athlete_id"), created.json().at("id"));
  EXPECT_EQ(accepted.json().at("name"), "Ana");
  EXPECT_EQ(accepted.json().at("coach").at("display_name"), "Cy");
  const auto spent = api.send("POST", accept, {}, runner);
  EXPECT_EQ(spent.status, 409);
  EXPECT_EQ(spent.json().at("error").at("field"), "$.code");

  // The runner owns it, with the coach's plan; the coach's roster shows it as coached, not owned.
  const auto listed = api.send("GET", "/api/v1/athletes", {}, runner).json().at("athletes");
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].at("owner"), true);
  EXPECT_EQ(api.send("GET", athlete + "/plans/current", {}, runner).status, 200);
  EXPECT_EQ(api.send("GET", athlete + "/export", {}, runner).status, 200);
  EXPECT_EQ(api.send("GET", athlete + "/export", {}, coach).status, 403);
  EXPECT_EQ(api.send("POST", athlete + "/handover", {}, coach).status, 404);
  const auto roster = api.send("GET", "/api/v1/roster", {}, coach).json().at("athletes");
  ASSERT_EQ(roster.size(), 1u);
  EXPECT_EQ(roster[0].at("owner"), false) << "the kept roster entry refreshed with the revision";

  const auto coaches = api.send("GET", athlete + "/coaches", {}, runner).json().at("coaches");
  ASSERT_EQ(coaches.size(), 1u);
  const std::string revoke = athlete + "/coaches/" + std::to_string(coaches[0].at("account_id").get<std::int64_t>());
  ASSERT_EQ(api.send("DELETE", revoke, {}, runner).status, 204);
  EXPECT_EQ(api.send("GET", athlete, {}, coach).status, 404);
  EXPECT_TRUE(api.send("GET", "/api/v1/roster", {}, coach).json().at("athletes").empty());
}

}  // namespace
}  // namespace stride::http
