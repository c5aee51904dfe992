// A coach's roster: only coaches have one, and strength compliance counts planned days with a
// logged strength activity.
#include "stride/service/roster.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

#include "account_test_support.hpp"
#include "stride/service/athlete_records.hpp"
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

// Why a coach should look, case by case (AttentionReason, data/rules/roster.json): each row is one
// runner's entry and pain reports on `kToday`, and the reasons expected, most pressing first.
struct AttentionCase {
  const char* name;
  std::optional<analytics::FlagSeverity> worst_flag;
  std::optional<double> compliance_7d;
  std::optional<int> days_since_activity;  // nullopt: never logged
  std::vector<analytics::PainStep> pain;
  std::vector<AttentionReason> expected;
};

const core::Date kToday{std::chrono::year{2026} / 11 / 22};

core::PainReport knee(int days_ago, int score, core::Side side = core::Side::Left) {
  return core::PainReport{core::add_days(kToday, -days_ago), core::InjuryRegion::Knee, side, score,
                          core::PainTiming::After};
}

analytics::PainStep step(core::PainReport report, std::optional<core::PainReport> previous = std::nullopt) {
  return analytics::PainStep{std::move(report), std::move(previous)};
}

TEST(RosterAttention, EachReasonFromItsRuleMostPressingFirst) {
  using enum AttentionReason;
  const std::vector<AttentionCase> cases{
      {"all well", analytics::FlagSeverity::Caution, 1.0, 2, {step(knee(1, 3))}, {}},
      {"a warning flag", analytics::FlagSeverity::Warning, 1.0, 2, {}, {WarningFlag}},
      {"pain at the acceptable 5/10", std::nullopt, 1.0, 2, {step(knee(0, 5))}, {}},
      {"pain above the acceptable 5/10", std::nullopt, 1.0, 2, {step(knee(0, 6))}, {RisingPain}},
      {"pain higher than the report before", std::nullopt, 1.0, 2, {step(knee(3, 3), knee(10, 2))}, {RisingPain}},
      {"pain as high as the report before", std::nullopt, 1.0, 2, {step(knee(3, 3), knee(10, 3))}, {}},
      {"pain lower than the report before", std::nullopt, 1.0, 2, {step(knee(3, 2), knee(10, 4))}, {}},
      {"rising pain on day 14 of the window", std::nullopt, 1.0, 2, {step(knee(13, 7))}, {RisingPain}},
      {"rising pain 15 days ago is past", std::nullopt, 1.0, 2, {step(knee(14, 7))}, {}},
      {"a report after today is not read", std::nullopt, 1.0, 2, {step(knee(-1, 8))}, {}},
      {"half the sessions logged is enough", std::nullopt, 0.5, 2, {}, {}},
      {"under half the sessions logged", std::nullopt, 0.49, 2, {}, {MissedSessions}},
      {"no sessions planned", std::nullopt, std::nullopt, 2, {}, {}},
      {"quiet for 10 days", std::nullopt, 1.0, 10, {}, {}},
      {"quiet for 11 days", std::nullopt, 1.0, 11, {}, {NoRecentActivity}},
      {"never logged", std::nullopt, std::nullopt, std::nullopt, {}, {NoRecentActivity}},
      {"everything at once", analytics::FlagSeverity::Warning, 0.0, 30, {step(knee(2, 9))},
       {WarningFlag, RisingPain, MissedSessions, NoRecentActivity}},
  };
  const RosterRules rules;
  for (const auto& row : cases) {
    RosterEntry entry;
    entry.worst_flag = row.worst_flag;
    entry.compliance_7d = row.compliance_7d;
    if (row.days_since_activity) entry.last_activity = core::add_days(kToday, -*row.days_since_activity);
    EXPECT_EQ(attention_reasons(entry, row.pain, kToday, rules), row.expected) << row.name;
  }
}

// The thresholds are the rules', not the code's: other rules give other answers.
TEST(RosterAttention, FollowsTheRulesItIsGiven) {
  RosterRules strict;
  strict.quiet_days = 3;
  strict.missed_sessions_below = 0.9;
  strict.pain_window_days = 30;
  strict.acceptable_pain_maximum = 3;
  RosterEntry entry;
  entry.compliance_7d = 0.8;
  entry.last_activity = core::add_days(kToday, -4);
  const std::vector<analytics::PainStep> pain{step(knee(20, 4))};
  EXPECT_EQ(attention_reasons(entry, pain, kToday, strict),
            (std::vector<AttentionReason>{AttentionReason::RisingPain, AttentionReason::MissedSessions,
                                          AttentionReason::NoRecentActivity}));
  EXPECT_TRUE(attention_reasons(entry, pain, kToday, RosterRules{}).empty());
}

