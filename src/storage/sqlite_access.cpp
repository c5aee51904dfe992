// SqliteStore: invitations, coach grants and athlete ownership (tables invitations, coach_grants,
// and the owner and creator columns of athletes).

#include "account_validation.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

using detail::guarded;
using detail::read_stored_instant;
using detail::stored_instant;
using detail::Transaction;

core::Result<core::InvitationId> SqliteStore::add_invitation(core::AccountId coach, std::string_view code_digest,
                                                             core::Instant now, core::Instant expires) {
  STRIDE_TRY_STATUS(detail::check_digest(code_digest, "invitation"));
  STRIDE_TRY_STATUS(detail::check_invitation_span(now, expires));
  return guarded(m_path, "adding an invitation", [&]() -> core::Result<core::InvitationId> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_account(coach));
    if (digest_stored("invitations", "code_digest", code_digest)) {
      return std::unexpected(detail::duplicate_digest("invitation"));
    }
    auto insert =
        m_statements->lend("INSERT INTO invitations (coach_account_id, code_digest, created_at, expires_at) "
                           "VALUES (?, ?, ?, ?) RETURNING id");
    insert->bind(1, coach.value);
    insert->bind(2, std::string(code_digest));
    insert->bind(3, stored_instant(now));
    insert->bind(4, stored_instant(expires));
    insert->executeStep();
    const core::InvitationId id{insert->getColumn(0).getInt64()};
    insert->reset();
    transaction.commit();
    return id;
  });
}

core::Result<std::optional<core::InvitationRecord>> SqliteStore::find_invitation(std::string_view code_digest) {
  return guarded(m_path, "finding an invitation", [&]() -> core::Result<std::optional<core::InvitationRecord>> {
    auto query =
        m_statements->lend("SELECT id, coach_account_id, created_at, expires_at, accepted_at FROM invitations "
                           "WHERE code_digest = ?");
    query->bind(1, std::string(code_digest));
    if (!query->executeStep()) return std::nullopt;
    core::InvitationRecord record{core::InvitationId{query->getColumn(0).getInt64()},
                                  core::AccountId{query->getColumn(1).getInt64()},
                                  read_stored_instant(query->getColumn(2).getInt64()),
                                  read_stored_instant(query->getColumn(3).getInt64()), std::nullopt};
    if (!query->getColumn(4).isNull()) record.accepted = read_stored_instant(query->getColumn(4).getInt64());
    return record;
  });
}

core::Status SqliteStore::mark_invitation_accepted(core::InvitationId invitation, core::AccountId runner,
                                                   core::AthleteId athlete, core::Instant now) {
  return guarded(m_path, "accepting an invitation", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto query = m_statements->lend("SELECT accepted_at IS NOT NULL FROM invitations WHERE id = ?");
    query->bind(1, invitation.value);
    if (!query->executeStep()) return std::unexpected(detail::unknown_invitation(invitation));
    const bool accepted = query->getColumn(0).getInt() != 0;
    query->reset();
    STRIDE_TRY_STATUS(require_account(runner));
    STRIDE_TRY_STATUS(require_athlete(athlete));
    if (accepted) return std::unexpected(detail::invitation_already_accepted(invitation));
    auto update =
        m_statements->lend("UPDATE invitations SET accepted_at = ?, accepted_by_account_id = ?, athlete_id = ? "
                           "WHERE id = ? AND accepted_at IS NULL");
    update->bind(1, stored_instant(now));
    update->bind(2, runner.value);
    update->bind(3, athlete.value);
    update->bind(4, invitation.value);
    if (update->exec() == 0) return std::unexpected(detail::invitation_already_accepted(invitation));
    transaction.commit();
    return {};
  });
}

core::Result<core::AthleteId> SqliteStore::add_owned_athlete(const core::Athlete& athlete, core::AccountId owner) {
  STRIDE_TRY(const std::string profile, detail::athlete_document(athlete));
  return guarded(m_path, "adding an athlete", [&]() -> core::Result<core::AthleteId> {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_account(owner));
    auto insert =
        m_statements->lend("INSERT INTO athletes (name, profile, owner_account_id, created_by_account_id, revision) "
                           "VALUES (?, ?, ?, ?, random()) RETURNING id");
    insert->bind(1, athlete.name);
    insert->bind(2, profile);
    insert->bind(3, owner.value);
    insert->bind(4, owner.value);
    insert->executeStep();
    const core::AthleteId id{insert->getColumn(0).getInt64()};
    insert->reset();
    transaction.commit();
    return id;
  });
}

