#include "plan_checker.hpp"

// Content and safety rules 12-16 and 18-23 of the plan checker.
namespace stride::testing::plan_checks {

void PlanChecker::check_exercise_safety() {
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
          // The region's own rehab loading loads it on purpose (pain-monitored).
          const auto rehab_of_region = [&](const std::map<core::InjuryRegion, std::vector<std::string>>& lists) {
            const auto found = lists.find(region);
            return item.role == core::Role::Rehab && found != lists.end() &&
                   std::ranges::find(found->second, item.exercise) != found->second.end();
          };
          if (rehab_of_region(m_rules.injury_progression) || rehab_of_region(m_rules.injury_loading)) continue;
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
        if (m_current.contains(core::InjuryRegion::AchillesCalf) && works_the_calf(*exercise) &&
            item.role != core::Role::Rehab) {
          fail(rule, "{}: {} is a calf raise with a current Achilles or calf injury (role {})", name_of(at),
               item.exercise, core::enum_name(item.role));
        }
        if (m_lower_limb_active && exercise->impact > core::Impact::Low) {
          fail(rule, "{}: {} ({} impact) with a recovering leg injury", name_of(at), item.exercise,
               core::enum_name(exercise->impact));
        }
      }
    }
  }
}

void PlanChecker::check_imbalance_side() {
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

void PlanChecker::check_explanations_and_ids() {
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

void PlanChecker::check_intensity_follows_content() {
  constexpr std::string_view rule = "15 intensity_follows_content";
  for (const auto& at : m_sessions) {
    const auto content = content_intensity(*at.session);
    if (at.session->intensity != content) {
      fail(rule, "{} is labelled {} but its content is {}", name_of(at), core::enum_name(at.session->intensity),
           core::enum_name(content));
    }
  }
}

void PlanChecker::check_contrast_pairs() {
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
        // The explosive half is a move of the heavy lift's own pattern (a jump after squats).
        const auto* lift = m_catalog.library.find(heavy.exercise);
        const auto partners = lift == nullptr ? m_rules.contrast_partners.end() : m_rules.contrast_partners.find(lift->pattern);
        if (partners == m_rules.contrast_partners.end() ||
            std::ranges::find(partners->second, partner->exercise) == partners->second.end()) {
          fail(rule, "{}: {} is no explosive move of the pattern of {}", name_of(at), partner->exercise, heavy.exercise);
        }
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

bool PlanChecker::jumps_possible(Date date) const {
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
    if (offset < 0 && -offset <= m_rules.race_eve_no_eccentric_days && !jumped_before(date)) return false;
  }
  return true;
}

bool PlanChecker::jumped_before(Date date) const {
  const auto jumped = [&](const SessionAt& at) { return at.date < date && contacts_of(*at.session) > 0; };
  return std::ranges::any_of(m_lived_sessions, jumped) || std::ranges::any_of(m_sessions, jumped);
}

void PlanChecker::check_upper_body() {
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

void PlanChecker::check_single_leg_share() {
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
          // A single-leg rehab lift (a slow single-leg Romanian deadlift) counts too: the rehab
          // chooses before the main lifts and may take theirs.
          const bool lift = item.role == core::Role::Strength ||
                            (item.role == core::Role::Rehab && exercise != nullptr && exercise->unilateral);
          if (!lift || exercise == nullptr || !is_lower_body_lift(exercise->pattern)) continue;
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

void PlanChecker::check_reachable_doses() {
  constexpr std::string_view rule = "20 reachable_doses";
  for (const auto& at : m_sessions) {
    if (at.session->phase == PhaseName::Stabilization) continue;
    for (const auto& block : at.session->blocks) {
      for (const auto& item : block.items) {
        const auto* exercise = m_catalog.library.find(item.exercise);
        // A share of the maximum only where a one-rep maximum means something.
        if (exercise != nullptr && item.pct_1rm &&
            (!is_externally_loaded(*exercise) || exercise->has_tag(core::ExerciseTag::TotalBody) ||
             exercise->has_tag(core::ExerciseTag::Explosive) ||
             std::ranges::find(m_rules.rpe_only_lifts, item.exercise) != m_rules.rpe_only_lifts.end())) {
          fail(rule, "{}: {} is given ~{:.0f} % 1RM, a share that means nothing for it", name_of(at), item.exercise,
               *item.pct_1rm);
        }
        if (exercise == nullptr || item.role != core::Role::Strength || !item.reps || is_externally_loaded(*exercise)) {
          continue;
        }
        const bool two_leg = !exercise->unilateral && (exercise->pattern == core::Pattern::Squat ||
                                                       exercise->pattern == core::Pattern::Hinge ||
                                                       exercise->pattern == core::Pattern::Lunge);
        const int minimum = two_leg ? m_rules.unloaded_two_leg_minimum_reps : m_rules.unloaded_minimum_reps;
        if (*item.reps < minimum || (item.rpe && *item.rpe > m_rules.unloaded_maximum_rpe)) {
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

void PlanChecker::check_life_stages() {
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
        // Core work before clearance only from the gentle list (no crunches, full planks or hollow holds).
        if (m_impact_not_cleared && exercise != nullptr && is_core_pattern(exercise->pattern) &&
            std::ranges::find(m_rules.postpartum_core, item.exercise) == m_rules.postpartum_core.end()) {
          fail(rule, "{}: {} is core work too hard for before the runner is cleared after the birth", name_of(at),
               item.exercise);
        }
      }
    }
  }
}

void PlanChecker::check_injury_guidance() {
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

bool PlanChecker::rehab_possible(core::InjuryRegion region,
                                 const std::map<core::InjuryRegion, std::vector<std::string>>& lists,
                                 const std::set<std::string>& taken) const {
  const auto found = lists.find(region);
  if (found == lists.end()) return false;
  return std::ranges::any_of(found->second, [&](const std::string& id) {
    if (taken.contains(id)) return false;
    const auto* exercise = m_catalog.library.find(id);
    if (exercise == nullptr || !exercise->doable_with(m_inputs.athlete.equipment) || exercise->level > m_max_level ||
        exercise->impact != core::Impact::None) {
      return false;
    }
    return std::ranges::none_of(exercise->avoid_with, [&](core::InjuryRegion avoided) {
      return avoided != region && (m_current.contains(avoided) || m_recovering.contains(avoided));
    });
  });
}

void PlanChecker::check_rehab_progression() {
  constexpr std::string_view rule = "25 rehab_progression";
  const auto& continuation = m_inputs.continuation;
  const bool changed = continuation && continuation->lived_athlete != m_inputs.athlete;
  const Date began = core::monday_of(changed ? continuation->from : m_plan.start);
  const auto slow = [&](const core::Prescription* item) {
    return item->role == core::Role::Rehab && item->reps && item->tempo == m_rules.rehab_slow_heavy.tempo && !item->rpe;
  };
  const SessionAt* race_week_session = nullptr;
  bool race_week_rehab = false;
  for (const auto& at : m_sessions) {
    if (at.lived || at.after_race) continue;
    const int week = core::days_between(began, core::monday_of(at.date)) / 7;
    const int until_race = m_goal_race ? core::days_between(at.date, *m_goal_race) : -1;
    const bool race_week = until_race >= 0 && until_race <= m_rules.race_week_days;
    std::vector<const core::Prescription*> rehab;
    std::set<std::string> taken;  // the session's exercises: one exercise appears once
    for (const auto& block : at.session->blocks) {
      for (const auto& item : block.items) {
        if (item.role == core::Role::Rehab) rehab.push_back(&item);
        taken.insert(item.exercise);
      }
    }
    // A tune-up race's recovery or eve inside the goal race's week keeps its own light rules.
    const auto other_race_window = [&] {
      for (int offset = -m_rules.longest_recovery_days(); offset <= m_rules.race_eve_light_only_days; ++offset) {
        const Date race = core::add_days(at.date, offset);
        if (offset == 0 || race == *m_goal_race || run_type(race) != RunType::Race) continue;
        if (offset > 0 || -offset <= recovery_of(race).days) return true;
      }
      return false;
    };
    if (race_week && other_race_window()) continue;
    if (race_week) {
      // The week as a whole keeps the holds: some session of its days 2-7 before the race.
      const bool holds_possible = std::ranges::any_of(
          m_current, [&](core::InjuryRegion region) { return rehab_possible(region, m_rules.injury_loading, taken); });
      if (until_race >= m_rules.injury_race_week_hold_days_before && !rehab.empty()) race_week_rehab = true;
      if (until_race >= m_rules.injury_race_week_hold_days_before && holds_possible && !race_week_session) race_week_session = &at;
      continue;
    }
    // A hold is judged against the injured regions it may serve: it should have progressed when
    // every one of them is due for slow heavy loading and could have it.
    const auto due = [&](core::InjuryRegion region) {
      const bool current = m_current.contains(region);
      if (!current && !m_recovering.contains(region)) return false;
      return (!current || week >= m_rules.injury_isometric_weeks) && rehab_possible(region, m_rules.injury_progression, taken);
    };
    for (const auto* item : rehab) {
      if (slow(item)) continue;
      bool serves = false;
      bool all_due = true;
      for (const auto& [region, ids] : m_rules.injury_loading) {
        if (std::ranges::find(ids, item->exercise) == ids.end()) continue;
        if (!m_current.contains(region) && !m_recovering.contains(region)) continue;
        serves = true;
        all_due = all_due && due(region);
      }
      if (serves && all_due) {
        fail(rule, "{} (rehab week {}): the rehab loading has not progressed to slow heavy loading: {}", name_of(at),
             week, item->exercise);
      }
    }
  }
  if (race_week_session != nullptr && !race_week_rehab && !m_current.empty()) {
    fail(rule, "{} and the other sessions of the goal race's week hold no rehab loading with a current injury",
         name_of(*race_week_session));
  }
}

bool PlanChecker::usable(const core::Exercise& exercise) const {
  if (!exercise.doable_with(m_inputs.athlete.equipment) || exercise.level > m_max_level) return false;
  for (auto region : exercise.avoid_with) {
    if (m_current.contains(region) || m_recovering.contains(region)) return false;
  }
  if (m_lower_limb_current && exercise.impact != core::Impact::None) return false;
  if (m_lower_limb_active && exercise.impact > core::Impact::Low) return false;
  if (m_current.contains(core::InjuryRegion::Knee) && is_knee_dominant(exercise.pattern)) return false;
  if (m_current.contains(core::InjuryRegion::AchillesCalf) && works_the_calf(exercise)) return false;
  return !m_impact_not_cleared ||
         (exercise.impact == core::Impact::None && exercise.pattern != core::Pattern::Plyometric);
}

void PlanChecker::check_correctives_coverage() {
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
            // Rehab loading with an activation exercise activates too (rule 23 still asks that the
            // exercise serve the finding's muscles).
            const bool role = need == Need::Activate
                                  ? item.role == core::Role::Activate || item.role == core::Role::Rehab
                                  : item.role == core::Role::Inhibit || item.role == core::Role::Lengthen;
            const auto* exercise = m_catalog.library.find(item.exercise);
            if (role && exercise != nullptr && serves_need(*exercise, need, muscles)) return true;
          }
        }
      }
      return false;
    };
    // The shortest dose of an exercise as a corrective serving `need` (one set, the shortest hold).
    const auto shortest_seconds = [&](const core::Exercise& exercise, Need need) {
      const auto& timing = m_catalog.corrective_rules;
      core::Prescription item;
      item.sets = 1;
      item.per_side = exercise.unilateral;
      if (exercise.pattern == core::Pattern::Smr) {
        item.hold_seconds = timing.smr_hold_seconds;
      } else if (need == Need::Release) {
        item.hold_seconds = timing.stretch_hold_minimum_seconds;
      } else {
        item.reps = timing.activation_reps;
        item.tempo = timing.activation_tempo;
      }
      return planning::estimate_duration(item, timing).count();
    };
    // A week with no other day may find no room for every finding: only when a session of it
    // holds nothing but correctives (its drills, lifts and core gone, stretches at their shortest
    // hold), tells the runner which item it left out, and that item does not fit in its minutes.
    const auto no_room_told = [&](Need need, const std::vector<std::string>& muscles) {
      for (const auto& at : sessions) {
        const auto& session = *at.session;
        bool only_correctives = true;
        long seconds = 0;
        for (const auto& block : session.blocks) {
          for (const auto& item : block.items) {
            seconds += item.duration.count();
            const bool corrective = item.role == core::Role::Activate || item.role == core::Role::Inhibit ||
                                    item.role == core::Role::Lengthen || item.role == core::Role::Rehab;
            const bool shortest = item.role != core::Role::Lengthen ||
                                  item.hold_seconds.value_or(0) <= m_catalog.corrective_rules.stretch_hold_minimum_seconds;
            if (!corrective || !shortest || item.extra_sets_side) only_correctives = false;
          }
        }
        if (!only_correctives) continue;
        const long room = session.minutes.count() * 60 - seconds;
        for (const auto& exercise : m_catalog.library.all()) {
          if (!usable(exercise) || !serves_need(exercise, need, muscles)) continue;
          const auto left_out = session.why.find("left out ");
          const bool told = left_out != std::string::npos &&
                            session.why.find(fmt::format("the {}", exercise.name), left_out) != std::string::npos;
          if (told && shortest_seconds(exercise, need) > room) return true;
        }
      }
      return false;
    };
    for (const auto& finding : m_inputs.findings->findings) {
      for (Need need : {Need::Activate, Need::Release}) {
        auto muscles = routine_checks::key_muscles(finding.compensation, need);
        if (muscles.empty() || !possible(need, muscles)) muscles = routine_checks::listed(finding, need);
        if (!possible(need, muscles) || held(need, muscles) || no_room_told(need, muscles)) continue;
        fail(rule, "{} week of {} ({} session(s)): {} has no {} of {}", core::enum_name(m_weeks[index].phase),
             iso(m_weeks[index].start), sessions.size(), routine_checks::describe(finding),
             need == Need::Activate ? "activation" : "roll or stretch", fmt::join(muscles, "/"));
      }
    }
  }
}

}  // namespace stride::testing::plan_checks
