// The storage port's contract for activities imported from recordings, on both stores: optional
// session RPE, the recording kept whole, lookups by start time and fingerprint, one file per
// athlete, and rating an activity afterwards.

#include <gtest/gtest.h>

#include "store_contract_fixture.hpp"

namespace stride::storage {
namespace {

using core::ErrorCode;
using testing::day_of;

template <class Kind>
class RecordingContract : public StoreContract<Kind> {};
TYPED_TEST_SUITE(RecordingContract, StoreKinds, KindNames);

// 2026-11-21T07:30:00Z
constexpr double kSaturdayMorning = 1795247400.0;

core::Activity recorded_run(double start_s, std::string fingerprint, std::optional<double> rpe = std::nullopt) {
  core::ActivityRecording recording;
  recording.source = "runs/" + fingerprint + ".fit";
  recording.format = core::ActivityFileFormat::Fit;
  recording.fingerprint = fingerprint;
  recording.start_time_s = start_s;
  recording.elapsed_s = 3720.25;
  recording.max_hr_bpm = 171;
  recording.avg_cadence_spm = 172.5;
  recording.avg_stance_time_ms = 244.1;
  recording.avg_vertical_oscillation_mm = 86.2;
  recording.avg_step_length_mm = 1120;
  recording.avg_vertical_ratio_percent = 7.7;
  recording.avg_stance_time_balance_left_percent = 50.8;
  recording.heart_rate_load = 104.375;
  return {.date = core::utc_date(start_s), .sport = core::Sport::Run, .duration_min = 60.0, .distance_km = 10.012,
          .rpe = rpe, .avg_hr = 148, .race = false, .note = "imported", .sets = {}, .recording = recording};
}

TYPED_TEST(RecordingContract, RecordedActivitiesRoundTripWholeWithOrWithoutAnRpe) {
  const auto athlete = this->add_example_athlete();
  const core::TrainingLog entries{.activities = {recorded_run(kSaturdayMorning, "aa"),
                                                 recorded_run(kSaturdayMorning + 86400.5, "bb", 5.5)},
                                  .pain = {}};
  ASSERT_TRUE(this->store().add_log_entries(athlete, entries));
  EXPECT_EQ(*this->store().training_log(athlete, std::nullopt, std::nullopt), entries);
  EXPECT_EQ(core::load_basis(entries.activities[0]), core::LoadBasis::HeartRate);
  EXPECT_DOUBLE_EQ(core::session_load(entries.activities[0]), 104.375);
  EXPECT_DOUBLE_EQ(core::session_load(entries.activities[1]), 330.0);
}

TYPED_TEST(RecordingContract, FindsRecordingsByStartWindowOrFingerprint) {
  const auto athlete = this->add_example_athlete();
  const auto other = this->add_example_athlete();
  const core::TrainingLog entries{.activities = {recorded_run(kSaturdayMorning, "aa"),
                                                 recorded_run(kSaturdayMorning + 3600, "bb"),
                                                 recorded_run(kSaturdayMorning + 7200, "cc")},
                                  .pain = {}};
  const auto ids = *this->store().add_log_entries(athlete, entries);
  ASSERT_TRUE(this->store().add_log_entries(other, entries));

  const auto window = *this->store().recorded_activities(athlete, "zz", kSaturdayMorning + 3000, kSaturdayMorning + 7200);
  ASSERT_EQ(window.size(), 2u);
  EXPECT_EQ(window[0].id, ids[1]);
  EXPECT_EQ(window[1].id, ids[2]);
  EXPECT_EQ(window[1].activity, entries.activities[2]);

  const auto by_fingerprint = *this->store().recorded_activities(athlete, "aa", 0, 1);
  ASSERT_EQ(by_fingerprint.size(), 1u);
  EXPECT_EQ(by_fingerprint[0].id, ids[0]);
  EXPECT_TRUE(this->store().recorded_activities(athlete, "zz", 0, 1)->empty());
  EXPECT_EQ(this->store().recorded_activities(core::AthleteId{99}, "aa", 0, 1).error().code, ErrorCode::NotFound);
}

TYPED_TEST(RecordingContract, RefusesTheSameFileTwiceForOneAthleteAndWritesNothing) {
  const auto athlete = this->add_example_athlete();
  const auto other = this->add_example_athlete();
  const core::TrainingLog first{.activities = {recorded_run(kSaturdayMorning, "aa")}, .pain = {}};
  ASSERT_TRUE(this->store().add_log_entries(athlete, first));
  ASSERT_TRUE(this->store().add_log_entries(other, first)) << "another runner may import the same file";

  const core::TrainingLog again{.activities = {recorded_run(kSaturdayMorning + 86400, "bb"),
                                               recorded_run(kSaturdayMorning + 99, "aa")},
                                .pain = {}};
  EXPECT_EQ(this->store().add_log_entries(athlete, again).error().code, ErrorCode::Conflict);
  const core::TrainingLog twice_in_one{.activities = {recorded_run(kSaturdayMorning + 86400, "bb"),
                                                      recorded_run(kSaturdayMorning + 2 * 86400, "bb")},
                                       .pain = {}};
  EXPECT_EQ(this->store().add_log_entries(athlete, twice_in_one).error().code, ErrorCode::Conflict);
  EXPECT_EQ(*this->store().training_log(athlete, std::nullopt, std::nullopt), first);
}

TYPED_TEST(RecordingContract, RefusesAnActivityWithoutRpeOrRecordingAndImpossibleMeasurements) {
  const auto athlete = this->add_example_athlete();
  auto unrated = recorded_run(kSaturdayMorning, "aa");
  unrated.recording.reset();
  EXPECT_EQ(this->store().add_log_entries(athlete, {.activities = {unrated}, .pain = {}}).error().code,
            ErrorCode::InvalidInput);
  auto negative = recorded_run(kSaturdayMorning, "aa");
  negative.recording->avg_cadence_spm = -1;
  EXPECT_EQ(this->store().add_log_entries(athlete, {.activities = {negative}, .pain = {}}).error().code,
            ErrorCode::InvalidInput);
  auto lopsided = recorded_run(kSaturdayMorning, "aa");
  lopsided.recording->avg_stance_time_balance_left_percent = 100.5;
  EXPECT_EQ(this->store().add_log_entries(athlete, {.activities = {lopsided}, .pain = {}}).error().code,
            ErrorCode::InvalidInput);
  auto anonymous = recorded_run(kSaturdayMorning, "");
  EXPECT_EQ(this->store().add_log_entries(athlete, {.activities = {anonymous}, .pain = {}}).error().code,
            ErrorCode::InvalidInput);
  EXPECT_TRUE(this->store().training_log(athlete, std::nullopt, std::nullopt)->activities.empty());
}

TYPED_TEST(RecordingContract, RatesOnlyTheAthletesOwnActivityWithARealRating) {
  const auto athlete = this->add_example_athlete();
  const auto other = this->add_example_athlete();
  const auto ids = *this->store().add_log_entries(athlete, {.activities = {recorded_run(kSaturdayMorning, "aa")}, .pain = {}});
  ASSERT_TRUE(this->store().rate_activity(athlete, ids[0], 6.5));
  const auto log = *this->store().training_log(athlete, std::nullopt, std::nullopt);
  EXPECT_EQ(log.activities[0].rpe, 6.5);
  EXPECT_EQ(core::load_basis(log.activities[0]), core::LoadBasis::SessionRpe);
  EXPECT_DOUBLE_EQ(core::session_load(log.activities[0]), 390.0);

  EXPECT_EQ(this->store().rate_activity(other, ids[0], 5).error().code, ErrorCode::NotFound);
  EXPECT_EQ(this->store().rate_activity(athlete, core::ActivityId{ids[0].value + 1}, 5).error().code, ErrorCode::NotFound);
  EXPECT_EQ(this->store().rate_activity(athlete, ids[0], 10.5).error().code, ErrorCode::InvalidInput);
  EXPECT_EQ(this->store().training_log(athlete, std::nullopt, std::nullopt)->activities[0].rpe, 6.5);
}

}  // namespace
}  // namespace stride::storage
