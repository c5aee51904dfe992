// PostgresStore: plans with their days and sessions, the athletes' running calendars, and the changes
// people made to plans.

#include <fmt/format.h>

#include <string>
#include <vector>

#include "account_validation.hpp"
#include "decoded_plans.hpp"
#include "postgres_support.hpp"
#include "store_validation.hpp"
#include "stride/core/date.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/documents/document_codecs.hpp"
#include "stride/storage/postgres_store.hpp"

namespace stride::storage {

using detail::Access;
using detail::execute;
using detail::in_transaction;

namespace {

core::Error damaged(const std::string& label, std::string_view what, const core::Error& error) {
  return core::make_error(core::ErrorCode::Corrupt, fmt::format("a stored {} cannot be read: {}", what, error.describe()),
                          label);
}

// A PostgreSQL array literal of `values`, every element quoted with its '"' and '\\' escaped, for
// unnest() to turn back into rows.
std::string array_literal(const std::vector<std::string>& values) {
  std::size_t size = 2;
  for (const auto& value : values) size += value.size() + 3;
  std::string literal;
  literal.reserve(size + size / 8);
  literal += '{';
  for (std::size_t index = 0; index < values.size(); ++index) {
    if (index > 0) literal += ',';
    literal += '"';
    for (const char character : values[index]) {
      if (character == '"' || character == '\\') literal += '\\';
      literal += character;
    }
    literal += '"';
  }
  literal += '}';
  return literal;
}

// The plan's days and sessions in two statements, whatever their number: each column travels as
// one array and unnest() makes the rows, in the plan's order (sessions get their ids in it).
void insert_days(detail::PostgresSession& session, pqxx::transaction_base& transaction, std::int64_t plan_id,
                 const detail::CheckedPlan& checked) {
  std::vector<std::string> day_dates;
  std::vector<std::string> session_dates, keys, kinds, phases, intensities, minutes, titles;
  day_dates.reserve(checked.days.size());
  for (const core::PlanDay* day : checked.days) {
    std::string date = core::format_iso_date(day->date);
    for (const auto& session_row : day->sessions) {
      session_dates.push_back(date);
      keys.push_back(session_row.id);
      kinds.emplace_back(core::enum_name(session_row.kind));
      phases.emplace_back(core::enum_name(session_row.phase));
      intensities.emplace_back(core::enum_name(session_row.intensity));
      minutes.push_back(std::to_string(session_row.minutes.count()));
      titles.push_back(session_row.title);
    }
    day_dates.push_back(std::move(date));
  }
  (void)execute(session, transaction,
                "INSERT INTO plan_days (plan_id, date, document) SELECT $1, day.date, day.document "
                "FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS day(date, document, position) "
                "ORDER BY day.position",
                plan_id, array_literal(day_dates), array_literal(checked.day_documents));
  if (session_dates.empty()) return;
  (void)execute(session, transaction,
                "INSERT INTO plan_sessions (plan_id, date, session_key, kind, phase, intensity, minutes, title) "
                "SELECT $1, planned.date, planned.session_key, planned.kind, planned.phase, planned.intensity, "
                "planned.minutes, planned.title "
                "FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::bigint[], $8::text[]) "
                "WITH ORDINALITY AS planned(date, session_key, kind, phase, intensity, minutes, title, position) "
                "ORDER BY planned.position",
                plan_id, array_literal(session_dates), array_literal(keys), array_literal(kinds), array_literal(phases),
                array_literal(intensities), array_literal(minutes), array_literal(titles));
}

}  // namespace

core::Result<core::PlanId> PostgresStore::add_plan(core::AthleteId athlete, core::Date created_on,
                                                   const core::RunningCalendar& calendar,
                                                   std::optional<core::AssessmentId> assessment, const core::Plan& plan) {
  STRIDE_TRY(const std::string calendar_document, detail::calendar_document(calendar));
  STRIDE_TRY(const detail::CheckedPlan checked, detail::check_plan(plan));
  if (!created_on.ok()) {
    return std::unexpected(core::make_error(core::ErrorCode::InvalidInput, "cannot store the plan: no creation date"));
  }
  auto& session = *m_session;
  return in_transaction(session, "adding a plan", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::PlanId> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    std::optional<std::int64_t> assessment_id;
    if (assessment) {
      if (execute(session, transaction, "SELECT 1 FROM assessments WHERE id = $1 AND athlete_id = $2",
                  assessment->value, athlete.value)
              .empty()) {
        return std::unexpected(core::make_error(
            core::ErrorCode::NotFound,
            fmt::format("no assessment has the id {} for the athlete {}", assessment->value, athlete.value)));
      }
      assessment_id = assessment->value;
    }
    const auto rows = execute(session, transaction,
                              "INSERT INTO plans (athlete_id, created_on, start_date, end_date, calendar, assessment_id, "
                              "document) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id",
                              athlete.value, created_on, checked.span_start, checked.span_end, calendar_document,
                              assessment_id, checked.document);
    const std::int64_t plan_id = rows[0][0].as<std::int64_t>();
    insert_days(session, transaction, plan_id, checked);
    detail::mark_changed(session, transaction, athlete.value);
    return core::PlanId{plan_id};
  });
}

