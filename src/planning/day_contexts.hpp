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

// The distance in kilometres of the race on `date`: for the goal race the distance of a dated race
// entry on that day, else its event's (`rules.event_distance_km`); otherwise the calendar's;
// nullopt when unknown.
[[nodiscard]] std::optional<double> race_distance_km(const core::RunningCalendar& calendar, core::Date date,
                                                     bool goal, core::Event event, const PlanRules& rules);

// Every day from `start` to `end` with its run, the next day's run, whether the athlete allows
// sessions then, and the caps race windows put on it: the `race_eve_light_only_days` before any
// race and the goal race's last `race_week_days` allow light work only; a tune-up's last
// `tune_up_taper_days` nothing heavy; after any race, the recovery row of its distance allows
// light work only for its first days and nothing heavy, no plyometric and no eccentric work for
// all of them; no eccentric work in the `race_eve_no_eccentric_days` before any race. No
// plyometrics in any window.
[[nodiscard]] std::vector<DayContext> build_day_contexts(core::Date start, core::Date end,
                                                         const core::RunningCalendar& calendar,
                                                         std::optional<core::Date> goal_race, core::Event goal_event,
                                                         const core::Availability& availability,
                                                         const PlanRules& rules);

}  // namespace stride::planning
