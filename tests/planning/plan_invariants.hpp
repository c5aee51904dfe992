#pragma once

// Every scheduling, taper and safety rule a periodized plan must keep, whatever the athlete and
// their running calendar: plan_violations() returns one plain sentence per broken rule, prefixed
// with the rule's name, so a failing property test says exactly what broke and where.
//
// The rules are re-derived here from the inputs (the calendar, the goal race, the athlete and the
// plan rules of the catalog) and never read back from the planner's own day contexts, so a bug in
// how the planner sees a day cannot hide itself.

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

namespace stride::testing {

namespace plan_checks {

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

}  // namespace plan_checks

// What the runner was given before a re-plan's start: the season's first day and the weeks and
// days of the plan in effect until the day before. The rules that look back (deloads, progression,
// contacts, the season's shape, taper effort, spacing) read through it; only the re-plan is judged.
struct LivedSeason {
  core::Date season_start;
  core::Athlete season_athlete;       // the athlete the season's shape was planned for
  std::vector<core::PlanWeek> weeks;  // the weeks that began before the re-plan's start
  std::vector<core::PlanDay> days;    // the days before the re-plan's start
};

namespace plan_checks {

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
              const LivedSeason* lived)
      : m_plan(plan), m_inputs(inputs), m_catalog(catalog), m_rules(catalog.plan_rules) {
    const auto& athlete = inputs.athlete;
    m_season_start = lived != nullptr ? lived->season_start : inputs.start;
    m_goal_race = athlete.goal.race_date;
    m_expected_end = m_goal_race ? *m_goal_race : core::add_days(m_season_start, 7 * inputs.weeks - 1);
    m_novice = is_novice(athlete.strength_experience);
    m_high_mileage = athlete.running.weekly_distance.value() >= m_rules.high_mileage_km;
    for (const auto& injury : athlete.injuries) {
      if (injury.status == core::InjuryStatus::Current) {
        m_current.insert(injury.region);
        m_current_sides.insert(injury.side);
      }
      if (injury.status == core::InjuryStatus::Recovering) m_recovering.insert(injury.region);
      if (injury.status == core::InjuryStatus::Past) m_past.insert(injury.region);
    }
    m_lower_limb_current = std::ranges::any_of(m_current, is_lower_limb);
    m_lower_limb_active = m_lower_limb_current || std::ranges::any_of(m_recovering, is_lower_limb);
    const int age = athlete.birth_year ? static_cast<int>(m_season_start.year()) - *athlete.birth_year : 0;
    m_careful = !m_past.empty() || !m_recovering.empty() || !m_current.empty() || age >= m_rules.masters_age;
    // The deload rhythm follows the athlete the season was planned for (a re-plan keeps it).
    m_careful_rhythm = m_careful;
    if (lived != nullptr) {
      m_careful_rhythm = age >= m_rules.masters_age || !lived->season_athlete.injuries.empty();
    }
    m_has_findings = inputs.findings && !inputs.findings->findings.empty();
    if (const auto& postpartum = athlete.postpartum) {
      m_impact_not_cleared = postpartum->weeks_since_birth < m_rules.postpartum_impact_weeks ||
                             postpartum->pelvic_floor_symptoms || !postpartum->cleared_for_impact;
    }
    if (inputs.findings) {
      for (const auto& finding : inputs.findings->findings) {
        m_shoulders_compensate = m_shoulders_compensate || finding.compensation == core::Compensation::ArmsFallForward ||
                                 finding.compensation == core::Compensation::ShouldersElevate;
      }
      // The side most imbalances name; a tie goes to the first named.
      int left = 0;
      int right = 0;
      for (const auto& imbalance : inputs.findings->imbalances) {
        left += imbalance.weaker_side == core::Side::Left ? 1 : 0;
        right += imbalance.weaker_side == core::Side::Right ? 1 : 0;
      }
      for (const auto& imbalance : inputs.findings->imbalances) {
        const bool left_or_right = imbalance.weaker_side == core::Side::Left || imbalance.weaker_side == core::Side::Right;
        if (left_or_right && (imbalance.weaker_side == core::Side::Left ? left : right) == std::max(left, right)) {
          m_weaker_side = imbalance.weaker_side;
          break;
        }
      }
    }
    switch (athlete.strength_experience) {  // the hardest level each experience is given
      case core::StrengthExperience::None: m_max_level = 2; break;
      case core::StrengthExperience::Beginner: m_max_level = 3; break;
      case core::StrengthExperience::Intermediate: m_max_level = 4; break;
      case core::StrengthExperience::Advanced: m_max_level = 5; break;
    }
    m_max_contacts = m_novice ? m_rules.beginner_contacts.maximum
                     : athlete.strength_experience == core::StrengthExperience::Advanced
                         ? m_rules.advanced_contacts.maximum
                         : m_rules.intermediate_contacts.maximum;
    // The season's weeks: those lived before a re-plan, then the plan's own, the first of them
    // from its Monday so that the days lived earlier in that week belong to it.
    if (lived != nullptr) {
      for (const auto& week : lived->weeks) {
        if (week.start < core::monday_of(plan.start)) m_weeks.push_back(week);
      }
      for (const auto& day : lived->days) {
        if (day.date >= plan.start) continue;
        for (const auto& session : day.sessions) m_lived_sessions.push_back({day.date, &session, false, {}, true});
      }
    }
    m_first_judged_week = m_weeks.size();
    for (const auto& week : plan.weeks) m_weeks.push_back(week);
    if (m_first_judged_week < m_weeks.size()) m_weeks[m_first_judged_week].start = core::monday_of(plan.start);
    for (const auto& day : plan.days) {
      for (const auto& session : day.sessions) m_sessions.push_back({day.date, &session, false, {}});
    }
    if (plan.after_race) {
      for (const auto& day : plan.after_race->days) {
        for (const auto& session : day.sessions) m_sessions.push_back({day.date, &session, true, {}});
      }
    }
    for (auto& at : m_sessions) {
      if (!at.after_race) at.week = week_of(at.date);
    }
    for (auto& at : m_lived_sessions) at.week = week_of(at.date);
  }

  std::vector<std::string> run() {
    check_calendar_coverage();          // rule 1
    check_allowed_days();               // rule 2
    check_strength_day_types();         // rule 3
    check_no_heavy_before_key_run();    // rule 4
    check_spacing();                    // rule 5
    check_weekly_session_counts();      // rule 6
    check_session_minutes();            // rule 7
    check_race_windows();               // rule 8
    check_season_shape();               // rule 9
    check_deloads();                    // rule 10
    check_progression();                // rule 11
    check_exercise_safety();            // rule 12
    check_imbalance_side();             // rule 13
    check_explanations_and_ids();       // rule 14
    check_intensity_follows_content();  // rule 15
    check_contrast_pairs();             // rule 16
    check_contact_growth();             // rule 17
    check_upper_body();                 // rule 18
    check_single_leg_share();           // rule 19
    check_reachable_doses();            // rule 20
    check_life_stages();                // rule 21
    check_injury_guidance();            // rule 22
    check_taper_effort();               // rule 24
    check_correctives_coverage();       // rule 23
    return std::move(m_problems);
  }

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

