#include "stride/service/catalog.hpp"

#include <algorithm>

namespace stride::service {

const core::CompensationTable* Catalog::table(std::string_view id) const {
  auto found = std::find_if(tables.begin(), tables.end(), [&](const auto& t) { return t.header().id == id; });
  return found == tables.end() ? nullptr : &*found;
}

const core::GarminExercise* Catalog::garmin_exercise(std::string_view id) const {
  auto found = std::find_if(garmin_exercises.begin(), garmin_exercises.end(),
                            [&](const auto& entry) { return entry.exercise == id; });
  return found == garmin_exercises.end() ? nullptr : &*found;
}

}  // namespace stride::service
