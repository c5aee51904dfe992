#include <gtest/gtest.h>

#include "stride/core/muscles.hpp"

namespace stride::core {
namespace {

MuscleVocabulary vocabulary() {
  auto created = MuscleVocabulary::create(
      {{"calves", {"soleus", "gastrocnemius"}},
       {"gastrocnemius", {"gastrocnemius_medial", "gastrocnemius_lateral"}},
       {"hamstrings", {"biceps_femoris_short_head", "medial_hamstrings"}},
       {"glutes", {"glute_max", "glute_med"}}},
      {"popliteus"}, {{"soleus", "soleus (deep calf)"}});
  EXPECT_TRUE(created) << created.error().describe();
  return *created;
}

TEST(MuscleVocabulary, GroupServesMemberAndMemberServesGroup) {
  const auto muscles = vocabulary();
  EXPECT_TRUE(muscles.serves("hamstrings", "biceps_femoris_short_head"));
  EXPECT_TRUE(muscles.serves("glute_med", "glutes"));
  EXPECT_TRUE(muscles.serves("calves", "gastrocnemius_lateral")) << "membership is transitive";
  EXPECT_TRUE(muscles.serves("gastrocnemius_medial", "calves"));
  EXPECT_TRUE(muscles.serves("soleus", "soleus"));
}

TEST(MuscleVocabulary, SiblingsAndStrangersDoNotServeEachOther) {
  const auto muscles = vocabulary();
  EXPECT_FALSE(muscles.serves("soleus", "gastrocnemius"));
  EXPECT_FALSE(muscles.serves("glute_max", "glute_med"));
  EXPECT_FALSE(muscles.serves("popliteus", "hamstrings"));
  EXPECT_FALSE(muscles.serves("unknown", "soleus"));
}

TEST(MuscleVocabulary, RanksFollowTheListedOrderAndPlainNamesFallBack) {
  const auto muscles = vocabulary();
  EXPECT_LT(muscles.rank("calves"), muscles.rank("hamstrings"));
  EXPECT_LT(muscles.rank("hamstrings"), muscles.rank("popliteus"));
  EXPECT_EQ(muscles.plain_name("soleus"), "soleus (deep calf)");
  EXPECT_EQ(muscles.plain_name("glute_med"), "glute med");
}

TEST(MuscleVocabulary, RejectsCyclesDuplicatesAndEmptyGroups) {
  EXPECT_FALSE(MuscleVocabulary::create({{"a", {"b"}}, {"b", {"a"}}}, {}, {}));
  EXPECT_FALSE(MuscleVocabulary::create({{"a", {"b"}}, {"a", {"c"}}}, {}, {}));
  EXPECT_FALSE(MuscleVocabulary::create({{"a", {}}}, {}, {}));
  EXPECT_FALSE(MuscleVocabulary::create({{"a", {"b"}}}, {}, {{"zzz", "unknown"}}));
}

}  // namespace
}  // namespace stride::core
