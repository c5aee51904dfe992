#include <fmt/format.h>

#include <algorithm>
#include <span>

#include "routine_builder.hpp"

// The routine's items and their doses, the integration drills and the balance drill.
namespace stride::planning::routine_building {

namespace {

// Left or Right when the reasons name exactly one of the two sides (a both-sides reason does not
// cancel a one-sided one); None otherwise.
Side single_side(Sides sides) {
  const bool left = sides.contains(Side::Left);
  const bool right = sides.contains(Side::Right);
  if (left == right) return Side::None;
  return left ? Side::Left : Side::Right;
}

}  // namespace

void dose(core::Prescription& item, const Exercise& exercise, Step step, const CorrectiveRules& rules) {
  // Sets of reps at a tempo, or of timed holds for exercises dosed in seconds.
  const auto dose_sets = [&](int sets, int reps, const std::string& tempo) {
    item.sets = sets;
    if (exercise.measure == core::Measure::HoldSeconds) {
      item.hold_seconds = rules.balance_hold_seconds;
    } else {
      item.reps = reps;
      item.tempo = tempo;
    }
    item.rest_seconds = rules.rest_between_sets_seconds;
  };
  switch (step) {
    case Step::Inhibit:
      item.hold_seconds = rules.smr_hold_seconds;
      break;
    case Step::Lengthen:
      item.hold_seconds = rules.stretch_hold_seconds;
      break;
    case Step::Activate:
      dose_sets(rules.activation_sets, rules.activation_reps, rules.activation_tempo);
      break;
    case Step::Integrate:
      dose_sets(rules.integrate_sets, rules.integrate_reps, rules.integrate_tempo);
      break;
    case Step::Balance:
      item.hold_seconds = rules.balance_hold_seconds;
      item.rest_seconds = rules.rest_between_sets_seconds;
      break;
  }
}

core::Prescription corrective_item(Step step, const Exercise& exercise, std::vector<std::string> targets, Sides sides,
                                   const CorrectiveRules& rules) {
  core::Prescription item;
  item.exercise = exercise.id;
  item.role = role_of(step);
  item.per_side = exercise.unilateral;
  item.targets = std::move(targets);
  dose(item, exercise, step, rules);
  const Side side = single_side(sides);
  if (exercise.unilateral && side != Side::None) {
    item.side_first = side;
    item.extra_sets_side = side;
  }
  item.duration = estimate_duration(item, rules);
  return item;
}

Step step_of(Role role) {
  switch (role) {
    case Role::Inhibit: return Step::Inhibit;
    case Role::Lengthen: return Step::Lengthen;
    case Role::Integrate: return Step::Integrate;
    case Role::Balance: return Step::Balance;
    default: return Step::Activate;
  }
}

Role role_of(Step step) {
  switch (step) {
    case Step::Inhibit: return Role::Inhibit;
    case Step::Lengthen: return Role::Lengthen;
    case Step::Activate: return Role::Activate;
    case Step::Integrate: return Role::Integrate;
    case Step::Balance: return Role::Balance;
  }
  return Role::Activate;
}

Planned RoutineBuilder::make_item(Step step, const Exercise& exercise, const std::vector<const Target*>& served) {
  Sides sides;
  std::vector<std::size_t> findings;
  findings.reserve(m_findings.findings.size());
  std::vector<std::string> targets;
  targets.reserve(served.size());
  for (const auto* target : served) {
    targets.emplace_back(target->muscle);
    sides.insert(target->sides);
    for (auto finding : target->findings) {
      if (std::find(findings.begin(), findings.end(), finding) == findings.end()) findings.push_back(finding);
    }
  }
  std::sort(findings.begin(), findings.end());
  return make_item(step, exercise, std::move(targets), sides, std::move(findings));
}

Planned RoutineBuilder::make_item(Step step, const Exercise& exercise, std::vector<std::string> targets, Sides sides,
                                  std::vector<std::size_t> findings) {
  auto item = corrective_item(step, exercise, std::move(targets), sides, m_rules);
  // cover_option_why() gives the same reason from an option's item and its one finding.
  item.why = m_wording->why(item.role, item.targets, findings, exercise.unilateral ? single_side(sides) : Side::None);
  return {step, std::move(item), std::move(findings), &exercise};
}

std::vector<Planned> RoutineBuilder::plan_integration() {
  std::vector<Planned> planned;
  std::vector<std::size_t> uncovered;
  for (std::size_t index = 0; index < m_findings.findings.size(); ++index) uncovered.push_back(index);
  auto integrate_list = [&](std::size_t finding) -> const std::vector<std::string>& {
    const auto& f = m_findings.findings[finding];
    return m_table.rule(f.test, f.compensation).integrate;
  };
  // Each finding's integration list as the library's exercises (nullptr for an id it does not
  // hold), looked up once: the search below compares exercises, not ids.
  // (All in one block: finding f's are [starts[f], starts[f + 1]).)
  const auto finding_count = m_findings.findings.size();
  std::vector<std::size_t> starts(finding_count + 1, 0);
  for (std::size_t finding = 0; finding < finding_count; ++finding) {
    starts[finding + 1] = starts[finding] + integrate_list(finding).size();
  }
  std::vector<const Exercise*> listed;
  listed.reserve(starts.back());
  for (std::size_t finding = 0; finding < finding_count; ++finding) {
    for (const auto& id : integrate_list(finding)) listed.push_back(m_library.find(id));
  }
  const auto list_of = [&](std::size_t finding) {
    return std::span(listed).subspan(starts[finding], starts[finding + 1] - starts[finding]);
  };
  while (!uncovered.empty()) {
    const Exercise* best = nullptr;
    std::size_t best_count = 0;
    std::size_t best_preference = 0;
    for (auto finding : uncovered) {
      const auto list = list_of(finding);
      for (std::size_t position = 0; position < list.size(); ++position) {
        const Exercise* exercise = list[position];
        if (exercise == nullptr || !usable(*exercise)) continue;
        std::size_t count = 0;
        std::size_t preference = position;
        for (auto other : uncovered) {
          const auto other_list = list_of(other);
          auto at = std::find(other_list.begin(), other_list.end(), exercise);
          if (at == other_list.end()) continue;
          ++count;
          preference = std::min(preference, static_cast<std::size_t>(at - other_list.begin()));
        }
        const bool better = best == nullptr || count > best_count ||
                            (count == best_count && (preference < best_preference ||
                                                     (preference == best_preference && exercise->id < best->id)));
        if (better) {
          best = exercise;
          best_count = count;
          best_preference = preference;
        }
      }
    }
    if (best == nullptr) {
      for (auto finding : uncovered) {
        const Exercise* wanted = m_library.find(integrate_list(finding).front());
        const auto region = avoided_for(*wanted);
        add_left_out({wanted->id, Role::Integrate, {},
                      region ? fmt::format("left out because of your {} injury", core::enum_name(*region))
                      : wanted->doable_with(m_options.equipment)
                          ? std::string("already used in another step")
                          : fmt::format("needs {} (not in your equipment)",
                                        m_wording->equipment_list(wanted->equipment))});
      }
      break;
    }
    std::vector<std::size_t> covered;
    std::erase_if(uncovered, [&](std::size_t finding) {
      const auto list = list_of(finding);
      if (std::find(list.begin(), list.end(), best) == list.end()) return false;
      covered.push_back(finding);
      return true;
    });
    mark_used(*best);
    planned.push_back(make_integration_item(*best, covered));
  }
  return planned;
}

Planned RoutineBuilder::make_integration_item(const Exercise& exercise, const std::vector<std::size_t>& covered) {
  core::Prescription item;
  item.exercise = exercise.id;
  item.role = Role::Integrate;
  item.per_side = exercise.unilateral;
  dose(item, exercise, Step::Integrate, m_rules);
  Sides sides;
  for (auto finding : covered) sides.insert(m_findings.findings[finding].side);
  Side side = single_side(sides);
  if (side == Side::None) side = balance_weaker_side();
  if (exercise.unilateral && side != Side::None) {
    item.side_first = side;
    item.extra_sets_side = side;
  }
  item.why = m_wording->why(Role::Integrate, {}, covered,
                            exercise.unilateral ? item.side_first.value_or(Side::None) : Side::None);
  item.duration = estimate_duration(item, m_rules);
  return {Step::Integrate, std::move(item), covered, &exercise};
}

Side RoutineBuilder::balance_weaker_side() const {
  for (const auto& imbalance : m_findings.imbalances) {
    if (imbalance.test == core::MovementTest::SingleLegBalance) return imbalance.weaker_side;
  }
  return Side::None;
}

std::vector<Planned> RoutineBuilder::plan_balance() {
  std::vector<Planned> planned;
  const analytics::Imbalance* gap = nullptr;
  for (const auto& imbalance : m_findings.imbalances) {
    if (imbalance.test == core::MovementTest::SingleLegBalance) gap = &imbalance;
  }
  if (gap == nullptr) return planned;
  const Exercise* best = nullptr;
  for (const auto* exercise : exercises_for(Step::Balance)) {
    if (!usable(*exercise)) continue;
    if (best == nullptr || exercise->level < best->level || (exercise->level == best->level && exercise->id < best->id)) {
      best = exercise;
    }
  }
  if (best == nullptr) return planned;
  mark_used(*best);
  core::Prescription item;
  item.exercise = best->id;
  item.role = Role::Balance;
  item.per_side = true;
  dose(item, *best, Step::Balance, m_rules);
  item.side_first = gap->weaker_side;
  item.extra_sets_side = gap->weaker_side;
  item.why = m_wording->balance_why(*gap);
  item.duration = estimate_duration(item, m_rules);
  planned.push_back({Step::Balance, std::move(item), {}, best});
  return planned;
}

}  // namespace stride::planning::routine_building
