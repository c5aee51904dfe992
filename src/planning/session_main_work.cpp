#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <utility>

#include "session_items.hpp"
#include "session_wording.hpp"
#include "stride/planning/session_builder.hpp"

// The main work of a strength session: its slots by phase and variant, the lifts' doses, the
// contrast pairs of the power phase, and the rehab loading of injuries.
namespace stride::planning {

using core::Exercise;
using core::Pattern;
using core::PhaseName;
using core::Prescription;
using core::Role;

double estimated_share_of_maximum(int reps, double rpe) { return 1.0 / (1.0 + (reps + (10.0 - rpe)) / 30.0); }

namespace {

// `sets` scaled by `fraction`, rounded to the nearest set (halves up), at least one.
int scaled_sets(int sets, double fraction) {
  return std::max(1, static_cast<int>(std::lround(sets * fraction)));
}

// The power phase keeps its contrast pairs in deloads too, with fewer sets; a day that cannot hold
// jumps gets none (the planner places power sessions on days that can).
bool contrast_pairs_allowed(const SessionRequest& request) {
  return request.heavy_allowed && !request.lighter && request.plyometric_contacts > 0;
}

// A slot of the main work: what it wants and why it is there.
struct MainSlot {
  std::string_view key;
  SlotRequest request;
  Role role = Role::Strength;
  int tier = 1;
  bool contrast = false;  // the heavy half of a contrast pair (power phase)
  // The heavy half of a contrast pair when no slot before it made one (a runner whose first slot's
  // patterns have no explosive move they can do: calf raises before ankle hops).
  bool contrast_backup = false;
};

std::vector<MainSlot> main_slots(PhaseName phase, int variant, const TrainingProfile& profile) {
  using enum Pattern;
  const int strength_level = profile.novice() ? profile.maximum_level() : std::min(4, profile.maximum_level());
  const int stabilization_level = profile.novice() ? 1 : 2;
  const bool trail = profile.surface == core::Surface::Trail;
  SlotTags step_tags;
  if (trail) step_tags = {core::ExerciseTag::Eccentric, core::ExerciseTag::Downhill};
  SlotTags calf_tags;
  if (profile.past_regions.contains(core::InjuryRegion::AchillesCalf)) calf_tags = {core::ExerciseTag::Tendon};
  const auto slot = [](SlotPatterns patterns, bool unilateral, bool loaded, int level, bool reps_only) {
    SlotRequest request;
    request.patterns = std::move(patterns);
    request.prefer_unilateral = unilateral;
    request.prefer_loaded = loaded;
    request.target_level = level;
    request.reps_only = reps_only;
    request.allow_total_body = false;
    return request;
  };
  std::vector<MainSlot> slots;
  slots.reserve(5);  // the most a session has: three leg slots, the downhill slot and the upper body
  if (phase == PhaseName::Stabilization) {
    const int level = stabilization_level;
    if (variant % 2 == 0) {
      slots.push_back({"single_leg", slot({SingleLeg, Lunge, StepUp}, true, false, level, false), Role::Strength, 0});
      slots.push_back({"hinge", slot({Hinge}, true, false, level, true), Role::Strength, 1});
      slots.push_back({"calf", slot({Calf}, true, false, level, false), Role::Strength, 2});
      slots.back().request.prefer_tags = calf_tags;
    } else {
      slots.push_back({"step", slot({StepUp, Lunge, SingleLeg}, true, false, level, false), Role::Strength, 0});
      slots.back().request.prefer_tags = step_tags;
      slots.push_back({"hinge", slot({Hinge}, false, false, level, true), Role::Strength, 1});
      slots.push_back({"foot", slot({FootAnkle}, true, false, level, false), Role::Strength, 3});
    }
    slots.push_back({"balance", slot({Balance}, true, false, trail ? level + 1 : level, false), Role::Balance, 3});
    return slots;
  }
  const int level = strength_level;
  const bool heavy_pairs = phase == PhaseName::Power;
  if (variant % 2 == 0) {
    slots.push_back({"single_leg", slot({SingleLeg, Lunge, StepUp}, true, true, level, true), Role::Strength, 0,
                     heavy_pairs});
    slots.push_back({"hinge", slot({Hinge}, true, true, level, true), Role::Strength, 1});
    slots.push_back({"calf", slot({Calf}, true, true, level, true), Role::Strength, 2});
    slots.back().request.prefer_tags = calf_tags;
    slots.back().contrast_backup = heavy_pairs;
  } else {
    // The week's one two-leg lift: the heavy half of the power phase's second contrast pair, and
    // otherwise second to a one-leg lift, so that it never outlasts the single-leg work in a trim.
    MainSlot bilateral{"bilateral", slot({Squat, StepUp}, false, true, level, true), Role::Strength,
                             heavy_pairs ? 0 : 1, heavy_pairs};
    MainSlot step{"step", slot({StepUp, Lunge, SingleLeg}, true, true, level, true), Role::Strength, heavy_pairs ? 1 : 0};
    step.request.prefer_tags = step_tags;
    if (heavy_pairs) {
      slots.push_back(std::move(bilateral));
      slots.push_back(std::move(step));
    } else {
      slots.push_back(std::move(step));
      slots.push_back(std::move(bilateral));
    }
    slots.push_back({"hinge", slot({Hinge}, true, true, level, true), Role::Strength, 3});
    slots.back().contrast_backup = heavy_pairs;
  }
  if (trail && phase != PhaseName::Taper) {
    slots.push_back({"downhill", slot({SingleLeg, StepUp}, true, false, level, true), Role::Strength, 3});
    slots.back().request.prefer_tags = {core::ExerciseTag::Eccentric, core::ExerciseTag::Downhill};
  }
  if (phase == PhaseName::Taper) {
    slots.resize(std::min<std::size_t>(slots.size(), 2));
    return slots;
  }
  // Rows, push-ups and presses for posture and arm swing; the week's sessions alternate them.
  if (phase == PhaseName::Strength || phase == PhaseName::Power) {
    const auto upper = variant % 2 == 0 ? SlotPatterns{Pull, Push} : SlotPatterns{Push, Pull};
    slots.push_back({"upper", slot(upper, false, true, level, true), Role::Strength, 1});
  }
  return slots;
}

}  // namespace

void SessionBuilder::keep_below_heavy(Prescription& item) const {
  if (!item.rpe || !item.reps) return;
  const auto heavy = [&] {
    return *item.rpe >= m_rules->heavy_rpe ||
           (item.pct_1rm && *item.pct_1rm >= m_rules->heavy_percent_of_maximum);
  };
  while (heavy() && *item.rpe > 1.0) {
    item.rpe = *item.rpe - 0.5;
    if (item.pct_1rm) item.pct_1rm = 100.0 * estimated_share_of_maximum(*item.reps, *item.rpe);
  }
}

void SessionBuilder::dose_unloaded(Prescription& item, const core::Exercise& exercise) const {
  if (!item.reps) return;
  item.sets = std::min(item.sets, 3);
  const bool two_leg = !exercise.unilateral && (exercise.pattern == Pattern::Squat || exercise.pattern == Pattern::Hinge ||
                                                exercise.pattern == Pattern::Lunge);
  item.reps = std::max(*item.reps, two_leg ? m_rules->unloaded_two_leg_minimum_reps : m_rules->unloaded_minimum_reps);
  item.tempo = m_rules->unloaded_tempo;
  if (item.rpe) item.rpe = std::min(*item.rpe, m_rules->unloaded_maximum_rpe);
  item.pct_1rm.reset();
}

bool SessionBuilder::share_of_maximum_applies(const core::Exercise& exercise) const {
  return is_loaded(exercise) && !exercise.has_tag(core::ExerciseTag::TotalBody) &&
         !exercise.has_tag(core::ExerciseTag::Explosive) &&
         !m_rpe_only_lifts.contains(exercise);
}

const core::Exercise* SessionBuilder::contrast_partner(Pattern pattern, const SessionRequest& request,
                                                       const ExerciseSet& used, bool within_cap_only) const {
  const auto partners = m_rules->contrast_partners.find(pattern);
  if (partners == m_rules->contrast_partners.end()) return nullptr;
  const core::Exercise* beyond_cap = nullptr;
  for (const auto& id : partners->second) {
    const auto* partner = m_picker->usable_by_id(id);
    if (partner == nullptr || used.contains(*partner)) continue;
    if (partner->impact <= request.jump_impact_cap) return partner;
    if (beyond_cap == nullptr) beyond_cap = partner;
  }
  // Nothing of the pattern within the cap: its gentlest explosive move, a few reps after the lift.
  return within_cap_only ? nullptr : beyond_cap;
}

const std::vector<SessionBuilder::MainChoice>& SessionBuilder::main_work_choices(const SessionRequest& request,
                                                                                 ExerciseSet& used) const {
  const MainWorkKey key{request.phase, request.variant % 2, request.eccentric_allowed,
                        contrast_pairs_allowed(request), request.jump_impact_cap};
  for (const auto& chosen : m_main_work_choices) {
    if (chosen.key != key || chosen.used_before != used) continue;
    for (const auto& choice : chosen.choices) {
      used.insert(*choice.exercise);
      if (choice.partner != nullptr) used.insert(*choice.partner);
    }
    return chosen.choices;
  }
  auto used_before = used;
  auto choices = choose_main_work(request, used);
  return m_main_work_choices.emplace_back(ChosenMainWork{key, std::move(used_before), std::move(choices)}).choices;
}

std::vector<SessionBuilder::MainChoice> SessionBuilder::choose_main_work(const SessionRequest& request,
                                                                        ExerciseSet& used) const {
  const auto& profile = m_picker->profile();
  const bool contrast_allowed = contrast_pairs_allowed(request);
  std::vector<MainChoice> choices;
  int pairs = 0;
  auto slots = main_slots(request.phase, request.variant, profile);
  choices.reserve(slots.size());
  for (auto& slot : slots) {
    if (slot.contrast_backup && pairs == 0) slot.contrast = true;
    auto& slot_request = slot.request;
    // Slow lowering does not prime a jump: the heavy half of a contrast pair is never eccentric work.
    if (!request.eccentric_allowed || (slot.contrast && contrast_allowed)) {
      slot_request.avoid_tags.push_back(core::ExerciseTag::Eccentric);
    }
    // Most lower-body lifts are single-leg: a slot that prefers one leg takes a one-leg lift
    // whenever the runner has one, loaded or not. The heavy half of a contrast pair is loaded
    // whenever the runner has weights.
    if (request.phase == PhaseName::Taper) slot_request.avoid_tags.push_back(core::ExerciseTag::Eccentric);
    const core::Exercise* exercise = nullptr;
    // The slot's request asked with one-leg or loaded exercises only, or neither.
    const auto pick_only = [&](bool unilateral_only, bool loaded_only, const ExerciseSet& excluded) {
      slot_request.unilateral_only = unilateral_only;
      slot_request.loaded_only = loaded_only;
      return m_picker->pick(slot_request, excluded);
    };
    if (slot.contrast && contrast_allowed) {
      // The heavy half of a contrast pair comes from a pattern with an explosive move to follow it,
      // one within the session's jump impact cap when a pattern has one.
      const auto partnered = [&](bool within_cap_only) {
        auto patterns = slot_request.patterns;
        patterns.erase(std::remove_if(patterns.begin(), patterns.end(),
                                      [&](Pattern pattern) {
                                        return contrast_partner(pattern, request, used, within_cap_only) == nullptr;
                                      }),
                       patterns.end());
        return patterns;
      };
      if (auto gentle = partnered(true); !gentle.empty()) {
        slot_request.patterns = std::move(gentle);
      } else if (auto any = partnered(false); !any.empty()) {
        slot_request.patterns = std::move(any);
      }
      exercise = pick_only(slot_request.prefer_unilateral, true, used);
    }
    // No overhead pressing while the screen sees the arms fall forward or the shoulders rise: rows
    // and presses in front of the body until the overhead squat is clean.
    const bool no_overhead = slot.key == "upper" && profile.shoulders_compensate;
    std::optional<ExerciseSet> used_and_overhead;
    if (no_overhead) {
      used_and_overhead = used;
      used_and_overhead->insert_all(m_overhead_presses);
    }
    const auto& excluded = used_and_overhead ? *used_and_overhead : used;
    if (exercise == nullptr && slot_request.prefer_unilateral) exercise = pick_only(true, false, excluded);
    if (exercise == nullptr) exercise = pick_only(false, false, excluded);
    if (exercise == nullptr) continue;
    used.insert(*exercise);
    MainChoice choice{slot.key, slot.role, slot.tier, slot.contrast && contrast_allowed, exercise, nullptr};
    if (choice.contrast) {
      choice.partner = contrast_partner(exercise->pattern, request, used);
      if (choice.partner != nullptr) {
        used.insert(*choice.partner);
        ++pairs;
      }
    }
    choices.push_back(choice);
  }
  return choices;
}

const core::SharedString& SessionBuilder::main_why(const MainWhyKey& key) const {
  auto& last = m_last_main_why[static_cast<std::size_t>(key.exercise - m_picker->library().all().data())];
  for (int index = last; index >= 0; index = m_main_whys[static_cast<std::size_t>(index)].earlier) {
    const auto& written = m_main_whys[static_cast<std::size_t>(index)];
    if (written.key == key) return written.why;
  }
  std::string why;
  if (key.explosive) {
    why = wording::contrast_explosive_why(key.exercise->name);
  } else {
    const bool trail = m_picker->profile().surface == core::Surface::Trail;
    const bool loaded = is_loaded(*key.exercise);
    // The pair's words, then the slot's, then the weaker side's: written into one block.
    constexpr std::size_t kRoom = 640;
    why.reserve(kRoom + m_imbalance_suffix.size());
    if (key.partner != nullptr) {
      wording::append_contrast_heavy_why(why, key.partner->name, key.rest_seconds, loaded);
      why += ' ';
    }
    const auto suffix = wording::dose_suffix(key.phase, key.deload, key.lighter, key.phase == PhaseName::Taper);
    wording::append_slot_why(why, key.slot, key.phase, trail, loaded, suffix);
    if (key.extra_set) why += m_imbalance_suffix;
  }
  m_main_whys.push_back({key, std::move(why), last});
  last = static_cast<int>(m_main_whys.size()) - 1;
  return m_main_whys.back().why;
}

void SessionBuilder::main_work(const SessionRequest& request, ExerciseSet& used, std::vector<Entry>& entries) const {
  const auto& profile = m_picker->profile();
  const auto& phase_dose = dose_for(request.phase);
  // The taper keeps the last step's reps and effort with fewer sets.
  const auto& step = request.phase == PhaseName::Taper
                         ? phase_dose.steps.back()
                         : phase_dose.steps[std::min<std::size_t>(static_cast<std::size_t>(request.step),
                                                                  phase_dose.steps.size() - 1)];
  int sets = step.sets;
  if (request.phase == PhaseName::Taper) sets = scaled_sets(sets, m_rules->taper_set_fraction);
  if (request.deload) sets = scaled_sets(sets, m_rules->deload_set_fraction);
  if (request.lighter) sets = scaled_sets(sets, m_rules->lighter_set_fraction);
  const bool building = request.phase != PhaseName::Stabilization;
  int contacts_left = request.plyometric_contacts;

  int pair_number = 0;
  bool essential_placed = false;
  for (const auto& choice : main_work_choices(request, used)) {
    const auto* exercise = choice.exercise;
    const bool upper = exercise->pattern == Pattern::Push || exercise->pattern == Pattern::Pull;
    MainWhyKey why{.exercise = exercise, .slot = choice.slot, .phase = request.phase, .deload = request.deload,
                   .lighter = request.lighter};
    auto item = make_item(*exercise, choice.role, {});
    const bool contrast = choice.contrast;
    const int rest = contrast ? phase_dose.rest_seconds : std::min(phase_dose.rest_seconds, m_rules->strength.rest_seconds);
    dose(item, *exercise, sets, step.reps, phase_dose.tempo, rest, 30);
    if (step.rpe && item.reps) {
      item.rpe = request.lighter || request.deload ? *step.rpe - 1.0 : *step.rpe;
      if (share_of_maximum_applies(*exercise)) {
        item.pct_1rm = 100.0 * estimated_share_of_maximum(step.reps, *item.rpe);
      }
    }
    if (building && !is_loaded(*exercise)) dose_unloaded(item, *exercise);
    // Calves work in sets of 10 or more: the Achilles takes heavy, not maximal, loading.
    if (exercise->pattern == Pattern::Calf && item.reps && *item.reps < m_rules->unloaded_minimum_reps) {
      item.reps = m_rules->unloaded_minimum_reps;
      item.sets = std::min(item.sets, 3);
      if (item.rpe && item.pct_1rm) item.pct_1rm = 100.0 * estimated_share_of_maximum(*item.reps, *item.rpe);
    }
    // Grow from what was really prescribed: at most the cap carried from the last loading week.
    if (const auto cap = request.volume_caps.find(exercise->id); cap != request.volume_caps.end() && item.reps) {
      while (item.sets > 1 && item.sets * *item.reps > cap->second) --item.sets;
      // One set over the cap: a loaded lift takes fewer reps (unloaded reps have their floor).
      if (item.sets * *item.reps > cap->second && is_loaded(*exercise) && cap->second >= 1) {
        item.reps = cap->second;
        if (item.rpe && item.pct_1rm) item.pct_1rm = 100.0 * estimated_share_of_maximum(*item.reps, *item.rpe);
      }
    }
    // The taper keeps the effort the last loading week really held, never more.
    if (request.effort_cap && item.rpe && *item.rpe > *request.effort_cap) {
      item.rpe = *request.effort_cap;
      if (item.pct_1rm && item.reps) item.pct_1rm = 100.0 * estimated_share_of_maximum(*item.reps, *item.rpe);
    }
    // Youth lift for technique, never at maximal effort (docs/planning.md, "Life stages").
    // A deload is lighter in effort too: its lifts stay below what makes a session heavy.
    if (!request.heavy_allowed || profile.youth || request.deload) keep_below_heavy(item);
    const bool weaker_side_injured = profile.current_injury_sides.contains(profile.weaker_side) ||
                                     profile.current_injury_sides.contains(core::Side::Both);
    if (item.per_side && !upper && profile.weaker_side != core::Side::None) {
      item.side_first = profile.weaker_side;
      if (!weaker_side_injured) {
        item.extra_sets_side = profile.weaker_side;
        why.extra_set = true;
      }
    }
    const int minimum_sets = request.deload || request.phase == PhaseName::Stabilization ? 1 : std::min(item.sets, 2);
    // The first lower-body lift the runner can do is the session's essential one, whichever slot
    // it came from (a current knee injury leaves the single-leg slot empty).
    const int tier = essential_placed || upper ? choice.tier : 0;
    if (!upper) essential_placed = true;
    if (!contrast) {
      item.why = main_why(why);
      append_entry(entries, std::move(item),
                   {.block = SessionBlock::Main, .tier = tier, .minimum_sets = minimum_sets, .exercise = exercise});
      continue;
    }
    const auto* partner = choice.partner;
    if (partner == nullptr) {
      // No explosive move follows it: it rests like any lift.
      item.rest_seconds = std::min(phase_dose.rest_seconds, m_rules->strength.rest_seconds);
      item.why = main_why(why);
      append_entry(entries, std::move(item),
                   {.block = SessionBlock::Main, .tier = tier, .minimum_sets = minimum_sets, .exercise = exercise});
      continue;
    }
    // About half the heavy reps, fewer when the session's contacts would not hold them.
    const int sides = partner->unilateral ? 2 : 1;
    int explosive_reps = (item.reps.value_or(step.reps) + 1) / 2;
    // All-out jumps come a few to a set, never done tired.
    explosive_reps = std::min(explosive_reps, m_rules->contacts_per_set(partner->id, partner->impact));
    if (partner->measure == core::Measure::Contacts) {
      while (explosive_reps > 2 && item.sets * explosive_reps * sides > contacts_left) --explosive_reps;
      contacts_left -= item.sets * explosive_reps * sides;
    }
    auto explosive = make_item(*partner, partner->pattern == Pattern::Plyometric ? Role::Plyometric : Role::Power, {});
    MainWhyKey explosive_why;
    explosive_why.exercise = exercise;
    explosive_why.explosive = true;
    explosive.why = main_why(explosive_why);
    dose(explosive, *partner, item.sets, explosive_reps, "", m_rules->explosive_rest_seconds, 10);
    explosive.pair_with = m_exercise_strings.id(*exercise);
    item.pair_with = m_exercise_strings.id(*partner);
    why.partner = partner;
    why.rest_seconds = item.rest_seconds;
    item.why = main_why(why);
    append_entry(entries, std::move(item),
                 {.block = SessionBlock::Main, .tier = 0, .pair = pair_number,
                  .minimum_sets = minimum_sets, .exercise = exercise});
    append_entry(entries, std::move(explosive),
                 {.block = SessionBlock::Main, .tier = 0, .pair = pair_number,
                  .minimum_sets = minimum_sets, .exercise = partner});
    ++pair_number;
  }
}

std::vector<SessionBuilder::Entry> SessionBuilder::injury_loading(ExerciseSet& used, bool eccentric_allowed,
                                                                  std::optional<int> rehab_week,
                                                                  const ExerciseSet& may_take,
                                                                  RehabPart part,
                                                                  std::optional<core::InjuryRegion>& kept_whole_region) const {
  const auto& profile = m_picker->profile();
  std::vector<Entry> entries;
  const auto first_usable = [&](core::InjuryRegion region,
                                const std::map<core::InjuryRegion, std::vector<std::string>>& lists) {
    const auto found = lists.find(region);
    if (found == lists.end()) return static_cast<const core::Exercise*>(nullptr);
    // An exercise nothing else holds first, then one of `may_take`.
    for (const bool taking : {false, true}) {
      for (const auto& id : found->second) {
        const auto* candidate = m_picker->usable_for_rehab(id, region);
        if (candidate == nullptr || (used.contains(*candidate) && !(taking && may_take.contains(*candidate)))) continue;
        if (!eccentric_allowed && candidate->has_tag(core::ExerciseTag::Eccentric)) continue;
        return candidate;
      }
    }
    return static_cast<const core::Exercise*>(nullptr);
  };
  const auto add_for = [&](core::InjuryRegion region, bool current) {
    // Slow heavy loading once a current injury's isometric weeks are over, from the start for a
    // recovering one; the holds when it has no usable exercise.
    int slow_step = -1;  // the step of rehab_slow_heavy, or -1 for the holds
    if (rehab_week) slow_step = std::max(-1, current ? *rehab_week - m_rules->injury_isometric_weeks : *rehab_week);
    const bool kept_whole = part == RehabPart::KeptWhole && current && entries.empty();
    const core::Exercise* exercise = slow_step >= 0 ? first_usable(region, m_rules->injury_progression) : nullptr;
    if (exercise == nullptr) slow_step = -1;
    if (exercise == nullptr) exercise = first_usable(region, m_rules->injury_loading);
    if (exercise == nullptr) return;
    used.insert(*exercise);
    auto item = make_item(*exercise, Role::Rehab, wording::injury_loading_why(region, current, *exercise, slow_step >= 0));
    if (slow_step >= 0) {
      const auto& steps = m_rules->rehab_slow_heavy.steps;
      const auto& step = steps[static_cast<std::size_t>(std::min(slow_step, static_cast<int>(steps.size()) - 1))];
      // Without a weight to add, the reps stay high enough to tire the tissue at the slow tempo.
      const int reps = is_loaded(*exercise) ? step.reps : std::max(step.reps, m_rules->injury_unloaded_minimum_reps);
      dose(item, *exercise, step.sets, reps, m_rules->rehab_slow_heavy.tempo, m_rules->rehab_slow_heavy.rest_seconds, 30);
    } else if (exercise->measure == core::Measure::HoldSeconds) {
      dose(item, *exercise, m_rules->injury_hold_sets, 0, "", 60, m_rules->injury_hold_seconds);
    } else {
      dose(item, *exercise, m_rules->injury_eccentric_sets, m_rules->injury_eccentric_reps, "3-0-1", 60, 30);
    }
    // A one-sided injury is loaded on its own side.
    if (const auto side = profile.injury_side.find(region);
        item.per_side && side != profile.injury_side.end() &&
        (side->second == core::Side::Left || side->second == core::Side::Right)) {
      item.per_side = false;
      item.side_first = side->second;
      item.why += fmt::format(" On the injured {} side only.", core::enum_name(side->second));
    }
    // The dose is its own and kept whole: trimming takes sets from lifts. The first current
    // injury's loading is never left out; the others go, whole, when a short session cannot hold them.
    const int sets = item.sets;
    const int tier = kept_whole ? 0 : 1;
    append_entry(entries, std::move(item),
                 {.block = SessionBlock::Main, .tier = tier, .minimum_sets = sets, .exercise = exercise});
  };
  if (part == RehabPart::KeptWhole) {
    for (auto region : profile.current_regions) {
      const auto before = entries.size();
      add_for(region, true);
      if (entries.size() > before) {
        kept_whole_region = region;
        break;
      }
    }
    return entries;
  }
  for (auto region : profile.current_regions) {
    if (region != kept_whole_region) add_for(region, true);
  }
  for (auto region : profile.recovering_regions) {
    if (!profile.current_regions.contains(region)) add_for(region, false);
  }
  return entries;
}

}  // namespace stride::planning
