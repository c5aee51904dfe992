// Shaping a runner's plan over the API (docs/http.md "Plan changes") on the real server over
// loopback: a swap from the offered options and a move show on the plan with who and why; every
// rule the planner follows refuses a change that breaks it, naming the field and the rule; a
// re-plan makes the kept changes again, and tells of one that no longer fits.
#include <gtest/gtest.h>

#include <string>

#include "api_world.hpp"

namespace stride::http {
namespace {

using testing::ApiWorld;
using testing::LoopbackApi;

// A world whose runner (Ana: strength on Monday, Wednesday, Thursday and Sunday; a workout on
// Tuesday, the long run on Saturday) has a plan from Monday 2026-11-23, made by the coach Di.
struct PlannedWorld {
  LoopbackApi api;
  ApiWorld world{api};

  PlannedWorld() {
    EXPECT_EQ(api.send("PUT", world.path("/running-calendar"), testing::file_text("examples/runs.json"), world.owner).status,
              200);
    const auto plan = api.send("POST", world.path("/plans"), R"({"start":"2026-11-23"})", world.coach_after);
    EXPECT_EQ(plan.status, 201) << plan.body;
  }

  nlohmann::json plan() { return api.send("GET", world.path("/plans/current"), {}, world.owner).json(); }

  // The sessions of `date` in the current plan.
  nlohmann::json sessions_on(const std::string& date) {
    const auto document = plan();
    for (const auto& day : document.at("days")) {
      if (day.at("date") == date) return day.at("sessions");
    }
    return nlohmann::json::array();
  }

