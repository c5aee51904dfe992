// Running dynamics: Garmin's population bands at every published edge (science.md item 86), the
// 28-day window, duration-weighted means, and when a cadence cue is offered.
#include <gtest/gtest.h>

#include <chrono>
#include <vector>

#include "stride/analytics/running_dynamics.hpp"

namespace stride::analytics {
namespace {

constexpr double kTolerance = 1e-9;

const core::Date kToday{std::chrono::year{2026}, std::chrono::November, std::chrono::day{23}};

// A recorded run `days_ago` days before kToday lasting `minutes`, with the given cadence.
core::Activity recorded_run(int days_ago, double minutes, std::optional<double> cadence_spm) {
  core::Activity activity;
  activity.date = core::add_days(kToday, -days_ago);
  activity.sport = core::Sport::Run;
  activity.duration_min = minutes;
  activity.recording = core::ActivityRecording{};
  activity.recording->fingerprint = "run";
  activity.recording->avg_cadence_spm = cadence_spm;
  return activity;
}

core::TrainingLog log_of(std::vector<core::Activity> activities) {
  core::TrainingLog log;
  log.activities = std::move(activities);
  return log;
}

core::Athlete injured(core::InjuryRegion region, core::InjuryStatus status) {
  core::Athlete athlete;
  athlete.injuries.push_back(core::Injury{region, core::Side::Left, status, std::nullopt});
  return athlete;
}

const DynamicsReading* reading_of(const RunningDynamicsReport& report, DynamicsMeasure measure) {
  for (const auto& reading : report.readings) {
    if (reading.measure == measure) return &reading;
  }
  return nullptr;
}

struct BandCase {
  DynamicsMeasure measure;
  double value;
  PopulationBand band;
};

TEST(PopulationBand, EveryPublishedEdge) {
  using enum PopulationBand;
  using M = DynamicsMeasure;
  const std::vector<BandCase> cases{
      // Cadence: > 183 / 174–183 / 164–173 / 153–163 / < 153 spm.
      {M::Cadence, 190, Top5}, {M::Cadence, 183.5, Top5}, {M::Cadence, 183, From70To95}, {M::Cadence, 174, From70To95},
      {M::Cadence, 173.9, From30To69}, {M::Cadence, 164, From30To69}, {M::Cadence, 163.9, From5To29},
      {M::Cadence, 153, From5To29}, {M::Cadence, 152.9, Bottom5},
      // Ground contact: < 218 / 218–248 / 249–277 / 278–308 / > 308 ms.
      {M::GroundContactTime, 217.9, Top5}, {M::GroundContactTime, 218, From70To95},
      {M::GroundContactTime, 248, From70To95}, {M::GroundContactTime, 249, From30To69},
      {M::GroundContactTime, 277, From30To69}, {M::GroundContactTime, 278, From5To29},
      {M::GroundContactTime, 308, From5To29}, {M::GroundContactTime, 308.1, Bottom5},
      // Vertical oscillation, published in cm: < 6.4 / 6.4–8.1 / 8.2–9.7 / 9.8–11.5 / > 11.5.
      {M::VerticalOscillation, 63.9, Top5}, {M::VerticalOscillation, 64, From70To95},
      {M::VerticalOscillation, 81.9, From70To95}, {M::VerticalOscillation, 82, From30To69},
      {M::VerticalOscillation, 97, From30To69}, {M::VerticalOscillation, 98, From5To29},
      {M::VerticalOscillation, 115, From5To29}, {M::VerticalOscillation, 115.1, Bottom5},
      // Vertical ratio: < 6.1 / 6.1–7.4 / 7.5–8.6 / 8.7–10.1 / > 10.1 %.
      {M::VerticalRatio, 6.0, Top5}, {M::VerticalRatio, 6.1, From70To95}, {M::VerticalRatio, 7.4, From70To95},
      {M::VerticalRatio, 7.5, From30To69}, {M::VerticalRatio, 8.6, From30To69}, {M::VerticalRatio, 8.7, From5To29},
      {M::VerticalRatio, 10.1, From5To29}, {M::VerticalRatio, 10.2, Bottom5},
      // No published bands.
      {M::StepLength, 1200, NotBanded}, {M::GroundContactBalance, 50.2, NotBanded},
  };
  for (const auto& entry : cases) {
    EXPECT_EQ(population_band(entry.measure, entry.value), entry.band)
        << core::enum_name(entry.measure) << " " << entry.value;
  }
}

TEST(RunningDynamics, NulloptWithoutRecordedRunsInTheWindow) {
  EXPECT_FALSE(running_dynamics(core::TrainingLog{}, core::Athlete{}, kToday).has_value());

  core::Activity unrecorded = recorded_run(1, 40, std::nullopt);
  unrecorded.recording.reset();
  core::Activity ride = recorded_run(1, 40, 90);
  ride.sport = core::Sport::Cross;
  core::Activity unmeasured = recorded_run(1, 40, 0);  // a zero is no measure
  core::Activity tomorrow = recorded_run(-1, 40, 170);
  EXPECT_FALSE(running_dynamics(log_of({unrecorded, ride, unmeasured, tomorrow}), core::Athlete{}, kToday).has_value());
}

// The window is the 28 days ending today: today − 27 … today.
TEST(RunningDynamics, WindowIsTheTwentyEightDaysEndingToday) {
  const auto report = running_dynamics(log_of({recorded_run(27, 40, 170), recorded_run(28, 40, 150)}), core::Athlete{},
                                       kToday);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->from, core::add_days(kToday, -27));
  EXPECT_EQ(report->to, kToday);
  EXPECT_EQ(report->recorded_runs, 1);
  ASSERT_EQ(report->readings.size(), 1u);
  EXPECT_DOUBLE_EQ(report->readings[0].value, 170);

