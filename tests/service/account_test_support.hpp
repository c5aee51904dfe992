#pragma once

// Helpers of the account use-case tests: an in-memory store, the libsodium secrets at their
// cheapest cost, and accounts made through sign_up.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdlib>
#include <string>

#include "example_files.hpp"
#include "stride/documents/input_decoders.hpp"
#include "stride/security/sodium_secrets.hpp"
#include "stride/service/accounts.hpp"
#include "stride/storage/memory_store.hpp"

namespace stride::testing {

// 2026-11-21T07:30:00Z
inline const core::Instant kMorning{std::chrono::seconds{1795247400}};

template <class T>
T expect_ok(core::Result<T> result, const std::string& what) {
  if (!result) {
    ADD_FAILURE() << what << ": " << result.error().describe();
    std::abort();
  }
  return std::move(*result);
}

inline security::SodiumSecrets cheap_secrets() {
  return expect_ok(security::SodiumSecrets::create(security::PasswordCost::cheapest_for_tests()), "secrets");
}

// The example runner of examples/athlete.json.
inline core::Athlete example_athlete() {
  return expect_ok(documents::decode_athlete(read_example("athlete.json"), "athlete.json"), "examples/athlete.json");
}

class AccountTest : public ::testing::Test {
 protected:
  service::SignedIn sign_up(const std::string& email, core::AccountRole role = core::AccountRole::Runner,
                            const std::string& password = "correct horse battery") {
    return expect_ok(service::sign_up(m_store, m_secrets, {email, password, "Ana Runner", role}, kMorning), email);
  }

  storage::MemoryStore m_store;
  security::SodiumSecrets m_secrets = cheap_secrets();
};

}  // namespace stride::testing
