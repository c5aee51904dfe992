#pragma once

#include <set>
#include <string>
#include <vector>

#include <fmt/format.h>

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
  for (const auto& item : routine.left_out) {
    if (item.reason.empty()) problems.push_back("left out without a reason");
    if (!item.exercise.empty() && exercises.contains(item.exercise)) problems.push_back("both kept and left out: " + item.exercise);
  }
  return problems;
}

}  // namespace stride::testing
