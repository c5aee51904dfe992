#include "stride/planning/season.hpp"

#include <algorithm>
#include <cmath>

namespace stride::planning {
namespace {

using core::PhaseName;

struct Segment {
  PhaseName phase;
  int weeks;
};

bool is_novice(core::StrengthExperience experience) {
  return experience == core::StrengthExperience::None || experience == core::StrengthExperience::Beginner;
}

// The phases whose weeks load enough to need a deload: stabilization's light, slow work does not
// (it resets the count, as maintenance and the taper do).
bool is_loading_phase(PhaseName phase) { return phase == PhaseName::Strength || phase == PhaseName::Power; }

}  // namespace

int first_stabilization_weeks(int build_weeks, const SeasonProfile& profile, const PlanRules& rules) {
  if (!is_novice(profile.experience) && build_weeks <= rules.short_build_weeks) {
    // A trained lifter with a short build: a short re-introduction, so strength and power both fit.
    return rules.stabilization_weeks_short_build + (profile.has_findings ? 1 : 0);
  }
  int weeks = rules.stabilization_weeks_trained;
  if (profile.has_findings) weeks = std::max(weeks, rules.stabilization_weeks_with_findings);
  if (is_novice(profile.experience)) weeks = std::max(weeks, rules.stabilization_weeks_novice);
  return weeks;
}

namespace {

// Stabilization → strength → power over `available` weeks, cycling when the season is long.
std::vector<Segment> build_segments(int available, const SeasonProfile& profile, const PlanRules& rules) {
  std::vector<Segment> segments;
  const bool novice = is_novice(profile.experience);
  int first_stabilization = first_stabilization_weeks(available, profile, rules);

  int strength_done = 0;
  const auto power_earned = [&](int strength_weeks) {
    if (!profile.power_allowed) return false;
    return !novice || strength_done + strength_weeks >= rules.strength_weeks_before_power_for_novices;
  };
  int remaining = available;
  bool first = true;
  while (remaining > 0) {
    const int stabilization = std::min(remaining, first ? first_stabilization : rules.cycle_restabilization_weeks);
    segments.push_back({PhaseName::Stabilization, stabilization});
    remaining -= stabilization;
    if (remaining == 0) break;
    const int cycle = rules.cycle_strength_weeks + rules.cycle_power_weeks;
    const int smallest_final_cycle = rules.cycle_restabilization_weeks + rules.cycle_strength_weeks;
    if (remaining > cycle + smallest_final_cycle) {
      int strength = rules.cycle_strength_weeks;
      int power = power_earned(strength) ? rules.cycle_power_weeks : 0;
      if (power == 0) strength += rules.cycle_power_weeks;
      segments.push_back({PhaseName::Strength, strength});
      if (power > 0) segments.push_back({PhaseName::Power, power});
      strength_done += strength;
      remaining -= strength + power;
      first = false;
      continue;
    }
    int power = 0;
    if (remaining >= rules.power_weeks_minimum + 2) {  // at least two strength weeks first
      power = static_cast<int>(std::lround(remaining / 4.0));
      if (profile.event == core::Event::FiveK || profile.event == core::Event::TenK) power += 1;
      if (profile.event == core::Event::Ultra || profile.event == core::Event::Marathon) power -= 1;
      power = std::clamp(power, rules.power_weeks_minimum, rules.power_weeks_maximum);
      if (!power_earned(remaining - power)) power = 0;
    }
    segments.push_back({PhaseName::Strength, remaining - power});
    if (power > 0) segments.push_back({PhaseName::Power, power});
    break;
  }
  return segments;
}

std::vector<PhaseName> phase_of_each_week(int weeks, const SeasonProfile& profile, const PlanRules& rules) {
  std::vector<Segment> segments;
  int build = weeks;
  int taper = 0;
  if (profile.ends_with_goal_race) {
    taper = std::min(rules.taper_weeks, weeks);
    build = weeks - taper;
    if (weeks <= rules.short_runway_weeks) {
      if (build > 0) segments.push_back({PhaseName::Maintenance, build});
      build = 0;
    }
  }
  if (build > 0) {
    auto built = build_segments(build, profile, rules);
    segments.insert(segments.end(), built.begin(), built.end());
  }
  if (taper > 0) segments.push_back({PhaseName::Taper, taper});
  std::vector<PhaseName> phases;
  for (const auto& segment : segments) phases.insert(phases.end(), static_cast<std::size_t>(segment.weeks), segment.phase);
  return phases;
}

void mark_deloads(std::vector<SeasonWeek>& weeks, const SeasonProfile& profile, const PlanRules& rules) {
  const int every = profile.careful ? rules.deload_every_weeks_careful : rules.deload_every_weeks;
  int loading = 0;
  for (std::size_t index = 0; index < weeks.size(); ++index) {
    auto& week = weeks[index];
    if (!is_loading_phase(week.phase)) {
      loading = 0;
      continue;
    }
    if (loading + 1 < every) {
      ++loading;
      continue;
    }
    const bool next_is_taper = index + 1 < weeks.size() && weeks[index + 1].phase == PhaseName::Taper;
    if (next_is_taper) continue;  // the taper unloads already
    if (week.week_in_phase == 1) {
      // A phase never starts with a deload. The next week takes it, unless that week cannot (it is
      // the last before the taper, or not a build week): then the week before this one does, so
      // no run of loading weeks is ever longer than `every`.
      const bool next_can = index + 2 < weeks.size() && is_loading_phase(weeks[index + 1].phase) &&
                            weeks[index + 2].phase != PhaseName::Taper;
      if (!next_can && index > 0 && is_loading_phase(weeks[index - 1].phase) && weeks[index - 1].week_in_phase > 1 &&
          !weeks[index - 1].deload && (index < 2 || !weeks[index - 2].deload)) {
        weeks[index - 1].deload = true;
        loading = 1;
      } else {
        ++loading;
      }
      continue;
    }
    week.deload = true;
    loading = 0;
  }
}

void number_weeks_in_phases(std::vector<SeasonWeek>& weeks);
void number_steps(std::vector<SeasonWeek>& weeks);

}  // namespace

std::vector<SeasonWeek> build_season(core::Date start, core::Date end, const SeasonProfile& profile,
                                     const PlanRules& rules) {
  std::vector<SeasonWeek> weeks;
  if (core::days_between(start, end) < 0) return weeks;
  const core::Date first_monday = core::monday_of(start);
  const int count = core::days_between(first_monday, core::monday_of(end)) / 7 + 1;
  const auto phases = phase_of_each_week(count, profile, rules);
  weeks.reserve(static_cast<std::size_t>(count));
  for (int index = 0; index < count; ++index) {
    SeasonWeek week;
    week.monday = core::add_days(first_monday, 7 * index);
    week.start = index == 0 ? start : week.monday;
    week.end = index == count - 1 ? end : core::add_days(week.monday, 6);
    week.phase = phases[static_cast<std::size_t>(index)];
    weeks.push_back(week);
  }
  number_weeks_in_phases(weeks);
  mark_deloads(weeks, profile, rules);
  number_steps(weeks);
  return weeks;
}

void plan_power_as_strength(std::vector<SeasonWeek>& weeks) {
  bool changed = false;
  for (auto& week : weeks) {
    if (week.phase != PhaseName::Power) continue;
    week.phase = PhaseName::Strength;
    week.replaces_power = true;
    changed = true;
  }
  if (!changed) return;
  number_weeks_in_phases(weeks);
  number_steps(weeks);
}

namespace {

// Position within each run of the same phase.
void number_weeks_in_phases(std::vector<SeasonWeek>& weeks) {
  int ordinal_counter[6] = {};
  for (std::size_t index = 0; index < weeks.size();) {
    std::size_t next = index;
    while (next < weeks.size() && weeks[next].phase == weeks[index].phase &&
           weeks[next].replaces_power == weeks[index].replaces_power) {
      ++next;
    }
    const int ordinal = ordinal_counter[static_cast<int>(weeks[index].phase)]++;
    for (std::size_t position = index; position < next; ++position) {
      weeks[position].week_in_phase = static_cast<int>(position - index) + 1;
      weeks[position].weeks_in_phase = static_cast<int>(next - index);
      weeks[position].phase_ordinal = ordinal;
    }
    index = next;
  }
}

// Dose steps: each loading week moves one step on; a deload repeats the last step.
void number_steps(std::vector<SeasonWeek>& weeks) {
  int loading_weeks = 0;
  for (std::size_t index = 0; index < weeks.size(); ++index) {
    if (weeks[index].week_in_phase == 1) loading_weeks = 0;
    if (weeks[index].deload) {
      weeks[index].step = std::max(0, loading_weeks - 1);
    } else {
      weeks[index].step = loading_weeks++;
    }
  }
}

}  // namespace

void hold_back_after_missed_week(std::vector<SeasonWeek>& weeks, core::Date missed_monday) {
  const auto missed = std::ranges::find_if(weeks, [&](const SeasonWeek& week) { return week.monday == missed_monday; });
  if (missed == weeks.end() || missed->deload || missed->phase == core::PhaseName::Taper) return;
  // The next loading week of the block: a deload in between repeats the last step anyway.
  auto next = missed + 1;
  while (next != weeks.end() && next->deload && next->phase == missed->phase && next->week_in_phase > 1) ++next;
  if (next == weeks.end() || next->deload || next->week_in_phase == 1 || next->phase != missed->phase) return;
  next->repeats_missed = true;
  for (auto week = next; week != weeks.end() && week->phase == missed->phase && week->week_in_phase > 1; ++week) {
    week->step = std::max(0, week->step - 1);
  }
}

}  // namespace stride::planning
