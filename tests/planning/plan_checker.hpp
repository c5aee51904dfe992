#pragma once

// The checker behind plan_violations() and replan_violations() (plan_invariants.hpp): one
// PlanChecker judges one plan; its rules are grouped by family in plan_calendar_rules.cpp,
// plan_dose_rules.cpp and plan_content_rules.cpp, and what they share is in plan_checker.cpp.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cstddef>
#include <cstdlib>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/core/plan.hpp"
#include "stride/planning/plan_builder.hpp"
#include "routine_invariants.hpp"
#include "stride/service/catalog.hpp"
#include "plan_invariants.hpp"

namespace stride::testing::plan_checks {

using core::Date;
using core::Intensity;
using core::PhaseName;
using core::RunType;

// A session with where it sits: in the plan's days or in the recovery week after the goal race.
struct SessionAt {
  Date date;
  const core::PlannedSession* session = nullptr;
  bool after_race = false;
  std::optional<std::size_t> week;  // the season week holding the date (none after the race)
  bool lived = false;                // lived before a re-plan's start: context, not judged
};

inline bool is_novice(core::StrengthExperience experience) {
  return experience == core::StrengthExperience::None || experience == core::StrengthExperience::Beginner;
}

inline bool is_lower_limb(core::InjuryRegion region) {
  return region != core::InjuryRegion::LowerBack && region != core::InjuryRegion::Other;
}

// Strength and power weeks load enough to need deloads; stabilization's light work does not.
inline bool is_loading_phase(PhaseName phase) { return phase == PhaseName::Strength || phase == PhaseName::Power; }

inline bool is_build_phase(PhaseName phase) {
  return phase == PhaseName::Stabilization || phase == PhaseName::Strength || phase == PhaseName::Power;
}

inline bool contains(std::string_view text, std::string_view part) { return text.find(part) != std::string_view::npos; }

// Foot contacts of a session, counted as the planner does: sets × contacts, both sides for per-side drills.
inline int contacts_of(const core::PlannedSession& session) {
  int total = 0;
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) {
      if (item.contacts) total += item.sets * *item.contacts * (item.per_side ? 2 : 1);
    }
  }
  return total;
}

// Sets of a session as a runner counts them, every block: each item's sets (times the block's
// rounds), plus the extra set on the weaker side. Rehab loading (contract §4.3: its own dose, not
// the phase's) is left out: deloads lighten the phase's training, not an injury's rehabilitation.
inline int total_sets_of(const core::PlannedSession& session) {
  int total = 0;
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) {
      if (item.role != core::Role::Rehab) total += (item.sets + (item.extra_sets_side ? 1 : 0)) * block.rounds;
    }
  }
  return total;
}

// The seconds a session trains, rehab loading left out as total_sets_of leaves it out (an
// injury's rehab keeps its own dose, so a deload is shorter in everything else).
inline long training_seconds_of(const core::PlannedSession& session) {
  long seconds = 0;
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) {
      if (item.role != core::Role::Rehab) seconds += item.duration.count() * block.rounds;
    }
  }
  return seconds;
}

// What the content makes a session, re-derived from contract §4.3's fields and the issue's
// definition: heavy with any plyometric or power item or a lift at RPE 8 or more or at 80 % of
// maximum or more; moderate with any other main work; light otherwise.
inline Intensity content_intensity(const core::PlannedSession& session) {
  Intensity intensity = Intensity::Light;
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) {
      if (item.role == core::Role::Plyometric || item.role == core::Role::Power || item.contacts) return Intensity::Heavy;
      if ((item.rpe && *item.rpe >= 8.0) || (item.pct_1rm && *item.pct_1rm >= 80.0)) return Intensity::Heavy;
      if (block.name == "main") intensity = Intensity::Moderate;
    }
  }
  return intensity;
}

inline bool is_lower_body_lift(core::Pattern pattern) {
  using core::Pattern;
  return pattern == Pattern::Squat || pattern == Pattern::Hinge || pattern == Pattern::Lunge ||
         pattern == Pattern::SingleLeg || pattern == Pattern::StepUp;
}

inline bool is_knee_dominant(core::Pattern pattern) {
  using core::Pattern;
  return pattern == Pattern::Squat || pattern == Pattern::Lunge || pattern == Pattern::SingleLeg ||
         pattern == Pattern::StepUp;
}

// A calf raise or a foot and ankle drill with a calf muscle among its muscles.
inline bool works_the_calf(const core::Exercise& exercise) {
  if (exercise.pattern == core::Pattern::Calf) return true;
  if (exercise.pattern != core::Pattern::FootAnkle) return false;
  for (const auto* muscles : {&exercise.primary_muscles, &exercise.secondary_muscles}) {
    for (const auto& muscle : *muscles) {
      if (muscle.find("gastrocnemius") != std::string::npos || muscle == "soleus" || muscle == "calves") return true;
    }
  }
  return false;
}

inline bool is_core_pattern(core::Pattern pattern) {
  using core::Pattern;
  return pattern == Pattern::CoreAntiExtension || pattern == Pattern::CoreAntiRotation ||
         pattern == Pattern::CoreLateral || pattern == Pattern::CoreFlexion;
}

