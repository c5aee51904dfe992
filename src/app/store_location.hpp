#pragma once

#include <memory>
#include <string>

#include "stride/core/store.hpp"

namespace stride::app {

// True when `location` names a PostgreSQL database: a postgresql:// or postgres:// URL.
[[nodiscard]] bool is_postgresql_url(const std::string& location);

// Opens the store at `location` (--db): the PostgreSQL store for a postgresql:// or postgres:// URL,
// else the SQLite store of the file at that path; an empty location means the default file,
// stride.db under $XDG_DATA_HOME/stride or else ~/.local/share/stride, whose folder is created
// when missing.
[[nodiscard]] core::Result<std::unique_ptr<core::Store>> open_store(const std::string& location);

}  // namespace stride::app
