#include "stride/service/sign_in_limiter.hpp"

#include <algorithm>

namespace stride::service {
namespace {

// Past this many keys, keys whose failures have all left the window are dropped, so the map does
// not grow with every address that ever failed once.
constexpr std::size_t kKeysBeforeCleaning = 4096;

std::string email_entry(std::string_view email_key) { return "email:" + std::string(email_key); }
std::string client_entry(std::string_view client) { return "client:" + std::string(client); }

}  // namespace

core::Result<std::chrono::seconds> InMemorySignInLimiter::wait_before_sign_in(core::Store& /*store*/,
                                                                              std::string_view email_key,
                                                                              std::string_view client,
                                                                              core::Instant now) {
  const std::lock_guard lock(m_mutex);
  return std::max(wait_for(email_entry(email_key), now), wait_for(client_entry(client), now));
}

core::Status InMemorySignInLimiter::record_failure(core::Store& /*store*/, std::string_view email_key,
                                                   std::string_view client, core::Instant now) {
  const std::lock_guard lock(m_mutex);
  if (m_failures.size() > kKeysBeforeCleaning) forget_quiet_keys(now);
  count(email_entry(email_key), now);
  count(client_entry(client), now);
  return {};
}

std::chrono::seconds InMemorySignInLimiter::wait_for(const std::string& key, core::Instant now) {
  const auto found = m_failures.find(key);
  if (found == m_failures.end()) return std::chrono::seconds{0};
  Failures& failures = found->second;
  while (!failures.empty() && failures.front() + m_limits.window <= now) failures.pop_front();
  if (failures.size() < m_limits.failures) return std::chrono::seconds{0};
  return failures.front() + m_limits.window - now;
}

void InMemorySignInLimiter::count(const std::string& key, core::Instant now) {
  Failures& failures = m_failures[key];
  while (!failures.empty() && failures.front() + m_limits.window <= now) failures.pop_front();
  failures.push_back(now);
  // Only the newest `failures` count towards a wait, so older ones need not be kept.
  while (failures.size() > m_limits.failures) failures.pop_front();
}

void InMemorySignInLimiter::forget_quiet_keys(core::Instant now) {
  std::erase_if(m_failures, [&](const auto& entry) {
    return entry.second.empty() || entry.second.back() + m_limits.window <= now;
  });
}

core::Result<std::chrono::seconds> StoredSignInLimiter::wait_before_sign_in(core::Store& store,
                                                                            std::string_view email_key,
                                                                            std::string_view client,
                                                                            core::Instant now) {
  STRIDE_TRY(const auto email_wait, wait_for(store, email_entry(email_key), now));
  STRIDE_TRY(const auto client_wait, wait_for(store, client_entry(client), now));
  return std::max(email_wait, client_wait);
}

core::Status StoredSignInLimiter::record_failure(core::Store& store, std::string_view email_key,
                                                 std::string_view client, core::Instant now) {
  // A failure at or before `now - window` no longer counts (as in InMemorySignInLimiter).
  const core::Instant forget_before = now - m_limits.window + std::chrono::seconds{1};
  STRIDE_TRY_STATUS(store.record_sign_in_failure(m_secrets.token_digest(email_entry(email_key)), now, forget_before));
  return store.record_sign_in_failure(m_secrets.token_digest(client_entry(client)), now, forget_before);
}

core::Result<std::chrono::seconds> StoredSignInLimiter::wait_for(core::Store& store, const std::string& key,
                                                                 core::Instant now) {
  STRIDE_TRY(const auto failures,
             store.sign_in_failures(m_secrets.token_digest(key), now - m_limits.window + std::chrono::seconds{1}));
  if (failures.size() < m_limits.failures) return std::chrono::seconds{0};
  // The oldest of the newest `failures` leaves the window last of those that matter.
  return failures[failures.size() - m_limits.failures] + m_limits.window - now;
}

}  // namespace stride::service