  // The run on `date` as the calendar and the goal race define it (the goal race is a race day
  // even when the calendar does not list it).
  RunType run_type(Date date) const {
    if (m_goal_race && date == *m_goal_race) return RunType::Race;
    return m_inputs.calendar.run_on(date).type;
  }

  bool allowed(Date date) const {
    const auto& days = m_inputs.athlete.availability.days;
    return days.empty() || days.contains(core::weekday_of(date));
  }

  // The plan week holding `date` (by the weeks' start dates), or nullopt.
  std::optional<std::size_t> week_of(Date date) const {
    std::optional<std::size_t> found;
    for (std::size_t index = 0; index < m_weeks.size(); ++index) {
      if (core::days_between(m_weeks[index].start, date) >= 0) found = index;
    }
    if (found && core::days_between(date, m_plan.end) < 0) return std::nullopt;
    return found;
  }

  // Rule 1: the days, the phases and the weeks cover the plan exactly.
  void check_calendar_coverage() {
    constexpr std::string_view rule = "1 calendar_coverage";
    const auto& plan = m_plan;
    if (plan.start != m_inputs.start) fail(rule, "plan starts {} but the input start is {}", iso(plan.start), iso(m_inputs.start));
    if (plan.end != m_expected_end) {
      fail(rule, "plan ends {} but should end {} ({})", iso(plan.end), iso(m_expected_end),
           m_goal_race ? "the race date" : fmt::format("start + 7 x {} weeks - 1", m_inputs.weeks));
    }
    if (m_goal_race) {
      if (!plan.race || plan.race->date != *m_goal_race || plan.race->event != m_inputs.athlete.goal.event) {
        fail(rule, "plan.race does not name the goal race {}", iso(*m_goal_race));
      }
    } else if (plan.race) {
      fail(rule, "plan.race is set without a race date");
    }
    const int expected_days = core::days_between(plan.start, plan.end) + 1;
    if (static_cast<int>(plan.days.size()) != expected_days) {
      fail(rule, "days holds {} dates, {} .. {} has {}", plan.days.size(), iso(plan.start), iso(plan.end), expected_days);
    }
    for (std::size_t index = 0; index < plan.days.size(); ++index) {
      const auto& day = plan.days[index];
      const Date expected = core::add_days(plan.start, static_cast<int>(index));
      if (day.date != expected) {
        fail(rule, "days[{}] is {} but should be {}", index, iso(day.date), iso(expected));
        break;
      }
      const RunType type = run_type(day.date);
      if (type == RunType::Rest ? day.run.has_value() : (!day.run || day.run->type != type)) {
        fail(rule, "{}: run is {} but the calendar says {}", iso(day.date),
             day.run ? core::enum_name(day.run->type) : "null", core::enum_name(type));
      }
    }
    // Phases: contiguous, in order, covering start..end; neighbours differ.
    if (plan.phases.empty()) {
      fail(rule, "no phases");
    } else {
      if (plan.phases.front().start != plan.start) fail(rule, "first phase starts {}, not at the plan start", iso(plan.phases.front().start));
      if (plan.phases.back().end != plan.end) fail(rule, "last phase ends {}, not at the plan end", iso(plan.phases.back().end));
      for (std::size_t index = 0; index < plan.phases.size(); ++index) {
        const auto& phase = plan.phases[index];
        if (core::days_between(phase.start, phase.end) < 0) fail(rule, "phase {} ends before it starts", index);
        if (index == 0) continue;
        const auto& previous = plan.phases[index - 1];
        if (phase.start != core::add_days(previous.end, 1)) {
          fail(rule, "phase {} ({}) starts {}, not the day after the previous phase ends ({})", index,
               core::enum_name(phase.name), iso(phase.start), iso(previous.end));
        }
        if (phase.name == previous.name) fail(rule, "phases {} and {} are both {}", index - 1, index, core::enum_name(phase.name));
      }
    }
    // Weeks: the first at the start, then every Monday, covering the plan.
    const Date first_monday = core::monday_of(plan.start);
    const int expected_weeks = core::days_between(first_monday, core::monday_of(plan.end)) / 7 + 1;
    if (static_cast<int>(plan.weeks.size()) != expected_weeks) {
      fail(rule, "{} weeks, but {} .. {} spans {} calendar weeks", plan.weeks.size(), iso(plan.start), iso(plan.end),
           expected_weeks);
    }
    for (std::size_t index = 0; index < plan.weeks.size(); ++index) {
      const auto& week = plan.weeks[index];
      const Date expected = index == 0 ? plan.start : core::add_days(first_monday, 7 * static_cast<int>(index));
      if (week.start != expected) fail(rule, "weeks[{}] starts {} but should start {}", index, iso(week.start), iso(expected));
      if (index > 0 && core::weekday_of(week.start) != core::Weekday::Monday) {
        fail(rule, "weeks[{}] starts {}, not a Monday", index, iso(week.start));
      }
      // The week lies in one phase, the one the phase list gives for its dates.
      const Date week_end = index + 1 < plan.weeks.size() ? core::add_days(plan.weeks[index + 1].start, -1) : plan.end;
      for (const Date date : {week.start, week_end}) {
        const auto span = std::ranges::find_if(plan.phases, [&](const core::PhaseSpan& p) {
          return core::days_between(p.start, date) >= 0 && core::days_between(date, p.end) >= 0;
        });
        if (span == plan.phases.end() || span->name != week.phase) {
          fail(rule, "week of {} is {} but {} lies in phase {}", iso(week.start), core::enum_name(week.phase), iso(date),
               span == plan.phases.end() ? "none" : core::enum_name(span->name));
        }
      }
    }
  }

  // Rule 2: sessions only on the athlete's days, never on a race day.
  void check_allowed_days() {
    constexpr std::string_view rule = "2 allowed_days";
    for (const auto& at : m_sessions) {
      if (!allowed(at.date)) {
        fail(rule, "{} on {} ({}), a weekday the athlete did not allow", name_of(at), iso(at.date),
             core::enum_name(core::weekday_of(at.date)));
      }
      if (run_type(at.date) == RunType::Race) fail(rule, "{} on race day {}", name_of(at), iso(at.date));
    }
  }

  // Rule 3: strength never on a long-run or race day; on a workout day only as the explained fallback.
  void check_strength_day_types() {
    constexpr std::string_view rule = "3 strength_day_types";
    for (const auto& at : m_sessions) {
      if (at.session->kind != core::SessionKind::Strength) continue;
      const RunType type = run_type(at.date);
      if (type == RunType::Long || type == RunType::Race) {
        fail(rule, "{} on {}, a {} day", name_of(at), iso(at.date), core::enum_name(type));
      }
      if (type == RunType::Workout && !contains(at.session->why, "After today's workout")) {
        fail(rule, "{} on workout day {} without the after-the-workout explanation", name_of(at), iso(at.date));
      }
    }
  }

  // Rule 4: nothing heavy the day before a workout, long run or race, judged by the content.
  void check_no_heavy_before_key_run() {
    constexpr std::string_view rule = "4 no_heavy_before_key_run";
    for (const auto& at : m_sessions) {
      if (content_intensity(*at.session) != Intensity::Heavy) continue;
      const Date next = core::add_days(at.date, 1);
      if (core::is_key_run(run_type(next))) {
        fail(rule, "{} on {} is heavy and {} is a {} day", name_of(at), iso(at.date), iso(next),
             core::enum_name(run_type(next)));
      }
    }
  }

