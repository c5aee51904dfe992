// PostgresStore: the training log (activities with their strength sets and recordings, and pain
// reports) and rating activities.

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <vector>

#include "postgres_support.hpp"
#include "store_validation.hpp"
#include "stride/storage/postgres_store.hpp"

namespace stride::storage {

using detail::Access;
using detail::execute;
using detail::in_transaction;
using detail::optional_double;
using detail::optional_int;
using detail::optional_text;

namespace {

// Open bounds as the widest ISO dates, so one statement serves every range.
constexpr const char* kEarliestDate = "0000-01-01";
constexpr const char* kLatestDate = "9999-12-31";

// The activity columns read_activity() reads, from column 0 (the id), and the recording's after them.
constexpr const char* kActivityColumns =
    "a.id, a.date, a.sport, a.duration_min, a.distance_km, a.rpe, a.avg_hr, a.race, a.note, a.client_id";
constexpr const char* kRecordingColumns =
    "r.source, r.format, r.fingerprint, r.start_time_s, r.elapsed_s, r.max_hr_bpm, r.avg_cadence_spm, r.avg_power_w, "
    "r.avg_stance_time_ms, r.avg_vertical_oscillation_mm, r.avg_step_length_mm, r.avg_vertical_ratio_percent, "
    "r.avg_stance_time_balance_left_percent, r.heart_rate_load";
constexpr int kFirstRecordingColumn = 11;  // after kActivityColumns and r.activity_id

core::Result<core::Activity> read_activity(const pqxx::row& row, std::string_view label) {
  core::Activity activity;
  STRIDE_TRY(activity.date, detail::read_date(row[1], label));
  STRIDE_TRY(activity.sport, detail::read_name<core::Sport>(row[2], label));
  activity.duration_min = row[3].as<double>();
  activity.distance_km = optional_double(row[4]);
  activity.rpe = optional_double(row[5]);
  activity.avg_hr = optional_int(row[6]);
  activity.race = row[7].as<int>() != 0;
  activity.note = optional_text(row[8]);
  activity.client_id = optional_text(row[9]);
  return activity;
}

core::Result<core::ActivityRecording> read_recording(const pqxx::row& row, std::string_view label) {
  auto column = [&](int offset) { return row[kFirstRecordingColumn + offset]; };
  core::ActivityRecording recording;
  recording.source = column(0).as<std::string>();
  const std::string format = column(1).as<std::string>();
  const auto parsed = core::parse_enum<core::ActivityFileFormat>(format);
  if (!parsed) {
    return std::unexpected(core::make_error(
        core::ErrorCode::Corrupt, fmt::format("the stored recording format \"{}\" is not fit, gpx or tcx", format),
        std::string(label)));
  }
  recording.format = *parsed;
  recording.fingerprint = column(2).as<std::string>();
  recording.start_time_s = column(3).as<double>();
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

// A pain report from the columns date, region, side, score, timing, client_id.
core::Result<core::PainReport> read_pain_report(const pqxx::row& row, std::string_view label) {
  core::PainReport report;
  STRIDE_TRY(report.date, detail::read_date(row[0], label));
  STRIDE_TRY(report.region, detail::read_name<core::InjuryRegion>(row[1], label));
  STRIDE_TRY(report.side, detail::read_name<core::Side>(row[2], label));
  report.score = row[3].as<int>();
  STRIDE_TRY(report.when, detail::read_name<core::PainTiming>(row[4], label));
  report.client_id = optional_text(row[5]);
  return report;
}

// Conflict when an entry's recording fingerprint or client id is stored for the athlete already or
// given twice in `entries`, as the SQLite store checks them.
core::Status check_new_entries(detail::PostgresSession& session, pqxx::transaction_base& transaction,
                               core::AthleteId athlete, const core::TrainingLog& entries) {
  std::vector<std::string_view> seen;
  for (const auto& activity : entries.activities) {
    if (!activity.recording) continue;
    const auto& recording = *activity.recording;
    const bool stored = !execute(session, transaction,
                                 "SELECT 1 FROM activity_recordings WHERE athlete_id = $1 AND fingerprint = $2",
                                 athlete.value, recording.fingerprint)
                             .empty();
    if (stored || std::find(seen.begin(), seen.end(), recording.fingerprint) != seen.end()) {
      return std::unexpected(detail::duplicate_recording(recording));
    }
    seen.push_back(recording.fingerprint);
  }
  auto check_client_id = [&](const char* sql, const std::optional<std::string>& client_id) -> core::Status {
    if (!client_id) return {};
    if (std::find(seen.begin(), seen.end(), *client_id) != seen.end() ||
        !execute(session, transaction, sql, athlete.value, *client_id).empty()) {
      return std::unexpected(detail::duplicate_client_id(*client_id));
    }
    seen.push_back(*client_id);
    return {};
  };
  seen.clear();
  for (const auto& activity : entries.activities) {
    STRIDE_TRY_STATUS(check_client_id("SELECT 1 FROM activities WHERE athlete_id = $1 AND client_id = $2",
                                      activity.client_id));
  }
  seen.clear();
  for (const auto& report : entries.pain) {
    STRIDE_TRY_STATUS(check_client_id("SELECT 1 FROM pain_reports WHERE athlete_id = $1 AND client_id = $2",
                                      report.client_id));
  }
  return {};
}

void insert_recording(detail::PostgresSession& session, pqxx::transaction_base& transaction, core::AthleteId athlete,
                      std::int64_t activity_id, const core::ActivityRecording& recording) {
  (void)execute(session, transaction,
                "INSERT INTO activity_recordings (activity_id, athlete_id, source, format, fingerprint, start_time_s, "
                "elapsed_s, max_hr_bpm, avg_cadence_spm, avg_power_w, avg_stance_time_ms, avg_vertical_oscillation_mm, "
                "avg_step_length_mm, avg_vertical_ratio_percent, avg_stance_time_balance_left_percent, heart_rate_load) "
                "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)",
                activity_id, athlete.value, recording.source, recording.format, recording.fingerprint,
                recording.start_time_s, recording.elapsed_s, recording.max_hr_bpm, recording.avg_cadence_spm,
                recording.avg_power_w, recording.avg_stance_time_ms, recording.avg_vertical_oscillation_mm,
                recording.avg_step_length_mm, recording.avg_vertical_ratio_percent,
                recording.avg_stance_time_balance_left_percent, recording.heart_rate_load);
}

// The athlete's activities with dates in [first, last] (ISO text), with their sets and recordings,
// by date, then id.
core::Result<std::vector<core::ActivityRecord>> read_activities(detail::PostgresSession& session,
                                                                pqxx::transaction_base& transaction,
                                                                core::AthleteId athlete, const std::string& first,
                                                                const std::string& last) {
  std::vector<core::ActivityRecord> records;
  std::unordered_map<std::int64_t, std::size_t> index_of;
  const auto activities =
      execute(session, transaction,
              fmt::format("SELECT {}, r.activity_id, {} FROM activities a LEFT JOIN activity_recordings r "
                          "ON r.activity_id = a.id WHERE a.athlete_id = $1 AND a.date >= $2 AND a.date <= $3 "
                          "ORDER BY a.date, a.id",
                          kActivityColumns, kRecordingColumns),
              athlete.value, first, last);
  records.reserve(activities.size());
  for (const auto& row : activities) {
    STRIDE_TRY(core::Activity activity, read_activity(row, session.label()));
    if (!row[kFirstRecordingColumn - 1].is_null()) {
      STRIDE_TRY(activity.recording, read_recording(row, session.label()));
    }
    const std::int64_t id = row[0].as<std::int64_t>();
    index_of.emplace(id, records.size());
    records.push_back({core::ActivityId{id}, std::move(activity)});
  }
  const auto sets = execute(session, transaction,
                            "SELECT s.activity_id, s.exercise, s.side, s.reps, s.load_kg, s.rpe FROM strength_sets s "
                            "JOIN activities a ON a.id = s.activity_id "
                            "WHERE a.athlete_id = $1 AND a.date >= $2 AND a.date <= $3 ORDER BY s.activity_id, s.position",
                            athlete.value, first, last);
  for (const auto& row : sets) {
    const auto found = index_of.find(row[0].as<std::int64_t>());
    if (found == index_of.end()) continue;  // cannot happen: one snapshot holds both reads
    core::StrengthSet set;
    set.exercise = row[1].as<std::string>();
    STRIDE_TRY(set.side, detail::read_name<core::Side>(row[2], session.label()));
    set.reps = row[3].as<int>();
    set.load_kg = optional_double(row[4]);
    set.rpe = optional_double(row[5]);
    records[found->second].activity.sets.push_back(std::move(set));
  }
  return records;
}

std::string first_date(const std::optional<core::Date>& from) {
  return from ? core::format_iso_date(*from) : kEarliestDate;
}

std::string last_date(const std::optional<core::Date>& to) { return to ? core::format_iso_date(*to) : kLatestDate; }

}  // namespace

core::Result<std::vector<core::ActivityId>> PostgresStore::add_log_entries(core::AthleteId athlete,
                                                                           const core::TrainingLog& entries) {
  STRIDE_TRY_STATUS(detail::check_log_entries(entries));
  auto& session = *m_session;
  return in_transaction(session, "adding training-log entries", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::ActivityId>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    STRIDE_TRY_STATUS(check_new_entries(session, transaction, athlete, entries));
    std::vector<core::ActivityId> ids;
    ids.reserve(entries.activities.size());
    for (const auto& activity : entries.activities) {
      const auto rows = execute(session, transaction,
                                "INSERT INTO activities (athlete_id, date, sport, duration_min, distance_km, rpe, avg_hr, "
                                "race, note, client_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id",
                                athlete.value, activity.date, activity.sport, activity.duration_min,
                                activity.distance_km, activity.rpe, activity.avg_hr, activity.race, activity.note,
                                activity.client_id);
      const std::int64_t activity_id = rows[0][0].as<std::int64_t>();
      ids.push_back(core::ActivityId{activity_id});
      if (activity.recording) insert_recording(session, transaction, athlete, activity_id, *activity.recording);
      int position = 0;
      for (const auto& set : activity.sets) {
        (void)execute(session, transaction,
                      "INSERT INTO strength_sets (activity_id, position, exercise, side, reps, load_kg, rpe) "
                      "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                      activity_id, position++, set.exercise, set.side, set.reps, set.load_kg, set.rpe);
      }
    }
    for (const auto& report : entries.pain) {
      (void)execute(session, transaction,
                    "INSERT INTO pain_reports (athlete_id, date, region, side, score, timing, client_id) "
                    "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    athlete.value, report.date, report.region, report.side, report.score, report.when,
                    report.client_id);
    }
    detail::mark_changed(session, transaction, athlete.value);
    return ids;
  });
}

core::Result<core::TrainingLog> PostgresStore::training_log(core::AthleteId athlete, std::optional<core::Date> from,
                                                            std::optional<core::Date> to) {
  auto& session = *m_session;
  return in_transaction(session, "reading the training log", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::TrainingLog> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const std::string first = first_date(from);
    const std::string last = last_date(to);
    core::TrainingLog log;
    STRIDE_TRY(auto records, read_activities(session, transaction, athlete, first, last));
    log.activities.reserve(records.size());
    for (auto& record : records) log.activities.push_back(std::move(record.activity));
    for (const auto& row : execute(session, transaction,
                                   "SELECT date, region, side, score, timing, client_id FROM pain_reports "
                                   "WHERE athlete_id = $1 AND date >= $2 AND date <= $3 ORDER BY date, id",
                                   athlete.value, first, last)) {
      STRIDE_TRY(core::PainReport report, read_pain_report(row, session.label()));
      log.pain.push_back(std::move(report));
    }
    return log;
  });
}

core::Result<std::vector<core::ActivityRecord>> PostgresStore::activity_records(core::AthleteId athlete,
                                                                              std::optional<core::Date> from,
                                                                              std::optional<core::Date> to) {
  auto& session = *m_session;
  return in_transaction(session, "reading activities", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::ActivityRecord>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    return read_activities(session, transaction, athlete, first_date(from), last_date(to));
  });
}

