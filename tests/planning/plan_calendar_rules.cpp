#include "plan_checker.hpp"

// Calendar and schedule rules 1-9 of the plan checker.
namespace stride::testing::plan_checks {

void PlanChecker::check_calendar_coverage() {
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

void PlanChecker::check_allowed_days() {
  constexpr std::string_view rule = "2 allowed_days";
  for (const auto& at : m_sessions) {
    if (!allowed(at.date)) {
      fail(rule, "{} on {} ({}), a weekday the athlete did not allow", name_of(at), iso(at.date),
           core::enum_name(core::weekday_of(at.date)));
    }
    if (run_type(at.date) == RunType::Race) fail(rule, "{} on race day {}", name_of(at), iso(at.date));
  }
}

void PlanChecker::check_strength_day_types() {
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

void PlanChecker::check_no_heavy_before_key_run() {
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

void PlanChecker::check_spacing() {
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

void PlanChecker::check_weekly_session_counts() {
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

void PlanChecker::check_session_minutes() {
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

void PlanChecker::check_race_windows() {
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
      // The days before any race (two: the 48 hours before it): 15-20 minutes of mobility and
      // activation at most.
      if (since <= -1 && since >= -std::max(2, m_rules.race_eve_light_only_days) &&
          (intensity != Intensity::Light || at.session->kind == core::SessionKind::Strength ||
           at.session->minutes.count() > m_rules.light_session_minutes_maximum)) {
        fail(rule, "{} ({} min) {} day(s) before the race on {} is more than light mobility", name_of(at),
             at.session->minutes.count(), -since, iso(race));
      }
      // No slow eccentric work in the days before any race (its soreness peaks at 24-72 h).
      if (since <= -1 && since >= -m_rules.race_eve_no_eccentric_days && has_eccentric_item(*at.session)) {
        fail(rule, "{} has eccentric work {} day(s) before the race on {}", name_of(at), -since, iso(race));
      }
      // A runner's first jumps never come in the days before a race (landing soreness peaks 1-3 days later).
      if (since <= -1 && since >= -m_rules.race_eve_no_eccentric_days && contacts_of(*at.session) > 0 &&
          !jumped_before(at.date)) {
        fail(rule, "{} holds the runner's first jumps {} day(s) before the race on {}", name_of(at), -since, iso(race));
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
      // The week before a tune-up race is a mini-taper: every loading item that still has more than
      // one set had one taken off (its reason says so), outside deloads and the taper.
      const bool loading_week = at.week && !m_weeks[*at.week].deload && m_weeks[*at.week].phase != PhaseName::Taper;
      if (!goal && since <= -1 && since >= -m_rules.race_week_days && loading_week && !at.lived &&
          at.session->kind == core::SessionKind::Strength) {
        for (const auto& block : at.session->blocks) {
          for (const auto& item : block.items) {
            const bool loading = item.role == core::Role::Strength || item.role == core::Role::Power ||
                                 item.role == core::Role::Plyometric;
            // The same effort as the last loading week, never more, like the taper.
            const auto last_effort = last_loading_effort(*at.week);
            if (block.name == "main" && item.role == core::Role::Strength && item.rpe && last_effort &&
                *item.rpe > *last_effort) {
              fail(rule, "{}: {} at RPE {:g} {} day(s) before the tune-up race on {}, above the last loading week's {:g}",
                   name_of(at), item.exercise, *item.rpe, -since, iso(race), *last_effort);
            }
            if (!loading || item.sets < 2 || contains(item.why, "One set fewer this week")) continue;
            fail(rule, "{}: {} keeps {} sets {} day(s) before the tune-up race on {}", name_of(at), item.exercise,
                 item.sets, -since, iso(race));
          }
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

void PlanChecker::check_season_shape() {
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

}  // namespace stride::testing::plan_checks
