#include "data_header.hpp"

#include <fmt/format.h>

namespace stride::data_files::detail {

using documents::Field;

namespace {

constexpr std::size_t kMaximumSources = 64;

}  // namespace

core::Status expect_schema(const Field& root, std::string_view schema) {
  STRIDE_TRY(auto field, root.required("schema"));
  STRIDE_TRY(auto value, field.string());
  if (value != schema) return std::unexpected(field.error(fmt::format("expected \"{}\", found \"{}\"", schema, value)));
  return {};
}

core::Result<int> decode_rules_header(const Field& root, std::string_view schema) {
  STRIDE_TRY_STATUS(expect_schema(root, schema));
  STRIDE_TRY(auto version_field, root.required("version"));
  STRIDE_TRY(const int version, version_field.integer(1, 1000));
  STRIDE_TRY(auto sources, root.required("sources"));
  STRIDE_TRY(auto source_list, sources.elements(kMaximumSources));
  if (source_list.empty()) return std::unexpected(sources.error("needs at least one source"));
  for (const auto& item : source_list) {
    STRIDE_TRY_STATUS(item.text(500));
  }
  return version;
}

}  // namespace stride::data_files::detail