core::Result<std::optional<core::ActivityRecord>> PostgresStore::activity_with_client_id(core::AthleteId athlete,
                                                                                       std::string_view client_id) {
  auto& session = *m_session;
  return in_transaction(session, "reading an activity", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::ActivityRecord>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const auto rows = execute(session, transaction,
                              "SELECT date FROM activities WHERE athlete_id = $1 AND client_id = $2", athlete.value,
                              client_id);
    if (rows.empty()) return std::optional<core::ActivityRecord>();
    const std::string date = rows[0][0].as<std::string>();
    STRIDE_TRY(auto records, read_activities(session, transaction, athlete, date, date));
    for (auto& record : records) {
      if (record.activity.client_id == client_id) return std::optional<core::ActivityRecord>(std::move(record));
    }
    return std::optional<core::ActivityRecord>();
  });
}

core::Result<std::optional<core::PainReport>> PostgresStore::pain_report_with_client_id(core::AthleteId athlete,
                                                                                       std::string_view client_id) {
  auto& session = *m_session;
  return in_transaction(session, "reading a pain report", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::PainReport>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const auto rows = execute(session, transaction,
                              "SELECT date, region, side, score, timing, client_id FROM pain_reports "
                              "WHERE athlete_id = $1 AND client_id = $2",
                              athlete.value, client_id);
    if (rows.empty()) return std::optional<core::PainReport>();
    STRIDE_TRY(core::PainReport report, read_pain_report(rows[0], session.label()));
    return std::optional<core::PainReport>(std::move(report));
  });
}