inline bool is_externally_loaded(const core::Exercise& exercise) {
  using core::Equipment;
  return std::ranges::any_of(exercise.equipment, [](Equipment item) {
    return item == Equipment::Dumbbells || item == Equipment::Kettlebell || item == Equipment::Barbell ||
           item == Equipment::Cable;
  });
}

// "exercise sets×dose, ..." of the main block, for messages.
inline std::string main_summary(const core::PlannedSession& session) {
  std::string text;
  for (const auto& block : session.blocks) {
    if (block.name != "main") continue;
    for (const auto& item : block.items) {
      const int dose = item.reps ? *item.reps : item.hold_seconds ? *item.hold_seconds : item.contacts.value_or(0);
      text += fmt::format("{}{} {}x{}{}", text.empty() ? "" : ", ", item.exercise, item.sets, dose,
                          item.reps ? "" : item.hold_seconds ? "s" : "c");
    }
  }
  return text;
}

inline std::string base_title(std::string title) {
  constexpr std::string_view suffix = " (deload)";
  if (title.ends_with(suffix)) title.resize(title.size() - suffix.size());
  return title;
}

class PlanChecker {
 public:
  PlanChecker(const core::Plan& plan, const planning::PlanInputs& inputs, const service::Catalog& catalog,
              const LivedSeason* lived);

  std::vector<std::string> run();

 private:
  template <class... Args>
  void fail(std::string_view rule, fmt::format_string<Args...> format, Args&&... args) {
    m_problems.push_back(fmt::format("[{}] {}", rule, fmt::format(format, std::forward<Args>(args)...)));
  }

  static std::string iso(Date date) { return core::format_iso_date(date); }

  static std::string name_of(const SessionAt& at) {
    return fmt::format("{} \"{}\" ({}, {}, {})", at.session->id, at.session->title,
                       core::enum_name(at.session->kind), core::enum_name(at.session->intensity),
                       core::enum_name(at.session->phase));
  }

  // What the rules share (plan_checker.cpp).

  // The run on `date` as the calendar and the goal race define it (the goal race is a race day
  // even when the calendar does not list it).
  RunType run_type(Date date) const;

  bool allowed(Date date) const;

  // The plan week holding `date` (by the weeks' start dates), or nullopt.
  std::optional<std::size_t> week_of(Date date) const;

  // The distance of the race on `date`: for the goal race its event's (the calendar's usual run on
  // that weekday says nothing about the race), otherwise the calendar's.
  std::optional<double> race_distance(Date date) const;

  // The recovery row of a race: days of nothing heavy, no jumps and no eccentric work, the first of
  // them light only. The table is data (data/rules/plan.json); the lookup is re-done here.
  planning::RaceRecovery recovery_of(Date race) const;

  bool has_eccentric_item(const core::PlannedSession& session) const;
  std::vector<SessionAt> strength_sessions_in_week(std::size_t week) const;

  // The sessions of a season week, lived ones included.
  std::vector<SessionAt> sessions_in_week(std::size_t week) const;

  // Calendar and schedule rules 1-9 (plan_calendar_rules.cpp).

  // Rule 1: the days, the phases and the weeks cover the plan exactly.
  void check_calendar_coverage();

  // Rule 2: sessions only on the athlete's days, never on a race day.
  void check_allowed_days();

  // Rule 3: strength never on a long-run or race day; on a workout day only as the explained fallback.
  void check_strength_day_types();

  // Rule 4: nothing heavy the day before a workout, long run or race, judged by the content.
  void check_no_heavy_before_key_run();

  // Rule 5: hard sessions never on consecutive days; plyometric sessions at least 48 h apart.
  void check_spacing();

  // Rule 6: how many strength sessions a week may hold, and the high-mileage dose.
  void check_weekly_session_counts();

  // Rule 7: sessions fit the athlete's time and their minutes are the honest sum of their items.
  void check_session_minutes();

  // Rule 8: the days before every race, the goal race's week, the recovery after every race by
  // its distance, and the recovery block after the goal race.
  void check_race_windows();

  // Rule 9: the shape of the season.
  void check_season_shape();

  // Dose rules 10, 11, 17 and 24 (plan_dose_rules.cpp).

  // The loading week each week's doses are measured against: the last earlier week of the same
  // phase block that is not a deload and holds a strength session.
  std::optional<std::size_t> reference_week(std::size_t index) const;

  // Rule 10: the deload rhythm, and deloads lighter than what the loading week really held.
  void check_deloads();

  // Rule 11: a lift's sets × reps in a loading week grow by at most 30 % over the most it really
  // held in one session of the reference loading week (rehab loading keeps its own dose).
  void check_progression();

  // Rule 17: plyometric contacts build from what was done: a session holds at most the runner's
  // start dose, or the weekly growth more than the most of one session in the two weeks before.
  void check_contact_growth();

  // Rule 24: the taper's lifts are never harder than the last loading week's hardest lift, and
  // hold no eccentric-emphasis exercise.
  void check_taper_effort();

