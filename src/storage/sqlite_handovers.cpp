// SqliteStore: the athletes' hand-over codes (table handovers), known by the digests of their codes.
// The foreign keys delete a code with its athlete or with the coach account that made it.

#include "account_validation.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {

core::Status SqliteStore::set_handover(core::AthleteId athlete, core::AccountId coach, std::string_view code_digest,
                                       core::Instant now, core::Instant expires) {
  STRIDE_TRY_STATUS(detail::check_digest(code_digest, "hand-over code"));
  STRIDE_TRY_STATUS(detail::check_handover_span(now, expires));
  return detail::guarded(m_path, "setting a hand-over code", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    STRIDE_TRY_STATUS(require_account(coach));
    if (digest_stored("handovers", "code_digest", code_digest)) {
      return std::unexpected(detail::duplicate_digest("hand-over code"));
    }
    auto upsert = m_statements->lend(
        "INSERT INTO handovers (athlete_id, coach_account_id, code_digest, created_at, expires_at) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (athlete_id) DO UPDATE SET "
        "coach_account_id = excluded.coach_account_id, code_digest = excluded.code_digest, "
        "created_at = excluded.created_at, expires_at = excluded.expires_at, accepted_at = NULL, "
        "accepted_by_account_id = NULL");
    upsert->bind(1, athlete.value);
    upsert->bind(2, coach.value);
    upsert->bind(3, std::string(code_digest));
    upsert->bind(4, detail::stored_instant(now));
    upsert->bind(5, detail::stored_instant(expires));
    upsert->exec();
    transaction.commit();
    return {};
  });
}

core::Result<std::optional<core::HandoverRecord>> SqliteStore::find_handover(std::string_view code_digest) {
  return detail::guarded(m_path, "finding a hand-over code", [&]() -> core::Result<std::optional<core::HandoverRecord>> {
    auto query = m_statements->lend(
        "SELECT athlete_id, coach_account_id, created_at, expires_at, accepted_at FROM handovers WHERE code_digest = ?");
    query->bind(1, std::string(code_digest));
    if (!query->executeStep()) return std::nullopt;
    core::HandoverRecord record{core::AthleteId{query->getColumn(0).getInt64()},
                                core::AccountId{query->getColumn(1).getInt64()},
                                detail::read_stored_instant(query->getColumn(2).getInt64()),
                                detail::read_stored_instant(query->getColumn(3).getInt64()), std::nullopt};
    if (!query->getColumn(4).isNull()) record.accepted = detail::read_stored_instant(query->getColumn(4).getInt64());
    return record;
  });
}

core::Status SqliteStore::complete_handover(core::AthleteId athlete, core::AccountId runner, core::Instant now) {
  return detail::guarded(m_path, "completing a hand-over", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    auto query = m_statements->lend("SELECT accepted_at IS NOT NULL FROM handovers WHERE athlete_id = ?");
    query->bind(1, athlete.value);
    if (!query->executeStep()) return std::unexpected(detail::unknown_handover(athlete));
    const bool accepted = query->getColumn(0).getInt() != 0;
    query->reset();
    STRIDE_TRY_STATUS(require_account(runner));
    if (accepted) return std::unexpected(detail::handover_already_accepted(athlete));
    auto update = m_statements->lend(
        "UPDATE handovers SET accepted_at = ?, accepted_by_account_id = ? WHERE athlete_id = ? AND accepted_at IS NULL");
    update->bind(1, detail::stored_instant(now));
    update->bind(2, runner.value);
    update->bind(3, athlete.value);
    if (update->exec() == 0) return std::unexpected(detail::handover_already_accepted(athlete));
    auto owner = m_statements->lend("UPDATE athletes SET owner_account_id = ?, revision = random() WHERE id = ?");
    owner->bind(1, runner.value);
    owner->bind(2, athlete.value);
    owner->exec();
    transaction.commit();
    return {};
  });
}

}  // namespace stride::storage
