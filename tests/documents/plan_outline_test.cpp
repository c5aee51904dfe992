// A stored plan's outline read without its days: the same outline as the whole plan's, from any
// key order (its failures on damaged text: DocumentCodecs.DamagedStoredTextIsCorrupt); and the
// parse that leaves the days out.

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <string>
#include <utility>
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

// The fuzzer's seed of a stored plan (fuzz/seeds/stored_plan.json) is one, whole and in outline.
TEST(PlanOutline, TheFuzzSeedIsAStoredPlan) {
  const std::string seed = testing::read_source_file("fuzz/seeds/stored_plan.json");
  const auto whole = decode_plan_document(seed, "seed");
  ASSERT_TRUE(whole) << whole.error().describe();
  EXPECT_EQ(decode_plan_outline_document(seed, "seed"), core::outline_of(*whole));
  EXPECT_EQ(encode_plan_document(*whole), seed);
}

// The tree is nlohmann's tree of the same text with every left-out object or array read as null.
TEST(JsonTreeFilter, ReadsLeftOutObjectsAndArraysAsNull) {
  const auto left_out = [](std::size_t depth, std::string_view key) {
    return key == "days" || (depth == 1 && key == "notes");
  };
  const auto nulled = [&](Json tree) {
    const auto null_out = [&](auto& self, Json& value, std::size_t depth) -> void {
      if (value.is_object()) {
        for (auto& [key, member] : value.items()) {
          if (left_out(depth, key) && (member.is_object() || member.is_array())) {
            member = nullptr;
          } else {
            self(self, member, depth + 1);
          }
        }
      } else if (value.is_array()) {
        // An array counts as a level, as an object does.
        for (auto& element : value) self(self, element, depth + 1);
      }
    };
    null_out(null_out, tree, 1);
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
    EXPECT_EQ(detail::parse_leaving_out(text, left_out), nulled(Json::parse(text)));
  }
  for (const std::string text : {"", "{", R"({"days":[1,2})", R"({"days":"open})", R"({"a":1,})",
                                  "[1] x", "{\"a\":\"\xFF\"}", R"({"days":{"a":[}]})", R"({"x":{"days":[]},"y":[}})"}) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(detail::parse_leaving_out(text, left_out).is_discarded());
    EXPECT_TRUE(Json::parse(text, nullptr, false).is_discarded());
  }
  // Inside a left-out object or array only the brackets and the strings' ends are read.
  const std::pair<std::string, Json> unread[] = {
      {"{\"days\":[\"\xFF\",\"\\q\",01,tru],\"a\":1}", Json{{"days", nullptr}, {"a", 1}}},
      {"{\"b\":{\"days\":{\"k\":\"\x01\"}},\"a\":1}", Json{{"b", {{"days", nullptr}}}, {"a", 1}}},
  };
  for (const auto& [text, tree] : unread) {
    SCOPED_TRACE(text);
    EXPECT_TRUE(Json::parse(text, nullptr, false).is_discarded());
    EXPECT_EQ(detail::parse_leaving_out(text, left_out), tree);
  }
}

}  // namespace
}  // namespace stride::documents
