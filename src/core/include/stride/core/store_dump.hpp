#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <variant>
#include <vector>

// Everything a database holds, as plain tables, for backups and for copying one database into
// another (core::Store::dump and load; the file format is documents::encode_backup).
namespace stride::core {

// One stored value: SQL NULL, a whole number, a double, or text.
using DumpValue = std::variant<std::monostate, std::int64_t, double, std::string>;

struct DumpTable {
  std::string name;
  std::vector<std::string> columns;            // in name order
  std::vector<std::vector<DumpValue>> rows;    // in primary-key order; each row's values as `columns`
  friend bool operator==(const DumpTable&, const DumpTable&) = default;
};

struct StoreDump {
  int schema_version = 0;
  // Every table but the record of migrations, parents before the tables that refer to them.
  std::vector<DumpTable> tables;
  // For the tables whose ids are never given twice: the highest id they ever gave, by table name.
  std::vector<std::pair<std::string, std::int64_t>> highest_ids;
  friend bool operator==(const StoreDump&, const StoreDump&) = default;
};

}  // namespace stride::core
