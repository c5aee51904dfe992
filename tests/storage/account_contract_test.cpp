// The storage port's accounts contract (core/account_store.hpp), against MemoryStore and
// SqliteStore: accounts unique by e-mail without regard to case, sessions found by digest until they
// idle out, personal tokens of their own account only, single-use invitations, coach grants and the
// athletes an account may see.

#include <gtest/gtest.h>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using namespace std::chrono_literals;

// 2026-11-21T07:30:00Z
const core::Instant kMorning{std::chrono::seconds{1795247400}};

template <class Kind>
class AccountContract : public StoreContract<Kind> {
 protected:
  core::AccountId add_account(const std::string& email, core::AccountRole role = core::AccountRole::Runner) {
    return testing::expect_value(this->store().add_account({email, "Ana Runner", role, "hash-of-" + email}, kMorning),
                                 "add_account");
  }
};
TYPED_TEST_SUITE(AccountContract, StoreKinds, KindNames);

TYPED_TEST(AccountContract, AccountsRoundTripAndAreFoundByEmailWithoutRegardToCase) {
  auto& store = this->store();
  const auto ana = *store.add_account({"Ana@Example.org", "Ana", core::AccountRole::Runner, "hash-a"}, kMorning);
  const auto ben = *store.add_account({"ben@example.org", "Ben", core::AccountRole::Coach, "hash-b"}, kMorning);
  EXPECT_NE(ana, ben);
  EXPECT_EQ(*store.find_account(ben), (core::Account{ben, "ben@example.org", "Ben", core::AccountRole::Coach}));

  const auto found = *store.find_account_by_email("ana@EXAMPLE.ORG");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->account, (core::Account{ana, "Ana@Example.org", "Ana", core::AccountRole::Runner}));
  EXPECT_EQ(found->password_hash, "hash-a");
  EXPECT_FALSE(*store.find_account_by_email("cy@example.org"));
  EXPECT_EQ(store.find_account(core::AccountId{99}).error().code, ErrorCode::NotFound);
}

TYPED_TEST(AccountContract, RefusesASecondAccountWithTheSameEmailInAnyCase) {
  auto& store = this->store();
  this->add_account("ana@example.org");
  const auto again = store.add_account({"ANA@example.ORG", "Other", core::AccountRole::Coach, "h"}, kMorning);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_EQ(again.error().field, "email");
  EXPECT_EQ(store.find_account_by_email("ana@example.org")->value().account.display_name, "Ana Runner");
  EXPECT_EQ(store.add_account({"", "X", core::AccountRole::Runner, "h"}, kMorning).error().code,
            ErrorCode::InvalidInput);
  EXPECT_EQ(store.add_account({"x@example.org", "X", core::AccountRole::Runner, ""}, kMorning).error().code,
            ErrorCode::InvalidInput);
}

TYPED_TEST(AccountContract, ASessionLivesUntilItIdlesFor30DaysAndTouchingKeepsItAlive) {
  auto& store = this->store();
  const auto account = this->add_account("ana@example.org");
  const auto session = *store.add_session(account, "digest-1", kMorning);

  const auto live = *store.find_live_session("digest-1", kMorning + 29 * 24h);
  ASSERT_TRUE(live);
  EXPECT_EQ(*live, (core::SessionRecord{session, account, kMorning, kMorning}));
  EXPECT_FALSE(*store.find_live_session("digest-1", kMorning + core::kSessionIdleLimit));
  EXPECT_FALSE(*store.find_live_session("digest-2", kMorning));

  ASSERT_TRUE(store.touch_session(session, kMorning + 29 * 24h));
  ASSERT_TRUE(store.touch_session(session, kMorning + 1h)) << "an older moment does not move last-seen back";
  const auto later = *store.find_live_session("digest-1", kMorning + 58 * 24h);
  ASSERT_TRUE(later);
  EXPECT_EQ(later->last_seen, kMorning + 29 * 24h);
  EXPECT_EQ(later->created, kMorning);
}

TYPED_TEST(AccountContract, ARevokedSessionIsGoneAndADigestIsStoredOnce) {
  auto& store = this->store();
  const auto account = this->add_account("ana@example.org");
  const auto session = *store.add_session(account, "digest-1", kMorning);
  EXPECT_EQ(store.add_session(account, "digest-1", kMorning).error().code, ErrorCode::Conflict);
  EXPECT_EQ(store.add_session(core::AccountId{42}, "digest-9", kMorning).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.add_session(account, "", kMorning).error().code, ErrorCode::InvalidInput);

  ASSERT_TRUE(store.revoke_session("digest-1"));
  EXPECT_FALSE(*store.find_live_session("digest-1", kMorning));
  EXPECT_EQ(store.touch_session(session, kMorning).error().code, ErrorCode::NotFound);
  EXPECT_TRUE(store.revoke_session("digest-1")) << "revoking twice is not an error";
  const auto next = *store.add_session(account, "digest-2", kMorning);
  EXPECT_GT(next.value, session.value) << "ids are never reused";
}

