#include "stride/core/exercise.hpp"

#include <algorithm>

namespace stride::core {

bool Exercise::doable_with(const std::set<Equipment>& available) const {
  return std::includes(available.begin(), available.end(), equipment.begin(), equipment.end());
}

}  // namespace stride::core
