#include <fmt/format.h>
#include <gtest/gtest.h>

#include "stride/documents/input_decoders.hpp"

namespace stride::documents {
namespace {

constexpr const char* kValidAthlete = R"({
  "name": "Ana", "sex": "female", "birth_year": 1991, "body_mass_kg": 58,
  "running": {"experience_years": 4, "weekly_distance_km": 45, "longest_run_km": 18, "surface": "road"},
  "strength_experience": "beginner",
  "goal": {"event": "half_marathon", "race_date": "2027-03-14", "target_time": "1:45:00"},
  "injuries": [{"region": "knee", "side": "left", "status": "past", "date": "2025-06"}],
  "equipment": ["dumbbells", "miniband", "foam_roller", "box"],
  "availability": {"strength_sessions_per_week": 2, "session_minutes": 30, "days": ["mon", "wed", "thu", "sun"]}
})";

TEST(DecodeAthlete, ReadsEveryContractField) {
  auto athlete = decode_athlete(kValidAthlete, "athlete.json");
  ASSERT_TRUE(athlete) << athlete.error().describe();
  EXPECT_EQ(athlete->name, "Ana");
  EXPECT_EQ(athlete->sex, core::Sex::Female);
  EXPECT_EQ(athlete->birth_year, 1991);
  EXPECT_DOUBLE_EQ(athlete->running.weekly_distance.value(), 45);
  EXPECT_EQ(athlete->strength_experience, core::StrengthExperience::Beginner);
  EXPECT_EQ(athlete->goal.event, core::Event::HalfMarathon);
  EXPECT_EQ(core::format_iso_date(*athlete->goal.race_date), "2027-03-14");
  ASSERT_EQ(athlete->injuries.size(), 1u);
  EXPECT_EQ(athlete->injuries[0].region, core::InjuryRegion::Knee);
  EXPECT_EQ(athlete->equipment.size(), 4u);
  EXPECT_EQ(athlete->availability.session_minutes, core::Minutes(30));
  EXPECT_EQ(athlete->availability.days.size(), 4u);
  EXPECT_TRUE(athlete->active_injury_regions().empty());
}

TEST(DecodeAthlete, AppliesContractDefaults) {
  auto athlete = decode_athlete(
      R"({"name": "Min", "running": {"experience_years": 1, "weekly_distance_km": 10}, "strength_experience": "none"})",
      "min.json");
  ASSERT_TRUE(athlete) << athlete.error().describe();
  EXPECT_EQ(athlete->running.surface, core::Surface::Road);
  EXPECT_EQ(athlete->goal.event, core::Event::General);
  EXPECT_EQ(athlete->availability.strength_sessions_per_week, 2);
  EXPECT_EQ(athlete->availability.session_minutes, core::Minutes(30));
  EXPECT_TRUE(athlete->availability.days.empty());
  EXPECT_TRUE(athlete->equipment.empty());
}

TEST(DecodeAthlete, ReadsPostpartum) {
  auto athlete = decode_athlete(
      R"({"name": "Mo", "running": {"experience_years": 5, "weekly_distance_km": 20}, "strength_experience": "beginner",
          "postpartum": {"weeks_since_birth": 10, "pelvic_floor_symptoms": true, "cleared_for_impact": false}})",
      "mo.json");
  ASSERT_TRUE(athlete) << athlete.error().describe();
  ASSERT_TRUE(athlete->postpartum.has_value());
  EXPECT_EQ(athlete->postpartum->weeks_since_birth, 10);
  EXPECT_TRUE(athlete->postpartum->pelvic_floor_symptoms);
  EXPECT_FALSE(athlete->postpartum->cleared_for_impact);
}

