#include "stride/service/exercises.hpp"

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

}  // namespace stride::service
