// SqliteStore: the training log (activities with their strength sets, and pain reports).

#include <fmt/format.h>

#include <algorithm>
#include <cstddef>
#include <unordered_map>
#include <vector>

#include "sqlite_recordings.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

using detail::guarded;
using detail::Transaction;

namespace {

// Open bounds as the widest ISO dates, so one statement serves every range.
constexpr const char* kEarliestDate = "0000-01-01";
constexpr const char* kLatestDate = "9999-12-31";

template <class E>
core::Result<E> read_enum(const std::string& text, const std::string& path) {
  if (auto value = core::parse_enum<E>(text)) return *value;
  return std::unexpected(
      core::make_error(core::ErrorCode::Corrupt, fmt::format("the stored value \"{}\" is not one of {}", text,
                                                             core::enum_choices<E>()), path));
}

// A pain report from the columns date, region, side, score, timing, client_id of `row`.
core::Result<core::PainReport> read_pain_report(SQLite::Statement& row, const std::string& path) {
  core::PainReport report;
  STRIDE_TRY(report.date, detail::read_stored_date(row.getColumn(0).getString(), path));
  STRIDE_TRY(report.region, read_enum<core::InjuryRegion>(row.getColumn(1).getString(), path));
  STRIDE_TRY(report.side, read_enum<core::Side>(row.getColumn(2).getString(), path));
  report.score = row.getColumn(3).getInt();
  STRIDE_TRY(report.when, read_enum<core::PainTiming>(row.getColumn(4).getString(), path));
  report.client_id = detail::optional_text(row.getColumn(5));
  return report;
}

// Inserts strength sets several rows per INSERT statement: SQLite's cost per statement run (opening
// cursors, starting and ending the statement) is then shared by kRowsPerStatement rows. Rows are
// written in the order they are added, so they get the same ids as one statement per row would
// give them; the last ones are written by flush(), which must run before the transaction commits.
// `add` keeps a pointer to the set until it is written. May throw SQLite::Exception.
class StrengthSetWriter {
 public:
  explicit StrengthSetWriter(SQLite::Database& database)
      : m_database(database), m_full_insert(database, insert_sql(kRowsPerStatement)) {
    m_pending.reserve(kRowsPerStatement);
  }

  void add(std::int64_t activity_id, int position, const core::StrengthSet& set) {
    m_pending.push_back({activity_id, position, &set});
    if (m_pending.size() == kRowsPerStatement) write(m_full_insert);
  }

  void flush() {
    if (m_pending.empty()) return;
    SQLite::Statement insert(m_database, insert_sql(m_pending.size()));
    write(insert);
  }

 private:
  // 448 parameters, within the 999 of SQLite's most restrictive builds.
  static constexpr std::size_t kRowsPerStatement = 64;

  struct PendingSet {
    std::int64_t activity_id;
    int position;
    const core::StrengthSet* set;
  };

  static std::string insert_sql(std::size_t rows) {
    std::string sql = "INSERT INTO strength_sets (activity_id, position, exercise, side, reps, load_kg, rpe) VALUES ";
    for (std::size_t row = 0; row < rows; ++row) sql += row == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)";
    return sql;
  }

  // Binds every pending row to `insert`, which has exactly that many rows of parameters, and runs it.
  void write(SQLite::Statement& insert) {
    int index = 0;
    for (const auto& pending : m_pending) {
      insert.bind(++index, pending.activity_id);
      insert.bind(++index, pending.position);
      insert.bindNoCopy(++index, pending.set->exercise);
      detail::bind_name(insert, ++index, pending.set->side);
      insert.bind(++index, pending.set->reps);
      detail::bind_optional(insert, ++index, pending.set->load_kg);
      detail::bind_optional(insert, ++index, pending.set->rpe);
    }
    insert.exec();
    insert.reset();
    m_pending.clear();
  }

  SQLite::Database& m_database;
  SQLite::Statement m_full_insert;
  std::vector<PendingSet> m_pending;
};

}  // namespace

namespace detail {

core::Result<core::Activity> read_activity_columns(SQLite::Statement& row, std::string_view path) {
  const std::string stored_path(path);
  core::Activity activity;
  STRIDE_TRY(activity.date, read_stored_date(row.getColumn(1).getString(), stored_path));
  STRIDE_TRY(activity.sport, read_enum<core::Sport>(row.getColumn(2).getString(), stored_path));
  activity.duration_min = row.getColumn(3).getDouble();
  activity.distance_km = optional_double(row.getColumn(4));
  activity.rpe = optional_double(row.getColumn(5));
  activity.avg_hr = optional_int(row.getColumn(6));
  activity.race = row.getColumn(7).getInt() != 0;
  activity.note = optional_text(row.getColumn(8));
  activity.client_id = optional_text(row.getColumn(9));
  return activity;
}

}  // namespace detail

