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
    auto integrate = plan_integration();
    auto balance = plan_balance();

    fit_budget(inhibit, lengthen, activate, integrate, balance);
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

  // Adds items in priority order while they fit. First the main integration drill, the balance
  // drill and every activate or stretch item that reaches a finding nothing before it reached, so
  // a tight budget still touches every finding; then the rest, one item of each step per round
  // (activate, lengthen, inhibit, integrate).
  void fit_budget(std::vector<Planned>& inhibit, std::vector<Planned>& lengthen, std::vector<Planned>& activate,
                  std::vector<Planned>& integrate, std::vector<Planned>& balance) {
    std::vector<Planned*> round_robin;
    const std::size_t rounds = std::max({inhibit.size(), lengthen.size(), activate.size(), integrate.size()});
    for (std::size_t round = 0; round < rounds; ++round) {
      for (auto* list : {&activate, &lengthen, &inhibit, &integrate}) {
        if (round < list->size()) round_robin.push_back(&(*list)[round]);
      }
    }
    std::vector<Planned*> order;
    std::set<std::size_t> reached;
    auto take = [&](Planned* planned) {
      order.push_back(planned);
      reached.insert(planned->findings.begin(), planned->findings.end());
    };
    if (!integrate.empty()) take(&integrate[0]);
    for (auto& item : balance) take(&item);
    for (auto* planned : round_robin) {
      if (planned->step != Step::Activate && planned->step != Step::Lengthen) continue;
      if (std::any_of(planned->findings.begin(), planned->findings.end(),
                      [&](std::size_t f) { return !reached.contains(f); })) {
        take(planned);
      }
    }
    for (auto* planned : round_robin) {
      if (std::find(order.begin(), order.end(), planned) == order.end()) order.push_back(planned);
    }
    const core::Seconds budget = m_options.budget;
    core::Seconds total{0};
    std::set<const Planned*> kept;
    for (auto* planned : order) {
      if (total + planned->item.duration <= budget) {
        total += planned->item.duration;
        kept.insert(planned);
      } else {
        m_routine.left_out.push_back({planned->item.exercise, planned->item.role, planned->item.targets,
                                      fmt::format("left out to fit the {}-minute budget", m_options.budget.count())});
        ++m_left_out_for_time;
      }
    }
    m_routine.duration = total;
    m_routine.budget = m_options.budget;
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
    if (m_left_out_for_time > 0) {
      notes.push_back(fmt::format("{} exercise{} left out to fit {} minutes; they are listed under \"left out\".",
                                  m_left_out_for_time, m_left_out_for_time == 1 ? " was" : "s were",
                                  m_options.budget.count()));
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
