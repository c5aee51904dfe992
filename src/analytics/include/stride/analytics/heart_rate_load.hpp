#pragma once

#include <optional>

#include "stride/core/athlete.hpp"
#include "stride/core/recorded_activity.hpp"

namespace stride::analytics {

// Where the maximum heart rate of a heart-rate load came from.
enum class MaximumHeartRateSource { Profile, AgeEstimate };

// The heart rates a TRIMP is worked out with.
struct HeartRateReference {
  double resting_bpm = 0;
  double max_bpm = 0;
  MaximumHeartRateSource max_source = MaximumHeartRateSource::Profile;
};

// The runner's resting and maximum heart rate: both from the profile, or the maximum estimated by
// Tanaka et al. 2001 (208 − 0.7 × age, age = `year` − birth year) when the profile has none.
// Nullopt without a resting heart rate (it has no estimate) or without both a maximum and a birth year.
[[nodiscard]] std::optional<HeartRateReference> heart_rate_reference(const core::Athlete& athlete, int year);

// Banister's TRIMP weighting of one heart rate: ΔHR = (HR − rest) / (max − rest), clamped to
// [0, 1], gives ΔHR × 0.64·e^{1.92·ΔHR} for men and ΔHR × 0.86·e^{1.67·ΔHR} for women (Banister
// 1991; Morton et al. 1990). For an unspecified sex it is the mean of the two.
[[nodiscard]] double trimp_per_minute(double heart_rate_bpm, const HeartRateReference& reference, core::Sex sex);

// The Banister TRIMP of a recording: the sum over consecutive samples that both carry heart rate
// of minutes × the weighting of the earlier sample's rate, skipping gaps longer than a pause
// (60 s, as the importers count pauses); without such samples, the session's average heart rate over its
// timer time. Nullopt when the recording has no heart rate.
[[nodiscard]] std::optional<double> banister_trimp(const core::RecordedActivity& activity,
                                                   const HeartRateReference& reference, core::Sex sex);

}  // namespace stride::analytics
