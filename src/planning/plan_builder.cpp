#include "stride/planning/plan_builder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

#include "day_contexts.hpp"
#include "plan_wording.hpp"
#include "stride/planning/exercise_picker.hpp"
#include "stride/planning/season.hpp"
#include "stride/planning/session_builder.hpp"
#include "stride/planning/training_profile.hpp"
#include "stride/planning/week_schedule.hpp"

namespace stride::planning {

using core::Date;
using core::PhaseName;

namespace {

TrainingProfile make_profile(const PlanInputs& inputs, const PlanRules& rules) {
  const auto& athlete = inputs.athlete;
  TrainingProfile profile;
  profile.experience = athlete.strength_experience;
  profile.equipment = athlete.equipment;
  profile.surface = athlete.running.surface;
  profile.event = athlete.goal.event;
  for (const auto& injury : athlete.injuries) {
    if (injury.status != core::InjuryStatus::Past) {
      const auto [found, inserted] = profile.injury_side.emplace(injury.region, injury.side);
      if (!inserted && found->second != injury.side) found->second = core::Side::Both;
    }
    switch (injury.status) {
      case core::InjuryStatus::Current:
        profile.current_regions.insert(injury.region);
        profile.current_injury_sides.insert(injury.side);
        break;
      case core::InjuryStatus::Recovering: profile.recovering_regions.insert(injury.region); break;
      case core::InjuryStatus::Past: profile.past_regions.insert(injury.region); break;
    }
  }
  const int age = athlete.birth_year ? static_cast<int>(inputs.start.year()) - *athlete.birth_year : 0;
  profile.masters = athlete.birth_year && age >= rules.masters_age;
  profile.youth = athlete.birth_year && age < rules.youth_age_below;
  // Any injury, current ones included, makes progression careful.
  profile.careful = !profile.past_regions.empty() || !profile.recovering_regions.empty() ||
                    !profile.current_regions.empty() || profile.masters;
  if (const auto& postpartum = athlete.postpartum) {
    profile.postpartum = true;
    profile.impact_not_cleared = postpartum->weeks_since_birth < rules.postpartum_impact_weeks ||
                                 postpartum->pelvic_floor_symptoms || !postpartum->cleared_for_impact;
    if (profile.impact_not_cleared) {
      profile.impact_not_cleared_reason = wording::impact_not_cleared_reason(*postpartum, rules.postpartum_impact_weeks);
    }
  }
  if (inputs.findings) {
    profile.shoulders_compensate = std::ranges::any_of(inputs.findings->findings, [](const analytics::Finding& finding) {
      return finding.compensation == core::Compensation::ArmsFallForward ||
             finding.compensation == core::Compensation::ShouldersElevate;
    });
    // The weaker side is the one most of the imbalances name; a tie goes to the first named.
    int left = 0;
    int right = 0;
    for (const auto& imbalance : inputs.findings->imbalances) {
      if (imbalance.weaker_side == core::Side::Left) ++left;
      if (imbalance.weaker_side == core::Side::Right) ++right;
    }
    for (const auto& imbalance : inputs.findings->imbalances) {
      if (imbalance.weaker_side != core::Side::Left && imbalance.weaker_side != core::Side::Right) continue;
      if ((imbalance.weaker_side == core::Side::Left ? left : right) < std::max(left, right)) continue;
      profile.weaker_side = imbalance.weaker_side;
      profile.weaker_side_reason = wording::imbalance_reason(imbalance);
      break;
    }
  }
  return profile;
}

struct WeekTargets {
  int strength_sessions = 2;
  core::Minutes budget{30};
};

WeekTargets week_targets(const core::Athlete& athlete, const TrainingProfile& profile, const PlanRules& rules) {
  WeekTargets targets;
  const bool high_mileage = athlete.running.weekly_distance.value() >= rules.high_mileage_km;
  const bool ready = !profile.novice() && !profile.lower_limb_injury_active() && !high_mileage;
  int cap = ready ? rules.sessions_ready_maximum : rules.sessions_default_maximum;
  if (high_mileage) cap = std::min(cap, rules.high_mileage_sessions_maximum);
  targets.strength_sessions = std::min(athlete.availability.strength_sessions_per_week, cap);
  targets.budget = athlete.availability.session_minutes;
  if (high_mileage) targets.budget = std::min(targets.budget, core::Minutes(rules.high_mileage_minutes_maximum));
  return targets;
}

const ContactRange& contact_range(const TrainingProfile& profile, const PlanRules& rules) {
  if (profile.novice()) return rules.beginner_contacts;
  return profile.experience == core::StrengthExperience::Advanced ? rules.advanced_contacts
                                                                  : rules.intermediate_contacts;
}

// The first plyometric session's foot contacts for this runner: the level's start, lower for
// careful runners (masters, past or recovering injuries) and for youth.
int start_contacts(const TrainingProfile& profile, const PlanRules& rules) {
  int start = profile.novice() ? rules.beginner_start_contacts
              : profile.experience == core::StrengthExperience::Advanced ? rules.advanced_start_contacts
                                                                          : rules.intermediate_start_contacts;
  if (profile.careful || profile.youth) start = static_cast<int>(std::lround(start * rules.careful_start_fraction));
  return start;
}

// Foot contacts wanted in a session of `week`, grown from what the two weeks before really held
// (`recent_contacts`, the most in one session): the start dose when there were none, otherwise at
// most the weekly growth more, never above the level's maximum; a deload about halves it and
// in-season a reduced dose is the most. No jumps outside the power and maintenance phases.
int contacts_for(const SeasonWeek& week, int recent_contacts, const TrainingProfile& profile, const PlanRules& rules) {
  const auto& range = contact_range(profile, rules);
  int ceiling = range.maximum;
  if (week.phase == PhaseName::Maintenance) {
    if (profile.novice()) return 0;
    ceiling = static_cast<int>(std::lround(range.minimum * rules.maintenance_contacts_fraction));
  } else if (week.phase != PhaseName::Power) {
    return 0;
  }
  const double growth = profile.careful ? rules.careful_weekly_growth : rules.plyometric_weekly_growth;
  const int start = start_contacts(profile, rules);
  int contacts = std::max(start, static_cast<int>(std::floor(recent_contacts * (1.0 + growth))));
  contacts = std::min(contacts, ceiling);
  if (week.deload) contacts = static_cast<int>(std::lround(contacts * rules.deload_set_fraction));
  return contacts;
}

// Adds `session` to `day` with the next id of that date: "2026-11-25-a", then "-b".
void append_session(core::PlanDay& day, core::PlannedSession session) {
  session.id = fmt::format("{}-{}", core::format_iso_date(day.date), static_cast<char>('a' + day.sessions.size()));
  day.sessions.push_back(std::move(session));
}

class PlanAssembler {
 public:
  PlanAssembler(const PlanInputs& inputs, const PlanningData& data)
      : m_inputs(inputs),
        m_data(data),
        m_profile(make_profile(inputs, data.rules)),
        m_picker(data.library, m_profile),
        m_targets(week_targets(inputs.athlete, m_profile, data.rules)) {
    if (inputs.findings && !inputs.findings->findings.empty()) {
      RoutineOptions options;
      options.equipment = inputs.athlete.equipment;
      options.avoid_regions = inputs.athlete.active_injury_regions();
      options.budget = core::Minutes(60);
      m_routine = build_corrective_routine(*inputs.findings, data.table, data.library, data.muscles, data.corrective,
                                           options);
    }
    m_builder.emplace(m_picker, data.rules, data.corrective, m_routine ? &*m_routine : nullptr);
    m_goal_race = inputs.athlete.goal.race_date;
    m_pairs_possible = contrast_pairs_possible() && usual_week_holds_jumps();
  }

