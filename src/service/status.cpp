#include "stride/service/status.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace stride::service {

namespace {

DayState state_of(const StatusDay& day, core::Date today) {
  const bool planned = !day.planned_sessions.empty() || (day.planned_run && day.planned_run->type != core::RunType::Rest);
  if (!planned) return day.done.empty() ? DayState::Rest : DayState::Unplanned;
  if (day.date > today) return DayState::Planned;
  const auto done_sport = [&](core::Sport sport) {
    return std::any_of(day.done.begin(), day.done.end(), [&](const core::Activity& a) { return a.sport == sport; });
  };
  int expected = 0;
  int met = 0;
  if (day.planned_run && day.planned_run->type != core::RunType::Rest && day.planned_run->type != core::RunType::Cross) {
    ++expected;
    met += done_sport(core::Sport::Run) ? 1 : 0;
  }
  if (!day.planned_sessions.empty()) {
    ++expected;
    met += done_sport(core::Sport::Strength) ? 1 : 0;
  }
  if (expected == 0 || met == expected) return day.date == today && day.done.empty() ? DayState::Today : DayState::Done;
  if (day.date == today) return DayState::Today;
  return met > 0 ? DayState::Partly : DayState::Missed;
}

std::vector<StatusDay> week_days(const std::vector<core::EffectiveDay>& effective, const core::TrainingLog& log,
                                 core::Date monday, core::Date today) {
  std::vector<StatusDay> days;
  for (int offset = 0; offset < 7; ++offset) {
    StatusDay day;
    day.date = core::add_days(monday, offset);
    for (const auto& planned : effective) {
      if (planned.day.date != day.date) continue;
      day.planned_run = planned.day.run;
      day.planned_sessions = planned.day.sessions;
    }
    for (const auto& activity : log.activities) {
      if (activity.date == day.date) day.done.push_back(activity);
    }
    day.state = state_of(day, today);
    days.push_back(std::move(day));
  }
  return days;
}

void add_advice(StatusReport& report) {
  for (const auto& flag : report.flags) {
    if (flag.code == "pain" || flag.code == "pain_rising") {
      report.advice.push_back(flag.message);
    }
  }
  const bool load_warning = std::any_of(report.flags.begin(), report.flags.end(), [](const auto& flag) {
    return flag.code == "single_run_spike" || flag.code == "weekly_distance_jump" || flag.code == "monotony_high";
  });
  if (load_warning) {
    report.advice.push_back(
        "Recent load rose quickly: keep the next runs easy and no longer than your longest run of the last 30 days; "
        "re-plan with `stride plan --athlete-id` to trim next week's strength volume.");
  }
  const bool missed = std::any_of(report.week.begin(), report.week.end(),
                                  [](const StatusDay& day) { return day.state == DayState::Missed; });
  if (missed) {
    report.advice.push_back(
        "Some planned work was missed this week. Do not double up; if the whole week goes, re-planning repeats it "
        "instead of moving on.");
  }
}

// Recent activities without an RPE carry a heart-rate load or none: ask for ratings.
void add_rating_advice(StatusReport& report, const core::TrainingLog& log) {
  const core::Date recent = core::add_days(report.today, -(kStatusRecentDays - 1));
  int heart_rate = 0;
  int unrated = 0;
  for (const auto& activity : log.activities) {
    if (activity.date < recent) continue;
    const auto basis = core::load_basis(activity);
    if (basis == core::LoadBasis::HeartRate) ++heart_rate;
    if (basis == core::LoadBasis::Unrated) ++unrated;
  }
  if (unrated > 0) {
    report.advice.push_back(fmt::format(
        "{} recent imported activit{} no RPE and no heart-rate load, so the load figures miss {}: rate {} with "
        "`stride log rate --activity-id ID --rpe N`.",
        unrated, unrated == 1 ? "y has" : "ies have", unrated == 1 ? "it" : "them", unrated == 1 ? "it" : "them"));
  }
  if (heart_rate > 0) {
    report.advice.push_back(fmt::format(
        "{} recent imported activit{} load from heart rate (Banister TRIMP), a different scale from RPE × minutes; "
        "rating {} keeps the load figures consistent.",
        heart_rate, heart_rate == 1 ? "y takes its" : "ies take their", heart_rate == 1 ? "it" : "them"));
  }
}

}  // namespace

core::Result<StatusReport> status(core::Store& store, core::AthleteId athlete, core::Date today) {
  StatusReport report;
  STRIDE_TRY(report.athlete, store.find_athlete(athlete));
  report.today = today;
  STRIDE_TRY(const auto log, store.training_log(athlete, std::nullopt, today));
  const core::Date monday = core::monday_of(today);
  STRIDE_TRY(const auto effective, store.effective_days(athlete, monday, core::add_days(monday, 6)));
  report.week = week_days(effective, log, monday, today);

  STRIDE_TRY(const auto latest, store.latest_plan(athlete));
  if (latest) {
    StatusPlan plan{latest->id, latest->plan.start, latest->plan.end, latest->plan.race, std::nullopt};
    for (const auto& week : latest->plan.weeks) {
      if (week.start <= today && today <= core::add_days(core::monday_of(week.start), 6)) plan.week = week;
    }
    report.plan = plan;
  }

  if (!log.activities.empty() || !log.pain.empty()) {
    const auto load = analytics::compute_load(log, today);
    if (!load.daily.empty()) report.load = load.daily.back();
    report.form = analytics::form_of(load.daily);
    if (!log.activities.empty()) report.week_comparison = analytics::compare_week_to_date(log, today);
    for (const auto& week : load.weeks) {
      if (week.start == monday) report.load_week = week;
    }
    const core::Date recent = core::add_days(today, -(kStatusRecentDays - 1));
    for (const auto& flag : load.flags) {
      if (flag.date >= recent) report.flags.push_back(flag);
    }
    for (const auto& pain : log.pain) {
      if (pain.date >= recent) report.pain.push_back(pain);
    }
  }

  std::vector<analytics::RaceResult> races;
  for (const auto& activity : log.activities) {
    if (activity.race && activity.distance_km) {
      races.push_back(analytics::RaceResult{activity.date, *activity.distance_km, activity.duration_min});
    }
  }
  if (!races.empty()) {
    report.latest_race = races.back();
    report.predictions = analytics::predict_races(races);
  }
  report.running_dynamics = analytics::running_dynamics(log, report.athlete.athlete, today);
  add_advice(report);
  add_rating_advice(report, log);
  return report;
}

}  // namespace stride::service
