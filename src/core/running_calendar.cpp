#include "stride/core/running_calendar.hpp"

namespace stride::core {

const PlannedRun& RunningCalendar::run_on(Date date) const {
  if (const auto found = dated_runs.find(date); found != dated_runs.end()) return found->second;
  return weekly_template[static_cast<std::size_t>(weekday_of(date))];
}

}  // namespace stride::core