  core::Plan build() {
    const auto& athlete = m_inputs.athlete;
    core::Plan plan;
    plan.athlete = athlete.name;
    plan.start = m_inputs.start;
    plan.season_start = m_inputs.start;
    plan.end = m_goal_race ? *m_goal_race : core::add_days(m_inputs.start, 7 * m_inputs.weeks - 1);
    if (m_goal_race) plan.race = core::RaceTarget{*m_goal_race, athlete.goal.event};

    auto season = season_weeks(plan.end);
    // A re-plan for a changed athlete: the weeks before it are placed as they were planned, for
    // the athlete of then, and the season keeps its shape; this athlete's sessions fill the rest
    // (power weeks as strength weeks for a runner who can no longer jump).
    const auto& continuation = m_inputs.continuation;
    const bool changed = continuation && continuation->lived_athlete != athlete;
    PlanInputs lived_inputs;
    std::optional<PlanAssembler> lived;
    std::vector<SeasonWeek> lived_season;
    if (changed) {
      lived_inputs = m_inputs;
      lived_inputs.athlete = continuation->lived_athlete;
      lived_inputs.continuation.reset();
      lived.emplace(lived_inputs, m_data);
      lived_season = lived->season_weeks(plan.end);
      season = lived_season;
      if (!power_allowed()) plan_power_as_strength(season);
    }
    if (m_inputs.missed_week) {
      hold_back_after_missed_week(season, *m_inputs.missed_week);
      hold_back_after_missed_week(lived_season, *m_inputs.missed_week);
    }

    const auto contexts = build_day_contexts(plan.start, plan.end, m_inputs.calendar, m_goal_race, athlete.goal.event,
                                             athlete.availability, m_data.rules);
    for (const auto& context : contexts) {
      core::PlanDay day;
      day.date = context.date;
      auto run = run_on(m_inputs.calendar, m_goal_race, context.date);
      if (m_goal_race && context.date == *m_goal_race) {
        // The goal race is its event's distance, not the weekday's usual run.
        const auto distance = race_distance_km(run, true, athlete.goal.event, m_data.rules);
        run.distance = distance ? std::optional(core::Kilometres(*distance)) : std::nullopt;
        run.duration.reset();
      }
      if (run.type != core::RunType::Rest) day.run = run;
      plan.days.push_back(std::move(day));
    }
    for (std::size_t index = 0; index < season.size(); ++index) {
      const Date monday = season[index].monday;
      if (changed && monday < core::monday_of(continuation->from)) {
        plan.weeks.push_back(lived->place_week(lived_season[index], contexts, plan));
        lived->m_progress.week_contacts.push_back(lived->m_progress.placed_contacts);
        m_progress = lived->m_progress;
        continue;
      }
      std::optional<Date> from;
      if (changed && monday < continuation->from) {
        // The re-plan starts inside this week: its days before `from` hold what was lived, and
        // this athlete's sessions take the rest of the week from there.
        from = continuation->from;
        lived->m_progress = m_progress;
        lived->place_week(lived_season[index], contexts, plan);
        for (Date date = *from; date <= season[index].end; date = core::add_days(date, 1)) day_at(plan, date).sessions.clear();
      }
      plan.weeks.push_back(place_week(season[index], contexts, plan, from));
      m_progress.week_contacts.push_back(m_progress.placed_contacts);
    }
    for (const auto& week : season) {
      if (!plan.phases.empty() && plan.phases.back().name == week.phase) {
        plan.phases.back().end = week.end;
      } else {
        plan.phases.push_back({week.phase, week.start, week.end});
      }
    }
    if (m_goal_race) plan.after_race = after_race(*m_goal_race);
    plan.notes = wording::plan_notes(m_inputs, m_data.rules, m_profile, season, m_routine ? &*m_routine : nullptr,
                                     m_targets.strength_sessions, m_targets.budget);
    plan.warnings = wording::plan_warnings(m_inputs, m_profile, season);
    return plan;
  }