core::Result<std::optional<core::PlanRecord>> PostgresStore::latest_plan(core::AthleteId athlete) {
  return read_latest_plan<core::PlanRecord>(athlete, [&](std::string_view document, std::string source) {
    return m_decoded_plans->plan_of(document, std::move(source));
  });
}

core::Result<std::optional<core::PlanOutlineRecord>> PostgresStore::latest_plan_outline(core::AthleteId athlete) {
  return read_latest_plan<core::PlanOutlineRecord>(athlete, documents::decode_plan_outline_document);
}

template <class Record, class PlanOf>
core::Result<std::optional<Record>> PostgresStore::read_latest_plan(core::AthleteId athlete, PlanOf plan_of) {
  auto& session = *m_session;
  return in_transaction(session, "reading the latest plan", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<Record>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const auto rows = execute(session, transaction,
                              "SELECT id, created_on, calendar, assessment_id, document FROM plans WHERE athlete_id = $1 "
                              "ORDER BY id DESC LIMIT 1",
                              athlete.value);
    if (rows.empty()) return std::optional<Record>();
    const auto row = rows[0];
    Record record;
    record.id = core::PlanId{row[0].as<std::int64_t>()};
    record.athlete = athlete;
    STRIDE_TRY(record.created_on, detail::read_date(row[1], session.label()));
    const std::string source = fmt::format("plans row {}", record.id.value);
    auto calendar = documents::decode_stored_running_calendar(row[2].as<std::string>(), source);
    if (!calendar) return std::unexpected(damaged(session.label(), "running calendar", calendar.error()));
    record.calendar = std::move(*calendar);
    if (!row[3].is_null()) record.assessment = core::AssessmentId{row[3].as<std::int64_t>()};
    auto plan = plan_of(std::string_view(row[4].c_str(), row[4].size()), source);
    if (!plan) return std::unexpected(damaged(session.label(), "plan", plan.error()));
    record.plan = std::move(*plan);
    return std::optional<Record>(std::move(record));
  });
}

core::Result<std::vector<core::EffectiveDay>> PostgresStore::effective_days(core::AthleteId athlete, core::Date from,
                                                                            core::Date to) {
  auto& session = *m_session;
  return in_transaction(session, "reading the plan in effect", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::EffectiveDay>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    // A day counts when no newer plan of the athlete spans its date.
    const auto rows = execute(session, transaction,
                              "SELECT p.id, d.date, d.document FROM plan_days d JOIN plans p ON p.id = d.plan_id "
                              "WHERE p.athlete_id = $1 AND d.date >= $2 AND d.date <= $3 "
                              "AND NOT EXISTS (SELECT 1 FROM plans newer WHERE newer.athlete_id = p.athlete_id "
                              "AND newer.id > p.id AND newer.start_date <= d.date AND newer.end_date >= d.date) "
                              "ORDER BY d.date",
                              athlete.value, from, to);
    std::vector<core::EffectiveDay> days;
    days.reserve(rows.size());
    for (const auto& row : rows) {
      const core::PlanId plan{row[0].as<std::int64_t>()};
      auto day = documents::decode_plan_day_document(
          row[2].as<std::string>(), fmt::format("plan_days row {} {}", plan.value, row[1].as<std::string>()));
      if (!day) return std::unexpected(damaged(session.label(), "plan day", day.error()));
      days.push_back({plan, std::move(*day)});
    }
    return days;
  });
}

