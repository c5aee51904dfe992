// Table tests of the "did you mean" hints: the edit distance, which ids come back for a misspelt
// one and in what order, and how the hints read.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stride/core/suggestions.hpp"

namespace stride::core {
namespace {

struct DistanceCase {
  const char* a;
  const char* b;
  std::size_t edits;
};

class EditDistanceTest : public ::testing::TestWithParam<DistanceCase> {};

TEST_P(EditDistanceTest, CountsInsertionsDeletionsAndSubstitutions) {
  EXPECT_EQ(edit_distance(GetParam().a, GetParam().b), GetParam().edits);
  EXPECT_EQ(edit_distance(GetParam().b, GetParam().a), GetParam().edits) << "symmetric";
}

INSTANTIATE_TEST_SUITE_P(Table, EditDistanceTest,
                         ::testing::Values(DistanceCase{"", "", 0}, DistanceCase{"", "squat", 5},
                                           DistanceCase{"squat", "squat", 0}, DistanceCase{"sqat", "squat", 1},
                                           DistanceCase{"squta", "squat", 2}, DistanceCase{"kitten", "sitting", 3},
                                           DistanceCase{"goblet_squat", "goblet_squat_dumbbell", 9}));

const std::vector<std::string> kIds{"goblet_squat_dumbbell", "goblet_squat_kettlebell", "split_squat",
                                    "rear_foot_elevated_split_squat", "split_squat_dumbbell", "dead_bug",
                                    "side_plank", "front_plank", "calf_raise", "single_leg_calf_raise"};

struct HintCase {
  const char* name;
  const char* query;
  std::vector<std::string> expected;
};

class ClosestMatchesTest : public ::testing::TestWithParam<HintCase> {};

TEST_P(ClosestMatchesTest, GivesUpToThreeBestFirst) {
  EXPECT_EQ(closest_matches(GetParam().query, kIds, 3), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, ClosestMatchesTest,
    ::testing::Values(
        // One letter off: the nearest by edits among those sharing the most words.
        HintCase{"typo", "split_sqat", {"split_squat", "split_squat_dumbbell", "rear_foot_elevated_split_squat"}},
        // A plural shares "squats" ~ "squat" and "split" with three ids.
        HintCase{"plural", "split_squats", {"split_squat", "split_squat_dumbbell", "rear_foot_elevated_split_squat"}},
        // Words in another order or with a missing word still share words.
        HintCase{"words_reordered", "dumbbell_goblet_squat",
                 {"goblet_squat_dumbbell", "goblet_squat_kettlebell", "split_squat_dumbbell"}},
        HintCase{"one_shared_word", "plank", {"side_plank", "front_plank"}},
        HintCase{"case_is_ignored", "Dead_Bug", {"dead_bug"}},
        HintCase{"dashes_and_spaces_split_words", "calf raise", {"calf_raise", "single_leg_calf_raise"}},
        // Nothing near: no hint rather than a random one.
        HintCase{"nothing_close", "unknown_move", {}}, HintCase{"empty", "", {}}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

TEST(ClosestMatches, StopsAtTheLimit) {
  EXPECT_EQ(closest_matches("squat", kIds, 1), std::vector<std::string>{"split_squat"});
  EXPECT_TRUE(closest_matches("squat", kIds, 0).empty());
}

TEST(OrList, ReadsAsASentence) {
  EXPECT_EQ(or_list({}), "");
  EXPECT_EQ(or_list({"a"}), "a");
  EXPECT_EQ(or_list({"a", "b"}), "a or b");
  EXPECT_EQ(or_list({"a", "b", "c"}), "a, b or c");
}

}  // namespace
}  // namespace stride::core
