// One suite of the storage port's contract (core/store.hpp), run against MemoryStore and
// SqliteStore (a new database file per test): both must behave the same.

#include <gtest/gtest.h>

#include <memory>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::Date;
using core::ErrorCode;
using testing::day_of;

TYPED_TEST_SUITE(StoreContract, StoreKinds, KindNames);

core::Activity strength_activity(Date date, int sets, double rpe = 7) {
  core::Activity activity{.date = date, .sport = core::Sport::Strength, .duration_min = 30.5, .distance_km = {},
                          .rpe = rpe, .avg_hr = {}, .race = false, .note = "gym", .sets = {}, .recording = {}};
  for (int index = 0; index < sets; ++index) {
    activity.sets.push_back({.exercise = "split_squat", .side = index % 2 == 0 ? core::Side::Left : core::Side::Right,
                             .reps = 8 + index, .load_kg = 16.25 + index, .rpe = index % 3 == 0 ? std::optional(8.5) : std::nullopt});
  }
  return activity;
}

core::Activity run_activity(Date date, double kilometres) {
  return {.date = date, .sport = core::Sport::Run, .duration_min = 48.123456789012345, .distance_km = kilometres,
          .rpe = 4, .avg_hr = 142, .race = kilometres > 20, .note = std::nullopt, .sets = {}, .recording = {}};
}

TYPED_TEST(StoreContract, AthletesRoundTripEqualAndListInIdOrder) {
  std::vector<core::AthleteRecord> expected;
  for (const auto& file : testing::athlete_files()) {
    const core::Athlete athlete = testing::load_athlete(file);
    auto id = this->store().add_athlete(athlete);
    ASSERT_TRUE(id) << id.error().describe();
    expected.push_back({*id, athlete});
    auto found = this->store().find_athlete(*id);
    ASSERT_TRUE(found) << found.error().describe();
    EXPECT_EQ(*found, expected.back()) << file;
  }
  auto listed = this->store().list_athletes();
  ASSERT_TRUE(listed) << listed.error().describe();
  EXPECT_EQ(*listed, expected);
  EXPECT_LT(expected.front().id, expected.back().id);
}

TYPED_TEST(StoreContract, UpdatesAnAthleteAndReportsUnknownIds) {
  const auto id = this->add_example_athlete();
  core::Athlete changed = testing::load_athlete("tests/golden/inputs/athlete_injured.json");
  changed.name = "Ana Renamed";
  ASSERT_TRUE(this->store().update_athlete(id, changed));
  EXPECT_EQ(this->store().find_athlete(id)->athlete, changed);

  const core::AthleteId unknown{id.value + 100};
  EXPECT_EQ(this->store().find_athlete(unknown).error().code, ErrorCode::NotFound);
  EXPECT_EQ(this->store().update_athlete(unknown, changed).error().code, ErrorCode::NotFound);
  EXPECT_EQ(this->store().assessments(unknown).error().code, ErrorCode::NotFound);
  EXPECT_EQ(this->store().latest_plan(unknown).error().code, ErrorCode::NotFound);
  EXPECT_EQ(this->store().latest_plan_outline(unknown).error().code, ErrorCode::NotFound);
  EXPECT_EQ(this->store().training_log(unknown, {}, {}).error().code, ErrorCode::NotFound);
  EXPECT_EQ(this->store().effective_days(unknown, day_of(2026, 1, 1), day_of(2026, 2, 1)).error().code,
            ErrorCode::NotFound);
}

TYPED_TEST(StoreContract, RefusesAnAthleteThatWouldNotReadBackUnchanged) {
  core::Athlete padded = testing::load_athlete("examples/athlete.json");
  padded.name = "  Ana  ";
  EXPECT_EQ(this->store().add_athlete(padded).error().code, ErrorCode::InvalidInput);
  core::Athlete impossible = testing::load_athlete("examples/athlete.json");
  impossible.availability.strength_sessions_per_week = 9;
  EXPECT_EQ(this->store().add_athlete(impossible).error().code, ErrorCode::InvalidInput);
  EXPECT_TRUE(this->store().list_athletes()->empty());
}

// A name with a control or bidirectional-formatting character is refused by the input decoder,
// not by the store: one stored before that check reads back as it was, for outputs to neutralise.
TYPED_TEST(StoreContract, KeepsANameAsItWasStored) {
  core::Athlete athlete = testing::load_athlete("examples/athlete.json");
  athlete.name = "Ana\xE2\x80\xAE" "evil\x1B[2J";
  const auto id = this->store().add_athlete(athlete);
  ASSERT_TRUE(id) << id.error().describe();
  EXPECT_EQ(this->store().find_athlete(*id)->athlete.name, athlete.name);
  EXPECT_EQ(this->store().list_athletes()->front().athlete.name, athlete.name);
}

