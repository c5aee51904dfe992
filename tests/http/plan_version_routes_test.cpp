// The plan's version on the wire (docs/http.md "Versions") on the real server over loopback: reads
// and writes of the plan carry `ETag: "plan-N"`; a change or a re-plan sent with the If-Match of a
// plan that is no longer the latest is refused with 409, the current version and nothing written;
// of two writers racing with the same If-Match exactly one wins; a malformed If-Match is a 400.
#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "api_world.hpp"

namespace stride::http {
namespace {

using testing::ApiWorld;
using testing::LoopbackApi;

// Ana's plan from Monday 2026-11-23 (strength on Wednesday 2026-12-02, among others), made by her
// coach Di; Di is the one who shapes it below, Ana the one who re-plans.
struct VersionedWorld {
  LoopbackApi api;
  ApiWorld world{api};

  VersionedWorld() {
    EXPECT_EQ(api.send("PUT", world.path("/running-calendar"), testing::file_text("examples/runs.json"), world.owner).status,
              200);
    EXPECT_EQ(api.send("POST", world.path("/plans"), R"({"start":"2026-11-23"})", world.coach_after).status, 201);
  }

  std::string current_tag() { return api.send("GET", world.path("/plans/current"), {}, world.owner).header("etag"); }

  testing::Answer skip(const std::string& date, const std::string& if_match) {
    const nlohmann::json body{{"kind", "skip"}, {"session", {{"date", date}, {"index", 0}}}, {"reason", "travelling"}};
    return api.send("POST", world.path("/plans/current/changes"), body.dump(), world.coach_after, "application/json",
                    {{"If-Match", if_match}});
  }

  std::size_t change_count() {
    return api.send("GET", world.path("/plans/current/changes"), {}, world.owner).json().at("changes").size();
  }
};

TEST(PlanVersionRoutes, ReadsAndWritesOfThePlanCarryItsVersion) {
  VersionedWorld versioned;
  const std::string first = versioned.current_tag();
  ASSERT_TRUE(first.starts_with("\"plan-") && first.ends_with('"')) << first;
  // The kept answer of a second read carries the same tag.
  EXPECT_EQ(versioned.current_tag(), first);
  const auto made = versioned.skip("2026-12-02", first);
  ASSERT_EQ(made.status, 201) << made.body;
  const std::string second = made.header("etag");
  EXPECT_EQ(second, "\"plan-" + std::to_string(made.json().at("plan_id").get<std::int64_t>()) + "\"");
  EXPECT_NE(second, first);
  EXPECT_EQ(versioned.current_tag(), second);
}

TEST(PlanVersionRoutes, AChangeOnAPlanThatChangedMeanwhileIsRefusedWithTheCurrentVersion) {
  VersionedWorld versioned;
  const std::string read_by_coach = versioned.current_tag();
  // The runner re-plans after the coach read the plan.
  const auto replanned = versioned.api.send("POST", versioned.world.path("/plans"), R"({"start":"2026-11-23"})",
                                            versioned.world.owner, "application/json", {{"If-Match", read_by_coach}});
  ASSERT_EQ(replanned.status, 201) << replanned.body;
  const std::string now = replanned.header("etag");
  ASSERT_NE(now, read_by_coach);

  const auto refused = versioned.skip("2026-12-02", read_by_coach);
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(refused.json().at("error").at("code"), "conflict");
  EXPECT_NE(refused.json().at("error").at("message").get<std::string>().find("the plan changed since it was read"),
            std::string::npos);
  EXPECT_EQ(refused.header("etag"), now);
  EXPECT_EQ("\"plan-" + std::to_string(refused.json().at("current").at("plan_id").get<std::int64_t>()) + "\"", now);
  EXPECT_EQ(versioned.change_count(), 0U);
  EXPECT_EQ(versioned.current_tag(), now);

  // Read again, the same change goes through; without If-Match the last writer wins, as before.
  EXPECT_EQ(versioned.skip("2026-12-02", now).status, 201);
  const nlohmann::json move{{"kind", "move"}, {"session", {{"date", "2026-12-06"}, {"index", 0}}}, {"to", "2026-12-03"},
                            {"reason", "r"}};
  const auto unversioned =
      versioned.api.send("POST", versioned.world.path("/plans/current/changes"), move.dump(), versioned.world.coach_after);
  EXPECT_NE(unversioned.status, 409) << unversioned.body;

  // A re-plan on a version that is gone is refused too.
  const auto stale_replan = versioned.api.send("POST", versioned.world.path("/plans"), "{}", versioned.world.owner,
                                               "application/json", {{"If-Match", read_by_coach}});
  EXPECT_EQ(stale_replan.status, 409) << stale_replan.body;
}

TEST(PlanVersionRoutes, OfTwoWritersRacingWithTheSameVersionExactlyOneWins) {
  VersionedWorld versioned;
  const std::string tag = versioned.current_tag();
  constexpr int kWriters = 6;
  std::vector<int> statuses(kWriters, 0);
  {
    std::vector<std::jthread> writers;
    for (int writer = 0; writer < kWriters; ++writer) {
      writers.emplace_back([&, writer] {
        // Each skips another strength day of the plan, all on the version read once.
        static const char* const kDays[] = {"2026-12-02", "2026-12-06", "2026-12-07", "2026-12-09", "2026-12-13",
                                            "2026-12-14"};
        statuses[static_cast<std::size_t>(writer)] = versioned.skip(kDays[writer], tag).status;
      });
    }
  }
  int won = 0;
  for (const int status : statuses) {
    EXPECT_TRUE(status == 201 || status == 409 || status == 400) << status;
    if (status == 201) ++won;
  }
  EXPECT_EQ(won, 1);
  EXPECT_EQ(versioned.change_count(), 1U);
}

TEST(PlanVersionRoutes, AnIfMatchThatIsNotAPlanVersionIsA400NamingIt) {
  VersionedWorld versioned;
  for (const std::string value : {"plan-3", "\"plan-\"", "\"plan-x\"", "\"plan-0\"", "W/\"plan-1\"", "\"other-1\"",
                                  "\"plan-99999999999999999999\""}) {
    const auto refused = versioned.skip("2026-12-02", value);
    EXPECT_EQ(refused.status, 400) << value << ": " << refused.body;
    if (refused.status != 400) continue;
    EXPECT_EQ(refused.json().at("error").at("field"), "If-Match") << value;
  }
  EXPECT_EQ(versioned.skip("2026-12-02", "*").status, 201);
}

}  // namespace
}  // namespace stride::http