core::Result<std::vector<core::ActivityRecord>> PostgresStore::recorded_activities(core::AthleteId athlete,
                                                                                 std::string_view fingerprint,
                                                                                 double from_s, double to_s) {
  auto& session = *m_session;
  return in_transaction(session, "reading recorded activities", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::ActivityRecord>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    std::vector<core::ActivityRecord> records;
    for (const auto& row :
         execute(session, transaction,
                 fmt::format("SELECT {}, r.activity_id, {} FROM activity_recordings r JOIN activities a ON "
                             "a.id = r.activity_id WHERE r.athlete_id = $1 AND ((r.start_time_s >= $2 AND "
                             "r.start_time_s <= $3) OR r.fingerprint = $4) ORDER BY r.start_time_s, a.id",
                             kActivityColumns, kRecordingColumns),
                 athlete.value, from_s, to_s, fingerprint)) {
      core::ActivityRecord record;
      record.id = core::ActivityId{row[0].as<std::int64_t>()};
      STRIDE_TRY(record.activity, read_activity(row, session.label()));
      STRIDE_TRY(record.activity.recording, read_recording(row, session.label()));
      records.push_back(std::move(record));
    }
    return records;
  });
}

core::Status PostgresStore::rate_activity(core::AthleteId athlete, core::ActivityId activity, double rpe) {
  STRIDE_TRY_STATUS(detail::check_rating(rpe));
  auto& session = *m_session;
  return in_transaction(session, "rating an activity", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const auto rows = execute(session, transaction, "UPDATE activities SET rpe = $1 WHERE id = $2 AND athlete_id = $3",
                              rpe, activity.value, athlete.value);
    if (rows.affected_rows() == 0) return std::unexpected(detail::unknown_activity(athlete, activity));
    detail::mark_changed(session, transaction, athlete.value);
    return {};
  });
}

}  // namespace stride::storage
