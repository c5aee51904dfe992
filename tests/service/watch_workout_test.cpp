// A planned session as watch workout steps: sides, rests, repeats for sets and rounds, Garmin's
// numbers from data/garmin/exercises.json, loads, and the input errors that name --date or
// --session.
#include <gtest/gtest.h>

#include "stride/service/watch_workout.hpp"
#include "stride/storage/memory_store.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

using testing::shipped_catalog;

constexpr core::Date kDay{std::chrono::year{2026}, std::chrono::month{11}, std::chrono::day{25}};

core::Prescription item(std::string exercise, int sets, int rest_seconds) {
  core::Prescription prescription;
  prescription.exercise = std::move(exercise);
  prescription.sets = sets;
  prescription.rest_seconds = rest_seconds;
  return prescription;
}

core::Plan one_day_plan() {
  core::Plan plan;
  plan.start = kDay;
  plan.end = kDay;
  core::PlanDay day;
  day.date = kDay;
  core::PlannedSession mobility;
  mobility.id = "2026-11-25-a";
  mobility.title = "Mobility";
  mobility.kind = core::SessionKind::Mobility;
  day.sessions.push_back(mobility);
  core::PlannedSession strength;
  strength.id = "2026-11-25-b";
  strength.title = "Strength A";
  strength.kind = core::SessionKind::Strength;
  core::Block warm_up{"warm_up", 1, {}};
  auto bridge = item("glute_bridge", 1, 0);
  bridge.reps = 12;
  warm_up.items.push_back(bridge);
  core::Block main{"main", 1, {}};
  auto squat = item("goblet_squat_dumbbell", 3, 90);
  squat.reps = 8;
  squat.load_kg = 16.0;
  main.items.push_back(squat);
  auto split = item("kickstand_romanian_deadlift_dumbbell", 2, 60);
  split.reps = 10;
  split.per_side = true;
  split.side_first = core::Side::Right;
  main.items.push_back(split);
  core::Block circuit{"core", 2, {}};
  auto plank = item("side_plank", 1, 0);
  plank.hold_seconds = 30;
  circuit.items.push_back(plank);
  auto jumps = item("pogo_hops", 1, 0);
  jumps.contacts = 20;
  circuit.items.push_back(jumps);
  strength.blocks = {warm_up, main, circuit};
  day.sessions.push_back(strength);
  plan.days.push_back(day);
  return plan;
}

core::WatchWorkout workout_of(std::optional<int> session) {
  auto workout = watch_workout(shipped_catalog(), one_day_plan(), {kDay, session});
  EXPECT_TRUE(workout) << workout.error().describe();
  return workout ? *workout : core::WatchWorkout{};
}

