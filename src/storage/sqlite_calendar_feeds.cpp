// SqliteStore: the athletes' calendar feeds (table calendar_feeds), known by the digests of their
// secrets. The foreign keys delete a feed with its athlete or its account.

#include "account_validation.hpp"
#include "sqlite_support.hpp"
#include "statement_cache.hpp"
#include "store_validation.hpp"
#include "stride/storage/sqlite_store.hpp"

namespace stride::storage {
namespace {

// Reads athlete_id, account_id, created_at (columns 0 to 2).
core::CalendarFeedRecord read_calendar_feed_row(SQLite::Statement& row) {
  return core::CalendarFeedRecord{core::AthleteId{row.getColumn(0).getInt64()},
                                  core::AccountId{row.getColumn(1).getInt64()},
                                  detail::read_stored_instant(row.getColumn(2).getInt64())};
}

}  // namespace

core::Status SqliteStore::set_calendar_feed(core::AthleteId athlete, core::AccountId account,
                                            std::string_view secret_digest, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_digest(secret_digest, "calendar feed"));
  return detail::guarded(m_path, "setting a calendar feed", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    STRIDE_TRY_STATUS(require_athlete(athlete));
    STRIDE_TRY_STATUS(require_account(account));
    if (digest_stored("calendar_feeds", "secret_digest", secret_digest)) {
      return std::unexpected(detail::duplicate_digest("calendar feed"));
    }
    auto upsert = m_statements->lend(
        "INSERT INTO calendar_feeds (athlete_id, account_id, secret_digest, created_at) "
        "VALUES (?1, ?2, ?3, ?4) ON CONFLICT (athlete_id) DO UPDATE SET "
        "account_id = excluded.account_id, secret_digest = excluded.secret_digest, created_at = excluded.created_at");
    upsert->bind(1, athlete.value);
    upsert->bind(2, account.value);
    upsert->bind(3, std::string(secret_digest));
    upsert->bind(4, detail::stored_instant(now));
    upsert->exec();
    transaction.commit();
    return {};
  });
}

core::Result<std::optional<core::CalendarFeedRecord>> SqliteStore::calendar_feed(core::AthleteId athlete) {
  return detail::guarded(m_path, "reading a calendar feed", [&]() -> core::Result<std::optional<core::CalendarFeedRecord>> {
    auto query = m_statements->lend("SELECT athlete_id, account_id, created_at FROM calendar_feeds WHERE athlete_id = ?");
    query->bind(1, athlete.value);
    if (!query->executeStep()) return std::nullopt;
    return read_calendar_feed_row(*query);
  });
}

core::Result<std::optional<core::CalendarFeedRecord>> SqliteStore::find_calendar_feed(std::string_view secret_digest) {
  return detail::guarded(m_path, "finding a calendar feed", [&]() -> core::Result<std::optional<core::CalendarFeedRecord>> {
    auto query =
        m_statements->lend("SELECT athlete_id, account_id, created_at FROM calendar_feeds WHERE secret_digest = ?");
    query->bind(1, std::string(secret_digest));
    if (!query->executeStep()) return std::nullopt;
    return read_calendar_feed_row(*query);
  });
}

core::Status SqliteStore::delete_calendar_feed(core::AthleteId athlete) {
  return detail::guarded(m_path, "deleting a calendar feed", [&]() -> core::Status {
    detail::Transaction transaction(*m_statements, detail::Transaction::Kind::Write);
    auto remove = m_statements->lend("DELETE FROM calendar_feeds WHERE athlete_id = ?");
    remove->bind(1, athlete.value);
    remove->exec();
    transaction.commit();
    return {};
  });
}

}  // namespace stride::storage
