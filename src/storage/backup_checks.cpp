#include <fmt/format.h>

#include <algorithm>
#include <set>

#include "backup_tables.hpp"
#include "migrations.hpp"

namespace stride::storage::detail {

core::Error backup_misfit(std::string_view table, std::string_view problem) {
  return core::invalid_input("backup", fmt::format("$.tables.{}", table), std::string(problem));
}

core::Status check_backup_shape(const core::StoreDump& dump) {
  if (dump.schema_version != latest_schema_version()) {
    return std::unexpected(core::invalid_input(
        "backup", "$.schema_version",
        fmt::format("the backup is of schema version {} and this program writes version {}: restore it with the "
                    "Stride that made it, then migrate",
                    dump.schema_version, latest_schema_version())));
  }
  std::set<std::string_view> seen;
  for (const auto& table : dump.tables) {
    const auto known = std::ranges::find(kBackupTables, table.name, &BackupTable::name);
    if (known == kBackupTables.end()) return std::unexpected(backup_misfit(table.name, "is not a table of Stride's"));
    if (!seen.insert(known->name).second) return std::unexpected(backup_misfit(table.name, "appears twice"));
    for (const auto& row : table.rows) {
      if (row.size() != table.columns.size()) return std::unexpected(backup_misfit(table.name, "has a row of another width"));
    }
  }
  for (const auto& expected : kBackupTables) {
    if (!seen.contains(expected.name)) return std::unexpected(backup_misfit(expected.name, "is missing"));
  }
  for (const auto& [table, highest] : dump.highest_ids) {
    const auto known = std::ranges::find(kBackupTables, table, &BackupTable::name);
    if (known == kBackupTables.end() || !known->ids_never_reused) {
      return std::unexpected(backup_misfit(table, "gives ids that may be given again: it has no highest id"));
    }
  }
  return {};
}

const core::DumpTable& dumped_table(const core::StoreDump& dump, std::string_view name) {
  return *std::ranges::find(dump.tables, name, &core::DumpTable::name);
}

core::Error database_not_empty(std::string_view table) {
  return core::make_error(
      core::ErrorCode::Conflict,
      fmt::format("the database already holds data (table {}): restore into a new, empty database", table));
}

}  // namespace stride::storage::detail
