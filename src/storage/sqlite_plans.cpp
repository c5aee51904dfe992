// SqliteStore: plans, their days and their sessions.

#include <fmt/format.h>

#include "decoded_plans.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

using detail::guarded;
using detail::Transaction;

namespace {

core::Error damaged(const std::string& path, std::string_view what, const core::Error& error) {
  return core::make_error(core::ErrorCode::Corrupt, fmt::format("a stored {} cannot be read: {}", what, error.describe()),
                          path);
}

void insert_days(SQLite::Database& database, std::int64_t plan_id, const detail::CheckedPlan& checked) {
  SQLite::Statement day_insert(database, "INSERT INTO plan_days (plan_id, date, document) VALUES (?, ?, ?)");
  SQLite::Statement session_insert(database,
                                   "INSERT INTO plan_sessions (plan_id, date, session_key, kind, phase, intensity, "
                                   "minutes, title) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
  for (std::size_t index = 0; index < checked.days.size(); ++index) {
    const core::PlanDay* day = checked.days[index];
    const std::string date = detail::stored_date(day->date);
    day_insert.bind(1, plan_id);
    day_insert.bind(2, date);
    day_insert.bind(3, checked.day_documents[index]);
    day_insert.exec();
    day_insert.reset();
    for (const auto& session : day->sessions) {
      session_insert.bind(1, plan_id);
      session_insert.bind(2, date);
      session_insert.bind(3, session.id);
      detail::bind_name(session_insert, 4, session.kind);
      detail::bind_name(session_insert, 5, session.phase);
      detail::bind_name(session_insert, 6, session.intensity);
      session_insert.bind(7, static_cast<std::int64_t>(session.minutes.count()));
      session_insert.bind(8, session.title);
      session_insert.exec();
      session_insert.reset();
    }
  }
}

// NotFound unless `assessment` belongs to `athlete`.
core::Status require_assessment(SQLite::Database& database, core::AthleteId athlete, core::AssessmentId assessment) {
  SQLite::Statement query(database, "SELECT 1 FROM assessments WHERE id = ? AND athlete_id = ?");
  query.bind(1, assessment.value);
  query.bind(2, athlete.value);
  if (query.executeStep()) return {};
  return std::unexpected(core::make_error(
      core::ErrorCode::NotFound,
      fmt::format("no assessment has the id {} for the athlete {}", assessment.value, athlete.value)));
}

}  // namespace

core::Result<core::PlanId> SqliteStore::add_plan(core::AthleteId athlete, core::Date created_on,
                                                 const core::RunningCalendar& calendar,
                                                 std::optional<core::AssessmentId> assessment, const core::Plan& plan) {
  STRIDE_TRY(const std::string calendar_document, detail::calendar_document(calendar));
  STRIDE_TRY(const detail::CheckedPlan checked, detail::check_plan(plan));
  if (!created_on.ok()) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput, "cannot store the plan: no creation date"));
  }
  return guarded(m_path, "adding a plan", [&]() -> core::Result<core::PlanId> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    if (assessment) STRIDE_TRY_STATUS(require_assessment(*m_database, athlete, *assessment));
    auto insert =
        m_statements->lend("INSERT INTO plans (athlete_id, created_on, start_date, end_date, calendar, assessment_id, "
                           "document) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id");
    insert->bind(1, athlete.value);
    insert->bind(2, detail::stored_date(created_on));
    insert->bind(3, detail::stored_date(checked.span_start));
    insert->bind(4, detail::stored_date(checked.span_end));
    insert->bind(5, calendar_document);
    if (assessment) {
      insert->bind(6, assessment->value);
    } else {
      insert->bind(6);
    }
    insert->bind(7, checked.document);
    insert->executeStep();
    const std::int64_t plan_id = insert->getColumn(0).getInt64();
    insert->reset();
    insert_days(*m_database, plan_id, checked);
    mark_changed(athlete);
    transaction.commit();
    return core::PlanId{plan_id};
  });
}

core::Result<std::optional<core::PlanRecord>> SqliteStore::latest_plan(core::AthleteId athlete) {
  return read_latest_plan<core::PlanRecord>(athlete, [&](std::string_view document, std::string source) {
    return m_decoded_plans->plan_of(document, std::move(source));
  });
}

core::Result<std::optional<core::PlanOutlineRecord>> SqliteStore::latest_plan_outline(core::AthleteId athlete) {
  return read_latest_plan<core::PlanOutlineRecord>(athlete, documents::decode_plan_outline_document);
}

