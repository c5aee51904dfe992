#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "stride/core/secrets.hpp"

namespace stride::security {

// How much work one password hash costs: Argon2id's operations and memory (libsodium's opslimit
// and memlimit).
struct PasswordCost {
  unsigned long long operations = 0;
  std::size_t memory_bytes = 0;

  // libsodium's INTERACTIVE setting (2 passes over 64 MiB): what the server uses.
  [[nodiscard]] static PasswordCost interactive();
  // The least libsodium allows: for tests only, so a suite that signs up many accounts stays fast.
  [[nodiscard]] static PasswordCost cheapest_for_tests();
};

// The Secrets port with libsodium: random_token() is 32 bytes of randombytes_buf() in unpadded
// base64url (43 characters); hash_password() is crypto_pwhash_str (Argon2id) at the given cost and
// verify_password() crypto_pwhash_str_verify (which reads the cost from the hash, so hashes made at
// another cost still verify); token_digest() is BLAKE2b-256 (crypto_generichash) in lower-case hex;
// csrf_token() is BLAKE2b-256 of the session token keyed with a fixed key of its own, so it differs
// from the stored digest. Thread-safe.
class SodiumSecrets final : public core::Secrets {
 public:
  // Fails with Internal when libsodium cannot start (no source of randomness).
  [[nodiscard]] static core::Result<SodiumSecrets> create(PasswordCost cost);

  [[nodiscard]] std::string random_token() override;
  [[nodiscard]] core::Result<std::string> hash_password(std::string_view password) override;
  [[nodiscard]] bool verify_password(std::string_view password_hash, std::string_view password) override;
  [[nodiscard]] std::string token_digest(std::string_view token) override;
  [[nodiscard]] std::string csrf_token(std::string_view session_token) override;

 private:
  explicit SodiumSecrets(PasswordCost cost) : m_cost(cost) {}

  PasswordCost m_cost;
};

}  // namespace stride::security
