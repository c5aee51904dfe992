#include "plan_checker.hpp"

namespace stride::testing {
namespace plan_checks {

PlanChecker::PlanChecker(const core::Plan& plan, const planning::PlanInputs& inputs, const service::Catalog& catalog,
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

std::vector<std::string> PlanChecker::run() {
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
  check_rehab_progression();          // rule 25
  check_taper_effort();               // rule 24
  check_correctives_coverage();       // rule 23
  return std::move(m_problems);
}

RunType PlanChecker::run_type(Date date) const {
  if (m_goal_race && date == *m_goal_race) return RunType::Race;
  return m_inputs.calendar.run_on(date).type;
}

bool PlanChecker::allowed(Date date) const {
  const auto& days = m_inputs.athlete.availability.days;
  return days.empty() || days.contains(core::weekday_of(date));
}

std::optional<std::size_t> PlanChecker::week_of(Date date) const {
  std::optional<std::size_t> found;
  for (std::size_t index = 0; index < m_weeks.size(); ++index) {
    if (core::days_between(m_weeks[index].start, date) >= 0) found = index;
  }
  if (found && core::days_between(date, m_plan.end) < 0) return std::nullopt;
  return found;
}

std::optional<double> PlanChecker::race_distance(Date date) const {
  const auto run = m_inputs.calendar.run_on(date);
  const auto dated = m_inputs.calendar.dated_runs.find(date);
  const bool dated_race_distance = dated != m_inputs.calendar.dated_runs.end() &&
                                   dated->second.type == RunType::Race && dated->second.distance;
  if (m_goal_race && date == *m_goal_race && !dated_race_distance) {
    if (const auto distance = m_rules.event_distance(m_inputs.athlete.goal.event)) return distance;
  }
  return run.distance ? std::optional(run.distance->value()) : std::nullopt;
}

planning::RaceRecovery PlanChecker::recovery_of(Date race) const {
  const double distance = race_distance(race).value_or(m_rules.race_recovery_unknown_distance_km);
  for (const auto& row : m_rules.race_recovery) {
    if (distance <= row.up_to_km) return row;
  }
  return m_rules.race_recovery.back();
}

bool PlanChecker::has_eccentric_item(const core::PlannedSession& session) const {
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) {
      const auto* exercise = m_catalog.library.find(item.exercise);
      if (exercise != nullptr && exercise->has_tag(core::ExerciseTag::Eccentric)) return true;
    }
  }
  return false;
}

std::vector<SessionAt> PlanChecker::strength_sessions_in_week(std::size_t week) const {
  std::vector<SessionAt> found;
  for (const auto& at : sessions_in_week(week)) {
    if (at.session->kind == core::SessionKind::Strength) found.push_back(at);
  }
  return found;
}

std::vector<SessionAt> PlanChecker::sessions_in_week(std::size_t week) const {
  std::vector<SessionAt> found;
  for (const auto* sessions : {&m_lived_sessions, &m_sessions}) {
    for (const auto& at : *sessions) {
      if (at.week == week) found.push_back(at);
    }
  }
  return found;
}

}  // namespace plan_checks

std::vector<std::string> plan_violations(const core::Plan& plan, const planning::PlanInputs& inputs,
                                         const service::Catalog& catalog) {
  return plan_checks::PlanChecker(plan, inputs, catalog, nullptr).run();
}

std::vector<std::string> replan_violations(const core::Plan& plan, const planning::PlanInputs& inputs,
                                           const service::Catalog& catalog, const LivedSeason& lived) {
  return plan_checks::PlanChecker(plan, inputs, catalog, &lived).run();
}

}  // namespace stride::testing
