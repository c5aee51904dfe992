#pragma once

#include <string>
#include <string_view>

#include "stride/core/error.hpp"

namespace stride::core {

// The secrets port: random tokens, password hashes and the digests under which tokens are stored
// (docs/accounts.md). Implemented by stride::security with libsodium. Implementations are safe to
// use from several threads at once.
class Secrets {
 public:
  virtual ~Secrets() = default;

  // A new random token of at least 128 bits (Stride's adapter: 256), as URL-safe text (letters,
  // digits, '-' and '_'), fit for a cookie, a URL path or an Authorization header.
  [[nodiscard]] virtual std::string random_token() = 0;

  // A self-describing hash of `password` (algorithm, cost and salt included) for storage. Fails
  // with Internal when the hash cannot be computed (too little memory).
  [[nodiscard]] virtual Result<std::string> hash_password(std::string_view password) = 0;

  // True when `password` is the one `password_hash` was made from; false for any other password
  // and for a hash that is not one of this port's.
  [[nodiscard]] virtual bool verify_password(std::string_view password_hash, std::string_view password) = 0;

  // The digest under which a token (session, personal token, invitation code) is stored: the same
  // for the same token, different for different tokens, and not reversible. Text.
  [[nodiscard]] virtual std::string token_digest(std::string_view token) = 0;

  // The CSRF token of a session, derived from the session's token alone, so nothing more is
  // stored; it cannot be computed without the session token and does not reveal it.
  [[nodiscard]] virtual std::string csrf_token(std::string_view session_token) = 0;
};

}  // namespace stride::core