core::Result<std::vector<core::ActivityId>> SqliteStore::add_log_entries(core::AthleteId athlete,
                                                                         const core::TrainingLog& entries) {
  STRIDE_TRY_STATUS(detail::check_log_entries(entries));
  return guarded(m_path, "adding training-log entries", [&]() -> core::Result<std::vector<core::ActivityId>> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    STRIDE_TRY_STATUS(detail::check_new_recordings(*m_database, athlete, entries));
    STRIDE_TRY_STATUS(check_new_client_ids(athlete, entries));
    auto activity_insert =
        m_statements->lend("INSERT INTO activities (athlete_id, date, sport, duration_min, distance_km, rpe, "
                           "avg_hr, race, note, client_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    StrengthSetWriter set_writer(*m_database);
    std::vector<core::ActivityId> ids;
    ids.reserve(entries.activities.size());
    for (const auto& activity : entries.activities) {
      activity_insert->bind(1, athlete.value);
      activity_insert->bind(2, detail::stored_date(activity.date));
      detail::bind_name(*activity_insert, 3, activity.sport);
      activity_insert->bind(4, activity.duration_min);
      detail::bind_optional(*activity_insert, 5, activity.distance_km);
      detail::bind_optional(*activity_insert, 6, activity.rpe);
      detail::bind_optional(*activity_insert, 7, activity.avg_hr);
      activity_insert->bind(8, activity.race ? 1 : 0);
      detail::bind_optional(*activity_insert, 9, activity.note);
      detail::bind_optional(*activity_insert, 10, activity.client_id);
      activity_insert->exec();
      activity_insert->reset();
      // The new row's id is the connection's last rowid (RETURNING would buffer each row in a
      // temporary table).
      const std::int64_t activity_id = m_database->getLastInsertRowid();
      ids.push_back(core::ActivityId{activity_id});
      if (activity.recording) detail::insert_recording(*m_database, athlete, activity_id, *activity.recording);
      int position = 0;
      for (const auto& set : activity.sets) set_writer.add(activity_id, position++, set);
    }
    set_writer.flush();
    if (!entries.pain.empty()) {
      auto pain_insert =
          m_statements->lend("INSERT INTO pain_reports (athlete_id, date, region, side, score, timing, client_id) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?)");
      for (const auto& report : entries.pain) {
        pain_insert->bind(1, athlete.value);
        pain_insert->bind(2, detail::stored_date(report.date));
        detail::bind_name(*pain_insert, 3, report.region);
        detail::bind_name(*pain_insert, 4, report.side);
        pain_insert->bind(5, report.score);
        detail::bind_name(*pain_insert, 6, report.when);
        detail::bind_optional(*pain_insert, 7, report.client_id);
        pain_insert->exec();
        pain_insert->reset();
      }
    }
    mark_changed(athlete);
    transaction.commit();
    return ids;
  });
}

core::Result<std::vector<core::ActivityRecord>> SqliteStore::read_activities(core::AthleteId athlete,
                                                                           const std::string& first,
                                                                           const std::string& last) {
  std::vector<core::ActivityRecord> records;
  SQLite::Statement activities(
      *m_database, fmt::format("SELECT a.id, a.date, a.sport, a.duration_min, a.distance_km, a.rpe, a.avg_hr, a.race, "
                               "a.note, a.client_id, r.activity_id, {} FROM activities a LEFT JOIN activity_recordings r "
                               "ON r.activity_id = a.id WHERE a.athlete_id = ? AND a.date >= ? AND a.date <= ? "
                               "ORDER BY a.date, a.id",
                               detail::kRecordingColumns));
  activities.bind(1, athlete.value);
  activities.bind(2, first);
  activities.bind(3, last);
  std::unordered_map<std::int64_t, std::size_t> index_of;
  while (activities.executeStep()) {
    STRIDE_TRY(core::Activity activity, detail::read_activity_columns(activities, m_path));
    if (!activities.getColumn(10).isNull()) {
      STRIDE_TRY(activity.recording, detail::read_recording(activities, 11, m_path));
    }
    const std::int64_t id = activities.getColumn(0).getInt64();
    index_of.emplace(id, records.size());
    records.push_back({core::ActivityId{id}, std::move(activity)});
  }

  auto sets =

      m_statements->lend("SELECT s.activity_id, s.exercise, s.side, s.reps, s.load_kg, s.rpe FROM strength_sets s "

                         "JOIN activities a ON a.id = s.activity_id "

                         "WHERE a.athlete_id = ? AND a.date >= ? AND a.date <= ? ORDER BY s.activity_id, s.position");
  sets->bind(1, athlete.value);
  sets->bind(2, first);
  sets->bind(3, last);
  while (sets->executeStep()) {
    const auto found = index_of.find(sets->getColumn(0).getInt64());
    if (found == index_of.end()) continue;  // cannot happen: one snapshot holds both reads
    core::StrengthSet set;
    set.exercise = sets->getColumn(1).getString();
    STRIDE_TRY(set.side, read_enum<core::Side>(sets->getColumn(2).getString(), m_path));
    set.reps = sets->getColumn(3).getInt();
    set.load_kg = detail::optional_double(sets->getColumn(4));
    set.rpe = detail::optional_double(sets->getColumn(5));
    records[found->second].activity.sets.push_back(std::move(set));
  }
  return records;
}

