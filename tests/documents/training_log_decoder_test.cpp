// decode_training_log (contract §3.4): every field read, and every kind of bad input rejected with
// the file, the JSON path and the problem.
#include <gtest/gtest.h>

#include "stride/documents/input_decoders.hpp"

namespace stride::documents {
namespace {

constexpr const char* kContractExample = R"({
  "activities": [
    {"date": "2026-11-02", "sport": "run", "duration_min": 48, "distance_km": 9.1, "rpe": 4, "avg_hr": 142},
    {"date": "2026-11-03", "sport": "strength", "duration_min": 30, "rpe": 7,
     "sets": [{"exercise": "rear_foot_elevated_split_squat", "side": "left", "reps": 8, "load_kg": 16, "rpe": 8}]}
  ],
  "pain": [{"date": "2026-11-04", "region": "achilles_calf", "side": "right", "score": 3, "when": "next_morning"}]
})";

TEST(DecodeTrainingLog, ReadsTheContractExample) {
  auto log = decode_training_log(kContractExample, "log.json");
  ASSERT_TRUE(log) << log.error().describe();
  ASSERT_EQ(log->activities.size(), 2u);
  const core::Activity& run = log->activities[0];
  EXPECT_EQ(core::format_iso_date(run.date), "2026-11-02");
  EXPECT_EQ(run.sport, core::Sport::Run);
  EXPECT_DOUBLE_EQ(run.duration_min, 48);
  EXPECT_DOUBLE_EQ(*run.distance_km, 9.1);
  EXPECT_EQ(run.rpe, 4.0);
  EXPECT_EQ(run.avg_hr, 142);
  EXPECT_FALSE(run.race);
  const core::Activity& strength = log->activities[1];
  EXPECT_EQ(strength.sport, core::Sport::Strength);
  EXPECT_FALSE(strength.distance_km.has_value());
  ASSERT_EQ(strength.sets.size(), 1u);
  EXPECT_EQ(strength.sets[0].exercise, "rear_foot_elevated_split_squat");
  EXPECT_EQ(strength.sets[0].side, core::Side::Left);
  EXPECT_EQ(strength.sets[0].reps, 8);
  EXPECT_DOUBLE_EQ(*strength.sets[0].load_kg, 16);
  EXPECT_DOUBLE_EQ(*strength.sets[0].rpe, 8);
  ASSERT_EQ(log->pain.size(), 1u);
  EXPECT_EQ(log->pain[0].region, core::InjuryRegion::AchillesCalf);
  EXPECT_EQ(log->pain[0].side, core::Side::Right);
  EXPECT_EQ(log->pain[0].score, 3);
  EXPECT_EQ(log->pain[0].when, core::PainTiming::NextMorning);
}

TEST(DecodeTrainingLog, DefaultsAndOptionalFields) {
  auto empty = decode_training_log("{}", "empty.json");
  ASSERT_TRUE(empty) << empty.error().describe();
  EXPECT_TRUE(empty->activities.empty());
  EXPECT_TRUE(empty->pain.empty());
  auto log = decode_training_log(
      R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": 21.5, "distance_km": 5, "rpe": 9,
                          "race": true, "note": " parkrun "}],
          "pain": [{"date": "2026-11-04", "region": "knee", "score": 0, "when": "during"}]})",
      "log.json");
  ASSERT_TRUE(log) << log.error().describe();
  EXPECT_TRUE(log->activities[0].race);
  EXPECT_EQ(log->activities[0].note, "parkrun");
  EXPECT_EQ(log->pain[0].side, core::Side::Both);
}

struct BadLog {
  const char* name;
  const char* text;
  const char* expected;  // the whole describe() text
};

class DecodeTrainingLogRejects : public ::testing::TestWithParam<BadLog> {};

TEST_P(DecodeTrainingLogRejects, NamingFilePathAndProblem) {
  auto log = decode_training_log(GetParam().text, "log.json");
  ASSERT_FALSE(log);
  EXPECT_EQ(log.error().code, core::ErrorCode::InvalidInput);
  EXPECT_EQ(log.error().describe(), GetParam().expected);
}

