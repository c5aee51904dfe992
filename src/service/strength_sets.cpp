#include "stride/service/strength_sets.hpp"

#include <algorithm>
#include <optional>

#include <fmt/format.h>

namespace stride::service {
namespace {

// The Stride exercise for one recorded set's Garmin numbers, or nullptr.
const std::string* mapped_exercise(const core::RecordedSet& set, std::span<const core::GarminExercise> mapping,
                                   std::span<const std::string> planned) {
  if (!set.category || !set.exercise_name) return nullptr;
  const auto same_numbers = [&](const core::GarminExercise& garmin) {
    return garmin.category == *set.category && garmin.name == *set.exercise_name;
  };
  for (const auto& exercise : planned) {
    const auto found = std::ranges::find_if(mapping, [&](const core::GarminExercise& garmin) {
      return same_numbers(garmin) && garmin.exercise == exercise;
    });
    if (found != mapping.end()) return &found->exercise;
  }
  const auto first = std::ranges::find_if(mapping, same_numbers);
  return first == mapping.end() ? nullptr : &first->exercise;
}

// How a set without a Stride exercise is named in the note: Garmin's numbers, or that it had none.
std::string garmin_words(const core::RecordedSet& set) {
  if (!set.category) return "unnamed on the watch";
  if (!set.exercise_name) return fmt::format("Garmin category {}, no exercise", *set.category);
  return fmt::format("Garmin category {} exercise {}", *set.category, *set.exercise_name);
}

}  // namespace

LoggedSets logged_sets(std::span<const core::RecordedSet> recorded, std::span<const core::GarminExercise> mapping,
                       std::span<const std::string> planned) {
  LoggedSets result;
  std::vector<std::pair<std::string, int>> left_out;  // Garmin words and how many sets, in the order met
  for (const auto& set : recorded) {
    const std::string* exercise = mapped_exercise(set, mapping, planned);
    if (exercise == nullptr) {
      const std::string words = garmin_words(set);
      const auto same = std::ranges::find(left_out, words, &std::pair<std::string, int>::first);
      if (same == left_out.end()) {
        left_out.emplace_back(words, 1);
      } else {
        ++same->second;
      }
      continue;
    }
    core::StrengthSet logged;
    logged.exercise = *exercise;
    logged.reps = set.repetitions.value_or(0);
    logged.load_kg = set.weight_kg;
    result.sets.push_back(std::move(logged));
  }
  if (!left_out.empty()) {
    int count = 0;
    std::vector<std::string> parts;
    for (const auto& [words, sets] : left_out) {
      count += sets;
      parts.push_back(sets == 1 ? words : fmt::format("{} ({} sets)", words, sets));
    }
    result.notes.push_back(fmt::format("left out {} set{} of exercises Stride has no name for: {}", count,
                                       count == 1 ? "" : "s", fmt::join(parts, ", ")));
  }
  return result;
}

std::optional<std::string> set_exercise(const core::RecordedSet& set, std::span<const core::GarminExercise> mapping,
                                        std::span<const std::string> planned) {
  const std::string* exercise = mapped_exercise(set, mapping, planned);
  if (exercise == nullptr) return std::nullopt;
  return *exercise;
}

std::vector<std::string> planned_strength_exercises(const core::PlanDay& day) {
  std::vector<std::string> exercises;
  for (const auto& session : day.sessions) {
    if (session.kind != core::SessionKind::Strength) continue;
    for (const auto& block : session.blocks) {
      for (const auto& item : block.items) {
        if (std::ranges::find(exercises, item.exercise) == exercises.end()) exercises.push_back(item.exercise);
      }
    }
  }
  return exercises;
}

}  // namespace stride::service