  // Rule 5: hard sessions never on consecutive days; plyometric sessions at least 48 h apart.
  void check_spacing() {
    constexpr std::string_view rule = "5 spacing";
    auto sessions = m_lived_sessions;
    sessions.insert(sessions.end(), m_sessions.begin(), m_sessions.end());
    for (std::size_t a = 0; a < sessions.size(); ++a) {
      for (std::size_t b = a + 1; b < sessions.size(); ++b) {
        const auto& first = sessions[a];
        const auto& second = sessions[b];
        if (first.lived && second.lived) continue;
        const int gap = std::abs(core::days_between(first.date, second.date));
        if (gap >= 2) continue;
        if (first.session->intensity != Intensity::Light && second.session->intensity != Intensity::Light) {
          fail(rule, "{} and {} are both moderate or heavy, {} day(s) apart", name_of(first), name_of(second), gap);
        }
        if (first.session->has_plyometrics() && second.session->has_plyometrics()) {
          fail(rule, "{} and {} both have plyometrics, {} day(s) apart", name_of(first), name_of(second), gap);
        }
      }
    }
  }

  // Rule 6: how many strength sessions a week may hold, and the high-mileage dose.
  void check_weekly_session_counts() {
    constexpr std::string_view rule = "6 weekly_session_counts";
    const auto& athlete = m_inputs.athlete;
    const bool ready = !m_novice && !m_lower_limb_active && !m_high_mileage;
    std::vector<int> counts(m_weeks.size(), 0);
    for (const auto& at : m_sessions) {
      if (at.after_race || at.session->kind != core::SessionKind::Strength) continue;
      if (at.week) {
        ++counts[*at.week];
      } else {
        fail(rule, "{} on {} lies in no week", name_of(at), iso(at.date));
      }
    }
    for (std::size_t index = m_first_judged_week; index < m_weeks.size(); ++index) {
      const auto& week = m_weeks[index];
      const int count = counts[index];
      const auto where = fmt::format("week of {} ({}{})", iso(week.start), core::enum_name(week.phase),
                                     week.deload ? ", deload" : "");
      if (week.strength_sessions != count) {
        fail(rule, "{} reports {} strength sessions but holds {}", where, week.strength_sessions, count);
      }
      if (count > athlete.availability.strength_sessions_per_week) {
        fail(rule, "{} has {} strength sessions; the athlete asked for at most {}", where, count,
             athlete.availability.strength_sessions_per_week);
      }
      if (count > 3) fail(rule, "{} has {} strength sessions (more than 3)", where, count);
      if (count > 2 && !ready) {
        fail(rule, "{} has {} strength sessions, but only an intermediate or advanced athlete without an active "
                   "leg injury below 80 km a week may have 3", where, count);
      }
      if (count > 2 && week.phase == PhaseName::Maintenance) fail(rule, "{} has {} sessions in maintenance", where, count);
      if (count > 1 && week.phase == PhaseName::Taper) fail(rule, "{} has {} sessions in the taper", where, count);
      if (count > m_rules.high_mileage_sessions_maximum && m_high_mileage) {
        fail(rule, "{} has {} sessions at {:g} km a week", where, count, athlete.running.weekly_distance.value());
      }
    }
    if (m_high_mileage) {
      for (const auto& at : m_sessions) {
        if (at.session->minutes.count() > m_rules.high_mileage_minutes_maximum) {
          fail(rule, "{} lasts {} min at {:g} km a week (at most {})", name_of(at), at.session->minutes.count(),
               athlete.running.weekly_distance.value(), m_rules.high_mileage_minutes_maximum);
        }
      }
    }
  }

  // Rule 7: sessions fit the athlete's time and their minutes are the honest sum of their items.
  void check_session_minutes() {
    constexpr std::string_view rule = "7 session_minutes";
    const auto budget = m_inputs.athlete.availability.session_minutes;
    for (const auto& at : m_sessions) {
      const auto& session = *at.session;
      if (session.minutes > budget) {
        fail(rule, "{} lasts {} min, the athlete has {}", name_of(at), session.minutes.count(), budget.count());
      }
      core::Seconds total{0};
      for (const auto& block : session.blocks) {
        for (const auto& item : block.items) {
          if (item.duration <= core::Seconds(0)) fail(rule, "{}: item {} has no duration", name_of(at), item.exercise);
          total += item.duration * block.rounds;
        }
      }
      const auto expected = (total.count() + 59) / 60;
      if (session.minutes.count() != expected) {
        fail(rule, "{} says {} min but its items take {} s (ceil: {} min)", name_of(at), session.minutes.count(),
             total.count(), expected);
      }
      if (session.blocks.empty()) fail(rule, "{} has no blocks", name_of(at));
    }
  }

  // The distance of the race on `date`: for the goal race its event's (the calendar's usual run on
  // that weekday says nothing about the race), otherwise the calendar's.
  std::optional<double> race_distance(Date date) const {
    const auto run = m_inputs.calendar.run_on(date);
    if (m_goal_race && date == *m_goal_race) {
      if (const auto distance = m_rules.event_distance(m_inputs.athlete.goal.event)) return distance;
    }
    return run.distance ? std::optional(run.distance->value()) : std::nullopt;
  }

  // The recovery row of a race: days of nothing heavy, no jumps and no eccentric work, the first of
  // them light only. The table is data (data/rules/plan.json); the lookup is re-done here.
  planning::RaceRecovery recovery_of(Date race) const {
    const double distance = race_distance(race).value_or(m_rules.race_recovery_unknown_distance_km);
    for (const auto& row : m_rules.race_recovery) {
      if (distance <= row.up_to_km) return row;
    }
    return m_rules.race_recovery.back();
  }

  bool has_eccentric_item(const core::PlannedSession& session) const {
    for (const auto& block : session.blocks) {
      for (const auto& item : block.items) {
        const auto* exercise = m_catalog.library.find(item.exercise);
        if (exercise != nullptr && exercise->has_tag(core::ExerciseTag::Eccentric)) return true;
      }
    }
    return false;
  }

