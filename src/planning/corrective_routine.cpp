#include "stride/planning/corrective_routine.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <optional>

#include "wording.hpp"

namespace stride::planning {
namespace {

using core::Exercise;
using core::Pattern;
using core::Role;
using core::Side;

enum class Step { Inhibit, Lengthen, Activate, Integrate, Balance };

// What a finding needs once in every routine: a roll or stretch of an overactive muscle (release)
// and an activation of an underactive one.
enum class Need { Release, Activate };

// A muscle the routine should address, the sides it was flagged on and the findings behind it.
struct Target {
  std::string muscle;
  std::set<Side> sides;
  std::vector<std::size_t> findings;
};

// An item the routine would like to include, before the time budget is applied.
struct Planned {
  Step step = Step::Activate;
  core::Prescription item;
  std::vector<std::size_t> findings;  // indexes of the findings the item serves
};

// Left or Right when the reasons name exactly one of the two sides (a both-sides reason does not
// cancel a one-sided one); None otherwise.
Side single_side(const std::set<Side>& sides) {
  const bool left = sides.contains(Side::Left);
  const bool right = sides.contains(Side::Right);
  if (left == right) return Side::None;
  return left ? Side::Left : Side::Right;
}

void add_targets(std::vector<Target>& targets, const std::vector<std::string>& muscles, Side side,
                 std::size_t finding) {
  for (const auto& muscle : muscles) {
    auto found = std::find_if(targets.begin(), targets.end(), [&](const Target& t) { return t.muscle == muscle; });
    if (found == targets.end()) {
      targets.push_back({muscle, {}, {}});
      found = std::prev(targets.end());
    }
    found->sides.insert(side);
    if (std::find(found->findings.begin(), found->findings.end(), finding) == found->findings.end()) {
      found->findings.push_back(finding);
    }
  }
}

// Muscles flagged by more findings first, then lower body before upper body (vocabulary order).
void prioritise(std::vector<Target>& targets, const core::MuscleVocabulary& muscles) {
  std::stable_sort(targets.begin(), targets.end(), [&](const Target& a, const Target& b) {
    if (a.findings.size() != b.findings.size()) return a.findings.size() > b.findings.size();
    if (muscles.rank(a.muscle) != muscles.rank(b.muscle)) return muscles.rank(a.muscle) < muscles.rank(b.muscle);
    return a.muscle < b.muscle;
  });
}

class RoutineBuilder {
 public:
  RoutineBuilder(const analytics::AssessmentFindings& findings, const core::CompensationTable& table,
                 const core::ExerciseLibrary& library, const core::MuscleVocabulary& muscles,
                 const CorrectiveRules& rules, const RoutineOptions& options)
      : m_findings(findings), m_table(table), m_library(library), m_muscles(muscles), m_rules(rules),
        m_options(options), m_wording(findings, table, muscles) {}

  CorrectiveRoutine build() {
    std::vector<Target> overactive;
    std::vector<Target> underactive;
    for (std::size_t index = 0; index < m_findings.findings.size(); ++index) {
      const auto& finding = m_findings.findings[index];
      add_targets(overactive, finding.overactive, finding.side, index);
      add_targets(underactive, finding.underactive, finding.side, index);
      add_targets(overactive, finding.opposite_overactive, finding.opposite, index);
      add_targets(underactive, finding.opposite_underactive, finding.opposite, index);
    }
    prioritise(overactive, m_muscles);
    prioritise(underactive, m_muscles);

    auto inhibit = spread_over_findings(cover(Step::Inhibit, overactive));
    auto lengthen = spread_over_findings(cover(Step::Lengthen, overactive));
    auto activate = spread_over_findings(cover(Step::Activate, underactive));
    for (std::size_t index = 0; index < m_findings.findings.size(); ++index) {
      m_eligible.push_back({eligible_muscles(index, Need::Release), eligible_muscles(index, Need::Activate)});
    }
    add_missing_items(Need::Release, inhibit, lengthen);
    add_missing_items(Need::Activate, activate, activate);
    auto integrate = plan_integration();
    auto balance = plan_balance();

    std::vector<Planned*> essential = choose_covering(Need::Activate, {&activate});
    const auto release = choose_covering(Need::Release, {&inhibit, &lengthen});
    essential.insert(essential.end(), release.begin(), release.end());
    fit_budget(essential, inhibit, lengthen, activate, integrate, balance);
    record_covers(inhibit, lengthen, activate);
    add_notes(overactive);
    return std::move(m_routine);
  }

