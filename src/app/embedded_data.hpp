#pragma once

#include <vector>

#include "stride/json/catalog_loader.hpp"

namespace stride::app {

// The data tree (data/), compiled into the binary so it runs from any directory.
[[nodiscard]] const std::vector<json::DataFile>& embedded_data_files();

}  // namespace stride::app