  testing::Answer change(const nlohmann::json& body, const testing::Credentials& caller) {
    return api.send("POST", world.path("/plans/current/changes"), body.dump(), caller);
  }
};

nlohmann::json place(const std::string& date, int index = 0) { return {{"date", date}, {"index", index}}; }

TEST(PlanChangeRoutes, ASwapFromTheOfferedOptionsShowsOnThePlanWithWhoAndWhy) {
  PlannedWorld planned;
  const auto before = planned.sessions_on("2026-11-25");
  ASSERT_EQ(before.size(), 1U);
  const std::string exercise = before[0].at("blocks")[1].at("items")[0].at("exercise");
  const auto options = planned.api.send(
      "GET", planned.world.path("/plans/current/sessions/2026-11-25/0/swaps?exercise=" + exercise), {},
      planned.world.coach_after);
  ASSERT_EQ(options.status, 200) << options.body;
  ASSERT_FALSE(options.json().at("options").empty()) << options.body;
  const auto chosen = options.json().at("options")[0];
  EXPECT_TRUE(chosen.at("relation") == "easier" || chosen.at("relation") == "alternative" ||
              chosen.at("relation") == "harder");
  const std::string replacement = chosen.at("id");

  const auto made = planned.change({{"kind", "swap"},
                                    {"session", place("2026-11-25")},
                                    {"exercise", exercise},
                                    {"replacement", replacement},
                                    {"reason", "left knee ached on the split squats"}},
                                   planned.world.coach_after);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_EQ(made.json().at("change").at("author").at("display_name"), "Di");
  EXPECT_EQ(made.json().at("change").at("session_title"), before[0].at("title"));

  const auto after = planned.sessions_on("2026-11-25");
  ASSERT_EQ(after.size(), 1U);
  EXPECT_EQ(after[0].at("blocks")[1].at("items")[0].at("exercise"), replacement);
  ASSERT_EQ(after[0].at("changes").size(), 1U);
  EXPECT_EQ(after[0].at("changes")[0].at("by"), "Di");
  EXPECT_EQ(after[0].at("changes")[0].at("why"), "left knee ached on the split squats");
  EXPECT_NE(after[0].at("changes")[0].at("what").get<std::string>().find(chosen.at("name").get<std::string>()),
            std::string::npos);

  const auto listed = planned.api.send("GET", planned.world.path("/plans/current/changes"), {}, planned.world.owner);
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(listed.json().at("changes").size(), 1U);
  EXPECT_EQ(listed.json().at("changes")[0].at("replacement"), replacement);
  EXPECT_TRUE(listed.json().at("changes")[0].at("conflict").is_null());
  // The runner's export holds it too, as listed.
  const auto exported = planned.api.send("GET", planned.world.path("/export"), {}, planned.world.owner);
  ASSERT_EQ(exported.status, 200);
  EXPECT_EQ(exported.json().at("plan_changes"), listed.json().at("changes"));
}

TEST(PlanChangeRoutes, AMoveToAnAllowedDayShowsOnBothDays) {
  PlannedWorld planned;
  const auto made = planned.change(
      {{"kind", "move"}, {"session", place("2026-12-02")}, {"to", "2026-12-03"}, {"reason", "work trip on Wednesday"}},
      planned.world.coach_after);
  ASSERT_EQ(made.status, 201) << made.body;
  EXPECT_TRUE(planned.sessions_on("2026-12-02").empty());
  const auto moved = planned.sessions_on("2026-12-03");
  ASSERT_EQ(moved.size(), 1U);
  EXPECT_EQ(moved[0].at("id"), "2026-12-03-a");
  EXPECT_EQ(moved[0].at("changes")[0].at("what"), "moved from Wednesday 2026-12-02 to Thursday 2026-12-03");
}

TEST(PlanChangeRoutes, ASkippedSessionShowsSkippedOnThePlanAndOnTheRunnersDay) {
  PlannedWorld planned;
  const auto status_before =
      planned.api.send("GET", planned.world.path("/status?date=2026-12-02"), {}, planned.world.owner).json();
  ASSERT_EQ(planned.change({{"kind", "skip"}, {"session", place("2026-12-02")}, {"reason", "sore calf"}},
                           planned.world.coach_after)
                .status,
            201);
  const auto skipped = planned.sessions_on("2026-12-02");
  ASSERT_EQ(skipped.size(), 1U);
  EXPECT_EQ(skipped[0].value("skipped", false), true) << skipped.dump();
  const auto status =
      planned.api.send("GET", planned.world.path("/status?date=2026-12-02"), {}, planned.world.owner).json();
  const auto day_of = [](const nlohmann::json& document) {
    for (const auto& day : document.at("week")) {
      if (day.at("date") == "2026-12-02") return day;
    }
    return nlohmann::json{};
  };
  ASSERT_FALSE(day_of(status).is_null()) << status.dump();
  ASSERT_EQ(day_of(status).at("sessions").size(), 1U);
  EXPECT_EQ(day_of(status).at("sessions")[0].at("skipped"), true);
  EXPECT_FALSE(day_of(status_before).at("sessions")[0].contains("skipped"));  // only when so
}

struct Refusal {
  const char* name;
  nlohmann::json body;
  const char* field;  // as the API names it: a JSON path into the body
  const char* words;  // part of the message
};

TEST(PlanChangeRoutes, EachRuleOfThePlannerRefusesAChangeThatBreaksIt) {
  PlannedWorld planned;
  const std::vector<Refusal> refusals{
      {"a heavy session onto the day before the Tuesday workout",
       {{"kind", "move"}, {"session", place("2027-02-24")}, {"to", "2027-02-22"}, {"reason", "r"}},
       "$.to", "the day before a key run"},
      {"a day the runner does not train on",
       {{"kind", "move"}, {"session", place("2026-11-25")}, {"to", "2026-11-27"}, {"reason", "r"}},
       "$.to", "not one of the days the runner trains on"},
      {"a day with a strength session",
       {{"kind", "move"}, {"session", place("2026-11-25")}, {"to", "2026-11-29"}, {"reason", "r"}},
       "$.to", "session already"},
      {"the day after a strength session",
       {{"kind", "move"}, {"session", place("2026-11-29")}, {"to", "2026-11-26"}, {"reason", "r"}},
       "$.to", "need a day between them"},
      {"another week",
       {{"kind", "move"}, {"session", place("2026-11-25")}, {"to", "2026-11-30"}, {"reason", "r"}},
       "$.to", "within its week"},
      {"a third session in a two-session week",
       {{"kind", "add"}, {"session", place("2026-11-25")}, {"to", "2026-11-26"}, {"reason", "r"}},
       "$.to", "need a day between them"},
      {"race week", {{"kind", "move"}, {"session", place("2027-03-08")}, {"to", "2027-03-10"}, {"reason", "r"}},
       "$.to", "race window"},
      {"a session before today",
       {{"kind", "skip"}, {"session", place("2026-11-21")}, {"reason", "r"}}, "$.session", "in the past"},
      {"a day without that session", {{"kind", "skip"}, {"session", place("2026-11-24")}, {"reason", "r"}},
       "$.session", "no session at place 0"},
      {"equipment the runner lacks",
       {{"kind", "swap"}, {"session", place("2026-11-25")}, {"exercise", "split_squat"},
        {"replacement", "back_squat_barbell"}, {"reason", "r"}},
       "$.replacement", ""},
      {"an exercise the library lacks",
       {{"kind", "swap"}, {"session", place("2026-11-25")}, {"exercise", "split_squat"},
        {"replacement", "moon_walk"}, {"reason", "r"}},
       "$.replacement", "no exercise has the id"},
      {"an item the session lacks",
       {{"kind", "dose"}, {"session", place("2026-11-25")}, {"exercise", "moon_walk"}, {"dose", {{"sets", 3}}},
        {"reason", "r"}},
       "$.exercise", "has no item"},
      {"eleven sets",
       {{"kind", "dose"}, {"session", place("2026-11-25")}, {"exercise", "dead_bug"}, {"dose", {{"sets", 11}}},
        {"reason", "r"}},
       "$.dose.sets", "from 1 to 10"},
      {"a dose more than the weekly growth above the plan",
       {{"kind", "dose"}, {"session", place("2026-11-25")}, {"exercise", "dead_bug"}, {"dose", {{"sets", 3}}},
        {"reason", "r"}},
       "$.dose.sets", "more than 30 % above the planned 2 × 10"},
      {"a dose up in the taper",
       {{"kind", "dose"}, {"session", place("2027-03-04")}, {"exercise", "single_leg_romanian_deadlift_dumbbell"},
        {"dose", {{"sets", 3}}}, {"reason", "r"}},
       "$.dose.sets", "in the taper the dose only comes down"},
      {"a hold for an item in repetitions",
       {{"kind", "dose"}, {"session", place("2026-11-25")}, {"exercise", "dead_bug"}, {"dose", {{"hold_s", 30}}},
        {"reason", "r"}},
       "$.dose.hold_s", "not dosed in held seconds"},
      {"no reason", {{"kind", "skip"}, {"session", place("2026-11-25")}, {"reason", "  "}}, "$.reason", "empty"},
      {"a move without a day", {{"kind", "move"}, {"session", place("2026-11-25")}, {"reason", "r"}}, "$.to",
       "required"},
  };
  const auto plan_before = planned.plan();
  for (const auto& refusal : refusals) {
    const auto answer = planned.change(refusal.body, planned.world.coach_after);
    EXPECT_EQ(answer.status, 400) << refusal.name << ": " << answer.body;
    if (answer.status != 400) continue;
    const auto error = answer.json().at("error");
    EXPECT_EQ(error.at("field"), refusal.field) << refusal.name << ": " << answer.body;
    EXPECT_NE(error.at("message").get<std::string>().find(refusal.words), std::string::npos)
        << refusal.name << ": " << answer.body;
  }
  EXPECT_EQ(planned.plan(), plan_before) << "a refused change changed the plan";
  EXPECT_TRUE(planned.api.send("GET", planned.world.path("/plans/current/changes"), {}, planned.world.owner)
                  .json()
                  .at("changes")
                  .empty());
  // A body of the wrong shape is refused before any rule.
  const auto unknown_kind = planned.change({{"kind", "teleport"}, {"session", place("2026-11-25")}, {"reason", "r"}},
                                           planned.world.coach_after);
  EXPECT_EQ(unknown_kind.status, 400);
  EXPECT_EQ(unknown_kind.json().at("error").at("field"), "$.kind") << unknown_kind.body;
}

TEST(PlanChangeRoutes, ARePlanMakesTheKeptChangesAgainAndTellsOfOneThatNoLongerFits) {
  PlannedWorld planned;
  ASSERT_EQ(planned.change({{"kind", "move"}, {"session", place("2026-12-02")}, {"to", "2026-12-03"},
                            {"reason", "work trip on Wednesday"}},
                           planned.world.coach_after)
                .status,
            201);
  ASSERT_EQ(planned.change({{"kind", "move"}, {"session", place("2026-12-09")}, {"to", "2026-12-10"},
                            {"reason", "work trip again"}},
                           planned.world.coach_after)
                .status,
            201);
  // The runner's long run moves to Thursday from the week of 2026-12-07: the second move no longer fits.
  auto calendar = nlohmann::json::parse(testing::file_text("examples/runs.json"));
  calendar["runs"].push_back({{"date", "2026-12-10"}, {"type", "long"}, {"distance_km", 16}});
  ASSERT_EQ(planned.api.send("PUT", planned.world.path("/running-calendar"), calendar.dump(), planned.world.owner).status,
            200);
  const auto replanned =
      planned.api.send("POST", planned.world.path("/plans"), R"({"start":"2026-11-30"})", planned.world.owner);
  ASSERT_EQ(replanned.status, 201) << replanned.body;

  EXPECT_TRUE(planned.sessions_on("2026-12-02").empty());
  ASSERT_EQ(planned.sessions_on("2026-12-03").size(), 1U);
  EXPECT_EQ(planned.sessions_on("2026-12-03")[0].at("changes")[0].at("why"), "work trip on Wednesday");
  EXPECT_EQ(planned.sessions_on("2026-12-09").size(), 1U) << "the move that no longer fits is not made";

  const auto changes =
      planned.api.send("GET", planned.world.path("/plans/current/changes"), {}, planned.world.coach_after).json();
  ASSERT_EQ(changes.at("changes").size(), 2U);
  EXPECT_TRUE(changes.at("changes")[0].at("conflict").is_null());
  ASSERT_TRUE(changes.at("changes")[1].at("conflict").is_string());
  EXPECT_NE(changes.at("changes")[1].at("conflict").get<std::string>().find("long run"), std::string::npos)
      << changes.dump();
  const std::string notes = planned.plan().at("notes").dump();
  EXPECT_NE(notes.find("no longer fits"), std::string::npos) << notes;
}

TEST(PlanChangeRoutes, ASessionTheRunnerHasDoneStaysAsItWas) {
  LoopbackApi api;
  ApiWorld world(api);
  ASSERT_EQ(api.send("PUT", world.path("/running-calendar"), testing::file_text("examples/runs.json"), world.owner).status,
            200);
  ASSERT_EQ(api.send("POST", world.path("/plans"), "{}", world.coach_after).status, 201);  // from today, 2026-11-22
  const nlohmann::json skip{{"kind", "skip"}, {"session", place("2026-11-22")}, {"reason", "travelling"}};
  ASSERT_EQ(api.send("POST", world.path("/activities"),
                     R"({"date":"2026-11-22","sport":"strength","duration_min":30,"rpe":6})", world.owner)
                .status,
            201);
  const auto refused = api.send("POST", world.path("/plans/current/changes"), skip.dump(), world.coach_after);
  EXPECT_EQ(refused.status, 400) << refused.body;
  EXPECT_EQ(refused.json().at("error").at("field"), "$.session");
  EXPECT_NE(refused.body.find("the session is done"), std::string::npos) << refused.body;
}

}  // namespace
}  // namespace stride::http