 private:
  [[nodiscard]] bool step_accepts(Step step, const Exercise& exercise) const {
    switch (step) {
      case Step::Inhibit: return exercise.pattern == Pattern::Smr;
      case Step::Lengthen: return exercise.pattern == Pattern::StaticStretch;
      case Step::Activate:
        if (exercise.has_tag(core::ExerciseTag::Breathing)) return false;
        if (exercise.pattern == Pattern::Activation) return exercise.level <= m_rules.activation_max_level;
        return (exercise.pattern == Pattern::Calf || exercise.pattern == Pattern::FootAnkle) && exercise.level <= 2 &&
               exercise.impact == core::Impact::None;
      case Step::Integrate: return true;
      case Step::Balance:
        return exercise.pattern == Pattern::Balance && exercise.unilateral && exercise.level <= 2;
    }
    return false;
  }

  [[nodiscard]] bool can_roll() const {
    return m_options.equipment.contains(core::Equipment::FoamRoller) ||
           m_options.equipment.contains(core::Equipment::MassageBall);
  }

  [[nodiscard]] std::optional<core::InjuryRegion> avoided_for(const Exercise& exercise) const {
    for (auto region : exercise.avoid_with) {
      if (m_options.avoid_regions.contains(region)) return region;
    }
    return std::nullopt;
  }

  [[nodiscard]] bool usable(const Exercise& exercise) const {
    return exercise.doable_with(m_options.equipment) && !avoided_for(exercise) && !m_used.contains(exercise.id);
  }

  [[nodiscard]] bool serves(const Exercise& exercise, const std::string& muscle) const {
    return std::any_of(exercise.primary_muscles.begin(), exercise.primary_muscles.end(),
                       [&](const std::string& primary) { return m_muscles.serves(primary, muscle); });
  }

  [[nodiscard]] bool serves_any(const Exercise& exercise, const std::vector<std::string>& muscles) const {
    return std::any_of(muscles.begin(), muscles.end(), [&](const std::string& muscle) { return serves(exercise, muscle); });
  }

  // Doable with the equipment and not avoided for an injury, used elsewhere in the routine or not.
  [[nodiscard]] bool available(const Exercise& exercise) const {
    return exercise.doable_with(m_options.equipment) && !avoided_for(exercise);
  }

  static std::vector<Step> steps_of(Need need) {
    return need == Need::Release ? std::vector<Step>{Step::Inhibit, Step::Lengthen} : std::vector<Step>{Step::Activate};
  }

  [[nodiscard]] bool need_accepts(Need need, const Exercise& exercise) const {
    return std::ranges::any_of(steps_of(need), [&](Step step) { return step_accepts(step, exercise); });
  }

  // Every muscle finding `index` lists for `need`, on its side and on the opposite side.
  [[nodiscard]] std::vector<std::string> listed_muscles(std::size_t index, Need need) const {
    const auto& finding = m_findings.findings[index];
    std::vector<std::string> muscles = need == Need::Release ? finding.overactive : finding.underactive;
    const auto& opposite = need == Need::Release ? finding.opposite_overactive : finding.opposite_underactive;
    for (const auto& muscle : opposite) {
      if (std::find(muscles.begin(), muscles.end(), muscle) == muscles.end()) muscles.push_back(muscle);
    }
    return muscles;
  }

  // The muscles through which finding `index` gets its release or activation: the rules' key
  // muscles for its compensation when a usable exercise serves one of them, otherwise every muscle
  // it lists. Empty when it lists none (trunk rotation has no overactive muscles).
  [[nodiscard]] std::vector<std::string> eligible_muscles(std::size_t index, Need need) const {
    auto listed = listed_muscles(index, need);
    if (listed.empty()) return listed;
    const auto& keys = need == Need::Release ? m_rules.key_release : m_rules.key_activate;
    const auto found = keys.find(m_findings.findings[index].compensation);
    if (found == keys.end()) return listed;
    const bool servable = std::ranges::any_of(m_library.all(), [&](const Exercise& exercise) {
      return need_accepts(need, exercise) && available(exercise) && serves_any(exercise, found->second);
    });
    return servable ? found->second : listed;
  }

