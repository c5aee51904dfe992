#include "stride/core/running_calendar.hpp"

#include <chrono>

namespace stride::core {

const PlannedRun& RunningCalendar::run_on(Date date) const {
  if (const auto found = dated_runs.find(date); found != dated_runs.end()) return found->second;
  return weekly_template[static_cast<std::size_t>(weekday_of(date))];
}

std::vector<const PlannedRun*> RunningCalendar::runs_from(Date first, int count) const {
  std::vector<const PlannedRun*> runs;
  if (count <= 0) return runs;
  runs.reserve(static_cast<std::size_t>(count));
  auto dated = dated_runs.lower_bound(first);
  std::chrono::sys_days day{first};
  auto weekday = weekday_of(first);
  for (int offset = 0; offset < count; ++offset) {
    if (dated != dated_runs.end() && dated->first == Date{day}) {
      runs.push_back(&dated->second);
      ++dated;
    } else {
      runs.push_back(&weekly_template[static_cast<std::size_t>(weekday)]);
    }
    day += std::chrono::days{1};
    weekday = next_weekday(weekday);
  }
  return runs;
}

}  // namespace stride::core