core::Result<core::AthleteRelation> SqliteStore::athlete_relation(core::AthleteId athlete, core::AccountId account) {
  return guarded(m_path, "reading who may see an athlete", [&]() -> core::Result<core::AthleteRelation> {
    auto query =
        m_statements->lend("SELECT owner_account_id IS ?1, created_by_account_id IS ?1, EXISTS (SELECT 1 FROM "
                           "coach_grants WHERE athlete_id = athletes.id AND coach_account_id = ?1) "
                           "FROM athletes WHERE id = ?2");
    query->bind(1, account.value);
    query->bind(2, athlete.value);
    if (!query->executeStep()) return std::unexpected(detail::unknown_athlete(athlete));
    return core::AthleteRelation{query->getColumn(0).getInt() != 0, query->getColumn(1).getInt() != 0,
                                 query->getColumn(2).getInt() != 0};
  });
}

core::Result<std::vector<core::VisibleAthlete>> SqliteStore::visible_athletes(core::AccountId account) {
  return guarded(m_path, "listing visible athletes", [&]() -> core::Result<std::vector<core::VisibleAthlete>> {
    auto query =
        m_statements->lend("SELECT id, name, owner_account_id IS ?1 FROM athletes WHERE owner_account_id = ?1 OR "
                           "id IN (SELECT athlete_id FROM coach_grants WHERE "
                           "coach_account_id = ?1) ORDER BY id");
    query->bind(1, account.value);
    std::vector<core::VisibleAthlete> visible;
    while (query->executeStep()) {
      visible.push_back({core::AthleteId{query->getColumn(0).getInt64()}, query->getColumn(1).getString(),
                         query->getColumn(2).getInt() != 0});
    }
    return visible;
  });
}

core::Status SqliteStore::add_coach_grant(core::AthleteId athlete, core::AccountId coach, core::Instant now) {
  return guarded(m_path, "granting a coach access", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    STRIDE_TRY_STATUS(require_account(coach));
    auto insert =
        m_statements->lend("INSERT INTO coach_grants (athlete_id, coach_account_id, granted_at) VALUES (?, ?, ?) "
                           "ON CONFLICT (athlete_id, coach_account_id) DO NOTHING");
    insert->bind(1, athlete.value);
    insert->bind(2, coach.value);
    insert->bind(3, stored_instant(now));
    insert->exec();
    transaction.commit();
    return {};
  });
}

core::Status SqliteStore::revoke_coach_grant(core::AthleteId athlete, core::AccountId coach) {
  return guarded(m_path, "revoking a coach", [&]() -> core::Status {
    Transaction transaction(*m_statements, Transaction::Kind::Write);
    auto remove = m_statements->lend("DELETE FROM coach_grants WHERE athlete_id = ? AND coach_account_id = ?");
    remove->bind(1, athlete.value);
    remove->bind(2, coach.value);
    if (remove->exec() == 0) return std::unexpected(detail::unknown_coach_grant(athlete, coach));
    transaction.commit();
    return {};
  });
}

core::Result<std::vector<core::AccountId>> SqliteStore::coaches(core::AthleteId athlete) {
  return guarded(m_path, "listing an athlete's coaches", [&]() -> core::Result<std::vector<core::AccountId>> {
    Transaction transaction(*m_statements, Transaction::Kind::Read);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    auto query =
        m_statements->lend("SELECT coach_account_id FROM coach_grants WHERE athlete_id = ? ORDER BY coach_account_id");
    query->bind(1, athlete.value);
    std::vector<core::AccountId> accounts;
    while (query->executeStep()) accounts.push_back(core::AccountId{query->getColumn(0).getInt64()});
    return accounts;
  });
}

}  // namespace stride::storage