core::Status PostgresStore::set_running_calendar(core::AthleteId athlete, const core::RunningCalendar& calendar) {
  STRIDE_TRY(const std::string document, detail::calendar_document(calendar));
  auto& session = *m_session;
  return in_transaction(session, "storing the running calendar", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    (void)execute(session, transaction,
                  "INSERT INTO running_calendars (athlete_id, document) VALUES ($1, $2) "
                  "ON CONFLICT (athlete_id) DO UPDATE SET document = excluded.document",
                  athlete.value, document);
    detail::mark_changed(session, transaction, athlete.value);
    return {};
  });
}

core::Result<std::optional<core::RunningCalendar>> PostgresStore::running_calendar(core::AthleteId athlete) {
  auto& session = *m_session;
  return in_transaction(session, "reading the running calendar", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::RunningCalendar>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const auto rows =
        execute(session, transaction, "SELECT document FROM running_calendars WHERE athlete_id = $1", athlete.value);
    if (rows.empty()) return std::optional<core::RunningCalendar>();
    auto calendar = documents::decode_stored_running_calendar(rows[0][0].as<std::string>(),
                                                              fmt::format("running_calendars row {}", athlete.value));
    if (!calendar) return std::unexpected(damaged(session.label(), "running calendar", calendar.error()));
    return std::optional<core::RunningCalendar>(std::move(*calendar));
  });
}

core::Result<core::PlanChangeId> PostgresStore::add_plan_change(core::AthleteId athlete, const core::PlanChange& change,
                                                                core::AccountId author, std::string_view author_name,
                                                                core::Instant made) {
  STRIDE_TRY(const std::string document, detail::plan_change_document(change, author_name));
  auto& session = *m_session;
  return in_transaction(session, "storing a plan change", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::PlanChangeId> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const auto rows = execute(session, transaction,
                              "INSERT INTO plan_changes (athlete_id, author_account_id, author_name, made_at, document) "
                              "VALUES ($1, (SELECT id FROM accounts WHERE id = $2), $3, $4, $5) RETURNING id",
                              athlete.value, author.value, author_name, detail::stored_instant(made), document);
    detail::mark_changed(session, transaction, athlete.value);
    return core::PlanChangeId{rows[0][0].as<std::int64_t>()};
  });
}

core::Result<std::vector<core::PlanChangeRecord>> PostgresStore::plan_changes(core::AthleteId athlete) {
  auto& session = *m_session;
  return in_transaction(session, "reading plan changes", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::PlanChangeRecord>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    std::vector<core::PlanChangeRecord> records;
    for (const auto& row : execute(session, transaction,
                                   "SELECT id, author_account_id, author_name, made_at, document, conflict "
                                   "FROM plan_changes WHERE athlete_id = $1 ORDER BY id",
                                   athlete.value)) {
      core::PlanChangeRecord record;
      record.id = core::PlanChangeId{row[0].as<std::int64_t>()};
      record.author = core::AccountId{row[1].is_null() ? 0 : row[1].as<std::int64_t>()};
      record.author_name = row[2].as<std::string>();
      record.made = detail::read_stored_instant(row[3].as<std::int64_t>());
      STRIDE_TRY(record.change,
                 documents::decode_plan_change_document(row[4].as<std::string>(), fmt::format("{} plan change {}",
                                                                                               session.label(),
                                                                                               record.id.value)));
      record.conflict = detail::optional_text(row[5]);
      records.push_back(std::move(record));
    }
    return records;
  });
}

core::Status PostgresStore::set_plan_change_conflict(core::AthleteId athlete, core::PlanChangeId change,
                                                     std::string_view conflict) {
  auto& session = *m_session;
  return in_transaction(session, "recording a plan change's conflict", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    const auto rows = execute(session, transaction,
                              "UPDATE plan_changes SET conflict = $1 WHERE id = $2 AND athlete_id = $3", conflict,
                              change.value, athlete.value);
    if (rows.affected_rows() == 0) return std::unexpected(detail::unknown_plan_change(athlete, change));
    detail::mark_changed(session, transaction, athlete.value);
    return {};
  });
}

}  // namespace stride::storage