TYPED_TEST(AccountContract, IdleSessionsAreDeletedAndLiveOnesKept) {
  auto& store = this->store();
  const auto account = this->add_account("ana@example.org");
  ASSERT_TRUE(store.add_session(account, "old", kMorning));
  const auto recent = *store.add_session(account, "recent", kMorning + 1h);
  EXPECT_EQ(*store.delete_idle_sessions(kMorning + core::kSessionIdleLimit), 1u) << "idle exactly 30 days";
  EXPECT_FALSE(*store.find_live_session("old", kMorning));
  EXPECT_EQ(store.find_live_session("recent", kMorning + 2h)->value().id, recent);
  EXPECT_EQ(*store.delete_idle_sessions(kMorning + core::kSessionIdleLimit), 0u);
}

TYPED_TEST(AccountContract, TokensAreListedDeletedAndUsedByTheirOwnAccountOnly) {
  auto& store = this->store();
  const auto ana = this->add_account("ana@example.org");
  const auto ben = this->add_account("ben@example.org");
  const auto laptop = *store.add_token(ana, "laptop", "t-1", kMorning);
  const auto script = *store.add_token(ana, "script", "t-2", kMorning + 1h);
  const auto bens = *store.add_token(ben, "phone", "t-3", kMorning);
  EXPECT_EQ(store.add_token(ana, "again", "t-1", kMorning).error().code, ErrorCode::Conflict);
  EXPECT_EQ(store.add_token(ana, "", "t-4", kMorning).error().code, ErrorCode::InvalidInput);

  const auto used = *store.use_token("t-2", kMorning + 2h);
  ASSERT_TRUE(used);
  EXPECT_EQ(used->account, ana);
  EXPECT_EQ(used->last_used, kMorning + 2h);
  EXPECT_FALSE(*store.use_token("nothing", kMorning));
  // A use within the recording interval of the last records nothing new; a later one does.
  EXPECT_EQ((*store.use_token("t-2", kMorning + 2h + core::kUseRecordingInterval - 1s))->last_used, kMorning + 2h);
  EXPECT_EQ((*store.use_token("t-2", kMorning + 2h + core::kUseRecordingInterval))->last_used,
            kMorning + 2h + core::kUseRecordingInterval);
  EXPECT_EQ((*store.use_token("t-2", kMorning + 2h))->last_used, kMorning + 2h + core::kUseRecordingInterval)
      << "an older moment does not move the last use back";

  EXPECT_EQ(*store.tokens(ana), (std::vector<core::TokenRecord>{{laptop, ana, "laptop", kMorning, std::nullopt},
                                                                 {script, ana, "script", kMorning + 1h,
                                                                  kMorning + 2h + core::kUseRecordingInterval}}));
  EXPECT_EQ(store.delete_token(ana, bens).error().code, ErrorCode::NotFound) << "not Ana's token";
  EXPECT_EQ(store.tokens(ben)->size(), 1u);
  ASSERT_TRUE(store.delete_token(ana, laptop));
  EXPECT_FALSE(*store.use_token("t-1", kMorning));
  EXPECT_EQ(store.tokens(ana)->size(), 1u);
  EXPECT_EQ(store.delete_token(ana, laptop).error().code, ErrorCode::NotFound);
}

