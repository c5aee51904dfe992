// Log entries as the API answers them: every member present, absent values null, an imported
// activity's recording summarised.
#include <gtest/gtest.h>

#include "log_json.hpp"

namespace stride::http {
namespace {

TEST(LogJson, AnActivityHasEveryMemberWithNullsForWhatItLacks) {
  core::ActivityRecord record;
  record.id = core::ActivityId{7};
  record.activity.date = core::Date{std::chrono::year{2026} / 11 / 20};
  record.activity.sport = core::Sport::Strength;
  record.activity.duration_min = 25;
  record.activity.rpe = 6;
  record.activity.sets.push_back({"air_squat", core::Side::None, 10, std::nullopt, 7.0});
  EXPECT_EQ(activity_json(record).dump(),
            R"({"id":7,"date":"2026-11-20","sport":"strength","duration_min":25.0,"distance_km":null,"rpe":6.0,)"
            R"("avg_hr":null,"race":false,"note":null,"sets":[{"exercise":"air_squat","side":"none","reps":10,)"
            R"("load_kg":null,"rpe":7.0}],"client_id":null,"recording":null})");
}

TEST(LogJson, AnImportedActivityShowsItsRecordingAndAPainEntryItsClientId) {
  core::ActivityRecord record;
  record.id = core::ActivityId{3};
  record.activity.date = core::Date{std::chrono::year{2026} / 11 / 20};
  record.activity.duration_min = 40;
  core::ActivityRecording recording;
  recording.source = "upload";
  recording.format = core::ActivityFileFormat::Gpx;
  recording.fingerprint = "f";
  recording.start_time_s = 1795161600.5;  // 2026-11-20T08:00:00.5Z
  record.activity.recording = recording;
  const auto json = activity_json(record);
  EXPECT_EQ(json.at("recording").dump(),
            R"({"source":"upload","format":"gpx","start_time":"2026-11-20T08:00:00Z","elapsed_s":null,"heart_rate_load":null})");
  EXPECT_TRUE(json.at("rpe").is_null());

  core::PainReport pain;
  pain.date = core::Date{std::chrono::year{2026} / 11 / 21};
  pain.region = core::InjuryRegion::AchillesCalf;
  pain.side = core::Side::Right;
  pain.score = 4;
  pain.when = core::PainTiming::NextMorning;
  pain.client_id = "p-9";
  EXPECT_EQ(pain_json(pain).dump(),
            R"({"date":"2026-11-21","region":"achilles_calf","side":"right","score":4,"when":"next_morning","client_id":"p-9"})");
}

}  // namespace
}  // namespace stride::http
