// data/rules/plan.json: the shipped file equals the in-code defaults, and every broken variant fails
// naming the file, the JSON path and the problem.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "embedded_data.hpp"
#include "stride/data_files/catalog_loader.hpp"
#include "stride/data_files/data_decoders.hpp"
#include "test_catalog.hpp"

namespace stride::data_files {
namespace {

constexpr std::string_view kPlanFile = "data/rules/plan.json";

std::string shipped_plan_text() {
  const auto files = app::embedded_data_files();
  auto file = std::find_if(files.begin(), files.end(), [](const DataFile& f) { return f.path == kPlanFile; });
  if (file == files.end()) {
    ADD_FAILURE() << kPlanFile << " is not embedded; add it to STRIDE_DATA_FILES in src/app/CMakeLists.txt";
    return {};
  }
  return file->text;
}

// Data and code can never drift: planning::PlanRules{} documents the same numbers the file holds.
TEST(PlanRulesData, ShippedFileEqualsTheInCodeDefaults) {
  auto decoded = decode_plan_rules(shipped_plan_text(), std::string(kPlanFile));
  ASSERT_TRUE(decoded) << decoded.error().describe();
  const auto& rules = decoded->rules;
  const planning::PlanRules defaults;
  // Group by group first, so that a failure says where the two disagree.
  EXPECT_TRUE(rules.stabilization == defaults.stabilization) << "doses.stabilization";
  EXPECT_TRUE(rules.foundation == defaults.foundation) << "doses.foundation";
  EXPECT_TRUE(rules.strength == defaults.strength) << "doses.strength";
  EXPECT_TRUE(rules.strength_endurance == defaults.strength_endurance) << "doses.strength_endurance";
  EXPECT_TRUE(rules.power == defaults.power) << "doses.power";
  EXPECT_TRUE(rules.maintenance == defaults.maintenance) << "doses.maintenance";
  EXPECT_TRUE(rules.maintenance_foundation == defaults.maintenance_foundation) << "doses.maintenance_foundation";
  EXPECT_TRUE(rules.beginner_contacts == defaults.beginner_contacts) << "plyometrics.contacts.beginner";
  EXPECT_TRUE(rules.intermediate_contacts == defaults.intermediate_contacts) << "plyometrics.contacts.intermediate";
  EXPECT_TRUE(rules.advanced_contacts == defaults.advanced_contacts) << "plyometrics.contacts.advanced";
  EXPECT_EQ(rules.warm_up_mobility, defaults.warm_up_mobility);
  EXPECT_EQ(rules.default_activation, defaults.default_activation);
  EXPECT_EQ(rules.default_inhibit, defaults.default_inhibit);
  EXPECT_EQ(rules.default_lengthen, defaults.default_lengthen);
  EXPECT_EQ(rules.breathing, defaults.breathing);
  EXPECT_EQ(rules.injury_loading, defaults.injury_loading);
  EXPECT_TRUE(rules == defaults) << kPlanFile << " and planning::PlanRules{} disagree; change both together";
}

TEST(PlanRulesData, TheCatalogCarriesTheFileRules) {
  EXPECT_TRUE(testing::shipped_catalog().plan_rules == planning::PlanRules{});
}

TEST(PlanRulesData, RemembersEveryExerciseIdWithItsPath) {
  auto decoded = decode_plan_rules(shipped_plan_text(), std::string(kPlanFile));
  ASSERT_TRUE(decoded) << decoded.error().describe();
  const auto& references = decoded->exercises;
  ASSERT_FALSE(references.empty());
  EXPECT_EQ(references.front(), (ExerciseReference{"$.exercise_preferences.warm_up_mobility[0]", "leg_swing_front_to_back"}));
  EXPECT_NE(std::find(references.begin(), references.end(),
                      ExerciseReference{"$.injury_loading.achilles_calf[1]", "eccentric_heel_drop"}),
            references.end());
  for (const auto& reference : references) {
    EXPECT_NE(testing::shipped_catalog().library.find(reference.id), nullptr) << reference.path << ": " << reference.id;
  }
}

// One edit of the shipped file, and the text the loader's error must contain.
struct PlanBreakage {
  const char* name;
  const char* find;
  const char* replace;
  const char* expected;
};

class BrokenPlanRulesTest : public ::testing::TestWithParam<PlanBreakage> {};

TEST_P(BrokenPlanRulesTest, FailsNamingFilePathAndProblem) {
  auto files = app::embedded_data_files();
  auto file = std::find_if(files.begin(), files.end(), [](const DataFile& f) { return f.path == kPlanFile; });
  ASSERT_NE(file, files.end());
  const auto at = file->text.find(GetParam().find);
  ASSERT_NE(at, std::string::npos) << GetParam().find;
  file->text.replace(at, std::string_view(GetParam().find).size(), GetParam().replace);
  auto catalog = load_catalog(files);
  ASSERT_FALSE(catalog);
  EXPECT_EQ(catalog.error().code, core::ErrorCode::Corrupt);
  EXPECT_EQ(catalog.error().source, kPlanFile);
  EXPECT_NE(catalog.error().describe().find(GetParam().expected), std::string::npos) << catalog.error().describe();
}

INSTANTIATE_TEST_SUITE_P(
    Table, BrokenPlanRulesTest,
    ::testing::Values(
        PlanBreakage{"unknown_key", "\"version\": 1,", "\"version\": 1, \"colour\": \"blue\",",
                     "data/rules/plan.json: $.colour: unknown field; expected one of schema, version"},
        PlanBreakage{"unknown_nested_key", "\"tempo\": \"4-2-1\",", "\"tempo\": \"4-2-1\", \"rest\": 45,",
                     "data/rules/plan.json: $.doses.stabilization.rest: unknown field; expected one of steps, tempo, "
                     "rest_s"},
        PlanBreakage{"empty_steps", "\"steps\": [{\"sets\": 2, \"reps\": 10, \"rpe\": 7}]", "\"steps\": []",
                     "data/rules/plan.json: $.doses.maintenance_foundation.steps: needs at least one step"},
        PlanBreakage{"volume_jump_of_50_percent", "{\"sets\": 2, \"reps\": 15, \"rpe\": null}",
                     "{\"sets\": 3, \"reps\": 12, \"rpe\": null}",
                     "data/rules/plan.json: $.doses.stabilization.steps[1]: 3 × 12 = 36 is 50 % more sets × reps "
                     "than the step before (2 × 12 = 24); a step may grow by at most 30 %"},
        PlanBreakage{"rpe_11", "\"rpe\": 7.5}", "\"rpe\": 11}",
                     "data/rules/plan.json: $.doses.foundation.steps[4].rpe: 11 is outside the allowed range 1 to 10"},
        PlanBreakage{"rpe_missing", "{\"sets\": 2, \"reps\": 12, \"rpe\": null}", "{\"sets\": 2, \"reps\": 12}",
                     "data/rules/plan.json: $.doses.stabilization.steps[0].rpe: required field is missing"},
        PlanBreakage{"sets_0", "{\"sets\": 3, \"reps\": 8, \"rpe\": 7}", "{\"sets\": 0, \"reps\": 8, \"rpe\": 7}",
                     "data/rules/plan.json: $.doses.foundation.steps[3].sets: 0 is outside the allowed range 1 to 10"},
        PlanBreakage{"bad_tempo", "\"tempo\": \"3-1-1\"", "\"tempo\": \"3-1-slow\"",
                     "data/rules/plan.json: $.doses.foundation.tempo: \"3-1-slow\" is not a tempo"},
        PlanBreakage{"bad_breathing_tempo", "\"tempo\": \"4-2-6\"", "\"tempo\": \"4--6\"",
                     "data/rules/plan.json: $.session.breathing.tempo: \"4--6\" is not a tempo"},
        PlanBreakage{"rest_too_long", "\"rest_s\": 240", "\"rest_s\": 601",
                     "data/rules/plan.json: $.doses.power.rest_s: 601 is outside the allowed range 0 to 600"},
        PlanBreakage{"minimum_above_maximum_contacts", "\"beginner\": {\"minimum\": 60, \"maximum\": 100}",
                     "\"beginner\": {\"minimum\": 120, \"maximum\": 100}",
                     "data/rules/plan.json: $.plyometrics.contacts.beginner: minimum 120 is more than maximum 100"},
        PlanBreakage{"zero_fraction", "\"deload_set_fraction\": 0.5", "\"deload_set_fraction\": 0",
                     "data/rules/plan.json: $.season.deload_set_fraction: 0 is outside the allowed range: more than "
                     "0, at most 1"},
        PlanBreakage{"fraction_above_one", "\"weekly_growth\": 0.2", "\"weekly_growth\": 1.2",
                     "data/rules/plan.json: $.plyometrics.weekly_growth: 1.2 is outside the allowed range: more than "
                     "0, at most 1"},
        PlanBreakage{"zero_weeks", "\"taper_weeks\": 2", "\"taper_weeks\": 0",
                     "data/rules/plan.json: $.season.taper_weeks: 0 is outside the allowed range 1 to 52"},
        PlanBreakage{"zero_plan_weeks", "\"plan_weeks_maximum\": 104", "\"plan_weeks_maximum\": 0",
                     "data/rules/plan.json: $.season.plan_weeks_maximum: 0 is outside the allowed range 1 to 520"},
        PlanBreakage{"power_weeks_inverted", "\"power_weeks_minimum\": 2", "\"power_weeks_minimum\": 5",
                     "data/rules/plan.json: $.season.power_weeks_minimum: 5 is more than power_weeks_maximum 4"},
        PlanBreakage{"recovery_light_days_over_days", "{\"up_to_km\": 10, \"days\": 3, \"light_only_days\": 3}",
                     "{\"up_to_km\": 10, \"days\": 3, \"light_only_days\": 4}",
                     "data/rules/plan.json: $.week.race_recovery[0].light_only_days: 4 is more than the row's days 3"},
        PlanBreakage{"recovery_rows_out_of_order", "{\"up_to_km\": 21.1,", "{\"up_to_km\": 9,",
                     "data/rules/plan.json: $.week.race_recovery[1].up_to_km: rows must be in increasing distance"},
        PlanBreakage{"event_distance_missing_an_event", "\"marathon\": 42.2, ", "",
                     "data/rules/plan.json: $.week.event_distance_km: needs the distance of marathon"},
        PlanBreakage{"event_distance_for_general", "\"ultra\": 50}", "\"ultra\": 50, \"general\": 5}",
                     "data/rules/plan.json: $.week.event_distance_km.general: \"general\" is not a race event; "
                     "expected 5k, 10k, half_marathon, marathon or ultra"},
        PlanBreakage{"missing_field", "\"recovery_days\": 7,", "",
                     "data/rules/plan.json: $.week.recovery_days: required field is missing"},
        PlanBreakage{"unknown_exercise_in_injury_loading", "\"eccentric_heel_drop\"", "\"eccentric_heel_drops\"",
                     "data/rules/plan.json: $.injury_loading.achilles_calf[1]: exercise 'eccentric_heel_drops' is "
                     "not in the library"},
        PlanBreakage{"unknown_exercise_in_preferences", "\"crocodile_breathing\"", "\"crocodile_breath\"",
                     "data/rules/plan.json: $.exercise_preferences.breathing[0]: exercise 'crocodile_breath' is not "
                     "in the library"},
        PlanBreakage{"unknown_injury_region", "\"achilles_calf\": [", "\"achilles\": [",
                     "data/rules/plan.json: $.injury_loading.achilles: unknown injury region \"achilles\"; expected "
                     "one of foot | ankle"},
        PlanBreakage{"empty_preference_list", "\"breathing\": [\"crocodile_breathing\", \"supine_90_90_breathing\"]",
                     "\"breathing\": []",
                     "data/rules/plan.json: $.exercise_preferences.breathing: needs at least one exercise id"},
        PlanBreakage{"wrong_schema", "\"stride.plan_rules.v1\"", "\"stride.plan_rules.v2\"",
                     "data/rules/plan.json: $.schema: expected \"stride.plan_rules.v1\", found \"stride.plan_rules.v2\""}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

TEST(PlanRulesData, TheFileIsRequired) {
  auto files = app::embedded_data_files();
  std::erase_if(files, [](const DataFile& f) { return f.path == kPlanFile; });
  auto catalog = load_catalog(files);
  ASSERT_FALSE(catalog);
  EXPECT_EQ(catalog.error().describe(), "data/rules/plan.json: data file is missing");
}

}  // namespace
}  // namespace stride::data_files
