#pragma once

#include <memory>
#include <string>

#include "stride/core/store.hpp"

namespace stride::app {

// Opens the SQLite store at `path`; an empty path means the default file, stride.db under
// $XDG_DATA_HOME/stride or else ~/.local/share/stride, whose folder is created when missing.
[[nodiscard]] core::Result<std::unique_ptr<core::Store>> open_sqlite_store(const std::string& path);

}  // namespace stride::app
