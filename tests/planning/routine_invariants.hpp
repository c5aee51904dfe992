#pragma once

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/service/catalog.hpp"

namespace stride::testing {

// Every rule a corrective routine must keep, whatever the findings; returns the violations.
inline std::vector<std::string> routine_violations(const planning::CorrectiveRoutine& routine,
                                                   const planning::RoutineOptions& options,
                                                   const service::Catalog& catalog) {
  std::vector<std::string> problems;
  const std::vector<std::string> order{"inhibit", "lengthen", "activate", "integrate"};
  std::size_t last_position = 0;
  std::set<std::string> exercises;
  core::Seconds total{0};
  const auto& rules = catalog.corrective_rules;
  for (const auto& block : routine.blocks) {
    auto position = static_cast<std::size_t>(std::find(order.begin(), order.end(), block.name) - order.begin());
    if (position == order.size()) problems.push_back("unknown block " + block.name);
    if (position < last_position) problems.push_back("block " + block.name + " out of order");
    last_position = position;
    if (block.items.empty()) problems.push_back("empty block " + block.name);
    std::vector<std::string> block_targets;
    for (const auto& item : block.items) {
      const auto* exercise = catalog.library.find(item.exercise);
      if (exercise == nullptr) {
        problems.push_back("unknown exercise " + item.exercise);
        continue;
      }
      if (!exercises.insert(item.exercise).second) problems.push_back("exercise repeated: " + item.exercise);
      if (!exercise->doable_with(options.equipment)) problems.push_back("needs missing equipment: " + item.exercise);
      for (auto region : exercise->avoid_with) {
        if (options.avoid_regions.contains(region)) problems.push_back("avoided for injury: " + item.exercise);
      }
      for (const auto& target : item.targets) {
        for (const auto& other : block_targets) {
          if (target == other) problems.push_back(fmt::format("muscle {} repeated in {}", target, block.name));
        }
        block_targets.push_back(target);
      }
      if (item.why.empty()) problems.push_back("no why: " + item.exercise);
      const int doses = (item.reps ? 1 : 0) + (item.hold_seconds ? 1 : 0) + (item.contacts ? 1 : 0);
      if (doses != 1) problems.push_back("needs exactly one of reps, hold_s, contacts: " + item.exercise);
      if (block.name == "inhibit") {
        if (exercise->pattern != core::Pattern::Smr) problems.push_back("inhibit without rolling: " + item.exercise);
        if (item.hold_seconds.value_or(0) < 30) problems.push_back("rolling under 30 s: " + item.exercise);
      }
      if (block.name == "lengthen" && exercise->pattern != core::Pattern::StaticStretch) {
        problems.push_back("lengthen without a stretch: " + item.exercise);
      }
      if (block.name == "activate" && item.reps) {
        if (*item.reps < 10 || *item.reps > 15) problems.push_back("activation outside 10-15 reps: " + item.exercise);
        if (item.tempo != rules.activation_tempo) problems.push_back("activation without the slow tempo: " + item.exercise);
      }
      if (item.extra_sets_side && item.side_first != item.extra_sets_side) {
        problems.push_back("the extra set is not on the side that goes first: " + item.exercise);
      }
      if (item.side_first && !item.per_side) problems.push_back("side_first on a two-sided exercise: " + item.exercise);
      if (item.duration != planning::estimate_duration(item, rules)) problems.push_back("duration mismatch: " + item.exercise);
      total += item.duration;
    }
  }
  if (total != routine.duration) problems.push_back("routine duration is not the sum of its items");
  if (routine.duration > routine.budget) problems.push_back("routine exceeds its budget");
  if (routine.budget < options.budget) problems.push_back("routine budget below the one asked for");
  if (routine.budget > options.budget) {
    const bool told = std::ranges::any_of(routine.notes, [&](const std::string& note) {
      return note.find(fmt::format("more than the {}-minute budget", options.budget.count())) != std::string::npos;
    });
    if (!told) problems.push_back("budget raised without a note");
  }
  for (const auto& item : routine.left_out) {
    if (item.reason.empty()) problems.push_back("left out without a reason");
    if (!item.exercise.empty() && exercises.contains(item.exercise)) problems.push_back("both kept and left out: " + item.exercise);
  }
  return problems;
}

namespace routine_checks {

// The two things every finding needs, re-derived here from the brief of issue 11 rather than read
// from the rules file, so a wrong data entry cannot hide itself.
enum class Need { Release, Activate };

inline bool serves(const service::Catalog& catalog, const core::Exercise& exercise, const std::string& muscle) {
  return std::ranges::any_of(exercise.primary_muscles,
                             [&](const std::string& primary) { return catalog.muscles.serves(primary, muscle); });
}

inline bool serves_any(const service::Catalog& catalog, const core::Exercise& exercise,
                       const std::vector<std::string>& muscles) {
  return std::ranges::any_of(muscles, [&](const std::string& muscle) { return serves(catalog, exercise, muscle); });
}

// A roll or a stretch releases; an activation drill up to the rules' level (no breathing drill), or
// an easy calf or foot drill without impact, activates (docs/assessment.md §3.1).
inline bool meets(const service::Catalog& catalog, Need need, const core::Exercise& exercise) {
  if (need == Need::Release) {
    return exercise.pattern == core::Pattern::Smr || exercise.pattern == core::Pattern::StaticStretch;
  }
  if (exercise.has_tag(core::ExerciseTag::Breathing)) return false;
  if (exercise.pattern == core::Pattern::Activation) return exercise.level <= catalog.corrective_rules.activation_max_level;
  return (exercise.pattern == core::Pattern::Calf || exercise.pattern == core::Pattern::FootAnkle) &&
         exercise.level <= 2 && exercise.impact == core::Impact::None;
}

inline bool allowed(const core::Exercise& exercise, const planning::RoutineOptions& options) {
  if (!exercise.doable_with(options.equipment)) return false;
  return std::ranges::none_of(exercise.avoid_with, [&](core::InjuryRegion region) { return options.avoid_regions.contains(region); });
}

// Some exercise the runner may do meets `need` through one of `muscles`.
inline bool possible(const service::Catalog& catalog, const planning::RoutineOptions& options, Need need,
                     const std::vector<std::string>& muscles) {
  return std::ranges::any_of(catalog.library.all(), [&](const core::Exercise& exercise) {
    return meets(catalog, need, exercise) && allowed(exercise, options) && serves_any(catalog, exercise, muscles);
  });
}

// Some kept item of the routine meets `need` through one of `muscles`.
inline bool kept(const service::Catalog& catalog, const planning::CorrectiveRoutine& routine, Need need,
                 const std::vector<std::string>& muscles) {
  for (const auto& block : routine.blocks) {
    const bool right_block = need == Need::Release ? block.name == "inhibit" || block.name == "lengthen" : block.name == "activate";
    if (!right_block) continue;
    for (const auto& item : block.items) {
      const auto* exercise = catalog.library.find(item.exercise);
      if (exercise != nullptr && serves_any(catalog, *exercise, muscles)) return true;
    }
  }
  return false;
}

// Every muscle a finding lists for `need`, on both of its sides.
inline std::vector<std::string> listed(const analytics::Finding& finding, Need need) {
  auto muscles = need == Need::Release ? finding.overactive : finding.underactive;
  const auto& opposite = need == Need::Release ? finding.opposite_overactive : finding.opposite_underactive;
  muscles.insert(muscles.end(), opposite.begin(), opposite.end());
  return muscles;
}

// The muscles issue 11 names for a finding: deep core for an arching low back, glute med for hip
// drop, glute med or max for knees caving in and a weight shift (whose adductors or hip flexors are
// released: the shifted side's overactive muscles); lats or pecs released and the
// middle or lower trapezius activated when the arms fall forward; the upper trapezius released and
// the lower trapezius (shoulders elevate) or the deep neck flexors (head forward) activated.
inline std::vector<std::string> key_muscles(core::Compensation compensation, Need need) {
  using core::Compensation;
  if (need == Need::Activate) {
    switch (compensation) {
      case Compensation::LowBackArches: return {"transverse_abdominis"};
      case Compensation::HipDrop: return {"glute_med"};
      case Compensation::KneesCaveIn:
      case Compensation::AsymmetricWeightShift: return {"glute_med", "glute_max"};
      case Compensation::ArmsFallForward: return {"middle_trapezius", "lower_trapezius"};
      case Compensation::ShouldersElevate: return {"lower_trapezius"};
      case Compensation::HeadForward: return {"deep_cervical_flexors"};
      default: return {};
    }
  }
  switch (compensation) {
    case Compensation::AsymmetricWeightShift: return {"adductors", "hip_flexors"};
    case Compensation::ArmsFallForward: return {"latissimus_dorsi", "pectoralis_major", "pectoralis_minor"};
    case Compensation::ShouldersElevate:
    case Compensation::HeadForward: return {"upper_trapezius"};
    default: return {};
  }
}

inline std::string describe(const analytics::Finding& finding) {
  return fmt::format("{} {} ({})", core::enum_name(finding.test), core::enum_name(finding.compensation),
                     core::enum_name(finding.side));
}

}  // namespace routine_checks

// Every finding keeps one roll or stretch of one of its overactive muscles and one activation of
// one of its underactive muscles, whenever some exercise the runner may do could serve them.
inline std::vector<std::string> coverage_violations(const planning::CorrectiveRoutine& routine,
                                                    const analytics::AssessmentFindings& findings,
                                                    const planning::RoutineOptions& options,
                                                    const service::Catalog& catalog) {
  using namespace routine_checks;
  std::vector<std::string> problems;
  for (const auto& finding : findings.findings) {
    for (Need need : {Need::Release, Need::Activate}) {
      const auto muscles = listed(finding, need);
      if (!possible(catalog, options, need, muscles) || kept(catalog, routine, need, muscles)) continue;
      problems.push_back(fmt::format("{} has no {}", describe(finding), need == Need::Release ? "roll or stretch" : "activation"));
    }
  }
  return problems;
}

// The findings issue 11 names keep their key items: deep core, glute med or max, and the upper
// body's lats, pecs, trapezius and deep neck flexors.
inline std::vector<std::string> key_item_violations(const planning::CorrectiveRoutine& routine,
                                                    const analytics::AssessmentFindings& findings,
                                                    const planning::RoutineOptions& options,
                                                    const service::Catalog& catalog) {
  using namespace routine_checks;
  std::vector<std::string> problems;
  for (const auto& finding : findings.findings) {
    for (Need need : {Need::Release, Need::Activate}) {
      const auto muscles = key_muscles(finding.compensation, need);
      if (muscles.empty() || !possible(catalog, options, need, muscles) || kept(catalog, routine, need, muscles)) continue;
      problems.push_back(fmt::format("{} has no {} of its key muscles", describe(finding),
                                     need == Need::Release ? "roll or stretch" : "activation"));
    }
  }
  return problems;
}

// With a massage ball, an overactive upper trapezius is rolled with it.
inline std::vector<std::string> upper_trapezius_violations(const planning::CorrectiveRoutine& routine,
                                                           const analytics::AssessmentFindings& findings,
                                                           const planning::RoutineOptions& options,
                                                           const service::Catalog& catalog) {
  using namespace routine_checks;
  const auto* roll = catalog.library.find("massage_ball_upper_trapezius");
  if (roll == nullptr) return {"massage_ball_upper_trapezius is missing from the library"};
  const bool flagged = std::ranges::any_of(findings.findings, [](const analytics::Finding& finding) {
    const auto muscles = listed(finding, Need::Release);
    return std::ranges::find(muscles, "upper_trapezius") != muscles.end();
  });
  if (!flagged || !allowed(*roll, options)) return {};
  for (const auto& block : routine.blocks) {
    if (block.name != "inhibit") continue;
    for (const auto& item : block.items) {
      if (item.exercise == roll->id) return {};
    }
  }
  return {"the upper trapezius is overactive and the runner has a massage ball, but it is not rolled"};
}

}  // namespace stride::testing
