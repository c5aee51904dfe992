// PostgresStore: everything in the schema as plain tables (core::StoreDump), and back. BIGINT
// columns read as whole numbers, DOUBLE PRECISION as doubles and TEXT as text, so a backup is the
// same bytes as the SQLite store's of the same data.

#include <fmt/format.h>

#include <algorithm>
#include <charconv>

#include "backup_tables.hpp"
#include "migrations.hpp"
#include "postgres_support.hpp"
#include "stride/storage/postgres_store.hpp"

namespace stride::storage {

using detail::Access;
using detail::execute;
using detail::in_transaction;

namespace {

struct Column {
  std::string name;
  std::string type;  // information_schema's data_type
};

// The table's columns in name order, with their types.
std::vector<Column> columns_of(detail::PostgresSession& session, pqxx::transaction_base& transaction,
                               std::string_view table) {
  std::vector<Column> columns;
  for (const auto& row : execute(session, transaction,
                                 "SELECT column_name, data_type FROM information_schema.columns "
                                 "WHERE table_schema = current_schema() AND table_name = $1 ORDER BY column_name",
                                 table)) {
    columns.push_back({row[0].as<std::string>(), row[1].as<std::string>()});
  }
  return columns;
}

core::Result<core::DumpValue> value_of(const pqxx::field& field, const Column& column, std::string_view label) {
  if (field.is_null()) return core::DumpValue{};
  if (column.type == "bigint" || column.type == "integer" || column.type == "smallint") {
    return core::DumpValue{field.as<std::int64_t>()};
  }
  if (column.type == "double precision" || column.type == "real") {
    const std::string text = field.as<std::string>();
    double value = 0;
    const auto [end, problem] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (problem != std::errc() || end != text.data() + text.size()) {
      return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                              fmt::format("the stored {} \"{}\" is not a number", column.name, text),
                                              std::string(label)));
    }
    return core::DumpValue{value};
  }
  return core::DumpValue{field.as<std::string>()};
}

detail::Parameter parameter_of(const core::DumpValue& value) {
  return std::visit(
      [](const auto& held) -> detail::Parameter {
        using Held = std::decay_t<decltype(held)>;
        if constexpr (std::is_same_v<Held, std::monostate>) {
          return std::nullopt;
        } else {
          return detail::parameter(held);
        }
      },
      value);
}

}  // namespace

core::Result<core::StoreDump> PostgresStore::dump() {
  auto& session = *m_session;
  return in_transaction(
      session, "reading everything for a backup", Access::Read,
      [&](pqxx::dbtransaction& transaction) -> core::Result<core::StoreDump> {
        core::StoreDump dump;
        dump.schema_version = detail::latest_schema_version();
        for (const auto& table : detail::kBackupTables) {
          const auto columns = columns_of(session, transaction, table.name);
          core::DumpTable dumped{std::string(table.name), {}, {}};
          std::string select;
          for (const auto& column : columns) {
            dumped.columns.push_back(column.name);
            select += (select.empty() ? "" : ", ") + column.name;
          }
          for (const auto& row : transaction.exec(fmt::format("SELECT {} FROM {} ORDER BY {}", select, table.name,
                                                               table.order_by))) {
            std::vector<core::DumpValue> values;
            values.reserve(columns.size());
            for (std::size_t index = 0; index < columns.size(); ++index) {
              STRIDE_TRY(auto value, value_of(row[static_cast<int>(index)], columns[index], session.label()));
              values.push_back(std::move(value));
            }
            dumped.rows.push_back(std::move(values));
          }
          dump.tables.push_back(std::move(dumped));
        }
        for (const auto& table : detail::kBackupTables) {
          if (!table.ids_never_reused) continue;
          const auto sequence = execute(session, transaction, "SELECT pg_get_serial_sequence($1, 'id')", table.name);
          const auto name = sequence[0][0].as<std::string>();
          const auto state = transaction.exec(fmt::format("SELECT last_value, is_called FROM {}", name));
          const bool given = state[0][1].as<bool>();
          dump.highest_ids.emplace_back(std::string(table.name), given ? state[0][0].as<std::int64_t>() : 0);
        }
        return dump;
      });
}

core::Status PostgresStore::load(const core::StoreDump& dump) {
  STRIDE_TRY_STATUS(detail::check_backup_shape(dump));
  auto& session = *m_session;
  return in_transaction(
      session, "restoring a backup", Access::Write, [&](pqxx::dbtransaction& transaction) -> core::Status {
        for (const auto& expected : detail::kBackupTables) {
          if (!transaction.exec(fmt::format("SELECT 1 FROM {} LIMIT 1", expected.name)).empty()) {
            return std::unexpected(detail::database_not_empty(expected.name));
          }
        }
        for (const auto& expected : detail::kBackupTables) {
          const auto& table = detail::dumped_table(dump, expected.name);
          std::vector<std::string> names;
          for (const auto& column : columns_of(session, transaction, expected.name)) names.push_back(column.name);
          if (table.columns != names) {
            return std::unexpected(detail::backup_misfit(table.name, "has other columns than this schema's table"));
          }
          std::string list;
          std::string marks;
          for (std::size_t index = 0; index < names.size(); ++index) {
            list += (index == 0 ? "" : ", ") + names[index];
            marks += fmt::format("{}${}", index == 0 ? "" : ", ", index + 1);
          }
          const std::string insert =
              fmt::format("INSERT INTO {} ({}) OVERRIDING SYSTEM VALUE VALUES ({})", table.name, list, marks);
          std::vector<detail::Parameter> parameters(names.size());
          for (const auto& row : table.rows) {
            std::ranges::transform(row, parameters.begin(), parameter_of);
            (void)detail::execute_parameters(session, transaction, insert, parameters.data(), parameters.size());
          }
        }
        // Identity sequences go on after the ids restored, and after the highest id ever given for
        // the tables whose ids are never given twice.
        for (const auto& expected : detail::kBackupTables) {
          const auto& table = detail::dumped_table(dump, expected.name);
          if (std::ranges::find(table.columns, "id") == table.columns.end()) continue;
          const auto sequence = execute(session, transaction, "SELECT pg_get_serial_sequence($1, 'id')", expected.name);
          if (sequence.empty() || sequence[0][0].is_null()) continue;
          std::int64_t highest =
              transaction.exec(fmt::format("SELECT coalesce(max(id), 0) FROM {}", expected.name))[0][0].as<std::int64_t>();
          const auto given = std::ranges::find(dump.highest_ids, expected.name,
                                               &std::pair<std::string, std::int64_t>::first);
          if (given != dump.highest_ids.end()) highest = std::max(highest, given->second);
          (void)execute(session, transaction, "SELECT setval($1, $2, $3)", sequence[0][0].as<std::string>(),
                        std::max<std::int64_t>(highest, 1), highest > 0);
        }
        return {};
      });
}

}  // namespace stride::storage
