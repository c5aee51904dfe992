// SqliteStore: everything in the database as plain tables (core::StoreDump), and back. Values keep
// their SQLite storage class: INTEGER as a whole number, REAL as a double, TEXT as text.

#include <fmt/format.h>

#include <algorithm>

#include "backup_tables.hpp"
#include "migrations.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

// The table's column names, in name order.
std::vector<std::string> columns_of(SQLite::Database& database, std::string_view table) {
  SQLite::Statement query(database, fmt::format("SELECT name FROM pragma_table_info('{}') ORDER BY name", table));
  std::vector<std::string> columns;
  while (query.executeStep()) columns.push_back(query.getColumn(0).getString());
  return columns;
}

core::DumpValue value_of(const SQLite::Column& column) {
  if (column.isInteger()) return column.getInt64();
  if (column.isFloat()) return column.getDouble();
  if (column.isText()) return column.getString();
  return std::monostate{};
}

void bind_value(SQLite::Statement& statement, int index, const core::DumpValue& value) {
  std::visit(
      [&](const auto& held) {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::monostate>) {
          statement.bind(index);
        } else {
          statement.bind(index, held);
        }
      },
      value);
}

}  // namespace

core::Result<core::StoreDump> SqliteStore::dump() {
  return detail::guarded(m_path, "reading everything for a backup", [&]() -> core::Result<core::StoreDump> {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Read);
    core::StoreDump dump;
    dump.schema_version = detail::latest_schema_version();
    for (const auto& table : detail::kBackupTables) {
      core::DumpTable dumped{std::string(table.name), columns_of(*m_database, table.name), {}};
      std::string select;
      for (const auto& column : dumped.columns) select += (select.empty() ? "" : ", ") + column;
      SQLite::Statement rows(*m_database, fmt::format("SELECT {} FROM {} ORDER BY {}", select, table.name, table.order_by));
      while (rows.executeStep()) {
        std::vector<core::DumpValue> row;
        row.reserve(dumped.columns.size());
        for (int index = 0; index < rows.getColumnCount(); ++index) row.push_back(value_of(rows.getColumn(index)));
        dumped.rows.push_back(std::move(row));
      }
      dump.tables.push_back(std::move(dumped));
    }
    SQLite::Statement highest(*m_database, "SELECT name, seq FROM sqlite_sequence ORDER BY name");
    std::map<std::string, std::int64_t> given;
    while (highest.executeStep()) given[highest.getColumn(0).getString()] = highest.getColumn(1).getInt64();
    for (const auto& table : detail::kBackupTables) {
      if (!table.ids_never_reused) continue;
      const auto found = given.find(std::string(table.name));
      dump.highest_ids.emplace_back(std::string(table.name), found == given.end() ? 0 : found->second);
    }
    return dump;
  });
}

core::Status SqliteStore::load(const core::StoreDump& dump) {
  STRIDE_TRY_STATUS(detail::check_backup_shape(dump));
  return detail::guarded(m_path, "restoring a backup", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    for (const auto& expected : detail::kBackupTables) {
      SQLite::Statement any(*m_database, fmt::format("SELECT 1 FROM {} LIMIT 1", expected.name));
      if (any.executeStep()) return std::unexpected(detail::database_not_empty(expected.name));
    }
    for (const auto& expected : detail::kBackupTables) {
      const auto& table = detail::dumped_table(dump, expected.name);
      if (table.columns != columns_of(*m_database, expected.name)) {
        return std::unexpected(detail::backup_misfit(table.name, "has other columns than this schema's table"));
      }
      std::string names;
      std::string marks;
      for (const auto& column : table.columns) {
        names += (names.empty() ? "" : ", ") + column;
        marks += marks.empty() ? "?" : ", ?";
      }
      SQLite::Statement insert(*m_database, fmt::format("INSERT INTO {} ({}) VALUES ({})", table.name, names, marks));
      for (const auto& row : table.rows) {
        for (std::size_t index = 0; index < row.size(); ++index) bind_value(insert, static_cast<int>(index) + 1, row[index]);
        insert.exec();
        insert.reset();
        insert.clearBindings();
      }
    }
    // The tables whose ids are never given twice go on after the highest id they ever gave.
    for (const auto& [table, highest] : dump.highest_ids) {
      SQLite::Statement raise(*m_database, "UPDATE sqlite_sequence SET seq = max(seq, ?1) WHERE name = ?2");
      raise.bind(1, highest);
      raise.bind(2, table);
      if (raise.exec() == 0 && highest > 0) {
        SQLite::Statement add(*m_database, "INSERT INTO sqlite_sequence (name, seq) VALUES (?2, ?1)");
        add.bind(1, highest);
        add.bind(2, table);
        add.exec();
      }
    }
    transaction.commit();
    return {};
  });
}

}  // namespace stride::storage