TYPED_TEST(AccountContract, AnInvitationIsAcceptedOnce) {
  auto& store = this->store();
  const auto coach = this->add_account("coach@example.org", core::AccountRole::Coach);
  const auto runner = this->add_account("ana@example.org");
  const auto athlete = *store.add_owned_athlete(testing::load_athlete("examples/athlete.json"), runner);
  const auto expires = kMorning + core::kInvitationLifetime;
  const auto invitation = *store.add_invitation(coach, "code-1", kMorning, expires);
  EXPECT_EQ(store.add_invitation(coach, "code-1", kMorning, expires).error().code, ErrorCode::Conflict);
  EXPECT_EQ(store.add_invitation(coach, "code-2", kMorning, kMorning).error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(store.add_invitation(core::AccountId{77}, "code-3", kMorning, expires).error().code, ErrorCode::NotFound);

  EXPECT_EQ(**store.find_invitation("code-1"), (core::InvitationRecord{invitation, coach, kMorning, expires, {}}));
  EXPECT_FALSE(*store.find_invitation("code-9"));
  EXPECT_EQ(store.mark_invitation_accepted(invitation, runner, core::AthleteId{55}, kMorning).error().code,
            ErrorCode::NotFound);
  ASSERT_TRUE(store.mark_invitation_accepted(invitation, runner, athlete, kMorning + 1h));
  EXPECT_EQ(store.find_invitation("code-1")->value().accepted, kMorning + 1h);
  EXPECT_EQ(store.mark_invitation_accepted(invitation, runner, athlete, kMorning + 2h).error().code,
            ErrorCode::Conflict);
  EXPECT_EQ(store.find_invitation("code-1")->value().accepted, kMorning + 1h);
}

TYPED_TEST(AccountContract, OwnersCreatorsAndCoachesSeeTheirAthletesAndTheCommandLinesAthletesStayOwnerless) {
  auto& store = this->store();
  const auto coach = this->add_account("coach@example.org", core::AccountRole::Coach);
  const auto runner = this->add_account("ana@example.org");
  const auto stranger = this->add_account("cy@example.org");
  const auto cli_athlete = this->add_example_athlete();
  const auto runners = *store.add_owned_athlete(testing::load_athlete("examples/athlete.json"), runner);
  const auto coachs = *store.add_owned_athlete(testing::load_athlete("examples/athlete.json"), coach);
  EXPECT_EQ(store.add_owned_athlete(testing::load_athlete("examples/athlete.json"), core::AccountId{99}).error().code,
            ErrorCode::NotFound);
  core::Athlete padded = testing::load_athlete("examples/athlete.json");
  padded.name = "  Ana  ";
  EXPECT_EQ(store.add_owned_athlete(padded, core::AccountId{99}).error().code, ErrorCode::InvalidInput)
      << "the athlete is checked before the account";
  EXPECT_EQ(store.list_athletes()->size(), 3u) << "the command line still sees every athlete";

  EXPECT_EQ(*store.athlete_relation(cli_athlete, runner), core::AthleteRelation{});
  EXPECT_EQ(*store.athlete_relation(runners, runner), (core::AthleteRelation{true, true, false}));
  EXPECT_EQ(*store.athlete_relation(runners, coach), core::AthleteRelation{});
  EXPECT_EQ(store.athlete_relation(core::AthleteId{99}, runner).error().code, ErrorCode::NotFound);

  ASSERT_TRUE(store.add_coach_grant(runners, coach, kMorning));
  ASSERT_TRUE(store.add_coach_grant(runners, coach, kMorning)) << "granting twice keeps one grant";
  EXPECT_EQ(*store.athlete_relation(runners, coach), (core::AthleteRelation{false, false, true}));
  EXPECT_EQ(*store.coaches(runners), std::vector<core::AccountId>{coach});
  const std::string name = testing::load_athlete("examples/athlete.json").name;
  EXPECT_EQ(*store.visible_athletes(coach),
            (std::vector<core::VisibleAthlete>{{runners, name, false}, {coachs, name, true}}));
  EXPECT_EQ(*store.visible_athletes(runner), (std::vector<core::VisibleAthlete>{{runners, name, true}}));
  EXPECT_TRUE(store.visible_athletes(stranger)->empty());
  EXPECT_EQ(store.add_coach_grant(core::AthleteId{99}, coach, kMorning).error().code, ErrorCode::NotFound);
  EXPECT_EQ(store.add_coach_grant(runners, core::AccountId{99}, kMorning).error().code, ErrorCode::NotFound);

  ASSERT_TRUE(store.revoke_coach_grant(runners, coach));
  EXPECT_EQ(store.revoke_coach_grant(runners, coach).error().code, ErrorCode::NotFound);
  EXPECT_TRUE(store.coaches(runners)->empty());
  EXPECT_EQ(*store.visible_athletes(coach), (std::vector<core::VisibleAthlete>{{coachs, name, true}}));
}

TYPED_TEST(AccountContract, AFailedUnitOfWorkTakesItsAccountWritesBack) {
  auto& store = this->store();
  const auto coach = this->add_account("coach@example.org", core::AccountRole::Coach);
  const auto runner = this->add_account("ana@example.org");
  const auto athlete = *store.add_owned_athlete(testing::load_athlete("examples/athlete.json"), runner);
  const auto invitation = *store.add_invitation(coach, "code-1", kMorning, kMorning + core::kInvitationLifetime);
  const auto status = store.in_one_unit([&]() -> core::Status {
    STRIDE_TRY_STATUS(store.mark_invitation_accepted(invitation, runner, athlete, kMorning));
    STRIDE_TRY_STATUS(store.add_coach_grant(athlete, coach, kMorning));
    STRIDE_TRY_STATUS(store.add_session(runner, "digest", kMorning));
    return std::unexpected(core::make_error(ErrorCode::Conflict, "changed my mind"));
  });
  ASSERT_FALSE(status);
  EXPECT_FALSE(store.find_invitation("code-1")->value().accepted);
  EXPECT_TRUE(store.coaches(athlete)->empty());
  EXPECT_FALSE(*store.find_live_session("digest", kMorning));
}

}  // namespace
}  // namespace stride::storage
