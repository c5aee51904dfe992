#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "stride/core/accounts.hpp"
#include "stride/core/secrets.hpp"
#include "stride/core/store.hpp"

namespace stride::service {

// Counts failed sign-ins per e-mail and per client address (api.md §3) so that sign_in() can refuse
// attempts after too many failures. `store` is the caller's store, for a limiter that keeps its
// counts in the database (StoredSignInLimiter), shared by every server process on it.
class SignInLimiter {
 public:
  virtual ~SignInLimiter() = default;
  // How long sign-ins for `email_key` (core::email_key) or from `client` must still wait at `now`:
  // zero when both may try, else the longer of the two waits. Errors are the store's.
  [[nodiscard]] virtual core::Result<std::chrono::seconds> wait_before_sign_in(core::Store& store,
                                                                               std::string_view email_key,
                                                                               std::string_view client,
                                                                               core::Instant now) = 0;
  // Counts one failed sign-in at `now` against both `email_key` and `client`.
  [[nodiscard]] virtual core::Status record_failure(core::Store& store, std::string_view email_key,
                                                    std::string_view client, core::Instant now) = 0;
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

  [[nodiscard]] core::Result<std::chrono::seconds> wait_before_sign_in(core::Store& store, std::string_view email_key,
                                                                       std::string_view client,
                                                                       core::Instant now) override;
  [[nodiscard]] core::Status record_failure(core::Store& store, std::string_view email_key, std::string_view client,
                                            core::Instant now) override;

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

// The limiter whose failures live in the store (core::SignInFailureRepository), with the same
// sliding window as InMemorySignInLimiter, so several server processes on one database refuse the
// same attempts. Keys are stored as digests (core::Secrets::token_digest of "email:..." and
// "client:..."), so the database holds neither e-mails nor addresses for them; a failure is
// forgotten once it has left the window.
class StoredSignInLimiter final : public SignInLimiter {
 public:
  StoredSignInLimiter(core::Secrets& secrets, SignInLimits limits = {}) : m_secrets(secrets), m_limits(limits) {}

  [[nodiscard]] core::Result<std::chrono::seconds> wait_before_sign_in(core::Store& store, std::string_view email_key,
                                                                       std::string_view client,
                                                                       core::Instant now) override;
  [[nodiscard]] core::Status record_failure(core::Store& store, std::string_view email_key, std::string_view client,
                                            core::Instant now) override;

 private:
  [[nodiscard]] core::Result<std::chrono::seconds> wait_for(core::Store& store, const std::string& key,
                                                            core::Instant now);

  core::Secrets& m_secrets;
  SignInLimits m_limits;
};

}  // namespace stride::service