  // Rule 8: the days before every race, the goal race's week, the recovery after every race by
  // its distance, and the recovery block after the goal race.
  void check_race_windows() {
    constexpr std::string_view rule = "8 race_windows";
    if (m_goal_race) {
      const Date race = *m_goal_race;
      for (const auto& at : m_sessions) {
        const int until = core::days_between(at.date, race);
        if (until < 1 || until > m_rules.race_week_days) continue;
        // docs/planning.md §2: mobility and activation only in the goal race's last 7 days.
        if (content_intensity(*at.session) != Intensity::Light || at.session->kind == core::SessionKind::Strength) {
          fail(rule, "{} is not a light mobility session {} day(s) before the goal race {}", name_of(at), until,
               iso(race));
        }
      }
    }
    // Every race day that can shape the plan: from the longest recovery before the start to the
    // end of the recovery block after the goal race.
    const Date last = m_plan.after_race ? m_plan.after_race->end : m_plan.end;
    int longest = m_rules.recovery_days;
    for (const auto& row : m_rules.race_recovery) longest = std::max(longest, row.days);
    for (Date race = core::add_days(m_plan.start, -longest); core::days_between(race, last) >= 0;
         race = core::add_days(race, 1)) {
      if (run_type(race) != RunType::Race) continue;
      const bool goal = m_goal_race && race == *m_goal_race;
      const auto recovery = recovery_of(race);
      for (const auto& at : m_sessions) {
        const int since = core::days_between(race, at.date);
        const auto intensity = content_intensity(*at.session);
        if (since >= 1 && since <= recovery.days) {
          if (intensity == Intensity::Heavy) fail(rule, "{} is heavy {} day(s) after the race on {}", name_of(at), since, iso(race));
          if (contacts_of(*at.session) > 0) {
            fail(rule, "{} has plyometric contacts {} day(s) after the race on {}", name_of(at), since, iso(race));
          }
          if (has_eccentric_item(*at.session)) {
            fail(rule, "{} has eccentric work {} day(s) after the race on {} ({} days of recovery)", name_of(at), since,
                 iso(race), recovery.days);
          }
        }
        if (since >= 1 && since <= recovery.light_only_days && intensity != Intensity::Light) {
          fail(rule, "{} is not light {} day(s) after the race on {}", name_of(at), since, iso(race));
        }
        // The day before any race: 15-20 minutes of mobility and activation at most.
        if (since == -1 && (intensity != Intensity::Light || at.session->kind == core::SessionKind::Strength ||
                            at.session->minutes.count() > m_rules.light_session_minutes_maximum)) {
          fail(rule, "{} ({} min) the day before the race on {} is more than light mobility", name_of(at),
               at.session->minutes.count(), iso(race));
        }
        // No slow eccentric work in the days before any race (its soreness peaks at 24-72 h).
        if (since <= -1 && since >= -m_rules.race_eve_no_eccentric_days && has_eccentric_item(*at.session)) {
          fail(rule, "{} has eccentric work {} day(s) before the race on {}", name_of(at), -since, iso(race));
        }
        // Nothing heavy in the 48 hours before any race.
        if (since <= -1 && since >= -2 && intensity == Intensity::Heavy) {
          fail(rule, "{} is heavy {} day(s) before the race on {}", name_of(at), -since, iso(race));
        }
        // Before a tune-up race (any race but the goal): no jumps.
        if (!goal && since <= -1 && since >= -m_rules.tune_up_taper_days) {
          if (intensity == Intensity::Heavy) {
            fail(rule, "{} is heavy {} day(s) before the tune-up race on {}", name_of(at), -since, iso(race));
          }
          if (contacts_of(*at.session) > 0) {
            fail(rule, "{} has plyometric contacts {} day(s) before the tune-up race on {}", name_of(at), -since, iso(race));
          }
        }
      }
    }
    if (m_plan.after_race.has_value() != m_goal_race.has_value()) {
      fail(rule, "after_race is {} but the athlete {} a race date", m_plan.after_race ? "present" : "missing",
           m_goal_race ? "has" : "has no");
    }
    if (m_plan.after_race && m_goal_race) {
      const auto& after = *m_plan.after_race;
      const int days = std::max(m_rules.recovery_days, recovery_of(*m_goal_race).days);
      if (after.start != core::add_days(*m_goal_race, 1) || after.end != core::add_days(*m_goal_race, days)) {
        fail(rule, "after_race runs {} .. {}, not the {} days after the race", iso(after.start), iso(after.end), days);
      }
      const int expected = core::days_between(after.start, after.end) + 1;
      bool ordered = static_cast<int>(after.days.size()) == expected;
      for (std::size_t index = 0; ordered && index < after.days.size(); ++index) {
        ordered = after.days[index].date == core::add_days(after.start, static_cast<int>(index));
      }
      if (!ordered) fail(rule, "after_race days do not hold each date from {} to {} once", iso(after.start), iso(after.end));
    }
    for (const auto& at : m_sessions) {
      if (!at.after_race) continue;
      if (content_intensity(*at.session) != Intensity::Light || at.session->kind != core::SessionKind::Recovery) {
        fail(rule, "after the race, {} is not a light recovery session", name_of(at));
      }
    }
  }

  // Rule 9: the shape of the season.
  void check_season_shape() {
    constexpr std::string_view rule = "9 season_shape";
    const auto& weeks = m_weeks;
    if (weeks.empty()) return;
    const int count = static_cast<int>(weeks.size());
    const int first = static_cast<int>(m_first_judged_week);  // earlier weeks were lived before a re-plan
    const auto phase_at = [&](int index) { return weeks[static_cast<std::size_t>(index)].phase; };
    const bool short_runway = m_goal_race && count <= m_rules.short_runway_weeks;
    int taper = 0;
    if (m_goal_race) {
      taper = std::min(m_rules.taper_weeks, count);
      if (short_runway) {
        for (int index = first; index < count; ++index) {
          if (phase_at(index) != PhaseName::Maintenance && phase_at(index) != PhaseName::Taper) {
            fail(rule, "the race is {} calendar weeks away, but week {} is {} (only maintenance and taper allowed)",
                 count, index + 1, core::enum_name(phase_at(index)));
          }
        }
      }
      if (m_plan.phases.empty() || m_plan.phases.back().name != PhaseName::Taper) {
        fail(rule, "the season before a race does not end with a taper");
      }
      for (int index = first; index < count; ++index) {
        const bool should_taper = index >= count - taper;
        if ((phase_at(index) == PhaseName::Taper) != should_taper) {
          fail(rule, "week {} of {} is {}; the taper is the last {} week(s)", index + 1, count,
               core::enum_name(phase_at(index)), taper);
        }
      }
    } else {
      for (int index = first; index < count; ++index) {
        if (!is_build_phase(phase_at(index))) {
          fail(rule, "week {} is {} in a plan without a race", index + 1, core::enum_name(phase_at(index)));
        }
      }
    }
    if (!short_runway) {
      const int build = count - taper;
      int required = m_rules.stabilization_weeks_trained;
      if (m_has_findings) required = std::max(required, m_rules.stabilization_weeks_with_findings);
      if (m_novice) required = std::max(required, m_rules.stabilization_weeks_novice);
      // A trained lifter with a short build gets a short re-introduction (docs/planning.md §1).
      if (!m_novice && build <= m_rules.short_build_weeks) {
        required = m_rules.stabilization_weeks_short_build + (m_has_findings ? 1 : 0);
      }
      required = std::min(required, build);
      for (int index = first; index < required; ++index) {
        if (phase_at(index) != PhaseName::Stabilization) {
          fail(rule, "week {} is {}, but this athlete ({}{}) starts with {} week(s) of stabilization", index + 1,
               core::enum_name(phase_at(index)), core::enum_name(m_inputs.athlete.strength_experience),
               m_has_findings ? ", with findings" : "", required);
          break;
        }
      }
    }
    int strength_weeks = 0;
    for (int index = 0; index < count; ++index) {
      if (phase_at(index) == PhaseName::Strength) ++strength_weeks;
      if (phase_at(index) != PhaseName::Power || index < first) continue;
      if (m_lower_limb_current) fail(rule, "power in week {} with a current leg injury", index + 1);
      if (m_impact_not_cleared) fail(rule, "power in week {} before a postpartum runner is cleared for impact", index + 1);
      if (strength_weeks == 0) fail(rule, "power in week {} before any strength week", index + 1);
      if (m_novice && strength_weeks < m_rules.strength_weeks_before_power_for_novices) {
        fail(rule, "power in week {} for a novice after only {} strength week(s)", index + 1, strength_weeks);
      }
    }
  }