 private:
  bool power_allowed() const { return power_phase_allowed(m_profile) && m_pairs_possible; }

  // The season's weeks for this athlete, from the start to `end`: phases, deloads and dose steps.
  std::vector<SeasonWeek> season_weeks(Date end) const {
    SeasonProfile season_profile;
    season_profile.experience = m_inputs.athlete.strength_experience;
    season_profile.has_findings = m_inputs.findings && !m_inputs.findings->findings.empty();
    season_profile.careful = m_profile.careful;
    season_profile.event = m_inputs.athlete.goal.event;
    season_profile.ends_with_goal_race = m_inputs.athlete.goal.race_date.has_value();
    season_profile.power_allowed = power_allowed();
    return build_season(m_inputs.start, end, season_profile, m_data.rules);
  }

  core::PlanDay& day_at(core::Plan& plan, Date date) {
    return plan.days[static_cast<std::size_t>(core::days_between(plan.start, date))];
  }

  // A planned session from built content: its minutes are the content's honest estimate, rounded up.
  static core::PlannedSession planned(SessionContent content, std::string title, core::SessionKind kind,
                                      PhaseName phase, std::string why) {
    core::PlannedSession session;
    session.title = std::move(title);
    session.kind = kind;
    session.phase = phase;
    session.intensity = content.intensity;
    session.minutes = core::Minutes((content.duration.count() + 59) / 60);
    session.why = std::move(why);
    session.blocks = std::move(content.blocks);
    return session;
  }

