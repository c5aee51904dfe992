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

}  // namespace
}  // namespace stride::http
