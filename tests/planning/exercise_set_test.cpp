// ExerciseSet: a flag per exercise of one library, held in the set itself for the shipped library
// (its words are inline), which the session builder copies, joins and intersects.
#include <gtest/gtest.h>

#include "stride/planning/exercise_picker.hpp"
#include "test_catalog.hpp"

namespace stride::planning {
namespace {

using testing::shipped_catalog;

TEST(ExerciseSet, HoldsWhatWasInsertedByExerciseOrIdAndNothingElse) {
  const auto& all = shipped_catalog().library.all();
  ExerciseSet set(shipped_catalog().library);
  set.insert(all.front());
  set.insert(all.back().id);
  set.insert("no such exercise");
  for (std::size_t position = 0; position < all.size(); ++position) {
    const bool inserted = position == 0 || position + 1 == all.size();
    EXPECT_EQ(set.contains(all[position]), inserted) << all[position].id;
    EXPECT_EQ(set.contains(all[position].id), inserted) << all[position].id;
  }
  EXPECT_FALSE(set.contains("no such exercise"));
}

TEST(ExerciseSet, JoinsAndIntersectsWithAnotherOfTheSameLibrary) {
  const auto& library = shipped_catalog().library;
  const auto& all = library.all();
  // Every third exercise in one, every second in the other: the words' boundaries (64, 128, ...)
  // fall inside both.
  ExerciseSet thirds(library);
  ExerciseSet halves(library);
  for (std::size_t position = 0; position < all.size(); ++position) {
    if (position % 3 == 0) thirds.insert(all[position]);
    if (position % 2 == 0) halves.insert(all[position]);
  }
  const auto both = thirds.common_with(halves);
  auto either = thirds;
  either.insert_all(halves);
  for (std::size_t position = 0; position < all.size(); ++position) {
    EXPECT_EQ(both.contains(all[position]), position % 6 == 0) << position;
    EXPECT_EQ(either.contains(all[position]), position % 3 == 0 || position % 2 == 0) << position;
  }
  // Joining what a set already holds, or intersecting with itself, changes nothing.
  auto again = either;
  again.insert_all(thirds);
  EXPECT_EQ(again, either);
  EXPECT_EQ(either.common_with(either), either);
  EXPECT_NE(either, thirds);
}

TEST(ExerciseSet, ACopyIsIndependentOfItsOriginal) {
  const auto& library = shipped_catalog().library;
  ExerciseSet original(library);
  original.insert(library.all().at(70));
  auto copy = original;
  copy.insert(library.all().at(200));
  EXPECT_TRUE(copy.contains(library.all().at(70)));
  EXPECT_TRUE(copy.contains(library.all().at(200)));
  EXPECT_FALSE(original.contains(library.all().at(200)));
  auto moved = std::move(copy);
  EXPECT_TRUE(moved.contains(library.all().at(200)));
}

}  // namespace
}  // namespace stride::planning
