#include <algorithm>

#include "session_items.hpp"
#include "session_wording.hpp"
#include "stride/planning/session_builder.hpp"

// The corrective items of sessions: the warm-up's activations, the cool-down's rolls, stretches
// and breathing, the items a week still lacks, and the correctives sessions that hold them.
namespace stride::planning {

using core::Prescription;
using core::Role;

namespace {

// The longest hold a corrective item keeps in a session that covers every finding.
constexpr int kCoveringHoldSeconds = 30;

// Items from the routine's covers that give every finding its release (`release`) or its
// activation: a set cover over findings, repeatedly the exercise that serves the most findings
// still without one (ties: the earliest place in a finding's list, so the routine's own choice
// first), among those the runner may do in a session (`usable`: by finding, the picker's exercise
// for each option, or nullptr) and that are not in `used`. A finding none
// of whose options is usable goes without, and so does one with an option in `held` (already
// served elsewhere). The items are made of the options chosen with `rules`, those the routine was
// built with (cover_option_item). Each item is one set, holds at most 30 s. With `quickest` (the
// timing rules) the exercise chosen each time is the one with the fewest seconds per finding it
// serves.
std::vector<Prescription> covering_items(const CorrectiveRoutine& routine, bool release,
                                         const std::vector<std::vector<const core::Exercise*>>& usable,
                                         const ExerciseSet& used, const CorrectiveRules& rules,
                                         const ExerciseIds& held = {},
                                         const CorrectiveRules* quickest = nullptr) {
  const auto covering = [](Prescription item) {
    item.sets = 1;
    if (item.hold_seconds) item.hold_seconds = std::min(*item.hold_seconds, kCoveringHoldSeconds);
    return item;
  };
  const auto options_of = [&](const FindingCover& cover) -> const CoverOptions& {
    return release ? cover.release : cover.activate;
  };
  // Each finding's options looked up once: the exercise when the runner may do it and `used` does
  // not hold it (else nullptr), and its seconds as a covering item (1 without `quickest`). Two
  // options name the same exercise exactly when their usable exercises are the same non-null one,
  // which is all the choice below compares: the exercise it chose is usable.
  struct Option {
    const core::Exercise* usable;
    long seconds;
  };
  std::vector<std::vector<Option>> options(routine.covers.size());
  std::vector<std::size_t> uncovered;
  for (std::size_t index = 0; index < routine.covers.size(); ++index) {
    const auto& finding_options = options_of(routine.covers[index]);
    if (std::ranges::any_of(finding_options.exercises,
                            [&](const core::Exercise* exercise) { return held.contains(exercise->id); })) {
      continue;
    }
    bool any_usable = false;
    options[index].reserve(finding_options.size());
    for (std::size_t position = 0; position < finding_options.size(); ++position) {
      const auto* exercise = usable[index][position];
      if (exercise != nullptr && used.contains(*exercise)) exercise = nullptr;
      const long seconds =
          quickest != nullptr && exercise != nullptr
              ? estimate_duration(covering(cover_option_item(finding_options, position, rules)), *quickest).count()
              : 1;
      options[index].push_back({exercise, seconds});
      any_usable = any_usable || exercise != nullptr;
    }
    if (any_usable) uncovered.push_back(index);
  }
  const auto offers = [&](std::size_t index, const core::Exercise* exercise) {
    return std::ranges::any_of(options[index], [&](const Option& option) { return option.usable == exercise; });
  };
  std::vector<Prescription> items;
  while (!uncovered.empty()) {
    const Option* best = nullptr;
    std::size_t best_finding = 0;  // whose options hold `best`
    std::size_t best_count = 0;
    std::size_t best_position = 0;
    long best_seconds = 1;
    for (auto index : uncovered) {
      const auto& finding_options = options[index];
      for (std::size_t position = 0; position < finding_options.size(); ++position) {
        const auto& option = finding_options[position];
        if (option.usable == nullptr) continue;
        const auto count = static_cast<std::size_t>(
            std::ranges::count_if(uncovered, [&](std::size_t other) { return offers(other, option.usable); }));
        // More findings per second (per item, without `quickest`), then the earlier place.
        const long more = static_cast<long>(count) * best_seconds - static_cast<long>(best_count) * option.seconds;
        if (best == nullptr || more > 0 || (more == 0 && position < best_position)) {
          best = &option;
          best_finding = index;
          best_count = count;
          best_position = position;
          best_seconds = option.seconds;
        }
      }
    }
    std::erase_if(uncovered, [&](std::size_t index) { return offers(index, best->usable); });
    auto& item = items.emplace_back(
        covering(cover_option_item(options_of(routine.covers[best_finding]), best_position, rules)));
    item.why = cover_option_why(routine, best_finding, item);
  }
  return items;
}

}  // namespace

HeldCorrectives held_correctives(const std::vector<const core::PlannedSession*>& sessions) {
  HeldCorrectives held;
  // Room for every item of the week in each list, made once.
  std::size_t items = 0;
  for (const auto* session : sessions) {
    for (const auto& block : session->blocks) items += block.items.size();
  }
  held.activations.reserve(items);
  held.releases.reserve(items);
  for (const auto* session : sessions) {
    for (const auto& block : session->blocks) {
      for (const auto& item : block.items) {
        // Rehab loading with an activation exercise (a slow single-leg calf raise) activates too.
        if (item.role == Role::Activate || item.role == Role::Rehab) held.activations.insert(item.exercise);
        if (item.role == Role::Inhibit || item.role == Role::Lengthen) held.releases.insert(item.exercise);
      }
    }
  }
  return held;
}

std::vector<Prescription> SessionBuilder::missing_correctives(
    const std::vector<const core::PlannedSession*>& week) const {
  if (m_routine == nullptr) return {};
  const auto held = held_correctives(week);
  const ExerciseSet none(m_picker->library());
  auto items = covering_items(*m_routine, false, m_cover_activate_exercises, none, *m_timing, held.activations);
  for (auto& item : covering_items(*m_routine, true, m_cover_release_exercises, none, *m_timing, held.releases)) {
    items.push_back(std::move(item));
  }
  return items;
}

std::vector<SessionBuilder::Entry> SessionBuilder::warm_up(ExerciseSet& used, int mobility_items,
                                                           CorrectiveCoverage coverage,
                                                           const HeldCorrectives& held) const {
  // Room for a whole session: strength_session appends the rest of its items to these.
  std::vector<Entry> entries;
  entries.reserve(kSessionEntries);
  int placed = 0;
  for (const auto* exercise : m_defaults.warm_up_mobility) {
    if (placed == mobility_items) break;
    if (used.contains(*exercise)) continue;
    auto item = make_item(*exercise, Role::Mobility, wording::warm_up_mobility_why());
    dose(item, *exercise, 1, m_rules->warm_up_reps, "", 0, 30);
    append_entry(entries, std::move(item), {.block = SessionBlock::WarmUp, .tier = placed == 0 ? 0 : 4});
    used.insert(*exercise);
    ++placed;
  }
  int activations = 0;
  const CorrectiveRules* quickest = coverage == CorrectiveCoverage::EveryFindingQuickest ? m_timing : nullptr;
  if (m_routine != nullptr && coverage != CorrectiveCoverage::Sample) {
    for (auto& item :
         covering_items(*m_routine, false, m_cover_activate_exercises, used, *m_timing, held.activations, quickest)) {
      used.insert(item.exercise);
      append_entry(entries, std::move(item), {.block = SessionBlock::WarmUp, .tier = 0});
      ++activations;
    }
  }
  if (m_routine != nullptr && coverage == CorrectiveCoverage::Sample) {
    for (const auto& block : m_routine->blocks) {
      if (block.name != "activate") continue;
      for (const auto& source : block.items) {
        if (activations == 2) continue;
        const auto* exercise = m_picker->usable_by_id(source.exercise);
        if (exercise == nullptr || used.contains(*exercise)) continue;
        auto item = source;
        item.sets = 1;
        append_entry(entries, std::move(item), {.block = SessionBlock::WarmUp, .tier = activations == 0 ? 2 : 4});
        used.insert(*exercise);
        ++activations;
      }
    }
  }
  if (activations == 0) {
    if (const auto* exercise = first_unused(m_defaults.activation, used)) {
      auto item = make_item(*exercise, Role::Activate, wording::default_activation_why());
      dose(item, *exercise, 1, 12, m_timing->activation_tempo, 0, 30);
      append_entry(entries, std::move(item), {.block = SessionBlock::WarmUp, .tier = 3});
      used.insert(*exercise);
    }
  }
  for (auto& entry : entries) drop_barred_extra_set(entry.item);
  return entries;
}

void SessionBuilder::cool_down(ExerciseSet& used, int items, std::vector<Entry>& into, CorrectiveCoverage coverage,
                               const HeldCorrectives& held) const {
  const auto append = [&](std::vector<Entry>& entries) {
    into.insert(into.end(), std::make_move_iterator(entries.begin()), std::make_move_iterator(entries.end()));
  };
  if (!held.releases.empty()) {
    auto entries = choose_cool_down(used, items, coverage, held);
    append(entries);
    return;
  }
  CoolDownKey key{items, coverage, used.common_with(m_cool_down_reads)};
  const auto chosen = std::ranges::find(m_cool_downs, key, &ChosenCoolDown::key);
  if (chosen != m_cool_downs.end()) {
    for (const auto* exercise : chosen->taken) used.insert(*exercise);
    into.insert(into.end(), chosen->entries.begin(), chosen->entries.end());
    return;
  }
  auto entries = choose_cool_down(used, items, coverage, held);
  ChosenCoolDown made{std::move(key), entries, {}};
  for (const auto& entry : entries) {
    if (const auto* exercise = m_picker->library().find(entry.item.exercise)) made.taken.push_back(exercise);
  }
  m_cool_downs.push_back(std::move(made));
  append(entries);
}

std::vector<SessionBuilder::Entry> SessionBuilder::choose_cool_down(ExerciseSet& used, int items,
                                                                    CorrectiveCoverage coverage,
                                                                    const HeldCorrectives& held) const {
  std::vector<Entry> entries;
  entries.reserve(static_cast<std::size_t>(items) + 4);  // the sample's items, or a few per finding
  std::vector<Prescription> covering;
  if (m_routine != nullptr && coverage != CorrectiveCoverage::Sample) {
    const CorrectiveRules* quickest = coverage == CorrectiveCoverage::EveryFindingQuickest ? m_timing : nullptr;
    covering = covering_items(*m_routine, true, m_cover_release_exercises, used, *m_timing, held.releases, quickest);
  }
  const auto from_routine = [&](std::string_view block_name, Role role) {
    int added = 0;
    if (m_routine == nullptr) return added;
    if (coverage != CorrectiveCoverage::Sample) {
      for (auto& item : covering) {
        if (item.role != role) continue;
        used.insert(item.exercise);
        append_entry(entries, std::move(item), {.block = SessionBlock::CoolDown, .tier = 0});
        ++added;
      }
      return added;
    }
    for (const auto& block : m_routine->blocks) {
      if (block.name != block_name) continue;
      for (const auto& source : block.items) {
        if (added == items) continue;
        const auto* exercise = m_picker->usable_by_id(source.exercise);
        if (exercise == nullptr || used.contains(*exercise)) continue;
        auto item = source;
        item.role = role == Role::Inhibit ? Role::Inhibit : Role::Lengthen;
        append_entry(entries, std::move(item), {.block = SessionBlock::CoolDown, .tier = added == 0 ? 2 : 4});
        used.insert(*exercise);
        ++added;
      }
    }
    return added;
  };
  const auto from_defaults = [&](const std::vector<const core::Exercise*>& exercises, Role role, const std::string& why) {
    if (const auto* exercise = first_unused(exercises, used)) {
      auto item = make_item(*exercise, role, why);
      dose(item, *exercise, 1, 10, "", 0, role == Role::Inhibit ? m_timing->smr_hold_seconds
                                                                   : m_timing->stretch_hold_seconds);
      append_entry(entries, std::move(item), {.block = SessionBlock::CoolDown, .tier = 2});
      used.insert(*exercise);
    }
  };
  if (from_routine("inhibit", Role::Inhibit) == 0) from_defaults(m_defaults.inhibit, Role::Inhibit, wording::default_inhibit_why());
  if (from_routine("lengthen", Role::Lengthen) == 0) {
    from_defaults(m_defaults.lengthen, Role::Lengthen, wording::default_lengthen_why());
  }
  if (const auto* exercise = first_unused(m_defaults.breathing, used)) {
    auto item = make_item(*exercise, Role::CoolDown, wording::breathing_why());
    dose(item, *exercise, 1, m_rules->breathing_reps, m_rules->breathing_tempo, 0,
         m_rules->breathing_hold_seconds);
    append_entry(entries, std::move(item), {.block = SessionBlock::CoolDown, .tier = 2});
    used.insert(*exercise);
  }
  for (auto& entry : entries) drop_barred_extra_set(entry.item);
  return entries;
}

std::vector<std::vector<core::Prescription>> SessionBuilder::split_correctives(std::vector<core::Prescription> items,
                                                                              core::Minutes budget) const {
  std::vector<std::vector<core::Prescription>> groups;
  core::Seconds filled{0};
  for (auto& item : items) {
    const auto seconds = estimate_duration(item, *m_timing);
    if (groups.empty() || filled + seconds > core::Seconds(budget)) {
      groups.emplace_back();
      filled = core::Seconds(0);
    }
    filled += seconds;
    groups.back().push_back(std::move(item));
  }
  return groups;
}

SessionContent SessionBuilder::correctives_session(std::vector<core::Prescription> items, core::Minutes budget,
                                                   bool race_week_holds) const {
  std::vector<Entry> entries;
  entries.reserve(items.size());
  for (auto& item : items) {
    const auto block = item.role == core::Role::Inhibit    ? SessionBlock::Inhibit
                       : item.role == core::Role::Lengthen ? SessionBlock::Lengthen
                                                           : SessionBlock::Activate;
    append_entry(entries, std::move(item), {.block = block, .tier = 0});
  }
  if (race_week_holds) {
    ExerciseSet used(m_picker->library());
    for (const auto& entry : entries) used.insert(entry.item.exercise);
    std::optional<core::InjuryRegion> kept_whole_region;
    auto holds = kept_whole_rehab({}, used, false, std::nullopt, kept_whole_region);
    for (auto& entry : holds) {
      entry.block = SessionBlock::WarmUp;
      entry.item.sets = std::min(entry.item.sets, m_rules->injury_race_week_hold_sets);
      entry.minimum_sets = std::min(entry.minimum_sets, entry.item.sets);
    }
    entries.insert(entries.end(), std::make_move_iterator(holds.begin()), std::make_move_iterator(holds.end()));
  }
  auto content = assemble(std::move(entries), Limits{budget, std::nullopt, std::nullopt});
  content.intensity = intensity_of(content.blocks, *m_rules);
  return content;
}

}  // namespace stride::planning