namespace stride::http {
namespace {

// The profile and the running calendar, which the runner and a coach can both change, are tagged by
// their content; a PUT over a version that is gone is 409 with the current one, and nothing changes.
TEST(DocumentVersionRoutes, AProfileOrCalendarSavedOverAVersionThatIsGoneIsRefusedWithTheCurrentOne) {
  testing::LoopbackApi api;
  testing::ApiWorld world(api);
  auto profile = api.send("GET", world.path(), {}, world.owner);
  const std::string read_by_both = profile.header("etag");
  ASSERT_TRUE(read_by_both.starts_with("\"athlete-")) << read_by_both;
  auto document = profile.json().at("athlete");

  document["name"] = "Ana B.";  // the runner saves first
  const auto saved = api.send("PUT", world.path(), document.dump(), world.owner, "application/json",
                              {{"If-Match", read_by_both}});
  ASSERT_EQ(saved.status, 200) << saved.body;
  const std::string now = saved.header("etag");
  EXPECT_NE(now, read_by_both);
  EXPECT_EQ(api.send("GET", world.path(), {}, world.owner).header("etag"), now);

  document["name"] = "Ana Coached";  // the coach saves over the version both read
  const auto refused = api.send("PUT", world.path(), document.dump(), world.coach_after, "application/json",
                                {{"If-Match", read_by_both}});
  EXPECT_EQ(refused.status, 409) << refused.body;
  EXPECT_EQ(refused.header("etag"), now);
  EXPECT_EQ(refused.json().at("current").at("version"), now);
  EXPECT_EQ(api.send("GET", world.path(), {}, world.owner).json().at("athlete").at("name"), "Ana B.");
  EXPECT_EQ(api.send("PUT", world.path(), document.dump(), world.coach_after, "application/json", {{"If-Match", now}}).status,
            200);

  // The running calendar: none yet, so a version is a conflict with none; then as the profile.
  const std::string calendar = testing::file_text("examples/runs.json");
  const auto none = api.send("PUT", world.path("/running-calendar"), calendar, world.owner, "application/json",
                             {{"If-Match", "\"calendar-0000000000000000\""}});
  EXPECT_EQ(none.status, 409) << none.body;
  EXPECT_TRUE(none.json().at("current").at("version").is_null());
  const auto first = api.send("PUT", world.path("/running-calendar"), calendar, world.owner);
  ASSERT_EQ(first.status, 200);
  const std::string calendar_tag = first.header("etag");
  EXPECT_EQ(api.send("GET", world.path("/running-calendar"), {}, world.owner).header("etag"), calendar_tag);
  auto changed = nlohmann::json::parse(calendar);
  changed["weekly_template"]["mon"] = "easy";
  const auto second = api.send("PUT", world.path("/running-calendar"), changed.dump(), world.coach_after,
                               "application/json", {{"If-Match", calendar_tag}});
  EXPECT_EQ(second.status, 200) << second.body;
  const auto stale = api.send("PUT", world.path("/running-calendar"), calendar, world.owner, "application/json",
                              {{"If-Match", calendar_tag}});
  EXPECT_EQ(stale.status, 409) << stale.body;
  EXPECT_EQ(stale.header("etag"), second.header("etag"));
  // A tag of another document is refused as malformed.
  const auto wrong_kind = api.send("PUT", world.path("/running-calendar"), calendar, world.owner, "application/json",
                                   {{"If-Match", now}});
  EXPECT_EQ(wrong_kind.status, 400);
  EXPECT_EQ(wrong_kind.json().at("error").at("field"), "If-Match");
}

}  // namespace
}  // namespace stride::http
