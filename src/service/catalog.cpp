#include "stride/service/catalog.hpp"

#include <algorithm>

namespace stride::service {

const core::CompensationTable* Catalog::table(std::string_view id) const {
  auto found = std::find_if(tables.begin(), tables.end(), [&](const auto& t) { return t.header().id == id; });
  return found == tables.end() ? nullptr : &*found;
}

}  // namespace stride::service
