#include <gtest/gtest.h>

#include <algorithm>

#include "embedded_data.hpp"
#include "stride/data_files/catalog_loader.hpp"
#include "test_catalog.hpp"

namespace stride::data_files {
namespace {

using testing::shipped_catalog;

TEST(ShippedData, LoadsAndHasAtLeast180Exercises) {
  const auto& catalog = shipped_catalog();
  EXPECT_GE(catalog.library.all().size(), 180u);
  for (auto pattern : core::enum_values<core::Pattern>()) {
    EXPECT_GE(catalog.library.count(pattern), 3u) << core::enum_name(pattern);
  }
  EXPECT_EQ(catalog.default_table().header().id, "nasm_cpt_6th");
  EXPECT_NE(catalog.table("nasm_cpt_7th"), nullptr) << "the other edition stays loadable";
}

TEST(ShippedData, EveryExerciseHasTheContractFields) {
  for (const auto& exercise : shipped_catalog().library.all()) {
    SCOPED_TRACE(exercise.id);
    EXPECT_FALSE(exercise.primary_muscles.empty());
    EXPECT_GE(exercise.cues.size(), 2u);
    EXPECT_GE(exercise.level, 1);
    EXPECT_LE(exercise.level, 5);
    EXPECT_TRUE(exercise.regression || exercise.progression);
    EXPECT_FALSE(exercise.description.empty());
    if (exercise.impact == core::Impact::High) {
      EXPECT_TRUE(exercise.avoid_with.contains(core::InjuryRegion::AchillesCalf))
          << "high-impact work must be avoided with a current Achilles/calf injury";
    }
  }
}

// Every exercise the seed documents name, by id (aliases cover other spellings).
TEST(ShippedData, IncludesEveryExerciseTheSeedsName) {
  const std::vector<std::string> named{
      "dead_bug", "copenhagen_adductor_plank", "single_leg_glute_bridge_miniband", "rear_foot_elevated_split_squat",
      "jumping_lunge", "step_up_dumbbell", "anti_rotation_split_squat_band", "worlds_greatest_stretch", "air_squat",
      "ankle_circles", "romanian_deadlift_dumbbell", "deadlift_barbell", "rear_foot_elevated_split_squat_dumbbell",
      "standing_calf_raise", "front_plank", "side_plank", "pallof_press_band", "russian_twist", "hollow_hold",
      "dumbbell_row", "push_up", "dumbbell_overhead_press", "kettlebell_swing", "dumbbell_hang_clean",
      "medicine_ball_chest_pass", "half_kneeling_hip_flexor_stretch", "hip_90_90_switch",
      "knee_to_wall_ankle_mobilization", "leg_swing_front_to_back", "samson_stretch", "arm_circles",
      "squat_to_row_band", "bird_dog", "foam_roll_calves", "foam_roll_hamstrings", "foam_roll_quadriceps",
      "foam_roll_glutes", "foam_roll_thoracic_spine", "isometric_calf_hold", "eccentric_heel_drop", "tibialis_raise",
      "short_foot", "hip_airplane", "pogo_hops", "bounding", "snap_down", "drop_landing"};
  for (const auto& id : named) EXPECT_NE(shipped_catalog().library.find(id), nullptr) << id;
  const auto* bulgarian = shipped_catalog().library.find("rear_foot_elevated_split_squat");
  ASSERT_NE(bulgarian, nullptr);
  EXPECT_NE(std::find(bulgarian->aliases.begin(), bulgarian->aliases.end(), "Bulgarian split squat"),
            bulgarian->aliases.end());
}

// The routine must be able to address every muscle the tables name: a stretch for every
// overactive muscle and an activation for every underactive one (rolling is not possible for
// every muscle, e.g. the front of the neck).
TEST(ShippedData, EveryTableMuscleHasAStretchAndAnActivation) {
  const auto& catalog = shipped_catalog();
  auto has = [&](const std::string& muscle, auto accepts) {
    return std::any_of(catalog.library.all().begin(), catalog.library.all().end(), [&](const core::Exercise& e) {
      return accepts(e) && std::any_of(e.primary_muscles.begin(), e.primary_muscles.end(),
                                       [&](const std::string& p) { return catalog.muscles.serves(p, muscle); });
    });
  };
  auto stretch = [](const core::Exercise& e) { return e.pattern == core::Pattern::StaticStretch; };
  auto activation = [](const core::Exercise& e) {
    return (e.pattern == core::Pattern::Activation && e.level <= 3) ||
           ((e.pattern == core::Pattern::Calf || e.pattern == core::Pattern::FootAnkle) && e.level <= 2);
  };
  for (const auto& table : catalog.tables) {
    for (const auto& rule : table.rules()) {
      for (const auto* list : {&rule.same_side.overactive, &rule.opposite_side.overactive}) {
        for (const auto& muscle : *list) EXPECT_TRUE(has(muscle, stretch)) << table.header().id << ": stretch for " << muscle;
      }
      for (const auto* list : {&rule.same_side.underactive, &rule.opposite_side.underactive}) {
        for (const auto& muscle : *list) EXPECT_TRUE(has(muscle, activation)) << table.header().id << ": activation for " << muscle;
      }
      const auto* last = catalog.library.find(rule.integrate.back());
      ASSERT_NE(last, nullptr);
    }
  }
}

// The library's table of served muscles answers as the vocabulary does, for every exercise and
// every muscle of the shipped catalog (the corrective routine reads the table).
TEST(ShippedData, TheServedMusclesTableAgreesWithTheVocabulary) {
  const auto& catalog = shipped_catalog();
  const auto& exercises = catalog.library.all();
  ASSERT_EQ(catalog.library.muscle_ids(), catalog.muscles.ids());
  int served = 0;
  for (std::size_t position = 0; position < exercises.size(); ++position) {
    for (const auto& muscle : catalog.muscles.ids()) {
      const bool expected = std::ranges::any_of(exercises[position].primary_muscles, [&](const std::string& primary) {
        return catalog.muscles.serves(primary, muscle);
      });
      ASSERT_EQ(catalog.library.served_muscles().serves(position, catalog.muscles.rank(muscle)), expected)
          << exercises[position].id << " for " << muscle;
      served += expected ? 1 : 0;
    }
  }
  EXPECT_GT(served, static_cast<int>(exercises.size()));  // more than its own muscle each, on the whole
}

// The shipped world records: the table the log and import checks use (docs/input-checks.md).
TEST(ShippedData, WorldRecordsCoverOneHundredMetresToOneHundredKilometres) {
  const auto& records = shipped_catalog().world_records;
  EXPECT_EQ(records.records().front().distance_m, 100);
  EXPECT_EQ(records.records().back().distance_m, 100'000);
  EXPECT_EQ(records.fastest_time_s(10'000), 1571.0);   // 26:11.00, Cheptegei
  EXPECT_EQ(records.fastest_time_s(42'195), 7235.0);   // 2:00:35, Kiptum
  // Beyond 100 km, Sorokin's 6:05:35 pace: 500 km in no less than 5 × 21935 s.
  EXPECT_DOUBLE_EQ(records.fastest_time_s(500'000), 5 * 21935.0);
  // The examples: a 10K in 20:00 and 500 km in 30 minutes are faster than the records allow.
  EXPECT_LT(20 * 60.0, records.fastest_time_s(10'000));
  EXPECT_LT(30 * 60.0, records.fastest_time_s(500'000));
  // 15 km lies between 10,000 m and the half marathon: ln(3450/1571) / ln(2.10975) = 1.05370,
  // 1571 × 1.5^1.05370 = 1571 × 1.53302 = 2408.4 s (40:08).
  EXPECT_NEAR(records.fastest_time_s(15'000), 2408.4, 0.05);
}

// A broken entry in the shipped files is an error naming the file and the entry.
struct DataBreakage {
  const char* name;
  const char* file;
  const char* find;
  const char* replace;
  const char* expected;
};

class BrokenDataTest : public ::testing::TestWithParam<DataBreakage> {};

TEST_P(BrokenDataTest, FailsNamingFileAndEntry) {
  auto files = app::embedded_data_files();
  auto file = std::find_if(files.begin(), files.end(), [&](const DataFile& f) { return f.path == GetParam().file; });
  ASSERT_NE(file, files.end());
  const auto at = file->text.find(GetParam().find);
  ASSERT_NE(at, std::string::npos) << GetParam().find;
  file->text.replace(at, std::string_view(GetParam().find).size(), GetParam().replace);
  auto catalog = load_catalog(files);
  ASSERT_FALSE(catalog);
  EXPECT_EQ(catalog.error().code, core::ErrorCode::Corrupt);
  EXPECT_NE(catalog.error().describe().find(GetParam().expected), std::string::npos) << catalog.error().describe();
}

INSTANTIATE_TEST_SUITE_P(
    Table, BrokenDataTest,
    ::testing::Values(
        DataBreakage{"unknown_muscle", "data/exercises/activation.json", "\"glute_med\"", "\"glute_medius\"",
                     "data/exercises/activation.json: exercise "},
        DataBreakage{"bad_pattern", "data/exercises/core.json", "\"pattern\": \"core_anti_extension\"",
                     "\"pattern\": \"core_sideways\"", "data/exercises/core.json: $.exercises[0].pattern: unknown value"},
        DataBreakage{"dangling_link", "data/exercises/lower_body.json", "\"progression\": \"goblet_squat_dumbbell\"",
                     "\"progression\": \"goblet_squat_dumbbel\"", "progression 'goblet_squat_dumbbel' does not resolve"},
        DataBreakage{"table_unknown_muscle", "data/assessment/tables/nasm_cpt_7th.json", "\"soleus\"", "\"solius\"",
                     "nasm_cpt_7th: row overhead_squat."},
        DataBreakage{"table_unknown_exercise", "data/assessment/tables/nasm_cpt_6th.json", "\"overhead_squat_reach\"",
                     "\"overhead_squat_stretch\"", "integrate exercise 'overhead_squat_stretch' is not in the library"},
        DataBreakage{"missing_wording", "data/assessment/compensation_wording.json", "\"compensation\": \"head_forward\"",
                     "\"compensation\": \"hip_drop\"", "no wording for overhead_squat.head_forward"},
        DataBreakage{"rules_bad_tempo", "data/rules/corrective_routine.json", "\"4-2-1\"", "\"slow\"",
                     "data/rules/corrective_routine.json: $.activation.tempo: expected a tempo"},
        DataBreakage{"rules_bad_value", "data/rules/corrective_routine.json", "\"smr_hold_s\": 30", "\"smr_hold_s\": -30",
                     "data/rules/corrective_routine.json: $.smr_hold_s: -30 is outside the allowed range"},
        DataBreakage{"rules_unknown_key_muscle", "data/rules/corrective_routine.json", "\"transverse_abdominis\"",
                     "\"deep_core\"", "key muscle 'deep_core' of low_back_arches is not in the muscle vocabulary"},
        DataBreakage{"rules_unknown_key_compensation", "data/rules/corrective_routine.json", "\"hip_drop\": [",
                     "\"hips_drop\": [", "$.key_muscles.activate.hips_drop: \"hips_drop\" is not a compensation"},
        DataBreakage{"contrast_partner_landing_drill", "data/rules/plan.json", "\"squat\": [\"box_jump\"",
                     "\"squat\": [\"snap_down\"",
                     "data/rules/plan.json: $.exercise_preferences.contrast_partners.squat[0]: exercise 'snap_down' is "
                     "no explosive move of the squat pattern"},
        DataBreakage{"contrast_partner_a_lift", "data/rules/plan.json", "\"hinge\": [\"kettlebell_swing\"",
                     "\"hinge\": [\"goblet_squat_dumbbell\"", "exercise 'goblet_squat_dumbbell' is no explosive move"},
        DataBreakage{"contrast_partner_unknown_pattern", "data/rules/plan.json", "\"step_up\": [", "\"stepup\": [",
                     "data/rules/plan.json: $.exercise_preferences.contrast_partners.stepup: unknown movement pattern"},
        DataBreakage{"records_faster_marathon", "data/rules/world_records.json", "\"time_s\": 7235", "\"time_s\": 3000",
                     "data/rules/world_records.json: $.records[12]: marathon is run as fast as or faster than the "
                     "shorter half marathon on average"},
        DataBreakage{"records_negative_time", "data/rules/world_records.json", "\"time_s\": 9.58", "\"time_s\": -9.58",
                     "data/rules/world_records.json: $.records[0].time_s: -9.58 is outside the allowed range"},
        DataBreakage{"records_unknown_key", "data/rules/world_records.json",
                     "\"holder\": \"Usain Bolt (JAM), Berlin, 2009-08-16\"", "\"athlete\": \"Usain Bolt\"",
                     "data/rules/world_records.json: $.records[0].athlete: unknown field"},
        DataBreakage{"garmin_unknown_exercise", "data/garmin/exercises.json", "\"exercise\": \"air_squat\"",
                     "\"exercise\": \"air_squats\"",
                     "data/garmin/exercises.json: $.exercises[0].exercise: exercise 'air_squats' is not in the library"},
        DataBreakage{"garmin_wrong_category_name", "data/garmin/exercises.json", "\"category\": 28, \"category_name\": \"squat\"",
                     "\"category\": 27, \"category_name\": \"squat\"",
                     "data/garmin/exercises.json: $.exercises[0].category_name: category 27 is \"sit_up\" in the FIT profile, not \"squat\""},
        DataBreakage{"garmin_category_out_of_range", "data/garmin/exercises.json", "\"category\": 28,", "\"category\": 65534,",
                     "data/garmin/exercises.json: $.exercises[0].category: 65534 is outside the allowed range"},
        DataBreakage{"garmin_mapped_twice", "data/garmin/exercises.json", "\"exercise\": \"goblet_squat_dumbbell\"",
                     "\"exercise\": \"air_squat\"", "exercise 'air_squat' is mapped twice"}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

}  // namespace
}  // namespace stride::data_files