  core::PlannedSession light_session(core::SessionKind kind, PhaseName phase, std::string title,
                                     std::string why) const {
    return planned(m_builder->light_session(light_budget()), std::move(title), kind, phase, std::move(why));
  }

  void add_session(core::Plan& plan, Date date, core::PlannedSession session) {
    append_session(day_at(plan, date), std::move(session));
  }

  // True when both session variants of the power phase can hold a contrast pair with this
  // runner's equipment, level and injuries; without one the season has no power phase.
  bool contrast_pairs_possible() const {
    for (int variant : {0, 1}) {
      SessionRequest request;
      request.phase = PhaseName::Power;
      request.variant = variant;
      request.plyometric_contacts = start_contacts(m_profile, m_data.rules);
      request.budget = m_targets.budget;
      const auto content = m_builder->strength_session(request);
      const bool paired = std::ranges::any_of(content.blocks, [](const core::Block& block) {
        return std::ranges::any_of(block.items, [](const core::Prescription& item) {
          return item.pair_with && (item.role == core::Role::Plyometric || item.role == core::Role::Power);
        });
      });
      if (!paired) return false;
    }
    return true;
  }

  // True when the runner's usual week (the calendar's template) has an allowed day that can hold
  // jumps: not a long run or race, and not the day before a workout, long run or race. Without one
  // every power session would lose its jumps, so the season has no power phase.
  bool usual_week_holds_jumps() const {
    const auto& days = m_inputs.athlete.availability.days;
    const auto& week = m_inputs.calendar.weekly_template;
    for (std::size_t index = 0; index < week.size(); ++index) {
      const auto weekday = static_cast<core::Weekday>(index);
      if (!days.empty() && !days.contains(weekday)) continue;
      const auto type = week[index].type;
      if (type == core::RunType::Long || type == core::RunType::Race) continue;
      if (core::is_key_run(week[(index + 1) % week.size()].type)) continue;
      return true;
    }
    return false;
  }

  // What the strength sessions of the last loading week of the current phase block really held,
  // after every trim: the reference a deload is lighter than and progression grows from.
  struct LoadingReference {
    int sessions = 0;
    int sets = 0;
    core::Seconds longest_training{0};  // the longest session's time without rehab loading
    std::map<std::string, int> volumes;  // sets × reps of each lift, the most in one session
    double highest_rpe = 0;              // the hardest main lift's RPE
  };

  // What the weeks placed so far leave for the next: the reference it is measured against, its
  // jumps, the last strength day and the effort the taper may not exceed.
  struct SeasonProgress {
    std::optional<Date> last_strength;
    std::optional<LoadingReference> reference;
    std::vector<int> week_contacts;  // the most foot contacts of one session, per week placed
    int placed_contacts = 0;
    std::optional<double> last_loading_effort;  // the hardest RPE of the last loading week before the taper
  };

  // The foot contacts of a session: sets × contacts, both sides for a per-side drill.
  static int contacts_in(const core::PlannedSession& session) {
    int contacts = 0;
    for (const auto& block : session.blocks) {
      for (const auto& item : block.items) {
        if (item.contacts) contacts += item.sets * *item.contacts * (item.per_side ? 2 : 1);
      }
    }
    return contacts;
  }

