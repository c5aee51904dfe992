// The use cases on stored runners, against the in-memory store: re-planning never rewrites the
// past, logging checks exercises, and the status tells what was planned against what was done.
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <gtest/gtest.h>

#include <limits>

#include "stride/documents/input_decoders.hpp"
#include "stride/service/athlete_plan.hpp"
#include "stride/service/athletes.hpp"
#include "stride/service/status.hpp"
#include "stride/service/training_log.hpp"
#include "stride/storage/memory_store.hpp"
#include "example_files.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

using core::Date;

Date date(int year, unsigned month, unsigned day) { return testing::calendar_date(year, month, day); }

using testing::read_example;

const Date kMonday = date(2026, 11, 23);
// The day the entries of these tests are logged: after every date they carry.
const Date kLogDay = date(2027, 6, 30);

class AthleteWorkflow : public ::testing::Test {
 protected:
  void SetUp() override {
    auto id = add_athlete(store, *documents::decode_athlete(read_example("athlete.json"), "athlete.json"));
    ASSERT_TRUE(id.has_value());
    athlete = *id;
  }

  core::Result<AthletePlan> plan_from(Date start, Date today, bool with_calendar = true) {
    AthletePlanRequest request;
    request.athlete = athlete;
    if (with_calendar) request.calendar = *documents::decode_running_calendar(read_example("runs.json"), "runs.json");
    request.start = start;
    request.today = today;
    return plan_for_athlete(testing::shipped_catalog(), store, request);
  }

  core::Status log(core::TrainingLog entries) {
    auto logged = log_entries(testing::shipped_catalog(), store, athlete, entries, "log.json", kLogDay);
    if (!logged) return std::unexpected(logged.error());
    return {};
  }

  storage::MemoryStore store;
  core::AthleteId athlete;
};

TEST_F(AthleteWorkflow, ReplanningKeepsThePastAndReplacesTheFuture) {
  const auto first = plan_from(kMonday, kMonday);
  ASSERT_TRUE(first.has_value()) << first.error().describe();
  const Date restart = core::add_days(kMonday, 14);
  auto before = store.effective_days(athlete, kMonday, core::add_days(restart, 6));
  ASSERT_TRUE(before.has_value());

  const auto second = plan_from(restart, restart, /*with_calendar=*/false);  // reuses the stored calendar
  ASSERT_TRUE(second.has_value()) << second.error().describe();
  EXPECT_NE(second->id, first->id);
  const auto after = store.effective_days(athlete, kMonday, core::add_days(restart, 6));
  ASSERT_TRUE(after.has_value());
  ASSERT_EQ(after->size(), before->size());
  for (std::size_t index = 0; index < after->size(); ++index) {
    const auto& day = (*after)[index];
    if (day.day.date < restart) {
      EXPECT_EQ(day, (*before)[index]) << core::format_iso_date(day.day.date);
      EXPECT_EQ(day.plan, first->id);
    } else {
      EXPECT_EQ(day.plan, second->id);
    }
  }
}

