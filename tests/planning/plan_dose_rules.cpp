#include "plan_checker.hpp"

#include <cstdlib>

// Dose rules 10, 11, 17 and 24 of the plan checker.
namespace stride::testing::plan_checks {

std::optional<std::size_t> PlanChecker::reference_week(std::size_t index) const {
  const auto& weeks = m_weeks;
  for (std::size_t earlier = index; earlier-- > 0;) {
    if (weeks[earlier + 1].week_in_phase == 1) return std::nullopt;  // weeks[earlier + 1] opened the block
    if (weeks[earlier].deload) continue;
    if (strength_sessions_in_week(earlier).empty()) continue;
    return earlier;
  }
  return std::nullopt;
}

void PlanChecker::check_deloads() {
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

void PlanChecker::check_progression() {
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
  // A week with a tune-up race's mini-taper gives its set back afterwards: growth is measured
  // from the loading week before it.
  const auto mini_taper_week = [&](std::size_t week) {
    if (m_weeks[week].deload || m_weeks[week].phase == PhaseName::Taper) return false;
    return std::ranges::any_of(strength_sessions_in_week(week), [&](const SessionAt& at) {
      for (int days = 1; days <= m_rules.race_week_days; ++days) {
        const Date race = core::add_days(at.date, days);
        if (run_type(race) == RunType::Race && !(m_goal_race && race == *m_goal_race)) return true;
      }
      return false;
    });
  };
  for (std::size_t index = std::max<std::size_t>(1, m_first_judged_week); index < m_weeks.size(); ++index) {
    if (m_weeks[index].deload) continue;
    auto reference = reference_week(index);
    while (reference && mini_taper_week(*reference)) reference = reference_week(*reference);
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

void PlanChecker::check_contact_growth() {
  constexpr std::string_view rule = "17 contact_growth";
  const auto& athlete = m_inputs.athlete;
  int start = m_novice ? m_rules.beginner_start_contacts
              : athlete.strength_experience == core::StrengthExperience::Advanced ? m_rules.advanced_start_contacts
                                                                                   : m_rules.intermediate_start_contacts;
  const int age = athlete.birth_year ? static_cast<int>(m_season_start.year()) - *athlete.birth_year : 30;
  const bool youth = athlete.birth_year && age < m_rules.youth_age_below;
  if (m_careful || youth) start = static_cast<int>(std::lround(start * m_rules.careful_start_fraction));
  const double growth = m_careful ? m_rules.careful_weekly_growth : m_rules.plyometric_weekly_growth;
  // The most of one session in each week, lived sessions included; and of the judged ones only
  // (a week a re-plan starts inside keeps what was lived earlier in it, planned for the athlete of then).
  std::vector<int> most(m_weeks.size(), 0);
  std::vector<int> judged(m_weeks.size(), 0);
  for (std::size_t index = 0; index < m_weeks.size(); ++index) {
    for (const auto& at : sessions_in_week(index)) {
      most[index] = std::max(most[index], contacts_of(*at.session));
      if (!at.lived) judged[index] = std::max(judged[index], contacts_of(*at.session));
    }
  }
  // A jump's reason gives the session's real foot contacts.
  for (const auto& at : m_sessions) {
    for (const auto& block : at.session->blocks) {
      for (const auto& item : block.items) {
        const auto said = item.why.find("Today: ");
        if (said == std::string::npos || !contains(item.why, "foot contacts in all")) continue;
        const int stated = std::atoi(item.why.str().c_str() + said + 7);
        if (stated != contacts_of(*at.session)) {
          fail(rule, "{}: {} says {} foot contacts, the session holds {}", name_of(at), item.exercise, stated,
               contacts_of(*at.session));
        }
      }
    }
  }
  for (std::size_t index = m_first_judged_week; index < most.size(); ++index) {
    const int recent = std::max(index >= 1 ? most[index - 1] : 0, index >= 2 ? most[index - 2] : 0);
    const int allowed = std::max(start, static_cast<int>(std::floor(recent * (1.0 + growth))));
    if (judged[index] > allowed) {
      fail(rule, "week of {} has a session of {} foot contacts; the two weeks before held at most {} (start {}, "
                 "growth {:g} %)", iso(m_weeks[index].start), judged[index], recent, start, growth * 100);
    }
  }
  // Jumps build in impact too: after `jump_weeks` weeks with jumps, no drill harder than the cap
  // (the explosive half of a contrast pair, linked by pair_with, may go past it when nothing gentler fits).
  int jump_weeks = 0;
  for (std::size_t index = 0; index < most.size(); ++index) {
    const auto cap = m_rules.jump_impact_cap(jump_weeks, m_careful);
    if (most[index] > 0) ++jump_weeks;
    if (index < m_first_judged_week) continue;
    for (const auto& at : sessions_in_week(index)) {
      if (at.lived) continue;
      for (const auto& block : at.session->blocks) {
        for (const auto& item : block.items) {
          const auto* exercise = m_catalog.library.find(item.exercise);
          if (exercise == nullptr) continue;
          // All-out jumps (box jumps, broad jumps) and high-impact ones come a few to a set, never done tired.
          const bool single_efforts =
              exercise->impact == core::Impact::High ||
              std::ranges::find(m_rules.single_effort_jumps, item.exercise) != m_rules.single_effort_jumps.end();
          if (single_efforts && item.contacts && *item.contacts > std::min(5, m_rules.plyometric_contacts_per_set_high_impact)) {
            fail(rule, "{}: {} holds {} contacts a set, more than 5 all-out jumps", name_of(at), item.exercise, *item.contacts);
          }
          if (item.pair_with || (!item.contacts && item.role != core::Role::Plyometric)) continue;
          if (exercise->impact > cap) {
            fail(rule, "{}: {} is {} impact after {} week(s) with jumps (at most {})", name_of(at), item.exercise,
                 core::enum_name(exercise->impact), jump_weeks - (most[index] > 0 ? 1 : 0), core::enum_name(cap));
          }
        }
      }
    }
  }
}

std::optional<double> PlanChecker::last_loading_effort(std::size_t index) const {
  for (std::size_t earlier = index; earlier-- > 0;) {
    if (m_weeks[earlier].deload || m_weeks[earlier].phase == PhaseName::Taper) continue;
    double hardest = 0;
    for (const auto& at : strength_sessions_in_week(earlier)) {
      for (const auto& block : at.session->blocks) {
        for (const auto& item : block.items) {
          if (block.name == "main" && item.role == core::Role::Strength && item.rpe) hardest = std::max(hardest, *item.rpe);
        }
      }
    }
    if (hardest > 0) return hardest;
  }
  return std::nullopt;
}

void PlanChecker::check_taper_effort() {
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

}  // namespace stride::testing::plan_checks