  EXPECT_FALSE(running_dynamics(log_of({recorded_run(28, 40, 150)}), core::Athlete{}, kToday).has_value());
  EXPECT_TRUE(running_dynamics(log_of({recorded_run(0, 40, 150)}), core::Athlete{}, kToday).has_value());
}

// 60 min at 160 and 30 min at 172: (9600 + 5160) / 90 = 164 (the plain mean would be 166).
// A run without a duration weighs 1 minute: (9600 + 5160 + 250) / 91 = 164.945…
TEST(RunningDynamics, MeansAreWeightedByDurationAndIgnoreZeros) {
  auto first = recorded_run(2, 60, 160);
  first.recording->avg_stance_time_ms = 250;
  first.recording->avg_vertical_oscillation_mm = 0;  // not measured
  auto second = recorded_run(5, 30, 172);
  second.recording->avg_stance_time_ms = 0;  // not measured
  second.recording->avg_vertical_oscillation_mm = 90;
  second.recording->avg_step_length_mm = 1100;
  auto report = running_dynamics(log_of({first, second}), core::Athlete{}, kToday);
  ASSERT_TRUE(report.has_value());
  EXPECT_EQ(report->recorded_runs, 2);
  ASSERT_EQ(report->readings.size(), 4u);  // in measure order, only those measured
  EXPECT_EQ(report->readings[0].measure, DynamicsMeasure::Cadence);
  EXPECT_NEAR(report->readings[0].value, 164, kTolerance);
  EXPECT_EQ(report->readings[0].band, PopulationBand::From30To69);
  EXPECT_EQ(report->readings[1].measure, DynamicsMeasure::GroundContactTime);
  EXPECT_DOUBLE_EQ(report->readings[1].value, 250);
  EXPECT_EQ(report->readings[1].band, PopulationBand::From30To69);
  EXPECT_EQ(report->readings[2].measure, DynamicsMeasure::VerticalOscillation);
  EXPECT_DOUBLE_EQ(report->readings[2].value, 90);
  EXPECT_EQ(report->readings[3].measure, DynamicsMeasure::StepLength);
  EXPECT_EQ(report->readings[3].band, PopulationBand::NotBanded);
  EXPECT_FALSE(report->cadence_cue.has_value());  // 164 is not below 164

  auto untimed = recorded_run(1, 0, 250);
  report = running_dynamics(log_of({first, second, untimed}), core::Athlete{}, kToday);
  ASSERT_TRUE(report.has_value());
  EXPECT_NEAR(reading_of(*report, DynamicsMeasure::Cadence)->value, 15010.0 / 91.0, kTolerance);
}

// 60 min at 160 and 30 min at 166: (9600 + 4980) / 90 = 162 → cue 170.1 to 178.2.
TEST(RunningDynamics, LowCadenceGivesACueFivePercentToTenPercentAbove) {
  const auto report = running_dynamics(log_of({recorded_run(2, 60, 160), recorded_run(3, 30, 166)}), core::Athlete{},
                                       kToday);
  ASSERT_TRUE(report.has_value() && report->cadence_cue.has_value());
  EXPECT_NEAR(report->cadence_cue->own_spm, 162, kTolerance);
  EXPECT_NEAR(report->cadence_cue->low_spm, 170.1, kTolerance);
  EXPECT_NEAR(report->cadence_cue->high_spm, 178.2, kTolerance);
  EXPECT_FALSE(report->cadence_cue->for_injury);
}

TEST(RunningDynamics, KneeHipOrShinInjuryGivesACueAtNormalCadence) {
  const auto log = log_of({recorded_run(2, 40, 170)});
  for (const auto region : {core::InjuryRegion::Knee, core::InjuryRegion::Hip, core::InjuryRegion::Shin}) {
    for (const auto status : {core::InjuryStatus::Current, core::InjuryStatus::Recovering}) {
      const auto report = running_dynamics(log, injured(region, status), kToday);
      ASSERT_TRUE(report.has_value() && report->cadence_cue.has_value()) << core::enum_name(region);
      EXPECT_TRUE(report->cadence_cue->for_injury);
      EXPECT_NEAR(report->cadence_cue->low_spm, 178.5, kTolerance);  // 170 × 1.05
      EXPECT_NEAR(report->cadence_cue->high_spm, 187, kTolerance);   // 170 × 1.10
    }
  }
  EXPECT_FALSE(running_dynamics(log, injured(core::InjuryRegion::Knee, core::InjuryStatus::Past), kToday)
                   ->cadence_cue.has_value());
  EXPECT_FALSE(running_dynamics(log, injured(core::InjuryRegion::AchillesCalf, core::InjuryStatus::Current), kToday)
                   ->cadence_cue.has_value());
  // A low cadence with an injury is a cue for the cadence, not for the injury.
  const auto low = running_dynamics(log_of({recorded_run(2, 40, 150)}),
                                    injured(core::InjuryRegion::Knee, core::InjuryStatus::Current), kToday);
  ASSERT_TRUE(low.has_value() && low->cadence_cue.has_value());
  EXPECT_FALSE(low->cadence_cue->for_injury);
}

TEST(RunningDynamics, PainOfThreeOrMoreInTheWindowGivesACue) {
  auto log = log_of({recorded_run(2, 40, 170)});
  auto pain_on = [&](int days_ago, core::InjuryRegion region, int score) {
    log.pain = {core::PainReport{core::add_days(kToday, -days_ago), region, core::Side::Right, score,
                                 core::PainTiming::After}};
    return running_dynamics(log, core::Athlete{}, kToday).value().cadence_cue;
  };
  const auto hip = pain_on(3, core::InjuryRegion::Hip, 3);
  ASSERT_TRUE(hip.has_value());
  EXPECT_TRUE(hip->for_injury);
  EXPECT_TRUE(pain_on(27, core::InjuryRegion::Shin, 3).has_value());   // first day of the window
  EXPECT_FALSE(pain_on(3, core::InjuryRegion::Hip, 2).has_value());    // below 3
  EXPECT_FALSE(pain_on(28, core::InjuryRegion::Knee, 8).has_value());  // before the window
  EXPECT_FALSE(pain_on(3, core::InjuryRegion::Foot, 8).has_value());   // not cadence-sensitive
}

}  // namespace
}  // namespace stride::analytics
