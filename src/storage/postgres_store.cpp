// PostgresStore: opening, athletes, assessments and the unit of work. Plans are in
// postgres_plans.cpp, the training log in postgres_training_log.cpp.

#include "stride/storage/postgres_store.hpp"

#include <fmt/format.h>

#include "decoded_plans.hpp"
#include "postgres_schema.hpp"
#include "postgres_support.hpp"
#include "store_validation.hpp"
#include "stride/documents/document_codecs.hpp"

namespace stride::storage {

using detail::Access;
using detail::execute;
using detail::in_transaction;

namespace {

core::Result<core::AthleteRecord> read_athlete(std::int64_t id, const std::string& profile, const std::string& label) {
  auto athlete = documents::decode_stored_athlete(profile, fmt::format("athletes row {}", id));
  if (!athlete) {
    return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                            "a stored athlete cannot be read: " + athlete.error().describe(), label));
  }
  return core::AthleteRecord{core::AthleteId{id}, std::move(*athlete)};
}

}  // namespace

PostgresStore::PostgresStore(std::unique_ptr<detail::PostgresSession> session)
    : m_session(std::move(session)), m_decoded_plans(std::make_unique<detail::DecodedPlans>()) {}

PostgresStore::~PostgresStore() = default;

core::Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const std::string& url) {
  const std::string label = detail::describe_url(url);
  try {
    auto session = std::make_unique<detail::PostgresSession>(url);
    STRIDE_TRY_STATUS(detail::prepare_postgres_schema(*session));
    return std::unique_ptr<PostgresStore>(new PostgresStore(std::move(session)));
  } catch (...) {
    return std::unexpected(detail::translate_current_exception(label, "opening the database"));
  }
}

core::Result<core::AthleteId> PostgresStore::add_athlete(const core::Athlete& athlete) {
  STRIDE_TRY(const std::string profile, detail::athlete_document(athlete));
  auto& session = *m_session;
  return in_transaction(session, "adding an athlete", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::AthleteId> {
                          const auto rows = execute(
                              session, transaction,
                              "INSERT INTO athletes (name, profile, revision) VALUES ($1, $2, $3) RETURNING id",
                              athlete.name, profile, session.new_revision());
                          return core::AthleteId{rows[0][0].as<std::int64_t>()};
                        });
}

core::Status PostgresStore::update_athlete(core::AthleteId id, const core::Athlete& athlete) {
  STRIDE_TRY(const std::string profile, detail::athlete_document(athlete));
  auto& session = *m_session;
  return in_transaction(session, "updating an athlete", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
                          const auto rows = execute(
                              session, transaction, "UPDATE athletes SET name = $1, profile = $2, revision = $3 WHERE id = $4",
                              athlete.name, profile, session.new_revision(), id.value);
                          if (rows.affected_rows() == 0) return std::unexpected(detail::unknown_athlete(id));
                          return {};
                        });
}

core::Result<core::AthleteRecord> PostgresStore::find_athlete(core::AthleteId id) {
  auto& session = *m_session;
  return in_transaction(session, "reading an athlete", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::AthleteRecord> {
                          const auto rows =
                              execute(session, transaction, "SELECT profile FROM athletes WHERE id = $1", id.value);
                          if (rows.empty()) return std::unexpected(detail::unknown_athlete(id));
                          return read_athlete(id.value, rows[0][0].as<std::string>(), session.label());
                        });
}

core::Result<std::int64_t> PostgresStore::athlete_revision(core::AthleteId id) {
  auto& session = *m_session;
  return in_transaction(session, "reading an athlete's revision", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::int64_t> {
                          const auto rows =
                              execute(session, transaction, "SELECT revision FROM athletes WHERE id = $1", id.value);
                          if (rows.empty()) return std::unexpected(detail::unknown_athlete(id));
                          return rows[0][0].as<std::int64_t>();
                        });
}

// The foreign keys cascade, as in the SQLite store.
core::Status PostgresStore::delete_athlete(core::AthleteId id) {
  auto& session = *m_session;
  return in_transaction(session, "deleting an athlete", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
                          const auto rows = execute(session, transaction, "DELETE FROM athletes WHERE id = $1", id.value);
                          if (rows.affected_rows() == 0) return std::unexpected(detail::unknown_athlete(id));
                          return {};
                        });
}

core::Result<std::vector<core::AthleteRecord>> PostgresStore::list_athletes() {
  auto& session = *m_session;
  return in_transaction(session, "listing athletes", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::AthleteRecord>> {
                          std::vector<core::AthleteRecord> records;
                          for (const auto& row :
                               execute(session, transaction, "SELECT id, profile FROM athletes ORDER BY id")) {
                            STRIDE_TRY(auto record, read_athlete(row[0].as<std::int64_t>(), row[1].as<std::string>(),
                                                                 session.label()));
                            records.push_back(std::move(record));
                          }
                          return records;
                        });
}

core::Result<core::AssessmentId> PostgresStore::add_assessment(core::AthleteId athlete, core::Date date,
                                                               const core::Assessment& assessment) {
  STRIDE_TRY(const std::string document, detail::assessment_document(assessment));
  if (!date.ok()) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput, "cannot store the assessment: no date"));
  }
  auto& session = *m_session;
  return in_transaction(
      session, "adding an assessment", Access::Write,
      [&](pqxx::dbtransaction& transaction) -> core::Result<core::AssessmentId> {
        STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
        const auto rows = execute(session, transaction,
                                  "INSERT INTO assessments (athlete_id, date, document) VALUES ($1, $2, $3) RETURNING id",
                                  athlete.value, date, document);
        detail::mark_changed(session, transaction, athlete.value);
        return core::AssessmentId{rows[0][0].as<std::int64_t>()};
      });
}

core::Result<std::vector<core::AssessmentRecord>> PostgresStore::assessments(core::AthleteId athlete) {
  auto& session = *m_session;
  return in_transaction(
      session, "reading assessments", Access::Read,
      [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::AssessmentRecord>> {
        STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
        std::vector<core::AssessmentRecord> records;
        for (const auto& row : execute(session, transaction,
                                       "SELECT id, date, document FROM assessments WHERE athlete_id = $1 ORDER BY date, id",
                                       athlete.value)) {
          const std::int64_t id = row[0].as<std::int64_t>();
          STRIDE_TRY(const core::Date date, detail::read_date(row[1], session.label()));
          auto assessment =
              documents::decode_stored_assessment(row[2].as<std::string>(), fmt::format("assessments row {}", id));
          if (!assessment) {
            return std::unexpected(core::make_error(core::ErrorCode::Corrupt,
                                                    "a stored assessment cannot be read: " + assessment.error().describe(),
                                                    session.label()));
          }
          records.push_back({core::AssessmentId{id}, athlete, date, std::move(*assessment)});
        }
        return records;
      });
}

// One write transaction (the writer lock is taken before the first read), in which every method's
// own transaction is a savepoint; a unit inside a unit is a savepoint too.
core::Status PostgresStore::in_one_unit(const std::function<core::Status()>& work) {
  auto& session = *m_session;
  return in_transaction(
      session, "a unit of work", Access::Write,
      [&](pqxx::dbtransaction& transaction) -> core::Status {
        // The methods `work` calls run in savepoints of this transaction while it lasts.
        struct UnitScope {
          detail::PostgresSession& session;
          pqxx::dbtransaction* enclosing;
          ~UnitScope() { session.unit = enclosing; }
        } scope{session, session.unit};
        session.unit = &transaction;
        return work();
      },
      detail::Retries::Never);
}

}  // namespace stride::storage
