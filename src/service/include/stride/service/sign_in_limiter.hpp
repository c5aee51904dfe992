#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "stride/core/accounts.hpp"

namespace stride::service {

// Counts failed sign-ins per e-mail and per client address (api.md §3) so that sign_in() can refuse
// attempts after too many failures. A port, so the counts can later live in the database and be
// shared by several server processes.
class SignInLimiter {
 public:
  virtual ~SignInLimiter() = default;
  // How long sign-ins for `email_key` (core::email_key) or from `client` must still wait at `now`:
  // zero when both may try, else the longer of the two waits.
  [[nodiscard]] virtual std::chrono::seconds wait_before_sign_in(std::string_view email_key, std::string_view client,
                                                                 core::Instant now) = 0;
  // Counts one failed sign-in at `now` against both `email_key` and `client`.
  virtual void record_failure(std::string_view email_key, std::string_view client, core::Instant now) = 0;
};

struct SignInLimits {
  std::size_t failures = 10;            // at most this many failures per key...
  std::chrono::seconds window{60};      // ...within any window this long
};

// The limiter in this process's memory: a sliding window per key. After `limits.failures`
// failures within `limits.window`, a key waits until the oldest of them leaves the window. The
// counts are lost when the process ends. Thread-safe.
class InMemorySignInLimiter final : public SignInLimiter {
 public:
  explicit InMemorySignInLimiter(SignInLimits limits = {}) : m_limits(limits) {}

  [[nodiscard]] std::chrono::seconds wait_before_sign_in(std::string_view email_key, std::string_view client,
                                                         core::Instant now) override;
  void record_failure(std::string_view email_key, std::string_view client, core::Instant now) override;

 private:
  // The failures of one key still inside the window, oldest first (at most limits.failures).
  using Failures = std::deque<core::Instant>;

  [[nodiscard]] std::chrono::seconds wait_for(const std::string& key, core::Instant now);
  void count(const std::string& key, core::Instant now);
  void forget_quiet_keys(core::Instant now);

  SignInLimits m_limits;
  std::mutex m_mutex;
  std::unordered_map<std::string, Failures> m_failures;  // keys "email:..." and "client:..."
};

}  // namespace stride::service