  // Adds a placed strength session to what its week really held.
  static void count_into(LoadingReference& loaded, const core::PlannedSession& session) {
    loaded.sessions += 1;
    core::Seconds training{0};
    for (const auto& block : session.blocks) {
      for (const auto& item : block.items) {
        if (item.role == core::Role::Rehab) continue;
        loaded.sets += sets_of(item);
        training += item.duration * block.rounds;
        if (block.name != "main" || !item.reps) continue;
        auto& volume = loaded.volumes[item.exercise];
        volume = std::max(volume, item.sets * *item.reps);
        if (item.rpe && item.role == core::Role::Strength) loaded.highest_rpe = std::max(loaded.highest_rpe, *item.rpe);
      }
    }
    loaded.longest_training = std::max(loaded.longest_training, training);
  }

  // Places the strength, correctives and light sessions of `week`. With `from`, the days before it
  // already hold what was lived: sessions go on the days from `from` on, as many as the week still
  // wants, measured together with the lived ones.
  core::PlanWeek place_week(const SeasonWeek& week, const std::vector<DayContext>& contexts, core::Plan& plan,
                            std::optional<Date> from = std::nullopt) {
    core::PlanWeek record;
    record.start = week.start;
    record.phase = week.phase;
    record.deload = week.deload;
    record.week_in_phase = week.week_in_phase;
    m_progress.placed_contacts = 0;
    if (week.week_in_phase == 1) m_progress.reference.reset();
    std::vector<DayContext> days;
    for (const auto& context : contexts) {
      if (core::days_between(week.start, context.date) >= 0 && core::days_between(context.date, week.end) >= 0 &&
          (!from || context.date >= *from)) {
        days.push_back(context);
      }
    }
    LoadingReference loaded;
    for (const auto* session : sessions_of_week(plan, week)) {
      if (session->kind != core::SessionKind::Strength) continue;
      count_into(loaded, *session);
      m_progress.placed_contacts = std::max(m_progress.placed_contacts, contacts_in(*session));
    }
    const int lived_sessions = loaded.sessions;
    if (from) {
      for (Date date = week.start; date < *from; date = core::add_days(date, 1)) {
        const auto& sessions = day_at(plan, date).sessions;
        if (std::ranges::any_of(sessions, [](const core::PlannedSession& session) {
              return session.kind == core::SessionKind::Strength;
            })) {
          m_progress.last_strength = date;
        }
      }
    }
    const bool race_week = m_goal_race && core::days_between(week.start, *m_goal_race) >= 0 &&
                           core::days_between(*m_goal_race, week.end) >= 0;
    const bool has_findings = m_routine.has_value();
    const auto light_kind = has_findings ? core::SessionKind::Corrective : core::SessionKind::Mobility;
    if (race_week) {
      const auto dates = choose_light_days(days, std::min(m_data.rules.light_sessions_maximum, m_targets.strength_sessions),
                                           [](const DayContext&) { return false; });
      for (auto date : dates) {
        add_session(plan, date, light_session(light_kind, week.phase, "Race-week mobility",
                                              wording::race_week_why(*m_goal_race)));
      }
      record.focus = wording::week_focus(week, 0, 0, true);
      return record;
    }
    int wanted = m_targets.strength_sessions;
    if (week.phase == PhaseName::Maintenance) wanted = std::min(wanted, m_data.rules.sessions_in_season_maximum);
    if (week.phase == PhaseName::Taper) wanted = 1;
    // A deload never holds more strength sessions than the loading week it is lighter than.
    if (week.deload && m_progress.reference) wanted = std::min(wanted, m_progress.reference->sessions);
    wanted = std::max(0, wanted - lived_sessions);
    const int recent_contacts = recent_week_contacts();
    int contacts = contacts_for(week, recent_contacts, m_profile, m_data.rules);
    // After a missed week, no more jumps than that week held (or the start dose, when it held none).
    if (week.repeats_missed && !m_progress.week_contacts.empty()) {
      contacts = std::min(contacts, std::max(m_progress.week_contacts.back(), start_contacts(m_profile, m_data.rules)));
    }
    const auto intensity = m_builder->intensity_for(week.phase, week.deload, false);
    // Power sessions keep their contrast pairs on days that can hold jumps; a session that only fits
    // on a day that cannot (the day before a key run, a race window) is a strength session instead.
    const auto chosen = choose_strength_days(days, wanted, intensity, m_progress.last_strength);
    std::optional<int> set_limit;
    std::optional<core::Seconds> training_limit;
    core::Minutes budget = m_targets.budget;
    if (week.deload && m_progress.reference && !chosen.empty()) {
      const int week_sets = static_cast<int>(std::floor(m_progress.reference->sets * m_data.rules.deload_share_of_prescribed));
      set_limit = std::max(0, week_sets - loaded.sets) / static_cast<int>(chosen.size());
      training_limit = m_progress.reference->longest_training - core::Seconds(1);
    }
    int variant = lived_sessions;
    // Issue rule 6: the plan's first week and every stabilization week serve every finding.
    const bool every_finding = m_routine && (week.start == m_inputs.start || week.phase == PhaseName::Stabilization);
    for (const auto& choice : chosen) {
      const auto& context = *std::ranges::find_if(days, [&](const DayContext& day) { return day.date == choice.date; });
      const bool lighter = choice.placement == Placement::Lighter || choice.placement == Placement::AfterWorkoutLighter;
      const bool power_without_jumps = week.phase == PhaseName::Power && (!allows_heavy(context) || lighter);
      const PhaseName phase = power_without_jumps ? PhaseName::Strength : week.phase;
      SessionRequest request;
      request.phase = phase;
      request.variant = variant;
      // A strength session in a power week takes the strength phase's last step.
      request.step = power_without_jumps ? std::numeric_limits<int>::max() : week.step;
      request.deload = week.deload;
      request.lighter = lighter && !week.deload;
      request.heavy_allowed = allows_heavy(context) && !lighter;
      request.eccentric_allowed = context.eccentric_allowed;
      request.plyometric_contacts = request.heavy_allowed ? contacts : 0;
      if (m_progress.reference) {
        for (const auto& [exercise, volume] : m_progress.reference->volumes) {
          request.volume_caps[exercise] =
              static_cast<int>(std::floor(volume * (1.0 + m_data.rules.volume_weekly_growth_maximum)));
        }
      }
      request.set_limit = set_limit;
      request.training_limit = training_limit;
      request.one_set_fewer = m_inputs.lighter_week == week.monday;
      if (week.phase == PhaseName::Taper) request.effort_cap = m_progress.last_loading_effort;
      if (every_finding) request.correctives = CorrectiveCoverage::EveryFinding;
      request.budget = budget;
      auto content = m_builder->strength_session(request);
      // The week's last session, when the items its sessions could not hold have no days of their
      // own: it keeps every finding's correctives and lets its other work give way.
      if (every_finding && &choice == &chosen.back()) {
        auto week_sessions = sessions_of_week(plan, week);
        core::PlannedSession candidate;
        candidate.blocks = content.blocks;
        week_sessions.push_back(&candidate);
        const auto groups = m_builder->split_correctives(m_builder->missing_correctives(week_sessions), light_budget());
        if (groups.size() > correctives_days(days, chosen, groups).size()) {
          request.correctives_first = true;
          request.held_this_week = held_correctives(sessions_of_week(plan, week));
          content = m_builder->strength_session(request);
        }
      }
      const bool too_long = training_limit && content.training_duration > *training_limit;
      if (set_limit && (content.total_sets > *set_limit || too_long || !keeps_the_phase(content, phase))) {
        // The loading week was already as small as a session gets: this deload is mobility, with the
        // rehab loading of a current injury kept.
        add_session(plan, choice.date,
                    planned(m_builder->mobility_with_rehab(budget), "Deload mobility", light_kind, week.phase,
                            wording::minimal_deload_why()));
        m_progress.last_strength = choice.date;  // moderate with its rehab: the next session keeps its distance
        continue;
      }
      auto shown = week;
      shown.phase = phase;
      auto why = wording::session_why(shown, m_profile, context, choice.placement, content, m_goal_race,
                                      static_cast<int>(chosen.size()), wanted);
      m_progress.placed_contacts = std::max(m_progress.placed_contacts, content.plyometric_contacts);
      auto session = planned(std::move(content), wording::session_title(phase, variant, week.deload, m_profile.novice()),
                             core::SessionKind::Strength, phase, std::move(why));
      count_into(loaded, session);
      add_session(plan, choice.date, std::move(session));
      m_progress.last_strength = choice.date;
      ++variant;
    }
    if (!week.deload && loaded.sessions > 0 && week.phase != PhaseName::Taper && loaded.highest_rpe > 0) {
      m_progress.last_loading_effort = loaded.highest_rpe;
    }
    if (!week.deload && loaded.sessions > 0) m_progress.reference = std::move(loaded);
    record.strength_sessions = loaded.sessions;
    if (every_finding && loaded.sessions > 0) add_correctives_sessions(plan, week, days, chosen);
    // Sessions a race window took away become light recovery or mobility sessions.
    const int missing = wanted - static_cast<int>(chosen.size());
    if (missing > 0 || week.phase == PhaseName::Taper) {
      const int light_wanted = week.phase == PhaseName::Taper ? m_targets.strength_sessions - 1 : missing;
      const auto dates = choose_light_days(days, light_wanted, [&](const DayContext& day) {
        const bool taken = !day_at(plan, day.date).sessions.empty();
        return taken || (week.phase != PhaseName::Taper && day.cap != core::Intensity::Light);
      });
      for (auto date : dates) {
        const auto& context = *std::ranges::find_if(days, [&](const DayContext& day) { return day.date == date; });
        const bool recovering = context.window_reason.starts_with("recovery");
        add_session(plan, date,
                    light_session(recovering ? core::SessionKind::Recovery : light_kind, week.phase,
                                  recovering ? "Recovery mobility" : "Mobility",
                                  wording::light_session_why(context, week.phase)));
      }
    }
    record.focus = wording::week_focus(week, static_cast<int>(chosen.size()), wanted, false);
    return record;
  }

