#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <boost/container/flat_map.hpp>
#include <boost/container/flat_set.hpp>

#include "stride/core/plan.hpp"
#include "stride/core/session.hpp"
#include "stride/core/vocabulary.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/exercise_picker.hpp"
#include "stride/planning/exercise_strings.hpp"
#include "stride/planning/plan_rules.hpp"

namespace stride::planning {

// How much of the corrective routine a session's warm-up and cool-down carry.
enum class CorrectiveCoverage {
  // The routine's first two activations in the warm-up, its first roll and first stretch in the
  // cool-down; they are dropped first when the session runs over its minutes.
  Sample,
  // An activation in the warm-up and a roll or stretch in the cool-down for every finding, one
  // item serving every finding it can, at one set and holds of at most 30 s; never dropped
  // (stabilization sessions and the plan's first week).
  EveryFinding,
  // As EveryFinding, choosing the quickest items (the fewest seconds per finding served): for a
  // session that must hold every finding's items in the athlete's few minutes (correctives_first).
  EveryFindingQuickest,
};

// Orders exercise ids by length, then by their characters: most ids differ in length, so most
// comparisons read no characters. Transparent: an item's SharedString id and the library's
// std::string id compare alike, as views.
struct ShorterIdFirst {
  using is_transparent = void;
  [[nodiscard]] bool operator()(std::string_view a, std::string_view b) const {
    return a.size() != b.size() ? a.size() < b.size() : a < b;
  }
};

// Exercise ids, sorted in one block (a week's few correctives).
using ExerciseIds = boost::container::flat_set<core::SharedString, ShorterIdFirst>;

// The corrective exercises sessions hold, by what they do there (the items' ids).
struct HeldCorrectives {
  ExerciseIds activations;  // items in the activate role
  ExerciseIds releases;     // items in the inhibit or lengthen role

  friend bool operator==(const HeldCorrectives&, const HeldCorrectives&) = default;
};

[[nodiscard]] HeldCorrectives held_correctives(const std::vector<const core::PlannedSession*>& sessions);

// Sets × reps by exercise id: the ids of the plan's items, whose copies share their characters,
// looked up by the library's. A sorted vector: a week's few lifts in one block, not a node each.
using ExerciseVolumes = boost::container::flat_map<core::SharedString, int, ShorterIdFirst>;

// One strength session to build.
struct SessionRequest {
  core::PhaseName phase = core::PhaseName::Stabilization;
  int variant = 0;  // 0 = A, 1 = B, 2 = C: the week's sessions differ in their main lifts
  int step = 0;     // the phase's dose step (a deload repeats the previous step)
  bool deload = false;
  bool lighter = false;  // fewer sets and no plyometrics, to fit the week (see Placement)
  // False on a day that may not hold heavy content: then no plyometric or power item and every
  // lift below the heavy RPE and share of maximum of the plan rules.
  bool heavy_allowed = true;
  bool eccentric_allowed = true;  // false: no exercise tagged eccentric (the recovery after a race)
  int plyometric_contacts = 0;    // foot contacts wanted this session, never exceeded; 0 = no jumps
  // The hardest impact its jumps may have (PlanRules::jump_impact_cap); the explosive half of a
  // contrast pair keeps to it when a move within it exists.
  core::Impact jump_impact_cap = core::Impact::High;
  std::optional<int> set_limit;   // sets of every block but rehab at most this (a deload week's share)
  // Seconds of everything but rehab loading at most this (a deload: shorter than its loading week).
  std::optional<core::Seconds> training_limit;
  std::optional<double> effort_cap;  // no lift above this RPE (the taper: the last loading week's)
  // Recent load flags (a re-plan) or the week before a tune-up race (`before_race`): one set fewer
  // on every strength, power and plyometric item that has more than one, the effort kept.
  bool one_set_fewer = false;
  bool before_race = false;
  bool trimmed_for_load = false;  // the lighter build of one_set_fewer: each loading item has a set off
  // EveryFinding in the plan's first week and in stabilization: the warm-up activates and the
  // cool-down rolls or stretches for every finding of the assessment.
  CorrectiveCoverage correctives = CorrectiveCoverage::Sample;
  // With EveryFinding, for a week with no other day for a correctives session: the quickest items
  // serve the findings (EveryFindingQuickest), and when the session cannot hold its lifts and all
  // of them, the opening drill, the rehab sets and then the main work give way, then the weaker
  // side's extra set and the stretches' longer holds, before any corrective item. Otherwise the
  // correctives are the last to go.
  bool correctives_first = false;
  // Weeks since the rehab loading began (the season's start, or a re-plan that changed the
  // injuries): picks its stage and step (PlanRules::injury_isometric_weeks, rehab_slow_heavy).
  int rehab_week = 0;
  core::Minutes budget{30};
  // The two tables come last: requests compare field by field (strength_session's look-up), and
  // these cost the most.
  // Sets × reps each exercise may reach: 130 % of what it really held in the last loading week.
  ExerciseVolumes volume_caps;
  // With correctives_first: what the week's earlier sessions hold; the findings these serve need
  // no item here.
  HeldCorrectives held_this_week;

