// MemoryStore: the athletes' calendar feeds, known by the digests of their secrets.

#include <algorithm>

#include "account_validation.hpp"
#include "store_validation.hpp"
#include "stride/storage/memory_store.hpp"

namespace stride::storage {

core::Status MemoryStore::set_calendar_feed(core::AthleteId athlete, core::AccountId account,
                                            std::string_view secret_digest, core::Instant now) {
  STRIDE_TRY_STATUS(detail::check_digest(secret_digest, "calendar feed"));
  if (!knows(athlete)) return std::unexpected(detail::unknown_athlete(athlete));
  if (!knows(account)) return std::unexpected(detail::unknown_account(account));
  auto& feeds = m_account_state.calendar_feeds;
  if (std::ranges::any_of(feeds, [&](const auto& stored) { return stored.digest == secret_digest; })) {
    return std::unexpected(detail::duplicate_digest("calendar feed"));
  }
  std::erase_if(feeds, [&](const auto& stored) { return stored.record.athlete == athlete; });
  feeds.push_back({{athlete, account, now}, std::string(secret_digest)});
  return {};
}

core::Result<std::optional<core::CalendarFeedRecord>> MemoryStore::calendar_feed(core::AthleteId athlete) {
  for (const auto& stored : m_account_state.calendar_feeds) {
    if (stored.record.athlete == athlete) return stored.record;
  }
  return std::nullopt;
}

core::Result<std::optional<core::CalendarFeedRecord>> MemoryStore::find_calendar_feed(std::string_view secret_digest) {
  for (const auto& stored : m_account_state.calendar_feeds) {
    if (stored.digest == secret_digest) return stored.record;
  }
  return std::nullopt;
}

core::Status MemoryStore::delete_calendar_feed(core::AthleteId athlete) {
  std::erase_if(m_account_state.calendar_feeds, [&](const auto& stored) { return stored.record.athlete == athlete; });
  return {};
}

}  // namespace stride::storage