  // A light session's minutes: the athlete's, at most the rules' maximum for light sessions.
  core::Minutes light_budget() const {
    return std::min(m_targets.budget, core::Minutes(m_data.rules.light_session_minutes_maximum));
  }

  // The sessions of `week` placed in `plan` so far.
  std::vector<const core::PlannedSession*> sessions_of_week(const core::Plan& plan, const SeasonWeek& week) const {
    std::vector<const core::PlannedSession*> sessions;
    for (Date date = week.start; core::days_between(date, week.end) >= 0; date = core::add_days(date, 1)) {
      for (const auto& session : plan.days[static_cast<std::size_t>(core::days_between(plan.start, date))].sessions) {
        sessions.push_back(&session);
      }
    }
    return sessions;
  }

  // The days of the week that may hold a correctives session of `groups`, spread apart: allowed,
  // no race, no strength session, and outside a race's recovery when an item is eccentric. The
  // checker's rules 2, 5 and 8 accept a light session on any of them (the goal race's last days
  // take only light mobility and activation, which these are).
  std::vector<Date> correctives_days(const std::vector<DayContext>& days, const std::vector<ChosenDay>& chosen,
                                     const std::vector<std::vector<core::Prescription>>& groups) const {
    const bool eccentric = std::ranges::any_of(groups, [&](const auto& group) {
      return std::ranges::any_of(group, [&](const core::Prescription& item) {
        const auto* exercise = m_data.library.find(item.exercise);
        return exercise != nullptr && exercise->has_tag(core::ExerciseTag::Eccentric);
      });
    });
    return choose_light_days(days, static_cast<int>(groups.size()), [&](const DayContext& day) {
      const bool strength = std::ranges::any_of(chosen, [&](const ChosenDay& c) { return c.date == day.date; });
      return strength || (eccentric && !day.eccentric_allowed);
    });
  }