  // The loading week each week's doses are measured against: the last earlier week of the same
  // phase block that is not a deload and holds a strength session.
  std::optional<std::size_t> reference_week(std::size_t index) const {
    const auto& weeks = m_weeks;
    for (std::size_t earlier = index; earlier-- > 0;) {
      if (weeks[earlier + 1].week_in_phase == 1) return std::nullopt;  // weeks[earlier + 1] opened the block
      if (weeks[earlier].deload) continue;
      if (strength_sessions_in_week(earlier).empty()) continue;
      return earlier;
    }
    return std::nullopt;
  }

  std::vector<SessionAt> strength_sessions_in_week(std::size_t week) const {
    std::vector<SessionAt> found;
    for (const auto& at : sessions_in_week(week)) {
      if (at.session->kind == core::SessionKind::Strength) found.push_back(at);
    }
    return found;
  }

  // Rule 10: the deload rhythm, and deloads lighter than what the loading week really held.
  void check_deloads() {
    constexpr std::string_view rule = "10 deloads";
    const auto& weeks = m_weeks;
    // Counted as season.cpp counts: over strength and power weeks across their boundary, reset by any
    // other phase (stabilization included: its light work needs no deload).
    const int limit = m_careful_rhythm ? m_rules.deload_every_weeks_careful : m_rules.deload_every_weeks;
    int run = 0;
    for (std::size_t index = 0; index < weeks.size(); ++index) {
      const auto& week = weeks[index];
      const bool judged = index >= m_first_judged_week;
      if (judged && week.deload && !is_loading_phase(week.phase)) fail(rule, "week of {} is a {} deload", iso(week.start), core::enum_name(week.phase));
      if (judged && week.deload && week.week_in_phase == 1) fail(rule, "week of {} deloads in the first week of a phase", iso(week.start));
      if (judged && week.deload && index + 1 < weeks.size() && weeks[index + 1].phase == PhaseName::Taper) {
        fail(rule, "week of {} deloads right before the taper", iso(week.start));
      }
      if (judged && week.deload && index > 0 && weeks[index - 1].deload) fail(rule, "weeks of {} and the one before are both deloads", iso(week.start));
      if (!is_loading_phase(week.phase) || week.deload) {
        run = 0;
        continue;
      }
      ++run;
      if (judged && run > limit) {
        fail(rule, "week of {} is the {}th loading week in a row without a deload (at most {}{})", iso(week.start), run,
             limit, m_careful_rhythm ? " for a careful athlete" : "");
      }
    }
    // A deload week's strength sessions hold at most 70 % of the sets (every block) its loading
    // week really held, in no more sessions, each training less time than that week's longest
    // (rehab loading left out of both, like its sets).
    for (std::size_t index = std::max<std::size_t>(1, m_first_judged_week); index < weeks.size(); ++index) {
      if (!weeks[index].deload) continue;
      const auto reference = reference_week(index);
      if (!reference) continue;  // no loading week with strength sessions before it in the block
      const auto deload_sessions = strength_sessions_in_week(index);
      const auto loading_sessions = strength_sessions_in_week(*reference);
      int deload_sets = 0;
      int loading_sets = 0;
      long longest = 0;
      for (const auto& at : loading_sessions) {
        loading_sets += total_sets_of(*at.session);
        longest = std::max(longest, training_seconds_of(*at.session));
      }
      for (const auto& at : deload_sessions) {
        deload_sets += total_sets_of(*at.session);
        if (!at.lived && training_seconds_of(*at.session) >= longest) {
          fail(rule, "deload {} trains {} s, not less than the {} s of the loading week of {}", name_of(at),
               training_seconds_of(*at.session), longest, iso(weeks[*reference].start));
        }
      }
      if (deload_sets * 10 > loading_sets * 7) {
        fail(rule, "deload week of {} holds {} sets, more than 70 % of the {} the loading week of {} really held",
             iso(weeks[index].start), deload_sets, loading_sets, iso(weeks[*reference].start));
      }
      if (deload_sessions.size() > loading_sessions.size()) {
        fail(rule, "deload week of {} has {} strength sessions, the loading week of {} had {}", iso(weeks[index].start),
             deload_sessions.size(), iso(weeks[*reference].start), loading_sessions.size());
      }
    }
  }

  // Rule 11: a lift's sets × reps in a loading week grow by at most 30 % over the most it really
  // held in one session of the reference loading week (rehab loading keeps its own dose).
  void check_progression() {
    constexpr std::string_view rule = "11 progression";
    const auto volumes_of = [&](std::size_t week) {
      std::map<std::string, int> volume;
      for (const auto& at : strength_sessions_in_week(week)) {
        for (const auto& block : at.session->blocks) {
          if (block.name != "main") continue;
          for (const auto& item : block.items) {
            // Rehab loading has its own fixed dose (contract §4.3), not a progression.
            if (item.reps && item.role != core::Role::Rehab) {
              volume[item.exercise] = std::max(volume[item.exercise], item.sets * *item.reps);
            }
          }
        }
      }
      return volume;
    };
    for (std::size_t index = std::max<std::size_t>(1, m_first_judged_week); index < m_weeks.size(); ++index) {
      if (m_weeks[index].deload) continue;
      const auto reference = reference_week(index);
      if (!reference) continue;
      const auto before = volumes_of(*reference);
      for (const auto& [exercise, volume] : volumes_of(index)) {
        const auto found = before.find(exercise);
        if (found == before.end()) continue;
        if (volume * 10 > found->second * 13) {
          fail(rule, "week of {}: {} goes from {} to {} sets x reps since the week of {} (more than 30 %)",
               iso(m_weeks[index].start), exercise, found->second, volume, iso(m_weeks[*reference].start));
        }
      }
    }
  }

  // Rule 12: jumps within the level's range; every exercise safe, doable and real.
  void check_exercise_safety() {
    constexpr std::string_view rule = "12 exercise_safety";
    for (const auto& at : m_sessions) {
      const int contacts = contacts_of(*at.session);
      if (contacts > m_max_contacts) {
        fail(rule, "{} has {} foot contacts, above the {} maximum of {}", name_of(at), contacts,
             core::enum_name(m_inputs.athlete.strength_experience), m_max_contacts);
      }
      for (const auto& block : at.session->blocks) {
        for (const auto& item : block.items) {
          const auto* exercise = m_catalog.library.find(item.exercise);
          if (exercise == nullptr) {
            fail(rule, "{}: {} is not in the library", name_of(at), item.exercise);
            continue;
          }
          if (!exercise->doable_with(m_inputs.athlete.equipment)) {
            fail(rule, "{}: {} needs equipment the athlete does not have", name_of(at), item.exercise);
          }
          if (exercise->level > m_max_level) {
            fail(rule, "{}: {} is level {}, above the athlete's {}", name_of(at), item.exercise, exercise->level, m_max_level);
          }
          for (auto region : exercise->avoid_with) {
            if (m_current.contains(region) || m_recovering.contains(region)) {
              fail(rule, "{}: {} is avoided with a {} injury", name_of(at), item.exercise, core::enum_name(region));
            }
          }
          const bool plyometric = exercise->pattern == core::Pattern::Plyometric || item.contacts.has_value();
          if (m_lower_limb_current && (plyometric || exercise->impact != core::Impact::None)) {
            fail(rule, "{}: {} ({} impact) with a current leg injury", name_of(at), item.exercise,
                 core::enum_name(exercise->impact));
          }
          if (m_shoulders_compensate && std::ranges::find(m_rules.overhead_presses, item.exercise) != m_rules.overhead_presses.end()) {
            fail(rule, "{}: {} is an overhead press while the arms fall forward or the shoulders elevate", name_of(at),
                 item.exercise);
          }
          if (m_current.contains(core::InjuryRegion::Knee) && is_knee_dominant(exercise->pattern) &&
              item.role != core::Role::Rehab) {
            fail(rule, "{}: {} is a knee-dominant {} lift with a current knee injury", name_of(at), item.exercise,
                 core::enum_name(exercise->pattern));
          }
          if (m_lower_limb_active && exercise->impact > core::Impact::Low) {
            fail(rule, "{}: {} ({} impact) with a recovering leg injury", name_of(at), item.exercise,
                 core::enum_name(exercise->impact));
          }
        }
      }
    }
  }

