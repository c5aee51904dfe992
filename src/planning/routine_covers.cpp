#include <fmt/format.h>

#include <algorithm>
#include <span>
#include <string_view>

#include "routine_builder.hpp"

// The routine's covers: the items that serve every muscle and every finding, and what was left out.
namespace stride::planning::routine_building {

Planned RoutineBuilder::make_item_for_finding(Step step, const Exercise& exercise, std::size_t index, Need need) {
  const auto& muscles = eligible(index, need);
  const auto& ranks = eligible_ranks(index, need);
  const auto& muscle_sides = eligible_sides(index, need);
  std::vector<std::string> targets;
  targets.reserve(muscles.size());
  Sides sides;
  for (std::size_t position = 0; position < muscles.size(); ++position) {
    if (!serves(exercise, ranks[position])) continue;
    targets.push_back(muscles[position]);
    sides.insert(muscle_sides[position]);
  }
  return make_item(step, exercise, std::move(targets), sides, {index});
}

void RoutineBuilder::add_missing_items(Need need, std::vector<Planned>& first, std::vector<Planned>& second) {
  for (std::size_t index = 0; index < m_findings.findings.size(); ++index) {
    const auto& muscles = eligible_ranks(index, need);
    if (muscles.empty()) continue;
    const auto served = [&](const std::vector<Planned>& list) {
      return std::ranges::any_of(list, [&](const Planned& planned) { return serves_any(exercise_of(planned), muscles); });
    };
    if (served(first) || served(second)) continue;
    for (Step step : steps_of(need)) {
      const Exercise* best = nullptr;
      for (const auto* exercise : exercises_for(step)) {
        if (!usable(*exercise) || !serves_any(*exercise, muscles)) continue;
        if (best == nullptr || exercise->level < best->level) best = exercise;
      }
      if (best == nullptr) continue;
      mark_used(*best);
      auto& list = step == Step::Lengthen ? second : first;
      list.push_back(make_item_for_finding(step, *best, index, need));
      break;
    }
  }
}

std::vector<Planned*> RoutineBuilder::choose_covering(Need need, const std::vector<std::vector<Planned>*>& lists) {
  std::vector<Planned*> candidates;
  std::size_t candidate_count = 0;
  for (const auto* list : lists) candidate_count += list->size();
  candidates.reserve(candidate_count);
  for (auto* list : lists) {
    for (auto& planned : *list) candidates.push_back(&planned);
  }
  std::vector<std::size_t> uncovered(m_findings.findings.size());
  for (std::size_t index = 0; index < uncovered.size(); ++index) uncovered[index] = index;
  const auto qualifies = [&](const Planned* planned, std::size_t index) {
    return serves_any(exercise_of(*planned), eligible_ranks(index, need));
  };
  std::vector<Planned*> chosen;
  chosen.reserve(m_findings.findings.size());  // each choice covers at least one finding
  while (true) {
    Planned* best = nullptr;
    std::size_t best_count = 0;
    for (auto* candidate : candidates) {
      const auto count = static_cast<std::size_t>(
          std::ranges::count_if(uncovered, [&](std::size_t index) { return qualifies(candidate, index); }));
      if (count > best_count) {
        best = candidate;
        best_count = count;
      }
    }
    if (best == nullptr) break;
    std::erase_if(uncovered, [&](std::size_t index) {
      if (!qualifies(best, index)) return false;
      m_chosen[index][static_cast<std::size_t>(need)] = best->exercise;
      return true;
    });
    chosen.push_back(best);
  }
  return chosen;
}

void RoutineBuilder::record_covers(const std::vector<Planned>& inhibit, const std::vector<Planned>& lengthen,
                                   const std::vector<Planned>& activate) {
  // An item of these lists is an option when fit_budget kept it in the routine's blocks (each
  // exercise is in the routine once at most, so its place in the library tells).
  const auto& kept = m_in_blocks;
  // By position in the library: already among the options being listed.
  std::vector<char> listed(m_library.all().size());
  // The routine's items and the other exercises that serve a finding's muscles, for one finding
  // and need at a time (kept from one to the next, so that they are allocated once).
  std::vector<const Planned*> planned;
  std::vector<std::pair<const Exercise*, Step>> others;
  const std::vector<Planned>* release_lists[] = {&inhibit, &lengthen};
  const std::vector<Planned>* activate_lists[] = {&activate};
  using Lists = std::span<const std::vector<Planned>* const>;
  for (std::size_t index = 0; index < m_findings.findings.size(); ++index) {
    FindingCover cover;
    for (Need need : {Need::Release, Need::Activate}) {
      auto& options = need == Need::Release ? cover.release : cover.activate;
      const auto& muscles = eligible(index, need);
      if (muscles.empty()) continue;
      const auto& muscle_ranks = eligible_ranks(index, need);
      std::fill(listed.begin(), listed.end(), false);
      const auto add = [&](const Exercise& exercise, const core::Prescription& item) {
        listed[position_of(exercise)] = true;
        options.own_items.push_back(item);
        options.exercises.push_back(&exercise);
      };
      planned.clear();
      for (const auto* list : need == Need::Release ? Lists(release_lists) : Lists(activate_lists)) {
        for (const auto& item : *list) {
          if (kept[position_of(*item.exercise)] && serves_any(*item.exercise, muscle_ranks)) planned.push_back(&item);
        }
      }
      const auto* chosen = m_chosen[index][static_cast<std::size_t>(need)];
      options.own_items.reserve(planned.size());
      options.exercises.reserve(planned.size());
      for (const auto* item : planned) {
        if (item->exercise == chosen) add(*item->exercise, item->item);
      }
      for (const auto* item : planned) {
        if (!listed[position_of(*item->exercise)]) add(*item->exercise, item->item);
      }
      others.clear();
      for (Step step : steps_of(need)) {
        for (const auto* exercise : exercises_for(step)) {
          if (available(*exercise) && !listed[position_of(*exercise)] && serves_any(*exercise, muscle_ranks)) {
            others.emplace_back(exercise, step);
          }
        }
      }
      if (others.empty()) continue;
      // By level, in the order found among equals: an insertion sort, which needs no buffer
      // (std::stable_sort asks for one), for a list of a few dozen at most.
      const auto by_level = [](const auto& a, const auto& b) { return a.first->level < b.first->level; };
      for (auto other = others.begin(); other != others.end(); ++other) {
        std::rotate(std::upper_bound(others.begin(), other, *other, by_level), other, std::next(other));
      }
      options.exercises.reserve(options.exercises.size() + others.size());
      // What cover_option_item() makes these options' items of (make_item_for_finding's items).
      options.muscles = muscles;
      options.muscle_sides = eligible_sides(index, need);
      options.other_roles.reserve(others.size());
      options.other_serves.reserve(others.size() * muscles.size());
      for (const auto& [exercise, step] : others) {
        options.exercises.push_back(exercise);
        options.other_roles.push_back(role_of(step));
        for (const auto& rank : muscle_ranks) options.other_serves.push_back(serves(*exercise, rank) ? 1 : 0);
      }
    }
    m_routine.covers.push_back(std::move(cover));
  }
}

std::optional<LeftOut> RoutineBuilder::explain_gap(Step step, const Target& target) const {
  const Exercise* needs_equipment = nullptr;
  const auto muscle = rank_of(target.muscle);
  for (const auto* exercise : exercises_for(step)) {
    if (!serves(*exercise, muscle) || m_used[position_of(*exercise)]) continue;
    if (!exercise->doable_with(m_options.equipment)) {
      if (needs_equipment == nullptr) needs_equipment = exercise;
      continue;
    }
    if (auto region = avoided_for(*exercise)) {
      return LeftOut{exercise->id, role_of(step), {std::string(target.muscle)},
                     fmt::format("left out because of your {} injury", core::enum_name(*region))};
    }
  }
  if (needs_equipment != nullptr && !(step == Step::Inhibit && !can_roll())) {
    return LeftOut{needs_equipment->id, role_of(step), {std::string(target.muscle)},
                   fmt::format("needs {} (not in your equipment)",
                               m_wording->equipment_list(needs_equipment->equipment))};
  }
  return std::nullopt;
}

void RoutineBuilder::add_left_out(LeftOut item) {
  auto& list = m_routine.left_out;
  auto found = std::find_if(list.begin(), list.end(), [&](const LeftOut& other) {
    return !item.exercise.empty() && other.exercise == item.exercise && other.role == item.role;
  });
  if (found == list.end()) {
    list.push_back(std::move(item));
    return;
  }
  for (auto& target : item.targets) {
    if (std::find(found->targets.begin(), found->targets.end(), target) == found->targets.end()) {
      found->targets.push_back(std::move(target));
    }
  }
}

std::vector<Planned> RoutineBuilder::cover(Step step, const std::vector<Target>& targets) {
  std::vector<Planned> planned;
  planned.reserve(targets.size());  // an item serves at least one target
  struct Uncovered {
    const Target* target;
    MuscleRank muscle;
  };
  std::vector<Uncovered> uncovered;
  uncovered.reserve(targets.size());
  for (const auto& target : targets) uncovered.push_back({&target, rank_of(target.muscle)});
  std::vector<const Target*> served;
  served.reserve(targets.size());
  while (!uncovered.empty()) {
    const Target& first = *uncovered.front().target;
    const MuscleRank first_muscle = uncovered.front().muscle;
    const Exercise* best = nullptr;
    std::size_t best_count = 0;
    for (const auto* exercise : exercises_for(step)) {
      if (!usable(*exercise) || !serves(*exercise, first_muscle)) continue;
      const auto count = static_cast<std::size_t>(std::ranges::count_if(
          uncovered, [&](const Uncovered& other) { return serves(*exercise, other.muscle); }));
      const bool better = best == nullptr || count > best_count ||
                          (count == best_count && (exercise->level < best->level ||
                                                   (exercise->level == best->level && exercise->id < best->id)));
      if (better) {
        best = exercise;
        best_count = count;
      }
    }
    if (best == nullptr) {
      if (auto gap = explain_gap(step, first)) add_left_out(std::move(*gap));
      uncovered.erase(uncovered.begin());
      continue;
    }
    served.clear();
    std::erase_if(uncovered, [&](const Uncovered& other) {
      if (!serves(*best, other.muscle)) return false;
      served.push_back(other.target);
      return true;
    });
    mark_used(*best);
    planned.push_back(make_item(step, *best, served));
  }
  return planned;
}

std::vector<Planned> RoutineBuilder::spread_over_findings(std::vector<Planned> items) const {
  // The order is chosen by position among `items`, and each item moves once, into its place.
  std::vector<char> served(m_findings.findings.size());
  std::vector<std::size_t> waiting(items.size());
  for (std::size_t position = 0; position < items.size(); ++position) waiting[position] = position;
  std::vector<Planned> ordered;
  ordered.reserve(items.size());
  while (!waiting.empty()) {
    auto best = waiting.begin();
    std::size_t best_new = 0;
    for (auto it = waiting.begin(); it != waiting.end(); ++it) {
      const auto& findings = items[*it].findings;
      const auto fresh = static_cast<std::size_t>(
          std::ranges::count_if(findings, [&](std::size_t finding) { return served[finding] == 0; }));
      if (fresh > best_new) {
        best = it;
        best_new = fresh;
      }
    }
    auto& chosen = items[*best];
    for (auto finding : chosen.findings) served[finding] = 1;
    ordered.push_back(std::move(chosen));
    waiting.erase(best);
  }
  return ordered;
}

}  // namespace stride::planning::routine_building

namespace stride::planning {

core::Prescription cover_option_item(const CoverOptions& options, std::size_t position, const CorrectiveRules& rules) {
  const auto own = options.own_items.size();
  if (position < own) return options.own_items[position];
  const auto other = position - own;
  const auto count = options.muscles.size();
  std::vector<std::string> targets;
  routine_building::Sides sides;
  for (std::size_t muscle = 0; muscle < count; ++muscle) {
    if (options.other_serves[other * count + muscle] == 0) continue;
    targets.push_back(options.muscles[muscle]);
    sides.insert(options.muscle_sides[muscle]);
  }
  return routine_building::corrective_item(routine_building::step_of(options.other_roles[other]),
                                           *options.exercises[position], std::move(targets), sides, rules);
}

}  // namespace stride::planning