  // The first week and stabilization weeks: the items of every finding the week's strength
  // sessions could not hold (their minutes ran out) go to short light correctives sessions on
  // other days of the week, as many as the items need at the light sessions' minutes.
  void add_correctives_sessions(core::Plan& plan, const SeasonWeek& week, const std::vector<DayContext>& days,
                                const std::vector<ChosenDay>& chosen) {
    const auto groups = m_builder->split_correctives(m_builder->missing_correctives(sessions_of_week(plan, week)),
                                                     light_budget());
    if (groups.empty()) return;
    const auto dates = correctives_days(days, chosen, groups);
    for (std::size_t index = 0; index < groups.size() && index < dates.size(); ++index) {
      add_session(plan, dates[index],
                  planned(m_builder->correctives_session(groups[index], light_budget()), "Correctives",
                          core::SessionKind::Corrective, week.phase, wording::correctives_session_why(week.phase)));
    }
  }

  // True when a deloaded session still holds what its phase is made of: a lift; rows, push-ups or
  // presses in strength and power; a contrast pair in power. A deload that had to give these up to
  // be lighter than its loading week becomes mobility instead.
  bool keeps_the_phase(const SessionContent& content, PhaseName phase) const {
    bool lift = false;
    bool upper = false;
    bool pair = false;
    for (const auto& block : content.blocks) {
      for (const auto& item : block.items) {
        if (item.role == core::Role::Strength) lift = true;
        if (item.pair_with && (item.role == core::Role::Plyometric || item.role == core::Role::Power)) pair = true;
        const auto* exercise = m_data.library.find(item.exercise);
        if (exercise != nullptr && (exercise->pattern == core::Pattern::Push || exercise->pattern == core::Pattern::Pull)) {
          upper = true;
        }
      }
    }
    const bool building = phase == PhaseName::Strength || phase == PhaseName::Power;
    return lift && (!building || upper) && (phase != PhaseName::Power || pair);
  }

