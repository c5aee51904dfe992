#include "stride/analytics/heart_rate_load.hpp"

#include <algorithm>
#include <cmath>

namespace stride::analytics {
namespace {

// Samples further apart than this are a pause, whose time carries no load.
constexpr double kLongestCountedGapSeconds = 60.0;

double weighting(double heart_rate_reserve_fraction, double coefficient, double exponent) {
  return heart_rate_reserve_fraction * coefficient * std::exp(exponent * heart_rate_reserve_fraction);
}

}  // namespace

std::optional<HeartRateReference> heart_rate_reference(const core::Athlete& athlete, int year) {
  if (!athlete.heart_rate.resting_bpm) return std::nullopt;
  HeartRateReference reference;
  reference.resting_bpm = *athlete.heart_rate.resting_bpm;
  if (athlete.heart_rate.max_bpm) {
    reference.max_bpm = *athlete.heart_rate.max_bpm;
  } else if (athlete.birth_year) {
    reference.max_bpm = 208.0 - 0.7 * (year - *athlete.birth_year);
    reference.max_source = MaximumHeartRateSource::AgeEstimate;
  } else {
    return std::nullopt;
  }
  if (reference.max_bpm <= reference.resting_bpm) return std::nullopt;
  return reference;
}

double trimp_per_minute(double heart_rate_bpm, const HeartRateReference& reference, core::Sex sex) {
  const double reserve = std::clamp((heart_rate_bpm - reference.resting_bpm) / (reference.max_bpm - reference.resting_bpm),
                                    0.0, 1.0);
  const double male = weighting(reserve, 0.64, 1.92);
  const double female = weighting(reserve, 0.86, 1.67);
  switch (sex) {
    case core::Sex::Male: return male;
    case core::Sex::Female: return female;
    case core::Sex::Unspecified: return (male + female) / 2.0;
  }
  return (male + female) / 2.0;
}

std::optional<double> banister_trimp(const core::RecordedActivity& activity, const HeartRateReference& reference,
                                     core::Sex sex) {
  double total = 0;
  bool counted = false;
  const core::ActivitySample* previous = nullptr;
  for (const auto& sample : activity.samples) {
    if (!core::present(sample.time_s) || !core::present(sample.heart_rate_bpm) || sample.heart_rate_bpm <= 0) continue;
    if (previous != nullptr) {
      const double gap = sample.time_s - previous->time_s;
      if (gap > 0 && gap <= kLongestCountedGapSeconds) {
        total += gap / 60.0 * trimp_per_minute(previous->heart_rate_bpm, reference, sex);
        counted = true;
      }
    }
    previous = &sample;
  }
  if (counted) return total;
  const auto& summary = activity.summary;
  if (summary.avg_heart_rate_bpm && summary.timer_s) {
    return *summary.timer_s / 60.0 * trimp_per_minute(*summary.avg_heart_rate_bpm, reference, sex);
  }
  return std::nullopt;
}

}  // namespace stride::analytics
