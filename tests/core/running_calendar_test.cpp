#include <gtest/gtest.h>
#include <rapidcheck/gtest.h>

#include <chrono>

#include "stride/core/running_calendar.hpp"

namespace stride::core {
namespace {

// A calendar whose template days and dated runs have types of their own, dated runs scattered
// over a few months around 2026-11-22.
RunningCalendar random_calendar() {
  RunningCalendar calendar;
  const auto types = {RunType::Rest, RunType::Easy, RunType::Long, RunType::Workout, RunType::Race};
  for (auto& day : calendar.weekly_template) day.type = *rc::gen::elementOf(std::vector<RunType>(types));
  const std::chrono::sys_days base{Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{22}}};
  for (int count = *rc::gen::inRange(0, 30); count > 0; --count) {
    PlannedRun run;
    run.type = *rc::gen::elementOf(std::vector<RunType>(types));
    run.note = "dated";
    calendar.dated_runs[Date{base + std::chrono::days{*rc::gen::inRange(-60, 120)}}] = run;
  }
  return calendar;
}

// runs_from walks the dated runs once; each day's run must be the one run_on looks up.
RC_GTEST_PROP(RunningCalendarProperties, RunsFromGivesEachDayTheRunOfRunOn, ()) {
  const auto calendar = random_calendar();
  const std::chrono::sys_days base{Date{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{22}}};
  const Date first{base + std::chrono::days{*rc::gen::inRange(-90, 90)}};
  const int count = *rc::gen::inRange(0, 200);
  const auto runs = calendar.runs_from(first, count);
  RC_ASSERT(runs.size() == static_cast<std::size_t>(count));
  for (int offset = 0; offset < count; ++offset) {
    RC_ASSERT(runs[static_cast<std::size_t>(offset)] == &calendar.run_on(add_days(first, offset)));
  }
}

TEST(RunningCalendar, RunsFromNoDaysIsEmpty) {
  RunningCalendar calendar;
  const Date first{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{22}};
  EXPECT_TRUE(calendar.runs_from(first, 0).empty());
  EXPECT_TRUE(calendar.runs_from(first, -3).empty());
}

}  // namespace
}  // namespace stride::core