  // The most foot contacts of one session in the two weeks before the one being placed.
  int recent_week_contacts() const {
    int recent = 0;
    const std::size_t count = m_progress.week_contacts.size();
    for (std::size_t back = 1; back <= 2 && back <= count; ++back) recent = std::max(recent, m_progress.week_contacts[count - back]);
    return recent;
  }

  core::AfterRace after_race(Date race) const {
    core::AfterRace after;
    after.start = core::add_days(race, 1);
    const auto goal_distance = race_distance_km(run_on(m_inputs.calendar, m_goal_race, race), true,
                                                m_inputs.athlete.goal.event, m_data.rules);
    after.end = core::add_days(race, std::max(m_data.rules.recovery_days, m_data.rules.recovery_after(goal_distance).days));
    const auto contexts = build_day_contexts(after.start, after.end, m_inputs.calendar, m_goal_race,
                                             m_inputs.athlete.goal.event, m_inputs.athlete.availability, m_data.rules);
    std::vector<DayContext> candidates;
    for (const auto& context : contexts) {
      core::PlanDay day;
      day.date = context.date;
      if (const auto found = m_inputs.calendar.dated_runs.find(context.date); found != m_inputs.calendar.dated_runs.end()) {
        if (found->second.type != core::RunType::Rest) day.run = found->second;
      }
      after.days.push_back(std::move(day));
      if (core::days_between(race, context.date) >= 2) candidates.push_back(context);
    }
    const auto dates = choose_light_days(candidates, std::min(m_data.rules.light_sessions_maximum, m_targets.strength_sessions),
                                         [](const DayContext&) { return false; });
    for (auto date : dates) {
      auto session = light_session(core::SessionKind::Recovery, PhaseName::Recovery, "Recovery mobility",
                                   wording::after_race_why());
      append_session(after.days[static_cast<std::size_t>(core::days_between(after.start, date))], std::move(session));
    }
    return after;
  }

  const PlanInputs& m_inputs;
  const PlanningData& m_data;
  TrainingProfile m_profile;
  ExercisePicker m_picker;
  WeekTargets m_targets;
  std::optional<CorrectiveRoutine> m_routine;
  std::optional<SessionBuilder> m_builder;
  std::optional<Date> m_goal_race;
  bool m_pairs_possible = false;
  SeasonProgress m_progress;
};

}  // namespace

core::Plan build_plan(const PlanInputs& inputs, const PlanningData& data) { return PlanAssembler(inputs, data).build(); }

}  // namespace stride::planning
