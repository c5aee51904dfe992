#pragma once

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string_view>
#include <string>
#include <vector>

#include "stride/analytics/assessment_findings.hpp"
#include "stride/core/compensation_table.hpp"
#include "stride/core/exercise_library.hpp"
#include "stride/core/muscles.hpp"
#include "stride/core/session.hpp"

namespace stride::planning {

class RoutineWording;

// The doses and timings of the corrective continuum. Loaded from data/rules/corrective_routine.json;
// the defaults here are the same values (science.md §1.4 items 20-23).
struct CorrectiveRules {
  int smr_hold_seconds = 30;           // inhibit: at least 30 s per area
  int stretch_hold_seconds = 30;       // lengthen: about 30 s, overactive muscles only
  int stretch_hold_minimum_seconds = 20;  // the shortest stretch when every finding must fit (CES 20-30 s)
  int activation_sets = 1;
  int activation_reps = 10;            // 10-15 reps
  std::string activation_tempo = "4-2-1";  // 4 s down, 2 s hold, 1 s up
  int activation_max_level = 3;
  int integrate_sets = 1;
  int integrate_reps = 12;
  std::string integrate_tempo = "2-0-2";
  int untimed_seconds_per_rep = 3;     // a rep prescribed without a tempo
  int balance_hold_seconds = 30;
  int rest_between_sets_seconds = 20;
  int switch_sides_seconds = 5;
  int setup_seconds = 15;              // moving to and setting up each exercise
  int default_budget_minutes = 15;
  // The muscles through which a finding's one activation (activate) and one roll or stretch
  // (release) must go, when the finding names them; a compensation not listed may use any muscle
  // of its table row. Every id is a muscle or group of the vocabulary.
  std::map<core::Compensation, std::vector<std::string>> key_activate{
      {core::Compensation::LowBackArches, {"transverse_abdominis"}},
      {core::Compensation::HipDrop, {"glute_med"}},
      {core::Compensation::KneesCaveIn, {"glute_med", "glute_max"}},
      {core::Compensation::AsymmetricWeightShift, {"glute_med"}},
      {core::Compensation::ArmsFallForward, {"middle_trapezius", "lower_trapezius"}},
      {core::Compensation::ShouldersElevate, {"lower_trapezius"}},
      {core::Compensation::HeadForward, {"deep_cervical_flexors"}},
  };
  std::map<core::Compensation, std::vector<std::string>> key_release{
      {core::Compensation::AsymmetricWeightShift, {"adductors", "hip_flexors"}},
      {core::Compensation::ArmsFallForward, {"latissimus_dorsi", "pectoralis_major", "pectoralis_minor"}},
      {core::Compensation::ShouldersElevate, {"upper_trapezius"}},
      {core::Compensation::HeadForward, {"upper_trapezius"}},
  };

  friend bool operator==(const CorrectiveRules&, const CorrectiveRules&) = default;
};

struct RoutineOptions {
  std::set<core::Equipment> equipment;        // bodyweight is always available
  std::set<core::InjuryRegion> avoid_regions; // current or recovering injuries
  core::Minutes budget{15};
};

// An exercise the routine wanted but left out, and why.
struct LeftOut {
  std::string exercise;  // empty when no exercise could be found
  core::Role role = core::Role::Activate;
  std::vector<std::string> targets;
  std::string reason;
};

// The ways a session may give one finding its release (a roll or a stretch of one of its
// overactive muscles) or its activation (of one of its underactive muscles, through the rules' key
// muscles when they name some), in the order a session prefers them: the routine's own choice, its
// other items that qualify, then every other exercise the equipment and injuries allow, easiest
// first. Empty when the finding names no such muscle or nothing can serve one. Only the routine's
// own items are held whole: cover_option_item() makes the item of an option a session takes.
struct CoverOptions {
  std::vector<core::Prescription> own_items;     // the routine's items among the options: the first ones
  std::vector<const core::Exercise*> exercises;  // every option's library entry, in order
  // What the options after the own items are made of. The muscles this need of the finding goes
  // through and the side each was seen on; then for each of these options, in order, its role
  // (inhibit or lengthen for a release, activate for an activation) and which of the muscles it
  // serves (muscles.size() flags, 1 for one it serves).
  std::vector<std::string> muscles;
  std::vector<core::Side> muscle_sides;
  std::vector<core::Role> other_roles;
  std::vector<char> other_serves;

  [[nodiscard]] std::size_t size() const { return exercises.size(); }
  [[nodiscard]] bool empty() const { return exercises.empty(); }
};

struct FindingCover {
  CoverOptions release;
  CoverOptions activate;
};

struct CorrectiveRoutine {
  core::Seconds duration{0};
  core::Minutes budget{15};  // the budget asked for, raised to whole minutes when covering every finding needs more
  std::vector<core::Block> blocks;  // inhibit, lengthen, activate, integrate (empty ones left out)
  std::vector<LeftOut> left_out;
  std::vector<std::string> notes;
  std::vector<FindingCover> covers;  // one per finding, in the findings' order
  // Writes the reasons cover_option_why() gives; it reads the muscle vocabulary the routine was
  // built with, which must outlive its use.
  std::shared_ptr<const RoutineWording> wording;
};

// The item of the option at `position` (below options.size()): the routine's own item, or one made
// as the routine makes its items, dosed by `rules` (the rules the routine was built with), aimed at
// the muscles it serves and starting on the side they were seen on when that is one side. Such an
// item comes without its `why`, which cover_option_why() writes.
[[nodiscard]] core::Prescription cover_option_item(const CoverOptions& options, std::size_t position,
                                                   const CorrectiveRules& rules);

// The `why` of `option`, an item of one of `routine.covers[finding]`'s options: its own, or for an
// item that came without one, the reason the routine gives its own items (what the option's targets
// tend to do in that finding, and its first side).
[[nodiscard]] core::SharedString cover_option_why(const CorrectiveRoutine& routine, std::size_t finding,
                                                  const core::Prescription& option);

// Builds the inhibit → lengthen → activate → integrate routine for `findings`. Each muscle is
// addressed at most once per step and each exercise used at most once; only exercises doable
// with `options.equipment` and not avoided for `options.avoid_regions` are chosen.
//
// Whatever the budget, every finding keeps one roll or stretch of one of its overactive muscles and
// one activation of one of its underactive muscles (the key muscles of `rules` when it names them),
// wherever some usable exercise can serve them; one item serves every finding it can. When these
// items do not fit `options.budget` they are cut to one set and the shortest stretch, and when they
// still do not fit, the routine's budget is raised to the minutes they need and a note says so.
// Other items are then added in priority order while they fit; the rest are listed in left_out.
// Deterministic: the same inputs give the same routine.
[[nodiscard]] CorrectiveRoutine build_corrective_routine(const analytics::AssessmentFindings& findings,
                                                         const core::CompensationTable& table,
                                                         const core::ExerciseLibrary& library,
                                                         const core::MuscleVocabulary& muscles,
                                                         const CorrectiveRules& rules, const RoutineOptions& options);

// The seconds one rep takes at `tempo` ("4-2-1" → 7): the sum of its dash-separated digits.
// nullopt when the text is not such a tempo.
[[nodiscard]] std::optional<int> tempo_seconds_per_rep(std::string_view tempo);

// The honest duration of one prescription: work, side switches, rests and set-up.
[[nodiscard]] core::Seconds estimate_duration(const core::Prescription& item, const CorrectiveRules& rules);

}  // namespace stride::planning
