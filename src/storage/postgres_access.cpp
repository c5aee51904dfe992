// PostgresStore: who may see an athlete: invitations, coach grants, athlete ownership, hand-over
// codes and calendar feeds (tables invitations, coach_grants, handovers, calendar_feeds, and the
// owner and creator columns of athletes).

#include "account_validation.hpp"
#include "postgres_support.hpp"
#include "store_validation.hpp"
#include "stride/storage/postgres_store.hpp"

namespace stride::storage {

using detail::Access;
using detail::execute;
using detail::in_transaction;
using detail::read_stored_instant;
using detail::stored_instant;

namespace {

std::optional<core::Instant> optional_instant(const pqxx::field& field) {
  if (field.is_null()) return std::nullopt;
  return read_stored_instant(field.as<std::int64_t>());
}

// Reads athlete_id, account_id, created_at (columns 0 to 2).
core::CalendarFeedRecord read_calendar_feed_row(const pqxx::row& row) {
  return core::CalendarFeedRecord{core::AthleteId{row[0].as<std::int64_t>()}, core::AccountId{row[1].as<std::int64_t>()},
                                  read_stored_instant(row[2].as<std::int64_t>())};
}

}  // namespace

core::Result<core::InvitationId> PostgresStore::add_invitation(core::AccountId coach, std::string_view code_digest,
                                                               core::Instant now, core::Instant expires) {
  STRIDE_TRY_STATUS(detail::check_digest(code_digest, "invitation"));
  STRIDE_TRY_STATUS(detail::check_invitation_span(now, expires));
  auto& session = *m_session;
  return in_transaction(session, "adding an invitation", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::InvitationId> {
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, coach.value));
    if (detail::digest_stored(session, transaction, "invitations", "code_digest", code_digest)) {
      return std::unexpected(detail::duplicate_digest("invitation"));
    }
    const auto rows = execute(session, transaction,
                              "INSERT INTO invitations (coach_account_id, code_digest, created_at, expires_at) "
                              "VALUES ($1, $2, $3, $4) RETURNING id",
                              coach.value, code_digest, stored_instant(now), stored_instant(expires));
    return core::InvitationId{rows[0][0].as<std::int64_t>()};
  });
}

core::Result<std::optional<core::InvitationRecord>> PostgresStore::find_invitation(std::string_view code_digest) {
  auto& session = *m_session;
  return in_transaction(session, "finding an invitation", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::InvitationRecord>> {
    const auto rows = execute(session, transaction,
                              "SELECT id, coach_account_id, created_at, expires_at, accepted_at FROM invitations "
                              "WHERE code_digest = $1",
                              code_digest);
    if (rows.empty()) return std::nullopt;
    const auto row = rows[0];
    return core::InvitationRecord{core::InvitationId{row[0].as<std::int64_t>()},
                                  core::AccountId{row[1].as<std::int64_t>()},
                                  read_stored_instant(row[2].as<std::int64_t>()),
                                  read_stored_instant(row[3].as<std::int64_t>()), optional_instant(row[4])};
  });
}

core::Status PostgresStore::mark_invitation_accepted(core::InvitationId invitation, core::AccountId runner,
                                                     core::AthleteId athlete, core::Instant now) {
  auto& session = *m_session;
  return in_transaction(session, "accepting an invitation", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    const auto rows =
        execute(session, transaction, "SELECT accepted_at IS NOT NULL FROM invitations WHERE id = $1", invitation.value);
    if (rows.empty()) return std::unexpected(detail::unknown_invitation(invitation));
    const bool accepted = rows[0][0].as<bool>();
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, runner.value));
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    if (accepted) return std::unexpected(detail::invitation_already_accepted(invitation));
    const auto updated = execute(session, transaction,
                                 "UPDATE invitations SET accepted_at = $1, accepted_by_account_id = $2, athlete_id = $3 "
                                 "WHERE id = $4 AND accepted_at IS NULL",
                                 stored_instant(now), runner.value, athlete.value, invitation.value);
    if (updated.affected_rows() == 0) return std::unexpected(detail::invitation_already_accepted(invitation));
    return {};
  });
}

core::Result<core::AthleteId> PostgresStore::add_owned_athlete(const core::Athlete& athlete, core::AccountId owner) {
  STRIDE_TRY(const std::string profile, detail::athlete_document(athlete));
  auto& session = *m_session;
  return in_transaction(session, "adding an athlete", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::AthleteId> {
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, owner.value));
    const auto rows = execute(session, transaction,
                              "INSERT INTO athletes (name, profile, owner_account_id, created_by_account_id, revision) "
                              "VALUES ($1, $2, $3, $3, $4) RETURNING id",
                              athlete.name, profile, owner.value, session.new_revision());
    return core::AthleteId{rows[0][0].as<std::int64_t>()};
  });
}

