#pragma once

#include <string>

#include "stride/core/error.hpp"

namespace stride::cli {

// Reads a whole input file. Fails with InvalidInput naming the path when it does not exist, is
// not a regular file, cannot be read, or is larger than the JSON reader accepts.
[[nodiscard]] core::Result<std::string> read_input_file(const std::string& path);

}  // namespace stride::cli
