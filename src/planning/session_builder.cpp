#include "stride/planning/session_builder.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <iterator>
#include <span>

#include <boost/container/small_vector.hpp>

#include "session_items.hpp"
#include "session_wording.hpp"

// The builder's sessions: a strength session from its parts, the light and mobility sessions, and
// how hard a phase's session is meant to be.
namespace stride::planning {

using core::PhaseName;

SessionBuilder::SessionBuilder(const ExercisePicker& picker, const PlanRules& rules, const CorrectiveRules& timing,
                               const CorrectiveRoutine* routine)
    : m_picker(&picker), m_rules(&rules), m_timing(&timing), m_routine(routine), m_rpe_only_lifts(picker.library()),
      m_overhead_presses(picker.library()), m_cool_down_reads(picker.library()),
      m_core_exercises(picker.library()), m_last_main_why(picker.library().all().size(), -1),
      m_exercise_strings(picker.library()) {
  for (const auto pattern :
       {core::Pattern::CoreAntiExtension, core::Pattern::CoreLateral, core::Pattern::CoreAntiRotation}) {
    for (const auto& exercise : picker.library().of_pattern(pattern)) m_core_exercises.insert(exercise);
  }
  const auto& profile = picker.profile();
  if (profile.weaker_side != core::Side::None) {
    m_imbalance_suffix = wording::imbalance_suffix(profile.weaker_side, profile.weaker_side_reason);
  }
  const auto usable = [&](const std::vector<std::string>& ids) {
    std::vector<const core::Exercise*> exercises;
    exercises.reserve(ids.size());
    for (const auto& id : ids) {
      if (const auto* exercise = picker.usable_by_id(id)) exercises.push_back(exercise);
    }
    return exercises;
  };
  m_core_why = wording::core_why();
  for (const auto& id : rules.rpe_only_lifts) m_rpe_only_lifts.insert(id);
  for (const auto& id : rules.overhead_presses) m_overhead_presses.insert(id);
  m_fewer_sets_words = std::string_view("a set of each main lift");
  m_defaults = {usable(rules.warm_up_mobility), usable(rules.default_activation), usable(rules.default_inhibit),
                usable(rules.default_lengthen), usable(rules.breathing)};
  const auto read_by_cool_downs = [&](const core::Exercise* exercise) {
    if (exercise != nullptr) m_cool_down_reads.insert(*exercise);
  };
  if (m_routine != nullptr) {
    for (const auto& block : m_routine->blocks) {
      if (block.name != "inhibit" && block.name != "lengthen") continue;
      for (const auto& item : block.items) read_by_cool_downs(picker.usable_by_id(item.exercise));
    }
    m_cover_release_exercises.reserve(m_routine->covers.size());
    m_cover_activate_exercises.reserve(m_routine->covers.size());
    for (const auto& cover : m_routine->covers) {
      const auto usable_options = [&](const std::vector<const core::Exercise*>& options) {
        std::vector<const core::Exercise*> exercises;
        exercises.reserve(options.size());
        for (const auto* exercise : options) exercises.push_back(picker.usable_entry(*exercise));
        return exercises;
      };
      m_cover_release_exercises.push_back(usable_options(cover.release.exercises));
      m_cover_activate_exercises.push_back(usable_options(cover.activate.exercises));
      for (const auto* exercise : m_cover_release_exercises.back()) read_by_cool_downs(exercise);
    }
  }
  for (const auto* list : {&m_defaults.inhibit, &m_defaults.lengthen, &m_defaults.breathing}) {
    for (const auto* exercise : *list) read_by_cool_downs(exercise);
  }
  m_sample_warm_up = make_opening_warm_up(CorrectiveCoverage::Sample);
  if (m_routine != nullptr) m_every_finding_warm_up = make_opening_warm_up(CorrectiveCoverage::EveryFinding);
}

core::Prescription SessionBuilder::make_item(const core::Exercise& exercise, core::Role role, core::SharedString why) const {
  core::Prescription item;
  item.exercise = m_exercise_strings.id(exercise);
  item.role = role;
  item.per_side = exercise.unilateral;
  item.why = std::move(why);
  item.targets = m_exercise_strings.primary_muscles(exercise);
  return item;
}

void SessionBuilder::append_entry(std::vector<Entry>& entries, core::Prescription&& item, const Placing& placing) {
  auto& entry = entries.emplace_back();
  entry.block = placing.block;
  entry.item = std::move(item);
  entry.tier = placing.tier;
  entry.pair = placing.pair;
  entry.minimum_sets = placing.minimum_sets;
  entry.exercise = placing.exercise;
}

SessionBuilder::OpeningWarmUp SessionBuilder::make_opening_warm_up(CorrectiveCoverage coverage) const {
  ExerciseSet used(m_picker->library());
  auto entries = warm_up(used, 2, coverage);
  return OpeningWarmUp{std::move(entries), std::move(used)};
}

const core::Exercise* SessionBuilder::first_unused(const std::vector<const core::Exercise*>& exercises,
                                                  const ExerciseSet& used) {
  const auto found = std::ranges::find_if(exercises, [&](const core::Exercise* exercise) { return !used.contains(*exercise); });
  return found == exercises.end() ? nullptr : *found;
}

const SessionBuilder::OpeningWarmUp* SessionBuilder::opening_warm_up(CorrectiveCoverage coverage) const {
  if (m_routine == nullptr || coverage == CorrectiveCoverage::Sample) return &*m_sample_warm_up;
  if (coverage == CorrectiveCoverage::EveryFinding) return &*m_every_finding_warm_up;
  return nullptr;
}

const PhaseDose& SessionBuilder::dose_for(PhaseName phase) const {
  const auto& profile = m_picker->profile();
  switch (phase) {
    case PhaseName::Stabilization: return m_rules->stabilization;
    case PhaseName::Strength:
      if (profile.novice()) return m_rules->foundation;
      return profile.event == core::Event::Ultra ? m_rules->strength_endurance : m_rules->strength;
    case PhaseName::Power: return m_rules->power;
    case PhaseName::Taper:
      if (profile.novice()) return m_rules->foundation;
      return profile.event == core::Event::Ultra ? m_rules->strength_endurance : m_rules->power;
    case PhaseName::Maintenance:
    case PhaseName::Recovery: return profile.novice() ? m_rules->maintenance_foundation : m_rules->maintenance;
  }
  return m_rules->stabilization;
}

SessionBuilder::SessionKey SessionBuilder::session_key(const SessionRequest& request) const {
  SessionKey key;
  // main_work() reads the step only as an index into the phase's steps (the taper: the last one).
  const auto last_step = dose_for(request.phase).steps.size() - 1;
  key.step = request.phase == PhaseName::Taper
                 ? 0
                 : static_cast<int>(std::min(static_cast<std::size_t>(request.step), last_step));
  // injury_loading() reads the rehab week only for current and recovering injuries, as a step of
  // the slow heavy loading that begins after the isometric weeks.
  const auto& profile = m_picker->profile();
  if (profile.current_regions.empty() && profile.recovering_regions.empty()) {
    key.rehab_week = 0;
  } else {
    const auto rehab_steps = static_cast<int>(m_rules->rehab_slow_heavy.steps.size());
    key.rehab_week = std::min(request.rehab_week, m_rules->injury_isometric_weeks + rehab_steps - 1);
  }
  return key;
}

SessionContent SessionBuilder::strength_session(const SessionRequest& request) const {
  const auto key = session_key(request);
  for (auto& built : m_strength_sessions) {
    if (built.key != key) continue;
    // The step and rehab week as asked make no difference beyond the key: the stored request
    // takes this one's, and every other field must be the same.
    built.request.step = request.step;
    built.request.rehab_week = request.rehab_week;
    if (built.request == request) return built.content;
  }
  auto content = compose_strength_session(request);
  // Only a session at its phase's last step is kept: the weeks of a phase ask each earlier step
  // once, and the last again in every week that follows (the taper's sessions all have it).
  const bool last_step = request.phase == PhaseName::Taper ||
                         static_cast<std::size_t>(key.step) + 1 == dose_for(request.phase).steps.size();
  if (last_step) m_strength_sessions.push_back({key, request, content});
  return content;
}

SessionContent SessionBuilder::compose_strength_session(const SessionRequest& request) const {
  if (request.one_set_fewer) {
    // Lighter than the session would be: fewer sets in all and less time, not a set off each lift
    // that leaves room for more items.
    auto full_request = request;
    full_request.one_set_fewer = false;
    const auto full = strength_session(full_request);
    int trimmed = 0;
    for (const auto& block : full.blocks) {
      trimmed += static_cast<int>(std::ranges::count_if(block.items, [](const core::Prescription& item) {
        const auto role = item.role;
        return (role == core::Role::Strength || role == core::Role::Power || role == core::Role::Plyometric) &&
               item.sets > 1;
      }));
    }
    auto lighter = request;
    lighter.one_set_fewer = false;
    lighter.trimmed_for_load = true;
    lighter.set_limit = std::min(request.set_limit.value_or(full.total_sets), full.total_sets - trimmed);
    lighter.training_limit = std::min(request.training_limit.value_or(full.training_duration), full.training_duration);
    return strength_session(lighter);
  }
  const bool correctives_first =
      request.correctives_first && request.correctives == CorrectiveCoverage::EveryFinding;
  const auto coverage = correctives_first ? CorrectiveCoverage::EveryFindingQuickest : request.correctives;
  const HeldCorrectives none;
  const auto& held = correctives_first ? request.held_this_week : none;
  // Activations held elsewhere in the week are all that could make this warm-up differ from the
  // opening warm-up of its coverage.
  const auto* opening = held.activations.empty() ? opening_warm_up(coverage) : nullptr;
  ExerciseSet used = opening != nullptr ? opening->used : ExerciseSet(m_picker->library());
  std::vector<Entry> entries;
  if (opening != nullptr) {
    entries.reserve(kSessionEntries);
    entries.insert(entries.end(), opening->entries.begin(), opening->entries.end());
  } else {
    entries = warm_up(used, 2, coverage, held);
  }
  // The rehab loading kept whole chooses before the main lifts, the rest after them: one whose
  // only exercise is a main lift's leaves the loading of its region to that lift.
  const bool rehab_eccentric = request.eccentric_allowed && request.phase != PhaseName::Taper;
  std::optional<core::InjuryRegion> kept_whole_region;
  // The parts go into `entries` in the session's order: the warm-up, the rehab loading, the jumps,
  // the main lifts, the core work and the cool-down. The main lifts and what follows them are made
  // there; the loading chosen after the main lifts and the jumps, when there are any, go in before
  // them. [main_begin, main_end) are the main lifts' positions as they stand.
  const auto warm_up_end = entries.size();
  for (auto& entry : kept_whole_rehab(entries, used, rehab_eccentric, request.rehab_week, kept_whole_region)) {
    entries.push_back(std::move(entry));
  }
  auto main_begin = entries.size();
  main_work(request, used, entries);
  auto main_end = entries.size();
  const auto main = [&] {
    return std::span(entries).subspan(main_begin, main_end - main_begin);
  };
  const auto insert_before_main = [&](std::vector<Entry>& part) {
    const auto at = entries.begin() + static_cast<std::ptrdiff_t>(main_begin);
    entries.insert(at, std::make_move_iterator(part.begin()), std::make_move_iterator(part.end()));
    main_begin += part.size();
    main_end += part.size();
  };
  // Only the rehab loading of a current or recovering injury reads `may_take`.
  const auto& profile = m_picker->profile();
  ExerciseSet may_take(m_picker->library());
  if (!profile.current_regions.empty() || !profile.recovering_regions.empty()) {
    for (std::size_t index = 0; index < warm_up_end; ++index) may_take.insert(entries[index].item.exercise);
    for (const auto& entry : main()) {
      if (entry.pair < 0 && !entry.item.pair_with && entry.item.role == core::Role::Strength) {
        may_take.insert(entry.item.exercise);
      }
    }
  }
  auto loading = injury_loading(used, rehab_eccentric, request.rehab_week, may_take, RehabPart::Others,
                                kept_whole_region);
  std::erase_if(loading, [&](const Entry& rehab) {
    return std::ranges::any_of(main(), [&](const Entry& entry) { return entry.item.exercise == rehab.item.exercise; });
  });
  if (!loading.empty()) insert_before_main(loading);
  int partner_contacts = 0;
  for (const auto& entry : main()) {
    if (entry.item.contacts) partner_contacts += entry.item.sets * *entry.item.contacts * (entry.item.per_side ? 2 : 1);
  }
  auto jumps = plyometrics(request, partner_contacts, used);
  const bool jumps_planned = !jumps.empty();
  int planned_contacts = partner_contacts;
  const auto jumps_begin = main_begin;
  if (!jumps.empty()) {
    for (const auto& entry : jumps) {
      planned_contacts += entry.item.sets * *entry.item.contacts * (entry.item.per_side ? 2 : 1);
    }
    const auto why = plyometric_why(planned_contacts);
    for (auto& entry : jumps) entry.item.why = why;
    insert_before_main(jumps);
  }
  if (request.trimmed_for_load) {
    // The jumps and the main lifts: one set fewer on each that has more than one.
    for (auto& entry : std::span(entries).subspan(jumps_begin, main_end - jumps_begin)) {
      const auto role = entry.item.role;
      if ((role != core::Role::Strength && role != core::Role::Power && role != core::Role::Plyometric) ||
          entry.item.sets <= 1) {
        continue;
      }
      entry.item.sets -= 1;
      entry.minimum_sets = std::min(entry.minimum_sets, entry.item.sets);
      entry.item.why += request.before_race ? wording::mini_taper_suffix() : wording::load_flag_suffix();
    }
  }
  core_work(request, used, entries);
  superset(entries);
  cool_down(used, 1, entries, coverage, held);
  auto content = assemble(std::move(entries), Limits{request.budget, request.set_limit, request.training_limit},
                          correctives_first);
  content.intensity = intensity_of(content.blocks, *m_rules);
  // The jumps' reason gives the session's foot contacts as they stand after any trimming (only the
  // jumps' reasons begin with these words: a contrast pair's explosive half has its own).
  if (!jumps_planned || content.plyometric_contacts == planned_contacts) return content;
  const auto planned_why = plyometric_why(planned_contacts);
  const auto held_why = plyometric_why(content.plyometric_contacts);
  if (held_why == planned_why) return content;
  for (auto& block : content.blocks) {
    for (auto& item : block.items) {
      if (item.role == core::Role::Plyometric && item.why.starts_with(planned_why)) {
        std::string why = item.why;
        why.replace(0, planned_why.size(), held_why.view());
        item.why = std::move(why);
      }
    }
  }
  return content;
}

core::SharedString SessionBuilder::superset_why(const core::SharedString& guest_why, const Entry& host) const {
  const auto known = std::ranges::find_if(m_superset_whys, [&](const SupersetWhy& written) {
    return written.host == host.item.exercise && written.guest_why == guest_why;
  });
  if (known != m_superset_whys.end()) return known->why;
  const std::string_view host_name =
      host.exercise != nullptr ? std::string_view(host.exercise->name) : name_of(*m_picker, host.item.exercise);
  constexpr std::string_view kSuperset = " Superset: do it in the rest between sets of the ";
  std::string why;
  why.reserve(guest_why.size() + kSuperset.size() + host_name.size() + 1);
  why.append(guest_why.view()).append(kSuperset).append(host_name) += '.';
  return m_superset_whys.emplace_back(guest_why, host.item.exercise, std::move(why)).why;
}

core::SharedString SessionBuilder::plyometric_why(int contacts) const {
  const auto known = std::ranges::find(m_plyometric_whys, contacts, &std::pair<int, core::SharedString>::first);
  if (known != m_plyometric_whys.end()) return known->second;
  return m_plyometric_whys.emplace_back(contacts, wording::plyometric_why(contacts, m_picker->profile().experience))
      .second;
}

core::Intensity SessionBuilder::intensity_for(PhaseName phase, bool deload, bool lighter) const {
  const bool novice = m_picker->profile().novice();
  core::Intensity intensity = core::Intensity::Heavy;
  switch (phase) {
    case PhaseName::Stabilization: intensity = core::Intensity::Moderate; break;
    case PhaseName::Strength:
    case PhaseName::Taper:
      // Strength-endurance doses (ultra) never reach the heavy RPE: no need to lighten them.
      intensity = novice || m_picker->profile().event == core::Event::Ultra ? core::Intensity::Moderate
                                                                             : core::Intensity::Heavy;
      break;
    case PhaseName::Maintenance: intensity = novice ? core::Intensity::Moderate : core::Intensity::Heavy; break;
    case PhaseName::Power: intensity = core::Intensity::Heavy; break;
    case PhaseName::Recovery: intensity = core::Intensity::Light; break;
  }
  if ((deload || lighter) && intensity == core::Intensity::Heavy) intensity = core::Intensity::Moderate;
  return intensity;
}

void SessionBuilder::superset(std::vector<Entry>& entries) const {
  constexpr int kShortestHostRest = 60;  // a guest's set fits in a minute's rest
  // Positions among the entries, held on the stack for a session of up to kSessionEntries.
  boost::container::small_vector<std::size_t, kSessionEntries> hosts;
  boost::container::small_vector<std::size_t, kSessionEntries> guests;
  std::optional<std::size_t> upper_guest;
  std::optional<std::size_t> pair_host;  // the heavy half of a contrast pair, for the upper-body guest
  for (std::size_t index = 0; index < entries.size(); ++index) {
    const auto& entry = entries[index];
    // Hosts and guests are main and core work: the warm-up and cool-down need no look-up.
    if (entry.block != SessionBlock::Main && entry.block != SessionBlock::Core) continue;
    const auto* exercise = entry.exercise != nullptr ? entry.exercise : m_picker->library().find(entry.item.exercise);
    if (exercise == nullptr) continue;
    const bool heavy_lift = entry.block == SessionBlock::Main && entry.item.role == core::Role::Strength &&
                            entry.item.rest_seconds >= kShortestHostRest && entry.tier <= 1;
    if (entry.pair >= 0 || entry.item.pair_with) {
      if (heavy_lift && entry.pair >= 0 && entry.tier == 0 && !pair_host) pair_host = index;
      continue;
    }
    const bool calf = exercise->pattern == core::Pattern::Calf || exercise->pattern == core::Pattern::FootAnkle;
    const bool upper = exercise->pattern == core::Pattern::Push || exercise->pattern == core::Pattern::Pull;
    if (entry.block == SessionBlock::Main && upper && !upper_guest) {
      upper_guest = index;
    } else if (entry.block == SessionBlock::Core || (entry.block == SessionBlock::Main && calf && entry.tier == 2)) {
      guests.push_back(index);
    } else if (heavy_lift) {
      hosts.push_back(index);
    }
  }
  const auto rest_in = [&](Entry& guest, const Entry& host) {
    guest.solo_rest_seconds = guest.item.rest_seconds;
    guest.item.rest_seconds = 0;
    guest.item.sets = std::min(guest.item.sets, host.item.sets);
    // Done in the host's rests, the guest costs little: it is kept as long as its host.
    guest.tier = std::min(guest.tier, host.tier);
    guest.item.why = superset_why(guest.item.why, host);
  };
  // The upper-body lift rests in the legs' longest rests: a contrast pair's, else the first lift's.
  if (upper_guest) {
    if (pair_host) {
      // The guest names its host; the pair keeps its own links, both ways.
      rest_in(entries[*upper_guest], entries[*pair_host]);
      entries[*upper_guest].item.pair_with = entries[*pair_host].item.exercise;
      entries[*upper_guest].partner = static_cast<int>(*pair_host);
    } else {
      guests.insert(guests.begin(), *upper_guest);
    }
  }
  for (std::size_t k = 0; k < std::min(hosts.size(), guests.size()); ++k) {
    auto& host = entries[hosts[k]];
    auto& guest = entries[guests[k]];
    rest_in(guest, host);
    guest.item.pair_with = host.item.exercise;
    host.item.pair_with = guest.item.exercise;
    guest.partner = static_cast<int>(hosts[k]);
    host.partner = static_cast<int>(guests[k]);
  }
}

std::vector<SessionBuilder::Entry> SessionBuilder::kept_whole_rehab(const std::vector<Entry>& warm_up_entries,
                                                                    ExerciseSet& used, bool eccentric_allowed,
                                                                    std::optional<int> rehab_week,
                                                                    std::optional<core::InjuryRegion>& kept_whole_region) const {
  // Only a current injury's loading is kept whole.
  if (m_picker->profile().current_regions.empty()) return {};
  ExerciseSet warm_up_exercises(m_picker->library());
  for (const auto& entry : warm_up_entries) warm_up_exercises.insert(entry.item.exercise);
  return injury_loading(used, eccentric_allowed, rehab_week, warm_up_exercises, RehabPart::KeptWhole, kept_whole_region);
}

SessionContent SessionBuilder::mobility_with_rehab(core::Minutes budget, std::optional<int> rehab_week) const {
  ExerciseSet used = m_sample_warm_up->used;
  auto entries = m_sample_warm_up->entries;
  std::optional<core::InjuryRegion> kept_whole_region;
  auto loading = kept_whole_rehab(entries, used, rehab_week.has_value(), rehab_week, kept_whole_region);
  if (!rehab_week) {
    // The race week: a few holds in the warm-up settle the tendon (Rio et al. 2015) and keep the
    // session light.
    for (auto& entry : loading) {
      entry.block = SessionBlock::WarmUp;
      entry.item.sets = std::min(entry.item.sets, m_rules->injury_race_week_hold_sets);
      entry.minimum_sets = std::min(entry.minimum_sets, entry.item.sets);
    }
  }
  entries.insert(entries.end(), std::make_move_iterator(loading.begin()), std::make_move_iterator(loading.end()));
  cool_down(used, 1, entries);
  auto content = assemble(std::move(entries), Limits{budget, std::nullopt, std::nullopt});
  content.intensity = intensity_of(content.blocks, *m_rules);
  return content;
}

SessionContent SessionBuilder::light_session(core::Minutes budget) const {
  ExerciseSet used(m_picker->library());
  auto entries = warm_up(used, 3);
  cool_down(used, 2, entries);
  auto content = assemble(std::move(entries), Limits{budget, std::nullopt, std::nullopt});
  content.intensity = intensity_of(content.blocks, *m_rules);
  return content;
}

}  // namespace stride::planning
