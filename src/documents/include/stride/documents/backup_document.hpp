#pragma once

#include <string>
#include <string_view>

#include "stride/core/error.hpp"
#include "stride/core/store_dump.hpp"

// The backup file of a Stride database ("stride.backup.v1", docs/storage.md "Backups"): the tables
// of core::StoreDump as JSON, one row per line, so the same data gives the same bytes whichever
// store wrote it.
namespace stride::documents {

[[nodiscard]] std::string encode_backup(const core::StoreDump& dump);

// Reads a backup file; InvalidInput naming `source`, the JSON path and the problem when it is not
// one (another schema, a row of another width, a value that is not null, a number or text).
[[nodiscard]] core::Result<core::StoreDump> decode_backup(std::string_view text, std::string source);

}  // namespace stride::documents
