// Handing a coach-made athlete over to the runner's own account (service/handovers.hpp): only the
// owning coach makes a code, a newer code replaces the older, a code works once and only until it
// expires, the runner becomes the owner and the coach keeps a grant the runner may revoke, and a
// refused acceptance spends nothing.

#include "stride/service/handovers.hpp"

#include <gtest/gtest.h>

#include "account_test_support.hpp"
#include "stride/service/access_policy.hpp"
#include "stride/service/coaching.hpp"

namespace stride::service {
namespace {

using core::ErrorCode;
using testing::kMorning;
using namespace std::chrono_literals;

class Handovers : public testing::AccountTest {
 protected:
  void SetUp() override {
    m_coach = sign_up("coach@example.org", core::AccountRole::Coach).account;
    m_runner = sign_up("runner@example.org").account;
    m_athlete = *add_athlete_for(m_store, m_coach, testing::example_athlete());
  }

  core::Result<AcceptedHandover> accept(const std::string& code, core::Instant now,
                                        std::optional<core::Account> runner = std::nullopt) {
    return accept_handover(m_store, m_secrets, runner.value_or(m_runner), code, now);
  }

  AthleteAccess access_of(const core::Account& account) { return *AccessPolicy(m_store).access(account, m_athlete); }

  core::Account m_coach;
  core::Account m_runner;
  core::AthleteId m_athlete;
};

TEST_F(Handovers, TheRunnerBecomesTheOwnerAndTheCoachKeepsCoaching) {
  const auto revision_before = *m_store.athlete_revision(m_athlete);
  const auto created = create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning);
  ASSERT_TRUE(created) << created.error().describe();
  EXPECT_EQ(created->expires, kMorning + 7 * 24h);
  EXPECT_GE(created->code.size(), 22u);
  EXPECT_EQ(access_of(m_runner), AthleteAccess::None);

  const auto accepted = accept(created->code, kMorning + 7 * 24h - 1s);
  ASSERT_TRUE(accepted) << accepted.error().describe();
  EXPECT_EQ(accepted->athlete, m_athlete);
  EXPECT_EQ(accepted->coach, m_coach.id);
  EXPECT_EQ(access_of(m_runner), AthleteAccess::Owner);
  EXPECT_EQ(access_of(m_coach), AthleteAccess::Coach);
  EXPECT_NE(*m_store.athlete_revision(m_athlete), revision_before) << "kept answers and roster entries must refresh";
  EXPECT_EQ(*visible_athletes(m_store, m_runner),
            (std::vector<core::VisibleAthlete>{{m_athlete, testing::example_athlete().name, true}}));
  EXPECT_EQ(*visible_athletes(m_store, m_coach),
            (std::vector<core::VisibleAthlete>{{m_athlete, testing::example_athlete().name, false}}));
  EXPECT_EQ(*coaches_of(m_store, m_athlete), (std::vector<core::Account>{m_coach}));
}

TEST_F(Handovers, TheRunnerCanRevokeTheCoachWhoMadeTheProfile) {
  const auto created = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning);
  ASSERT_TRUE(accept(created.code, kMorning));
  ASSERT_TRUE(revoke_coach(m_store, m_runner, m_athlete, m_coach.id));
  EXPECT_EQ(access_of(m_coach), AthleteAccess::None) << "having created the athlete gives no access by itself";
  EXPECT_TRUE(visible_athletes(m_store, m_coach)->empty());
}

TEST_F(Handovers, ACodeIsSpentOnceAndExpiresAfter7Days) {
  const auto created = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning);
  const auto expired = accept(created.code, kMorning + 7 * 24h);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().code, ErrorCode::Conflict);
  EXPECT_EQ(expired.error().field, "code");

  const auto fresh = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning + 8 * 24h);
  ASSERT_TRUE(accept(fresh.code, kMorning + 8 * 24h));
  const auto other_runner = sign_up("other@example.org").account;
  const auto again = accept(fresh.code, kMorning + 8 * 24h, other_runner);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::Conflict);
  EXPECT_EQ(again.error().field, "code");
  EXPECT_EQ(access_of(other_runner), AthleteAccess::None);
}

TEST_F(Handovers, ANewCodeReplacesTheEarlierOne) {
  const auto first = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning);
  const auto second = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning + 1h);
  EXPECT_NE(first.code, second.code);
  const auto old = accept(first.code, kMorning + 2h);
  ASSERT_FALSE(old);
  EXPECT_EQ(old.error().code, ErrorCode::NotFound);
  EXPECT_EQ(old.error().field, "code");
  EXPECT_TRUE(accept(second.code, kMorning + 2h));
}