core::Result<core::AthleteRelation> PostgresStore::athlete_relation(core::AthleteId athlete, core::AccountId account) {
  auto& session = *m_session;
  return in_transaction(session, "reading who may see an athlete", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<core::AthleteRelation> {
    const auto rows = execute(session, transaction,
                              "SELECT owner_account_id IS NOT DISTINCT FROM $1, created_by_account_id IS NOT DISTINCT "
                              "FROM $1, EXISTS (SELECT 1 FROM coach_grants WHERE athlete_id = athletes.id AND "
                              "coach_account_id = $1) FROM athletes WHERE id = $2",
                              account.value, athlete.value);
    if (rows.empty()) return std::unexpected(detail::unknown_athlete(athlete));
    return core::AthleteRelation{rows[0][0].as<bool>(), rows[0][1].as<bool>(), rows[0][2].as<bool>()};
  });
}

core::Result<std::vector<core::VisibleAthlete>> PostgresStore::visible_athletes(core::AccountId account) {
  auto& session = *m_session;
  return in_transaction(session, "listing visible athletes", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::VisibleAthlete>> {
    std::vector<core::VisibleAthlete> visible;
    for (const auto& row : execute(session, transaction,
                                   "SELECT id, name, owner_account_id IS NOT DISTINCT FROM $1 FROM athletes "
                                   "WHERE owner_account_id = $1 OR id IN (SELECT athlete_id FROM coach_grants WHERE "
                                   "coach_account_id = $1) ORDER BY id",
                                   account.value)) {
      visible.push_back({core::AthleteId{row[0].as<std::int64_t>()}, row[1].as<std::string>(), row[2].as<bool>()});
    }
    return visible;
  });
}

core::Status PostgresStore::add_coach_grant(core::AthleteId athlete, core::AccountId coach, core::Instant now) {
  auto& session = *m_session;
  return in_transaction(session, "granting a coach access", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, coach.value));
    (void)execute(session, transaction,
                  "INSERT INTO coach_grants (athlete_id, coach_account_id, granted_at) VALUES ($1, $2, $3) "
                  "ON CONFLICT (athlete_id, coach_account_id) DO NOTHING",
                  athlete.value, coach.value, stored_instant(now));
    return {};
  });
}

core::Status PostgresStore::revoke_coach_grant(core::AthleteId athlete, core::AccountId coach) {
  auto& session = *m_session;
  return in_transaction(session, "revoking a coach", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    const auto rows = execute(session, transaction,
                              "DELETE FROM coach_grants WHERE athlete_id = $1 AND coach_account_id = $2",
                              athlete.value, coach.value);
    if (rows.affected_rows() == 0) return std::unexpected(detail::unknown_coach_grant(athlete, coach));
    return {};
  });
}

core::Result<std::vector<core::AccountId>> PostgresStore::coaches(core::AthleteId athlete) {
  auto& session = *m_session;
  return in_transaction(session, "listing an athlete's coaches", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::vector<core::AccountId>> {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    std::vector<core::AccountId> accounts;
    for (const auto& row : execute(session, transaction,
                                   "SELECT coach_account_id FROM coach_grants WHERE athlete_id = $1 "
                                   "ORDER BY coach_account_id",
                                   athlete.value)) {
      accounts.push_back(core::AccountId{row[0].as<std::int64_t>()});
    }
    return accounts;
  });
}

core::Status PostgresStore::set_handover(core::AthleteId athlete, core::AccountId coach, std::string_view code_digest,
                                         core::Instant now, core::Instant expires) {
  STRIDE_TRY_STATUS(detail::check_digest(code_digest, "hand-over code"));
  STRIDE_TRY_STATUS(detail::check_handover_span(now, expires));
  auto& session = *m_session;
  return in_transaction(session, "setting a hand-over code", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, coach.value));
    if (detail::digest_stored(session, transaction, "handovers", "code_digest", code_digest)) {
      return std::unexpected(detail::duplicate_digest("hand-over code"));
    }
    (void)execute(session, transaction,
                  "INSERT INTO handovers (athlete_id, coach_account_id, code_digest, created_at, expires_at) "
                  "VALUES ($1, $2, $3, $4, $5) ON CONFLICT (athlete_id) DO UPDATE SET "
                  "coach_account_id = excluded.coach_account_id, code_digest = excluded.code_digest, "
                  "created_at = excluded.created_at, expires_at = excluded.expires_at, accepted_at = NULL, "
                  "accepted_by_account_id = NULL",
                  athlete.value, coach.value, code_digest, stored_instant(now), stored_instant(expires));
    return {};
  });
}

