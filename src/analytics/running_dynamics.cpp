#include "stride/analytics/running_dynamics.hpp"

#include <array>

#include "stride/core/weighted_mean.hpp"

namespace stride::analytics {
namespace {

// The four band edges from the highest-percentile band down (science.md §86). For measures where a
// lower value is the higher percentile (ground contact, oscillation, ratio), edges rise.
struct BandEdges {
  std::array<double, 4> edges;
  bool higher_is_top;
};

std::optional<BandEdges> edges_of(DynamicsMeasure measure) {
  switch (measure) {
    case DynamicsMeasure::Cadence: return BandEdges{{183.0, 174.0, 164.0, 153.0}, true};
    case DynamicsMeasure::GroundContactTime: return BandEdges{{218.0, 249.0, 278.0, 308.0}, false};
    case DynamicsMeasure::VerticalOscillation: return BandEdges{{64.0, 82.0, 98.0, 115.0}, false};
    case DynamicsMeasure::VerticalRatio: return BandEdges{{6.1, 7.5, 8.7, 10.1}, false};
    case DynamicsMeasure::StepLength:
    case DynamicsMeasure::GroundContactBalance: return std::nullopt;
  }
  return std::nullopt;
}

// Watches write 0 for a measure they did not take; only positive values count.
void add_measured(core::WeightedMean& mean, const std::optional<double>& value, double weight) {
  if (value && *value > 0) mean.add(*value, weight);
}

bool is_cadence_sensitive(core::InjuryRegion region) {
  return region == core::InjuryRegion::Knee || region == core::InjuryRegion::Hip || region == core::InjuryRegion::Shin;
}

}  // namespace

PopulationBand population_band(DynamicsMeasure measure, double value) {
  const auto edges = edges_of(measure);
  if (!edges) return PopulationBand::NotBanded;
  constexpr std::array<PopulationBand, 5> kBands{PopulationBand::Top5, PopulationBand::From70To95,
                                                 PopulationBand::From30To69, PopulationBand::From5To29,
                                                 PopulationBand::Bottom5};
  for (std::size_t index = 0; index < edges->edges.size(); ++index) {
    const double edge = edges->edges[index];
    // Band ranges are inclusive as published ("174–183"): the top band starts past its edge, the
    // others at it; for lower-is-better measures the last published band ends at its edge.
    const bool last = index + 1 == edges->edges.size();
    const bool beyond = edges->higher_is_top ? (index == 0 ? value > edge : value >= edge)
                                             : (last ? value <= edge : value < edge);
    if (beyond) return kBands[index];
  }
  return PopulationBand::Bottom5;
}

std::optional<RunningDynamicsReport> running_dynamics(const core::TrainingLog& log, const core::Athlete& athlete,
                                                      core::Date today) {
  RunningDynamicsReport report;
  report.to = today;
  report.from = core::add_days(today, -(kDynamicsWindowDays - 1));
  std::array<core::WeightedMean, 6> means;
  for (const auto& activity : log.activities) {
    if (activity.sport != core::Sport::Run || !activity.recording) continue;
    if (activity.date < report.from || activity.date > report.to) continue;
    const auto& recording = *activity.recording;
    const double weight = activity.duration_min > 0 ? activity.duration_min : 1.0;
    const std::array<std::optional<double>, 6> values{
        recording.avg_cadence_spm,    recording.avg_stance_time_ms, recording.avg_vertical_oscillation_mm,
        recording.avg_vertical_ratio_percent, recording.avg_step_length_mm,
        recording.avg_stance_time_balance_left_percent};
    bool measured = false;
    for (std::size_t index = 0; index < values.size(); ++index) {
      add_measured(means[index], values[index], weight);
      measured = measured || (values[index] && *values[index] > 0);
    }
    if (measured) ++report.recorded_runs;
  }
  if (report.recorded_runs == 0) return std::nullopt;
  for (std::size_t index = 0; index < means.size(); ++index) {
    const auto mean = means[index].mean();
    if (!mean) continue;
    const auto measure = static_cast<DynamicsMeasure>(index);
    report.readings.push_back({measure, *mean, population_band(measure, *mean)});
  }
  const auto cadence = means[0].mean();
  if (cadence) {
    bool injury = false;
    for (const auto& region : athlete.active_injury_regions()) injury = injury || is_cadence_sensitive(region);
    for (const auto& pain : log.pain) {
      if (pain.date >= report.from && pain.date <= report.to && pain.score >= 3 && is_cadence_sensitive(pain.region)) {
        injury = true;
      }
    }
    if (*cadence < kCueBelowCadenceSpm || injury) {
      report.cadence_cue = CadenceCue{*cadence, *cadence * 1.05, *cadence * 1.10, *cadence >= kCueBelowCadenceSpm};
    }
  }
  return report;
}

}  // namespace stride::analytics