  friend bool operator==(const SessionRequest&, const SessionRequest&) = default;
};

// A built session: its blocks (warm_up, main, core, cool_down), honest duration and intensity,
// and what was shortened to fit the budget.
struct SessionContent {
  std::vector<core::Block> blocks;
  core::Seconds duration{0};
  core::Intensity intensity = core::Intensity::Light;
  // Plain words, in the order left out: "the plank", "a set of each main lift".
  std::vector<core::SharedString> shortened;
  int plyometric_contacts = 0;         // foot contacts in the session
  int total_sets = 0;  // sets of every block but rehab loading (its own dose), an extra set on one side counted
  core::Seconds training_duration{0};  // the duration of everything but rehab loading
  double main_volume = 0;              // sets × reps (or contacts) of the main lifts, for progression checks
};

// Sets of an item as a runner counts them: its sets, plus the extra set on the weaker side.
[[nodiscard]] int sets_of(const core::Prescription& item);

// What a session's content makes it: heavy with any plyometric or power item or a lift at
// `rules.heavy_rpe` or more or at `rules.heavy_percent_of_maximum` or more; moderate with any
// other main work; light otherwise (mobility, activation and the cool-down).
[[nodiscard]] core::Intensity intensity_of(const std::vector<core::Block>& blocks, const PlanRules& rules);

// The block a session's item goes to. Blocks are written out in this order: a correctives
// session's inhibit, lengthen and activate, then a strength or light session's warm_up, main, core
// and cool_down.
enum class SessionBlock { Inhibit, Lengthen, Activate, WarmUp, Main, Core, CoolDown };

// Builds sessions from the phase's acute variables, the runner's profile and the corrective
// routine of their assessment (activation in the warm-up; inhibit, lengthen and breathing in the
// cool-down). Sessions are trimmed, least essential work first, until the estimate fits the
// budget. Deterministic. It keeps what it has chosen for reuse: one builder serves one thread.
class SessionBuilder {
 public:
  SessionBuilder(const ExercisePicker& picker, const PlanRules& rules, const CorrectiveRules& timing,
                 const CorrectiveRoutine* routine);

  // The same request always gives the same session: a request at its phase's last step asked
  // again (or one that differs only where it cannot change the session) gets a copy of the
  // session built the first time.
  [[nodiscard]] SessionContent strength_session(const SessionRequest& request) const;

  // A light session of dynamic mobility, activation and the cool-down (race week, recovery).
  [[nodiscard]] SessionContent light_session(core::Minutes budget) const;

  // The same with the rehab loading of current injuries kept (a deload that became mobility, the
  // race week: the tendon loading goes on), at the stage of `rehab_week` (nullopt: the holds).
  [[nodiscard]] SessionContent mobility_with_rehab(core::Minutes budget, std::optional<int> rehab_week) const;

  // The corrective items a week still lacks: for every finding none of whose activation options
  // (or roll and stretch options) `week` holds in that role, the items that give it one, chosen as
  // EveryFinding chooses them (one set, holds of at most 30 s, one item serving every finding it
  // can), activations first. Empty without a routine or when the week serves every finding.
  [[nodiscard]] std::vector<core::Prescription> missing_correctives(
      const std::vector<const core::PlannedSession*>& week) const;

  // `items` in order, cut into the fewest consecutive groups whose estimate fits `budget` (each
  // group holds at least one item): one correctives session per group.
  [[nodiscard]] std::vector<std::vector<core::Prescription>> split_correctives(std::vector<core::Prescription> items,
                                                                              core::Minutes budget) const;

  // A light session of corrective items only, in the continuum's order: inhibit, lengthen,
  // activate blocks. `items` come from split_correctives and fit `budget`; none is dropped. With
  // `race_week_holds` (a current injury, in the goal race's week) the injury's isometric holds join
  // it in a warm-up, as mobility_with_rehab gives them.
  [[nodiscard]] SessionContent correctives_session(std::vector<core::Prescription> items, core::Minutes budget,
                                                   bool race_week_holds = false) const;