  // The side a muscle of finding `index` was flagged on: the opposite side when only the
  // opposite side's list names it.
  [[nodiscard]] Side side_of(std::size_t index, Need need, const std::string& muscle) const {
    const auto& finding = m_findings.findings[index];
    const auto& same = need == Need::Release ? finding.overactive : finding.underactive;
    const auto& opposite = need == Need::Release ? finding.opposite_overactive : finding.opposite_underactive;
    const auto related = [&](const std::string& listed) {
      return m_muscles.serves(listed, muscle) || m_muscles.serves(muscle, listed);
    };
    if (std::ranges::none_of(same, related) && std::ranges::any_of(opposite, related)) return finding.opposite;
    return finding.side;
  }

  [[nodiscard]] const Exercise& exercise_of(const Planned& planned) const { return *m_library.find(planned.item.exercise); }

  // An item of `step` for `exercise` aimed at the muscles of `muscles` it serves, for finding `index`.
  Planned make_item_for_finding(Step step, const Exercise& exercise, std::size_t index, Need need,
                                const std::vector<std::string>& muscles) {
    std::vector<Target> targets;
    for (const auto& muscle : muscles) {
      if (serves(exercise, muscle)) targets.push_back({muscle, {side_of(index, need, muscle)}, {index}});
    }
    std::vector<const Target*> pointers;
    for (const auto& target : targets) pointers.push_back(&target);
    return make_item(step, exercise, pointers);
  }

  // The greedy cover serves every overactive and underactive muscle it can, but a finding's key
  // muscle may be a member of a listed group that another exercise served. For each finding no
  // planned item can serve, adds the easiest usable exercise that serves one of its muscles.
  void add_missing_items(Need need, std::vector<Planned>& first, std::vector<Planned>& second) {
    for (std::size_t index = 0; index < m_findings.findings.size(); ++index) {
      const auto& muscles = eligible(index, need);
      if (muscles.empty()) continue;
      const auto served = [&](const std::vector<Planned>& list) {
        return std::ranges::any_of(list, [&](const Planned& planned) { return serves_any(exercise_of(planned), muscles); });
      };
      if (served(first) || served(second)) continue;
      for (Step step : steps_of(need)) {
        const Exercise* best = nullptr;
        for (const auto& exercise : m_library.all()) {
          if (!step_accepts(step, exercise) || !usable(exercise) || !serves_any(exercise, muscles)) continue;
          if (best == nullptr || exercise.level < best->level) best = &exercise;
        }
        if (best == nullptr) continue;
        m_used.insert(best->id);
        auto& list = step == Step::Lengthen ? second : first;
        list.push_back(make_item_for_finding(step, *best, index, need, muscles));
        break;
      }
    }
  }

  [[nodiscard]] const std::vector<std::string>& eligible(std::size_t index, Need need) const {
    return need == Need::Release ? m_eligible[index].first : m_eligible[index].second;
  }