TEST_F(AthleteWorkflow, ReplanningInsideTheSeasonCarriesOnItsPhases) {
  const auto first = plan_from(kMonday, kMonday);
  ASSERT_TRUE(first.has_value());
  const Date restart = core::add_days(kMonday, 35);
  // The week before was trained (a missed week would hold the season back a step).
  core::TrainingLog trained;
  trained.activities.push_back(core::Activity{core::add_days(restart, -4), core::Sport::Strength, 30, {}, 6, {},
                                              false, {}, {}, {}});
  ASSERT_TRUE(log(trained).has_value());
  const auto second = plan_from(restart, restart);
  ASSERT_TRUE(second.has_value());
  EXPECT_EQ(second->plan.start, restart);
  ASSERT_FALSE(second->plan.days.empty());
  EXPECT_EQ(second->plan.days.front().date, restart);
  ASSERT_FALSE(second->plan.weeks.empty());
  const auto original_week = std::find_if(first->plan.weeks.begin(), first->plan.weeks.end(),
                                          [&](const core::PlanWeek& week) { return week.start == restart; });
  ASSERT_NE(original_week, first->plan.weeks.end());
  EXPECT_EQ(second->plan.weeks.front().phase, original_week->phase);
  EXPECT_EQ(second->plan.weeks.front().week_in_phase, original_week->week_in_phase);
  // The week before was trained and nothing hurt: the rest of the season is the first plan's.
  std::vector<core::PlanDay> rest_of_first;
  for (const auto& day : first->plan.days) {
    if (day.date >= core::add_days(restart, 7)) rest_of_first.push_back(day);
  }
  std::vector<core::PlanDay> rest_of_second(second->plan.days.begin() + 7, second->plan.days.end());
  EXPECT_EQ(rest_of_second, rest_of_first);
  EXPECT_EQ(second->plan.phases.front().start, restart);
}

// Re-planning again on the same day (or just asking for the summary, which stores a plan) gives
// the same plan: the season the first re-plan continued is continued again.
TEST_F(AthleteWorkflow, ReplanningTwiceFromTheSameDayGivesTheSamePlan) {
  ASSERT_TRUE(plan_from(kMonday, kMonday).has_value());
  const Date restart = core::add_days(kMonday, 35);
  const auto once = plan_from(restart, restart);
  const auto twice = plan_from(restart, restart);
  ASSERT_TRUE(once.has_value());
  ASSERT_TRUE(twice.has_value());
  EXPECT_EQ(twice->plan, once->plan);
  EXPECT_EQ(twice->adaptations, once->adaptations);
  EXPECT_EQ(twice->plan.season_start, kMonday);
}

TEST_F(AthleteWorkflow, WeeksWithARaceDateIsAnError) {
  AthletePlanRequest request;
  request.athlete = athlete;
  request.calendar = *documents::decode_running_calendar(read_example("runs.json"), "runs.json");
  request.start = kMonday;
  request.today = kMonday;
  request.weeks = 8;
  const auto plan = plan_for_athlete(testing::shipped_catalog(), store, request);
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(plan.error().field, "weeks");
  EXPECT_NE(plan.error().describe().find("race date"), std::string::npos) << plan.error().describe();
}

// A runner without a race who re-plans every Monday carries on through the season instead of
// starting stabilization again each time.
TEST(AthleteWorkflowWithoutRace, WeeklyReplansProgress) {
  storage::MemoryStore store;
  auto athlete = *documents::decode_athlete(read_example("athlete.json"), "athlete.json");
  athlete.goal = core::Goal{};
  const auto id = add_athlete(store, athlete);
  ASSERT_TRUE(id.has_value());
  std::vector<std::string> phases;
  for (int week = 0; week < 8; ++week) {
    AthletePlanRequest request;
    request.athlete = *id;
    if (week == 0) request.calendar = *documents::decode_running_calendar(read_example("runs.json"), "runs.json");
    request.start = core::add_days(kMonday, 7 * week);
    request.today = request.start;
    const auto plan = plan_for_athlete(testing::shipped_catalog(), store, request);
    ASSERT_TRUE(plan.has_value()) << plan.error().describe();
    const auto& first = plan->plan.weeks.front();
    phases.push_back(fmt::format("{} {}", core::enum_name(first.phase), first.week_in_phase));
    EXPECT_EQ(plan->plan.weeks.size(), 12U) << "week " << week << ": still twelve weeks ahead";
  }
  // The sample runner is a beginner with no assessment: four weeks of stabilization, then strength.
  EXPECT_EQ(fmt::format("{}", fmt::join(phases, ", ")),
            "stabilization 1, stabilization 2, stabilization 3, stabilization 4, strength 1, strength 2, strength 3, "
            "strength 4");
}

