#include "stride/core/exercise.hpp"

#include "stride/core/enum_names.hpp"

#include <algorithm>

namespace stride::core {

EquipmentBits equipment_bits(const std::set<Equipment>& equipment) {
  static_assert(enum_values<Equipment>().size() <= 32, "EquipmentBits has a bit for every piece of equipment");
  EquipmentBits bits = 0;
  for (const auto item : equipment) bits |= equipment_bit(item);
  return bits;
}

bool Exercise::doable_with(const std::set<Equipment>& available) const {
  return std::includes(available.begin(), available.end(), equipment.begin(), equipment.end());
}

}  // namespace stride::core