  // Rule 13: one-leg strength work starts on the weaker side (the imbalances are of the legs, so
  // one-arm rows and presses are not concerned); no item of any block gives its extra set to a side
  // with a current injury, and rolling and stretching never take an extra set.
  void check_imbalance_side() {
    constexpr std::string_view rule = "13 imbalance_side";
    for (const auto& at : m_sessions) {
      for (const auto& block : at.session->blocks) {
        for (const auto& item : block.items) {
          if (!item.extra_sets_side) continue;
          if (m_current_sides.contains(*item.extra_sets_side) || m_current_sides.contains(core::Side::Both)) {
            fail(rule, "{}: {} gives its extra set to the {} side, with a current injury there", name_of(at),
                 item.exercise, core::enum_name(*item.extra_sets_side));
          }
          if (item.role == core::Role::Inhibit || item.role == core::Role::Lengthen) {
            fail(rule, "{}: {} gives rolling or stretching an extra set", name_of(at), item.exercise);
          }
        }
      }
    }
    if (!m_weaker_side) return;
    for (const auto& at : m_sessions) {
      for (const auto& block : at.session->blocks) {
        if (block.name != "main") continue;
        for (const auto& item : block.items) {
          if (!item.per_side || item.role != core::Role::Strength) continue;
          const auto* exercise = m_catalog.library.find(item.exercise);
          if (exercise != nullptr && (exercise->pattern == core::Pattern::Push || exercise->pattern == core::Pattern::Pull)) {
            continue;
          }
          if (item.side_first != m_weaker_side) {
            fail(rule, "{}: {} starts on {}, not on the weaker {} side", name_of(at), item.exercise,
                 item.side_first ? core::enum_name(*item.side_first) : "no side", core::enum_name(*m_weaker_side));
          }
        }
      }
    }
  }

  // Rule 14: every session and item explains itself; ids are unique and start with the date.
  void check_explanations_and_ids() {
    constexpr std::string_view rule = "14 explanations_and_ids";
    std::set<std::string> ids;
    for (const auto& at : m_sessions) {
      if (at.session->why.empty()) fail(rule, "{} has no why", name_of(at));
      if (!ids.insert(at.session->id).second) fail(rule, "session id {} repeats", at.session->id);
      if (!at.session->id.starts_with(iso(at.date) + "-")) fail(rule, "session id {} does not start with {}", at.session->id, iso(at.date));
      if (at.session->title.empty()) fail(rule, "{} has no title", name_of(at));
      for (const auto& block : at.session->blocks) {
        for (const auto& item : block.items) {
          if (item.why.empty()) fail(rule, "{}: {} has no why", name_of(at), item.exercise);
        }
      }
    }
  }

  // Rule 15: a session's `intensity` is what its content makes it.
  void check_intensity_follows_content() {
    constexpr std::string_view rule = "15 intensity_follows_content";
    for (const auto& at : m_sessions) {
      const auto content = content_intensity(*at.session);
      if (at.session->intensity != content) {
        fail(rule, "{} is labelled {} but its content is {}", name_of(at), core::enum_name(at.session->intensity),
             core::enum_name(content));
      }
    }
  }

  // Rule 16: every power session holds a contrast pair: a lift and an explosive move linked both
  // ways, the explosive one with about half the reps. A power week's session on a day that cannot
  // hold jumps is a strength session (phase strength), and it may only sit on such a day.
  void check_contrast_pairs() {
    constexpr std::string_view rule = "16 contrast_pairs";
    for (const auto& at : m_sessions) {
      if (!at.week || m_weeks[*at.week].phase != PhaseName::Power) continue;
      if (at.session->kind != core::SessionKind::Strength) continue;
      if (at.session->phase != PhaseName::Power) {
        if (jumps_possible(at.date)) {
          fail(rule, "{} is a {} session in a power week on a day that can hold jumps", name_of(at),
               core::enum_name(at.session->phase));
        }
        continue;
      }
      bool paired = false;
      for (const auto& block : at.session->blocks) {
        for (const auto& heavy : block.items) {
          if (heavy.role != core::Role::Strength || !heavy.pair_with || !heavy.reps) continue;
          const auto partner = std::ranges::find_if(block.items, [&](const core::Prescription& item) {
            return item.exercise == *heavy.pair_with;
          });
          if (partner == block.items.end() || partner->pair_with != heavy.exercise) continue;
          if (partner->role != core::Role::Plyometric && partner->role != core::Role::Power) continue;
          const int explosive = partner->reps ? *partner->reps : partner->contacts.value_or(0);
          if (explosive > (*heavy.reps + 1) / 2) {
            fail(rule, "{}: {} has {} explosive reps after {} reps of {}, more than about half", name_of(at),
                 partner->exercise, explosive, *heavy.reps, heavy.exercise);
          }
          paired = true;
        }
      }
      if (!paired) fail(rule, "{} in a power week has no contrast pair [{}]", name_of(at), main_summary(*at.session));
    }
  }

  // True when `date` may hold jumps, re-derived from the calendar: an allowed day that is not a
  // long run or race, not the day before a key run, and outside every race window.
  bool jumps_possible(Date date) const {
    const auto type = run_type(date);
    if (!allowed(date) || type == RunType::Long || type == RunType::Race) return false;
    if (core::is_key_run(run_type(core::add_days(date, 1)))) return false;
    int longest = m_rules.recovery_days;
    for (const auto& row : m_rules.race_recovery) longest = std::max(longest, row.days);
    for (int offset = -m_rules.race_week_days; offset <= longest; ++offset) {
      const Date race = core::add_days(date, -offset);  // offset > 0: the race was `offset` days ago
      if (run_type(race) != RunType::Race) continue;
      const bool goal = m_goal_race && race == *m_goal_race;
      if (offset < 0 && -offset <= (goal ? m_rules.race_week_days : std::max(m_rules.tune_up_taper_days, m_rules.race_eve_light_only_days))) {
        return false;
      }
      if (offset > 0 && offset <= recovery_of(race).days) return false;
    }
    return true;
  }

