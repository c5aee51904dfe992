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

std::chrono::seconds InMemorySignInLimiter::wait_before_sign_in(std::string_view email_key, std::string_view client,
                                                                core::Instant now) {
  const std::lock_guard lock(m_mutex);
  return std::max(wait_for(email_entry(email_key), now), wait_for(client_entry(client), now));
}

void InMemorySignInLimiter::record_failure(std::string_view email_key, std::string_view client, core::Instant now) {
  const std::lock_guard lock(m_mutex);
  if (m_failures.size() > kKeysBeforeCleaning) forget_quiet_keys(now);
  count(email_entry(email_key), now);
  count(client_entry(client), now);
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

}  // namespace stride::service