TYPED_TEST(StoreContract, AssessmentsComeBackOldestFirst) {
  const auto athlete = this->add_example_athlete();
  const auto other = this->add_example_athlete();
  const auto example = testing::load_assessment("examples/assessment.json");
  const auto everything = testing::load_assessment("tests/golden/inputs/assessment_everything.json");
  const auto clean = testing::load_assessment("tests/golden/inputs/assessment_clean.json");
  const auto late = *this->store().add_assessment(athlete, day_of(2027, 1, 5), everything);
  const auto early = *this->store().add_assessment(athlete, day_of(2026, 11, 20), example);
  const auto same_day = *this->store().add_assessment(athlete, day_of(2027, 1, 5), clean);
  ASSERT_TRUE(this->store().add_assessment(other, day_of(2026, 1, 1), clean));

  auto records = this->store().assessments(athlete);
  ASSERT_TRUE(records) << records.error().describe();
  const std::vector<core::AssessmentRecord> expected{{early, athlete, day_of(2026, 11, 20), example},
                                                     {late, athlete, day_of(2027, 1, 5), everything},
                                                     {same_day, athlete, day_of(2027, 1, 5), clean}};
  EXPECT_EQ(*records, expected);

  EXPECT_EQ(this->store().add_assessment(core::AthleteId{999}, day_of(2027, 1, 6), clean).error().code,
            ErrorCode::NotFound);
  EXPECT_EQ(this->store().assessments(athlete)->size(), 3u);
}

TYPED_TEST(StoreContract, PlansRoundTripEqualThroughLatestPlan) {
  const auto athlete = this->add_example_athlete();
  EXPECT_EQ(*this->store().latest_plan(athlete), std::nullopt);
  const auto calendar = testing::load_calendar("examples/runs.json");
  const auto assessment = *this->store().add_assessment(athlete, day_of(2026, 11, 20),
                                                        testing::load_assessment("examples/assessment.json"));
  const core::Plan first = testing::example_plan(day_of(2026, 11, 23));
  const core::Plan second = testing::example_plan(day_of(2027, 1, 4));
  ASSERT_TRUE(this->store().add_plan(athlete, day_of(2026, 11, 22), calendar, assessment, first));
  auto id = this->store().add_plan(athlete, day_of(2027, 1, 3), calendar, std::nullopt, second);
  ASSERT_TRUE(id) << id.error().describe();

  auto latest = this->store().latest_plan(athlete);
  ASSERT_TRUE(latest) << latest.error().describe();
  ASSERT_TRUE(latest->has_value());
  const core::PlanRecord expected{*id, athlete, day_of(2027, 1, 3), calendar, std::nullopt, second};
  EXPECT_EQ(**latest, expected);

  EXPECT_EQ(this->store().add_plan(athlete, day_of(2027, 1, 3), calendar, core::AssessmentId{assessment.value + 50},
                                   second).error().code,
            ErrorCode::NotFound);
  EXPECT_EQ(this->store().add_plan(core::AthleteId{999}, day_of(2027, 1, 3), calendar, std::nullopt, second)
                .error().code,
            ErrorCode::NotFound);
  EXPECT_EQ((*this->store().latest_plan(athlete))->id, *id);
}

// The outline of the latest plan is the latest plan's record with the outline of its plan, for
// a plan with a goal race (its recovery's end read) and one without.
TYPED_TEST(StoreContract, LatestPlanOutlineIsTheOutlineOfTheLatestPlan) {
  const auto athlete = this->add_example_athlete();
  EXPECT_EQ(*this->store().latest_plan_outline(athlete), std::nullopt);
  const auto calendar = testing::load_calendar("examples/runs.json");
  const auto assessment = *this->store().add_assessment(athlete, day_of(2026, 11, 20),
                                                        testing::load_assessment("examples/assessment.json"));
  core::Plan without_race = testing::example_plan(day_of(2027, 1, 4));
  without_race.race.reset();
  without_race.after_race.reset();
  for (const core::Plan& plan : {testing::example_plan(day_of(2026, 11, 23)), without_race}) {
    const auto id = this->store().add_plan(athlete, day_of(2026, 11, 22), calendar, assessment, plan);
    ASSERT_TRUE(id) << id.error().describe();
    const auto outline = this->store().latest_plan_outline(athlete);
    ASSERT_TRUE(outline) << outline.error().describe();
    ASSERT_TRUE(outline->has_value());
    const core::PlanOutlineRecord expected{*id, athlete, day_of(2026, 11, 22), calendar, assessment,
                                           core::outline_of(plan)};
    EXPECT_EQ(**outline, expected);
    EXPECT_EQ((*outline)->plan.recovery_end.has_value(), plan.after_race.has_value());
  }
}