core::Result<std::vector<core::ActivityRecord>> SqliteStore::activity_records(core::AthleteId athlete,
                                                                            std::optional<core::Date> from,
                                                                            std::optional<core::Date> to) {
  return guarded(m_path, "reading activities", [&]() -> core::Result<std::vector<core::ActivityRecord>> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    return read_activities(athlete, from ? detail::stored_date(*from) : kEarliestDate,
                           to ? detail::stored_date(*to) : kLatestDate);
  });
}

core::Result<std::optional<core::ActivityRecord>> SqliteStore::activity_with_client_id(core::AthleteId athlete,
                                                                                     std::string_view client_id) {
  return guarded(m_path, "reading an activity", [&]() -> core::Result<std::optional<core::ActivityRecord>> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto query = m_statements->lend("SELECT date FROM activities WHERE athlete_id = ? AND client_id = ?");
    query->bind(1, athlete.value);
    query->bind(2, std::string(client_id));
    if (!query->executeStep()) return std::optional<core::ActivityRecord>();
    const std::string date = query->getColumn(0).getString();
    STRIDE_TRY(auto records, read_activities(athlete, date, date));
    for (auto& record : records) {
      if (record.activity.client_id == client_id) return std::optional<core::ActivityRecord>(std::move(record));
    }
    return std::optional<core::ActivityRecord>();
  });
}

core::Result<std::optional<core::PainReport>> SqliteStore::pain_report_with_client_id(core::AthleteId athlete,
                                                                                     std::string_view client_id) {
  return guarded(m_path, "reading a pain report", [&]() -> core::Result<std::optional<core::PainReport>> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto pain =
        m_statements->lend("SELECT date, region, side, score, timing, client_id FROM pain_reports "
                           "WHERE athlete_id = ? AND client_id = ?");
    pain->bind(1, athlete.value);
    pain->bind(2, std::string(client_id));
    if (!pain->executeStep()) return std::optional<core::PainReport>();
    STRIDE_TRY(core::PainReport report, read_pain_report(*pain, m_path));
    return std::optional<core::PainReport>(std::move(report));
  });
}

core::Status SqliteStore::check_new_client_ids(core::AthleteId athlete, const core::TrainingLog& entries) {
  auto check = [&](const char* sql, const std::optional<std::string>& client_id,
                   std::vector<std::string_view>& seen) -> core::Status {
    if (!client_id) return {};
    if (std::find(seen.begin(), seen.end(), *client_id) != seen.end()) {
      return std::unexpected(detail::duplicate_client_id(*client_id));
    }
    seen.push_back(*client_id);
    SQLite::Statement query(*m_database, sql);
    query.bind(1, athlete.value);
    query.bind(2, *client_id);
    if (query.executeStep()) return std::unexpected(detail::duplicate_client_id(*client_id));
    return {};
  };
  std::vector<std::string_view> seen;
  for (const auto& activity : entries.activities) {
    STRIDE_TRY_STATUS(check("SELECT 1 FROM activities WHERE athlete_id = ? AND client_id = ?", activity.client_id, seen));
  }
  seen.clear();
  for (const auto& report : entries.pain) {
    STRIDE_TRY_STATUS(check("SELECT 1 FROM pain_reports WHERE athlete_id = ? AND client_id = ?", report.client_id, seen));
  }
  return {};
}

core::Result<core::TrainingLog> SqliteStore::training_log(core::AthleteId athlete, std::optional<core::Date> from,
                                                          std::optional<core::Date> to) {
  return guarded(m_path, "reading the training log", [&]() -> core::Result<core::TrainingLog> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    const std::string first = from ? detail::stored_date(*from) : kEarliestDate;
    const std::string last = to ? detail::stored_date(*to) : kLatestDate;
    core::TrainingLog log;
    STRIDE_TRY(auto records, read_activities(athlete, first, last));
    log.activities.reserve(records.size());
    for (auto& record : records) log.activities.push_back(std::move(record.activity));

    auto pain =

        m_statements->lend("SELECT date, region, side, score, timing, client_id FROM pain_reports "

                           "WHERE athlete_id = ? AND date >= ? AND date <= ? ORDER BY date, id");
    pain->bind(1, athlete.value);
    pain->bind(2, first);
    pain->bind(3, last);
    while (pain->executeStep()) {
      STRIDE_TRY(core::PainReport report, read_pain_report(*pain, m_path));
      log.pain.push_back(std::move(report));
    }
    return log;
  });
}

}  // namespace stride::storage
