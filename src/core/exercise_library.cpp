#include "stride/core/exercise_library.hpp"

#include "stride/core/suggestions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <limits>
#include <tuple>

namespace stride::core {
namespace {

Error entry_error(const Exercise& exercise, std::string message) {
  return make_error(ErrorCode::Corrupt, fmt::format("exercise {}: {}", exercise.id, message),
                    exercise.source);
}

Status validate_fields(const Exercise& exercise, const MuscleVocabulary& muscles) {
  if (exercise.id.empty()) return std::unexpected(entry_error(exercise, "empty id"));
  if (exercise.name.empty()) return std::unexpected(entry_error(exercise, "empty name"));
  if (exercise.level < 1 || exercise.level > 5) {
    return std::unexpected(entry_error(exercise, fmt::format("level {} is outside 1..5", exercise.level)));
  }
  if (exercise.primary_muscles.empty()) return std::unexpected(entry_error(exercise, "no primary muscles"));
  for (const auto* list : {&exercise.primary_muscles, &exercise.secondary_muscles}) {
    for (const auto& muscle : *list) {
      if (!muscles.contains(muscle)) {
        return std::unexpected(entry_error(exercise, fmt::format("unknown muscle '{}'", muscle)));
      }
    }
  }
  if (exercise.cues.size() < 2) return std::unexpected(entry_error(exercise, "needs at least two coaching cues"));
  if (exercise.pattern == Pattern::Plyometric && exercise.measure != Measure::Contacts) {
    return std::unexpected(entry_error(exercise, "a plyometric exercise is dosed in foot contacts"));
  }
  if ((exercise.pattern == Pattern::Smr || exercise.pattern == Pattern::StaticStretch) &&
      exercise.measure != Measure::HoldSeconds) {
    return std::unexpected(entry_error(exercise, "rolling and stretching are dosed in seconds (hold_s)"));
  }
  if (exercise.pattern == Pattern::Smr && !exercise.equipment.contains(Equipment::FoamRoller) &&
      !exercise.equipment.contains(Equipment::MassageBall)) {
    return std::unexpected(entry_error(exercise, "rolling needs a foam_roller or a massage_ball"));
  }
  if (!exercise.regression && !exercise.progression) {
    return std::unexpected(entry_error(exercise, "needs a regression or a progression"));
  }
  return {};
}

}  // namespace

Result<ExerciseLibrary> ExerciseLibrary::create(std::vector<Exercise> exercises, const MuscleVocabulary& muscles,
                                                std::size_t minimum_per_pattern) {
  ExerciseLibrary library;
  const auto in_order = [](const Exercise& a, const Exercise& b) {
    if (a.pattern != b.pattern) return a.pattern < b.pattern;
    if (a.level != b.level) return a.level < b.level;
    return a.id < b.id;
  };
  // Entries that arrive in order (the compiled catalog's, docs/architecture.md) are not sorted again.
  if (!std::is_sorted(exercises.begin(), exercises.end(), in_order)) {
    std::sort(exercises.begin(), exercises.end(), in_order);
  }
  library.m_index.reserve(exercises.size());
  for (std::size_t index = 0; index < exercises.size(); ++index) {
    const auto& exercise = exercises[index];
    STRIDE_TRY_STATUS(validate_fields(exercise, muscles));
    if (!library.m_index.emplace(exercise.id, index).second) {
      return std::unexpected(entry_error(exercise, "id is used by more than one exercise"));
    }
  }
  library.m_exercises = std::move(exercises);
  library.m_muscle_ids = muscles.ids();
  library.m_served = ServedMuscles(library.m_exercises, muscles);
  library.m_equipment_needed.reserve(library.m_exercises.size());
  for (const auto& exercise : library.m_exercises) library.m_equipment_needed.push_back(equipment_bits(exercise.equipment));

  // links[i][0] is the index of exercise i's regression and links[i][1] of its progression, or
  // kNoLink when it has none.
  constexpr std::size_t kNoLink = std::numeric_limits<std::size_t>::max();
  const std::size_t count = library.m_exercises.size();
  std::vector<std::array<std::size_t, 2>> links(count, {kNoLink, kNoLink});
  for (std::size_t index = 0; index < count; ++index) {
    const auto& exercise = library.m_exercises[index];
    for (const auto& [link, name, easier] :
         {std::tuple{&exercise.regression, "regression", true}, std::tuple{&exercise.progression, "progression", false}}) {
      if (!*link) continue;
      const auto target = library.m_index.find(**link);
      if (target == library.m_index.end()) {
        return std::unexpected(entry_error(exercise, fmt::format("{} '{}' does not resolve", name, **link)));
      }
      if (target->second == index) return std::unexpected(entry_error(exercise, fmt::format("{} points at itself", name)));
      const int level = library.m_exercises[target->second].level;
      if (easier ? level > exercise.level : level < exercise.level) {
        return std::unexpected(entry_error(
            exercise, fmt::format("{} '{}' is level {} but this exercise is level {}", name, **link, level,
                                  exercise.level)));
      }
      links[index][easier ? 0 : 1] = target->second;
    }
  }
  // Follow each chain; with n exercises, a chain of n links must have come back to an entry.
  for (std::size_t start = 0; start < count; ++start) {
    for (std::size_t direction : {0U, 1U}) {
      std::size_t steps = 0;
      for (std::size_t at = links[start][direction]; at != kNoLink; at = links[at][direction]) {
        if (++steps == count) {
          return std::unexpected(entry_error(library.m_exercises[start],
                                             fmt::format("its {} chain forms a cycle",
                                                         direction == 0 ? "regression" : "progression")));
        }
      }
    }
  }
  for (Pattern pattern : enum_values<Pattern>()) {
    if (library.count(pattern) < minimum_per_pattern) {
      return std::unexpected(make_error(
          ErrorCode::Corrupt, fmt::format("pattern {} has {} exercises; at least {} are needed", enum_name(pattern),
                                          library.count(pattern), minimum_per_pattern),
          "exercise library"));
    }
  }
  return library;
}

const Exercise* ExerciseLibrary::find(std::string_view id) const {
  auto found = m_index.find(id);
  return found == m_index.end() ? nullptr : &m_exercises[found->second];
}

std::vector<std::string> ExerciseLibrary::closest_ids(std::string_view id, std::size_t limit) const {
  std::vector<std::string> ids;
  ids.reserve(m_exercises.size());
  for (const auto& exercise : m_exercises) ids.push_back(exercise.id);
  return closest_matches(id, ids, limit);
}

std::size_t ExerciseLibrary::count(Pattern pattern) const { return of_pattern(pattern).size(); }

std::span<const Exercise> ExerciseLibrary::of_pattern(Pattern pattern) const {
  const auto [first, last] = std::ranges::equal_range(m_exercises, pattern, {}, &Exercise::pattern);
  return {first, last};
}

}  // namespace stride::core