  // A set cover over findings: repeatedly the candidate that gives the most findings still without
  // one their `need` (ties: the earlier candidate, so a roll before a stretch), until every finding
  // some candidate can serve has one. These items are kept whatever the budget.
  std::vector<Planned*> choose_covering(Need need, const std::vector<std::vector<Planned>*>& lists) {
    std::vector<Planned*> candidates;
    for (auto* list : lists) {
      for (auto& planned : *list) candidates.push_back(&planned);
    }
    std::vector<std::size_t> uncovered;
    for (std::size_t index = 0; index < m_findings.findings.size(); ++index) uncovered.push_back(index);
    const auto qualifies = [&](const Planned* planned, std::size_t index) {
      return serves_any(exercise_of(*planned), eligible(index, need));
    };
    std::vector<Planned*> chosen;
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
        m_chosen[{index, need}] = best->item.exercise;
        return true;
      });
      chosen.push_back(best);
    }
    return chosen;
  }

  // Cuts an item to one set, and a stretch to the shortest hold, to make room for every finding.
  void lighten(Planned& planned) const {
    planned.item.sets = 1;
    if (planned.step == Step::Lengthen && planned.item.hold_seconds) {
      planned.item.hold_seconds = std::min(*planned.item.hold_seconds, m_rules.stretch_hold_minimum_seconds);
    }
    planned.item.duration = estimate_duration(planned.item, m_rules);
  }

  // For every finding, the items a session may use to give it its release and its activation.
  void record_covers(const std::vector<Planned>& inhibit, const std::vector<Planned>& lengthen,
                     const std::vector<Planned>& activate) {
    std::set<std::string> kept;
    for (const auto& block : m_routine.blocks) {
      for (const auto& item : block.items) kept.insert(item.exercise);
    }
    for (std::size_t index = 0; index < m_findings.findings.size(); ++index) {
      FindingCover cover;
      for (Need need : {Need::Release, Need::Activate}) {
        auto& options = need == Need::Release ? cover.release : cover.activate;
        const auto& muscles = eligible(index, need);
        if (muscles.empty()) continue;
        const auto listed = [&](const std::string& id) {
          return std::ranges::any_of(options, [&](const core::Prescription& item) { return item.exercise == id; });
        };
        std::vector<const Planned*> planned;
        for (const auto* list : need == Need::Release ? std::vector{&inhibit, &lengthen} : std::vector{&activate}) {
          for (const auto& item : *list) {
            if (kept.contains(item.item.exercise) && serves_any(exercise_of(item), muscles)) planned.push_back(&item);
          }
        }
        const auto chosen = m_chosen.find({index, need});
        for (const auto* item : planned) {
          if (chosen != m_chosen.end() && item->item.exercise == chosen->second) options.push_back(item->item);
        }
        for (const auto* item : planned) {
          if (!listed(item->item.exercise)) options.push_back(item->item);
        }
        std::vector<std::pair<const Exercise*, Step>> others;
        for (Step step : steps_of(need)) {
          for (const auto& exercise : m_library.all()) {
            if (step_accepts(step, exercise) && available(exercise) && serves_any(exercise, muscles) &&
                !listed(exercise.id)) {
              others.emplace_back(&exercise, step);
            }
          }
        }
        std::stable_sort(others.begin(), others.end(),
                         [](const auto& a, const auto& b) { return a.first->level < b.first->level; });
        for (const auto& [exercise, step] : others) {
          options.push_back(make_item_for_finding(step, *exercise, index, need, muscles).item);
        }
      }
      m_routine.covers.push_back(std::move(cover));
    }
  }

  // Why no exercise could address `target` in `step`: missing equipment or an injury. Empty when
  // the library has nothing for that muscle in that step at all.
  [[nodiscard]] std::optional<LeftOut> explain_gap(Step step, const Target& target) const {
    const Exercise* needs_equipment = nullptr;
    for (const auto& exercise : m_library.all()) {
      if (!step_accepts(step, exercise) || !serves(exercise, target.muscle) || m_used.contains(exercise.id)) continue;
      if (!exercise.doable_with(m_options.equipment)) {
        if (needs_equipment == nullptr) needs_equipment = &exercise;
        continue;
      }
      if (auto region = avoided_for(exercise)) {
        return LeftOut{exercise.id, role_of(step), {target.muscle},
                       fmt::format("left out because of your {} injury", core::enum_name(*region))};
      }
    }
    if (needs_equipment != nullptr && !(step == Step::Inhibit && !can_roll())) {
      return LeftOut{needs_equipment->id, role_of(step), {target.muscle},
                     fmt::format("needs {} (not in your equipment)", m_wording.equipment_list(needs_equipment->equipment))};
    }
    return std::nullopt;
  }

  // Records a left-out exercise once; a second reason for the same exercise adds its targets.
  void add_left_out(LeftOut item) {
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

  static Role role_of(Step step) {
    switch (step) {
      case Step::Inhibit: return Role::Inhibit;
      case Step::Lengthen: return Role::Lengthen;
      case Step::Activate: return Role::Activate;
      case Step::Integrate: return Role::Integrate;
      case Step::Balance: return Role::Balance;
    }
    return Role::Activate;
  }

  // Greedy cover: the highest-priority uncovered muscle picks the usable exercise that serves it
  // and the most other uncovered muscles (then the lower level, then the id).
  std::vector<Planned> cover(Step step, const std::vector<Target>& targets) {
    std::vector<Planned> planned;
    std::vector<const Target*> uncovered;
    for (const auto& target : targets) uncovered.push_back(&target);
    while (!uncovered.empty()) {
      const Target& first = *uncovered.front();
      const Exercise* best = nullptr;
      std::size_t best_count = 0;
      for (const auto& exercise : m_library.all()) {
        if (!step_accepts(step, exercise) || !usable(exercise) || !serves(exercise, first.muscle)) continue;
        const auto count = static_cast<std::size_t>(std::count_if(
            uncovered.begin(), uncovered.end(), [&](const Target* t) { return serves(exercise, t->muscle); }));
        const bool better = best == nullptr || count > best_count ||
                            (count == best_count && (exercise.level < best->level ||
                                                     (exercise.level == best->level && exercise.id < best->id)));
        if (better) {
          best = &exercise;
          best_count = count;
        }
      }
      if (best == nullptr) {
        if (auto gap = explain_gap(step, first)) add_left_out(std::move(*gap));
        uncovered.erase(uncovered.begin());
        continue;
      }
      std::vector<const Target*> served;
      std::erase_if(uncovered, [&](const Target* t) {
        if (!serves(*best, t->muscle)) return false;
        served.push_back(t);
        return true;
      });
      m_used.insert(best->id);
      planned.push_back(make_item(step, *best, served));
    }
    return planned;
  }

  // Reorders a step's items so that every finding gets one item before any finding gets a
  // second: the next item is the one serving the most findings not yet served (then the earlier).
  static std::vector<Planned> spread_over_findings(std::vector<Planned> items) {
    std::vector<Planned> ordered;
    std::set<std::size_t> served;
    while (!items.empty()) {
      auto best = items.begin();
      std::size_t best_new = 0;
      for (auto it = items.begin(); it != items.end(); ++it) {
        const auto fresh = static_cast<std::size_t>(std::count_if(
            it->findings.begin(), it->findings.end(), [&](std::size_t f) { return !served.contains(f); }));
        if (fresh > best_new) {
          best = it;
          best_new = fresh;
        }
      }
      served.insert(best->findings.begin(), best->findings.end());
      ordered.push_back(std::move(*best));
      items.erase(best);
    }
    return ordered;
  }

  Planned make_item(Step step, const Exercise& exercise, const std::vector<const Target*>& served) {
    core::Prescription item;
    item.exercise = exercise.id;
    item.role = role_of(step);
    item.per_side = exercise.unilateral;
    std::set<Side> sides;
    std::vector<std::size_t> findings;
    for (const auto* target : served) {
      item.targets.push_back(target->muscle);
      sides.insert(target->sides.begin(), target->sides.end());
      for (auto finding : target->findings) {
        if (std::find(findings.begin(), findings.end(), finding) == findings.end()) findings.push_back(finding);
      }
    }
    std::sort(findings.begin(), findings.end());
    dose(item, exercise, step);
    const Side side = single_side(sides);
    if (exercise.unilateral && side != Side::None) {
      item.side_first = side;
      item.extra_sets_side = side;
    }
    item.why = m_wording.why(item.role, item.targets, findings, exercise.unilateral ? side : Side::None);
    item.duration = estimate_duration(item, m_rules);
    return {step, std::move(item), std::move(findings)};
  }

  // Sets of reps at a tempo, or of timed holds for exercises dosed in seconds.
  void dose_sets(core::Prescription& item, const Exercise& exercise, int sets, int reps, const std::string& tempo) const {
    item.sets = sets;
    if (exercise.measure == core::Measure::HoldSeconds) {
      item.hold_seconds = m_rules.balance_hold_seconds;
    } else {
      item.reps = reps;
      item.tempo = tempo;
    }
    item.rest_seconds = m_rules.rest_between_sets_seconds;
  }

  void dose(core::Prescription& item, const Exercise& exercise, Step step) const {
    switch (step) {
      case Step::Inhibit:
        item.hold_seconds = m_rules.smr_hold_seconds;
        break;
      case Step::Lengthen:
        item.hold_seconds = m_rules.stretch_hold_seconds;
        break;
      case Step::Activate:
        dose_sets(item, exercise, m_rules.activation_sets, m_rules.activation_reps, m_rules.activation_tempo);
        break;
      case Step::Integrate:
        dose_sets(item, exercise, m_rules.integrate_sets, m_rules.integrate_reps, m_rules.integrate_tempo);
        break;
      case Step::Balance:
        item.hold_seconds = m_rules.balance_hold_seconds;
        item.rest_seconds = m_rules.rest_between_sets_seconds;
        break;
    }
  }

  // Set cover over findings using each table row's integrate list (most preferred first).
  std::vector<Planned> plan_integration() {
    std::vector<Planned> planned;
    std::vector<std::size_t> uncovered;
    for (std::size_t index = 0; index < m_findings.findings.size(); ++index) uncovered.push_back(index);
    auto integrate_list = [&](std::size_t finding) -> const std::vector<std::string>& {
      const auto& f = m_findings.findings[finding];
      return m_table.rule(f.test, f.compensation).integrate;
    };
    while (!uncovered.empty()) {
      const Exercise* best = nullptr;
      std::size_t best_count = 0;
      std::size_t best_preference = 0;
      for (auto finding : uncovered) {
        const auto& list = integrate_list(finding);
        for (std::size_t position = 0; position < list.size(); ++position) {
          const Exercise* exercise = m_library.find(list[position]);
          if (exercise == nullptr || !usable(*exercise)) continue;
          std::size_t count = 0;
          std::size_t preference = position;
          for (auto other : uncovered) {
            const auto& other_list = integrate_list(other);
            auto at = std::find(other_list.begin(), other_list.end(), exercise->id);
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
                                          m_wording.equipment_list(wanted->equipment))});
        }
        break;
      }
      std::vector<std::size_t> covered;
      std::erase_if(uncovered, [&](std::size_t finding) {
        const auto& list = integrate_list(finding);
        if (std::find(list.begin(), list.end(), best->id) == list.end()) return false;
        covered.push_back(finding);
        return true;
      });
      m_used.insert(best->id);
      planned.push_back(make_integration_item(*best, covered));
    }
    return planned;
  }

  Planned make_integration_item(const Exercise& exercise, const std::vector<std::size_t>& covered) {
    core::Prescription item;
    item.exercise = exercise.id;
    item.role = Role::Integrate;
    item.per_side = exercise.unilateral;
    dose(item, exercise, Step::Integrate);
    std::set<Side> sides;
    for (auto finding : covered) sides.insert(m_findings.findings[finding].side);
    Side side = single_side(sides);
    if (side == Side::None) side = balance_weaker_side();
    if (exercise.unilateral && side != Side::None) {
      item.side_first = side;
      item.extra_sets_side = side;
    }
    item.why = m_wording.why(Role::Integrate, {}, covered, exercise.unilateral ? item.side_first.value_or(Side::None) : Side::None);
    item.duration = estimate_duration(item, m_rules);
    return {Step::Integrate, std::move(item), covered};
  }

  [[nodiscard]] Side balance_weaker_side() const {
    for (const auto& imbalance : m_findings.imbalances) {
      if (imbalance.test == core::MovementTest::SingleLegBalance) return imbalance.weaker_side;
    }
    return Side::None;
  }

  std::vector<Planned> plan_balance() {
    std::vector<Planned> planned;
    const analytics::Imbalance* gap = nullptr;
    for (const auto& imbalance : m_findings.imbalances) {
      if (imbalance.test == core::MovementTest::SingleLegBalance) gap = &imbalance;
    }
    if (gap == nullptr) return planned;
    const Exercise* best = nullptr;
    for (const auto& exercise : m_library.all()) {
      if (!step_accepts(Step::Balance, exercise) || !usable(exercise)) continue;
      if (best == nullptr || exercise.level < best->level || (exercise.level == best->level && exercise.id < best->id)) {
        best = &exercise;
      }
    }
    if (best == nullptr) return planned;
    m_used.insert(best->id);
    core::Prescription item;
    item.exercise = best->id;
    item.role = Role::Balance;
    item.per_side = true;
    dose(item, *best, Step::Balance);
    item.side_first = gap->weaker_side;
    item.extra_sets_side = gap->weaker_side;
    item.why = m_wording.balance_why(*gap);
    item.duration = estimate_duration(item, m_rules);
    planned.push_back({Step::Balance, std::move(item), {}});
    return planned;
  }

  // Keeps the items that give every finding its release and activation whatever the budget
  // (lightened, then with the budget raised, when they do not fit), then adds the others in
  // priority order while they fit: the main integration drill, the balance drill, then one item
  // of each step per round (activate, lengthen, inhibit, integrate).
  void fit_budget(const std::vector<Planned*>& essential, std::vector<Planned>& inhibit,
                  std::vector<Planned>& lengthen, std::vector<Planned>& activate, std::vector<Planned>& integrate,
                  std::vector<Planned>& balance) {
    std::vector<Planned*> round_robin;
    const std::size_t rounds = std::max({inhibit.size(), lengthen.size(), activate.size(), integrate.size()});
    for (std::size_t round = 0; round < rounds; ++round) {
      for (auto* list : {&activate, &lengthen, &inhibit, &integrate}) {
        if (round < list->size()) round_robin.push_back(&(*list)[round]);
      }
    }
    std::vector<Planned*> order = essential;
    const auto add = [&](Planned* planned) {
      if (std::find(order.begin(), order.end(), planned) == order.end()) order.push_back(planned);
    };
    if (!integrate.empty()) add(&integrate[0]);
    for (auto& item : balance) add(&item);
    for (auto* planned : round_robin) add(planned);

    const auto essential_seconds = [&] {
      core::Seconds sum{0};
      for (const auto* planned : essential) sum += planned->item.duration;
      return sum;
    };
    core::Minutes effective = m_options.budget;
    if (essential_seconds() > core::Seconds(m_options.budget)) {
      for (auto* planned : essential) lighten(*planned);
      m_lightened = true;
      const auto needed = essential_seconds();
      if (needed > core::Seconds(m_options.budget)) effective = core::Minutes((needed.count() + 59) / 60);
    }
    const core::Seconds budget = effective;
    core::Seconds total{0};
    std::set<const Planned*> kept;
    for (auto* planned : order) {
      if (total + planned->item.duration <= budget) {
        total += planned->item.duration;
        kept.insert(planned);
      } else {
        m_routine.left_out.push_back({planned->item.exercise, planned->item.role, planned->item.targets,
                                      fmt::format("left out to fit the {}-minute budget", budget.count() / 60)});
        ++m_left_out_for_time;
      }
    }
    m_routine.duration = total;
    m_routine.budget = effective;
    auto add_block = [&](std::string name, std::vector<Planned>& list, std::vector<Planned>* extra) {
      core::Block block{std::move(name), 1, {}};
      for (auto& planned : list) {
        if (kept.contains(&planned)) block.items.push_back(planned.item);
      }
      if (extra != nullptr) {
        for (auto& planned : *extra) {
          if (kept.contains(&planned)) block.items.push_back(planned.item);
        }
      }
      if (!block.items.empty()) m_routine.blocks.push_back(std::move(block));
    };
    add_block("inhibit", inhibit, nullptr);
    add_block("lengthen", lengthen, nullptr);
    add_block("activate", activate, nullptr);
    add_block("integrate", integrate, &balance);
  }

  void add_notes(const std::vector<Target>& overactive) {
    auto& notes = m_routine.notes;
    if (m_findings.findings.empty() && m_findings.imbalances.empty()) {
      notes.push_back(
          "No compensations were recorded, so there is nothing to correct: keep a dynamic warm-up before runs and "
          "strength sessions.");
      return;
    }
    if (!overactive.empty() && !can_roll()) {
      notes.push_back(
          "You have no foam roller or massage ball, so the routine starts with stretching. A firm ball (a tennis or "
          "lacrosse ball) works as a massage ball: add massage_ball to your equipment to get the rolling step.");
    }
    if (m_lightened) {
      const auto minutes = m_routine.budget.count();
      if (minutes > m_options.budget.count()) {
        notes.push_back(fmt::format(
            "Giving each of your {} findings one roll or stretch and one activation takes {} minutes, more than the "
            "{}-minute budget, so the routine takes {} minutes, with single sets and {}-second stretches; nothing "
            "you showed is left without an exercise.",
            m_findings.findings.size(), minutes, m_options.budget.count(), minutes,
            m_rules.stretch_hold_minimum_seconds));
      } else {
        notes.push_back(fmt::format(
            "To give each of your {} findings one roll or stretch and one activation within {} minutes, those "
            "exercises are done as single sets with {}-second stretches.",
            m_findings.findings.size(), minutes, m_rules.stretch_hold_minimum_seconds));
      }
    }
    if (m_left_out_for_time > 0) {
      notes.push_back(fmt::format("{} exercise{} left out to fit {} minutes; they are listed under \"left out\".",
                                  m_left_out_for_time, m_left_out_for_time == 1 ? " was" : "s were",
                                  m_routine.budget.count()));
    }
    notes.push_back(
        "Do the routine as the warm-up before runs and strength sessions, in the order given: roll, stretch, "
        "activate, then integrate.");
  }

  const analytics::AssessmentFindings& m_findings;
  const core::CompensationTable& m_table;
  const core::ExerciseLibrary& m_library;
  const core::MuscleVocabulary& m_muscles;
  const CorrectiveRules& m_rules;
  const RoutineOptions& m_options;
  RoutineWording m_wording;
  std::set<std::string> m_used;
  std::size_t m_left_out_for_time = 0;
  bool m_lightened = false;
  // Per finding, the muscles its release and its activation may go through.
  std::vector<std::pair<std::vector<std::string>, std::vector<std::string>>> m_eligible;
  // The exercise chosen to give a finding its release or activation.
  std::map<std::pair<std::size_t, Need>, std::string> m_chosen;
  CorrectiveRoutine m_routine;
};

}  // namespace

