#include <algorithm>
#include <optional>
#include <string>

#include "session_items.hpp"
#include "session_wording.hpp"
#include "stride/planning/session_builder.hpp"

// The plyometric drills of a strength session's main block and its core block.
namespace stride::planning {

using core::Exercise;
using core::Pattern;
using core::PhaseName;
using core::Prescription;
using core::Role;

namespace {

constexpr int kPlyometricGroup = 1000;  // the plyometric drills are dropped together

}  // namespace

std::vector<SessionBuilder::Entry> SessionBuilder::plyometrics(const SessionRequest& request, int partner_contacts,
                                                               ExerciseSet& used) const {
  std::vector<Entry> entries;
  int remaining = request.plyometric_contacts - partner_contacts;
  if (!request.heavy_allowed || request.lighter || remaining <= 0) return entries;
  const auto& profile = m_picker->profile();
  std::vector<const Exercise*> drills;
  drills.reserve(2);
  for (bool unilateral : {false, true}) {
    SlotRequest slot;
    slot.patterns = {Pattern::Plyometric};
    slot.explosive_only = true;
    slot.prefer_unilateral = unilateral;
    slot.maximum_impact = unilateral ? request.jump_impact_cap : std::min(core::Impact::Moderate, request.jump_impact_cap);
    slot.target_level = profile.novice() || !unilateral ? 2 : std::min(3, profile.maximum_level());
    if (profile.novice()) slot.prefer_tags = {core::ExerciseTag::Landing};
    if (const auto* drill = m_picker->pick(slot, used)) {
      drills.push_back(drill);
      used.insert(*drill);
    }
  }
  constexpr int kFewestContactsPerSet = 5;
  entries.reserve(drills.size());
  for (std::size_t index = 0; index < drills.size() && remaining > 0; ++index) {
    const auto* drill = drills[index];
    const int sides = drill->unilateral ? 2 : 1;
    const int share = index + 1 == drills.size() ? remaining : (remaining + 1) / 2;
    const int full_set = m_rules->contacts_per_set(drill->id, drill->impact);
    // As many full sets as the share holds, or one smaller set; never past the session's contacts.
    const int per_set = std::min(full_set, share / sides);
    if (per_set < std::min(kFewestContactsPerSet, full_set)) continue;
    const int sets = std::max(1, share / (per_set * sides));
    auto item = make_item(*drill, Role::Plyometric, "");
    dose(item, *drill, sets, per_set, "", m_rules->plyometric_rest_seconds, 10);
    remaining -= sets * per_set * sides;
    // In the power phase the jumps are the point: they outlast the calf and core work in a trim.
    const int tier = request.phase == PhaseName::Power ? 1 : 2;
    append_entry(entries, std::move(item),
                 {.block = SessionBlock::Main, .tier = tier, .pair = kPlyometricGroup,
                  .minimum_sets = sets, .exercise = drill});
  }
  return entries;
}

void SessionBuilder::core_work(const SessionRequest& request, ExerciseSet& used, std::vector<Entry>& entries) const {
  const auto& profile = m_picker->profile();
  const int target_level = request.phase == PhaseName::Stabilization ? 2 : std::min(3, profile.maximum_level());
  CoreWorkKey key{request.variant % 2 != 0, target_level, used.common_with(m_core_exercises)};
  const auto chosen = std::ranges::find(m_core_works, key, &ChosenCoreWork::key);
  if (chosen != m_core_works.end()) {
    for (const auto& entry : chosen->entries) used.insert(*entry.exercise);
    entries.insert(entries.end(), chosen->entries.begin(), chosen->entries.end());
    return;
  }
  std::vector<Entry> made;
  choose_core_work(key.odd_variant, target_level, used, made);
  entries.insert(entries.end(), made.begin(), made.end());
  m_core_works.push_back({std::move(key), std::move(made)});
}

void SessionBuilder::choose_core_work(bool odd_variant, int target_level, ExerciseSet& used,
                                      std::vector<Entry>& entries) const {
  using enum Pattern;
  const auto& profile = m_picker->profile();
  // The two core slots' patterns in order of preference: sessions A and C, then B.
  static const std::vector<SlotPatterns> kEvenChoices{{CoreAntiExtension}, {CoreLateral}};
  static const std::vector<SlotPatterns> kOddChoices{{CoreAntiRotation}, {CoreLateral, CoreAntiExtension}};
  const auto& choices = odd_variant ? kOddChoices : kEvenChoices;
  int tier = 2;
  for (const auto& patterns : choices) {
    SlotRequest slot;
    slot.patterns = patterns;
    slot.prefer_unilateral = false;
    slot.target_level = target_level;
    // Before a postpartum runner is cleared, only the gentle core work of the rules.
    std::optional<ExerciseSet> used_and_not_gentle;
    if (profile.impact_not_cleared) {
      used_and_not_gentle = used;
      used_and_not_gentle->insert_if([&](const Exercise& candidate) {
        return std::ranges::find(m_rules->postpartum_core, candidate.id) == m_rules->postpartum_core.end();
      });
    }
    const auto* exercise = m_picker->pick(slot, used_and_not_gentle ? *used_and_not_gentle : used);
    if (exercise == nullptr) continue;
    used.insert(*exercise);
    auto item = make_item(*exercise, Role::Core, m_core_why);
    dose(item, *exercise, m_rules->core_sets, m_rules->core_reps, "", m_rules->core_rest_seconds,
         m_rules->core_hold_seconds);
    append_entry(entries, std::move(item), {.block = SessionBlock::Core, .tier = tier, .exercise = exercise});
    tier = 4;
  }
}

}  // namespace stride::planning
