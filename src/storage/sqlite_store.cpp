// SqliteStore: opening, athletes and assessments. Plans are in sqlite_plans.cpp and the training
// log in sqlite_training_log.cpp.

#include "stride/storage/sqlite_store.hpp"

#include <fmt/format.h>

#include <chrono>
#include <thread>

#include "decoded_plans.hpp"
#include "migrations.hpp"
#include "schema.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/documents/document_codecs.hpp"

namespace stride::storage {

using detail::guarded;
using detail::Transaction;

namespace {

core::Result<core::AthleteRecord> read_athlete(std::int64_t id, const std::string& profile, const std::string& path) {
  // A name stored before names were checked is read back as it is; outputs neutralise it.
  auto athlete = documents::decode_stored_athlete(profile, fmt::format("athletes row {}", id));
  if (!athlete) {
    return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                            "a stored athlete cannot be read: " + athlete.error().describe(), path));
  }
  return core::AthleteRecord{core::AthleteId{id}, std::move(*athlete)};
}

}  // namespace

SqliteStore::SqliteStore(std::unique_ptr<SQLite::Database> database, std::string path)
    : m_database(std::move(database)),
      m_path(std::move(path)),
      m_decoded_plans(std::make_unique<detail::DecodedPlans>()),
      m_statements(std::make_unique<detail::StatementCache>(*m_database)) {}

SqliteStore::~SqliteStore() = default;

core::Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path) {
  return open(path, SqliteOptions{});
}

core::Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const std::string& path, const SqliteOptions& options) {
  auto attempt = [&]() {
    return guarded(path, "opening the database", [&]() -> core::Result<std::unique_ptr<SqliteStore>> {
      auto database = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                                         static_cast<int>(options.busy_timeout.count()));
      STRIDE_TRY_STATUS(detail::prepare_database(*database, path));
      return std::unique_ptr<SqliteStore>(new SqliteStore(std::move(database), path));
    });
  };
  // Switching a new file to WAL takes an exclusive lock for which SQLite may report busy without
  // waiting, when several processes open the new file at once; so the whole opening is retried
  // until the busy timeout has passed.
  const auto give_up = std::chrono::steady_clock::now() + options.busy_timeout;
  auto opened = attempt();
  while (!opened && opened.error().code == core::ErrorCode::Busy && std::chrono::steady_clock::now() < give_up) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    opened = attempt();
  }
  return opened;
}

core::Status SqliteStore::require_athlete(core::AthleteId id) {
  auto query = m_statements->lend("SELECT 1 FROM athletes WHERE id = ?");
  query->bind(1, id.value);
  if (!query->executeStep()) return std::unexpected(detail::unknown_athlete(id));
  return {};
}

// SQLite's random() gives 64 random bits, so no two revisions of an athlete id are alike.
void SqliteStore::mark_changed(core::AthleteId id) {
  auto update = m_statements->lend("UPDATE athletes SET revision = random() WHERE id = ?");
  update->bind(1, id.value);
  update->exec();
}

core::Result<core::AthleteId> SqliteStore::add_athlete(const core::Athlete& athlete) {
  STRIDE_TRY(const std::string profile, detail::athlete_document(athlete));
  return guarded(m_path, "adding an athlete", [&]() -> core::Result<core::AthleteId> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto insert =
        m_statements->lend("INSERT INTO athletes (name, profile, revision) VALUES (?, ?, random()) RETURNING id");
    insert->bind(1, athlete.name);
    insert->bind(2, profile);
    insert->executeStep();
    const core::AthleteId id{insert->getColumn(0).getInt64()};
    insert->reset();
    transaction.commit();
    return id;
  });
}

core::Status SqliteStore::update_athlete(core::AthleteId id, const core::Athlete& athlete) {
  STRIDE_TRY(const std::string profile, detail::athlete_document(athlete));
  return guarded(m_path, "updating an athlete", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto update = m_statements->lend("UPDATE athletes SET name = ?, profile = ?, revision = random() WHERE id = ?");
    update->bind(1, athlete.name);
    update->bind(2, profile);
    update->bind(3, id.value);
    if (update->exec() == 0) return std::unexpected(detail::unknown_athlete(id));
    transaction.commit();
    return {};
  });
}

core::Result<core::AthleteRecord> SqliteStore::find_athlete(core::AthleteId id) {
  return guarded(m_path, "reading an athlete", [&]() -> core::Result<core::AthleteRecord> {
    auto query = m_statements->lend("SELECT profile FROM athletes WHERE id = ?");
    query->bind(1, id.value);
    if (!query->executeStep()) return std::unexpected(detail::unknown_athlete(id));
    return read_athlete(id.value, query->getColumn(0).getString(), m_path);
  });
}