  // How hard a strength session of `phase` is meant to be, for placing it in the week: heavy for
  // strength, power, maintenance and taper (moderate for novices), moderate in stabilization, and
  // moderate when deloaded or made lighter. The session's own label comes from `intensity_of`.
  [[nodiscard]] core::Intensity intensity_for(core::PhaseName phase, bool deload, bool lighter) const;

  // The dose of the main work for `phase` (the novice, ultra and taper variants included).
  [[nodiscard]] const PhaseDose& dose_for(core::PhaseName phase) const;

 private:
  // One item with what trimming needs: its block, how essential it is (0 = never dropped), the
  // group it is dropped with (a contrast pair, the plyometric drills; -1 = none), and the fewest
  // sets it may be cut to.
  struct Entry {
    SessionBlock block = SessionBlock::Main;
    core::Prescription item;
    int tier = 0;
    int pair = -1;
    int minimum_sets = 1;
    int solo_rest_seconds = -1;  // a superset guest's own rest, restored if its host is dropped
    // assemble()'s estimate of `item` as it stands (its partner's rest included for the heavy half
    // of a pair), renewed there after every change to the item's dose.
    core::Seconds seconds{0};
    // The library's exercise of `item`, set by the main and core work (superset() and the trim
    // ladder's words read it); nullptr where its maker did not set it, and they look it up by id.
    const core::Exercise* exercise = nullptr;
    // Set by superset() on both halves of a superset (the upper-body guest of a contrast pair's
    // heavy half only on the guest): the other half's position among the session's entries,
    // which assemble() receives in the same order.
    int partner = -1;
  };
  // strength_session() for a request not asked before.
  [[nodiscard]] SessionContent compose_strength_session(const SessionRequest& request) const;
  // The step and rehab week as far as they make a difference to a session: the step no further
  // than the phase's last (any step in the taper is one), the rehab week none without a current or
  // recovering injury and no further than the last step of the slow heavy loading. Requests equal
  // in all else and in these have the same session.
  struct SessionKey {
    int step = 0;
    int rehab_week = 0;
    friend bool operator==(const SessionKey&, const SessionKey&) = default;
  };
  [[nodiscard]] SessionKey session_key(const SessionRequest& request) const;
  // Where an item goes among a session's entries, and what trimming needs of it (see Entry).
  struct Placing {
    SessionBlock block = SessionBlock::Main;
    int tier = 0;
    int pair = -1;
    int minimum_sets = 1;
    const core::Exercise* exercise = nullptr;
  };
  // Appends `item` to `entries` as `placing` says, made in place there (the item moves once).
  static void append_entry(std::vector<Entry>& entries, core::Prescription&& item, const Placing& placing);
  // An item of `exercise` in `role`: its id, sides and primary muscles (the plan's own copies, see
  // ExerciseStrings), and `why`; no dose yet.
  [[nodiscard]] core::Prescription make_item(const core::Exercise& exercise, core::Role role, core::SharedString why) const;
  // Pairs core and calf work with the heavy lifts as supersets, done in the lifts' rests.
  void superset(std::vector<Entry>& entries) const;
  // `held`: with an every-finding coverage, findings these already serve elsewhere need no item.
  [[nodiscard]] std::vector<Entry> warm_up(ExerciseSet& used, int mobility_items,
                                           CorrectiveCoverage coverage = CorrectiveCoverage::Sample,
                                           const HeldCorrectives& held = {}) const;
  // The main lifts, appended to `into` (strength_session() makes them in its own entries, so that
  // they need not move there).
  void main_work(const SessionRequest& request, ExerciseSet& used, std::vector<Entry>& into) const;
  // One slot of the main work as chosen: the slot (its name, role and tier, and whether its lift is
  // the heavy half of a contrast pair), its lift, and the explosive move that follows the lift
  // (nullptr when none does).
  struct MainChoice {
    std::string_view slot;
    core::Role role = core::Role::Strength;
    int tier = 1;
    bool contrast = false;
    const core::Exercise* exercise = nullptr;
    const core::Exercise* partner = nullptr;
  };
  // What of a request the main work's choices read: its slots (the phase and which of the week's
  // two kinds of session), and what the lifts and explosive moves may be.
  struct MainWorkKey {
    core::PhaseName phase = core::PhaseName::Stabilization;
    int variant_parity = 0;
    bool eccentric_allowed = true;
    bool contrast_allowed = false;
    core::Impact jump_impact_cap = core::Impact::High;
    friend bool operator==(const MainWorkKey&, const MainWorkKey&) = default;
  };
  // What a main-work item's reason says: the slot's words for the phase (and the deload or lighter
  // week), the weaker side's extra set, and for the heavy half of a contrast pair its partner and
  // rest; for the explosive half, the lift it follows.
  struct MainWhyKey {
    const core::Exercise* exercise = nullptr;
    std::string_view slot;
    core::PhaseName phase = core::PhaseName::Stabilization;
    bool deload = false;
    bool lighter = false;
    bool extra_set = false;
    const core::Exercise* partner = nullptr;  // the explosive move after the lift, if any
    int rest_seconds = 0;                     // with a partner: the lift's rest
    bool explosive = false;                   // the reason of the explosive half after `exercise`
    // Every member the same; the slot's words, the only ones that read characters, compared last
    // (the same view of main_slots' words needs no reading).
    friend bool operator==(const MainWhyKey& a, const MainWhyKey& b) {
      return a.exercise == b.exercise && a.phase == b.phase && a.deload == b.deload && a.lighter == b.lighter &&
             a.extra_set == b.extra_set && a.partner == b.partner && a.rest_seconds == b.rest_seconds &&
             a.explosive == b.explosive &&
             ((a.slot.data() == b.slot.data() && a.slot.size() == b.slot.size()) || a.slot == b.slot);
    }
  };
  // The reason of `key`, written the first time it is asked and shared by every later item.
  // `key.exercise` is an element of the picker's library.
  [[nodiscard]] const core::SharedString& main_why(const MainWhyKey& key) const;
  // The jumps' reason for a session of `contacts` foot contacts, written the first time it is
  // asked and shared by every later session with as many.
  [[nodiscard]] core::SharedString plyometric_why(int contacts) const;
  // The words for an item of `name` the trim ladder left out: "the plank", "the band walk in the
  // warm-up"; written once per plan and shared by every session that leaves it out.
  [[nodiscard]] core::SharedString left_out_words(std::string_view name, bool in_warm_up) const;
  // A superset guest's reason: its own, then that it is done in the rests of `host_name`.
  [[nodiscard]] core::SharedString superset_why(const core::SharedString& guest_why, const Entry& host) const;
  // The main work's lifts and explosive moves, which join `used`: chosen by choose_main_work()
  // the first time a key meets a `used` that holds the same exercises, and the same choices again
  // after that (doses aside, every step of a phase asks them again). The reference holds until
  // the next call.
  [[nodiscard]] const std::vector<MainChoice>& main_work_choices(const SessionRequest& request,
                                                                 ExerciseSet& used) const;
  [[nodiscard]] std::vector<MainChoice> choose_main_work(const SessionRequest& request, ExerciseSet& used) const;
  // Which rehab loading injury_loading plans (see there).
  enum class RehabPart { KeptWhole, Others };
  // The rehab loading kept whole, chosen once the warm-up is: it may take a warm-up exercise
  // (assemble() keeps one of the two, the rehab when it stays); what it takes joins `used`.
  [[nodiscard]] std::vector<Entry> kept_whole_rehab(const std::vector<Entry>& warm_up_entries, ExerciseSet& used,
                                                    bool eccentric_allowed, std::optional<int> rehab_week,
                                                    std::optional<core::InjuryRegion>& kept_whole_region) const;
  // The rehab loading of current and recovering injuries: a current injury's isometric holds for
  // the first injury_isometric_weeks, then (and a recovering injury's from the start) slow heavy
  // loading at the step of `rehab_week`; nullopt keeps the holds (the race week).
  // It may take an exercise of `may_take` (the warm-up's) even when `used` holds it; assemble()
  // then drops the warm-up item when the rehab item stays.
  // `part`: KeptWhole, the first current injury's loading that has an exercise, alone (its region
  // into `kept_whole_region`), chosen before the main lifts; Others, the rest, chosen after them
  // (so that a loading a short session may drop never takes a main lift's exercise).
  [[nodiscard]] std::vector<Entry> injury_loading(ExerciseSet& used, bool eccentric_allowed,
                                                  std::optional<int> rehab_week, const ExerciseSet& may_take,
                                                  RehabPart part,
                                                  std::optional<core::InjuryRegion>& kept_whole_region) const;
  [[nodiscard]] std::vector<Entry> plyometrics(const SessionRequest& request, int partner_contacts,
                                               ExerciseSet& used) const;
  // The core work, appended to `into`; what it takes joins `used`. It is the same for every call
  // whose `used` agrees on the core exercises (m_core_exercises) and whose variant's parity and
  // phase ask the same: the first such call chooses it (choose_core_work), the others copy it.
  void core_work(const SessionRequest& request, ExerciseSet& used, std::vector<Entry>& into) const;
  void choose_core_work(bool odd_variant, int target_level, ExerciseSet& used, std::vector<Entry>& into) const;
  // The cool-down after the items of `used`, appended to `into`; what it takes joins `used`.
  // Without `held` releases it is the same for every call whose `used` agrees on
  // m_cool_down_reads: the first such call chooses it (choose_cool_down), the others copy it.
  void cool_down(ExerciseSet& used, int items, std::vector<Entry>& into,
                 CorrectiveCoverage coverage = CorrectiveCoverage::Sample, const HeldCorrectives& held = {}) const;
  [[nodiscard]] std::vector<Entry> choose_cool_down(ExerciseSet& used, int items, CorrectiveCoverage coverage,
                                                    const HeldCorrectives& held) const;
  // What a session may hold: its minutes, and for a deload its sets and training seconds (both
  // without rehab loading).
  struct Limits {
    core::Minutes budget{30};
    std::optional<int> sets;
    std::optional<core::Seconds> training;
  };
  [[nodiscard]] SessionContent assemble(std::vector<Entry> entries, const Limits& limits,
                                        bool correctives_first = false) const;
  // The weaker side's extra set is for strength, activation and balance work, never on a side with
  // a current injury, and never for rolling or stretching: drops it from `item`, and from its
  // reason, where it does not belong. assemble() applies it to every entry; warm_up() and
  // choose_cool_down() apply it to what they choose, so that the copies sessions reuse hold it.
  void drop_barred_extra_set(core::Prescription& item) const;
  // Keeps a lift below what makes a session heavy by lowering its RPE in half steps.
  void keep_below_heavy(core::Prescription& item) const;
  // Lifts without external load: reps they can reach, a capped RPE and a slow lowering.
  void dose_unloaded(core::Prescription& item, const core::Exercise& exercise) const;

