#include "stride/importers/activity_summary.hpp"

#include <algorithm>

#include <GeographicLib/Geodesic.hpp>

#include "stride/core/weighted_mean.hpp"

namespace stride::importers {
namespace {

using core::ActivitySample;
using core::present;

using FieldMean = core::WeightedMean;

void add_if_present(FieldMean& mean, double value) {
  if (present(value)) mean.add(value);
}

void add_if_positive(FieldMean& mean, double value) {
  if (present(value) && value > 0) mean.add(value);
}

void keep_or_fill(std::optional<double>& field, std::optional<double> computed) {
  if (!field) field = computed;
}

std::optional<double> laps_timer(const std::vector<core::ActivityLap>& laps) {
  if (laps.empty()) return std::nullopt;
  double total = 0;
  for (const auto& lap : laps) {
    if (!present(lap.timer_s)) return std::nullopt;
    total += lap.timer_s;
  }
  return total;
}

}  // namespace

double geodesic_distance_m(double latitude1_deg, double longitude1_deg, double latitude2_deg,
                           double longitude2_deg) {
  double distance = 0;
  GeographicLib::Geodesic::WGS84().Inverse(latitude1_deg, longitude1_deg, latitude2_deg, longitude2_deg, distance);
  return distance;
}

void fill_missing_distances(std::vector<ActivitySample>& samples) {
  if (std::any_of(samples.begin(), samples.end(), [](const ActivitySample& sample) { return present(sample.distance_m); })) {
    return;
  }
  double total = 0;
  const ActivitySample* previous_position = nullptr;
  for (auto& sample : samples) {
    const bool has_position = present(sample.latitude_deg) && present(sample.longitude_deg);
    if (has_position) {
      if (previous_position != nullptr) {
        total += geodesic_distance_m(previous_position->latitude_deg, previous_position->longitude_deg,
                                     sample.latitude_deg, sample.longitude_deg);
      }
      previous_position = &sample;
    }
    sample.distance_m = total;
  }
}

void complete_summary(core::RecordedActivity& activity) {
  auto& summary = activity.summary;
  std::optional<double> first_time;
  std::optional<double> last_time;
  double paused = 0;
  std::optional<double> furthest;
  std::optional<double> highest_heart_rate;
  FieldMean heart_rate, cadence, power, stance_time, oscillation, step_length, vertical_ratio, balance;
  for (const auto& sample : activity.samples) {
    if (present(sample.time_s)) {
      // Times normally rise; a sample that goes back in time adds no pause and leaves the span alone.
      if (last_time && sample.time_s - *last_time > kPauseGapSeconds) paused += sample.time_s - *last_time;
      first_time = std::min(first_time.value_or(sample.time_s), sample.time_s);
      last_time = std::max(last_time.value_or(sample.time_s), sample.time_s);
    }
    if (present(sample.distance_m)) furthest = std::max(furthest.value_or(sample.distance_m), sample.distance_m);
    if (present(sample.heart_rate_bpm) && sample.heart_rate_bpm > 0) {
      heart_rate.add(sample.heart_rate_bpm);
      highest_heart_rate = std::max(highest_heart_rate.value_or(0.0), sample.heart_rate_bpm);
    }
    add_if_positive(cadence, sample.cadence_spm);
    add_if_present(power, sample.power_w);
    add_if_positive(stance_time, sample.stance_time_ms);
    add_if_positive(oscillation, sample.vertical_oscillation_mm);
    add_if_positive(step_length, sample.step_length_mm);
    add_if_positive(vertical_ratio, sample.vertical_ratio_percent);
    add_if_positive(balance, sample.stance_time_balance_left_percent);
  }
  keep_or_fill(summary.start_time_s, first_time);
  if (first_time && last_time) {
    keep_or_fill(summary.elapsed_s, *last_time - *first_time);
    keep_or_fill(summary.timer_s, laps_timer(activity.laps).value_or(*last_time - *first_time - paused));
  } else {
    keep_or_fill(summary.timer_s, laps_timer(activity.laps));
  }
  keep_or_fill(summary.distance_m, furthest);
  keep_or_fill(summary.avg_heart_rate_bpm, heart_rate.mean());
  keep_or_fill(summary.max_heart_rate_bpm, highest_heart_rate);
  keep_or_fill(summary.avg_cadence_spm, cadence.mean());
  keep_or_fill(summary.avg_power_w, power.mean());
  keep_or_fill(summary.avg_stance_time_ms, stance_time.mean());
  keep_or_fill(summary.avg_vertical_oscillation_mm, oscillation.mean());
  keep_or_fill(summary.avg_step_length_mm, step_length.mean());
  keep_or_fill(summary.avg_vertical_ratio_percent, vertical_ratio.mean());
  keep_or_fill(summary.avg_stance_time_balance_left_percent, balance.mean());
}

}  // namespace stride::importers