// Left out, the two answers are false: not cleared for impact until the runner says so.
TEST(DecodeAthlete, PostpartumAnswersDefaultToNotCleared) {
  auto athlete = decode_athlete(
      R"({"name": "Mo", "running": {"experience_years": 5, "weekly_distance_km": 20}, "strength_experience": "beginner",
          "postpartum": {"weeks_since_birth": 0}})",
      "mo.json");
  ASSERT_TRUE(athlete) << athlete.error().describe();
  ASSERT_TRUE(athlete->postpartum.has_value());
  EXPECT_EQ(athlete->postpartum->weeks_since_birth, 0);
  EXPECT_FALSE(athlete->postpartum->pelvic_floor_symptoms);
  EXPECT_FALSE(athlete->postpartum->cleared_for_impact);
}

TEST(DecodeAthlete, WithoutPostpartumHasNone) {
  auto athlete = decode_athlete(kValidAthlete, "athlete.json");
  ASSERT_TRUE(athlete) << athlete.error().describe();
  EXPECT_FALSE(athlete->postpartum.has_value());
}

struct BadInput {
  const char* name;
  const char* text;
  const char* expected;  // the whole error description: file: path: problem
};

class BadAthleteTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadAthleteTest, NamesFilePathAndProblem) {
  auto athlete = decode_athlete(GetParam().text, "athlete.json");
  ASSERT_FALSE(athlete);
  EXPECT_EQ(athlete.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(athlete.error().describe(), GetParam().expected);
}

#define RUNNER R"("running": {"experience_years": 3, "weekly_distance_km": 30}, "strength_experience": "beginner")"

INSTANTIATE_TEST_SUITE_P(
    Table, BadAthleteTest,
    ::testing::Values(
        BadInput{"empty", "", "athlete.json: $: malformed JSON at line 1, column 1: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal"},
        BadInput{"not_object", "[1]", "athlete.json: $: expected an object, found an array"},
        BadInput{"missing_name", "{" RUNNER "}", "athlete.json: $.name: required field is missing"},
        BadInput{"blank_name", R"({"name": "  ", )" RUNNER "}", "athlete.json: $.name: must not be empty"},
        BadInput{"name_number", R"({"name": 7, )" RUNNER "}", "athlete.json: $.name: expected a string, found a number"},
        BadInput{"negative_distance", R"({"name": "A", "running": {"experience_years": 3, "weekly_distance_km": -1}, "strength_experience": "none"})",
                 "athlete.json: $.running.weekly_distance_km: -1 is outside the allowed range 0 to 400"},
        BadInput{"distance_string", R"({"name": "A", "running": {"experience_years": 3, "weekly_distance_km": "30"}, "strength_experience": "none"})",
                 "athlete.json: $.running.weekly_distance_km: expected a number, found the string \"30\""},
        BadInput{"unknown_surface", R"({"name": "A", "running": {"experience_years": 3, "weekly_distance_km": 30, "surface": "sand"}, "strength_experience": "none"})",
                 "athlete.json: $.running.surface: unknown value \"sand\"; expected one of road | trail | track | mixed"},
        BadInput{"unknown_experience", R"({"name": "A", "running": {"experience_years": 3, "weekly_distance_km": 30}, "strength_experience": "pro"})",
                 "athlete.json: $.strength_experience: unknown value \"pro\"; expected one of none | beginner | intermediate | advanced"},
        BadInput{"race_without_date", R"({"name": "A", )" RUNNER R"(, "goal": {"event": "marathon"}})",
                 "athlete.json: $.goal.race_date: required for the event \"marathon\""},
        BadInput{"impossible_date", R"({"name": "A", )" RUNNER R"(, "goal": {"event": "10k", "race_date": "2027-02-29"}})",
                 "athlete.json: $.goal.race_date: \"2027-02-29\" is not a date of the form YYYY-MM-DD"},
        BadInput{"bad_target_time", R"({"name": "A", )" RUNNER R"(, "goal": {"event": "10k", "race_date": "2027-02-28", "target_time": "fast"}})",
                 "athlete.json: $.goal.target_time: \"fast\" is not a time of the form H:MM:SS or MM:SS"},
        BadInput{"injury_without_status", R"({"name": "A", )" RUNNER R"(, "injuries": [{"region": "knee"}]})",
                 "athlete.json: $.injuries[0].status: required field is missing"},
        BadInput{"injury_side_none", R"({"name": "A", )" RUNNER R"(, "injuries": [{"region": "knee", "side": "none", "status": "past"}]})",
                 "athlete.json: $.injuries[0].side: an injury is on left, right or both sides"},
        BadInput{"unknown_equipment", R"({"name": "A", )" RUNNER R"(, "equipment": ["box", "rower"]})",
                 "athlete.json: $.equipment[1]: unknown value \"rower\"; expected one of dumbbells | kettlebell | barbell | squat_rack | bench | box | step | resistance_band | miniband | foam_roller | massage_ball | cable | medicine_ball | pull_up_bar | suspension_trainer | slider"},
        BadInput{"sessions_out_of_range", R"({"name": "A", )" RUNNER R"(, "availability": {"strength_sessions_per_week": 5}})",
                 "athlete.json: $.availability.strength_sessions_per_week: 5 is outside the allowed range 1 to 4"},
        BadInput{"minutes_fractional", R"({"name": "A", )" RUNNER R"(, "availability": {"session_minutes": 20.5}})",
                 "athlete.json: $.availability.session_minutes: expected a whole number, found 20.5"},
        BadInput{"no_days", R"({"name": "A", )" RUNNER R"(, "availability": {"days": []}})",
                 "athlete.json: $.availability.days: list at least one day, or leave the field out for any day"},
        BadInput{"bad_day", R"({"name": "A", )" RUNNER R"(, "availability": {"days": ["monday"]}})",
                 "athlete.json: $.availability.days[0]: unknown value \"monday\"; expected one of mon | tue | wed | thu | fri | sat | sun"},
        BadInput{"postpartum_not_object", R"({"name": "A", )" RUNNER R"(, "postpartum": 10})",
                 "athlete.json: $.postpartum: expected an object, found a number"},
        BadInput{"postpartum_without_weeks", R"({"name": "A", )" RUNNER R"(, "postpartum": {"cleared_for_impact": true}})",
                 "athlete.json: $.postpartum.weeks_since_birth: required field is missing"},
        BadInput{"postpartum_weeks_negative", R"({"name": "A", )" RUNNER R"(, "postpartum": {"weeks_since_birth": -1}})",
                 "athlete.json: $.postpartum.weeks_since_birth: -1 is outside the allowed range 0 to 520"},
        BadInput{"postpartum_weeks_too_many", R"({"name": "A", )" RUNNER R"(, "postpartum": {"weeks_since_birth": 521}})",
                 "athlete.json: $.postpartum.weeks_since_birth: 521 is outside the allowed range 0 to 520"},
        BadInput{"postpartum_weeks_fractional", R"({"name": "A", )" RUNNER R"(, "postpartum": {"weeks_since_birth": 6.5}})",
                 "athlete.json: $.postpartum.weeks_since_birth: expected a whole number, found 6.5"},
        BadInput{"postpartum_weeks_string", R"({"name": "A", )" RUNNER R"(, "postpartum": {"weeks_since_birth": "10"}})",
                 "athlete.json: $.postpartum.weeks_since_birth: expected a whole number, found the string \"10\""},
        BadInput{"postpartum_symptoms_string", R"({"name": "A", )" RUNNER R"(, "postpartum": {"weeks_since_birth": 10, "pelvic_floor_symptoms": "no"}})",
                 "athlete.json: $.postpartum.pelvic_floor_symptoms: expected true or false, found the string \"no\""},
        BadInput{"postpartum_cleared_number", R"({"name": "A", )" RUNNER R"(, "postpartum": {"weeks_since_birth": 10, "cleared_for_impact": 1}})",
                 "athlete.json: $.postpartum.cleared_for_impact: expected true or false, found a number"},
        BadInput{"postpartum_unknown_key", R"({"name": "A", )" RUNNER R"(, "postpartum": {"weeks_since_birth": 10, "months_since_birth": 2}})",
                 "athlete.json: $.postpartum.months_since_birth: unknown field; expected one of weeks_since_birth, pelvic_floor_symptoms, cleared_for_impact"},
        BadInput{"misspelled_field", R"({"name": "A", "runing": {}, "strength_experience": "none"})",
                 "athlete.json: $.runing: unknown field; expected one of name, sex, birth_year, body_mass_kg, running, strength_experience, goal, injuries, equipment, availability, heart_rate, postpartum"},
        BadInput{"deep_nesting", "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
                 "athlete.json: $: nested more than 64 levels deep"},
        // Names with control or bidirectional-formatting characters (docs/input-checks.md), written as
        // JSON escapes.
        BadInput{"name_right_to_left_override", R"({"name": "Ana\u202Egpj.exe", )" RUNNER "}",
                 "athlete.json: $.name: holds U+202E (right-to-left override) at character 4; a name may not hold "
                 "control characters or characters that change the direction of the text around it"},
        BadInput{"name_left_to_right_isolate", R"({"name": "\u2066Ana", )" RUNNER "}",
                 "athlete.json: $.name: holds U+2066 (left-to-right isolate) at character 1; a name may not hold "
                 "control characters or characters that change the direction of the text around it"},
        BadInput{"name_right_to_left_mark", R"({"name": "Ana\u200F", )" RUNNER "}",
                 "athlete.json: $.name: holds U+200F (right-to-left mark) at character 4; a name may not hold "
                 "control characters or characters that change the direction of the text around it"},
        BadInput{"name_line_feed_inside", R"({"name": "Ana\nBob", )" RUNNER "}",
                 "athlete.json: $.name: holds U+000A (line feed) at character 4; a name may not hold "
                 "control characters or characters that change the direction of the text around it"},
        BadInput{"name_escape_sequence", R"({"name": "Ana\u001b[31m", )" RUNNER "}",
                 "athlete.json: $.name: holds U+001B (escape) at character 4; a name may not hold "
                 "control characters or characters that change the direction of the text around it"},
        BadInput{"name_c1_control", R"({"name": "Ana\u0085", )" RUNNER "}",
                 "athlete.json: $.name: holds U+0085 (control character) at character 4; a name may not hold "
                 "control characters or characters that change the direction of the text around it"}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

// Names in any script, with emoji and combining marks, are names; surrounding spaces and line breaks
// are trimmed as before.
TEST(DecodeAthlete, AcceptsNamesInAnyScript) {
  for (const char* name : {"张伟", "王芳", "ليلى", "דנה", "Zoë O'Neil", "Zoe\u0308", "Ana 🏃‍♀️", "  Ana\\n"}) {
    const std::string text = fmt::format(R"({{"name": "{}", {}}})", name, RUNNER);
    const auto athlete = decode_athlete(text, "athlete.json");
    ASSERT_TRUE(athlete) << name << ": " << athlete.error().describe();
  }
}

// A profile read back from storage keeps a name stored before names were checked.
TEST(DecodeAthlete, KeepsAStoredNameAsItIs) {
  const std::string text = R"({"name": "Ana\u202Egpj", )" RUNNER "}";
  EXPECT_FALSE(decode_athlete(text, "athlete.json"));
  const auto stored = decode_athlete_as_stored(text, "athletes row 1");
  ASSERT_TRUE(stored) << stored.error().describe();
  EXPECT_EQ(stored->name, "Ana\xE2\x80\xAEgpj");
}

class BadAssessmentTest : public ::testing::TestWithParam<BadInput> {};

TEST_P(BadAssessmentTest, NamesFilePathAndProblem) {
  auto assessment = decode_assessment(GetParam().text, "screen.json");
  ASSERT_FALSE(assessment);
  EXPECT_EQ(assessment.error().describe(), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Table, BadAssessmentTest,
    ::testing::Values(
        BadInput{"no_tests", R"({"date": "2026-11-21"})",
                 "screen.json: $: the assessment records no test; give overhead_squat, single_leg_squat or single_leg_balance_s"},
        BadInput{"knees_in_and_out", R"({"overhead_squat": {"knees_cave_in": "left", "knees_move_out": "both"}})",
                 "screen.json: $.overhead_squat.knees_move_out: knees cannot both cave in and move out on the same side"},
        BadInput{"back_arches_and_rounds", R"({"overhead_squat": {"low_back_arches": true, "low_back_rounds": "both"}})",
                 "screen.json: $.overhead_squat.low_back_rounds: the low back cannot both arch and round"},
        BadInput{"unknown_side", R"({"overhead_squat": {"heels_rise": "up"}})",
                 "screen.json: $.overhead_squat.heels_rise: unknown value \"up\"; expected one of none | left | right | both"},
        BadInput{"number_side", R"({"overhead_squat": {"heels_rise": 1}})",
                 "screen.json: $.overhead_squat.heels_rise: expected true, false or a side (none | left | right | both)"},
        BadInput{"key_of_other_test", R"({"single_leg_squat": {"heels_rise": "left"}})",
                 "screen.json: $.single_leg_squat.heels_rise: unknown field; expected one of knees_cave_in, hip_drop, trunk_rotation"},
        BadInput{"negative_balance", R"({"single_leg_balance_s": {"left": -1, "right": 3}})",
                 "screen.json: $.single_leg_balance_s.left: -1 is outside the allowed range 0 to 3600"},
        BadInput{"balance_one_side", R"({"single_leg_balance_s": {"left": 10}})",
                 "screen.json: $.single_leg_balance_s.right: required field is missing"},
        BadInput{"bad_date", R"({"date": "21/11/2026", "overhead_squat": {}})",
                 "screen.json: $.date: \"21/11/2026\" is not a date of the form YYYY-MM-DD"},
        BadInput{"test_not_object", R"({"overhead_squat": true})",
                 "screen.json: $.overhead_squat: expected an object, found true"}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

TEST(DecodeAssessment, KeepsOnlyWhatWasSeenInContractOrder) {
  auto assessment = decode_assessment(
      R"({"date": "2026-11-20",
          "overhead_squat": {"feet_turn_out": "both", "knees_cave_in": "left", "excessive_forward_lean": true,
                             "low_back_arches": false, "arms_fall_forward": true},
          "single_leg_squat": {"knees_cave_in": "left", "hip_drop": "none"},
          "single_leg_balance_s": {"left": 11, "right": 34}})",
      "a.json");
  ASSERT_TRUE(assessment) << assessment.error().describe();
  ASSERT_EQ(assessment->observations.size(), 5u);
  EXPECT_EQ(assessment->observations[1].compensation, core::Compensation::KneesCaveIn);
  EXPECT_EQ(assessment->observations[1].side, core::Side::Left);
  EXPECT_EQ(assessment->observations[2].side, core::Side::Both) << "true means both";
  EXPECT_EQ(assessment->observations[4].test, core::MovementTest::SingleLegSquat);
  ASSERT_TRUE(assessment->single_leg_balance);
  EXPECT_DOUBLE_EQ(assessment->single_leg_balance->right_seconds, 34);
}

TEST(DecodeAssessment, KneesInOnOneSideAndOutOnTheOtherIsConsistent) {
  auto assessment = decode_assessment(R"({"overhead_squat": {"knees_cave_in": "left", "knees_move_out": "right"}})", "a.json");
  EXPECT_TRUE(assessment) << assessment.error().describe();
}

}  // namespace
}  // namespace stride::documents
