// SharedString reads as the string it holds, its copies share the characters, a copy keeps them
// after the original changes or goes, and it compares, hashes and joins as the string would.
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "stride/core/shared_string.hpp"

namespace stride::core {
namespace {

TEST(SharedString, ReadsAsTheStringItWasMadeFrom) {
  const std::string id = "single_leg_romanian_deadlift";
  for (const SharedString& shared : {SharedString(id), SharedString(std::string_view(id)), SharedString(id.c_str())}) {
    EXPECT_EQ(shared.str(), id);
    EXPECT_EQ(shared.view(), id);
    EXPECT_EQ(shared.size(), id.size());
    EXPECT_FALSE(shared.empty());
    const std::string& as_string = shared;
    EXPECT_EQ(as_string, id);
    const std::string_view as_view = shared;
    EXPECT_EQ(as_view, id);
    EXPECT_TRUE(shared.starts_with("single_leg"));
    EXPECT_EQ(shared.find("leg"), id.find("leg"));
    EXPECT_EQ(shared.find("squat"), std::string_view::npos);
  }
}

TEST(SharedString, EmptyWhenMadeEmptyOrFromNothing) {
  for (const SharedString& empty : {SharedString{}, SharedString(std::string{}), SharedString("")}) {
    EXPECT_TRUE(empty.empty());
    EXPECT_EQ(empty.size(), 0U);
    EXPECT_EQ(empty.str(), "");
    EXPECT_EQ(empty, SharedString{});
  }
}

TEST(SharedString, ACopySharesTheCharactersAndOutlivesTheOriginal) {
  std::optional<SharedString> original = SharedString("Wakes up the glutes, which tend to be underactive.");
  const SharedString copy = *original;
  EXPECT_EQ(&copy.str(), &original->str());  // one string, not a copy of its characters
  original.reset();
  EXPECT_EQ(copy, "Wakes up the glutes, which tend to be underactive.");
}

TEST(SharedString, AppendingMakesANewStringAndLeavesTheCopies) {
  SharedString why = "Keeps the hips level.";
  const SharedString before = why;
  why += " Superset: do it in the rest between sets of the split squat.";
  EXPECT_EQ(why, "Keeps the hips level. Superset: do it in the rest between sets of the split squat.");
  EXPECT_EQ(before, "Keeps the hips level.");
  EXPECT_NE(&why.str(), &before.str());
  SharedString nothing;
  nothing += "";
  EXPECT_TRUE(nothing.empty());
}

TEST(SharedString, ComparesByContentWithStringsViewsAndLiterals) {
  const SharedString a = "calf_raise";
  const SharedString same = std::string("calf_raise");
  const SharedString b = "glute_bridge";
  EXPECT_EQ(a, same);
  EXPECT_NE(a, b);
  EXPECT_LT(a, b);
  EXPECT_GT(b, std::string_view("calf_raise"));
  EXPECT_EQ(a, std::string("calf_raise"));
  EXPECT_EQ(std::string("calf_raise"), a);
  EXPECT_EQ(a, std::string_view("calf_raise"));
  EXPECT_EQ(a, "calf_raise");
  EXPECT_NE(a, "calf_raises");
  // A list of ids finds it as it would find the string.
  const std::vector<std::string> ids{"glute_bridge", "calf_raise"};
  EXPECT_EQ(std::ranges::find(ids, a), ids.begin() + 1);
  EXPECT_EQ(std::ranges::find(ids, SharedString("side_plank")), ids.end());
}

TEST(SharedString, HashesAsItsView) {
  for (const char* text : {"", "a", "single_leg_romanian_deadlift"}) {
    EXPECT_EQ(std::hash<SharedString>{}(SharedString(text)), std::hash<std::string_view>{}(text)) << text;
  }
}

TEST(SharedString, JoinsAfterAString) {
  const SharedString id = "nordic_curl";
  EXPECT_EQ("the " + id, "the nordic_curl");
  EXPECT_EQ(std::string("main/") + id, "main/nordic_curl");
  EXPECT_EQ("x" + SharedString{}, "x");
}

}  // namespace
}  // namespace stride::core