template <class Record, class PlanOf>
core::Result<std::optional<Record>> SqliteStore::read_latest_plan(core::AthleteId athlete, PlanOf plan_of) {
  return guarded(m_path, "reading the latest plan", [&]() -> core::Result<std::optional<Record>> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto query =
        m_statements->lend("SELECT id, created_on, calendar, assessment_id, document FROM plans WHERE athlete_id = ? "
                           "ORDER BY id DESC LIMIT 1");
    query->bind(1, athlete.value);
    if (!query->executeStep()) return std::optional<Record>();
    Record record;
    record.id = core::PlanId{query->getColumn(0).getInt64()};
    record.athlete = athlete;
    STRIDE_TRY(record.created_on, detail::read_stored_date(query->getColumn(1).getString(), m_path));
    const std::string source = fmt::format("plans row {}", record.id.value);
    auto calendar = documents::decode_stored_running_calendar(query->getColumn(2).getString(), source);
    if (!calendar) return std::unexpected(damaged(m_path, "running calendar", calendar.error()));
    record.calendar = std::move(*calendar);
    if (!query->getColumn(3).isNull()) record.assessment = core::AssessmentId{query->getColumn(3).getInt64()};
    const SQLite::Column document = query->getColumn(4);
    auto plan = plan_of(std::string_view(document.getText(), static_cast<std::size_t>(document.getBytes())), source);
    if (!plan) return std::unexpected(damaged(m_path, "plan", plan.error()));
    record.plan = std::move(*plan);
    return std::optional<Record>(std::move(record));
  });
}

core::Result<std::vector<core::EffectiveDay>> SqliteStore::effective_days(core::AthleteId athlete, core::Date from,
                                                                          core::Date to) {
  return guarded(m_path, "reading the plan in effect", [&]() -> core::Result<std::vector<core::EffectiveDay>> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    // A day counts when no newer plan of the athlete spans its date.
    auto query =
        m_statements->lend("SELECT p.id, d.date, d.document FROM plan_days d JOIN plans p ON p.id = d.plan_id "
                           "WHERE p.athlete_id = ?1 AND d.date >= ?2 AND d.date <= ?3 "
                           "AND NOT EXISTS (SELECT 1 FROM plans newer WHERE newer.athlete_id = p.athlete_id "
                           "AND newer.id > p.id AND newer.start_date <= d.date AND newer.end_date >= d.date) "
                           "ORDER BY d.date");
    query->bind(1, athlete.value);
    query->bind(2, detail::stored_date(from));
    query->bind(3, detail::stored_date(to));
    std::vector<core::EffectiveDay> days;
    while (query->executeStep()) {
      const core::PlanId plan{query->getColumn(0).getInt64()};
      auto day = documents::decode_plan_day_document(
          query->getColumn(2).getString(), fmt::format("plan_days row {} {}", plan.value, query->getColumn(1).getString()));
      if (!day) return std::unexpected(damaged(m_path, "plan day", day.error()));
      days.push_back({plan, std::move(*day)});
    }
    return days;
  });
}

core::Status SqliteStore::set_running_calendar(core::AthleteId athlete, const core::RunningCalendar& calendar) {
  STRIDE_TRY(const std::string document, detail::calendar_document(calendar));
  return guarded(m_path, "storing the running calendar", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto upsert =
        m_statements->lend("INSERT INTO running_calendars (athlete_id, document) VALUES (?, ?) "
                           "ON CONFLICT (athlete_id) DO UPDATE SET document = excluded.document");
    upsert->bind(1, athlete.value);
    upsert->bind(2, document);
    upsert->exec();
    mark_changed(athlete);
    transaction.commit();
    return {};
  });
}

core::Result<std::optional<core::RunningCalendar>> SqliteStore::running_calendar(core::AthleteId athlete) {
  return guarded(m_path, "reading the running calendar", [&]() -> core::Result<std::optional<core::RunningCalendar>> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto query = m_statements->lend("SELECT document FROM running_calendars WHERE athlete_id = ?");
    query->bind(1, athlete.value);
    if (!query->executeStep()) return std::optional<core::RunningCalendar>();
    auto calendar = documents::decode_stored_running_calendar(
        query->getColumn(0).getString(), fmt::format("running_calendars row {}", athlete.value));
    if (!calendar) return std::unexpected(damaged(m_path, "running calendar", calendar.error()));
    return std::optional<core::RunningCalendar>(std::move(*calendar));
  });
}

}  // namespace stride::storage
