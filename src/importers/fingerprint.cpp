#include "stride/importers/fingerprint.hpp"

#include <sodium.h>

#include <array>

namespace stride::importers {

std::string content_fingerprint(Bytes bytes) {
  // sodium_init is idempotent and thread-safe; it fails only when no source of randomness exists,
  // which hashing does not need, so its result is not an error here.
  static const int initialised = sodium_init();
  static_cast<void>(initialised);
  std::array<unsigned char, crypto_generichash_BYTES> digest{};
  crypto_generichash(digest.data(), digest.size(), bytes.data(), bytes.size(), nullptr, 0);
  std::array<char, crypto_generichash_BYTES * 2 + 1> hex{};
  sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
  return std::string(hex.data(), digest.size() * 2);
}

}  // namespace stride::importers
