// ServedMuscles answers as MuscleVocabulary::serves does for one of an exercise's primary muscles:
// a table of cases over nested groups, and every exercise and muscle of the shipped catalog
// (tests/data_files/catalog_loader_test.cpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stride/core/served_muscles.hpp"

namespace stride::core {
namespace {

// legs > hamstrings > {biceps_femoris, semitendinosus}; legs > calves > {soleus}; and a muscle
// in no group.
MuscleVocabulary nested_vocabulary() {
  return *MuscleVocabulary::create({{"legs", {"hamstrings", "calves"}},
                                    {"hamstrings", {"biceps_femoris", "semitendinosus"}},
                                    {"calves", {"soleus"}}},
                                   {"rectus_abdominis"}, {});
}

Exercise working(std::vector<std::string> primary_muscles) {
  Exercise exercise;
  exercise.primary_muscles = std::move(primary_muscles);
  return exercise;
}

struct ServesCase {
  std::vector<std::string> primary_muscles;
  std::string needed;
  bool served;
};

class ServedMusclesTest : public ::testing::TestWithParam<ServesCase> {};

TEST_P(ServedMusclesTest, AnswersAsTheVocabularyDoesForOneOfThePrimaryMuscles) {
  const auto muscles = nested_vocabulary();
  const std::vector<Exercise> exercises{working({"rectus_abdominis"}), working(GetParam().primary_muscles)};
  const ServedMuscles served(exercises, muscles);
  EXPECT_EQ(served.serves(1, muscles.rank(GetParam().needed)), GetParam().served);
  bool vocabulary_says = false;
  for (const auto& primary : GetParam().primary_muscles) vocabulary_says |= muscles.serves(primary, GetParam().needed);
  EXPECT_EQ(vocabulary_says, GetParam().served) << "the case itself disagrees with MuscleVocabulary::serves";
}

INSTANTIATE_TEST_SUITE_P(
    Cases, ServedMusclesTest,
    ::testing::Values(ServesCase{{"soleus"}, "soleus", true},              // the muscle itself
                      ServesCase{{"soleus"}, "calves", true},              // its group
                      ServesCase{{"soleus"}, "legs", true},                // its group's group
                      ServesCase{{"legs"}, "biceps_femoris", true},        // a member two levels down
                      ServesCase{{"hamstrings"}, "semitendinosus", true},  // a member
                      ServesCase{{"semitendinosus"}, "biceps_femoris", false},  // a sibling is not served
                      ServesCase{{"calves"}, "hamstrings", false},         // nor a group's sibling group
                      ServesCase{{"soleus"}, "rectus_abdominis", false},
                      ServesCase{{"soleus", "rectus_abdominis"}, "rectus_abdominis", true},  // the second primary
                      ServesCase{{"soleus"}, "not_a_muscle", false}));     // an id the vocabulary lacks

TEST(ServedMuscles, AnExerciseServesOnlyWhatItsOwnMusclesServe) {
  const auto muscles = nested_vocabulary();
  const std::vector<Exercise> exercises{working({"soleus"}), working({"rectus_abdominis"})};
  const ServedMuscles served(exercises, muscles);
  EXPECT_TRUE(served.serves(0, muscles.rank("calves")));
  EXPECT_FALSE(served.serves(1, muscles.rank("calves")));
  EXPECT_TRUE(served.serves(1, muscles.rank("rectus_abdominis")));
  EXPECT_FALSE(served.serves(0, muscles.rank("rectus_abdominis")));
}

}  // namespace
}  // namespace stride::core
