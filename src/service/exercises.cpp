#include "stride/service/exercises.hpp"

#include <fmt/format.h>

#include "stride/core/enum_names.hpp"
#include "stride/core/suggestions.hpp"

namespace stride::service {

core::Result<ExerciseQuery> exercise_query(std::string_view pattern, const std::vector<std::string>& equipment) {
  ExerciseQuery query;
  if (!pattern.empty()) {
    auto parsed = core::parse_enum<core::Pattern>(pattern);
    if (!parsed) {
      return std::unexpected(core::invalid_field(
          "pattern", fmt::format("unknown pattern \"{}\"; expected one of {}", pattern, core::enum_choices<core::Pattern>())));
    }
    query.pattern = *parsed;
  }
  if (!equipment.empty()) {
    std::set<core::Equipment> kit;
    for (const auto& name : equipment) {
      if (name == "bodyweight" || name == "none") continue;
      auto item = core::parse_enum<core::Equipment>(name);
      if (!item) {
        return std::unexpected(core::invalid_field(
            "equipment", fmt::format("unknown equipment \"{}\"; expected one of {}", name,
                                     core::enum_choices<core::Equipment>())));
      }
      kit.insert(*item);
    }
    query.equipment = kit;
  }
  return query;
}

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