// Re-planning every Monday towards the same race keeps the season's phases where the first plan
// put them, however many times the runner re-plans.
TEST_F(AthleteWorkflow, WeeklyReplansTowardsARaceKeepTheSeasonsWeeks) {
  const auto first = plan_from(kMonday, kMonday);
  ASSERT_TRUE(first.has_value()) << first.error().describe();
  for (int week = 1; week < 10; ++week) {
    const Date restart = core::add_days(kMonday, 7 * week);
    const auto again = plan_from(restart, restart, /*with_calendar=*/false);
    ASSERT_TRUE(again.has_value()) << again.error().describe();
    const auto& expected = first->plan.weeks[static_cast<std::size_t>(week)];
    const auto& actual = again->plan.weeks.front();
    EXPECT_EQ(actual.phase, expected.phase) << "re-plan of week " << week;
    EXPECT_EQ(actual.week_in_phase, expected.week_in_phase) << "re-plan of week " << week;
  }
}

TEST_F(AthleteWorkflow, AStartBeforeTodayIsRefused) {
  const auto plan = plan_from(kMonday, core::add_days(kMonday, 1));
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(plan.error().field, "start");
}

TEST_F(AthleteWorkflow, TheFirstPlanNeedsACalendar) {
  const auto plan = plan_from(kMonday, kMonday, /*with_calendar=*/false);
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().field, "runs");
}

TEST_F(AthleteWorkflow, AnUnknownAthleteIsNotFound) {
  athlete = core::AthleteId{99};
  const auto plan = plan_from(kMonday, kMonday);
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().code, core::ErrorCode::NotFound);
}

TEST_F(AthleteWorkflow, AnUnknownExerciseIsRefusedAndNothingIsStored) {
  core::TrainingLog entries;
  entries.activities.push_back(core::Activity{kMonday, core::Sport::Run, 40, 8.0, 3, {}, false, {}, {}, {}});
  core::Activity lift{kMonday, core::Sport::Strength, 30, {}, 6, {}, false, {}, {}, {}};
  lift.sets.push_back(core::StrengthSet{"no_such_lift", core::Side::None, 8, {}, {}});
  entries.activities.push_back(lift);
  const auto logged = log(entries);
  ASSERT_FALSE(logged.has_value());
  EXPECT_EQ(logged.error().path, "$.activities[1].sets[0].exercise");
  EXPECT_TRUE(store.training_log(athlete, std::nullopt, std::nullopt)->activities.empty());
}

TEST_F(AthleteWorkflow, AnEntryThatCannotBeTrueIsRefusedAndNothingIsStored) {
  core::TrainingLog entries;
  entries.activities.push_back(core::Activity{kMonday, core::Sport::Run, 40, 8.0, 3, {}, false, {}, {}, {}});
  entries.activities.push_back(core::Activity{kMonday, core::Sport::Run, 20, 10.0, 9, {}, true, {}, {}, {}});
  entries.pain.push_back(core::PainReport{kMonday, core::InjuryRegion::Knee, core::Side::Left, 2,
                                          core::PainTiming::After});
  const auto logged = log(entries);
  ASSERT_FALSE(logged.has_value());
  EXPECT_EQ(logged.error().describe(),
            "log.json: $.activities[1]: a race of 10 km in 20:00 is faster than anyone has run that far: the world "
            "records allow no less than 26:11 (2:37 per km); check the distance and the duration");
  const auto stored = store.training_log(athlete, std::nullopt, std::nullopt);
  ASSERT_TRUE(stored.has_value());
  EXPECT_TRUE(stored->activities.empty());
  EXPECT_TRUE(stored->pain.empty());

  entries.activities.pop_back();
  const auto tomorrow = log_entries(testing::shipped_catalog(), store, athlete, entries, "log.json",
                                    core::add_days(kMonday, -1));
  ASSERT_FALSE(tomorrow.has_value());
  EXPECT_EQ(tomorrow.error().path, "$.activities[0].date");
  EXPECT_TRUE(store.training_log(athlete, std::nullopt, std::nullopt)->activities.empty());
}

