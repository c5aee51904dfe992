#include "stride/analytics/week_comparison.hpp"

#include <algorithm>

namespace stride::analytics {
namespace {

DaySpan span_of(const core::TrainingLog& log, core::Date from, core::Date to) {
  DaySpan span{from, to, 0, 0};
  for (const auto& activity : log.activities) {
    if (activity.date < from || activity.date > to) continue;
    span.load += core::session_load(activity);
    if (activity.sport == core::Sport::Run && activity.distance_km) span.run_distance_km += *activity.distance_km;
  }
  return span;
}

std::optional<double> change_pct(double now, double before) {
  if (before <= 0) return std::nullopt;
  return (now - before) / before * 100;
}

}  // namespace

WeekComparison compare_week_to_date(const core::TrainingLog& log, core::Date today) {
  WeekComparison comparison;
  const core::Date monday = core::monday_of(today);
  const core::Date last_monday = core::add_days(monday, -7);
  comparison.last_whole_week = span_of(log, last_monday, core::add_days(last_monday, 6));
  comparison.today_counted = std::any_of(log.activities.begin(), log.activities.end(),
                                         [&](const core::Activity& activity) { return activity.date == today; });
  const core::Date last_day = comparison.today_counted ? today : core::add_days(today, -1);
  if (last_day < monday) return comparison;  // a Monday with nothing logged yet
  comparison.this_week = span_of(log, monday, last_day);
  comparison.last_week = span_of(log, last_monday, core::add_days(last_day, -7));
  comparison.distance_change_pct =
      change_pct(comparison.this_week->run_distance_km, comparison.last_week->run_distance_km);
  comparison.load_change_pct = change_pct(comparison.this_week->load, comparison.last_week->load);
  return comparison;
}

}  // namespace stride::analytics
