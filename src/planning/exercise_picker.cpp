#include "stride/planning/exercise_picker.hpp"

#include <algorithm>
#include <cstdlib>
#include <functional>

namespace stride::planning {

bool is_loaded(core::EquipmentBits needed) {
  using enum core::Equipment;
  constexpr auto kLoading =
      core::equipment_bit(Dumbbells) | core::equipment_bit(Kettlebell) | core::equipment_bit(Barbell) |
      core::equipment_bit(Cable);
  return (needed & kLoading) != 0;
}

bool is_loaded(const core::Exercise& exercise) {
  return std::ranges::any_of(exercise.equipment,
                             [](core::Equipment item) { return is_loaded(core::equipment_bit(item)); });
}

ExerciseSet::ExerciseSet(const core::ExerciseLibrary& library)
    : m_library(&library), m_words((library.all().size() + 63) / 64) {}

std::size_t ExerciseSet::position_of(const core::Exercise& exercise) const {
  return static_cast<std::size_t>(&exercise - m_library->all().data());
}

bool ExerciseSet::contains(const core::Exercise& exercise) const {
  const auto position = position_of(exercise);
  return ((m_words[position / 64] >> (position % 64)) & 1U) != 0;
}

bool ExerciseSet::contains(std::string_view id) const {
  const auto* exercise = m_library->find(id);
  return exercise != nullptr && contains(*exercise);
}

void ExerciseSet::insert(const core::Exercise& exercise) { set(position_of(exercise)); }

void ExerciseSet::insert(std::string_view id) {
  if (const auto* exercise = m_library->find(id)) insert(*exercise);
}

ExercisePicker::ExercisePicker(const core::ExerciseLibrary& library, const TrainingProfile& profile)
    : m_library(&library),
      m_profile(&profile),
      m_lower_limb_current(profile.lower_limb_injury_current()),
      m_lower_limb_active(profile.lower_limb_injury_active()) {
  static_assert(static_cast<unsigned>(core::InjuryRegion::Other) < 32, "every region has a bit of m_injured_regions");
  for (const auto* regions : {&profile.current_regions, &profile.recovering_regions}) {
    for (auto region : *regions) m_injured_regions |= 1U << static_cast<unsigned>(region);
  }
  const auto available = core::equipment_bits(profile.equipment);
  m_traits.reserve(library.all().size());
  for (std::size_t position = 0; position < library.all().size(); ++position) {
    const auto& exercise = library.all()[position];
    const auto needed = library.equipment_needed(position);
    const bool doable = core::doable_with(needed, available);
    Traits traits;
    for (auto tag : exercise.tags) traits.tags |= tag_bit(tag);
    traits.usable = usable(exercise, doable);
    traits.loaded = is_loaded(needed);
    m_has_weights = m_has_weights || (traits.loaded && doable);
    m_traits.push_back(traits);
  }
  for (const auto pattern : core::enum_values<core::Pattern>()) {
    auto& candidates = m_candidates[static_cast<std::size_t>(pattern)];
    const auto of_pattern = library.of_pattern(pattern);
    candidates.reserve(of_pattern.size());
    for (const core::Exercise& exercise : of_pattern) {
      const auto& traits = m_traits[static_cast<std::size_t>(&exercise - library.all().data())];
      if (!traits.usable) continue;
      candidates.push_back({&exercise, traits.tags, exercise.level, exercise.impact,
                            exercise.measure == core::Measure::Reps, exercise.unilateral, traits.loaded});
    }
  }
}

bool is_knee_dominant(core::Pattern pattern) {
  using core::Pattern;
  return pattern == Pattern::Squat || pattern == Pattern::Lunge || pattern == Pattern::SingleLeg ||
         pattern == Pattern::StepUp;
}

bool raises_the_heel(const core::Exercise& exercise) {
  if (exercise.pattern == core::Pattern::Calf) return true;
  if (exercise.pattern != core::Pattern::FootAnkle) return false;
  const auto calf = [](const std::string& muscle) {
    return muscle.starts_with("gastrocnemius") || muscle == "soleus" || muscle == "calves";
  };
  return std::ranges::any_of(exercise.primary_muscles, calf) || std::ranges::any_of(exercise.secondary_muscles, calf);
}

bool ExercisePicker::usable(const core::Exercise& exercise) const {
  return usable(exercise, exercise.doable_with(m_profile->equipment));
}

bool ExercisePicker::usable(const core::Exercise& exercise, bool doable) const {
  // A current injury's region is loaded only by its pain-monitored rehab: no knee-dominant lift
  // with a current knee injury, no calf raise (any heel raise against the calf) with a current
  // Achilles or calf injury.
  const auto& current = m_profile->current_regions;
  if (current.contains(core::InjuryRegion::Knee) && is_knee_dominant(exercise.pattern)) return false;
  if (current.contains(core::InjuryRegion::AchillesCalf) && raises_the_heel(exercise)) return false;
  return usable_apart_from_knee(exercise, doable);
}

const core::Exercise* ExercisePicker::usable_for_rehab(std::string_view id, core::InjuryRegion region) const {
  const auto* exercise = m_library->find(id);
  return exercise != nullptr && usable_apart_from_knee(*exercise, exercise->doable_with(m_profile->equipment), region)
             ? exercise
             : nullptr;
}

bool ExercisePicker::usable_apart_from_knee(const core::Exercise& exercise, bool doable,
                                            std::optional<core::InjuryRegion> loaded_on_purpose) const {
  const auto& profile = *m_profile;
  if (!doable) return false;
  if (exercise.level > profile.maximum_level()) return false;
  for (auto region : exercise.avoid_with) {
    if (region == loaded_on_purpose) continue;
    if ((m_injured_regions >> static_cast<unsigned>(region) & 1U) != 0) return false;
  }
  if (m_lower_limb_current && exercise.impact != core::Impact::None) return false;
  if (m_lower_limb_active && exercise.impact > core::Impact::Low) return false;
  if (profile.impact_not_cleared &&
      (exercise.impact != core::Impact::None || exercise.pattern == core::Pattern::Plyometric)) {
    return false;
  }
  return true;
}

const core::Exercise* ExercisePicker::usable_by_id(std::string_view id) const {
  const auto* exercise = m_library->find(id);
  return exercise != nullptr && m_traits[static_cast<std::size_t>(exercise - m_library->all().data())].usable ? exercise
                                                                                                         : nullptr;
}

const core::Exercise* ExercisePicker::usable_entry(const core::Exercise& exercise) const {
  const auto& all = m_library->all();
  const bool ours = std::less_equal<>()(all.data(), &exercise) && std::less<>()(&exercise, all.data() + all.size());
  if (!ours) return usable_by_id(exercise.id);
  return m_traits[static_cast<std::size_t>(&exercise - all.data())].usable ? &exercise : nullptr;
}

const core::Exercise* ExercisePicker::first_usable(const std::vector<std::string>& ids,
                                                   const ExerciseSet& used) const {
  for (const auto& id : ids) {
    const auto* exercise = usable_by_id(id);
    if (exercise != nullptr && !used.contains(*exercise)) return exercise;
  }
  return nullptr;
}

const core::Exercise* ExercisePicker::pick(const SlotRequest& slot, const ExerciseSet& used) const {
  const core::Exercise* best = nullptr;
  int best_score = 0;
  unsigned avoided = 0;
  for (auto tag : slot.avoid_tags) avoided |= tag_bit(tag);
  for (std::size_t preference = 0; preference < slot.patterns.size(); ++preference) {
    const core::Pattern pattern = slot.patterns[preference];
    // A pattern listed twice counts at its first place.
    const auto first_place = std::ranges::find(slot.patterns, pattern) - slot.patterns.begin();
    if (static_cast<std::size_t>(first_place) != preference) continue;
    for (const Candidate& candidate : m_candidates[static_cast<std::size_t>(pattern)]) {
      const bool has_explosive_tag = (candidate.tags & tag_bit(core::ExerciseTag::Explosive)) != 0;
      const bool explosive = has_explosive_tag || pattern == core::Pattern::Plyometric;
      if (slot.explosive_only && !explosive) continue;
      if (!slot.explosive_only && !slot.allow_explosive && explosive) continue;
      if (candidate.impact > slot.maximum_impact) continue;
      if (slot.reps_only && !candidate.reps) continue;
      if (!slot.allow_total_body && (candidate.tags & tag_bit(core::ExerciseTag::TotalBody)) != 0) continue;
      if (slot.unilateral_only && !candidate.unilateral) continue;
      if (slot.loaded_only && !candidate.loaded) continue;
      if ((candidate.tags & avoided) != 0) continue;
      int score = 1000 - 100 * static_cast<int>(preference);
      if (candidate.unilateral == slot.prefer_unilateral) score += 30;
      if (slot.prefer_loaded && m_has_weights && candidate.loaded) score += 40;
      for (auto tag : slot.prefer_tags) score += (candidate.tags & tag_bit(tag)) != 0 ? 20 : 0;
      score -= 15 * std::abs(candidate.level - slot.target_level);
      // The highest score wins; on a tie, the exercise earlier in the library.
      if (best != nullptr && (score < best_score || (score == best_score && candidate.exercise > best))) continue;
      if (used.contains(*candidate.exercise)) continue;
      best = candidate.exercise;
      best_score = score;
    }
  }
  return best;
}

}  // namespace stride::planning
