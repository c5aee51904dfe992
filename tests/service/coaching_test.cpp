// Invitations, their acceptance and revoking a coach (service/coaching.hpp): a code works once,
// only until it expires, only for the runner's own athlete, and a refused acceptance spends nothing.

#include "stride/service/coaching.hpp"

#include <gtest/gtest.h>

#include "account_test_support.hpp"
#include "stride/service/access_policy.hpp"

namespace stride::service {
namespace {

using core::ErrorCode;
using testing::kMorning;
using namespace std::chrono_literals;

class Coaching : public testing::AccountTest {
 protected:
  void SetUp() override {
    m_runner = sign_up("runner@example.org").account;
    m_coach = sign_up("coach@example.org", core::AccountRole::Coach).account;
    m_athlete = *add_athlete_for(m_store, m_runner, testing::example_athlete());
  }

  core::Result<core::AccountId> accept(const std::string& code, core::Instant now,
                                       std::optional<core::Account> runner = std::nullopt,
                                       std::optional<core::AthleteId> athlete = std::nullopt) {
    return accept_invitation(m_store, m_secrets, runner.value_or(m_runner), code, athlete.value_or(m_athlete), now);
  }

  bool coach_sees_athlete() { return *AccessPolicy(m_store).access(m_coach, m_athlete) == AthleteAccess::Coach; }

  core::Account m_runner;
  core::Account m_coach;
  core::AthleteId m_athlete;
};

TEST_F(Coaching, AnInvitationLasts7DaysAndGrantsTheCoachTheRunnersAthlete) {
  const auto invitation = create_invitation(m_store, m_secrets, m_coach, kMorning);
  ASSERT_TRUE(invitation) << invitation.error().describe();
  EXPECT_EQ(invitation->expires, kMorning + 7 * 24h);
  EXPECT_GE(invitation->code.size(), 22u);
  EXPECT_FALSE(coach_sees_athlete());

  const auto coach = accept(invitation->code, kMorning + 7 * 24h - 1s);
  ASSERT_TRUE(coach) << coach.error().describe();
  EXPECT_EQ(*coach, m_coach.id);
  EXPECT_TRUE(coach_sees_athlete());
  EXPECT_EQ(*visible_athletes(m_store, m_coach),
            (std::vector<core::VisibleAthlete>{{m_athlete, testing::example_athlete().name, false}}));
}

TEST_F(Coaching, ACodeIsUsedOnce) {
  const auto invitation = *create_invitation(m_store, m_secrets, m_coach, kMorning);
  ASSERT_TRUE(accept(invitation.code, kMorning));
  const auto second_athlete = *add_athlete_for(m_store, m_runner, testing::example_athlete());
  const auto again = accept(invitation.code, kMorning + 1h, std::nullopt, second_athlete);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_EQ(again.error().field, "code");
  EXPECT_EQ(*AccessPolicy(m_store).access(m_coach, second_athlete), AthleteAccess::None);
}

TEST_F(Coaching, AnExpiredCodeIsRefusedAndStaysUnused) {
  const auto invitation = *create_invitation(m_store, m_secrets, m_coach, kMorning);
  const auto expired = accept(invitation.code, kMorning + core::kInvitationLifetime);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code, ErrorCode::Conflict);
  EXPECT_EQ(expired.error().field, "code");
  EXPECT_FALSE(coach_sees_athlete());
  EXPECT_FALSE(m_store.find_invitation(m_secrets.token_digest(invitation.code))->value().accepted);
}

TEST_F(Coaching, AnUnknownCodeOrSomeoneElsesAthleteIsNotFoundAndSpendsNothing) {
  const auto invitation = *create_invitation(m_store, m_secrets, m_coach, kMorning);
  const auto unknown = accept("no-such-code", kMorning);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
  EXPECT_EQ(unknown.error().field, "code");
  EXPECT_EQ(accept("", kMorning).error().code, ErrorCode::NotFound);

  const auto other = sign_up("other@example.org").account;
  const auto not_theirs = accept(invitation.code, kMorning, other);
  ASSERT_FALSE(not_theirs);
  EXPECT_EQ(not_theirs.error().code, ErrorCode::NotFound);
  EXPECT_EQ(not_theirs.error().field, "athlete_id");
  EXPECT_EQ(accept(invitation.code, kMorning, std::nullopt, core::AthleteId{99}).error().code, ErrorCode::NotFound);
  EXPECT_FALSE(coach_sees_athlete());
  EXPECT_TRUE(accept(invitation.code, kMorning)) << "the refusals left the code unused";
}

TEST_F(Coaching, OnlyCoachesInviteAndOnlyRunnersAccept) {
  EXPECT_EQ(create_invitation(m_store, m_secrets, m_runner, kMorning).error().code, ErrorCode::Forbidden);
  const auto invitation = *create_invitation(m_store, m_secrets, m_coach, kMorning);
  const auto coach_athlete = *add_athlete_for(m_store, m_coach, testing::example_athlete());
  EXPECT_EQ(accept(invitation.code, kMorning, m_coach, coach_athlete).error().code, ErrorCode::Forbidden);
}

TEST_F(Coaching, TheOwnerRevokesACoachAndNobodyElseCan) {
  const auto invitation = *create_invitation(m_store, m_secrets, m_coach, kMorning);
  ASSERT_TRUE(accept(invitation.code, kMorning));
  EXPECT_EQ(revoke_coach(m_store, m_coach, m_athlete, m_coach.id).error().code, ErrorCode::Forbidden);
  const auto other = sign_up("other@example.org").account;
  EXPECT_EQ(revoke_coach(m_store, other, m_athlete, m_coach.id).error().code, ErrorCode::NotFound);
  EXPECT_TRUE(coach_sees_athlete());

  ASSERT_TRUE(revoke_coach(m_store, m_runner, m_athlete, m_coach.id));
  EXPECT_FALSE(coach_sees_athlete());
  EXPECT_EQ(revoke_coach(m_store, m_runner, m_athlete, m_coach.id).error().code, ErrorCode::NotFound);
}

TEST_F(Coaching, TheCoachesOfAnAthleteAreTheAccountsHoldingAGrant) {
  EXPECT_TRUE(coaches_of(m_store, m_athlete)->empty());
  const auto second = sign_up("second-coach@example.org", core::AccountRole::Coach).account;
  for (const auto& coach : {second, m_coach}) {
    const auto invitation = *create_invitation(m_store, m_secrets, coach, kMorning);
    ASSERT_TRUE(accept(invitation.code, kMorning));
  }
  const auto coaches = coaches_of(m_store, m_athlete);
  ASSERT_TRUE(coaches) << coaches.error().describe();
  ASSERT_EQ(coaches->size(), 2u);
  EXPECT_EQ(coaches->at(0).id, m_coach.id);  // by account id
  EXPECT_EQ(coaches->at(1).id, second.id);
  ASSERT_TRUE(revoke_coach(m_store, m_runner, m_athlete, m_coach.id));
  EXPECT_EQ(coaches_of(m_store, m_athlete)->size(), 1u);
}

TEST_F(Coaching, ACoachOwnsTheAthletesItCreates) {
  const auto created = *add_athlete_for(m_store, m_coach, testing::example_athlete());
  EXPECT_EQ(*AccessPolicy(m_store).access(m_coach, created), AthleteAccess::Owner);
  EXPECT_EQ(*AccessPolicy(m_store).access(m_runner, created), AthleteAccess::None);
}

}  // namespace
}  // namespace stride::service