  // Rule 17: plyometric contacts build from what was done: a session holds at most the runner's
  // start dose, or the weekly growth more than the most of one session in the two weeks before.
  void check_contact_growth() {
    constexpr std::string_view rule = "17 contact_growth";
    const auto& athlete = m_inputs.athlete;
    int start = m_novice ? m_rules.beginner_start_contacts
                : athlete.strength_experience == core::StrengthExperience::Advanced ? m_rules.advanced_start_contacts
                                                                                     : m_rules.intermediate_start_contacts;
    const int age = athlete.birth_year ? static_cast<int>(m_season_start.year()) - *athlete.birth_year : 30;
    const bool youth = athlete.birth_year && age < m_rules.youth_age_below;
    if (m_careful || youth) start = static_cast<int>(std::lround(start * m_rules.careful_start_fraction));
    const double growth = m_careful ? m_rules.careful_weekly_growth : m_rules.plyometric_weekly_growth;
    std::vector<int> most(m_weeks.size(), 0);
    for (std::size_t index = 0; index < m_weeks.size(); ++index) {
      for (const auto& at : sessions_in_week(index)) most[index] = std::max(most[index], contacts_of(*at.session));
    }
    for (std::size_t index = m_first_judged_week; index < most.size(); ++index) {
      const int recent = std::max(index >= 1 ? most[index - 1] : 0, index >= 2 ? most[index - 2] : 0);
      const int allowed = std::max(start, static_cast<int>(std::floor(recent * (1.0 + growth))));
      if (most[index] > allowed) {
        fail(rule, "week of {} has a session of {} foot contacts; the two weeks before held at most {} (start {}, "
                   "growth {:g} %)", iso(m_weeks[index].start), most[index], recent, start, growth * 100);
      }
    }
  }

  // Rule 18: every strength and power week with a strength session has rows, push-ups or presses.
  void check_upper_body() {
    constexpr std::string_view rule = "18 upper_body";
    for (std::size_t index = m_first_judged_week; index < m_weeks.size(); ++index) {
      const auto phase = m_weeks[index].phase;
      if (phase != PhaseName::Strength && phase != PhaseName::Power) continue;
      const auto sessions = strength_sessions_in_week(index);
      if (sessions.empty()) continue;
      bool upper = false;
      for (const auto& at : sessions) {
        for (const auto& block : at.session->blocks) {
          for (const auto& item : block.items) {
            const auto* exercise = m_catalog.library.find(item.exercise);
            if (exercise != nullptr && (exercise->pattern == core::Pattern::Push || exercise->pattern == core::Pattern::Pull) &&
                !exercise->has_tag(core::ExerciseTag::TotalBody)) {
              upper = true;
            }
          }
        }
      }
      if (!upper) {
        fail(rule, "{} week of {} has no row, push-up or press in its {} strength session(s)", core::enum_name(phase),
             iso(m_weeks[index].start), sessions.size());
      }
    }
  }

  // Rule 19: at least half of a strength or power week's lower-body lifts are single-leg.
  void check_single_leg_share() {
    constexpr std::string_view rule = "19 single_leg_share";
    for (std::size_t index = m_first_judged_week; index < m_weeks.size(); ++index) {
      const auto phase = m_weeks[index].phase;
      if (phase != PhaseName::Strength && phase != PhaseName::Power) continue;
      int lifts = 0;
      int single_leg = 0;
      std::string names;
      for (const auto& at : strength_sessions_in_week(index)) {
        for (const auto& block : at.session->blocks) {
          for (const auto& item : block.items) {
            const auto* exercise = m_catalog.library.find(item.exercise);
            if (item.role != core::Role::Strength || exercise == nullptr || !is_lower_body_lift(exercise->pattern)) continue;
            ++lifts;
            if (exercise->unilateral) ++single_leg;
            names += fmt::format(" {}{}", item.exercise, exercise->unilateral ? "(1)" : "(2)");
          }
        }
      }
      if (single_leg * 2 < lifts) {
        fail(rule, "{} week of {}: {} of {} lower-body lifts are single-leg:{}", core::enum_name(phase),
             iso(m_weeks[index].start), single_leg, lifts, names);
      }
    }
  }

  // Rule 20: lifts without external load are dosed in reps they can reach (at least 8, RPE 7.5
  // at most) and are never called heavy.
  void check_reachable_doses() {
    constexpr std::string_view rule = "20 reachable_doses";
    for (const auto& at : m_sessions) {
      if (at.session->phase == PhaseName::Stabilization) continue;
      for (const auto& block : at.session->blocks) {
        for (const auto& item : block.items) {
          const auto* exercise = m_catalog.library.find(item.exercise);
          if (exercise == nullptr || item.role != core::Role::Strength || !item.reps || is_externally_loaded(*exercise)) {
            continue;
          }
          if (*item.reps < m_rules.unloaded_minimum_reps || (item.rpe && *item.rpe > m_rules.unloaded_maximum_rpe)) {
            fail(rule, "{}: unloaded {} at {} x {} @ RPE {}", name_of(at), item.exercise, item.sets, *item.reps,
                 item.rpe ? fmt::format("{:g}", *item.rpe) : "-");
          }
          if (contains(item.why, "Heavy") || contains(item.why, "heavy lift")) {
            fail(rule, "{}: unloaded {} is called heavy: {}", name_of(at), item.exercise, item.why);
          }
        }
      }
    }
  }

  // Rule 21: youth never lift at maximal effort; a postpartum runner not cleared for impact gets
  // no impact and no jumps.
  void check_life_stages() {
    constexpr std::string_view rule = "21 life_stages";
    const auto& athlete = m_inputs.athlete;
    const int age = athlete.birth_year ? static_cast<int>(m_season_start.year()) - *athlete.birth_year : 30;
    const bool youth = athlete.birth_year && age < m_rules.youth_age_below;
    for (const auto& at : m_sessions) {
      for (const auto& block : at.session->blocks) {
        for (const auto& item : block.items) {
          const bool maximal = (item.rpe && *item.rpe >= 8.0) || (item.pct_1rm && *item.pct_1rm >= 80.0);
          if (youth && maximal) fail(rule, "{}: {} near maximal effort for a {}-year-old", name_of(at), item.exercise, age);
          const auto* exercise = m_catalog.library.find(item.exercise);
          if (m_impact_not_cleared && exercise != nullptr &&
              (exercise->impact != core::Impact::None || item.contacts || exercise->pattern == core::Pattern::Plyometric)) {
            fail(rule, "{}: {} has impact before the runner is cleared after the birth", name_of(at), item.exercise);
          }
        }
      }
    }
  }

