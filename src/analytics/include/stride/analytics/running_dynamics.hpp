#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <vector>

#include "stride/core/athlete.hpp"
#include "stride/core/training_log.hpp"

namespace stride::analytics {

// The running-dynamics measures a status reports (docs/running-dynamics.md).
enum class DynamicsMeasure { Cadence, GroundContactTime, VerticalOscillation, VerticalRatio, StepLength, GroundContactBalance };

// Where a value sits among Garmin users (Garmin's five colour bands, population percentiles; see
// docs/running-dynamics.md). They describe how common a value is, not whether it is healthy.
enum class PopulationBand { Top5, From70To95, From30To69, From5To29, Bottom5, NotBanded };

struct DynamicsReading {
  DynamicsMeasure measure = DynamicsMeasure::Cadence;
  double value = 0;  // spm, ms, mm, %, mm, % left
  PopulationBand band = PopulationBand::NotBanded;
};

// A cadence cue: a 5 to 10 % higher step rate than the runner's own at the same pace
// (Heiderscheit et al. 2011), never an absolute target.
struct CadenceCue {
  double own_spm = 0;
  double low_spm = 0;   // own × 1.05
  double high_spm = 0;  // own × 1.10
  bool for_injury = false;  // given because of knee, hip or shin injury or pain rather than a low cadence
};

struct RunningDynamicsReport {
  core::Date from;
  core::Date to;
  int recorded_runs = 0;  // runs in the window with at least one measure
  std::vector<DynamicsReading> readings;  // in DynamicsMeasure order, only those measured
  std::optional<CadenceCue> cadence_cue;
};

// Days of recorded runs a status averages over.
inline constexpr int kDynamicsWindowDays = 28;
// Below this cadence (the bottom of Garmin's 30–69th percentile band) a cue is offered.
inline constexpr double kCueBelowCadenceSpm = 164.0;

// The timer-time-weighted means of the recorded runs dated in the kDynamicsWindowDays ending on
// `today`, each in its population band, and a cadence cue when the mean cadence is below
// kCueBelowCadenceSpm or the runner has a current or recovering knee, hip or shin injury or pain
// of 3/10 or more there in the window. Nullopt when no run in the window carries a measure.
[[nodiscard]] std::optional<RunningDynamicsReport> running_dynamics(const core::TrainingLog& log,
                                                                     const core::Athlete& athlete, core::Date today);

[[nodiscard]] PopulationBand population_band(DynamicsMeasure measure, double value);

}  // namespace stride::analytics

template <>
struct stride::core::EnumNames<stride::analytics::DynamicsMeasure> {
  static constexpr std::array<std::string_view, 6> names{"cadence_spm",          "ground_contact_ms",
                                                         "vertical_oscillation_mm", "vertical_ratio_percent",
                                                         "step_length_mm",       "ground_contact_balance_left_percent"};
};

template <>
struct stride::core::EnumNames<stride::analytics::PopulationBand> {
  static constexpr std::array<std::string_view, 6> names{"above_95th_percentile", "70th_to_95th_percentile",
                                                         "30th_to_69th_percentile", "5th_to_29th_percentile",
                                                         "below_5th_percentile", "not_banded"};
};
