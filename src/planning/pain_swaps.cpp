#include "stride/planning/pain_swaps.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cmath>

namespace stride::planning {
namespace {

using core::Date;

// Distances are rounded down to whole kilometres (to half kilometres below 3 km) and durations to
// 5 minutes, so a cap is never above its share.
double floor_km(double km) { return km >= 3 ? std::floor(km) : std::floor(km * 2) / 2; }
double floor_minutes(double minutes) { return std::floor(minutes / 5) * 5; }

std::string km_text(double km) { return fmt::format("{:g} km", km); }

std::string minutes_text(int minutes) { return fmt::format("{} min", minutes); }

// "9–12 km", or "9 km" when both ends are the same.
std::string km_range(double low, double high) {
  return low == high ? km_text(high) : fmt::format("{:g}–{:g} km", low, high);
}

std::string minutes_range(int low, int high) {
  return low == high ? minutes_text(high) : fmt::format("{}–{} min", low, high);
}

// [low, high] shares of `planned`, each rounded down; the high end alone when the low one rounds to
// nothing, and nothing when the high one does.
std::optional<std::pair<double, double>> shares(double planned, double low, double high, double (*round_down)(double)) {
  const double longest = round_down(planned * high);
  if (longest <= 0) return std::nullopt;
  const double shortest = round_down(planned * low);
  return std::pair{shortest > 0 ? shortest : longest, longest};
}

// Fills the run's length instead: [low, high] shares of its distance, or else of its duration.
// Returns false when the shares leave nothing to run.
bool set_length(RunSwap& swap, double low, double high) {
  if (swap.planned.distance) {
    const auto range = shares(swap.planned.distance->value(), low, high, floor_km);
    if (!range) return false;
    swap.min_distance = core::Kilometres{range->first};
    swap.max_distance = core::Kilometres{range->second};
  } else if (swap.planned.duration) {
    const auto range = shares(static_cast<double>(swap.planned.duration->count()), low, high, floor_minutes);
    if (!range) return false;
    swap.min_duration = core::Minutes{static_cast<int>(range->first)};
    swap.max_duration = core::Minutes{static_cast<int>(range->second)};
  }
  return true;
}

std::string cap_text(const RunSwap& swap) {
  if (swap.max_distance) return "at most " + km_text(swap.max_distance->value());
  if (swap.max_duration) return "at most " + minutes_text(static_cast<int>(swap.max_duration->count()));
  return {};
}

std::string range_of(const RunSwap& swap) {
  if (swap.max_distance) return km_range(swap.min_distance->value(), swap.max_distance->value());
  if (swap.max_duration) {
    return minutes_range(static_cast<int>(swap.min_duration->count()), static_cast<int>(swap.max_duration->count()));
  }
  return {};
}

std::string instead_words(const RunSwap& swap, const SwapRules& rules) {
  switch (swap.action) {
    case RunSwapAction::Rest: return "rest (walk or cross-train only if it is pain-free)";
    case RunSwapAction::EasyOrRest: return fmt::format("easy, {}, or rest", cap_text(swap));
    case RunSwapAction::Easy: {
      const std::string range = range_of(swap);
      const std::string what = range.empty() ? "an easy run" : "easy " + range;
      return swap.planned.type == core::RunType::Workout ? what + " (no intervals, tempo or hills)" : what;
    }
    case RunSwapAction::RaceIfSettled: {
      const std::string range = range_of(swap);
      return fmt::format("race only if the next-morning pain is back to {}/10 or less and not rising; else {}, or rest",
                         rules.settled_score, range.empty() ? "an easy run" : "easy " + range);
    }
  }
  return {};
}

std::optional<RunSwap> run_swap(const core::PlanDay& day, bool near, SwapLevel level, const SwapRules& rules) {
  if (!day.run) return std::nullopt;
  const core::RunType type = day.run->type;
  if (type == core::RunType::Rest || type == core::RunType::Cross) return std::nullopt;
  const bool key = core::is_key_run(type);
  RunSwap swap{day.date, *day.run, RunSwapAction::Rest, {}, {}, {}, {}, {}};
  if (level == SwapLevel::Rest) {
    const bool can_run = !near && set_length(swap, rules.near_share, rules.near_share);
    swap.action = can_run ? RunSwapAction::EasyOrRest : RunSwapAction::Rest;
  } else if (!key) {
    return std::nullopt;  // easy runs stay while the pain stays within the monitoring rule
  } else if (near) {
    swap.action = set_length(swap, rules.near_share, rules.near_share) ? RunSwapAction::EasyOrRest
                                                                        : RunSwapAction::Rest;
  } else {
    const bool length = set_length(swap, rules.later_low_share, rules.later_high_share);
    if (!length) swap.action = RunSwapAction::Rest;
    else swap.action = type == core::RunType::Race ? RunSwapAction::RaceIfSettled : RunSwapAction::Easy;
  }
  if (swap.action == RunSwapAction::EasyOrRest && !swap.max_distance && !swap.max_duration) {
    swap.max_duration = core::Minutes{rules.easy_minutes_without_figures};
  }
  swap.instead = instead_words(swap, rules);
  return swap;
}

bool lower_body(core::Pattern pattern) {
  switch (pattern) {
    case core::Pattern::Squat:
    case core::Pattern::Hinge:
    case core::Pattern::Lunge:
    case core::Pattern::SingleLeg:
    case core::Pattern::StepUp:
    case core::Pattern::Calf:
    case core::Pattern::FootAnkle:
    case core::Pattern::Plyometric:
    case core::Pattern::Balance: return true;
    default: return false;
  }
}

bool lifting(core::Role role) {
  return role == core::Role::Strength || role == core::Role::Power || role == core::Role::Plyometric ||
         role == core::Role::Integrate || role == core::Role::Balance;
}

bool jump_or_impact(const core::Prescription& item, const core::Exercise& exercise) {
  return item.role == core::Role::Plyometric || item.contacts || exercise.pattern == core::Pattern::Plyometric ||
         exercise.impact == core::Impact::Moderate || exercise.impact == core::Impact::High;
}

bool loads_region(const core::Exercise& exercise, const std::set<core::InjuryRegion>& regions) {
  return std::any_of(regions.begin(), regions.end(),
                     [&](core::InjuryRegion region) { return exercise.avoid_with.contains(region); });
}

void add_once(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

std::string names(const std::vector<std::string>& ids, const core::ExerciseLibrary& library) {
  std::string text;
  for (const auto& id : ids) {
    const auto* exercise = library.find(id);
    text += (text.empty() ? "" : ", ") + (exercise != nullptr ? exercise->name : id);
  }
  return text;
}

// Why an item is left out, in the order the words give the reasons.
enum class SkipReason { JumpOrImpact, LoadsPainfulRegion, LowerBodyLift };

std::optional<SkipReason> skip_reason(const core::Prescription& item, const core::Exercise& exercise,
                                      bool lower_body_out, const SwapTrigger& trigger) {
  if (jump_or_impact(item, exercise)) return SkipReason::JumpOrImpact;
  // Slow heavy rehab loading waits while pain asks for less (the holds are kept before this).
  if (item.role == core::Role::Rehab || loads_region(exercise, trigger.regions)) return SkipReason::LoadsPainfulRegion;
  if (lower_body_out && lifting(item.role) && lower_body(exercise.pattern)) return SkipReason::LowerBodyLift;
  return std::nullopt;
}

// "skip the jumps and impact (B-skip) and what loads the painful area (Goblet squat with dumbbell)".
std::string skip_words(const std::vector<std::vector<std::string>>& by_reason, const core::ExerciseLibrary& library) {
  static constexpr std::array<std::string_view, 3> labels{"the jumps and impact", "what loads the painful area",
                                                          "the lower-body lifts for now"};
  std::vector<std::string> groups;
  for (std::size_t reason = 0; reason < by_reason.size(); ++reason) {
    if (by_reason[reason].empty()) continue;
    // After jumps or painful-area exercises, the lower-body lifts are "the other" ones.
    const std::string label = reason == 2 && !groups.empty() ? "the other lower-body lifts for now"
                                                             : std::string(labels[reason]);
    groups.push_back(fmt::format("{} ({})", label, names(by_reason[reason], library)));
  }
  std::string text = "skip ";
  for (std::size_t index = 0; index < groups.size(); ++index) {
    if (index > 0) text += index + 1 == groups.size() ? " and " : ", ";
    text += groups[index];
  }
  return text;
}

std::optional<SessionSwap> session_swap(const core::PlannedSession& session, Date date, bool lower_body_out,
                                        const SwapTrigger& trigger, const core::ExerciseLibrary& library) {
  SessionSwap swap{date, session.id, session.title, {}, {}, {}};
  std::vector<std::vector<std::string>> by_reason(3);
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) {
      // Isometric rehab holds are kept (they ease tendon pain); slow heavy rehab loading of a
      // painful area waits like any other loading of it.
      if (item.role == core::Role::Rehab && item.hold_seconds) {
        add_once(swap.keep, item.exercise);
        continue;
      }
      const auto* exercise = library.find(item.exercise);
      if (exercise == nullptr) continue;
      const auto reason = skip_reason(item, *exercise, lower_body_out, trigger);
      if (!reason) continue;
      add_once(swap.skip, item.exercise);
      add_once(by_reason[static_cast<std::size_t>(*reason)], item.exercise);
    }
  }
  if (swap.skip.empty() && swap.keep.empty()) return std::nullopt;
  std::string words;
  if (!swap.skip.empty()) words = skip_words(by_reason, library);
  if (!swap.keep.empty()) {
    words += fmt::format("{}keep the rehab: {}", words.empty() ? "" : "; ", names(swap.keep, library));
  }
  swap.instead = words + "; the rest as planned";
  return swap;
}

}  // namespace

PainSwaps pain_swaps(const std::vector<core::PlanDay>& days, const SwapTrigger& trigger,
                     const core::ExerciseLibrary& library, const SwapRules& rules) {
  PainSwaps swaps;
  swaps.level = trigger.worst_score >= rules.rest_score ? SwapLevel::Rest : SwapLevel::Reduce;
  swaps.from = trigger.today;
  swaps.to = core::add_days(trigger.today, rules.days - 1);
  for (const auto& day : days) {
    if (day.date < swaps.from || day.date > swaps.to) continue;
    const bool near = core::days_between(trigger.today, day.date) < rules.near_days;
    if (auto run = run_swap(day, near, swaps.level, rules)) swaps.runs.push_back(std::move(*run));
    for (const auto& session : day.sessions) {
      const bool lower_body_out = near && swaps.level == SwapLevel::Rest;
      if (auto swap = session_swap(session, day.date, lower_body_out, trigger, library)) {
        swaps.sessions.push_back(std::move(*swap));
      }
    }
  }
  return swaps;
}

}  // namespace stride::planning