TEST(RosterAttention, TheShippedRulesAreTheCatalogs) {
  EXPECT_EQ(testing::shipped_catalog().roster_rules, RosterRules{});
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

// The week of the roster, what was done of it, the latest pain, and why the coach should look.
TEST_F(RosterOfAccounts, SaysWhatTheWeekHeldWhatWasDoneAndWhyTheCoachShouldLook) {
  const auto coach = sign_up("cy@example.org", core::AccountRole::Coach);
  const auto& catalog = testing::shipped_catalog();
  const auto athlete = testing::expect_ok(add_athlete_for(m_store, coach.account, testing::example_athlete()), "add");
  const auto calendar = testing::expect_ok(
      documents::decode_running_calendar(testing::read_example("runs.json"), "runs.json"), "examples/runs.json");
  ASSERT_TRUE(m_store.set_running_calendar(athlete, calendar));
  const core::Date start{std::chrono::year{2026} / 11 / 16};  // a Monday
  const core::Date sunday = core::add_days(start, 6);
  testing::expect_ok(plan_from_stored(catalog, m_store, athlete, start, start), "plan");

  const auto entry_on = [&](core::Date day) {
    const auto entries = testing::expect_ok(roster(catalog, m_store, coach.account, day), "roster");
    EXPECT_EQ(entries.size(), 1U);
    return entries.front();
  };
  // Nothing logged: every planned session of the week is missed, and the runner is quiet.
  const auto quiet = entry_on(sunday);
  ASSERT_GT(quiet.week_sessions_planned, 0);
  EXPECT_EQ(quiet.week_sessions_done, 0);
  EXPECT_EQ(quiet.latest_pain, std::nullopt);
  EXPECT_EQ(quiet.worst_flag, std::nullopt);
  EXPECT_TRUE(quiet.weekly_load.empty());
  EXPECT_EQ(quiet.attention,
            (std::vector<AttentionReason>{AttentionReason::MissedSessions, AttentionReason::NoRecentActivity}));

  // A strength session logged on every planned strength day of the week.
  const auto days = testing::expect_ok(m_store.effective_days(athlete, start, sunday), "days");
  core::TrainingLog sessions;
  for (const auto& effective : days) {
    for (const auto& session : effective.day.sessions) {
      if (session.kind != core::SessionKind::Strength) continue;
      core::Activity done;
      done.date = effective.day.date;
      done.sport = core::Sport::Strength;
      done.duration_min = static_cast<double>(session.minutes.count());
      done.rpe = 6;
      sessions.activities.push_back(done);
    }
  }
  ASSERT_TRUE(m_store.add_log_entries(athlete, sessions));
  const auto diligent = entry_on(sunday);
  EXPECT_EQ(diligent.week_sessions_done, diligent.week_sessions_planned);
  EXPECT_EQ(diligent.week_sessions_planned, quiet.week_sessions_planned);
  EXPECT_TRUE(diligent.attention.empty());
  // The week's load: every session's minutes × RPE 6, in the one week of log there is.
  ASSERT_EQ(diligent.weekly_load.size(), 1U);
  double minutes = 0;
  for (const auto& activity : sessions.activities) minutes += activity.duration_min;
  EXPECT_DOUBLE_EQ(diligent.weekly_load.back(), minutes * 6);
  // On the Wednesday, only the sessions up to that day count as done.
  const auto midweek = entry_on(core::add_days(start, 2));
  EXPECT_LE(midweek.week_sessions_done, diligent.week_sessions_done);
  EXPECT_EQ(midweek.week_sessions_planned, diligent.week_sessions_planned);

  // Pain of 8/10 raises a warning flag, and is above the acceptable 5/10 and higher than the report
  // before it (rising pain); the latest report is the one shown.
  core::TrainingLog pain;
  for (const auto& [day, score] : {std::pair{19, 3}, std::pair{21, 8}}) {
    core::PainReport report;
    report.date = core::add_days(start, day - 16);
    report.region = core::InjuryRegion::Knee;
    report.side = core::Side::Left;
    report.score = score;
    pain.pain.push_back(report);
  }
  ASSERT_TRUE(m_store.add_log_entries(athlete, pain));
  const auto hurt = entry_on(sunday);
  ASSERT_TRUE(hurt.latest_pain.has_value());
  EXPECT_EQ(hurt.latest_pain->score, 8);
  EXPECT_EQ(hurt.worst_flag, analytics::FlagSeverity::Warning);
  EXPECT_EQ(hurt.attention,
            (std::vector<AttentionReason>{AttentionReason::WarningFlag, AttentionReason::RisingPain}));

  // Eleven days later with nothing new the runner is quiet again.
  const auto later = entry_on(core::add_days(sunday, 11));
  EXPECT_NE(std::ranges::find(later.attention, AttentionReason::NoRecentActivity), later.attention.end());
}

}  // namespace
}  // namespace stride::service
