// The one authorization policy (service/access_policy.hpp): the pure table of what each access
// allows, and the whole matrix of callers (owner, another runner, a coach before an invitation,
// after it and after a revoke, nobody signed in) against every action, through real invitations.

#include "stride/service/access_policy.hpp"

#include <gtest/gtest.h>

#include "account_test_support.hpp"
#include "stride/core/enum_names.hpp"
#include "stride/service/coaching.hpp"

namespace stride::service {
namespace {

using core::ErrorCode;
using testing::kMorning;

constexpr AthleteAction kActions[] = {
    AthleteAction::Read,      AthleteAction::WriteAthlete, AthleteAction::WritePlan,    AthleteAction::WriteAssessment,
    AthleteAction::WriteRunningCalendar, AthleteAction::WriteLog, AthleteAction::Export, AthleteAction::Delete,
    AthleteAction::CalendarFeed, AthleteAction::ManageCoaches, AthleteAction::HandOver, AthleteAction::WriteNote,
};

const char* name_of(AthleteAction action) {
  switch (action) {
    case AthleteAction::Read: return "read";
    case AthleteAction::WriteAthlete: return "write athlete";
    case AthleteAction::WritePlan: return "write plan";
    case AthleteAction::WriteAssessment: return "write assessment";
    case AthleteAction::WriteRunningCalendar: return "write running calendar";
    case AthleteAction::WriteLog: return "write log";
    case AthleteAction::Export: return "export";
    case AthleteAction::Delete: return "delete";
    case AthleteAction::CalendarFeed: return "calendar feed";
    case AthleteAction::ManageCoaches: return "manage coaches";
    case AthleteAction::HandOver: return "hand over";
    case AthleteAction::WriteNote: return "write note";
  }
  return "?";
}

bool coach_may(AthleteAction action) {
  return action == AthleteAction::Read || action == AthleteAction::WriteAthlete || action == AthleteAction::WritePlan ||
         action == AthleteAction::WriteAssessment || action == AthleteAction::WriteRunningCalendar ||
         action == AthleteAction::WriteNote;
}

TEST(AccessPolicyTable, OwnersMayDoEverythingCoachesTheirShareAndNobodyElseAnything) {
  for (const auto action : kActions) {
    EXPECT_TRUE(allows(AthleteAccess::Owner, action)) << name_of(action);
    EXPECT_EQ(allows(AthleteAccess::Coach, action), coach_may(action)) << name_of(action);
    EXPECT_FALSE(allows(AthleteAccess::None, action)) << name_of(action);
  }
}

TEST(AccessPolicyTable, AccessFollowsTheRelation) {
  EXPECT_EQ(access_for({}), AthleteAccess::None);
  EXPECT_EQ(access_for({.owner = true, .creator = true, .coach = false}), AthleteAccess::Owner);
  EXPECT_EQ(access_for({.owner = true, .creator = false, .coach = true}), AthleteAccess::Owner);
  EXPECT_EQ(access_for({.owner = false, .creator = false, .coach = true}), AthleteAccess::Coach);
  EXPECT_EQ(access_for({.owner = false, .creator = true, .coach = false}), AthleteAccess::None)
      << "a coach who handed an athlete over coaches it through its grant, which the runner may revoke";
}

// Who is asking, in the matrix.
enum class Caller { Owner, OtherRunner, CoachBeforeInvitation, CoachAfterInvitation, CoachAfterRevoke, Anonymous };

struct Expected {
  Caller caller;
  const char* name;
  // The outcome for an action a coach may do, and for one a coach may not.
  std::optional<ErrorCode> coach_action;
  std::optional<ErrorCode> owner_only_action;
};

class AccessMatrix : public testing::AccountTest {};

TEST_F(AccessMatrix, EveryCallerAgainstEveryAction) {
  const Expected rows[] = {
      {Caller::Owner, "owner", std::nullopt, std::nullopt},
      {Caller::OtherRunner, "other runner", ErrorCode::NotFound, ErrorCode::NotFound},
      {Caller::CoachBeforeInvitation, "coach before invitation", ErrorCode::NotFound, ErrorCode::NotFound},
      {Caller::CoachAfterInvitation, "coach after invitation", std::nullopt, ErrorCode::Forbidden},
      {Caller::CoachAfterRevoke, "coach after revoke", ErrorCode::NotFound, ErrorCode::NotFound},
      {Caller::Anonymous, "anonymous", ErrorCode::Unauthenticated, ErrorCode::Unauthenticated},
  };
  for (const auto& row : rows) {
    const auto runner = sign_up("runner@example.org").account;
    const auto other = sign_up("other@example.org").account;
    const auto coach = sign_up("coach@example.org", core::AccountRole::Coach).account;
    const auto athlete = *add_athlete_for(m_store, runner, testing::example_athlete());
    if (row.caller == Caller::CoachAfterInvitation || row.caller == Caller::CoachAfterRevoke) {
      const auto invitation = *create_invitation(m_store, m_secrets, coach, kMorning);
      ASSERT_TRUE(accept_invitation(m_store, m_secrets, runner, invitation.code, athlete, kMorning));
    }
    if (row.caller == Caller::CoachAfterRevoke) {
      ASSERT_TRUE(revoke_coach(m_store, runner, athlete, coach.id));
    }

    std::optional<core::Account> caller;
    switch (row.caller) {
      case Caller::Owner: caller = runner; break;
      case Caller::OtherRunner: caller = other; break;
      case Caller::CoachBeforeInvitation:
      case Caller::CoachAfterInvitation:
      case Caller::CoachAfterRevoke: caller = coach; break;
      case Caller::Anonymous: break;
    }
    AccessPolicy policy(m_store);
    for (const auto action : kActions) {
      auto expected = coach_may(action) ? row.coach_action : row.owner_only_action;
      // A coach is not told that the calendar feed exists: the same answer as for what it cannot see.
      if (expected == ErrorCode::Forbidden && hidden_from_coaches(action)) expected = ErrorCode::NotFound;
      const auto status = policy.authorize(caller, athlete, action);
      if (!expected) {
        EXPECT_TRUE(status) << row.name << " / " << name_of(action) << ": " << status.error().describe();
      } else {
        ASSERT_FALSE(status) << row.name << " / " << name_of(action);
        EXPECT_EQ(status.error().code, *expected) << row.name << " / " << name_of(action);
      }
    }
    // A fresh store per row: the accounts and athletes of one row never reach the next.
    m_store = storage::MemoryStore{};
  }
}

TEST_F(AccessMatrix, AnUnknownAthleteAndSomeoneElsesGiveTheSameAnswer) {
  const auto runner = sign_up("runner@example.org").account;
  const auto other = sign_up("other@example.org").account;
  const auto athlete = *add_athlete_for(m_store, runner, testing::example_athlete());
  AccessPolicy policy(m_store);
  const auto hidden = policy.authorize(other, athlete, AthleteAction::Read);
  const auto missing = policy.authorize(other, core::AthleteId{athlete.value + 1}, AthleteAction::Read);
  ASSERT_FALSE(hidden);
  ASSERT_FALSE(missing);
  EXPECT_EQ(hidden.error().code, ErrorCode::NotFound);
  EXPECT_EQ(missing.error().code, ErrorCode::NotFound);
  EXPECT_EQ(hidden.error().describe().find("other"), std::string::npos);
}

TEST_F(AccessMatrix, TheCommandLinesAthletesBelongToNoAccount) {
  const auto runner = sign_up("runner@example.org").account;
  const auto cli_athlete = *m_store.add_athlete(testing::example_athlete());
  EXPECT_EQ(AccessPolicy(m_store).authorize(runner, cli_athlete, AthleteAction::Read).error().code,
            ErrorCode::NotFound);
  EXPECT_TRUE(visible_athletes(m_store, runner)->empty());
}

}  // namespace
}  // namespace stride::service
