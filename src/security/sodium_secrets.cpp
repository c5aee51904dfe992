#include "stride/security/sodium_secrets.hpp"

#include <sodium.h>

#include <array>
#include <string>

namespace stride::security {
namespace {

constexpr std::size_t kTokenBytes = 32;

// The key of the CSRF derivation. It need not be secret: the CSRF token's secrecy comes from the
// session token it is derived from; the key only keeps the CSRF token apart from the stored digest.
constexpr std::string_view kCsrfKey = "stride.csrf_token.v1";
static_assert(kCsrfKey.size() >= crypto_generichash_KEYBYTES_MIN && kCsrfKey.size() <= crypto_generichash_KEYBYTES_MAX);

const unsigned char* bytes_of(std::string_view text) { return reinterpret_cast<const unsigned char*>(text.data()); }

std::string blake2b_hex(std::string_view message, std::string_view key) {
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(), bytes_of(message), message.size(),
                     key.empty() ? nullptr : bytes_of(key), key.size());
  std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), digest.size() * 2);
}

}  // namespace

PasswordCost PasswordCost::interactive() {
  return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

PasswordCost PasswordCost::cheapest_for_tests() { return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN}; }

core::Result<SodiumSecrets> SodiumSecrets::create(PasswordCost cost) {
  if (sodium_init() < 0) {
    return std::unexpected(core::make_error(core::ErrorCode::Internal, "libsodium cannot start (no source of randomness)"));
  }
  return SodiumSecrets(cost);
}

std::string SodiumSecrets::random_token() {
  std::array<unsigned char, kTokenBytes> random{};
  randombytes_buf(random.data(), random.size());
  constexpr int kVariant = sodium_base64_VARIANT_URLSAFE_NO_PADDING;
  std::array<char, sodium_base64_ENCODED_LEN(kTokenBytes, kVariant)> text{};
  sodium_bin2base64(text.data(), text.size(), random.data(), random.size(), kVariant);
  return std::string(text.data());
}

core::Result<std::string> SodiumSecrets::hash_password(std::string_view password) {
  std::array<char, crypto_pwhash_STRBYTES> hash{};
  if (crypto_pwhash_str(hash.data(), password.data(), password.size(), m_cost.operations, m_cost.memory_bytes) != 0) {
    return std::unexpected(core::make_error(core::ErrorCode::Internal, "cannot hash a password (out of memory)"));
  }
  return std::string(hash.data());
}

bool SodiumSecrets::verify_password(std::string_view password_hash, std::string_view password) {
  // crypto_pwhash_str_verify reads a NUL-terminated string of at most crypto_pwhash_STRBYTES.
  if (password_hash.empty() || password_hash.size() >= crypto_pwhash_STRBYTES) return false;
  const std::string hash(password_hash);
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

std::string SodiumSecrets::token_digest(std::string_view token) { return blake2b_hex(token, {}); }

std::string SodiumSecrets::csrf_token(std::string_view session_token) { return blake2b_hex(session_token, kCsrfKey); }

}  // namespace stride::security
