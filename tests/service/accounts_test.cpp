// Signing up, in and out, sessions, the sign-in rate limit and personal tokens (service/accounts.hpp,
// service/tokens.hpp) on the in-memory store with the real libsodium secrets.

#include "stride/service/accounts.hpp"

#include <gtest/gtest.h>

#include "account_test_support.hpp"
#include "stride/service/tokens.hpp"

namespace stride::service {
namespace {

using core::ErrorCode;
using testing::kMorning;
using namespace std::chrono_literals;

class Accounts : public testing::AccountTest {
 protected:
  core::Result<SignedIn> sign_in(const std::string& email, const std::string& password,
                                 const std::string& client = "192.0.2.1", core::Instant now = kMorning) {
    return service::sign_in(m_store, m_secrets, m_limiter, {email, password, client}, now);
  }

  InMemorySignInLimiter m_limiter;
};

TEST_F(Accounts, SignUpStoresTheAccountAndSignsItIn) {
  const auto signed_up = sign_up("  Ana@Example.org ", core::AccountRole::Coach);
  EXPECT_EQ(signed_up.account.email, "Ana@Example.org");
  EXPECT_EQ(signed_up.account.role, core::AccountRole::Coach);
  EXPECT_GE(signed_up.session_token.size(), 22u) << "at least 128 bits";
  EXPECT_EQ(signed_up.csrf_token, m_secrets.csrf_token(signed_up.session_token));

  const auto session = authenticate_session(m_store, m_secrets, signed_up.session_token, kMorning + 1h);
  ASSERT_TRUE(session) << session.error().describe();
  EXPECT_EQ(session->account, signed_up.account);
  EXPECT_EQ(session->csrf_token, signed_up.csrf_token);

  const auto stored = **m_store.find_account_by_email("ana@example.org");
  EXPECT_NE(stored.password_hash.find("$argon2id$"), std::string::npos);
  EXPECT_TRUE(m_secrets.verify_password(stored.password_hash, "correct horse battery"));
}

TEST_F(Accounts, SignUpNamesTheFieldThatIsWrong) {
  struct Case {
    SignUpRequest request;
    const char* field;
  };
  const std::string long_name(101, 'a');
  const Case cases[] = {
      {{"ana.example.org", "correct horse battery", "Ana", {}}, "email"},
      {{"ana@example", "correct horse battery", "Ana", {}}, "email"},
      {{"@example.org", "correct horse battery", "Ana", {}}, "email"},
      {{"ana@@example.org", "correct horse battery", "Ana", {}}, "email"},
      {{"an a@example.org", "correct horse battery", "Ana", {}}, "email"},
      {{"ana@example..org", "correct horse battery", "Ana", {}}, "email"},
      {{"", "correct horse battery", "Ana", {}}, "email"},
      {{"ana@example.org", "nine char", "Ana", {}}, "password"},
      {{"ana@example.org", "ééééééééé", "Ana", {}}, "password"},  // 18 bytes, 9 characters
      {{"ana@example.org", std::string(1025, 'p'), "Ana", {}}, "password"},
      {{"ana@example.org", "correct horse battery", "   ", {}}, "display_name"},
      {{"ana@example.org", "correct horse battery", long_name, {}}, "display_name"},
      {{"ana@example.org", "correct horse battery", "Ana\u202Enur", {}}, "display_name"},
      {{"ana@example.org", "correct horse battery", "Ana\nRunner", {}}, "display_name"},
  };
  for (const auto& row : cases) {
    const auto result = service::sign_up(m_store, m_secrets, row.request, kMorning);
    ASSERT_FALSE(result) << row.request.email << " / " << row.request.display_name;
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(result.error().field, row.field) << result.error().describe();
  }
  EXPECT_FALSE(*m_store.find_account_by_email("ana@example.org")) << "nothing stored";
  EXPECT_TRUE(service::sign_up(m_store, m_secrets, {"ana@example.org", "ten chars!", "Ana", {}}, kMorning));
}

TEST(AccountRoles, ARoleIsRunnerOrCoachSpelledExactly) {
  EXPECT_EQ(*account_role_named("runner"), core::AccountRole::Runner);
  EXPECT_EQ(*account_role_named("coach"), core::AccountRole::Coach);
  for (const char* text : {"Coach", "admin", "", " runner"}) {
    const auto role = account_role_named(text);
    ASSERT_FALSE(role) << text;
    EXPECT_EQ(role.error().field, "role");
    EXPECT_EQ(role.error().message, "must be one of runner | coach");
  }
}

TEST_F(Accounts, AnEmailTakenInAnyCaseIsAConflictAndTheFirstAccountStays) {
  sign_up("ana@example.org");
  const auto again = service::sign_up(m_store, m_secrets, {"ANA@example.org", "another password", "Other", {}}, kMorning);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_EQ(again.error().field, "email");
  EXPECT_TRUE(sign_in("ana@example.org", "correct horse battery"));
  EXPECT_FALSE(sign_in("ana@example.org", "another password"));
}

TEST_F(Accounts, SignInGivesANewSessionAndTheSameAnswerForAWrongEmailOrPassword) {
  const auto signed_up = sign_up("ana@example.org");
  const auto signed_in = sign_in("ANA@example.org ", "correct horse battery");
  ASSERT_TRUE(signed_in) << signed_in.error().describe();
  EXPECT_EQ(signed_in->account, signed_up.account);
  EXPECT_NE(signed_in->session_token, signed_up.session_token);
  EXPECT_NE(signed_in->csrf_token, signed_up.csrf_token);

  const auto wrong_password = sign_in("ana@example.org", "correct horse battery!");
  const auto wrong_email = sign_in("ben@example.org", "correct horse battery");
  ASSERT_FALSE(wrong_password);
  ASSERT_FALSE(wrong_email);
  EXPECT_EQ(wrong_password.error().code, ErrorCode::Unauthenticated);
  EXPECT_EQ(wrong_email.error().code, ErrorCode::Unauthenticated);
  EXPECT_EQ(wrong_password.error().describe(), wrong_email.error().describe());
  EXPECT_EQ(wrong_password.error().field, wrong_email.error().field);
}

TEST_F(Accounts, ElevenAttemptsAMinuteAreRefusedEvenWithTheRightPasswordUntilTheWindowPasses) {
  sign_up("ana@example.org");
  for (int attempt = 0; attempt < 10; ++attempt) {
    EXPECT_EQ(sign_in("ana@example.org", "wrong password", "192.0.2.1", kMorning + attempt * 1s).error().code,
              ErrorCode::Unauthenticated);
  }
  const auto limited = sign_in("ana@example.org", "correct horse battery", "192.0.2.1", kMorning + 30s);
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().code, ErrorCode::RateLimited);
  EXPECT_EQ(limited.error().retry_after, 30s) << "the first failure leaves the window at 60 s";
  EXPECT_EQ(sign_in("ana@example.org", "correct horse battery", "198.51.100.7", kMorning + 59s).error().code,
            ErrorCode::RateLimited)
      << "the e-mail's counter holds from another address too";
  EXPECT_TRUE(sign_in("ana@example.org", "correct horse battery", "192.0.2.1", kMorning + 60s));
}

TEST_F(Accounts, OneClientAddressIsLimitedAcrossEmails) {
  sign_up("ana@example.org");
  for (int attempt = 0; attempt < 10; ++attempt) {
    EXPECT_FALSE(sign_in("guess" + std::to_string(attempt) + "@example.org", "whatever1234", "203.0.113.9"));
  }
  const auto limited = sign_in("ana@example.org", "correct horse battery", "203.0.113.9");
  ASSERT_FALSE(limited);
  EXPECT_EQ(limited.error().code, ErrorCode::RateLimited);
  EXPECT_EQ(limited.error().retry_after, 60s);
  EXPECT_TRUE(sign_in("ana@example.org", "correct horse battery", "192.0.2.1")) << "another address may sign in";
}

TEST_F(Accounts, ASessionIdlesOutAfter30DaysAndEachUseKeepsItAlive) {
  const auto signed_up = sign_up("ana@example.org");
  const auto& token = signed_up.session_token;
  EXPECT_TRUE(authenticate_session(m_store, m_secrets, token, kMorning + 29 * 24h));
  EXPECT_TRUE(authenticate_session(m_store, m_secrets, token, kMorning + 58 * 24h)) << "touched 29 days before";
  const auto expired = authenticate_session(m_store, m_secrets, token, kMorning + 88 * 24h);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code, ErrorCode::Unauthenticated);
  EXPECT_EQ(authenticate_session(m_store, m_secrets, "", kMorning).error().code, ErrorCode::Unauthenticated);
  EXPECT_EQ(authenticate_session(m_store, m_secrets, "made-up", kMorning).error().code, ErrorCode::Unauthenticated);
}

