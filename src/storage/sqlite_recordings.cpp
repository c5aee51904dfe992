// SqliteStore: activities imported from recordings (activity_recordings) and rating them.

#include "sqlite_recordings.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <vector>

#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace detail {

core::Status check_new_recordings(SQLite::Database& database, core::AthleteId athlete,
                                  const core::TrainingLog& entries) {
  std::vector<std::string_view> seen;
  SQLite::Statement query(database, "SELECT count(*) FROM activity_recordings WHERE athlete_id = ? AND fingerprint = ?");
  for (const auto& activity : entries.activities) {
    if (!activity.recording) continue;
    const auto& recording = *activity.recording;
    query.bind(1, athlete.value);
    query.bind(2, recording.fingerprint);
    query.executeStep();
    const bool stored = query.getColumn(0).getInt() > 0;
    query.reset();
    if (stored || std::find(seen.begin(), seen.end(), recording.fingerprint) != seen.end()) {
      return std::unexpected(duplicate_recording(recording));
    }
    seen.push_back(recording.fingerprint);
  }
  return {};
}

void insert_recording(SQLite::Database& database, core::AthleteId athlete, std::int64_t activity_id,
                      const core::ActivityRecording& recording) {
  SQLite::Statement insert(database,
                           "INSERT INTO activity_recordings (activity_id, athlete_id, source, format, fingerprint, "
                           "start_time_s, elapsed_s, max_hr_bpm, avg_cadence_spm, avg_power_w, avg_stance_time_ms, "
                           "avg_vertical_oscillation_mm, avg_step_length_mm, avg_vertical_ratio_percent, "
                           "avg_stance_time_balance_left_percent, heart_rate_load) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
  insert.bind(1, activity_id);
  insert.bind(2, athlete.value);
  insert.bind(3, recording.source);
  bind_name(insert, 4, recording.format);
  insert.bind(5, recording.fingerprint);
  insert.bind(6, recording.start_time_s);
  bind_optional(insert, 7, recording.elapsed_s);
  bind_optional(insert, 8, recording.max_hr_bpm);
  bind_optional(insert, 9, recording.avg_cadence_spm);
  bind_optional(insert, 10, recording.avg_power_w);
  bind_optional(insert, 11, recording.avg_stance_time_ms);
  bind_optional(insert, 12, recording.avg_vertical_oscillation_mm);
  bind_optional(insert, 13, recording.avg_step_length_mm);
  bind_optional(insert, 14, recording.avg_vertical_ratio_percent);
  bind_optional(insert, 15, recording.avg_stance_time_balance_left_percent);
  bind_optional(insert, 16, recording.heart_rate_load);
  insert.exec();
}

core::Result<core::ActivityRecording> read_recording(SQLite::Statement& row, int first_column, std::string_view path) {
  auto column = [&](int offset) { return row.getColumn(first_column + offset); };
  core::ActivityRecording recording;
  recording.source = column(0).getString();
  const std::string format = column(1).getString();
  const auto parsed = core::parse_enum<core::ActivityFileFormat>(format);
  if (!parsed) {
    return std::unexpected(core::make_error(
        core::ErrorCode::Corrupt, fmt::format("the stored recording format \"{}\" is not fit, gpx or tcx", format),
        std::string(path)));
  }
  recording.format = *parsed;
  recording.fingerprint = column(2).getString();
  recording.start_time_s = column(3).getDouble();
  recording.elapsed_s = optional_double(column(4));
  recording.max_hr_bpm = optional_double(column(5));
  recording.avg_cadence_spm = optional_double(column(6));
  recording.avg_power_w = optional_double(column(7));
  recording.avg_stance_time_ms = optional_double(column(8));
  recording.avg_vertical_oscillation_mm = optional_double(column(9));
  recording.avg_step_length_mm = optional_double(column(10));
  recording.avg_vertical_ratio_percent = optional_double(column(11));
  recording.avg_stance_time_balance_left_percent = optional_double(column(12));
  recording.heart_rate_load = optional_double(column(13));
  return recording;
}

}  // namespace detail

core::Result<std::vector<core::ActivityRecord>> SqliteStore::recorded_activities(core::AthleteId athlete,
                                                                               std::string_view fingerprint,
                                                                               double from_s, double to_s) {
  return detail::guarded(m_path, "reading recorded activities", [&]() -> core::Result<std::vector<core::ActivityRecord>> {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    SQLite::Statement query(*m_database,
                            fmt::format("SELECT a.id, a.date, a.sport, a.duration_min, a.distance_km, a.rpe, a.avg_hr, "
                                        "a.race, a.note, a.client_id, {} FROM activity_recordings r JOIN activities a ON "
                                        "a.id = r.activity_id WHERE r.athlete_id = ? AND ((r.start_time_s >= ? AND "
                                        "r.start_time_s <= ?) OR r.fingerprint = ?) ORDER BY r.start_time_s, a.id",
                                        detail::kRecordingColumns));
    query.bind(1, athlete.value);
    query.bind(2, from_s);
    query.bind(3, to_s);
    query.bind(4, std::string(fingerprint));
    std::vector<core::ActivityRecord> records;
    while (query.executeStep()) {
      core::ActivityRecord record;
      record.id = core::ActivityId{query.getColumn(0).getInt64()};
      STRIDE_TRY(record.activity, detail::read_activity_columns(query, m_path));
      STRIDE_TRY(record.activity.recording, detail::read_recording(query, 10, m_path));
      records.push_back(std::move(record));
    }
    return records;
  });
}

core::Status SqliteStore::rate_activity(core::AthleteId athlete, core::ActivityId activity, double rpe) {
  STRIDE_TRY_STATUS(detail::check_rating(rpe));
  return detail::guarded(m_path, "rating an activity", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto update = m_statements->lend("UPDATE activities SET rpe = ? WHERE id = ? AND athlete_id = ?");
    update->bind(1, rpe);
    update->bind(2, activity.value);
    update->bind(3, athlete.value);
    if (update->exec() == 0) return std::unexpected(detail::unknown_activity(athlete, activity));
    mark_changed(athlete);
    transaction.commit();
    return {};
  });
}

}  // namespace stride::storage