core::Result<std::optional<core::HandoverRecord>> PostgresStore::find_handover(std::string_view code_digest) {
  auto& session = *m_session;
  return in_transaction(session, "finding a hand-over code", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::HandoverRecord>> {
    const auto rows = execute(session, transaction,
                              "SELECT athlete_id, coach_account_id, created_at, expires_at, accepted_at FROM handovers "
                              "WHERE code_digest = $1",
                              code_digest);
    if (rows.empty()) return std::nullopt;
    const auto row = rows[0];
    return core::HandoverRecord{core::AthleteId{row[0].as<std::int64_t>()}, core::AccountId{row[1].as<std::int64_t>()},
                                read_stored_instant(row[2].as<std::int64_t>()),
                                read_stored_instant(row[3].as<std::int64_t>()), optional_instant(row[4])};
  });
}

core::Status PostgresStore::complete_handover(core::AthleteId athlete, core::AccountId runner, core::Instant now) {
  auto& session = *m_session;
  return in_transaction(session, "completing a hand-over", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    const auto rows = execute(session, transaction,
                              "SELECT accepted_at IS NOT NULL FROM handovers WHERE athlete_id = $1", athlete.value);
    if (rows.empty()) return std::unexpected(detail::unknown_handover(athlete));
    const bool accepted = rows[0][0].as<bool>();
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, runner.value));
    if (accepted) return std::unexpected(detail::handover_already_accepted(athlete));
    const auto updated = execute(session, transaction,
                                 "UPDATE handovers SET accepted_at = $1, accepted_by_account_id = $2 "
                                 "WHERE athlete_id = $3 AND accepted_at IS NULL",
                                 stored_instant(now), runner.value, athlete.value);
    if (updated.affected_rows() == 0) return std::unexpected(detail::handover_already_accepted(athlete));
    (void)execute(session, transaction, "UPDATE athletes SET owner_account_id = $1, revision = $2 WHERE id = $3",
                  runner.value, session.new_revision(), athlete.value);
    return {};
  });
}

core::Status PostgresStore::set_calendar_feed(core::AthleteId athlete, core::AccountId account,
                                              std::string_view secret_digest, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_digest(secret_digest, "calendar feed"));
  auto& session = *m_session;
  return in_transaction(session, "setting a calendar feed", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    STRIDE_TRY_STATUS(detail::require_athlete(session, transaction, athlete.value));
    STRIDE_TRY_STATUS(detail::require_account(session, transaction, account.value));
    if (detail::digest_stored(session, transaction, "calendar_feeds", "secret_digest", secret_digest)) {
      return std::unexpected(detail::duplicate_digest("calendar feed"));
    }
    (void)execute(session, transaction,
                  "INSERT INTO calendar_feeds (athlete_id, account_id, secret_digest, created_at) "
                  "VALUES ($1, $2, $3, $4) ON CONFLICT (athlete_id) DO UPDATE SET account_id = excluded.account_id, "
                  "secret_digest = excluded.secret_digest, created_at = excluded.created_at",
                  athlete.value, account.value, secret_digest, stored_instant(now));
    return {};
  });
}

core::Result<std::optional<core::CalendarFeedRecord>> PostgresStore::calendar_feed(core::AthleteId athlete) {
  auto& session = *m_session;
  return in_transaction(session, "reading a calendar feed", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::CalendarFeedRecord>> {
    const auto rows = execute(session, transaction,
                              "SELECT athlete_id, account_id, created_at FROM calendar_feeds WHERE athlete_id = $1",
                              athlete.value);
    if (rows.empty()) return std::nullopt;
    return read_calendar_feed_row(rows[0]);
  });
}

core::Result<std::optional<core::CalendarFeedRecord>> PostgresStore::find_calendar_feed(std::string_view secret_digest) {
  auto& session = *m_session;
  return in_transaction(session, "finding a calendar feed", Access::Read,
                        [&](pqxx::dbtransaction& transaction) -> core::Result<std::optional<core::CalendarFeedRecord>> {
    const auto rows = execute(session, transaction,
                              "SELECT athlete_id, account_id, created_at FROM calendar_feeds WHERE secret_digest = $1",
                              secret_digest);
    if (rows.empty()) return std::nullopt;
    return read_calendar_feed_row(rows[0]);
  });
}

core::Status PostgresStore::delete_calendar_feed(core::AthleteId athlete) {
  auto& session = *m_session;
  return in_transaction(session, "deleting a calendar feed", Access::Write,
                        [&](pqxx::dbtransaction& transaction) -> core::Status {
    (void)execute(session, transaction, "DELETE FROM calendar_feeds WHERE athlete_id = $1", athlete.value);
    return {};
  });
}

}  // namespace stride::storage
