#include "stride/service/exercises.hpp"

#include <fmt/format.h>

#include "stride/core/suggestions.hpp"

namespace stride::service {

std::vector<const core::Exercise*> find_exercises(const Catalog& catalog, const ExerciseQuery& query) {
  std::vector<const core::Exercise*> result;
  for (const auto& exercise : catalog.library.all()) {
    if (query.pattern && exercise.pattern != *query.pattern) continue;
    if (query.equipment && !exercise.doable_with(*query.equipment)) continue;
    result.push_back(&exercise);
  }
  return result;
}

std::string unknown_exercise_problem(const core::ExerciseLibrary& library, std::string_view id) {
  const auto closest = library.closest_ids(id);
  if (closest.empty()) return fmt::format("unknown exercise \"{}\"", id);
  return fmt::format("unknown exercise \"{}\"; did you mean {}?", id, core::or_list(closest));
}

}  // namespace stride::service