TEST(WatchWorkout, EveryItemAndSetBecomesSteps) {
  const auto workout = workout_of(std::nullopt);
  EXPECT_EQ(workout.name, "Strength A");
  EXPECT_EQ(workout.date, kDay);
  const auto& steps = workout.steps;
  ASSERT_EQ(steps.size(), 11u);
  // Warm-up: one set of glute bridges, Garmin hip_raise (10) / hip_raise (11), no rest.
  EXPECT_EQ(steps[0].intensity, core::WorkoutStepIntensity::WarmUp);
  EXPECT_EQ(steps[0].name, "Glute bridge");
  EXPECT_EQ(steps[0].category, 10);
  EXPECT_EQ(steps[0].exercise_name, 11);
  EXPECT_EQ(steps[0].reps, 12u);
  // Three sets of goblet squats with 16 kg: squat (28) / goblet_squat (37), a rest, a repeat.
  EXPECT_EQ(steps[1].category, 28);
  EXPECT_EQ(steps[1].exercise_name, 37);
  EXPECT_EQ(steps[1].weight_kg, 16.0);
  EXPECT_EQ(steps[2].kind, core::WorkoutStepKind::Rest);
  EXPECT_EQ(steps[2].duration_ms, 90'000u);
  EXPECT_EQ(steps[3].kind, core::WorkoutStepKind::Repeat);
  EXPECT_EQ(steps[3].repeat_from, 1u);
  EXPECT_EQ(steps[3].repeat_count, 3u);
  // A per-side item without a Garmin equivalent: right side first, its own name.
  EXPECT_EQ(steps[4].name, "Right: Kickstand Romanian deadlift with dumbbells");
  EXPECT_EQ(steps[5].name, "Left: Kickstand Romanian deadlift with dumbbells");
  EXPECT_FALSE(steps[4].category);
  EXPECT_EQ(steps[6].duration_ms, 60'000u);
  EXPECT_EQ(steps[7].repeat_from, 4u);
  EXPECT_EQ(steps[7].repeat_count, 2u);
  // A block of two rounds: a hold in ms, foot contacts as reps, then the block's repeat.
  EXPECT_EQ(steps[8].name, "Side plank");
  EXPECT_EQ(steps[8].category, 19);  // plank
  EXPECT_EQ(steps[8].exercise_name, 66);  // side_plank
  EXPECT_EQ(steps[8].duration_ms, 30'000u);
  EXPECT_FALSE(steps[8].reps);
  EXPECT_EQ(steps[9].reps, 20u);
  EXPECT_EQ(steps[10].kind, core::WorkoutStepKind::Repeat);
  EXPECT_EQ(steps[10].repeat_from, 8u);
  EXPECT_EQ(steps[10].repeat_count, 2u);
}

TEST(WatchWorkout, InputErrorsNameTheOption) {
  const auto expect_error = [](core::Date date, std::optional<int> session, const std::string& expected) {
    const auto workout = watch_workout(shipped_catalog(), one_day_plan(), {date, session});
    ASSERT_FALSE(workout);
    EXPECT_EQ(workout.error().code, core::ErrorCode::InvalidInput);
    EXPECT_EQ(workout.error().describe(), expected);
  };
  expect_error(core::add_days(kDay, 1), std::nullopt, "--date: 2026-11-26 is outside the plan (2026-11-25 to 2026-11-25)");
  expect_error(kDay, 1, "--session: 1: session 2026-11-25-a is a mobility session, not a strength session");
  expect_error(kDay, 3, "--session: 3: the plan has 2 sessions on 2026-11-25");
}

TEST(WatchWorkout, AnExtraSetForTheWeakerSideComesAfterTheRepeat) {
  auto plan = one_day_plan();
  auto& split = plan.days[0].sessions[1].blocks[1].items[1];  // right side first
  split.extra_sets_side = core::Side::Left;
  const auto workout = watch_workout(shipped_catalog(), plan, {kDay, std::nullopt});
  ASSERT_TRUE(workout) << workout.error().describe();
  const auto& steps = workout->steps;
  ASSERT_EQ(steps.size(), 13u);
  EXPECT_EQ(steps[7].kind, core::WorkoutStepKind::Repeat);
  EXPECT_EQ(steps[8].name, "Left: Kickstand Romanian deadlift with dumbbells (extra set)");
  EXPECT_EQ(steps[8].reps, 10u);
  EXPECT_EQ(steps[9].kind, core::WorkoutStepKind::Rest);
  EXPECT_EQ(steps[9].duration_ms, 60'000u);
  EXPECT_EQ(steps[10].name, "Side plank");
}

TEST(WatchWorkout, AStoredRunnersSessionComesFromThePlanInEffect) {
  storage::MemoryStore store;
  core::Athlete athlete;
  athlete.name = "Ana";
  const auto id = store.add_athlete(athlete);
  ASSERT_TRUE(id) << id.error().describe();
  const auto no_plan = stored_watch_workout(shipped_catalog(), store, *id, {kDay, std::nullopt});
  ASSERT_FALSE(no_plan);
  EXPECT_EQ(no_plan.error().describe(), "--date: 2026-11-25: no stored plan covers that day");
  const auto plan_id = store.add_plan(*id, kDay, core::RunningCalendar{}, std::nullopt, one_day_plan());
  ASSERT_TRUE(plan_id) << plan_id.error().describe();
  const auto stored = stored_watch_workout(shipped_catalog(), store, *id, {kDay, 2});
  ASSERT_TRUE(stored) << stored.error().describe();
  EXPECT_EQ(*stored, *watch_workout(shipped_catalog(), one_day_plan(), {kDay, std::nullopt}));
}

TEST(WatchWorkout, EveryMappedExerciseIsInTheLibraryWithItsCategoryName) {
  const auto& catalog = shipped_catalog();
  ASSERT_FALSE(catalog.garmin_exercises.empty());
  for (const auto& entry : catalog.garmin_exercises) {
    EXPECT_NE(catalog.library.find(entry.exercise), nullptr) << entry.exercise;
    EXPECT_GE(entry.category, 0);
    EXPECT_LE(entry.category, 32);
    EXPECT_GE(entry.name, 0);
    EXPECT_FALSE(entry.name_text.empty());
    EXPECT_EQ(catalog.garmin_exercise(entry.exercise), &entry);
  }
  EXPECT_EQ(catalog.garmin_exercise("no_such_exercise"), nullptr);
}

}  // namespace
}  // namespace stride::service
