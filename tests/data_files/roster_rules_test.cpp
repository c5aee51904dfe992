// data/rules/roster.json: the shipped file equals the in-code defaults, the catalog carries it, and
// every broken variant fails naming the file and the JSON path.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "embedded_data.hpp"
#include "stride/data_files/catalog_loader.hpp"
#include "stride/data_files/data_decoders.hpp"
#include "test_catalog.hpp"

namespace stride::data_files {
namespace {

constexpr std::string_view kRosterFile = "data/rules/roster.json";

std::vector<DataFile>::iterator roster_file(std::vector<DataFile>& files) {
  return std::find_if(files.begin(), files.end(), [](const DataFile& f) { return f.path == kRosterFile; });
}

TEST(RosterRulesData, ShippedFileEqualsTheInCodeDefaults) {
  auto files = app::embedded_data_files();
  const auto file = roster_file(files);
  ASSERT_NE(file, files.end()) << kRosterFile << " is not embedded; add it to STRIDE_DATA_FILES in src/app/CMakeLists.txt";
  const auto decoded = decode_roster_rules(file->text, std::string(kRosterFile));
  ASSERT_TRUE(decoded) << decoded.error().describe();
  EXPECT_EQ(*decoded, service::RosterRules{}) << kRosterFile << " and service::RosterRules{} disagree; change both together";
  EXPECT_EQ(decoded->acceptable_pain_maximum, 5) << "the pain-monitoring model's acceptable level (Silbernagel 2007)";
}

TEST(RosterRulesData, TheCatalogCarriesTheFileRules) {
  EXPECT_EQ(testing::shipped_catalog().roster_rules, service::RosterRules{});
}

// One edit of the shipped file, and the text the loader's error must contain.
struct RosterBreakage {
  const char* name;
  const char* find;
  const char* replace;
  const char* expected;
};

class BrokenRosterRulesTest : public ::testing::TestWithParam<RosterBreakage> {};

TEST_P(BrokenRosterRulesTest, FailsNamingFileAndPath) {
  auto files = app::embedded_data_files();
  const auto file = roster_file(files);
  ASSERT_NE(file, files.end());
  const auto at = file->text.find(GetParam().find);
  ASSERT_NE(at, std::string::npos) << GetParam().find;
  file->text.replace(at, std::string_view(GetParam().find).size(), GetParam().replace);
  const auto catalog = load_catalog(files);
  ASSERT_FALSE(catalog);
  EXPECT_EQ(catalog.error().code, core::ErrorCode::Corrupt);
  EXPECT_EQ(catalog.error().source, kRosterFile);
  EXPECT_NE(catalog.error().describe().find(GetParam().expected), std::string::npos) << catalog.error().describe();
}

INSTANTIATE_TEST_SUITE_P(
    Table, BrokenRosterRulesTest,
    ::testing::Values(
        RosterBreakage{"unknown_key", "\"version\": 1,", "\"version\": 1, \"colour\": \"blue\",",
                       "data/rules/roster.json: $.colour: unknown field"},
        RosterBreakage{"wrong_schema", "\"stride.roster_rules.v1\"", "\"stride.roster_rules.v2\"",
                       "data/rules/roster.json: $.schema: expected \"stride.roster_rules.v1\""},
        RosterBreakage{"quiet_days_zero", "\"value\": 10,", "\"value\": 0,", "data/rules/roster.json: $.quiet_days.value"},
        RosterBreakage{"quiet_days_fraction", "\"value\": 10,", "\"value\": 10.5,",
                       "data/rules/roster.json: $.quiet_days.value"},
        RosterBreakage{"missed_share_above_one", "\"value\": 0.5,", "\"value\": 1.5,",
                       "data/rules/roster.json: $.missed_sessions_below.value"},
        RosterBreakage{"pain_window_too_long", "\"value\": 14,", "\"value\": 400,",
                       "data/rules/roster.json: $.pain_window_days.value"},
        RosterBreakage{"pain_maximum_ten", "\"value\": 5,", "\"value\": 10,",
                       "data/rules/roster.json: $.acceptable_pain_maximum.value"},
        RosterBreakage{"rule_without_source", "\"value\": 5,\n    \"source\"", "\"value\": 5,\n    \"note\"",
                       "data/rules/roster.json: $.acceptable_pain_maximum.note: unknown field"},
        RosterBreakage{"rule_as_a_bare_number", "\"quiet_days\": {", "\"quiet_days\": 10, \"unused\": {",
                       "data/rules/roster.json: $.unused: unknown field"}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

TEST(RosterRulesData, TheFileIsRequired) {
  auto files = app::embedded_data_files();
  std::erase_if(files, [](const DataFile& f) { return f.path == kRosterFile; });
  const auto catalog = load_catalog(files);
  ASSERT_FALSE(catalog);
  EXPECT_EQ(catalog.error().describe(), "data/rules/roster.json: data file is missing");
}

}  // namespace
}  // namespace stride::data_files
