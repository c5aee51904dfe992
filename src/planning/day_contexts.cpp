#include "day_contexts.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <utility>

namespace stride::planning {
namespace {

// `reason()` gives the words for `day.window_reason`, asked only when the day takes them.
template <class Reason>
void limit(DayContext& day, core::Intensity cap, bool plyometrics, const Reason& reason) {
  if (cap < day.cap) {
    day.cap = cap;
    day.window_reason = reason();
  } else if (cap == day.cap && day.window_reason.empty()) {
    day.window_reason = reason();
  }
  day.plyometrics_allowed = day.plyometrics_allowed && plyometrics;
}

std::string race_words(core::Date race, const core::PlannedRun& run) {
  if (run.note) return fmt::format("{} on {}", *run.note, core::format_iso_date(race));
  if (run.distance) return fmt::format("the {:g} km race on {}", run.distance->value(), core::format_iso_date(race));
  return fmt::format("the race on {}", core::format_iso_date(race));
}

}  // namespace

core::PlannedRun run_on(const core::RunningCalendar& calendar, std::optional<core::Date> goal_race, core::Date date) {
  auto run = calendar.run_on(date);
  if (goal_race && date == *goal_race) run.type = core::RunType::Race;
  return run;
}

std::optional<double> race_distance_km(const core::RunningCalendar& calendar, core::Date date, bool goal,
                                       core::Event event, const PlanRules& rules) {
  const auto dated = calendar.dated_runs.find(date);
  const bool dated_race = dated != calendar.dated_runs.end() && dated->second.type == core::RunType::Race;
  // The goal race is the distance the runner dated for it (a 100-mile ultra), else its event's,
  // whatever the weekday's usual run says.
  if (goal && !(dated_race && dated->second.distance)) {
    if (const auto distance = rules.event_distance(event)) return distance;
  }
  const auto& run = calendar.run_on(date);
  return run.distance ? std::optional(run.distance->value()) : std::nullopt;
}

std::vector<DayContext> build_day_contexts(core::Date start, core::Date end, const core::RunningCalendar& calendar,
                                           std::optional<core::Date> goal_race, core::Event goal_event,
                                           const core::Availability& availability, const PlanRules& rules) {
  std::vector<DayContext> days;
  const int count = core::days_between(start, end) + 1;
  // The run type of each day from the longest recovery before the plan to the day after its end,
  // looked up once: a day's own, the day before's next run and the race windows read them.
  const int before = rules.longest_recovery_days();
  // Days are counted as sys_days, which step by adding one; a Date is made once per day.
  const std::chrono::sys_days first_day{start};
  std::vector<core::RunType> run_types;
  run_types.reserve(static_cast<std::size_t>(before + count + 1));
  for (const auto* run : calendar.runs_from(core::Date{first_day - std::chrono::days{before}}, before + count + 1)) {
    run_types.push_back(run->type);
  }
  // The goal race is a race whatever the calendar says.
  if (goal_race) {
    const int offset = core::days_between(start, *goal_race);
    if (offset >= -before && offset <= count) run_types[static_cast<std::size_t>(offset + before)] = core::RunType::Race;
  }
  const auto run_type_at = [&](int offset) { return run_types[static_cast<std::size_t>(offset + before)]; };
  days.resize(static_cast<std::size_t>(count));
  auto weekday = core::weekday_of(start);
  for (int offset = 0; offset < count; ++offset) {
    auto& day = days[static_cast<std::size_t>(offset)];
    day.date = core::Date{first_day + std::chrono::days{offset}};
    day.run = run_type_at(offset);
    day.next_run = run_type_at(offset + 1);
    day.allowed = availability.days.empty() || availability.days.contains(weekday);
    weekday = core::next_weekday(weekday);
  }
  // A race's windows reach this many days before it; its recovery, recovery.days after it.
  const int days_before_a_race = std::max({rules.race_eve_light_only_days, rules.race_week_days,
                                           rules.tune_up_taper_days, rules.race_eve_no_eccentric_days});
  // Races from the longest recovery before the plan up to the day after its end shape the windows.
  for (int offset = -before; offset <= count; ++offset) {
    if (run_type_at(offset) != core::RunType::Race) continue;
    const core::Date race = core::add_days(start, offset);
    const auto run = run_on(calendar, goal_race, race);
    const bool goal = goal_race && race == *goal_race;
    const std::string words = goal ? fmt::format("your goal race on {}", core::format_iso_date(race)) : race_words(race, run);
    const auto& recovery = rules.recovery_after(race_distance_km(calendar, race, goal, goal_event, rules));
    // Only the days within the windows' reach change.
    const auto first = static_cast<std::size_t>(std::clamp(offset - days_before_a_race, 0, count));
    const auto last = static_cast<std::size_t>(std::clamp(offset + recovery.days + 1, 0, count));
    for (std::size_t index = first; index < last; ++index) {
      auto& day = days[index];
      const int until = offset - static_cast<int>(index);  // days from day.date to the race
      const auto away = [&] { return fmt::format("{} is {} day{} away", words, until, until == 1 ? "" : "s"); };
      if (until > 0 && until <= rules.race_eve_light_only_days) {
        limit(day, core::Intensity::Light, false, [&] { return goal ? "race week: " + away() : away(); });
      }
      if (goal && until > 0 && until <= rules.race_week_days) {
        limit(day, core::Intensity::Light, false, [&] { return "race week: " + away(); });
      }
      if (!goal && until > 0 && until <= rules.tune_up_taper_days) limit(day, core::Intensity::Moderate, false, away);
      if (!goal && until > 0 && until <= rules.race_week_days) day.before_tune_up = true;
      // Slow eccentric work leaves soreness that peaks a day to three later: none before a race.
      if (until > 0 && until <= rules.race_eve_no_eccentric_days) day.eccentric_allowed = false;
      const int since = -until;
      if (since > 0 && since <= recovery.days) {
        const bool light_only = since <= recovery.light_only_days;
        limit(day, light_only ? core::Intensity::Light : core::Intensity::Moderate, false,
              [&] { return fmt::format("recovery after {}", words); });
        day.eccentric_allowed = false;
      }
    }
  }
  return days;
}

}  // namespace stride::planning
