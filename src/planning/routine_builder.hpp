#pragma once

#include <algorithm>
#include <array>
#include <cstddef>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stride/core/string_hash.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "wording.hpp"

// The builder of build_corrective_routine(), shared by its files: corrective_routine.cpp (the
// build's steps), routine_exercises.cpp (which exercises may serve a step, a muscle, a finding),
// routine_covers.cpp (the items that serve every muscle and finding), routine_items.cpp (making
// and dosing items, integration and balance) and routine_budget.cpp (the budget and the notes).
namespace stride::planning::routine_building {

using core::Exercise;
using core::Pattern;
using core::Role;
using core::Side;

enum class Step { Inhibit, Lengthen, Activate, Integrate, Balance };

// What a finding needs once in every routine: a roll or stretch of an overactive muscle (release)
// and an activation of an underactive one.
enum class Need { Release, Activate };

// A set of sides, a bit per core::Side: the sides a muscle was flagged on.
class Sides {
 public:
  Sides() = default;
  Sides(Side side) { insert(side); }  // NOLINT(google-explicit-constructor): {side} is a set of one
  void insert(Side side) { m_bits |= 1U << static_cast<unsigned>(side); }
  void insert(Sides other) { m_bits |= other.m_bits; }
  [[nodiscard]] bool contains(Side side) const { return ((m_bits >> static_cast<unsigned>(side)) & 1U) != 0; }

 private:
  unsigned m_bits = 0;
};

// A muscle the routine should address, the sides it was flagged on and the findings behind it.
// `muscle` views an id in the findings or in the builder's eligible muscles, which outlive it.
struct Target {
  std::string_view muscle;
  Sides sides;
  std::vector<std::size_t> findings;
};

// The role of an item of `step`, and the step of an item of `role` (Activate for a role no step has).
Role role_of(Step step);
Step step_of(Role role);

// The dose of `step` from `rules`: holds for rolling, stretching and balance, sets of reps at a
// tempo for activation and integration (timed holds for exercises dosed in seconds).
void dose(core::Prescription& item, const Exercise& exercise, Step step, const CorrectiveRules& rules);

// An item of `step` for `exercise` aimed at `targets` (muscle ids) flagged on `sides`, dosed by
// `rules`: one-leg work starts on the one side the targets were flagged on, with an extra set
// there. Its `why` is left empty; its duration is estimated.
core::Prescription corrective_item(Step step, const Exercise& exercise, std::vector<std::string> targets, Sides sides,
                                   const CorrectiveRules& rules);

// An item the routine would like to include, before the time budget is applied.
struct Planned {
  Step step = Step::Activate;
  core::Prescription item;
  std::vector<std::size_t> findings;  // indexes of the findings the item serves
  const Exercise* exercise = nullptr;  // the library's entry for item.exercise
};

// Builds one corrective routine for build_corrective_routine(); its steps are in build().
class RoutineBuilder {
 public:
  RoutineBuilder(const analytics::AssessmentFindings& findings, const core::CompensationTable& table,
                 const core::ExerciseLibrary& library, const core::MuscleVocabulary& muscles,
                 const CorrectiveRules& rules, const RoutineOptions& options)
      : m_findings(findings), m_table(table), m_library(library), m_muscles(muscles), m_rules(rules),
        m_options(options),
        m_wording(std::make_shared<const RoutineWording>(findings, table, muscles)),
        m_used(library.all().size()) {
    // The library's table answers for its own vocabulary; another vocabulary gets a table here.
    if (library.muscle_ids() == muscles.ids()) {
      m_served = &library.served_muscles();
    } else {
      m_served = &m_own_served.emplace(library.all(), muscles);
    }
    m_chosen.resize(findings.findings.size());
    m_available.reserve(library.all().size());
    const auto available = core::equipment_bits(options.equipment);
    for (const auto& exercise : library.all()) {
      m_available.push_back(core::doable_with(library.equipment_needed(m_available.size()), available) &&
                            !avoided_for(exercise));
    }
    // A step at a time, so that step_accepts takes the same branch for the whole library (each
    // list has room for all of it, made once).
    for (Step step : {Step::Inhibit, Step::Lengthen, Step::Activate, Step::Balance}) {
      auto& exercises = m_step_exercises[static_cast<std::size_t>(step)];
      exercises.reserve(library.all().size());
      for (const auto& exercise : library.all()) {
        if (step_accepts(step, exercise)) exercises.push_back(&exercise);
      }
    }
  }

