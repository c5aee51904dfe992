// A plan's ExerciseStrings makes each exercise's id and primary muscles once and hands out that
// copy again; another plan's makes its own, so no string is shared between two plans.
#include <gtest/gtest.h>

#include "stride/planning/exercise_strings.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using testing::shipped_catalog;

TEST(ExerciseStrings, HoldTheLibrarysIdAndPrimaryMusclesOfEveryExercise) {
  const auto& library = shipped_catalog().library;
  ExerciseStrings strings(library);
  for (const auto& exercise : library.all()) {
    EXPECT_EQ(strings.id(exercise), exercise.id);
    EXPECT_EQ(strings.primary_muscles(exercise), exercise.primary_muscles) << exercise.id;
  }
}

TEST(ExerciseStrings, AskedAgainGiveTheSameCopy) {
  const auto& library = shipped_catalog().library;
  ExerciseStrings strings(library);
  const auto& exercise = library.all().at(library.all().size() / 2);
  const auto& id = strings.id(exercise).str();
  const auto& muscles = strings.primary_muscles(exercise).strings();
  EXPECT_EQ(&strings.id(exercise).str(), &id);
  EXPECT_EQ(&strings.primary_muscles(exercise).strings(), &muscles);
}

TEST(ExerciseStrings, TwoPlansShareNoStringWithEachOther) {
  const auto& library = shipped_catalog().library;
  ExerciseStrings first(library);
  ExerciseStrings second(library);
  for (const auto& exercise : library.all()) {
    EXPECT_NE(&first.id(exercise).str(), &second.id(exercise).str()) << exercise.id;
    if (exercise.primary_muscles.empty()) continue;
    EXPECT_NE(&first.primary_muscles(exercise).strings(), &second.primary_muscles(exercise).strings()) << exercise.id;
  }
}

}  // namespace
}  // namespace stride::planning