INSTANTIATE_TEST_SUITE_P(
    Cases, DecodeTrainingLogRejects,
    ::testing::Values(
        BadLog{"unknown_root_key", R"({"activity": []})",
               "log.json: $.activity: unknown field; expected one of activities, pain"},
        BadLog{"array_root", "[]", "log.json: $: expected an object, found an array"},
        BadLog{"unknown_activity_key", R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": 40, "rpe": 4, "pace": 5}]})",
               "log.json: $.activities[0].pace: unknown field; expected one of date, sport, duration_min, distance_km, "
               "rpe, avg_hr, race, note, sets, client_id"},
        BadLog{"unknown_sport", R"({"activities": [{"date": "2026-11-02", "sport": "swim", "duration_min": 40, "rpe": 4}]})",
               "log.json: $.activities[0].sport: unknown value \"swim\"; expected one of run | strength | cross | other"},
        BadLog{"rpe_above_ten", R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": 40, "rpe": 11}]})",
               "log.json: $.activities[0].rpe: 11 is outside the allowed range 0 to 10"},
        BadLog{"rpe_negative", R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": 40, "rpe": -1}]})",
               "log.json: $.activities[0].rpe: -1 is outside the allowed range 0 to 10"},
        BadLog{"missing_rpe", R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": 40}]})",
               "log.json: $.activities[0].rpe: required field is missing"},
        BadLog{"negative_duration", R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": -5, "rpe": 4}]})",
               "log.json: $.activities[0].duration_min: -5 is outside the allowed range 0 to 2880"},
        BadLog{"negative_distance", R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": 40, "distance_km": -2, "rpe": 4}]})",
               "log.json: $.activities[0].distance_km: -2 is outside the allowed range 0 to 1000"},
        BadLog{"distance_as_text", R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": 40, "distance_km": "8", "rpe": 4}]})",
               "log.json: $.activities[0].distance_km: expected a number, found the string \"8\""},
        BadLog{"impossible_date", R"({"activities": [{"date": "2026-02-30", "sport": "run", "duration_min": 40, "rpe": 4}]})",
               "log.json: $.activities[0].date: \"2026-02-30\" is not a date of the form YYYY-MM-DD"},
        BadLog{"date_out_of_range", R"({"pain": [{"date": "2300-01-01", "region": "knee", "score": 2, "when": "after"}]})",
               "log.json: $.pain[0].date: 2300-01-01 is outside the supported range 1900-01-01 to 2199-12-31"},
        BadLog{"sets_on_a_run", R"({"activities": [{"date": "2026-11-02", "sport": "run", "duration_min": 40, "rpe": 4, "sets": []}]})",
               "log.json: $.activities[0].sets: sets belong to strength activities only, not to \"run\""},
        BadLog{"negative_reps", R"({"activities": [{"date": "2026-11-02", "sport": "strength", "duration_min": 30, "rpe": 6, "sets": [{"exercise": "split_squat", "reps": -1}]}]})",
               "log.json: $.activities[0].sets[0].reps: -1 is outside the allowed range 0 to 1000"},
        BadLog{"fractional_reps", R"({"activities": [{"date": "2026-11-02", "sport": "strength", "duration_min": 30, "rpe": 6, "sets": [{"exercise": "split_squat", "reps": 2.5}]}]})",
               "log.json: $.activities[0].sets[0].reps: expected a whole number, found 2.5"},
        BadLog{"race_on_strength", R"({"activities": [{"date": "2026-11-02", "sport": "strength", "duration_min": 30, "rpe": 6, "race": true}]})",
               "log.json: $.activities[0].race: only a run can be a race"},
        BadLog{"pain_score_above_ten", R"({"pain": [{"date": "2026-11-04", "region": "knee", "score": 11, "when": "after"}]})",
               "log.json: $.pain[0].score: 11 is outside the allowed range 0 to 10"},
        BadLog{"unknown_pain_timing", R"({"pain": [{"date": "2026-11-04", "region": "knee", "score": 3, "when": "evening"}]})",
               "log.json: $.pain[0].when: unknown value \"evening\"; expected one of during | after | next_morning"},
        BadLog{"unknown_region", R"({"pain": [{"date": "2026-11-04", "region": "elbow", "score": 3, "when": "after"}]})",
               "log.json: $.pain[0].region: unknown value \"elbow\"; expected one of foot | ankle | achilles_calf | "
               "shin | knee | hip | hamstring | lower_back | other"}),
    [](const auto& parameter_info) { return std::string(parameter_info.param.name); });

}  // namespace
}  // namespace stride::documents