  // Rule 22: every current or recovering injury is named in the warnings with the pain-monitoring
  // rule (current: 3/10 and the next morning) and when to see a clinician; rehab loading is role rehab.
  void check_injury_guidance() {
    constexpr std::string_view rule = "22 injury_guidance";
    for (auto region : m_current) {
      const auto words = core::injury_region_words(region);
      const bool warned = std::ranges::any_of(m_plan.warnings, [&](const std::string& warning) {
        return contains(warning, "Current " + words) && contains(warning, "3/10") && contains(warning, "next morning") &&
               contains(warning, "physiotherapist or doctor");
      });
      if (!warned) fail(rule, "no warning gives the pain-monitoring rule and a clinician for the current {} injury", words);
    }
    for (auto region : m_recovering) {
      if (m_current.contains(region)) continue;
      const auto words = core::injury_region_words(region);
      const bool warned = std::ranges::any_of(m_plan.warnings, [&](const std::string& warning) {
        return contains(warning, "Recovering " + words) && contains(warning, "3/10") &&
               contains(warning, "next morning") && contains(warning, "physiotherapist or doctor");
      });
      if (!warned) fail(rule, "no warning gives the pain-monitoring rule and a clinician for the recovering {} injury", words);
    }
    for (const auto& at : m_sessions) {
      for (const auto& block : at.session->blocks) {
        for (const auto& item : block.items) {
          if (contains(item.why, " injury: ") && item.role != core::Role::Rehab) {
            fail(rule, "{}: injury loading {} has role {}, not rehab", name_of(at), item.exercise, core::enum_name(item.role));
          }
        }
      }
    }
  }

  // Rule 24: the taper's lifts are never harder than the last loading week's hardest lift, and
  // hold no eccentric-emphasis exercise.
  void check_taper_effort() {
    constexpr std::string_view rule = "24 taper_effort";
    std::optional<double> last_effort;
    for (std::size_t index = 0; index < m_weeks.size(); ++index) {
      const auto& week = m_weeks[index];
      const auto sessions = strength_sessions_in_week(index);
      if (week.phase != PhaseName::Taper) {
        double hardest = 0;
        for (const auto& at : sessions) {
          for (const auto& block : at.session->blocks) {
            for (const auto& item : block.items) {
              if (block.name == "main" && item.role == core::Role::Strength && item.rpe && item.reps) {
                hardest = std::max(hardest, *item.rpe);
              }
            }
          }
        }
        if (!week.deload && hardest > 0) last_effort = hardest;
        continue;
      }
      for (const auto& at : sessions) {
        if (at.lived) continue;
        if (has_eccentric_item(*at.session)) fail(rule, "{} holds eccentric work in the taper", name_of(at));
        for (const auto& block : at.session->blocks) {
          for (const auto& item : block.items) {
            if (!last_effort || item.role != core::Role::Strength || !item.rpe || !item.reps) continue;
            if (*item.rpe > *last_effort) {
              fail(rule, "{}: {} at RPE {:g}, harder than the last loading week's {:g}", name_of(at), item.exercise,
                   *item.rpe, *last_effort);
            }
          }
        }
      }
    }
  }

  // True when the runner may do `exercise` in any session of this plan, re-derived from the
  // athlete as rules 12 and 21 judge it: equipment, level, injuries (avoided regions, impact with a
  // leg injury, knee-dominant patterns with a current knee injury) and impact after a birth.
  bool usable(const core::Exercise& exercise) const {
    if (!exercise.doable_with(m_inputs.athlete.equipment) || exercise.level > m_max_level) return false;
    for (auto region : exercise.avoid_with) {
      if (m_current.contains(region) || m_recovering.contains(region)) return false;
    }
    if (m_lower_limb_current && exercise.impact != core::Impact::None) return false;
    if (m_lower_limb_active && exercise.impact > core::Impact::Low) return false;
    if (m_current.contains(core::InjuryRegion::Knee) && is_knee_dominant(exercise.pattern)) return false;
    return !m_impact_not_cleared ||
           (exercise.impact == core::Impact::None && exercise.pattern != core::Pattern::Plyometric);
  }

  // Rule 23: issue rule 6 — the plan's first week and every stabilization week with a strength
  // session activate the underactive and roll or stretch the overactive muscles of every finding,
  // upper body included, somewhere in the week (strength and light sessions together). A finding
  // is served through its key muscles (issue 11) when some usable exercise can serve one, otherwise
  // through any muscle it lists; a need nothing usable can serve is not asked for. The same notion
  // as the single-session property (session_correctives_properties_test.cpp), judged on the week.
  void check_correctives_coverage() {
    constexpr std::string_view rule = "23 correctives_coverage";
    if (!m_has_findings) return;
    using routine_checks::Need;
    const auto serves_need = [&](const core::Exercise& exercise, Need need, const std::vector<std::string>& muscles) {
      return routine_checks::meets(m_catalog, need, exercise) &&
             routine_checks::serves_any(m_catalog, exercise, muscles);
    };
    const auto possible = [&](Need need, const std::vector<std::string>& muscles) {
      return std::ranges::any_of(m_catalog.library.all(), [&](const core::Exercise& exercise) {
        return usable(exercise) && serves_need(exercise, need, muscles);
      });
    };
    for (std::size_t index = m_first_judged_week; index < m_weeks.size(); ++index) {
      if (index != 0 && m_weeks[index].phase != PhaseName::Stabilization) continue;
      if (strength_sessions_in_week(index).empty()) continue;
      const auto sessions = sessions_in_week(index);
      const auto held = [&](Need need, const std::vector<std::string>& muscles) {
        for (const auto& at : sessions) {
          for (const auto& block : at.session->blocks) {
            for (const auto& item : block.items) {
              const bool role = need == Need::Activate
                                    ? item.role == core::Role::Activate
                                    : item.role == core::Role::Inhibit || item.role == core::Role::Lengthen;
              const auto* exercise = m_catalog.library.find(item.exercise);
              if (role && exercise != nullptr && serves_need(*exercise, need, muscles)) return true;
            }
          }
        }
        return false;
      };
      for (const auto& finding : m_inputs.findings->findings) {
        for (Need need : {Need::Activate, Need::Release}) {
          auto muscles = routine_checks::key_muscles(finding.compensation, need);
          if (muscles.empty() || !possible(need, muscles)) muscles = routine_checks::listed(finding, need);
          if (!possible(need, muscles) || held(need, muscles)) continue;
          fail(rule, "{} week of {} ({} session(s)): {} has no {} of {}", core::enum_name(m_weeks[index].phase),
               iso(m_weeks[index].start), sessions.size(), routine_checks::describe(finding),
               need == Need::Activate ? "activation" : "roll or stretch", fmt::join(muscles, "/"));
        }
      }
    }
  }

  // The sessions of a season week, lived ones included.
  std::vector<SessionAt> sessions_in_week(std::size_t week) const {
    std::vector<SessionAt> found;
    for (const auto* sessions : {&m_lived_sessions, &m_sessions}) {
      for (const auto& at : *sessions) {
        if (at.week == week) found.push_back(at);
      }
    }
    return found;
  }

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

}  // namespace plan_checks

// Every rule a plan must keep for these inputs; returns the violations, each naming its rule.
inline std::vector<std::string> plan_violations(const core::Plan& plan, const planning::PlanInputs& inputs,
                                                const service::Catalog& catalog) {
  return plan_checks::PlanChecker(plan, inputs, catalog, nullptr).run();
}

// The same for a re-plan from `inputs.start` inside a season begun on `lived.season_start`:
// `inputs.weeks` is the season's length without a race. Only the re-plan is judged; what was
// lived before is the history its rules look back on.
inline std::vector<std::string> replan_violations(const core::Plan& plan, const planning::PlanInputs& inputs,
                                                  const service::Catalog& catalog, const LivedSeason& lived) {
  return plan_checks::PlanChecker(plan, inputs, catalog, &lived).run();
}

}  // namespace stride::testing
