#include "stride/planning/plan_builder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "day_contexts.hpp"
#include "plan_assembler.hpp"
#include "plan_wording.hpp"
#include "stride/planning/season.hpp"
#include "stride/planning/session_builder.hpp"
#include "stride/planning/week_schedule.hpp"

namespace stride::planning {

using core::Date;
using core::PhaseName;

namespace {

// Adds `session` to `day` with the next id of that date: "2026-11-25-a", then "-b".
void append_session(core::PlanDay& day, core::PlannedSession session) {
  session.id = core::format_iso_date(day.date);
  session.id += '-';
  session.id += static_cast<char>('a' + day.sessions.size());
  day.sessions.push_back(std::move(session));
}

}  // namespace

PlanAssembler::PlanAssembler(const PlanInputs& inputs, const PlanningData& data)
    : m_inputs(inputs),
      m_data(data),
      m_profile(make_profile(inputs, data.rules)),
      m_picker(data.library, m_profile),
      m_targets(week_targets(inputs.athlete, m_profile, data.rules)) {
  if (inputs.findings && !inputs.findings->findings.empty()) {
    RoutineOptions options;
    options.equipment = inputs.athlete.equipment;
    options.avoid_regions = inputs.athlete.active_injury_regions();
    options.budget = core::Minutes(60);
    m_routine = build_corrective_routine(*inputs.findings, data.table, data.library, data.muscles, data.corrective,
                                         options);
  }
  m_builder.emplace(m_picker, data.rules, data.corrective, m_routine ? &*m_routine : nullptr);
  m_goal_race = inputs.athlete.goal.race_date;
  // The sessions are tried only for a runner the power phase is open to (the cheap tests first).
  m_power_allowed = power_phase_allowed(m_profile) && usual_week_holds_jumps() && contrast_pairs_possible();
}

core::Plan PlanAssembler::build() {
  const auto& athlete = m_inputs.athlete;
  core::Plan plan;
  plan.athlete = athlete.name;
  plan.start = m_inputs.start;
  plan.season_start = m_inputs.start;
  plan.end = m_goal_race ? *m_goal_race : core::add_days(m_inputs.start, 7 * m_inputs.weeks - 1);
  if (m_goal_race) plan.race = core::RaceTarget{*m_goal_race, athlete.goal.event};

  auto season = season_weeks(plan.end);
  // A re-plan inside the season: the weeks before it are placed as they were planned (for the
  // athlete of then, knowing nothing of a missed week or load flags found since), and the season
  // keeps its shape; this athlete's sessions fill the rest (power weeks as strength weeks for a
  // runner who can no longer jump).
  const auto& continuation = m_inputs.continuation;
  const bool replays_lived_weeks = continuation.has_value();
  PlanInputs lived_inputs;
  std::optional<PlanAssembler> lived;
  std::vector<SeasonWeek> lived_season;
  if (replays_lived_weeks) {
    lived_inputs = m_inputs;
    lived_inputs.athlete = continuation->lived_athlete;
    lived_inputs.continuation.reset();
    lived_inputs.missed_week.reset();
    lived_inputs.lighter_week.reset();
    lived.emplace(lived_inputs, m_data);
    lived_season = lived->season_weeks(plan.end);
    season = lived_season;
    if (!power_allowed()) plan_power_as_strength(season);
  }
  if (m_inputs.missed_week) hold_back_after_missed_week(season, *m_inputs.missed_week);

  const auto contexts = build_day_contexts(plan.start, plan.end, m_inputs.calendar, m_goal_race, athlete.goal.event,
                                           athlete.availability, m_data.rules);
  const auto runs = m_inputs.calendar.runs_from(plan.start, static_cast<int>(contexts.size()));
  plan.days.reserve(contexts.size());
  for (std::size_t index = 0; index < contexts.size(); ++index) {
    const auto& context = contexts[index];
    core::PlanDay day;
    day.date = context.date;
    auto run = *runs[index];
    if (m_goal_race && context.date == *m_goal_race) {
      run.type = core::RunType::Race;
      // The goal race is its own distance, not the weekday's usual run.
      const auto distance = race_distance_km(m_inputs.calendar, context.date, true, athlete.goal.event, m_data.rules);
      run.distance = distance ? std::optional(core::Kilometres(*distance)) : std::nullopt;
      run.duration.reset();
    }
    if (run.type != core::RunType::Rest) day.run = std::move(run);
    plan.days.push_back(std::move(day));
  }
  plan.weeks.reserve(season.size());
  m_progress.week_contacts.reserve(season.size());
  for (std::size_t index = 0; index < season.size(); ++index) {
    const Date monday = season[index].monday;
    if (replays_lived_weeks && monday < core::monday_of(continuation->from)) {
      plan.weeks.push_back(lived->place_week(lived_season[index], contexts, plan));
      lived->m_progress.week_contacts.push_back(lived->m_progress.placed_contacts);
      m_progress = lived->m_progress;
      continue;
    }
    std::optional<Date> from;
    if (replays_lived_weeks && monday < continuation->from) {
      // The re-plan starts inside this week: its days before `from` hold what was lived, and
      // this athlete's sessions take the rest of the week from there.
      from = continuation->from;
      lived->m_progress = m_progress;
      lived->place_week(lived_season[index], contexts, plan);
      for (Date date = *from; date <= season[index].end; date = core::add_days(date, 1)) day_at(plan, date).sessions.clear();
    }
    plan.weeks.push_back(place_week(season[index], contexts, plan, from));
    m_progress.week_contacts.push_back(m_progress.placed_contacts);
  }
  for (const auto& week : season) {
    if (!plan.phases.empty() && plan.phases.back().name == week.phase) {
      plan.phases.back().end = week.end;
    } else {
      plan.phases.push_back({week.phase, week.start, week.end});
    }
  }
  if (m_goal_race) plan.after_race = after_race(*m_goal_race);
  const bool has_jumps = std::ranges::any_of(plan.days, [](const core::PlanDay& day) {
    return std::ranges::any_of(day.sessions, [](const core::PlannedSession& session) { return contacts_in(session) > 0; });
  });
  plan.notes = wording::plan_notes(m_inputs, m_data.rules, m_profile, season, m_routine ? &*m_routine : nullptr,
                                   m_targets.strength_sessions, m_targets.budget, has_jumps);
  plan.warnings = wording::plan_warnings(m_inputs, m_profile, season);
  return plan;
}

bool PlanAssembler::power_allowed() const { return m_power_allowed; }

std::vector<SeasonWeek> PlanAssembler::season_weeks(Date end) const {
  SeasonProfile season_profile;
  season_profile.experience = m_inputs.athlete.strength_experience;
  season_profile.has_findings = m_inputs.findings && !m_inputs.findings->findings.empty();
  season_profile.careful = m_profile.careful;
  season_profile.event = m_inputs.athlete.goal.event;
  season_profile.ends_with_goal_race = m_inputs.athlete.goal.race_date.has_value();
  season_profile.power_allowed = power_allowed();
  return build_season(m_inputs.start, end, season_profile, m_data.rules);
}

core::PlanDay& PlanAssembler::day_at(core::Plan& plan, Date date) {
  return plan.days[static_cast<std::size_t>(core::days_between(plan.start, date))];
}

core::PlannedSession PlanAssembler::planned(SessionContent content, std::string title, core::SessionKind kind,
                                            PhaseName phase, std::string why) {
  core::PlannedSession session;
  session.title = std::move(title);
  session.kind = kind;
  session.phase = phase;
  session.intensity = content.intensity;
  session.minutes = core::Minutes((content.duration.count() + 59) / 60);
  session.why = std::move(why);
  session.blocks = std::move(content.blocks);
  return session;
}

// In the goal race's week a current injury's isometric holds go on, in the warm-up, until two days
// before the race (not in a tune-up race's recovery or eve).
bool PlanAssembler::race_week_holds_on(const DayContext& day) const {
  return m_goal_race && !m_profile.current_regions.empty() &&
         core::days_between(day.date, *m_goal_race) >= m_data.rules.injury_race_week_hold_days_before &&
         day.window_reason.starts_with("race week");
}

core::PlannedSession PlanAssembler::light_session(core::SessionKind kind, PhaseName phase, std::string title,
                                                  std::string why, const DayContext* context) const {
  const bool rehab = context != nullptr && race_week_holds_on(*context);
  if (rehab) return planned(m_builder->mobility_with_rehab(light_budget(), std::nullopt), std::move(title), kind, phase,
                            std::move(why));
  if (!m_light_content) m_light_content = m_builder->light_session(light_budget());
  return planned(*m_light_content, std::move(title), kind, phase, std::move(why));
}

void PlanAssembler::add_session(core::Plan& plan, Date date, core::PlannedSession session) {
  append_session(day_at(plan, date), std::move(session));
}

bool PlanAssembler::contrast_pairs_possible() const {
  // Every dose an injury's rehab loading takes, which has its own minutes in the session: the
  // holds, then each slow heavy step that differs from the one before, counted from the first week
  // (a recovering injury) and from the end of the holds (a current one).
  std::set<int> rehab_weeks{0};
  if (!m_profile.current_regions.empty() || !m_profile.recovering_regions.empty()) {
    const auto& steps = m_data.rules.rehab_slow_heavy.steps;
    for (std::size_t step = 0; step < steps.size(); ++step) {
      if (step > 0 && steps[step] == steps[step - 1]) continue;
      rehab_weeks.insert(static_cast<int>(step));
      rehab_weeks.insert(m_data.rules.injury_isometric_weeks + static_cast<int>(step));
    }
  }
  for (int variant : {0, 1}) {
    for (const int rehab_week : rehab_weeks) {
      SessionRequest request;
      request.phase = PhaseName::Power;
      request.variant = variant;
      request.plyometric_contacts = start_contacts(m_profile, m_data.rules);
      request.budget = m_targets.budget;
      request.rehab_week = rehab_week;
      // The session at the runner's usual length keeps its pair, a lift and its row or press.
      if (!keeps_the_phase(m_builder->strength_session(request), PhaseName::Power)) return false;
    }
  }
  return true;
}

bool PlanAssembler::usual_week_holds_jumps() const {
  const auto& days = m_inputs.athlete.availability.days;
  const auto& week = m_inputs.calendar.weekly_template;
  for (std::size_t index = 0; index < week.size(); ++index) {
    const auto weekday = static_cast<core::Weekday>(index);
    if (!days.empty() && !days.contains(weekday)) continue;
    const auto type = week[index].type;
    if (type == core::RunType::Long || type == core::RunType::Race) continue;
    if (core::is_key_run(week[(index + 1) % week.size()].type)) continue;
    return true;
  }
  return false;
}

core::AfterRace PlanAssembler::after_race(Date race) const {
  core::AfterRace after;
  after.start = core::add_days(race, 1);
  const auto goal_distance = race_distance_km(m_inputs.calendar, race, true, m_inputs.athlete.goal.event, m_data.rules);
  after.end = core::add_days(race, std::max(m_data.rules.recovery_days, m_data.rules.recovery_after(goal_distance).days));
  const auto contexts = build_day_contexts(after.start, after.end, m_inputs.calendar, m_goal_race,
                                           m_inputs.athlete.goal.event, m_inputs.athlete.availability, m_data.rules);
  std::vector<DayContext> candidates;
  for (const auto& context : contexts) {
    core::PlanDay day;
    day.date = context.date;
    if (const auto found = m_inputs.calendar.dated_runs.find(context.date); found != m_inputs.calendar.dated_runs.end()) {
      if (found->second.type != core::RunType::Rest) day.run = found->second;
    }
    after.days.push_back(std::move(day));
    if (core::days_between(race, context.date) >= 2) candidates.push_back(context);
  }
  const auto dates = choose_light_days(candidates, std::min(m_data.rules.light_sessions_maximum, m_targets.strength_sessions),
                                       [](const DayContext&) { return false; });
  for (auto date : dates) {
    auto session = light_session(core::SessionKind::Recovery, PhaseName::Recovery, "Recovery mobility",
                                 wording::after_race_why());
    append_session(after.days[static_cast<std::size_t>(core::days_between(after.start, date))], std::move(session));
  }
  return after;
}

core::Plan build_plan(const PlanInputs& inputs, const PlanningData& data) { return PlanAssembler(inputs, data).build(); }

}  // namespace stride::planning
