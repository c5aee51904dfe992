#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <string>

#include "plan_assembler.hpp"
#include "plan_wording.hpp"
#include "session_items.hpp"
#include "stride/planning/session_builder.hpp"
#include "stride/planning/week_schedule.hpp"

// The sessions of one season week: strength sessions on the days that can hold them, the
// correctives and light sessions around them, and what the week leaves for the next.
namespace stride::planning {

using core::Date;
using core::PhaseName;

void PlanAssembler::renew_volume_caps() {
  if (!m_progress.reference) {
    m_volume_caps.clear();
    return;
  }
  const double growth = 1.0 + m_data.rules.volume_weekly_growth_maximum;
  const auto cap = [&](int volume) { return static_cast<int>(std::floor(volume * growth)); };
  const auto& volumes = m_progress.growth_volumes;
  constexpr auto exercise = &ExerciseVolumes::value_type::first;
  if (std::ranges::equal(m_volume_caps, volumes, {}, exercise, exercise)) {
    auto volume = volumes.begin();
    for (auto& entry : m_volume_caps) entry.second = cap((volume++)->second);
    return;
  }
  m_volume_caps.clear();
  for (const auto& [lift, volume] : volumes) m_volume_caps.emplace_hint(m_volume_caps.end(), lift, cap(volume));
}

int PlanAssembler::contacts_in(const core::PlannedSession& session) {
  int contacts = 0;
  for (const auto& block : session.blocks) {
    for (const auto& item : block.items) {
      if (item.contacts) contacts += item.sets * *item.contacts * (item.per_side ? 2 : 1);
    }
  }
  return contacts;
}

void PlanAssembler::count_into(LoadingReference& loaded, const core::PlannedSession& session) {
  loaded.sessions += 1;
  core::Seconds training{0};
  for (const auto& block : session.blocks) {
    const bool main = block.name == kMain;
    for (const auto& item : block.items) {
      if (item.role == core::Role::Rehab) continue;
      loaded.sets += sets_of(item);
      training += item.duration * block.rounds;
      if (!main || !item.reps) continue;
      auto& volume = loaded.volumes[item.exercise];
      volume = std::max(volume, item.sets * *item.reps);
      if (item.rpe && item.role == core::Role::Strength) loaded.highest_rpe = std::max(loaded.highest_rpe, *item.rpe);
    }
  }
  loaded.longest_training = std::max(loaded.longest_training, training);
}

core::PlanWeek PlanAssembler::place_week(const SeasonWeek& week, const std::vector<DayContext>& contexts,
                                         core::Plan& plan, std::optional<Date> from) {
  core::PlanWeek record;
  record.start = week.start;
  record.phase = week.phase;
  record.deload = week.deload;
  record.week_in_phase = week.week_in_phase;
  m_progress.placed_contacts = 0;
  if (week.week_in_phase == 1) {
    m_progress.reference.reset();
    m_progress.growth_volumes.clear();
  }
  // The contexts are one per day in date order: the week's days (from `from` on) are one run of them.
  const Date first_day = from ? std::max(week.start, *from) : week.start;
  const auto days_begin = std::ranges::lower_bound(contexts, first_day, {}, &DayContext::date);
  const auto days_end = std::ranges::find_if(days_begin, contexts.end(),
                                             [&](const DayContext& context) { return context.date > week.end; });
  const std::span<const DayContext> days(days_begin, days_end);
  LoadingReference loaded;
  // Room for every lift of a week (three sessions of five main lifts) in one block.
  constexpr std::size_t kWeekLifts = 16;
  loaded.volumes.reserve(kWeekLifts);
  for (const auto* session : sessions_of_week(plan, week)) {
    if (session->kind != core::SessionKind::Strength) continue;
    count_into(loaded, *session);
    m_progress.placed_contacts = std::max(m_progress.placed_contacts, contacts_in(*session));
  }
  const int lived_sessions = loaded.sessions;
  // A tune-up race's mini-taper held in the days lived before `from` keeps this week out of the
  // growth reference, as it would had the whole week been planned now.
  // The week before a tune-up race is a mini-taper: less volume, the same intensity (science §3.3
  // item 52, Bosquet et al. 2007); a deload or the taper is light enough already.
  const auto mini_taper_on = [&](const DayContext& day) {
    return day.before_tune_up && !week.deload && week.phase != PhaseName::Taper;
  };
  bool tapered_for_race = false;
  if (from) {
    for (Date date = week.start; date < *from; date = core::add_days(date, 1)) {
      const auto& sessions = day_at(plan, date).sessions;
      // A strength session, or a moderate one such as a deload's mobility with its rehab loading.
      if (std::ranges::any_of(sessions, [](const core::PlannedSession& session) {
            return session.kind == core::SessionKind::Strength || session.intensity != core::Intensity::Light;
          })) {
        m_progress.last_strength = date;
      }
      const bool lived_strength = std::ranges::any_of(
          sessions, [](const core::PlannedSession& session) { return session.kind == core::SessionKind::Strength; });
      const auto context = std::ranges::lower_bound(contexts, date, {}, &DayContext::date);
      if (lived_strength && context != contexts.end() && context->date == date && mini_taper_on(*context)) {
        tapered_for_race = true;
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
      const auto& context = *std::ranges::find_if(days, [&](const DayContext& day) { return day.date == date; });
      add_session(plan, date, light_session(light_kind, week.phase, "Race-week mobility",
                                            wording::race_week_why(*m_goal_race), &context));
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
  // Power sessions go to days that can hold their jumps and contrast pairs (after a workout, or two
  // days before a key run, rather than the day before); a session that fits only on a day that
  // cannot (the day before a key run, a race window) is a strength session instead.
  const auto chosen = choose_strength_days(days, wanted, intensity, m_progress.last_strength,
                                           week.phase == PhaseName::Power);
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
  // Sets × reps each exercise may reach in this week's sessions, made once for the week.
  renew_volume_caps();
  auto& volume_caps = m_volume_caps;
  for (const auto& choice : chosen) {
    const auto& context = *std::ranges::find_if(days, [&](const DayContext& day) { return day.date == choice.date; });
    const bool lighter = choice.placement == Placement::Lighter || choice.placement == Placement::AfterWorkoutLighter;
    // A runner's first jumps wait until after a race: landing soreness peaks one to three days later.
    const bool first_jumps_before_race =
        !context.eccentric_allowed && m_progress.placed_contacts == 0 && jump_weeks_before() == 0;
    const bool power_without_jumps =
        week.phase == PhaseName::Power && (!allows_heavy(context) || lighter || first_jumps_before_race);
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
    request.plyometric_contacts = request.heavy_allowed && !first_jumps_before_race ? contacts : 0;
    request.jump_impact_cap = m_data.rules.jump_impact_cap(jump_weeks_before(), m_profile.careful);
    request.volume_caps = std::move(volume_caps);  // lent to this session's requests, given back below
    request.set_limit = set_limit;
    request.training_limit = training_limit;
    const bool mini_taper = mini_taper_on(context);
    request.one_set_fewer = m_inputs.lighter_week == week.monday || mini_taper;
    request.before_race = mini_taper && m_inputs.lighter_week != week.monday;
    // The taper, and the week before a tune-up race, keep the effort the last loading week held.
    if (week.phase == PhaseName::Taper || mini_taper) request.effort_cap = m_progress.last_loading_effort;
    tapered_for_race = tapered_for_race || mini_taper;
    if (every_finding) request.correctives = CorrectiveCoverage::EveryFinding;
    request.rehab_week = rehab_week_of(week);
    request.budget = budget;
    auto content = m_builder->strength_session(request);
    // The week's last session, when the items its sessions could not hold have no days of their
    // own: it keeps every finding's correctives and lets its other work give way.
    if (every_finding && &choice == &chosen.back()) {
      auto week_sessions = sessions_of_week(plan, week);
      // The session's blocks lend themselves to the week for the look, and come back after it.
      core::PlannedSession candidate;
      candidate.blocks = std::move(content.blocks);
      week_sessions.push_back(&candidate);
      const auto groups = m_builder->split_correctives(m_builder->missing_correctives(week_sessions), light_budget());
      content.blocks = std::move(candidate.blocks);
      if (groups.size() > correctives_days(days, chosen, groups).size()) {
        request.correctives_first = true;
        request.held_this_week = held_correctives(sessions_of_week(plan, week));
        content = m_builder->strength_session(request);
      }
    }
    volume_caps = std::move(request.volume_caps);
    const bool too_long = training_limit && content.training_duration > *training_limit;
    if (set_limit && (content.total_sets > *set_limit || too_long || !keeps_the_phase(content, phase))) {
      // The loading week was already as small as a session gets: this deload is mobility, with the
      // rehab loading of a current injury kept.
      add_session(plan, choice.date,
                  planned(m_builder->mobility_with_rehab(budget, rehab_week_of(week)), "Deload mobility", light_kind, week.phase,
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
  if (!week.deload && loaded.sessions > 0) {
    // Only growth reads the volumes: they move there.
    if (!tapered_for_race) m_progress.growth_volumes = std::move(loaded.volumes);
    m_progress.reference = std::move(loaded);
  }
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
                                wording::light_session_why(context, week.phase), &context));
    }
  }
  record.focus = wording::week_focus(week, static_cast<int>(chosen.size()), wanted, false);
  return record;
}

core::Minutes PlanAssembler::light_budget() const {
  return std::min(m_targets.budget, core::Minutes(m_data.rules.light_session_minutes_maximum));
}

std::vector<const core::PlannedSession*> PlanAssembler::sessions_of_week(const core::Plan& plan,
                                                                         const SeasonWeek& week) const {
  std::vector<const core::PlannedSession*> sessions;
  // The week's days are one run of the plan's days, from the week's start.
  const int first = core::days_between(plan.start, week.start);
  const int last = core::days_between(plan.start, week.end);
  std::size_t count = 0;
  for (int index = first; index <= last; ++index) count += plan.days[static_cast<std::size_t>(index)].sessions.size();
  sessions.reserve(count);
  for (int index = first; index <= last; ++index) {
    for (const auto& session : plan.days[static_cast<std::size_t>(index)].sessions) sessions.push_back(&session);
  }
  return sessions;
}

std::vector<Date> PlanAssembler::correctives_days(std::span<const DayContext> days,
                                                  const std::vector<ChosenDay>& chosen,
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

void PlanAssembler::add_correctives_sessions(core::Plan& plan, const SeasonWeek& week,
                                             std::span<const DayContext> days,
                                             const std::vector<ChosenDay>& chosen) {
  const auto groups = m_builder->split_correctives(m_builder->missing_correctives(sessions_of_week(plan, week)),
                                                   light_budget());
  if (groups.empty()) return;
  const auto dates = correctives_days(days, chosen, groups);
  for (std::size_t index = 0; index < groups.size() && index < dates.size(); ++index) {
    const auto context = std::ranges::find(days, dates[index], &DayContext::date);
    const bool holds = context != days.end() && race_week_holds_on(*context);
    add_session(plan, dates[index],
                planned(m_builder->correctives_session(groups[index], light_budget(), holds), "Correctives",
                        core::SessionKind::Corrective, week.phase, wording::correctives_session_why(week.phase)));
  }
}

bool PlanAssembler::keeps_the_phase(const SessionContent& content, PhaseName phase) const {
  const bool building = phase == PhaseName::Strength || phase == PhaseName::Power;
  bool lift = false;
  bool pair = false;
  for (const auto& block : content.blocks) {
    for (const auto& item : block.items) {
      if (item.role == core::Role::Strength) lift = true;
      if (item.pair_with && (item.role == core::Role::Plyometric || item.role == core::Role::Power)) pair = true;
    }
  }
  if (!lift || (phase == PhaseName::Power && !pair)) return false;
  // Only a building phase asks for an upper-body lift: looked up in the main block first, where
  // one would be.
  if (!building) return true;
  const auto upper = [&](const core::Block& block) {
    return std::ranges::any_of(block.items, [&](const core::Prescription& item) {
      const auto* exercise = m_data.library.find(item.exercise);
      return exercise != nullptr &&
             (exercise->pattern == core::Pattern::Push || exercise->pattern == core::Pattern::Pull);
    });
  };
  const auto main = std::ranges::find(content.blocks, kMain, &core::Block::name);
  if (main != content.blocks.end() && upper(*main)) return true;
  return std::ranges::any_of(content.blocks,
                             [&](const core::Block& block) { return block.name != kMain && upper(block); });
}

int PlanAssembler::rehab_week_of(const SeasonWeek& week) const {
  const auto& continuation = m_inputs.continuation;
  const bool changed = continuation && continuation->lived_athlete != m_inputs.athlete;
  const Date began = core::monday_of(changed ? continuation->from : m_inputs.start);
  return std::max(0, core::days_between(began, week.monday) / 7);
}

int PlanAssembler::jump_weeks_before() const {
  return static_cast<int>(std::ranges::count_if(m_progress.week_contacts, [](int contacts) { return contacts > 0; }));
}

int PlanAssembler::recent_week_contacts() const {
  int recent = 0;
  const std::size_t count = m_progress.week_contacts.size();
  for (std::size_t back = 1; back <= 2 && back <= count; ++back) recent = std::max(recent, m_progress.week_contacts[count - back]);
  return recent;
}

}  // namespace stride::planning
