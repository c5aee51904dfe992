#include "stride/core/exercise_library.hpp"

#include "stride/core/suggestions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>

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
  std::sort(exercises.begin(), exercises.end(), [](const Exercise& a, const Exercise& b) {
    if (a.pattern != b.pattern) return a.pattern < b.pattern;
    if (a.level != b.level) return a.level < b.level;
    return a.id < b.id;
  });
  for (std::size_t index = 0; index < exercises.size(); ++index) {
    const auto& exercise = exercises[index];
    STRIDE_TRY_STATUS(validate_fields(exercise, muscles));
    if (!library.m_index.emplace(exercise.id, index).second) {
      return std::unexpected(entry_error(exercise, "id is used by more than one exercise"));
    }
  }
  library.m_exercises = std::move(exercises);

  for (const auto& exercise : library.m_exercises) {
    for (const auto& [link, name, easier] :
         {std::tuple{&exercise.regression, "regression", true}, std::tuple{&exercise.progression, "progression", false}}) {
      if (!*link) continue;
      const Exercise* target = library.find(**link);
      if (target == nullptr) {
        return std::unexpected(entry_error(exercise, fmt::format("{} '{}' does not resolve", name, **link)));
      }
      if (target == &exercise) return std::unexpected(entry_error(exercise, fmt::format("{} points at itself", name)));
      if (easier ? target->level > exercise.level : target->level < exercise.level) {
        return std::unexpected(entry_error(
            exercise, fmt::format("{} '{}' is level {} but this exercise is level {}", name, **link, target->level,
                                  exercise.level)));
      }
    }
  }
  // Follow each chain; with n exercises, a chain longer than n steps must revisit an entry.
  for (const auto& exercise : library.m_exercises) {
    for (bool easier : {true, false}) {
      std::set<std::string_view> seen;
      const Exercise* current = &exercise;
      while (current != nullptr) {
        if (!seen.insert(current->id).second) {
          return std::unexpected(
              entry_error(exercise, fmt::format("its {} chain forms a cycle", easier ? "regression" : "progression")));
        }
        const auto& next = easier ? current->regression : current->progression;
        current = next ? library.find(*next) : nullptr;
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
