#pragma once

#include <string_view>

#include "stride/core/error.hpp"
#include "stride/documents/document_reader.hpp"

// The header the versioned files under data/ start with (private to stride::data_files).
namespace stride::data_files::detail {

// "schema" is present and equal to `schema`: `expected "stride.plan_rules.v1", found "..."` otherwise.
[[nodiscard]] core::Status expect_schema(const documents::Field& root, std::string_view schema);

// A rules file's header: the schema as expect_schema, a whole "version" from 1 to 1000, and at
// least one of "sources" (each 1 to 500 characters). Returns the version.
[[nodiscard]] core::Result<int> decode_rules_header(const documents::Field& root, std::string_view schema);

}  // namespace stride::data_files::detail
