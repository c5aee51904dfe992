// A coach's roster: only coaches have one, and strength compliance counts planned days with a
// logged strength activity.
#include "stride/service/roster.hpp"

#include <gtest/gtest.h>

#include "account_test_support.hpp"
#include "stride/service/coaching.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

TEST(Roster, ComplianceIsTheShareOfPlannedStrengthDaysWithAStrengthActivity) {
  const core::Date monday{std::chrono::year{2026} / 11 / 16};
  const std::vector<core::Date> planned{monday, core::add_days(monday, 2), core::add_days(monday, 4)};
  EXPECT_EQ(strength_compliance({}, {monday}), std::nullopt);
  EXPECT_EQ(strength_compliance(planned, {}), 0.0);
  EXPECT_EQ(strength_compliance(planned, {monday, core::add_days(monday, 1)}), 1.0 / 3.0);
  EXPECT_EQ(strength_compliance(planned, planned), 1.0);
}

class RosterOfAccounts : public testing::AccountTest {};

TEST_F(RosterOfAccounts, OnlyACoachHasARosterOfTheAthletesItSees) {
  const auto runner = sign_up("ana@example.org");
  const auto coach = sign_up("cy@example.org", core::AccountRole::Coach);
  const core::Date today{std::chrono::year{2026} / 11 / 22};
  const auto refused = roster(testing::shipped_catalog(), m_store, runner.account, today);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, core::ErrorCode::Forbidden);
  const auto athlete = testing::expect_ok(add_athlete_for(m_store, coach.account, testing::example_athlete()), "add");
  const auto entries = testing::expect_ok(roster(testing::shipped_catalog(), m_store, coach.account, today), "roster");
  ASSERT_EQ(entries.size(), 1u);
  EXPECT_EQ(entries[0].athlete.id, athlete);
  EXPECT_EQ(entries[0].compliance_28d, std::nullopt);
  EXPECT_EQ(entries[0].last_activity, std::nullopt);
}

}  // namespace
}  // namespace stride::service