TEST_F(Handovers, OnlyTheOwningCoachMakesACode) {
  const auto other_coach = sign_up("other-coach@example.org", core::AccountRole::Coach).account;
  const auto stranger = create_handover(m_store, m_secrets, other_coach, m_athlete, kMorning);
  ASSERT_FALSE(stranger);
  EXPECT_EQ(stranger.error().code, ErrorCode::NotFound);

  const auto unknown = create_handover(m_store, m_secrets, m_coach, core::AthleteId{m_athlete.value + 10}, kMorning);
  ASSERT_FALSE(unknown);
  EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);

  // A runner's own athlete, coached through an invitation: the runner may not hand it over (they own
  // it already, 403) and the coach is not told such a thing exists (404).
  const auto own = *add_athlete_for(m_store, m_runner, testing::example_athlete());
  const auto invitation = *create_invitation(m_store, m_secrets, m_coach, kMorning);
  ASSERT_TRUE(accept_invitation(m_store, m_secrets, m_runner, invitation.code, own, kMorning));
  const auto by_runner = create_handover(m_store, m_secrets, m_runner, own, kMorning);
  ASSERT_FALSE(by_runner);
  EXPECT_EQ(by_runner.error().code, ErrorCode::Forbidden);
  const auto by_coach = create_handover(m_store, m_secrets, m_coach, own, kMorning);
  ASSERT_FALSE(by_coach);
  EXPECT_EQ(by_coach.error().code, ErrorCode::NotFound);
}

TEST_F(Handovers, OnlyARunnerAcceptsAndAnUnknownCodeIsNotFound) {
  const auto created = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning);
  const auto other_coach = sign_up("other-coach@example.org", core::AccountRole::Coach).account;
  const auto by_coach = accept(created.code, kMorning, other_coach);
  ASSERT_FALSE(by_coach);
  EXPECT_EQ(by_coach.error().code, ErrorCode::Forbidden);
  for (const std::string code : {"", "no-such-code"}) {
    const auto unknown = accept(code, kMorning);
    ASSERT_FALSE(unknown) << code;
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound) << code;
    EXPECT_EQ(unknown.error().field, "code") << code;
  }
  EXPECT_TRUE(accept(created.code, kMorning)) << "the refusals spent nothing";
}

TEST_F(Handovers, ARunnersOwnProfileWithoutRecordsGivesWayToTheCoachs) {
  const auto created = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning);
  const auto own = *add_athlete_for(m_store, m_runner, testing::example_athlete());
  const auto accepted = accept(created.code, kMorning);
  ASSERT_TRUE(accepted) << accepted.error().describe();
  EXPECT_EQ(*visible_athletes(m_store, m_runner),
            (std::vector<core::VisibleAthlete>{{m_athlete, testing::example_athlete().name, true}}))
      << "one profile, the coach's";
  EXPECT_EQ(m_store.find_athlete(own).error().code, ErrorCode::NotFound);
}

TEST_F(Handovers, ARunnersOwnProfileWithALogIsKeptAndTheCodeIsNotSpent) {
  const auto created = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning);
  const auto own = *add_athlete_for(m_store, m_runner, testing::example_athlete());
  core::TrainingLog entries;
  entries.pain.push_back(core::PainReport{core::Date{std::chrono::year{2026} / 11 / 20}, core::InjuryRegion::Knee,
                                          core::Side::Left, 2, core::PainTiming::After});
  ASSERT_TRUE(m_store.add_log_entries(own, entries));
  const auto refused = accept(created.code, kMorning);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::Conflict);
  EXPECT_TRUE(refused.error().field.empty());
  EXPECT_NE(refused.error().message.find("own log"), std::string::npos) << refused.error().message;
  EXPECT_EQ(access_of(m_runner), AthleteAccess::None);
  EXPECT_EQ(access_of(m_coach), AthleteAccess::Owner);
  EXPECT_TRUE(m_store.find_athlete(own)) << "a refusal deletes nothing";

  ASSERT_TRUE(m_store.delete_athlete(own));
  EXPECT_TRUE(accept(created.code, kMorning)) << "once their own profile is gone the code still works";
}

TEST_F(Handovers, DeletingTheAthleteDeletesItsCode) {
  const auto created = *create_handover(m_store, m_secrets, m_coach, m_athlete, kMorning);
  ASSERT_TRUE(m_store.delete_athlete(m_athlete));
  const auto gone = accept(created.code, kMorning);
  ASSERT_FALSE(gone);
  EXPECT_EQ(gone.error().code, ErrorCode::NotFound);
}

}  // namespace
}  // namespace stride::service