  CorrectiveRoutine build();

 private:
  // Which exercises may serve a step, a muscle and a finding (routine_exercises.cpp).

  [[nodiscard]] bool step_accepts(Step step, const Exercise& exercise) const;
  // The exercises step_accepts for `step`, in library order (the loops over a step's candidates
  // read these instead of the whole library). Not for Step::Integrate, which accepts every one.
  [[nodiscard]] const std::vector<const Exercise*>& exercises_for(Step step) const {
    return m_step_exercises[static_cast<std::size_t>(step)];
  }
  [[nodiscard]] bool can_roll() const;
  [[nodiscard]] std::optional<core::InjuryRegion> avoided_for(const Exercise& exercise) const;
  // Available and not yet used in the routine.
  [[nodiscard]] bool usable(const Exercise& exercise) const {
    const auto position = position_of(exercise);
    return m_available[position] && !m_used[position];
  }

  // A muscle asked about, as its rank in the vocabulary, looked up once for a loop over exercises
  // (the vocabulary's size for an id it does not hold, which no exercise serves).
  struct MuscleRank {
    std::size_t rank;
  };
  [[nodiscard]] std::vector<MuscleRank> ranks_of(const std::vector<std::string>& muscles) const;
  [[nodiscard]] MuscleRank rank_of(std::string_view muscle) const;
  // serves() and serves_any() with the ranks already looked up.
  [[nodiscard]] bool serves(const Exercise& exercise, const MuscleRank& muscle) const {
    return m_served->serves(position_of(exercise), muscle.rank);
  }
  [[nodiscard]] bool serves_any(const Exercise& exercise, const std::vector<MuscleRank>& muscles) const {
    return std::ranges::any_of(muscles, [&](const MuscleRank& muscle) { return serves(exercise, muscle); });
  }

  // Doable with the equipment and not avoided for an injury, used elsewhere in the routine or not.
  [[nodiscard]] bool available(const Exercise& exercise) const { return m_available[position_of(exercise)]; }
  // The exercise's position in the library.
  [[nodiscard]] std::size_t position_of(const Exercise& exercise) const {
    return static_cast<std::size_t>(&exercise - m_library.all().data());
  }
  void mark_used(const Exercise& exercise) { m_used[position_of(exercise)] = true; }

  static std::span<const Step> steps_of(Need need);

  // Every muscle finding `index` lists for `need`, on its side and on the opposite side.
  [[nodiscard]] std::vector<std::string> listed_muscles(std::size_t index, Need need) const;

  // The muscles through which finding `index` gets its release or activation: the rules' key
  // muscles for its compensation when a usable exercise serves one of them, otherwise every muscle
  // it lists. Empty when it lists none (trunk rotation has no overactive muscles).
  [[nodiscard]] std::vector<std::string> eligible_muscles(std::size_t index, Need need) const;

  // The side a muscle of finding `index` was flagged on: the opposite side when only the
  // opposite side's list names it.
  [[nodiscard]] Side side_of(std::size_t index, Need need, const std::string& muscle) const;

  [[nodiscard]] const Exercise& exercise_of(const Planned& planned) const;
  [[nodiscard]] const std::vector<std::string>& eligible(std::size_t index, Need need) const;
  // The ranks of eligible(index, need), in its order.
  [[nodiscard]] const std::vector<MuscleRank>& eligible_ranks(std::size_t index, Need need) const;
  // side_of() each muscle of eligible(index, need), in its order.
  [[nodiscard]] const std::vector<Side>& eligible_sides(std::size_t index, Need need) const;

  // The items that serve every muscle and finding, and what was left out (routine_covers.cpp).

  // An item of `step` for `exercise` aimed at the muscles of eligible(index, need) it serves, for
  // finding `index`.
  Planned make_item_for_finding(Step step, const Exercise& exercise, std::size_t index, Need need);

  // The greedy cover serves every overactive and underactive muscle it can, but a finding's key
  // muscle may be a member of a listed group that another exercise served. For each finding no
  // planned item can serve, adds the easiest usable exercise that serves one of its muscles.
  void add_missing_items(Need need, std::vector<Planned>& first, std::vector<Planned>& second);

  // A set cover over findings: repeatedly the candidate that gives the most findings still without
  // one their `need` (ties: the earlier candidate, so a roll before a stretch), until every finding
  // some candidate can serve has one. These items are kept whatever the budget.
  std::vector<Planned*> choose_covering(Need need, const std::vector<std::vector<Planned>*>& lists);