  // tests/planning/session_builder_test_access.hpp reaches warm_up, cool_down, assemble and
  // compose_strength_session for the session property tests.
  friend class SessionBuilderTestAccess;

  // True when a lift's dose also gives a share of the one-rep maximum: loaded, neither total-body
  // nor explosive, and not one of the rules' RPE-only lifts.
  [[nodiscard]] bool share_of_maximum_applies(const core::Exercise& exercise) const;
  // The explosive half of a contrast pair after a lift of `pattern`: the first of the pattern's
  // partners (rules' contrast_partners) the runner may do and that is not in `used`, within the
  // session's jump impact cap when one is (only then with `within_cap_only`); nullptr when none.
  [[nodiscard]] const core::Exercise* contrast_partner(core::Pattern pattern, const SessionRequest& request,
                                                       const ExerciseSet& used,
                                                       bool within_cap_only = false) const;

  // The warm-up of a session that has chosen nothing yet (two mobility drills), and the exercises
  // it took: the same for every such session of one coverage.
  struct OpeningWarmUp {
    std::vector<Entry> entries;
    ExerciseSet used;
  };
  [[nodiscard]] OpeningWarmUp make_opening_warm_up(CorrectiveCoverage coverage) const;
  // The opening warm-up the constructor built for `coverage`, or nullptr when it builds none for
  // it (EveryFindingQuickest with a routine: rare, built when asked).
  [[nodiscard]] const OpeningWarmUp* opening_warm_up(CorrectiveCoverage coverage) const;

