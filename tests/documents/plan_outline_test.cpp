// A stored plan's outline read without its days: the same outline as the whole plan's, from any
// key order, and the same failures for what it reads; and the tree filter it is read with.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "json_tree_filter.hpp"
#include "report/sample_plan.hpp"
#include "store_test_support.hpp"
#include "stride/documents/document_codecs.hpp"

namespace stride::documents {
namespace {

using core::ErrorCode;
using Json = nlohmann::json;

std::vector<core::Plan> plans() {
  core::Plan with_season = testing::sample_plan();
  with_season.season_start = testing::day_of(2026, 10, 5);
  core::Plan without_race = testing::sample_plan();
  without_race.race.reset();
  without_race.after_race.reset();
  return {testing::sample_plan(), with_season, without_race, testing::example_plan(testing::day_of(2026, 11, 23)),
          testing::small_plan("p", testing::day_of(2026, 1, 1), 2)};
}

TEST(PlanOutline, IsTheOutlineOfTheWholePlanInAnyKeyOrder) {
  for (const auto& plan : plans()) {
    const std::string stored = encode_plan_document(plan);
    const auto outline = decode_plan_outline_document(stored, "stored");
    ASSERT_TRUE(outline) << outline.error().describe();
    EXPECT_EQ(*outline, core::outline_of(plan));
    // nlohmann::json writes the members in the order of their keys: days before race and start.
    const std::string sorted = Json::parse(stored).dump();
    ASSERT_NE(sorted, stored);
    EXPECT_EQ(decode_plan_outline_document(sorted, "stored"), core::outline_of(plan));
  }
  EXPECT_TRUE(core::outline_of(testing::sample_plan()).recovery_end.has_value());
}

// What the outline reads fails as the whole plan fails (the same error); damage in the days,
// which it does not read, fails only the whole plan.
TEST(PlanOutline, FailsAsTheWholePlanForWhatItReads) {
  const std::string good = encode_plan_document(testing::small_plan("p", testing::day_of(2026, 1, 1), 2));
  const auto replaced = [&](std::string_view from, std::string_view to) {
    auto text = good;
    text.replace(text.find(from), from.size(), to);
    return text;
  };
  const std::vector<std::string> damaged{
      "",
      "{",
      "null",
      "[]",
      R"({"schema": "stride.plan.v1"})",
      R"({"schema": "stride.stored_plan.v1", "athlete": "Ana"})",
      good.substr(0, good.size() / 2),
      good + "x",
      std::string(100000, '[') + std::string(100000, ']'),
      replaced("\"stabilization\"", "\"sideways\"     "),
      replaced("\"start\":\"2026-01-01\"", "\"start\":\"2026-02-30\""),
      replaced("\"end\":", "\"ends\":"),
      replaced("\"weeks\":[{", "\"weeks\":[3,{"),
      replaced("\"deload\":false", "\"deload\":0"),
  };
  for (const auto& text : damaged) {
    SCOPED_TRACE(text.substr(0, 80));
    const auto whole = decode_plan_document(text, "plans row 1");
    const auto outline = decode_plan_outline_document(text, "plans row 1");
    ASSERT_FALSE(whole);
    ASSERT_FALSE(outline);
    EXPECT_EQ(outline.error().code, ErrorCode::Corrupt);
    EXPECT_EQ(outline.error().message, whole.error().message);
    EXPECT_EQ(outline.error().source, whole.error().source);
  }
  for (const auto& text : {replaced("\"rounds\":1", "\"rounds\":\"1\""), replaced("\"sets\":1", "\"sets\":1e99"),
                           replaced("\"notes\":", "\"notes\":7,\"was\":")}) {
    SCOPED_TRACE(text.substr(0, 80));
    EXPECT_FALSE(decode_plan_document(text, "plans row 1"));
    const auto outline = decode_plan_outline_document(text, "plans row 1");
    ASSERT_TRUE(outline) << outline.error().describe();
    EXPECT_EQ(*outline, *decode_plan_outline_document(good, "plans row 1"));
  }
}

// The fuzzer's seed of a stored plan (fuzz/seeds/stored_plan.json) is one, whole and in outline.
TEST(PlanOutline, TheFuzzSeedIsAStoredPlan) {
  const std::string seed = testing::read_source_file("fuzz/seeds/stored_plan.json");
  const auto whole = decode_plan_document(seed, "seed");
  ASSERT_TRUE(whole) << whole.error().describe();
  EXPECT_EQ(decode_plan_outline_document(seed, "seed"), core::outline_of(*whole));
  EXPECT_EQ(encode_plan_document(*whole), seed);
}

// The tree without the left-out members is nlohmann's tree of the same text with them erased.
TEST(JsonTreeFilter, KeepsEverythingButTheLeftOutMembers) {
  const auto left_out = [](std::size_t depth, std::string_view key) {
    return key == "days" || (depth == 1 && key == "notes");
  };
  const auto erased = [](Json tree) {
    const auto erase = [](auto& self, Json& value, std::size_t depth) -> void {
      if (value.is_object()) {
        value.erase("days");
        if (depth == 1) value.erase("notes");
        for (auto& [key, member] : value.items()) self(self, member, depth + 1);
      } else if (value.is_array()) {
        // An array counts as a level, as an object does.
        for (auto& element : value) self(self, element, depth + 1);
      }
    };
    erase(erase, tree, 1);
    return tree;
  };
  const std::vector<std::string> texts{
      R"({"a":1,"days":[{"x":[1,2,{"days":3}]}],"notes":["n"],"b":{"notes":[1],"days":{"c":2},"d":[true,null,-1.5e3]}})",
      R"({"days":1,"days":{"x":2},"a":"é \u00e9 \ud83d\ude00"})",
      R"({"a":{"b":1},"a":[1,{"days":2,"e":3}]})",
      R"([{"days":1,"notes":2},[{"notes":3}]])",
      R"("text")",
      "12345678901234567890",
      R"({"":{"":[[[[]]]]},"z":{}})",
  };
  for (const auto& text : texts) {
    SCOPED_TRACE(text);
    EXPECT_EQ(detail::parse_leaving_out(text, left_out), erased(Json::parse(text)));
  }
  for (const std::string text : {"", "{", R"({"days":[1,2})", R"({"days":"open})", R"({"a":1,})",
                                  "[1] x", "{\"a\":\"\xFF\"}", R"({"days":{"a":[}]})", R"({"x":{"days":[]},"y":[}})"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(detail::parse_leaving_out(text, left_out).is_discarded());
    EXPECT_TRUE(Json::parse(text, nullptr, false).is_discarded());
  }
  // Inside a left-out object or array only the brackets and the strings' ends are read.
  for (const std::string text : {"{\"days\":[\"\xFF\",\"\\q\",01,tru],\"a\":1}", "{\"b\":{\"days\":{\"k\":\"\x01\"}},\"a\":1}"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Json::parse(text, nullptr, false).is_discarded());
    const auto tree = detail::parse_leaving_out(text, left_out);
    EXPECT_EQ(tree["a"], 1);
    EXPECT_FALSE(tree.contains("days"));
  }
}

}  // namespace
}  // namespace stride::documents