TYPED_TEST(StoreContract, ANewerPlanTakesOverOnlyFromItsStart) {
  const auto athlete = this->add_example_athlete();
  const auto calendar = testing::load_calendar("examples/runs.json");
  const core::Plan first = testing::example_plan(day_of(2026, 11, 23));
  const core::Plan second = testing::example_plan(day_of(2027, 1, 4));
  ASSERT_TRUE(first.after_race.has_value());
  const auto first_id = *this->store().add_plan(athlete, day_of(2026, 11, 22), calendar, std::nullopt, first);
  const auto second_id = *this->store().add_plan(athlete, day_of(2027, 1, 3), calendar, std::nullopt, second);

  auto days = this->store().effective_days(athlete, day_of(2026, 11, 1), day_of(2027, 12, 31));
  ASSERT_TRUE(days) << days.error().describe();
  std::vector<core::EffectiveDay> expected;
  for (const auto& day : first.days) {
    if (day.date < second.start) expected.push_back({first_id, day});
  }
  for (const auto& day : second.days) expected.push_back({second_id, day});
  for (const auto& day : second.after_race->days) expected.push_back({second_id, day});
  ASSERT_EQ(days->size(), expected.size());
  EXPECT_EQ(*days, expected);

  // A window inside the first plan only, and one across the hand-over.
  auto window = this->store().effective_days(athlete, day_of(2027, 1, 2), day_of(2027, 1, 5));
  ASSERT_EQ(window->size(), 4u);
  EXPECT_EQ((*window)[1].plan, first_id);
  EXPECT_EQ((*window)[2].plan, second_id);
  EXPECT_EQ((*window)[2].day.date, day_of(2027, 1, 4));
}

TYPED_TEST(StoreContract, AShortNewerPlanLeavesTheOlderPlanBeforeAndAfterIt) {
  const auto athlete = this->add_example_athlete();
  const auto other = this->add_example_athlete();
  const auto calendar = testing::load_calendar("examples/runs.json");
  const auto month = testing::small_plan("month", day_of(2026, 1, 1), 31);
  const auto week = testing::small_plan("week", day_of(2026, 1, 10), 6);
  const auto month_id = *this->store().add_plan(athlete, day_of(2025, 12, 31), calendar, std::nullopt, month);
  const auto week_id = *this->store().add_plan(athlete, day_of(2026, 1, 9), calendar, std::nullopt, week);
  ASSERT_TRUE(this->store().add_plan(other, day_of(2026, 1, 9), calendar, std::nullopt,
                                     testing::small_plan("other", day_of(2026, 1, 1), 31)));

  auto days = this->store().effective_days(athlete, day_of(2026, 1, 1), day_of(2026, 1, 31));
  ASSERT_TRUE(days) << days.error().describe();
  ASSERT_EQ(days->size(), 31u);
  for (std::size_t index = 0; index < 31; ++index) {
    const bool in_week = index >= 9 && index < 15;
    const auto& source = in_week ? week.days[index - 9] : month.days[index];
    EXPECT_EQ((*days)[index], (core::EffectiveDay{in_week ? week_id : month_id, source})) << index;
  }
  EXPECT_TRUE(this->store().effective_days(athlete, day_of(2026, 2, 1), day_of(2026, 3, 1))->empty());
}

TYPED_TEST(StoreContract, RefusesAPlanWhoseDaysAreOutOfOrder) {
  const auto athlete = this->add_example_athlete();
  auto plan = testing::small_plan("broken", day_of(2026, 1, 1), 5);
  std::swap(plan.days[1], plan.days[2]);
  EXPECT_EQ(this->store().add_plan(athlete, day_of(2026, 1, 1), testing::load_calendar("examples/runs.json"),
                                   std::nullopt, plan).error().code,
            ErrorCode::InvalidInput);
  EXPECT_EQ(*this->store().latest_plan(athlete), std::nullopt);
}