  // For every finding, the options a session may use to give it its release and its activation
  // (CoverOptions: the routine's own items whole, the others as what cover_option_item() needs).
  void record_covers(const std::vector<Planned>& inhibit, const std::vector<Planned>& lengthen,
                     const std::vector<Planned>& activate);

  // Why no exercise could address `target` in `step`: missing equipment or an injury. Empty when
  // the library has nothing for that muscle in that step at all.
  [[nodiscard]] std::optional<LeftOut> explain_gap(Step step, const Target& target) const;

  // Records a left-out exercise once; a second reason for the same exercise adds its targets.
  void add_left_out(LeftOut item);

  // Greedy cover: the highest-priority uncovered muscle picks the usable exercise that serves it
  // and the most other uncovered muscles (then the lower level, then the id).
  std::vector<Planned> cover(Step step, const std::vector<Target>& targets);

  // Reorders a step's items so that every finding gets one item before any finding gets a
  // second: the next item is the one serving the most findings not yet served (then the earlier).
  [[nodiscard]] std::vector<Planned> spread_over_findings(std::vector<Planned> items) const;

  // Items, their doses, the integration and balance drills (routine_items.cpp).

  Planned make_item(Step step, const Exercise& exercise, const std::vector<const Target*>& served);
  // An item of `step` for `exercise` aimed at `targets` (muscle ids) for `findings` (sorted), on
  // `sides`, the sides its targets were flagged on.
  Planned make_item(Step step, const Exercise& exercise, std::vector<std::string> targets, Sides sides,
                    std::vector<std::size_t> findings);

  // Set cover over findings using each table row's integrate list (most preferred first).
  std::vector<Planned> plan_integration();

  Planned make_integration_item(const Exercise& exercise, const std::vector<std::size_t>& covered);
  [[nodiscard]] Side balance_weaker_side() const;
  std::vector<Planned> plan_balance();

  // The budget and the notes (routine_budget.cpp).

  // Cuts an item to one set, and a stretch to the shortest hold, to make room for every finding.
  void lighten(Planned& planned) const;

  // Keeps the items that give every finding its release and activation whatever the budget
  // (lightened, then with the budget raised, when they do not fit), then adds the others in
  // priority order while they fit: the main integration drill, the balance drill, then one item
  // of each step per round (activate, lengthen, inhibit, integrate).
  void fit_budget(const std::vector<Planned*>& essential, std::vector<Planned>& inhibit,
                  std::vector<Planned>& lengthen, std::vector<Planned>& activate, std::vector<Planned>& integrate,
                  std::vector<Planned>& balance);

  void add_notes(const std::vector<Target>& overactive);

  const analytics::AssessmentFindings& m_findings;
  const core::CompensationTable& m_table;
  const core::ExerciseLibrary& m_library;
  const core::MuscleVocabulary& m_muscles;
  const CorrectiveRules& m_rules;
  const RoutineOptions& m_options;
  std::shared_ptr<const RoutineWording> m_wording;  // the routine keeps it for cover_option_why()
  std::vector<char> m_used;       // by position in the library: used in the routine (a byte each: read often)
  std::vector<char> m_available;  // by position in the library: available()
  std::array<std::vector<const Exercise*>, 5> m_step_exercises;  // exercises_for(), by Step
  // Which muscles each exercise serves: the library's, or m_own_served for another vocabulary.
  std::optional<core::ServedMuscles> m_own_served;
  const core::ServedMuscles* m_served = nullptr;
  std::size_t m_left_out_for_time = 0;
  bool m_lightened = false;
  std::vector<char> m_in_blocks;  // by position in the library: in the routine's blocks (fit_budget)
  // Per finding, the muscles its release and its activation may go through.
  // By finding, [Need]: eligible(), eligible_ranks() and eligible_sides(), side by side.
  struct EligibleMuscles {
    std::vector<std::string> muscles;
    std::vector<MuscleRank> ranks;  // by muscle, in its order
    std::vector<Side> sides;        // by muscle, in its order
  };
  std::vector<std::array<EligibleMuscles, 2>> m_eligible;
  // The exercise chosen to give a finding its release or activation.
  // By finding, [Need]: nullptr until choose_covering chooses one.
  std::vector<std::array<const Exercise*, 2>> m_chosen;
  CorrectiveRoutine m_routine;
};

}  // namespace stride::planning::routine_building