TEST_F(AthleteWorkflow, PainAtFiveComesBackWithAdvice) {
  core::TrainingLog entries;
  entries.pain.push_back(core::PainReport{kMonday, core::InjuryRegion::Knee, core::Side::Left, 5,
                                          core::PainTiming::After});
  const auto logged = log_entries(testing::shipped_catalog(), store, athlete, entries, "log.json", kLogDay);
  ASSERT_TRUE(logged.has_value());
  ASSERT_EQ(logged->advice.size(), 1u);
  EXPECT_NE(logged->advice[0].find("physiotherapist"), std::string::npos);
}

TEST_F(AthleteWorkflow, PainBeforeAReplanRegressesAndWarns) {
  ASSERT_TRUE(plan_from(kMonday, kMonday).has_value());
  core::TrainingLog entries;
  entries.pain.push_back(core::PainReport{date(2026, 12, 3), core::InjuryRegion::AchillesCalf, core::Side::Right, 6,
                                          core::PainTiming::NextMorning});
  ASSERT_TRUE(log(entries).has_value());
  const auto replanned = plan_from(date(2026, 12, 7), date(2026, 12, 7));
  ASSERT_TRUE(replanned.has_value());
  const auto& warnings = replanned->plan.warnings;
  EXPECT_TRUE(std::any_of(warnings.begin(), warnings.end(), [](const std::string& warning) {
    return warning.find("physiotherapist or doctor") != std::string::npos;
  }));
}

TEST_F(AthleteWorkflow, StatusComparesTheWeekWithTheLog) {
  ASSERT_TRUE(plan_from(kMonday, kMonday).has_value());
  // Ana's template: Tue workout, Wed easy (+ a strength session), Thu easy, Sat long, Sun easy.
  core::TrainingLog entries;
  entries.activities.push_back(core::Activity{date(2026, 11, 24), core::Sport::Run, 50, 10.0, 7, {}, false, {}, {}, {}});
  entries.activities.push_back(core::Activity{date(2026, 11, 25), core::Sport::Run, 40, 8.0, 3, {}, false, {}, {}, {}});
  entries.activities.push_back(core::Activity{date(2026, 11, 1), core::Sport::Run, 45, 10.0, 9, {}, true, {}, {}, {}});
  ASSERT_TRUE(log(entries).has_value());

  const auto report = status(testing::shipped_catalog(), store, athlete, date(2026, 11, 27));
  ASSERT_TRUE(report.has_value()) << report.error().describe();
  ASSERT_EQ(report->week.size(), 7u);
  EXPECT_EQ(report->week[0].state, DayState::Rest);     // Mon: rest, nothing planned
  EXPECT_EQ(report->week[1].state, DayState::Done);     // Tue: the workout was run
  EXPECT_EQ(report->week[2].state, DayState::Partly);   // Wed: run, but no strength logged
  EXPECT_EQ(report->week[3].state, DayState::Missed);   // Thu: easy run not logged
  EXPECT_EQ(report->week[4].state, DayState::Rest);     // Fri, today: a rest day
  EXPECT_EQ(report->week[5].state, DayState::Planned);  // Sat: the long run is ahead
  ASSERT_TRUE(report->plan.has_value());
  ASSERT_TRUE(report->load.has_value());
  EXPECT_EQ(report->load->date, date(2026, 11, 27));
  EXPECT_EQ(report->load->load, 0);
  ASSERT_TRUE(report->latest_race.has_value());
  EXPECT_FALSE(report->predictions.empty());
  EXPECT_TRUE(std::any_of(report->advice.begin(), report->advice.end(),
                          [](const Advice& advice) { return advice.text.find("missed") != std::string::npos; }));
}