TEST_F(Accounts, AUseWithinTheRecordingIntervalOfTheLastRecordsNothingNew) {
  const auto signed_up = sign_up("ana@example.org");  // last seen kMorning
  const auto digest = m_secrets.token_digest(signed_up.session_token);
  const auto nearly = kMorning + core::kUseRecordingInterval - 1s;
  ASSERT_TRUE(authenticate_session(m_store, m_secrets, signed_up.session_token, nearly));
  EXPECT_EQ((*m_store.find_live_session(digest, nearly))->last_seen, kMorning);
  const auto later = kMorning + core::kUseRecordingInterval;
  ASSERT_TRUE(authenticate_session(m_store, m_secrets, signed_up.session_token, later));
  EXPECT_EQ((*m_store.find_live_session(digest, later))->last_seen, later);
}

TEST_F(Accounts, IdleSessionsCanBeSweptAway) {
  const auto idle = sign_up("ana@example.org");
  const auto used = *sign_in("ana@example.org", "correct horse battery");
  ASSERT_TRUE(authenticate_session(m_store, m_secrets, used.session_token, kMorning + 10 * 24h));
  EXPECT_EQ(*delete_idle_sessions(m_store, kMorning + 30 * 24h), 1u);
  EXPECT_EQ(authenticate_session(m_store, m_secrets, idle.session_token, kMorning).error().code,
            ErrorCode::Unauthenticated)
      << "deleted, so not even an earlier moment finds it";
  EXPECT_TRUE(authenticate_session(m_store, m_secrets, used.session_token, kMorning + 30 * 24h));
}

