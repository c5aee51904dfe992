#include "stride/documents/backup_document.hpp"

#include <fmt/format.h>

#include <cmath>
#include <limits>

#include "stride/documents/document_reader.hpp"

namespace stride::documents {
namespace {

using Json = nlohmann::ordered_json;

constexpr std::string_view kSchema = "stride.backup.v1";
// A backup holds a whole database: far more than the input files' limit.
constexpr std::size_t kMaximumBackupBytes = std::size_t{1} << 32;
constexpr std::size_t kMaximumTables = 1000;
constexpr std::size_t kMaximumColumns = 1000;
constexpr std::size_t kMaximumRows = std::size_t{1} << 31;

Json json_of(const core::DumpValue& value) {
  return std::visit(
      [](const auto& held) -> Json {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::monostate>) {
          return nullptr;
        } else {
          return held;
        }
      },
      value);
}

core::Result<core::DumpValue> value_of(const Field& field) {
  const Json& value = field.json();
  if (value.is_null()) return core::DumpValue{};
  if (value.is_string()) return core::DumpValue{value.get<std::string>()};
  if (value.is_number_integer() && value.is_number_unsigned()) {
    if (value.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
      return std::unexpected(field.error("is a whole number too large to store"));
    }
    return core::DumpValue{static_cast<std::int64_t>(value.get<std::uint64_t>())};
  }
  if (value.is_number_integer()) return core::DumpValue{value.get<std::int64_t>()};
  if (value.is_number_float()) {
    if (!std::isfinite(value.get<double>())) return std::unexpected(field.error("is a number too large to store"));
    return core::DumpValue{value.get<double>()};
  }
  return std::unexpected(field.error("must be null, a number or text"));
}

core::Result<core::DumpTable> table_of(const Field& field) {
  STRIDE_TRY_STATUS(field.allow_only({"name", "columns", "rows"}));
  core::DumpTable table;
  STRIDE_TRY(const auto name, field.required("name"));
  STRIDE_TRY(table.name, name.text(100));
  STRIDE_TRY(const auto columns, field.required("columns"));
  STRIDE_TRY(table.columns, columns.strings(kMaximumColumns));
  STRIDE_TRY(const auto rows, field.required("rows"));
  STRIDE_TRY(const auto elements, rows.elements(kMaximumRows));
  table.rows.reserve(elements.size());
  for (const auto& element : elements) {
    STRIDE_TRY(const auto values, element.elements(kMaximumColumns));
    if (values.size() != table.columns.size()) {
      return std::unexpected(element.error(
          fmt::format("has {} values for the table's {} columns", values.size(), table.columns.size())));
    }
    std::vector<core::DumpValue> row;
    row.reserve(values.size());
    for (const auto& value : values) {
      STRIDE_TRY(auto decoded, value_of(value));
      row.push_back(std::move(decoded));
    }
    table.rows.push_back(std::move(row));
  }
  return table;
}

}  // namespace

std::string encode_backup(const core::StoreDump& dump) {
  Json highest = Json::object();
  for (const auto& [table, id] : dump.highest_ids) highest[table] = id;
  std::string text = fmt::format("{{\"schema\":\"{}\",\"schema_version\":{},\n\"highest_ids\":{},\n\"tables\":[", kSchema,
                                 dump.schema_version, highest.dump());
  for (std::size_t index = 0; index < dump.tables.size(); ++index) {
    const auto& table = dump.tables[index];
    text += fmt::format("{}\n{{\"name\":{},\"columns\":{},\"rows\":[", index == 0 ? "" : ",", Json(table.name).dump(),
                        Json(table.columns).dump());
    for (std::size_t row = 0; row < table.rows.size(); ++row) {
      Json values = Json::array();
      for (const auto& value : table.rows[row]) values.push_back(json_of(value));
      text += (row == 0 ? "\n" : ",\n") + values.dump(-1, ' ', false, Json::error_handler_t::strict);
    }
    text += "]}";
  }
  text += "]}\n";
  return text;
}

core::Result<core::StoreDump> decode_backup(std::string_view text, std::string source) {
  STRIDE_TRY(const auto document, parse_document(text, std::move(source), kMaximumBackupBytes));
  const auto root = Field::root(document);
  STRIDE_TRY_STATUS(root.allow_only({"schema", "schema_version", "highest_ids", "tables"}));
  STRIDE_TRY(const auto schema, root.required("schema"));
  STRIDE_TRY(const auto schema_name, schema.string());
  if (schema_name != kSchema) {
    return std::unexpected(schema.error(fmt::format("is \"{}\"; a Stride backup is \"{}\"", schema_name, kSchema)));
  }
  core::StoreDump dump;
  STRIDE_TRY(const auto version, root.required("schema_version"));
  STRIDE_TRY(dump.schema_version, version.integer(1, 1000000));
  STRIDE_TRY(const auto highest, root.required("highest_ids"));
  STRIDE_TRY(const auto members, highest.members());
  for (const auto& [table, id] : members) {
    STRIDE_TRY(const auto value, value_of(id));
    if (!std::holds_alternative<std::int64_t>(value) || std::get<std::int64_t>(value) < 0) {
      return std::unexpected(id.error("must be a whole number from 0"));
    }
    dump.highest_ids.emplace_back(std::string(table), std::get<std::int64_t>(value));
  }
  STRIDE_TRY(const auto tables, root.required("tables"));
  STRIDE_TRY(const auto elements, tables.elements(kMaximumTables));
  for (const auto& element : elements) {
    STRIDE_TRY(auto table, table_of(element));
    dump.tables.push_back(std::move(table));
  }
  return dump;
}

}  // namespace stride::documents
