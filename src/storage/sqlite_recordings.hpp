#pragma once

#include <SQLiteCpp/SQLiteCpp.h>

#include <cstdint>
#include <string_view>
#include <unordered_map>

#include "stride/core/store.hpp"

// The SQLite store's rows of activity_recordings (private to stride::storage).
namespace stride::storage::detail {

// Conflict when the athlete already has a recording with the fingerprint of one in `entries`, or
// when two in `entries` share one; the caller holds a write transaction.
[[nodiscard]] core::Status check_new_recordings(SQLite::Database& database, core::AthleteId athlete,
                                                const core::TrainingLog& entries);

// Inserts the recording of the activity `activity_id`; the caller holds a write transaction.
void insert_recording(SQLite::Database& database, core::AthleteId athlete, std::int64_t activity_id,
                      const core::ActivityRecording& recording);

// The columns of activity_recordings, in the order read_recording() reads them from `first_column`.
inline constexpr const char* kRecordingColumns =
    "r.source, r.format, r.fingerprint, r.start_time_s, r.elapsed_s, r.max_hr_bpm, r.avg_cadence_spm, r.avg_power_w, "
    "r.avg_stance_time_ms, r.avg_vertical_oscillation_mm, r.avg_step_length_mm, r.avg_vertical_ratio_percent, "
    "r.avg_stance_time_balance_left_percent, r.heart_rate_load";

// Reads the activity columns id, date, sport, duration_min, distance_km, rpe, avg_hr, race, note,
// client_id (columns 0 to 9 of the row; the id is not read); a stored value Stride does not write is
// Corrupt.
[[nodiscard]] core::Result<core::Activity> read_activity_columns(SQLite::Statement& row, std::string_view path);

// Reads a recording from the current row; a stored format that is not one Stride writes is Corrupt.
[[nodiscard]] core::Result<core::ActivityRecording> read_recording(SQLite::Statement& row, int first_column,
                                                                  std::string_view path);

}  // namespace stride::storage::detail
