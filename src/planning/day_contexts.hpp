#pragma once

#include <optional>
#include <vector>

#include "stride/core/athlete.hpp"
#include "stride/core/running_calendar.hpp"
#include "stride/planning/plan_rules.hpp"
#include "stride/planning/week_schedule.hpp"

namespace stride::planning {

// The run on `date`, with the goal race forced in even when the calendar does not list it.
[[nodiscard]] core::PlannedRun run_on(const core::RunningCalendar& calendar, std::optional<core::Date> goal_race,
                                      core::Date date);

// Every day from `start` to `end` with its run, the next day's run, whether the athlete allows
// sessions then, and the caps race windows put on it: the goal race's last `race_week_days` and
// a tune-up's last `tune_up_taper_days` allow no heavy work and no plyometrics (the goal race's
// allow light work only); the `recovery_light_only_days` after any race allow light work only and
// the rest of the `recovery_days` nothing heavy.
[[nodiscard]] std::vector<DayContext> build_day_contexts(core::Date start, core::Date end,
                                                         const core::RunningCalendar& calendar,
                                                         std::optional<core::Date> goal_race,
                                                         const core::Availability& availability,
                                                         const PlanRules& rules);

}  // namespace stride::planning
