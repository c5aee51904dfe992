// The libsodium adapter of the Secrets port: passwords verify only against their own hash, tokens
// are long, URL-safe and distinct, digests are stable and the CSRF token differs from the digest.

#include "stride/security/sodium_secrets.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

namespace stride::security {
namespace {

SodiumSecrets cheap_secrets() {
  auto secrets = SodiumSecrets::create(PasswordCost::cheapest_for_tests());
  if (!secrets) {
    ADD_FAILURE() << secrets.error().describe();
    std::abort();
  }
  return std::move(*secrets);
}

TEST(SodiumSecrets, APasswordVerifiesAgainstItsHashAndNoOtherPasswordDoes) {
  auto secrets = cheap_secrets();
  const auto hash = secrets.hash_password("correct horse battery");
  ASSERT_TRUE(hash) << hash.error().describe();
  EXPECT_TRUE(hash->starts_with("$argon2id$")) << *hash;
  EXPECT_EQ(hash->find("correct horse"), std::string::npos);
  EXPECT_TRUE(secrets.verify_password(*hash, "correct horse battery"));
  EXPECT_FALSE(secrets.verify_password(*hash, "correct horse batterY"));
  EXPECT_FALSE(secrets.verify_password(*hash, ""));
  EXPECT_FALSE(secrets.verify_password("not a hash", "correct horse battery"));
  EXPECT_FALSE(secrets.verify_password("", "correct horse battery"));
}

TEST(SodiumSecrets, TheSamePasswordHashesDifferentlyEachTimeAndBothVerify) {
  auto secrets = cheap_secrets();
  const auto first = *secrets.hash_password("correct horse battery");
  const auto second = *secrets.hash_password("correct horse battery");
  EXPECT_NE(first, second) << "each hash has its own salt";
  EXPECT_TRUE(secrets.verify_password(second, "correct horse battery"));
}

TEST(SodiumSecrets, AHashMadeAtTheInteractiveCostVerifiesWithTheCheapAdapter) {
  auto interactive = SodiumSecrets::create(PasswordCost::interactive());
  ASSERT_TRUE(interactive);
  const auto hash = *interactive->hash_password("correct horse battery");
  EXPECT_NE(hash.find("m=65536"), std::string::npos) << hash;
  EXPECT_TRUE(cheap_secrets().verify_password(hash, "correct horse battery"));
}

TEST(SodiumSecrets, TokensCarry256BitsAsUrlSafeTextAndNeverRepeat) {
  auto secrets = cheap_secrets();
  std::set<std::string> seen;
  for (int index = 0; index < 200; ++index) {
    const std::string token = secrets.random_token();
    EXPECT_EQ(token.size(), 43u) << "32 bytes in unpadded base64url";
    EXPECT_TRUE(std::ranges::all_of(token, [](char character) {
      return (character >= 'a' && character <= 'z') || (character >= 'A' && character <= 'Z') ||
             (character >= '0' && character <= '9') || character == '-' || character == '_';
    })) << token;
    seen.insert(token);
  }
  EXPECT_EQ(seen.size(), 200u);
}

TEST(SodiumSecrets, DigestsAreStableBlake2bAndTheCsrfTokenIsAnotherValue) {
  auto secrets = cheap_secrets();
  // BLAKE2b-256 of the empty message (RFC 7693's parameters, 32-byte output).
  EXPECT_EQ(secrets.token_digest(""), "0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
  const std::string token = secrets.random_token();
  const std::string digest = secrets.token_digest(token);
  EXPECT_EQ(digest.size(), 64u);
  EXPECT_EQ(secrets.token_digest(token), digest);
  EXPECT_NE(secrets.token_digest(token + "x"), digest);
  const std::string csrf = secrets.csrf_token(token);
  EXPECT_EQ(csrf.size(), 64u);
  EXPECT_EQ(secrets.csrf_token(token), csrf);
  EXPECT_NE(csrf, digest);
  EXPECT_NE(secrets.csrf_token(secrets.random_token()), csrf);
}

}  // namespace
}  // namespace stride::security