TEST_F(Accounts, SignOutRevokesOnlyThatSession) {
  const auto first = sign_up("ana@example.org");
  const auto second = *sign_in("ana@example.org", "correct horse battery");
  ASSERT_TRUE(sign_out(m_store, m_secrets, first.session_token));
  EXPECT_EQ(authenticate_session(m_store, m_secrets, first.session_token, kMorning).error().code,
            ErrorCode::Unauthenticated);
  EXPECT_TRUE(authenticate_session(m_store, m_secrets, second.session_token, kMorning));
  EXPECT_TRUE(sign_out(m_store, m_secrets, first.session_token)) << "signing out twice is not an error";
}

TEST_F(Accounts, TheCsrfTokenMustMatchExactly) {
  const auto signed_up = sign_up("ana@example.org");
  EXPECT_TRUE(csrf_token_matches(signed_up.csrf_token, signed_up.csrf_token));
  std::string altered = signed_up.csrf_token;
  altered.back() = altered.back() == 'a' ? 'b' : 'a';
  EXPECT_FALSE(csrf_token_matches(signed_up.csrf_token, altered));
  EXPECT_FALSE(csrf_token_matches(signed_up.csrf_token, signed_up.csrf_token.substr(1)));
  EXPECT_FALSE(csrf_token_matches(signed_up.csrf_token, ""));
  EXPECT_FALSE(csrf_token_matches("", ""));
}

TEST_F(Accounts, PersonalTokensActAsTheirAccountUntilDeletedAndAreShownOnlyOnce) {
  const auto ana = sign_up("ana@example.org").account;
  const auto ben = sign_up("ben@example.org").account;
  const auto created = create_token(m_store, m_secrets, ana, "  laptop ", kMorning);
  ASSERT_TRUE(created) << created.error().describe();
  EXPECT_EQ(created->name, "laptop");
  EXPECT_EQ(create_token(m_store, m_secrets, ana, " ", kMorning).error().field, "name");

  const auto acting = authenticate_token(m_store, m_secrets, created->token, kMorning + 1h);
  ASSERT_TRUE(acting) << acting.error().describe();
  EXPECT_EQ(*acting, ana);
  const auto listed = *list_tokens(m_store, ana);
  ASSERT_EQ(listed.size(), 1u);
  EXPECT_EQ(listed[0].id, created->id);
  EXPECT_EQ(listed[0].created, kMorning);
  EXPECT_EQ(listed[0].last_used, kMorning + 1h);
  EXPECT_TRUE(list_tokens(m_store, ben)->empty());

  EXPECT_EQ(delete_token(m_store, ben, created->id).error().code, ErrorCode::NotFound);
  ASSERT_TRUE(delete_token(m_store, ana, created->id));
  EXPECT_EQ(authenticate_token(m_store, m_secrets, created->token, kMorning).error().code, ErrorCode::Unauthenticated);
  EXPECT_EQ(authenticate_token(m_store, m_secrets, "", kMorning).error().code, ErrorCode::Unauthenticated);
}

}  // namespace
}  // namespace stride::service