core::Result<core::Store::SchemaVersions> SqliteStore::schema_versions() {
  return guarded(m_path, "reading the schema version", [&]() -> core::Result<SchemaVersions> {
    auto query = m_statements->lend("SELECT max(version) FROM schema_migrations");
    query->executeStep();
    return SchemaVersions{query->getColumn(0).getInt(), detail::latest_schema_version()};
  });
}

core::Result<std::int64_t> SqliteStore::athlete_revision(core::AthleteId id) {
  return guarded(m_path, "reading an athlete's revision", [&]() -> core::Result<std::int64_t> {
    auto query = m_statements->lend("SELECT revision FROM athletes WHERE id = ?");
    query->bind(1, id.value);
    if (!query->executeStep()) return std::unexpected(detail::unknown_athlete(id));
    return query->getColumn(0).getInt64();
  });
}

// The foreign keys cascade: assessments, plans with their days, the running calendar, activities
// with their sets and recordings, pain reports and coach grants go with the athlete; invitations
// accepted for it keep their row without it.
core::Status SqliteStore::delete_athlete(core::AthleteId id) {
  return guarded(m_path, "deleting an athlete", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto remove = m_statements->lend("DELETE FROM athletes WHERE id = ?");
    remove->bind(1, id.value);
    if (remove->exec() == 0) return std::unexpected(detail::unknown_athlete(id));
    transaction.commit();
    return {};
  });
}

core::Result<std::vector<core::AthleteRecord>> SqliteStore::list_athletes() {
  return guarded(m_path, "listing athletes", [&]() -> core::Result<std::vector<core::AthleteRecord>> {
    auto query = m_statements->lend("SELECT id, profile FROM athletes ORDER BY id");
    std::vector<core::AthleteRecord> records;
    while (query->executeStep()) {
      STRIDE_TRY(auto record, read_athlete(query->getColumn(0).getInt64(), query->getColumn(1).getString(), m_path));
      records.push_back(std::move(record));
    }
    return records;
  });
}

core::Result<core::AssessmentId> SqliteStore::add_assessment(core::AthleteId athlete, core::Date date,
                                                             const core::Assessment& assessment) {
  STRIDE_TRY(const std::string document, detail::assessment_document(assessment));
  if (!date.ok()) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput, "cannot store the assessment: no date"));
  }
  return guarded(m_path, "adding an assessment", [&]() -> core::Result<core::AssessmentId> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto insert =
        m_statements->lend("INSERT INTO assessments (athlete_id, date, document) VALUES (?, ?, ?) RETURNING id");
    insert->bind(1, athlete.value);
    insert->bind(2, detail::stored_date(date));
    insert->bind(3, document);
    insert->executeStep();
    const core::AssessmentId id{insert->getColumn(0).getInt64()};
    insert->reset();
    mark_changed(athlete);
    transaction.commit();
    return id;
  });
}

core::Result<std::vector<core::AssessmentRecord>> SqliteStore::assessments(core::AthleteId athlete) {
  return guarded(m_path, "reading assessments", [&]() -> core::Result<std::vector<core::AssessmentRecord>> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto query =
        m_statements->lend("SELECT id, date, document FROM assessments WHERE athlete_id = ? ORDER BY date, id");
    query->bind(1, athlete.value);
    std::vector<core::AssessmentRecord> records;
    while (query->executeStep()) {
      const std::int64_t id = query->getColumn(0).getInt64();
      STRIDE_TRY(const core::Date date, detail::read_stored_date(query->getColumn(1).getString(), m_path));
      auto assessment = documents::decode_stored_assessment(query->getColumn(2).getString(), fmt::format("assessments row {}", id));
      if (!assessment) {
        return std::unexpected(core::make_error(
            core::ErrorCode::Corrupt, "a stored assessment cannot be read: " + assessment.error().describe(), m_path));
      }
      records.push_back({core::AssessmentId{id}, athlete, date, std::move(*assessment)});
    }
    return records;
  });
}

// One write transaction (BEGIN IMMEDIATE takes the write lock before the first read), inside which
// every method's own transaction is a savepoint.
core::Status SqliteStore::in_one_unit(const std::function<core::Status()>& work) {
  return guarded(m_path, "a unit of work", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(work());
    transaction.commit();
    return {};
  });
}

}  // namespace stride::storage
