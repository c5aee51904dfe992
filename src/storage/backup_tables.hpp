#pragma once

#include <array>
#include <string_view>

#include "stride/core/error.hpp"
#include "stride/core/store_dump.hpp"

// The tables of a Stride database as a backup holds them (private to stride::storage, shared by
// every store that keeps tables, so that each writes the same backup of the same data).
namespace stride::storage::detail {

struct BackupTable {
  std::string_view name;
  std::string_view order_by;      // the primary key's columns: rows are read in this order
  bool ids_never_reused = false;  // its ids are never given twice (AUTOINCREMENT, an identity)
};

// Every table but schema_migrations, parents before the tables whose foreign keys name them, so a
// restore inserts them in this order with the keys checked.
inline constexpr std::array kBackupTables{
    BackupTable{"accounts", "id"},
    BackupTable{"athletes", "id"},
    BackupTable{"assessments", "id"},
    BackupTable{"plans", "id"},
    BackupTable{"plan_days", "plan_id, date"},
    BackupTable{"plan_sessions", "id"},
    BackupTable{"running_calendars", "athlete_id"},
    BackupTable{"activities", "id"},
    BackupTable{"strength_sets", "id"},
    BackupTable{"activity_recordings", "activity_id"},
    BackupTable{"pain_reports", "id"},
    BackupTable{"sessions", "id", true},
    BackupTable{"api_tokens", "id", true},
    BackupTable{"invitations", "id"},
    BackupTable{"coach_grants", "athlete_id, coach_account_id"},
    BackupTable{"calendar_feeds", "athlete_id"},
    BackupTable{"handovers", "athlete_id"},
    BackupTable{"plan_changes", "id"},
    BackupTable{"notes", "id", true},
    BackupTable{"note_read_marks", "account_id, athlete_id"},
    BackupTable{"sign_in_failures", "id"},
};

// InvalidInput naming `$.tables.<table>` and the problem.
[[nodiscard]] core::Error backup_misfit(std::string_view table, std::string_view problem);

// The checks of a backup every store makes before loading it: this program's schema version, each
// table of kBackupTables once and no other, rows as wide as their columns, highest ids only for the
// tables whose ids are never given twice. The columns are checked by each store against its own.
[[nodiscard]] core::Status check_backup_shape(const core::StoreDump& dump);

// The table `name` of a dump that passed check_backup_shape.
[[nodiscard]] const core::DumpTable& dumped_table(const core::StoreDump& dump, std::string_view name);

// Conflict: a restore goes only into an empty database, and `table` holds rows.
[[nodiscard]] core::Error database_not_empty(std::string_view table);

}  // namespace stride::storage::detail
