#pragma once

#include <optional>
#include <set>
#include <vector>

#include "stride/core/exercise.hpp"
#include "stride/service/catalog.hpp"

namespace stride::service {

struct ExerciseQuery {
  std::optional<core::Pattern> pattern;
  std::optional<std::set<core::Equipment>> equipment;  // only exercises doable with this kit
};

// The library entries matching `query`, in library order.
[[nodiscard]] std::vector<const core::Exercise*> find_exercises(const Catalog& catalog, const ExerciseQuery& query);

}  // namespace stride::service
