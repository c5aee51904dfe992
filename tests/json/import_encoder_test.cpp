// The stride.import.v1 document (contract §4.5), checked byte for byte against hand-written text.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "stride/json/import_encoder.hpp"

namespace stride::json {
namespace {

core::RecordedActivity full_activity() {
  core::RecordedActivity activity;
  activity.format = core::ActivityFileFormat::Gpx;
  auto& summary = activity.summary;
  summary.sport = "running";
  summary.start_time_s = 1550384803.6;  // 2019-02-17T06:26:43.6Z, rounded to the second
  summary.timer_s = 3600.0004;
  summary.elapsed_s = 3720.1234;
  summary.distance_m = 10012.3456;
  summary.avg_heart_rate_bpm = 147.6;
  summary.max_heart_rate_bpm = 171.4;
  summary.avg_cadence_spm = 172.12349;
  summary.avg_stance_time_ms = 244.0;
  summary.avg_step_length_mm = 1012.5;
  summary.avg_stance_time_balance_left_percent = 49.87654;
  activity.samples.resize(3);
  activity.laps.resize(1);
  activity.warnings = {"skipped 2 unknown messages"};
  return activity;
}

core::Result<core::RecordedActivity> failure(std::string source, std::string path, std::string message) {
  return std::unexpected(core::invalid_input(std::move(source), std::move(path), std::move(message)));
}

std::vector<DecodedActivityFile> mixed_files() {
  return {
      {"morning.gpx", full_activity(), {}},
      {"broken.tcx", failure("broken.tcx", "/TrainingCenterDatabase/Activities", "unterminated element"), {}},
      {"empty.fit", core::RecordedActivity{}, {}},
      {"truncated.fit", failure("truncated.fit", "", "truncated data record at byte 18234"), {}},
  };
}

// Activities in input order, then errors in input order; null for what a file lacks; heart rates
// whole; other numbers to 3 decimals.
constexpr std::string_view kExpected = R"({
  "schema": "stride.import.v1",
  "activities": [
    {
      "source": "morning.gpx",
      "format": "gpx",
      "sport": "running",
      "start_time": "2019-02-17T06:26:44Z",
      "timer_s": 3600.0,
      "elapsed_s": 3720.123,
      "distance_m": 10012.346,
      "records": 3,
      "laps": 1,
      "avg_hr_bpm": 148,
      "max_hr_bpm": 171,
      "avg_cadence_spm": 172.123,
      "avg_ground_contact_ms": 244.0,
      "avg_vertical_oscillation_mm": null,
      "avg_step_length_mm": 1012.5,
      "avg_vertical_ratio_percent": null,
      "avg_stance_time_balance_left_percent": 49.877,
      "avg_power_w": null,
      "sets": [],
      "warnings": [
        "skipped 2 unknown messages"
      ]
    },
    {
      "source": "empty.fit",
      "format": "fit",
      "sport": null,
      "start_time": null,
      "timer_s": null,
      "elapsed_s": null,
      "distance_m": null,
      "records": 0,
      "laps": 0,
      "avg_hr_bpm": null,
      "max_hr_bpm": null,
      "avg_cadence_spm": null,
      "avg_ground_contact_ms": null,
      "avg_vertical_oscillation_mm": null,
      "avg_step_length_mm": null,
      "avg_vertical_ratio_percent": null,
      "avg_stance_time_balance_left_percent": null,
      "avg_power_w": null,
      "sets": [],
      "warnings": []
    }
  ],
  "errors": [
    {
      "source": "broken.tcx",
      "message": "/TrainingCenterDatabase/Activities: unterminated element"
    },
    {
      "source": "truncated.fit",
      "message": "truncated data record at byte 18234"
    }
  ]
}
)";

TEST(ImportEncoder, WritesTheWholeDocumentExactly) { EXPECT_EQ(encode_activity_import(mixed_files(), {}), kExpected); }

TEST(ImportEncoder, EmptyImportStillNamesItsSchema) {
  EXPECT_EQ(encode_activity_import({}, {}), "{\n  \"schema\": \"stride.import.v1\",\n  \"activities\": [],\n  \"errors\": []\n}\n");
}

TEST(ImportEncoder, HeartRatesRoundHalfAwayFromZero) {
  auto activity = full_activity();
  activity.summary.avg_heart_rate_bpm = 150.5;
  activity.summary.max_heart_rate_bpm = 180.49;
  const std::string document = encode_activity_import({{"a.gpx", activity, {}}}, {});
  EXPECT_NE(document.find("\"avg_hr_bpm\": 151,"), std::string::npos) << document;
  EXPECT_NE(document.find("\"max_hr_bpm\": 180,"), std::string::npos) << document;
}

// A strength recording's sets in the order performed: the Stride exercise the mapping gives (the
// first of several sharing Garmin's numbers), null for a set it has no name for, and null for what
// the watch did not record.
TEST(ImportEncoder, ListsAStrengthRecordingsSetsWithTheirStrideExercise) {
  core::RecordedActivity activity;
  activity.summary.sport = "strength_training";
  activity.sets = {
      {6, 37, 10, 16.25, 45.0, 1795200000.0},
      {28, 999, std::nullopt, std::nullopt, 30.0, std::nullopt},
      {std::nullopt, std::nullopt, 12, std::nullopt, std::nullopt, std::nullopt},
  };
  const std::vector<core::GarminExercise> mapping{
      {"goblet_squat_dumbbell", 6, "squat", 37, "goblet_squat"},
      {"goblet_squat_kettlebell", 6, "squat", 37, "goblet_squat"},
  };
  const std::string document = encode_activity_import({{"lift.fit", activity, {}}}, mapping);
  constexpr std::string_view kSets = R"("sets": [
        {
          "exercise": "goblet_squat_dumbbell",
          "garmin_category": 6,
          "garmin_exercise_name": 37,
          "reps": 10,
          "load_kg": 16.25,
          "duration_s": 45.0,
          "start_time": "2026-11-20T18:40:00Z"
        },
        {
          "exercise": null,
          "garmin_category": 28,
          "garmin_exercise_name": 999,
          "reps": null,
          "load_kg": null,
          "duration_s": 30.0,
          "start_time": null
        },
        {
          "exercise": null,
          "garmin_category": null,
          "garmin_exercise_name": null,
          "reps": 12,
          "load_kg": null,
          "duration_s": null,
          "start_time": null
        }
      ],)";
  EXPECT_NE(document.find(kSets), std::string::npos) << document;
  EXPECT_NE(encode_activity_import({{"lift.fit", activity, {}}}, {}).find(R"("exercise": null,
          "garmin_category": 6,)"),
            std::string::npos)
      << "without a mapping no set has a Stride exercise";
}

TEST(ImportEncoder, SameInputGivesTheSameBytes) {
  EXPECT_EQ(encode_activity_import(mixed_files(), {}), encode_activity_import(mixed_files(), {}));
}

TEST(ImportEncoder, ErrorMessageLeavesOutTheSource) {
  const core::Error with_path = core::invalid_input("run.gpx", "/gpx/trk/trkseg/trkpt[3]", "latitude out of range");
  EXPECT_EQ(error_message_without_source(with_path), "/gpx/trk/trkseg/trkpt[3]: latitude out of range");
  EXPECT_EQ(with_path.describe(), "run.gpx: /gpx/trk/trkseg/trkpt[3]: latitude out of range");
  EXPECT_EQ(error_message_without_source(core::invalid_input("run.fit", "", "bad CRC")), "bad CRC");
}

}  // namespace
}  // namespace stride::json