  // The usable exercises of the rules' fixed lists, in the lists' order, looked up once (every
  // session's warm-up and cool-down draw on them): the warm-up's mobility drills, the default
  // activation, roll and stretch, and the breathing drills.
  struct DefaultExercises {
    std::vector<const core::Exercise*> warm_up_mobility;
    std::vector<const core::Exercise*> activation;
    std::vector<const core::Exercise*> inhibit;
    std::vector<const core::Exercise*> lengthen;
    std::vector<const core::Exercise*> breathing;
  };
  // The first of `exercises` that `used` does not hold, or nullptr.
  [[nodiscard]] static const core::Exercise* first_unused(const std::vector<const core::Exercise*>& exercises,
                                                          const ExerciseSet& used);

  const ExercisePicker* m_picker;
  const PlanRules* m_rules;
  const CorrectiveRules* m_timing;
  const CorrectiveRoutine* m_routine;
  // The words a lift's reason gets for the weaker side's extra set (empty without a weaker side).
  std::string m_imbalance_suffix;
  // Sample's opening warm-up, and EveryFinding's when there is a routine (without one every
  // coverage opens as Sample does); each session copies one instead of choosing it again.
  std::optional<OpeningWarmUp> m_sample_warm_up;
  std::optional<OpeningWarmUp> m_every_finding_warm_up;
  DefaultExercises m_defaults;
  ExerciseSet m_rpe_only_lifts;    // the rules' rpe_only_lifts (share_of_maximum_applies)
  ExerciseSet m_overhead_presses;  // the rules' overhead_presses (choose_main_work)
  // The reason of every core item (each session holds two), written once for the plan.
  core::SharedString m_core_why;
  // Every exercise whose place in `used` choose_cool_down reads (the routine's rolls and
  // stretches, every cover's release options, the default roll, stretch and breathing drills), and
  // the cool-downs chosen so far, by what their `used` held of these and their items and coverage.
  ExerciseSet m_cool_down_reads;
  // The routine's cover options as the picker sees them: usable_by_id() of each, by finding, in
  // the order of its FindingCover's release and activate lists (none without a routine).
  std::vector<std::vector<const core::Exercise*>> m_cover_release_exercises;
  std::vector<std::vector<const core::Exercise*>> m_cover_activate_exercises;
  struct CoolDownKey {
    int items = 0;
    CorrectiveCoverage coverage = CorrectiveCoverage::Sample;
    ExerciseSet reads_used;  // what `used` held of m_cool_down_reads
    friend bool operator==(const CoolDownKey&, const CoolDownKey&) = default;
  };
  struct ChosenCoolDown {
    CoolDownKey key;
    std::vector<Entry> entries;
    std::vector<const core::Exercise*> taken;
  };
  mutable std::vector<ChosenCoolDown> m_cool_downs;
  // Every exercise of the core patterns, whose place in `used` choose_core_work reads, and the core
  // work chosen so far, by what their `used` held of these, the variant's parity and the level.
  ExerciseSet m_core_exercises;
  struct CoreWorkKey {
    bool odd_variant = false;
    int target_level = 0;
    ExerciseSet core_used;  // what `used` held of m_core_exercises
    friend bool operator==(const CoreWorkKey&, const CoreWorkKey&) = default;
  };
  struct ChosenCoreWork {
    CoreWorkKey key;
    std::vector<Entry> entries;
  };
  mutable std::vector<ChosenCoreWork> m_core_works;
  // Every strength session built so far, with its key and the request it was built for (whose step
  // and rehab week are the last asked with the same key).
  struct BuiltSession {
    SessionKey key;
    SessionRequest request;
    SessionContent content;
  };
  mutable std::vector<BuiltSession> m_strength_sessions;
  // The main work's choices so far, by key and by what `used` held before them.
  struct ChosenMainWork {
    MainWorkKey key;
    ExerciseSet used_before;
    std::vector<MainChoice> choices;
  };
  mutable std::vector<ChosenMainWork> m_main_work_choices;
  // The main-work reasons written so far (main_why), each with the position among them of the one
  // written before it for the same exercise (-1: none), and by the exercise's position in the
  // library the last written for it (-1: none): a look-up reads only its exercise's reasons.
  struct WrittenWhy {
    MainWhyKey key;
    core::SharedString why;
    int earlier = -1;
  };
  mutable std::vector<WrittenWhy> m_main_whys;
  mutable std::vector<int> m_last_main_why;
  // The jumps' reasons written so far, by the session's foot contacts (plyometric_why).
  mutable std::vector<std::pair<int, core::SharedString>> m_plyometric_whys;
  // The superset guests' reasons written so far, by the guest's own reason and the host's name.
  struct SupersetWhy {
    core::SharedString guest_why;
    core::SharedString host;  // the host's exercise id
    core::SharedString why;
  };
  mutable std::vector<SupersetWhy> m_superset_whys;
  // left_out_words() written so far, and the words for the main lifts' sets taken off.
  mutable std::vector<core::SharedString> m_left_out_words;
  core::SharedString m_fewer_sets_words;
  mutable ExerciseStrings m_exercise_strings;
};

}  // namespace stride::planning