std::optional<int> tempo_seconds_per_rep(std::string_view tempo) {
  if (tempo.empty()) return std::nullopt;
  int total = 0;
  bool expect_digit = true;
  for (char c : tempo) {
    if (expect_digit && c >= '0' && c <= '9') {
      total += c - '0';
      expect_digit = false;
    } else if (!expect_digit && c == '-') {
      expect_digit = true;
    } else {
      return std::nullopt;
    }
  }
  if (expect_digit || total == 0) return std::nullopt;
  return total;
}

core::Seconds estimate_duration(const core::Prescription& item, const CorrectiveRules& rules) {
  const int sides = item.per_side ? 2 : 1;
  const int sets_done = item.sets * sides + (item.extra_sets_side ? 1 : 0);
  int work_per_set = 0;
  if (item.hold_seconds) {
    work_per_set = *item.hold_seconds;
  } else if (item.reps) {
    work_per_set = *item.reps * tempo_seconds_per_rep(item.tempo.value_or("")).value_or(rules.untimed_seconds_per_rep);
  } else if (item.contacts) {
    work_per_set = *item.contacts;  // about one second per foot contact
  }
  const int switches = item.per_side ? sets_done - item.sets : 0;
  const int rests = std::max(0, item.sets - 1) * item.rest_seconds;
  return core::Seconds(rules.setup_seconds + sets_done * work_per_set + switches * rules.switch_sides_seconds + rests);
}

CorrectiveRoutine build_corrective_routine(const analytics::AssessmentFindings& findings,
                                           const core::CompensationTable& table, const core::ExerciseLibrary& library,
                                           const core::MuscleVocabulary& muscles, const CorrectiveRules& rules,
                                           const RoutineOptions& options) {
  return RoutineBuilder(findings, table, library, muscles, rules, options).build();
}

}  // namespace stride::planning
