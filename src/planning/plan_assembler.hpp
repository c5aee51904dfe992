#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "plan_targets.hpp"
#include "stride/core/plan.hpp"
#include "stride/planning/corrective_routine.hpp"
#include "stride/planning/exercise_picker.hpp"
#include "stride/planning/plan_builder.hpp"
#include "stride/planning/season.hpp"
#include "stride/planning/session_builder.hpp"
#include "stride/planning/training_profile.hpp"
#include "stride/planning/week_schedule.hpp"

namespace stride::planning {

// Assembles one athlete's plan for build_plan(): the season, its days and the recovery after the
// goal race (plan_builder.cpp), and the sessions placed in each week (week_placement.cpp).
class PlanAssembler {
 public:
  PlanAssembler(const PlanInputs& inputs, const PlanningData& data);

  core::Plan build();

 private:
  bool power_allowed() const;

  // The season's weeks for this athlete, from the start to `end`: phases, deloads and dose steps.
  std::vector<SeasonWeek> season_weeks(core::Date end) const;

  core::PlanDay& day_at(core::Plan& plan, core::Date date);

  // A planned session from built content: its minutes are the content's honest estimate, rounded up.
  static core::PlannedSession planned(SessionContent content, std::string title, core::SessionKind kind,
                                      core::PhaseName phase, std::string why);

  // True on a day of the goal race's week where a current injury's isometric holds go on: until
  // injury_race_week_hold_days_before the race, outside a tune-up race's windows.
  [[nodiscard]] bool race_week_holds_on(const DayContext& day) const;
  core::PlannedSession light_session(core::SessionKind kind, core::PhaseName phase, std::string title, std::string why,
                                     const DayContext* context = nullptr) const;

  void add_session(core::Plan& plan, core::Date date, core::PlannedSession session);

  // True when both session variants of the power phase keep a contrast pair, a lift and a row or
  // press with this runner's equipment, level, injuries (at every rehab dose) and minutes; without
  // them the season has no power phase.
  bool contrast_pairs_possible() const;

  // True when the runner's usual week (the calendar's template) has an allowed day that can hold
  // jumps: not a long run or race, and not the day before a workout, long run or race. Without one
  // every power session would lose its jumps, so the season has no power phase.
  bool usual_week_holds_jumps() const;

  // What the strength sessions of the last loading week of the current phase block really held,
  // after every trim: the reference a deload is lighter than and progression grows from.
  struct LoadingReference {
    int sessions = 0;
    int sets = 0;
    core::Seconds longest_training{0};  // the longest session's time without rehab loading
    ExerciseVolumes volumes;  // sets × reps of each lift, the most in one session (growth takes them)
    double highest_rpe = 0;   // the hardest main lift's RPE
  };

  // What the weeks placed so far leave for the next: the reference it is measured against, its
  // jumps, the last strength day and the effort the taper may not exceed.
  struct SeasonProgress {
    std::optional<core::Date> last_strength;
    std::optional<LoadingReference> reference;
    // The lifts' volumes progression grows from: the reference's, except that a week with a
    // tune-up race's mini-taper leaves them as they were (its set taken off is given back after).
    ExerciseVolumes growth_volumes;
    std::vector<int> week_contacts;  // the most foot contacts of one session, per week placed
    int placed_contacts = 0;
    std::optional<double> last_loading_effort;  // the hardest RPE of the last loading week before the taper
  };

  // Fills m_volume_caps for the week about to be placed: the growth cap over the volumes of the
  // last loading week, none without one.
  void renew_volume_caps();

  // The foot contacts of a session: sets × contacts, both sides for a per-side drill.
  static int contacts_in(const core::PlannedSession& session);

  // Adds a placed strength session to what its week really held.
  static void count_into(LoadingReference& loaded, const core::PlannedSession& session);

  // Places the strength, correctives and light sessions of `week`. With `from`, the days before it
  // already hold what was lived: sessions go on the days from `from` on, as many as the week still
  // wants, measured together with the lived ones.
  core::PlanWeek place_week(const SeasonWeek& week, const std::vector<DayContext>& contexts, core::Plan& plan,
                            std::optional<core::Date> from = std::nullopt);

  // A light session's minutes: the athlete's, at most the rules' maximum for light sessions.
  core::Minutes light_budget() const;

  // The sessions of `week` placed in `plan` so far.
  std::vector<const core::PlannedSession*> sessions_of_week(const core::Plan& plan, const SeasonWeek& week) const;

  // The days of the week that may hold a correctives session of `groups`, spread apart: allowed,
  // no race, no strength session, and outside a race's recovery when an item is eccentric. The
  // checker's rules 2, 5 and 8 accept a light session on any of them (the goal race's last days
  // take only light mobility and activation, which these are).
  std::vector<core::Date> correctives_days(std::span<const DayContext> days, const std::vector<ChosenDay>& chosen,
                                           const std::vector<std::vector<core::Prescription>>& groups) const;

  // The first week and stabilization weeks: the items of every finding the week's strength
  // sessions could not hold (their minutes ran out) go to short light correctives sessions on
  // other days of the week, as many as the items need at the light sessions' minutes.
  void add_correctives_sessions(core::Plan& plan, const SeasonWeek& week, std::span<const DayContext> days,
                                const std::vector<ChosenDay>& chosen);

  // True when a deloaded session still holds what its phase is made of: a lift; rows, push-ups or
  // presses in strength and power; a contrast pair in power. A deload that had to give these up to
  // be lighter than its loading week becomes mobility instead.
  bool keeps_the_phase(const SessionContent& content, core::PhaseName phase) const;

  // The most foot contacts of one session in the two weeks before the one being placed.
  int recent_week_contacts() const;

  // Weeks since the rehab loading began: the season's first week, or for a re-plan that changed
  // the athlete (a new pain, a new injury) the re-plan's week.
  int rehab_week_of(const SeasonWeek& week) const;

  // How many weeks placed so far held jumps.
  int jump_weeks_before() const;

  core::AfterRace after_race(core::Date race) const;

  const PlanInputs& m_inputs;
  const PlanningData& m_data;
  TrainingProfile m_profile;
  ExercisePicker m_picker;
  WeekTargets m_targets;
  std::optional<CorrectiveRoutine> m_routine;
  std::optional<SessionBuilder> m_builder;
  std::optional<core::Date> m_goal_race;
  bool m_power_allowed = false;  // the power phase is open to the runner and their sessions can hold it
  SeasonProgress m_progress;
  // Sets × reps each exercise may reach in a week's sessions (renew_volume_caps), lent to them.
  // The map is kept from week to week: a week with the same lifts as the last only renews the
  // numbers.
  ExerciseVolumes m_volume_caps;
  // The builder's light session at light_budget(), built when first asked for: every light
  // session of the plan without rehab holds is this content, so each copies it.
  mutable std::optional<SessionContent> m_light_content;
};

}  // namespace stride::planning
