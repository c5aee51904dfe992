#include "stride/core/plan.hpp"

#include <algorithm>

namespace stride::core {

bool PlannedSession::has_plyometrics() const {
  return std::ranges::any_of(blocks, [](const Block& block) {
    return std::ranges::any_of(block.items, [](const Prescription& item) { return item.contacts.has_value(); });
  });
}

}  // namespace stride::core
