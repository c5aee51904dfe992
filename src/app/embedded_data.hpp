#pragma once

#include <vector>

#include "stride/data_files/catalog_loader.hpp"

namespace stride::app {

// The data tree (data/), compiled into the binary so it runs from any directory.
[[nodiscard]] const std::vector<data_files::DataFile>& embedded_data_files();

}  // namespace stride::app
