// logged_sets: a strength recording's Garmin-numbered sets as Stride exercises, preferring the day's
// planned exercises where several share Garmin's numbers, and leaving out what has no Stride name.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stride/service/strength_sets.hpp"
#include "test_catalog.hpp"

namespace stride::service {
namespace {

core::RecordedSet garmin_set(std::optional<int> category, std::optional<int> name, int reps,
                             std::optional<double> weight_kg = std::nullopt) {
  core::RecordedSet set;
  set.category = category;
  set.exercise_name = name;
  set.repetitions = reps;
  set.weight_kg = weight_kg;
  return set;
}

core::Prescription planned_item(std::string exercise) {
  core::Prescription item;
  item.exercise = std::move(exercise);
  return item;
}

const std::vector<core::GarminExercise>& mapping() { return testing::shipped_catalog().garmin_exercises; }

TEST(LoggedSets, MapsGarminNumbersToTheFirstStrideExerciseInMappingOrder) {
  // 28/37 goblet_squat is both goblet_squat_dumbbell and goblet_squat_kettlebell; 19/43 is front_plank.
  const std::vector<core::RecordedSet> recorded{garmin_set(28, 37, 10, 22.5), garmin_set(19, 43, 0)};
  const auto logged = logged_sets(recorded, mapping(), {});
  ASSERT_EQ(logged.sets.size(), 2U);
  EXPECT_EQ(logged.sets[0], (core::StrengthSet{"goblet_squat_dumbbell", core::Side::None, 10, 22.5, std::nullopt}));
  EXPECT_EQ(logged.sets[1], (core::StrengthSet{"front_plank", core::Side::None, 0, std::nullopt, std::nullopt}));
  EXPECT_TRUE(logged.notes.empty());
}

TEST(LoggedSets, PrefersTheExerciseThePlanNamesForThatDay) {
  const std::vector<core::RecordedSet> recorded{garmin_set(28, 37, 10, 16)};
  const std::vector<std::string> planned{"dead_bug", "goblet_squat_kettlebell"};
  const auto logged = logged_sets(recorded, mapping(), planned);
  ASSERT_EQ(logged.sets.size(), 1U);
  EXPECT_EQ(logged.sets[0].exercise, "goblet_squat_kettlebell");
}

TEST(LoggedSets, LeavesOutSetsWithoutAStrideNameAndCountsThemInOneNote) {
  const std::vector<core::RecordedSet> recorded{garmin_set(std::nullopt, std::nullopt, 12), garmin_set(32, 999, 6),
                                                garmin_set(28, 37, 10), garmin_set(32, 999, 6)};
  const auto logged = logged_sets(recorded, mapping(), {});
  ASSERT_EQ(logged.sets.size(), 1U);
  ASSERT_EQ(logged.notes.size(), 1U);
  EXPECT_EQ(logged.notes[0],
            "left out 3 sets of exercises Stride has no name for: unnamed on the watch, Garmin category 32 exercise 999 "
            "(2 sets)");
}

TEST(LoggedSets, PlannedExercisesComeFromStrengthSessionsInPlanOrderOnce) {
  core::PlanDay day;
  core::PlannedSession mobility;
  mobility.kind = core::SessionKind::Mobility;
  mobility.blocks.push_back({"main", 1, {planned_item("cat_cow")}});
  core::PlannedSession strength;
  strength.kind = core::SessionKind::Strength;
  strength.blocks.push_back({"warm_up", 1, {planned_item("dead_bug")}});
  strength.blocks.push_back(
      {"main", 2, {planned_item("split_squat"), planned_item("dead_bug")}});
  day.sessions = {mobility, strength};
  EXPECT_EQ(planned_strength_exercises(day), (std::vector<std::string>{"dead_bug", "split_squat"}));
}

}  // namespace
}  // namespace stride::service
