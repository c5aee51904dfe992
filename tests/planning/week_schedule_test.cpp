// Table tests of choose_strength_days and strength_placement: where a week's strength sessions go
// around the running calendar and the athlete's days.

#include "stride/planning/week_schedule.hpp"

#include <gtest/gtest.h>

#include <array>
#include <optional>
#include <set>
#include <vector>

#include "stride/core/running_calendar.hpp"

namespace stride::planning {
namespace {

using core::Date;
using core::Intensity;
using core::RunType;
using core::Weekday;

// 2026-03-02 is a Monday.
const Date kMonday{std::chrono::year{2026}, std::chrono::month{3}, std::chrono::day{2}};

Date day(int offset) { return core::add_days(kMonday, offset); }

// One Monday-to-Sunday week of the template `runs`, allowed on `allowed` (empty = any day); the
// Sunday's next run is the following Monday's template run.
std::vector<DayContext> week(const std::array<RunType, 7>& runs, const std::set<Weekday>& allowed = {}) {
  std::vector<DayContext> days;
  for (int index = 0; index < 7; ++index) {
    DayContext context;
    context.date = day(index);
    context.run = runs[static_cast<std::size_t>(index)];
    context.next_run = runs[static_cast<std::size_t>((index + 1) % 7)];
    context.allowed = allowed.empty() || allowed.contains(static_cast<Weekday>(index));
    days.push_back(context);
  }
  return days;
}

std::vector<Date> dates_of(const std::vector<ChosenDay>& chosen) {
  std::vector<Date> dates;
  for (const auto& choice : chosen) dates.push_back(choice.date);
  return dates;
}

std::vector<Placement> placements_of(const std::vector<ChosenDay>& chosen) {
  std::vector<Placement> placements;
  for (const auto& choice : chosen) placements.push_back(choice.placement);
  return placements;
}

// Maya: mon easy, tue workout, wed rest, thu easy, fri rest, sat easy, sun long; lifts mon/wed/fri/sat.
std::vector<DayContext> maya_week() {
  using enum RunType;
  return week({Easy, Workout, Rest, Easy, Rest, Easy, Long},
              {Weekday::Monday, Weekday::Wednesday, Weekday::Friday, Weekday::Saturday});
}

TEST(WeekSchedule, MayasTwoSessionsGoOnWednesdayAndFriday) {
  // Monday comes before the workout and Saturday before the long run; Wednesday and Friday are
  // rest days followed by easy days.
  const auto chosen = choose_strength_days(maya_week(), 2, Intensity::Heavy, std::nullopt);
  EXPECT_EQ(dates_of(chosen), (std::vector<Date>{day(2), day(4)}));
  EXPECT_EQ(placements_of(chosen), (std::vector<Placement>{Placement::EasyDay, Placement::EasyDay}));
}

TEST(WeekSchedule, MayasThirdSessionIsLighterBeforeTheWorkout) {
  const auto chosen = choose_strength_days(maya_week(), 3, Intensity::Heavy, std::nullopt);
  EXPECT_EQ(dates_of(chosen), (std::vector<Date>{day(0), day(2), day(4)}));
  EXPECT_EQ(placements_of(chosen),
            (std::vector<Placement>{Placement::Lighter, Placement::EasyDay, Placement::EasyDay}));
}

TEST(WeekSchedule, OnlyWorkoutDaysAllowedPlacesSessionsAfterTheWorkout) {
  using enum RunType;
  // Tuesday's workout is followed by an easy day, Thursday's by the long run.
  const auto days = week({Easy, Workout, Easy, Workout, Long, Rest, Easy}, {Weekday::Tuesday, Weekday::Thursday});
  const auto moderate = choose_strength_days(days, 2, Intensity::Moderate, std::nullopt);
  EXPECT_EQ(dates_of(moderate), (std::vector<Date>{day(1), day(3)}));
  EXPECT_EQ(placements_of(moderate), (std::vector<Placement>{Placement::AfterWorkout, Placement::AfterWorkout}));
  const auto heavy = choose_strength_days(days, 2, Intensity::Heavy, std::nullopt);
  EXPECT_EQ(dates_of(heavy), (std::vector<Date>{day(1), day(3)}));
  EXPECT_EQ(placements_of(heavy), (std::vector<Placement>{Placement::AfterWorkout, Placement::AfterWorkoutLighter}));
}

TEST(WeekSchedule, PowerSessionsMoveToADayThatCanHoldJumps) {
  using enum RunType;
  // Monday and Thursday come before a workout; Tuesday's workout is followed by an easy day.
  const auto days = week({Easy, Workout, Easy, Easy, Workout, Easy, Long},
                         {Weekday::Monday, Weekday::Tuesday, Weekday::Thursday});
  const auto strength = choose_strength_days(days, 2, Intensity::Heavy, std::nullopt);
  EXPECT_EQ(dates_of(strength), (std::vector<Date>{day(0), day(3)}));
  // Sessions with jumps go after Tuesday's workout rather than on the day before one.
  const auto power = choose_strength_days(days, 2, Intensity::Heavy, std::nullopt, true);
  EXPECT_EQ(dates_of(power), (std::vector<Date>{day(1), day(3)}));
  EXPECT_EQ(placements_of(power), (std::vector<Placement>{Placement::AfterWorkout, Placement::Lighter}));
  // Never at the cost of a session: with only the days before workouts, they stay.
  const auto before_workouts = week({Easy, Workout, Easy, Easy, Workout, Easy, Long}, {Weekday::Monday, Weekday::Thursday});
  EXPECT_EQ(choose_strength_days(before_workouts, 2, Intensity::Heavy, std::nullopt, true).size(), 2U);
}

TEST(WeekSchedule, HeavyWorkTheDayBeforeALongRunIsMadeLighter) {
  using enum RunType;
  const auto days = week({Rest, Easy, Workout, Easy, Rest, Easy, Long}, {Weekday::Saturday});
  const auto heavy = choose_strength_days(days, 1, Intensity::Heavy, std::nullopt);
  ASSERT_EQ(heavy.size(), 1U);
  EXPECT_EQ(heavy[0].date, day(5));
  EXPECT_EQ(heavy[0].placement, Placement::Lighter);
  // A moderate session stays as it is.
  const auto moderate = choose_strength_days(days, 1, Intensity::Moderate, std::nullopt);
  ASSERT_EQ(moderate.size(), 1U);
  EXPECT_EQ(moderate[0].placement, Placement::EasyDay);
}

TEST(WeekSchedule, NeverTwoSessionsOnConsecutiveDays) {
  using enum RunType;
  const auto days = week({Rest, Rest, Rest, Rest, Rest, Rest, Rest});
  const auto four = choose_strength_days(days, 4, Intensity::Moderate, std::nullopt);
  EXPECT_EQ(dates_of(four), (std::vector<Date>{day(0), day(2), day(4), day(6)}));
  // Three sessions spread as far apart as the week allows.
  const auto three = choose_strength_days(days, 3, Intensity::Moderate, std::nullopt);
  EXPECT_EQ(dates_of(three), (std::vector<Date>{day(0), day(3), day(6)}));
  // Allowed only on three consecutive days: two sessions, never back to back.
  const auto tight = choose_strength_days(
      week({Rest, Rest, Rest, Rest, Rest, Rest, Rest}, {Weekday::Tuesday, Weekday::Wednesday, Weekday::Thursday}), 3,
      Intensity::Moderate, std::nullopt);
  EXPECT_EQ(dates_of(tight), (std::vector<Date>{day(1), day(3)}));
}

TEST(WeekSchedule, KeepsADayBetweenLastWeeksSessionAndThisWeeksFirst) {
  using enum RunType;
  const auto days = week({Rest, Easy, Rest, Easy, Easy, Rest, Easy}, {Weekday::Monday, Weekday::Wednesday});
  const Date last_sunday = day(-1);
  const auto chosen = choose_strength_days(days, 2, Intensity::Moderate, last_sunday);
  EXPECT_EQ(dates_of(chosen), (std::vector<Date>{day(2)}));  // Monday would follow Sunday's session
  // Without last week's session both fit.
  EXPECT_EQ(dates_of(choose_strength_days(days, 2, Intensity::Moderate, std::nullopt)),
            (std::vector<Date>{day(0), day(2)}));
}

TEST(WeekSchedule, NeverOnLongRunRaceOrRaceWindowDays) {
  using enum RunType;
  auto days = week({Long, Race, Long, Race, Long, Race, Long});
  EXPECT_TRUE(choose_strength_days(days, 2, Intensity::Light, std::nullopt).empty());
  // A day a race window limits to light work takes no strength; one it caps at moderate takes
  // heavy work only made lighter.
  days = week({Rest, Rest, Rest, Rest, Rest, Rest, Rest}, {Weekday::Tuesday, Weekday::Friday});
  days[1].cap = Intensity::Light;
  days[4].cap = Intensity::Moderate;
  const auto chosen = choose_strength_days(days, 2, Intensity::Heavy, std::nullopt);
  ASSERT_EQ(chosen.size(), 1U);
  EXPECT_EQ(chosen[0].date, day(4));
  EXPECT_EQ(chosen[0].placement, Placement::Lighter);
}

TEST(WeekSchedule, PrefersNoCompromiseOverAnEarlierDate) {
  using enum RunType;
  // Monday is before a workout, Thursday is a plain easy day.
  const auto days = week({Easy, Workout, Easy, Easy, Easy, Long, Rest}, {Weekday::Monday, Weekday::Thursday});
  const auto chosen = choose_strength_days(days, 1, Intensity::Heavy, std::nullopt);
  ASSERT_EQ(chosen.size(), 1U);
  EXPECT_EQ(chosen[0].date, day(3));
  EXPECT_EQ(chosen[0].placement, Placement::EasyDay);
}

TEST(WeekSchedule, StrengthPlacementRules) {
  DayContext context;
  context.date = day(0);
  context.run = RunType::Easy;
  context.next_run = RunType::Easy;
  EXPECT_EQ(strength_placement(context, Intensity::Heavy), Placement::EasyDay);
  context.allowed = false;
  EXPECT_EQ(strength_placement(context, Intensity::Heavy), std::nullopt);
  context.allowed = true;
  context.next_run = RunType::Race;
  EXPECT_EQ(strength_placement(context, Intensity::Heavy), Placement::Lighter);
  EXPECT_EQ(strength_placement(context, Intensity::Moderate), Placement::EasyDay);
  context.run = RunType::Workout;
  EXPECT_EQ(strength_placement(context, Intensity::Heavy), Placement::AfterWorkoutLighter);
  context.run = RunType::Long;
  EXPECT_EQ(strength_placement(context, Intensity::Light), std::nullopt);
}

}  // namespace
}  // namespace stride::planning
