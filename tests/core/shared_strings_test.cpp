// SharedStrings reads as the vector it holds, its copies share the strings, and a copy keeps them
// after the original changes or goes.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "stride/core/shared_strings.hpp"

namespace stride::core {
namespace {

TEST(SharedStrings, ReadsAsTheVectorItWasMadeFrom) {
  const std::vector<std::string> muscles{"glute_max", "hamstrings", "soleus"};
  const SharedStrings shared = muscles;
  EXPECT_EQ(shared.size(), 3U);
  EXPECT_FALSE(shared.empty());
  EXPECT_EQ(shared.front(), "glute_max");
  EXPECT_EQ(shared[2], "soleus");
  EXPECT_EQ(std::vector<std::string>(shared.begin(), shared.end()), muscles);
  const std::vector<std::string>& as_vector = shared;
  EXPECT_EQ(as_vector, muscles);
  EXPECT_EQ(shared, muscles);
}

TEST(SharedStrings, EmptyWhenMadeEmptyOrFromNothing) {
  for (const SharedStrings& empty : {SharedStrings{}, SharedStrings(std::vector<std::string>{})}) {
    EXPECT_TRUE(empty.empty());
    EXPECT_EQ(empty.size(), 0U);
    EXPECT_EQ(empty.begin(), empty.end());
    EXPECT_TRUE(empty.strings().empty());
    EXPECT_EQ(empty, SharedStrings{});
  }
}

TEST(SharedStrings, ACopySharesTheStringsAndOutlivesTheOriginal) {
  std::optional<SharedStrings> original = SharedStrings{"adductors", "tensor_fasciae_latae_and_more"};
  const SharedStrings copy = *original;
  EXPECT_EQ(&copy.strings(), &original->strings());  // one list, not a copy of each string
  *original = SharedStrings{"quadriceps"};
  EXPECT_EQ(copy, (SharedStrings{"adductors", "tensor_fasciae_latae_and_more"}));
  original.reset();
  EXPECT_EQ(copy[1], "tensor_fasciae_latae_and_more");
}

TEST(SharedStrings, EqualByContentWhetherSharedOrNot) {
  const SharedStrings one{"glute_med", "glute_max"};
  const SharedStrings same_content{"glute_med", "glute_max"};
  EXPECT_EQ(one, same_content);
  EXPECT_NE(one, (SharedStrings{"glute_max", "glute_med"}));  // order counts
  EXPECT_NE(one, (SharedStrings{"glute_med"}));
  EXPECT_NE(one, SharedStrings{});
}

}  // namespace
}  // namespace stride::core