  // Content and safety rules 12-16 and 18-23 (plan_content_rules.cpp).

  // Rule 12: jumps within the level's range; every exercise safe, doable and real.
  void check_exercise_safety();

  // Rule 13: one-leg strength work starts on the weaker side (the imbalances are of the legs, so
  // one-arm rows and presses are not concerned); no item of any block gives its extra set to a side
  // with a current injury, and rolling and stretching never take an extra set.
  void check_imbalance_side();

  // Rule 14: every session and item explains itself; ids are unique and start with the date.
  void check_explanations_and_ids();

  // Rule 15: a session's `intensity` is what its content makes it.
  void check_intensity_follows_content();

  // Rule 16: every power session holds a contrast pair: a lift and an explosive move linked both
  // ways, the explosive one with about half the reps. A power week's session on a day that cannot
  // hold jumps is a strength session (phase strength), and it may only sit on such a day.
  void check_contrast_pairs();

  // True when `date` may hold jumps, re-derived from the calendar: an allowed day that is not a
  // long run or race, not the day before a key run, and outside every race window.
  bool jumps_possible(Date date) const;

  // Rule 18: every strength and power week with a strength session has rows, push-ups or presses.
  void check_upper_body();

  // Rule 19: at least half of a strength or power week's lower-body lifts are single-leg.
  void check_single_leg_share();

  // Rule 20: lifts without external load are dosed in reps they can reach (at least 8, RPE 7.5
  // at most) and are never called heavy.
  void check_reachable_doses();

  // Rule 21: youth never lift at maximal effort; a postpartum runner not cleared for impact gets
  // no impact and no jumps.
  void check_life_stages();

  // Rule 22: every current or recovering injury is named in the warnings with the pain-monitoring
  // rule (current: 3/10 and the next morning) and when to see a clinician; rehab loading is role rehab.
  void check_injury_guidance();

  // Rule 25: rehab loading progresses and goes on. Once a current injury's isometric weeks are
  // over (from the start for a recovering one), a session with rehab loading holds slow heavy
  // loading (reps at the rules' tempo, no RPE) when the library has a usable exercise for it; a
  // current injury keeps its holds in the goal race's week (a session 2-7 days before it).
  void check_rehab_progression();

  // True when the runner could do one of `lists`' exercises for `region` as its rehab loading in a
  // session whose other items are `taken`: not taken, equipment, level, no impact, and no other
  // injured region avoided.
  bool rehab_possible(core::InjuryRegion region, const std::map<core::InjuryRegion, std::vector<std::string>>& lists,
                      const std::set<std::string>& taken) const;

  // True when the runner may do `exercise` in any session of this plan, re-derived from the
  // athlete as rules 12 and 21 judge it: equipment, level, injuries (avoided regions, impact with a
  // leg injury, knee-dominant patterns with a current knee injury) and impact after a birth.
  bool usable(const core::Exercise& exercise) const;
  // The hardest main-lift RPE of the last week before `index` that was neither a deload nor the
  // taper and held one (the effort the planner's taper and mini-taper keep to).
  std::optional<double> last_loading_effort(std::size_t index) const;
  // Some session before `date` (lived ones included) held plyometric contacts.
  bool jumped_before(Date date) const;

  // Rule 23: issue rule 6 — the plan's first week and every stabilization week with a strength
  // session activate the underactive and roll or stretch the overactive muscles of every finding,
  // upper body included, somewhere in the week (strength and light sessions together). A finding
  // is served through its key muscles (issue 11) when some usable exercise can serve one, otherwise
  // through any muscle it lists; a need nothing usable can serve is not asked for. The same notion
  // as the single-session property (session_correctives_properties_test.cpp), judged on the week.
  void check_correctives_coverage();

  const core::Plan& m_plan;
  std::vector<core::PlanWeek> m_weeks;  // the season's weeks: the lived ones, then the plan's
  std::size_t m_first_judged_week = 0;  // the plan's first week in m_weeks
  Date m_season_start;
  const planning::PlanInputs& m_inputs;
  const service::Catalog& m_catalog;
  const planning::PlanRules& m_rules;
  std::optional<Date> m_goal_race;
  Date m_expected_end;
  bool m_novice = false;
  bool m_high_mileage = false;
  bool m_lower_limb_current = false;
  bool m_lower_limb_active = false;
  bool m_careful = false;
  bool m_careful_rhythm = false;
  bool m_has_findings = false;
  bool m_impact_not_cleared = false;
  bool m_shoulders_compensate = false;
  std::optional<core::Side> m_weaker_side;
  int m_max_level = 2;
  int m_max_contacts = 100;
  std::set<core::InjuryRegion> m_current;
  std::set<core::Side> m_current_sides;
  std::set<core::InjuryRegion> m_recovering;
  std::set<core::InjuryRegion> m_past;
  std::vector<SessionAt> m_sessions;        // the plan's sessions: the ones judged
  std::vector<SessionAt> m_lived_sessions;  // the sessions lived before a re-plan: context only
  std::vector<std::string> m_problems;
};

}  // namespace stride::testing::plan_checks