TYPED_TEST(StoreContract, RefusesAPlanThatWouldNotReadBackUnchanged) {
  const auto athlete = this->add_example_athlete();
  auto plan = testing::small_plan("broken", day_of(2026, 1, 1), 5);
  plan.weeks.front().focus = "strong \xFF";
  const auto refused = this->store().add_plan(athlete, day_of(2026, 1, 1), testing::load_calendar("examples/runs.json"),
                                              std::nullopt, plan);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(refused.error().message, "cannot store the plan: a text is not UTF-8");
  EXPECT_EQ(*this->store().latest_plan(athlete), std::nullopt);
}

TYPED_TEST(StoreContract, LogEntriesRoundTripInDateThenLoggedOrder) {
  const auto athlete = this->add_example_athlete();
  const auto other = this->add_example_athlete();
  const core::TrainingLog first{
      .activities = {run_activity(day_of(2026, 11, 4), 9.1), strength_activity(day_of(2026, 11, 2), 3)},
      .pain = {{day_of(2026, 11, 4), core::InjuryRegion::AchillesCalf, core::Side::Right, 3,
                core::PainTiming::NextMorning}}};
  const core::TrainingLog second{
      .activities = {strength_activity(day_of(2026, 11, 3), 0, 6.5), run_activity(day_of(2026, 11, 2), 21.0975)},
      .pain = {{day_of(2026, 11, 1), core::InjuryRegion::Knee, core::Side::Left, 5, core::PainTiming::During}}};
  auto first_ids = this->store().add_log_entries(athlete, first);
  ASSERT_TRUE(first_ids) << first_ids.error().describe();
  ASSERT_EQ(first_ids->size(), 2u);
  EXPECT_LT((*first_ids)[0], (*first_ids)[1]);
  ASSERT_TRUE(this->store().add_log_entries(other, first));
  auto second_ids = this->store().add_log_entries(athlete, second);
  ASSERT_TRUE(second_ids);
  EXPECT_LT((*first_ids)[1], (*second_ids)[0]);

  const core::TrainingLog everything{
      .activities = {first.activities[1], second.activities[1], second.activities[0], first.activities[0]},
      .pain = {second.pain[0], first.pain[0]}};
  EXPECT_EQ(*this->store().training_log(athlete, std::nullopt, std::nullopt), everything);

  const core::TrainingLog from_the_third{.activities = {second.activities[0], first.activities[0]},
                                         .pain = {first.pain[0]}};
  EXPECT_EQ(*this->store().training_log(athlete, day_of(2026, 11, 3), std::nullopt), from_the_third);
  const core::TrainingLog up_to_the_second{.activities = {first.activities[1], second.activities[1]},
                                           .pain = {second.pain[0]}};
  EXPECT_EQ(*this->store().training_log(athlete, std::nullopt, day_of(2026, 11, 2)), up_to_the_second);
  const core::TrainingLog one_day{.activities = {second.activities[0]}, .pain = {}};
  EXPECT_EQ(*this->store().training_log(athlete, day_of(2026, 11, 3), day_of(2026, 11, 3)), one_day);
  EXPECT_EQ(*this->store().training_log(athlete, day_of(2026, 12, 1), day_of(2026, 12, 31)), core::TrainingLog{});
}

TYPED_TEST(StoreContract, WritesNothingForAnUnknownAthleteOrAnImpossibleEntry) {
  const auto athlete = this->add_example_athlete();
  const core::TrainingLog valid{.activities = {strength_activity(day_of(2026, 11, 2), 4)}, .pain = {}};
  ASSERT_TRUE(this->store().add_log_entries(athlete, valid));

  EXPECT_EQ(this->store().add_log_entries(core::AthleteId{athlete.value + 7}, valid).error().code,
            ErrorCode::NotFound);
  core::TrainingLog half_bad = valid;
  half_bad.activities.push_back(strength_activity(day_of(2026, 11, 3), 2, 11));
  EXPECT_EQ(this->store().add_log_entries(athlete, half_bad).error().code, ErrorCode::InvalidInput);
  core::TrainingLog bad_pain = valid;
  bad_pain.pain.push_back({day_of(2026, 11, 3), core::InjuryRegion::Knee, core::Side::Left, 12,
                           core::PainTiming::After});
  EXPECT_EQ(this->store().add_log_entries(athlete, bad_pain).error().code, ErrorCode::InvalidInput);

  EXPECT_EQ(*this->store().training_log(athlete, std::nullopt, std::nullopt), valid);
}

}  // namespace
}  // namespace stride::storage