TEST_F(AthleteWorkflow, OverviewCountsTheLog) {
  core::TrainingLog entries;
  core::Activity lift{kMonday, core::Sport::Strength, 30, {}, 6, {}, false, {}, {}, {}};
  lift.sets.push_back(core::StrengthSet{"split_squat", core::Side::Left, 8, {}, {}});
  lift.sets.push_back(core::StrengthSet{"split_squat", core::Side::Right, 8, {}, {}});
  entries.activities.push_back(lift);
  ASSERT_TRUE(log(entries).has_value());
  const auto overview = athlete_overview(store, athlete);
  ASSERT_TRUE(overview.has_value());
  EXPECT_EQ(overview->activities, 1u);
  EXPECT_EQ(overview->strength_sets, 2u);
  EXPECT_EQ(overview->last_logged, kMonday);
  EXPECT_FALSE(overview->plan.has_value());
}

TEST_F(AthleteWorkflow, OverviewEndsThePlanOnTheRaceDayAndShowsTheRecoveryApart) {
  ASSERT_TRUE(plan_from(kMonday, kMonday).has_value());
  const auto overview = athlete_overview(store, athlete);
  ASSERT_TRUE(overview.has_value());
  EXPECT_EQ(overview->plan_start, kMonday);
  EXPECT_EQ(overview->plan_end, date(2027, 3, 14));  // the half marathon
  ASSERT_TRUE(overview->race.has_value());
  EXPECT_EQ(overview->race->date, date(2027, 3, 14));
  EXPECT_EQ(overview->recovery_end, date(2027, 3, 21));  // the week after the race, apart
}


TEST_F(AthleteWorkflow, RatingAnActivityTakesAnRpeFromZeroToTen) {
  core::TrainingLog entries;
  entries.activities.push_back(core::Activity{kMonday, core::Sport::Run, 40, 8.0, 3, {}, false, {}, {}, {}});
  const auto logged = log_entries(testing::shipped_catalog(), store, athlete, entries, "log.json", kLogDay);
  ASSERT_TRUE(logged.has_value()) << logged.error().describe();
  const auto activity = logged->activities.at(0);
  for (const double wrong : {-1.0, 10.5, std::numeric_limits<double>::quiet_NaN()}) {
    const auto refused = rate_activity(store, athlete, activity, wrong);
    ASSERT_FALSE(refused.has_value());
    EXPECT_EQ(refused.error().code, core::ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().field, "rpe");
  }
  EXPECT_EQ(rate_activity(store, athlete, core::ActivityId{activity.value + 100}, 5).error().code,
            core::ErrorCode::NotFound);
  ASSERT_TRUE(rate_activity(store, athlete, activity, 6).has_value());
  EXPECT_EQ(store.training_log(athlete, std::nullopt, std::nullopt)->activities.at(0).rpe, 6.0);
}

TEST(LoadOfALog, RefusesWhatCannotBeTrueAndLooksAtAnyStretch) {
  const auto& records = testing::shipped_catalog().world_records;
  core::TrainingLog log;
  log.activities.push_back(core::Activity{kMonday, core::Sport::Run, 40, 8.0, 3, {}, false, {}, {}, {}});
  const auto report = load_of_log(records, log, "log.json", core::add_days(kMonday, 6));
  ASSERT_TRUE(report.has_value()) << report.error().describe();
  ASSERT_EQ(report->daily.size(), 7u);
  EXPECT_EQ(report->daily.front().load, 120.0);  // RPE 3 × 40 minutes
  log.activities.push_back(core::Activity{kMonday, core::Sport::Run, 0, 8.0, 3, {}, false, {}, {}, {}});
  const auto refused = load_of_log(records, log, "log.json", std::nullopt);
  ASSERT_FALSE(refused.has_value());
  EXPECT_EQ(refused.error().source, "log.json");
  EXPECT_EQ(refused.error().path, "$.activities[1].duration_min");
}

}  // namespace
}  // namespace stride::service
