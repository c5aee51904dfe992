// Properties of compute_load over random logs: the daily series has one entry per day from the
// first logged date to as_of, loads are non-negative and add up, the smoothed values stay between
// the extremes of the loads, weeks cover the series, flags are sorted, and the report is
// deterministic.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <algorithm>
#include <cmath>

#include "load_test_support.hpp"
#include "stride/analytics/training_load.hpp"

namespace stride::analytics {
namespace {

core::TrainingLog random_log() {
  core::TrainingLog log;
  const int activities = *rc::gen::inRange(1, 60);
  for (int index = 0; index < activities; ++index) {
    const auto sport = *rc::gen::element(core::Sport::Run, core::Sport::Strength, core::Sport::Cross, core::Sport::Other);
    core::Activity activity = testing::session(*rc::gen::inRange(0, 120), *rc::gen::inRange(0, 11) * 1.0,
                                               *rc::gen::inRange(0, 240) * 0.5, sport);
    if (*rc::gen::arbitrary<bool>()) activity.distance_km = *rc::gen::inRange(0, 400) * 0.1;
    log.activities.push_back(activity);
  }
  const int reports = *rc::gen::inRange(0, 8);
  for (int index = 0; index < reports; ++index) {
    log.pain.push_back(testing::pain(*rc::gen::inRange(0, 120), *rc::gen::inRange(0, 11),
                                     *rc::gen::element(core::PainTiming::During, core::PainTiming::After,
                                                       core::PainTiming::NextMorning)));
  }
  return log;
}

RC_GTEST_PROP(LoadProperties, DailySeriesCoversEveryDayUpToAsOf, ()) {
  const core::TrainingLog log = random_log();
  const bool explicit_as_of = *rc::gen::arbitrary<bool>();
  const std::optional<core::Date> as_of =
      explicit_as_of ? std::optional(testing::day(*rc::gen::inRange(-5, 150))) : std::nullopt;
  const LoadReport report = compute_load(log, as_of);

  core::Date first = testing::day(1000);
  core::Date last = testing::day(-1000);
  for (const auto& activity : log.activities) first = std::min(first, activity.date), last = std::max(last, activity.date);
  for (const auto& item : log.pain) first = std::min(first, item.date), last = std::max(last, item.date);
  const core::Date end = as_of.value_or(last);
  RC_ASSERT(report.as_of == std::optional(end));
  const int expected_days = end < first ? 0 : core::days_between(first, end) + 1;
  RC_ASSERT(report.daily.size() == static_cast<std::size_t>(expected_days));

  double expected_total = 0;
  for (const auto& activity : log.activities) {
    if (activity.date <= end) expected_total += *activity.rpe * activity.duration_min;
  }
  double total = 0;
  for (std::size_t index = 0; index < report.daily.size(); ++index) {
    const DailyLoad& day = report.daily[index];
    RC_ASSERT(day.date == core::add_days(first, static_cast<int>(index)));
    RC_ASSERT(day.load >= 0);
    total += day.load;
  }
  RC_ASSERT(std::abs(total - expected_total) < 1e-6);

  int week_days = 0;
  double week_total = 0;
  for (const WeeklyLoad& week : report.weeks) {
    RC_ASSERT(core::weekday_of(week.start) == core::Weekday::Monday);
    RC_ASSERT(week.days >= 1 && week.days <= 7);
    week_days += week.days;
    week_total += week.load;
    if (week.monotony) RC_ASSERT(week.days == 7 && *week.monotony > 0);
  }
  RC_ASSERT(week_days == expected_days);
  RC_ASSERT(std::abs(week_total - expected_total) < 1e-6);
}

RC_GTEST_PROP(LoadProperties, SmoothedValuesStayBetweenTheExtremes, ()) {
  const LoadReport report = compute_load(random_log());
  double smallest = 0;  // CTL and ATL start at 0
  double largest = 0;
  const double seed = report.daily.empty() ? 0 : report.daily.front().load;
  double smallest_with_seed = seed;
  double largest_with_seed = seed;
  for (const DailyLoad& day : report.daily) {
    largest = std::max(largest, day.load);
    smallest_with_seed = std::min(smallest_with_seed, day.load);
    largest_with_seed = std::max(largest_with_seed, day.load);
    RC_ASSERT(day.ctl >= smallest - 1e-9 && day.ctl <= largest + 1e-9);
    RC_ASSERT(day.atl >= smallest - 1e-9 && day.atl <= largest + 1e-9);
    RC_ASSERT(day.acute_ewma >= smallest_with_seed - 1e-9 && day.acute_ewma <= largest_with_seed + 1e-9);
    RC_ASSERT(day.chronic_ewma >= smallest_with_seed - 1e-9 && day.chronic_ewma <= largest_with_seed + 1e-9);
    if (day.acwr_ewma) RC_ASSERT(*day.acwr_ewma >= 0);
  }
}

RC_GTEST_PROP(LoadProperties, FlagsAreSortedWithinTheSeriesAndDeterministic, ()) {
  const core::TrainingLog log = random_log();
  const LoadReport report = compute_load(log);
  for (std::size_t index = 1; index < report.flags.size(); ++index) {
    const LoadFlag& previous = report.flags[index - 1];
    const LoadFlag& flag = report.flags[index];
    RC_ASSERT(previous.date < flag.date || (previous.date == flag.date && previous.code() <= flag.code()));
  }
  for (const LoadFlag& flag : report.flags) {
    RC_ASSERT(!report.daily.empty() && flag.date >= report.daily.front().date && flag.date <= *report.as_of);
    RC_ASSERT(!flag.message().empty() && !flag.evidence().empty());
  }
  const LoadReport again = compute_load(log);
  RC_ASSERT(again.flags.size() == report.flags.size());
  for (std::size_t index = 0; index < report.flags.size(); ++index) {
    RC_ASSERT(again.flags[index].evidence() == report.flags[index].evidence());
  }
}

}  // namespace
}  // namespace stride::analytics
